"""People who sign in to a shared PostgreSQL database, and their roles (issue #18).

A person is a PostgreSQL login that is a member of one of this database's group roles
(ngo_desktop/roles.py); their name is kept in the people table so the window and the audit log can
say who they are. Only an administrator changes people: the server refuses anyone else (the
unit of work turns the refusal into a DomainError). On SQLite there are no users: the computer's
account is the boundary, and every function here says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from ngo_desktop.database import roles
from ngo_desktop.database.core import Database
from ngo_desktop.errors import DomainError, NotFound
from ngo_desktop.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LOGIN_PATTERN = re.compile(r"[a-z][a-z0-9_.-]{0,62}")
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class Person:
    login: str
    name: str
    role: str
    can_sign_in: bool


@dataclass(frozen=True)
class SignedIn:
    """Who works at this desk and what their role lets them do. ``shared`` is False on SQLite."""

    login: str
    name: str
    role: str
    shared: bool

    @property
    def is_administrator(self) -> bool:
        return self.role == roles.ADMINISTRATOR

    @property
    def is_volunteer(self) -> bool:
        return self.role == roles.VOLUNTEER


def role_label(role: str) -> str:
    return {
        roles.ADMINISTRATOR: translate("Users", "administrator"),
        roles.DESK: translate("Users", "desk"),
        roles.VOLUNTEER: translate("Users", "volunteer"),
    }.get(role, role)


def only_on_a_server() -> DomainError:
    return DomainError(translate(
        "Users", "Users exist only on a shared PostgreSQL server; on this computer's database file the "
                 "computer's own user account decides who may work."))


def signed_in(database: Database) -> SignedIn:
    """The person this desk is signed in as: on SQLite the operator's name, with every right."""
    if database.is_sqlite:
        return SignedIn(database.operator, database.operator, roles.ADMINISTRATOR, shared=False)
    with database.read_connection() as connection:
        login, superuser, owner = connection.execute(text(
            "SELECT session_user, r.rolsuper, d.datdba = r.oid FROM pg_roles r, pg_database d "
            "WHERE r.rolname = session_user AND d.datname = current_database()")).one()
        groups = _groups_of(connection, login)
        name = _name_of(connection, login)
    role = roles.ADMINISTRATOR
    if not (superuser or owner):
        # The owner and a superuser may do everything whatever groups they are in; a login in no
        # group of this database (roles never created) is left to the server to refuse.
        for candidate in (roles.ADMINISTRATOR, roles.DESK, roles.VOLUNTEER):
            if candidate in groups:
                role = candidate
                break
    return SignedIn(login, name or login, role, shared=True)


def list_people(database: Database) -> list[Person]:
    """Everyone who is a member of one of this database's roles, sorted by login."""
    with database.read_session() as session:
        connection = _connection_with_roles(database, session)
        groups = _group_names(connection)
        rows = connection.execute(text(
            f"SELECT u.rolname, u.rolcanlogin, g.rolname, p.name FROM pg_auth_members m "
            f"JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
            f"LEFT JOIN {roles.PEOPLE_TABLE} p ON p.login = u.rolname "
            f"WHERE g.rolname = ANY(:groups) ORDER BY u.rolname"),
            {"groups": list(groups.values())}).all()
    by_group = {name: role for role, name in groups.items()}
    people: dict[str, Person] = {}
    for login, can_sign_in, group, name in rows:
        role = by_group[group]
        known = people.get(login)
        # A login in two groups (set by hand on the server) counts with its strongest role.
        if known is None or roles.ROLES.index(role) < roles.ROLES.index(known.role):
            people[login] = Person(login, name or login, role, bool(can_sign_in))
    return list(people.values())


def add_person(database: Database, login: str, role: str, *, name: str = "", password: str = "") -> Person:
    """Create a login in ``role``; an administrator may also create and change logins (CREATEROLE)."""
    login = _checked_login(login)
    _check_role(role)
    if password and len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError(translate("Users", "The password is too short: use at least {count} characters.")
                          .format(count=MIN_PASSWORD_LENGTH))
    name = " ".join(name.split()) or login
    with database.unit_of_work() as session:
        connection = _connection_with_roles(database, session)
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": login}).scalar():
            raise DomainError(translate("Users", "A login “{login}” already exists on this server; choose "
                                                 "another name.").format(login=login))
        connection.execute(text(_role_statement("CREATE", connection, login, role)))
        if password:
            _set_password(connection, login, password)
        connection.execute(text(f"GRANT {_quoted_group(connection, role)} TO {roles.quote(connection, login)}"))
        connection.execute(text(f"INSERT INTO {roles.PEOPLE_TABLE} (login, name) VALUES (:login, :name)"),
                           {"login": login, "name": name})
    return Person(login, name, role, can_sign_in=True)


def set_role(database: Database, login: str, role: str) -> None:
    _check_role(role)
    with database.unit_of_work() as session:
        connection = _connection_with_roles(database, session)
        _require_person(connection, login)
        quoted = roles.quote(connection, login)
        for group in roles.ROLES:
            if group != role:
                connection.execute(text(f"REVOKE {_quoted_group(connection, group)} FROM {quoted}"))
        connection.execute(text(f"GRANT {_quoted_group(connection, role)} TO {quoted}"))
        connection.execute(text(_role_statement("ALTER", connection, login, role)))


def disable_person(database: Database, login: str) -> None:
    """The person can no longer sign in (NOLOGIN); their name stays in the audit log."""
    with database.unit_of_work() as session:
        connection = _connection_with_roles(database, session)
        _require_person(connection, login)
        if connection.execute(text("SELECT session_user")).scalar_one() == login:
            raise DomainError(translate("Users", "You cannot disable your own login; ask another "
                                                 "administrator."))
        connection.execute(text(f"ALTER ROLE {roles.quote(connection, login)} NOLOGIN"))


def set_up_roles(database: Database) -> None:
    """Create this database's roles after the owner was given CREATEROLE (the migration skipped them)."""
    if database.is_sqlite:
        raise only_on_a_server()
    with database.unit_of_work() as session:
        try:
            roles.create_roles(session.connection())
        except roles.RolesNotCreated:
            raise DomainError(_no_create_role_line()) from None


def _no_create_role_line() -> str:
    return translate(
        "Users", "You may not create roles on this server (no CREATEROLE). Sign in as the database owner "
                 "after a server administrator ran ALTER ROLE owner CREATEROLE, then run “ngo-desktop "
                 "users setup”.")


def _role_statement(verb: str, connection: Connection, login: str, role: str) -> str:
    # Administrators manage people, which PostgreSQL allows to roles with CREATEROLE only.
    create_role = "CREATEROLE" if role == roles.ADMINISTRATOR else "NOCREATEROLE"
    login_word = " LOGIN" if verb == "CREATE" else ""
    return f"{verb} ROLE {roles.quote(connection, login)}{login_word} {create_role}"


def _set_password(connection: Connection, login: str, password: str) -> None:
    # CREATE/ALTER ROLE take no bound parameters; the server quotes the password itself (%L).
    statement = connection.execute(text("SELECT format('ALTER ROLE %I PASSWORD %L', CAST(:login AS text), CAST(:password AS text))"),
                                   {"login": login, "password": password}).scalar_one()
    connection.exec_driver_sql(statement)


def _connection_with_roles(database: Database, session: Session) -> Connection:
    if database.is_sqlite:
        raise only_on_a_server()
    connection = session.connection()
    if not roles.roles_exist(connection):
        raise DomainError(translate(
            "Users", "This database has no roles yet: its owner could not create them (no CREATEROLE). "
                     "A server administrator runs ALTER ROLE owner CREATEROLE; then the owner runs "
                     "“ngo-desktop users setup”."))
    return connection


def _group_names(connection: Connection) -> dict[str, str]:
    database_name = connection.execute(text("SELECT current_database()")).scalar_one()
    return {role: roles.group_role(database_name, role) for role in roles.ROLES}


def _quoted_group(connection: Connection, role: str) -> str:
    return roles.quote(connection, _group_names(connection)[role])


def _groups_of(connection: Connection, login: str) -> set[str]:
    names = _group_names(connection)
    member_of = set(connection.execute(text(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :login"), {"login": login}).scalars())
    return {role for role, name in names.items() if name in member_of}


def _name_of(connection: Connection, login: str) -> str | None:
    return connection.execute(text(f"SELECT name FROM {roles.PEOPLE_TABLE} WHERE login = :login"),
                              {"login": login}).scalar()


def _require_person(connection: Connection, login: str) -> None:
    if not _groups_of(connection, login):
        raise NotFound(translate("Users", "“{login}” is not a user of this database; see “ngo-desktop users "
                                          "list”.").format(login=login))


def _checked_login(login: str) -> str:
    login = login.strip()
    if not LOGIN_PATTERN.fullmatch(login):
        raise DomainError(translate(
            "Users", "“{login}” cannot be a login: use small Latin letters, digits, “.”, “_” or “-”, "
                     "starting with a letter (for example anna.berzina).").format(login=login))
    return login


def _check_role(role: str) -> None:
    if role not in roles.ROLES:
        raise DomainError(translate("Users", "“{role}” is not a role: choose administrator, desk or volunteer.")
                          .format(role=role))
