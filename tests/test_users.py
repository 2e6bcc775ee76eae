"""People and roles on the shared PostgreSQL server (issue #18): the server refuses what a role may not do.

Every login a test creates starts with a prefix unique to this run (roles are cluster-wide, other
test databases share the server) and is dropped afterwards. Without NGO_DESKTOP_TEST_POSTGRES_URL
the PostgreSQL tests skip; the SQLite ones always run.
"""

from __future__ import annotations

import io
import logging
import uuid

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from ngo_desktop.cli import run_command_line
from ngo_desktop.database import roles
from ngo_desktop.database.core import Database, NotPermitted, open_database
from ngo_desktop.errors import DomainError
from ngo_desktop.models import CheckIn
from ngo_desktop.services import users
from ngo_desktop.services.bookings import rooms
from ngo_desktop.services.bookings.booking import create_booking
from ngo_desktop.services.fairs import vendors
from tests.bookings_fixtures import MONDAY, NOW, at, build_centre
from tests.fairs_fixtures import apply_all, build_market
from tests.test_bookings_rules import draft
from tests.users_helpers import PASSWORD, RUN_PREFIX, drop_logins, login_url

# The people fixtures (postgres, person), shared with test_users_views.py.


def cli(argv: list[str]) -> int:
    """The command line in English, the language these tests read."""
    return run_command_line(argv, language="en")


def test_a_volunteer_cannot_book_or_change_a_price_even_with_sql(postgres: Database, person) -> None:
    centre = build_centre(postgres)
    volunteer = person("ilze", "volunteer")
    with pytest.raises(NotPermitted):
        create_booking(volunteer, draft(centre, at(MONDAY, 10), at(MONDAY, 12)), now=NOW)
    engine = create_engine(volunteer.url)
    try:
        with pytest.raises(ProgrammingError) as refused, engine.begin() as connection:
            connection.execute(text("UPDATE room SET hourly_rate_cents = 1"))
        assert refused.value.orig.sqlstate == "42501"
        with pytest.raises(ProgrammingError), engine.begin() as connection:
            connection.execute(text("INSERT INTO audit_entry (at, operator, action, entity, summary) "
                                    "VALUES (now(), 'x', 'update', 'room', '') RETURNING id"))
            connection.execute(text("UPDATE audit_entry SET operator = 'someone else'"))
    finally:
        engine.dispose()
    with postgres.read_session() as session:
        assert session.execute(text("SELECT count(*) FROM booking")).scalar_one() == 0
        assert set(session.execute(text("SELECT hourly_rate_cents FROM room")).scalars()) == {2000, 800}


def test_a_volunteer_checks_vendors_in_and_the_log_names_the_login(postgres: Database, person) -> None:
    market = build_market(postgres)
    applications = apply_all(postgres, market)
    first_day = next(iter(applications.values()))[0]
    vendors.accept(postgres, [first_day])
    volunteer = person("ilze", "volunteer")
    vendors.set_check_in(volunteer, first_day, CheckIn.ARRIVED)
    with pytest.raises(NotPermitted):
        vendors.set_fee(volunteer, first_day, fee_cents=0, reason="draugs")
    with postgres.read_session() as session:
        who = session.execute(text("SELECT login, operator FROM audit_entry WHERE entity = 'application_day' "
                                   "ORDER BY id DESC LIMIT 1")).one()
    assert who.login.endswith("_ilze") and who.operator == "Ilze Bērziņa"


def test_a_desk_user_books_but_cannot_add_a_room_or_change_rent(postgres: Database, person) -> None:
    centre = build_centre(postgres)
    desk = person("anna", "desk")
    booked = create_booking(desk, draft(centre, at(MONDAY, 10), at(MONDAY, 12)), now=NOW)
    with pytest.raises(NotPermitted) as refused:
        rooms.create_room(desk, rooms.RoomInput(site_id=centre.hall.site_id, name="Jaunā telpa", capacity=5))
    assert "administrator" in str(refused.value)
    engine = create_engine(desk.url)
    try:
        with pytest.raises(ProgrammingError), engine.begin() as connection:
            connection.execute(text("UPDATE premises SET base_rent_cents = 1"))
    finally:
        engine.dispose()
    with postgres.read_session() as session:
        logged = session.execute(text("SELECT login, operator FROM audit_entry WHERE entity = 'booking' "
                                      "AND entity_id = :id"), {"id": booked.id}).one()
        owner = session.execute(text("SELECT login FROM audit_entry WHERE entity = 'room' LIMIT 1")).scalar_one()
        rooms_now = session.execute(text("SELECT count(*) FROM room")).scalar_one()
    assert logged.login == make_url(desk.url).username
    assert logged.operator == "Anna Bērziņa", "the server names the person, not the name typed in Settings"
    assert owner == make_url(postgres.url).username
    assert rooms_now == 2


def test_a_login_typed_into_the_audit_log_is_replaced_by_the_server(postgres: Database, person) -> None:
    desk = person("anna", "desk")
    engine = create_engine(desk.url)
    try:
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO audit_entry (at, operator, action, entity, summary, login) "
                                    "VALUES (now(), 'Direktore', 'update', 'room', '', 'direktore')"))
    finally:
        engine.dispose()
    with postgres.read_session() as session:
        row = session.execute(text("SELECT login, operator FROM audit_entry")).one()
    assert row.login == make_url(desk.url).username and row.operator == "Anna Bērziņa"


def test_users_add_list_set_role_and_disable(postgres: Database, person, capsys, monkeypatch, english) -> None:
    person("admin", "administrator")
    administrator_url = login_url(postgres.url, _login_of(postgres, "admin"))
    login = _login_of(postgres, "admin").replace("admin", "maris")

    monkeypatch.setattr("sys.stdin", io.StringIO("Cits-parole-9\n"))
    assert cli(["--database", administrator_url, "users", "add", login, "--role", "volunteer",
                             "--full-name", "Māris Ozoliņš", "--password-stdin"]) == 0
    assert "Māris Ozoliņš" in capsys.readouterr().out
    assert cli(["--database", administrator_url, "users", "set-role", login, "desk"]) == 0
    assert cli(["--database", administrator_url, "users", "list"]) == 0
    listed = capsys.readouterr().out
    assert f"{login}\tMāris Ozoliņš\tdesk" in listed

    maris = open_database(login_url(postgres.url, login, "Cits-parole-9"))
    try:
        assert users.signed_in(maris) == users.SignedIn(login, "Māris Ozoliņš", "desk", shared=True)
        assert cli(["--database", login_url(postgres.url, login, "Cits-parole-9"),
                                 "users", "disable", _login_of(postgres, "admin")]) == 1
        assert "administrator" in capsys.readouterr().err
    finally:
        maris.dispose()

    assert cli(["--database", administrator_url, "users", "disable", login]) == 0
    assert cli(["--database", administrator_url, "users", "list"]) == 0
    assert "(disabled)" in capsys.readouterr().out
    with pytest.raises(OperationalError, match="not permitted to log in"):
        open_database(login_url(postgres.url, login, "Cits-parole-9"))
    assert cli(["--database", login_url(postgres.url, login, "Cits-parole-9"), "users", "list"]) == 1
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1 and "may no longer sign in" in error
    drop_logins(postgres.url, login)


def _login_of(database: Database, name: str) -> str:
    with database.read_session() as session:
        return session.execute(text(f"SELECT login FROM {roles.PEOPLE_TABLE} WHERE login LIKE :end "
                                    "ORDER BY created_at DESC LIMIT 1"), {"end": f"%_{name}"}).scalar_one()


def test_a_refusal_on_the_command_line_is_one_line(postgres: Database, person, capsys, english) -> None:
    build_centre(postgres)
    desk = person("anna", "desk")
    assert cli(["--database", desk.url, "users", "add", f"{RUN_PREFIX}x", "--role", "desk"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "Traceback" not in error and "role" in error


def test_signed_in_on_sqlite_is_the_operator_with_every_right(database: Database) -> None:
    if not database.is_sqlite:
        pytest.skip("about the SQLite file")
    assert users.signed_in(database) == users.SignedIn("tester", "tester", "administrator", shared=False)
    with pytest.raises(DomainError, match="PostgreSQL"):
        users.list_people(database)


@pytest.mark.sqlite_only
def test_users_commands_on_sqlite_say_in_one_line_that_users_are_on_a_server(tmp_path, capsys, english) -> None:
    assert cli(["--database", str(tmp_path / "c.sqlite3"), "users", "list"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "shared PostgreSQL server" in error
    assert cli(["--database", str(tmp_path / "c.sqlite3"), "users", "add", "x", "--role", "boss"]) == 2


def test_an_owner_without_createrole_upgrades_without_roles_then_sets_them_up(postgres: Database, caplog,
                                                                                capsys, english) -> None:
    owner = f"{RUN_PREFIX}{uuid.uuid4().hex[:4]}_owner"
    database_name = f"{owner}_db"
    superuser = create_engine(postgres.url, isolation_level="AUTOCOMMIT")
    try:
        with superuser.connect() as connection:
            connection.execute(text(f"CREATE ROLE \"{owner}\" LOGIN PASSWORD '{PASSWORD}' NOCREATEROLE"))
            # CI's test login is no superuser: to give the database away it must be a member of the owner.
            connection.execute(text(f'GRANT "{owner}" TO CURRENT_USER'))
            connection.execute(text(f'CREATE DATABASE "{database_name}" OWNER "{owner}"'))
        owner_url = make_url(login_url(postgres.url, owner)).set(database=database_name).render_as_string(
            hide_password=False)
        with caplog.at_level(logging.WARNING, logger="ngo_desktop.database.roles"):
            open_database(owner_url).dispose()
        assert "CREATEROLE" in caplog.text
        assert cli(["--database", owner_url, "users", "list"]) == 1
        assert "users setup" in capsys.readouterr().err
        with superuser.connect() as connection:
            connection.execute(text(f'ALTER ROLE "{owner}" CREATEROLE'))
        assert cli(["--database", owner_url, "users", "setup"]) == 0
        assert cli(["--database", owner_url, "users", "list"]) == 0
        with superuser.connect() as connection:
            created = connection.execute(text("SELECT count(*) FROM pg_roles WHERE rolname LIKE :name"),
                                         {"name": f"{database_name}_%"}).scalar_one()
        assert created == 3
    finally:
        with superuser.connect() as connection:
            # Not WITH (FORCE): that also terminates an autovacuum worker on the new database, which a
            # login that is no superuser may not do (CI failed so once). The owner's sessions are ours
            # to end; a plain DROP stops autovacuum itself and waits for sessions that are closing.
            connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE datname = :name AND usename = :owner"),
                               {"name": database_name, "owner": owner})
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database_name}"'))
            for role in (*(roles.group_role(database_name, role) for role in roles.ROLES), owner):
                connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        superuser.dispose()


def test_a_person_who_is_not_the_owner_cannot_upgrade_and_is_told_so(postgres: Database, person, english) -> None:
    from ngo_desktop.database.core import HEAD_REVISION, DatabaseProblem

    desk = person("anna", "desk")
    with postgres.unit_of_work() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0004_stall_position_checks'"))
    try:
        with pytest.raises(DatabaseProblem, match="only the database's owner"):
            open_database(desk.url)
        with postgres.read_session() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == \
                "0004_stall_position_checks"
    finally:
        with postgres.unit_of_work() as session:
            session.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": HEAD_REVISION})
