"""People on the shared PostgreSQL server for the tests of issue #18: logins made per test, then dropped.

Every login a test creates starts with a prefix unique to this run (roles are cluster-wide, other
test databases share the server) and is dropped afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest

from ngo_desktop.database.core import Database, open_database
from ngo_desktop.services import users
from tests.users_helpers import PASSWORD, RUN_PREFIX, drop_logins, login_url


@pytest.fixture
def postgres(database: Database) -> Database:
    if database.is_sqlite:
        pytest.skip("people and roles live on a PostgreSQL server")
    return database


@pytest.fixture
def person(postgres: Database) -> Iterator[Callable[[str, str], Database]]:
    """``person(name, role)`` adds a login (through the service, as the owner) and opens the database as it."""
    prefix = f"{RUN_PREFIX}{uuid.uuid4().hex[:4]}_"
    opened: list[Database] = []

    def sign_in_as(name: str, role: str) -> Database:
        users.add_person(postgres, prefix + name, role, name=name.capitalize() + " Bērziņa", password=PASSWORD)
        database = open_database(login_url(postgres.url, prefix + name), operator="typed in settings")
        opened.append(database)
        return database

    yield sign_in_as
    from ngo_desktop.views.operations import drain

    # A window's last calls must answer before their login is dropped.
    drain()
    for database in opened:
        database.dispose()
    drop_logins(postgres.url, prefix)
