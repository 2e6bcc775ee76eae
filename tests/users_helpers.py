"""Logins for the tests of issue #18: a password, a prefix unique to this run, addresses, dropping them.

Roles are cluster-wide and other test databases share the server, so every login a test creates
starts with RUN_PREFIX and is dropped afterwards.
"""

from __future__ import annotations

import uuid

from sqlalchemy import create_engine, make_url, text

from ngo_desktop.database import roles

PASSWORD = "Slepens-123"
RUN_PREFIX = f"t{uuid.uuid4().hex[:6]}"


def login_url(owner_url: str, login: str, password: str = PASSWORD) -> str:
    return make_url(owner_url).set(username=login, password=password).render_as_string(hide_password=False)


def drop_logins(owner_url: str, prefix: str) -> None:
    engine = create_engine(owner_url)
    try:
        with engine.begin() as connection:
            logins = connection.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :prefix"),
                                        {"prefix": f"{prefix}%"}).scalars().all()
            connection.execute(text(f"DELETE FROM {roles.PEOPLE_TABLE} WHERE login LIKE :prefix"),
                               {"prefix": f"{prefix}%"})
            for login in logins:
                connection.execute(text(f'DROP ROLE "{login}"'))
    finally:
        engine.dispose()
