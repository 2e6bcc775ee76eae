"""People and permissions on a shared PostgreSQL database: group roles, their GRANTs, the audit login.

Each database gets three group roles named after it (``<database>_administrator``, ``_desk``,
``_volunteer``), so two databases on one server keep their people apart. A person is a login role
that is a member of one group; the server itself refuses what the group may not do, whatever
program or SQL statement the person uses. Only the migration (0005) and ``users setup`` call
``create_roles``; the services in services/users.py add, change and disable the logins.

- administrator: every table, including the centre, sites and rooms, prices and users;
- desk: bookings, organisations, fairs, premises (but not their rent and charges) and printing;
  rooms, sites, closures, the centre's details and stall prices are read-only;
- volunteer: reads everything and may only tick vendors in on the fair day (``check_in``).

No role sees only part of the data, so there is no row-level security: GRANTs on tables and, for
the premises (whose rent lies in the same row as its name), on columns.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, text

log = logging.getLogger(__name__)

ADMINISTRATOR = "administrator"
DESK = "desk"
VOLUNTEER = "volunteer"
ROLES = (ADMINISTRATOR, DESK, VOLUNTEER)

# Who is who: login -> the person's name, shown in the window and written to the audit log.
PEOPLE_TABLE = "desk_user"

DESK_TABLES = (
    "booking", "booking_series",
    "organisation", "contact_person", "organisation_field", "field_of_activity",
    "fair", "fair_day", "fair_partner", "programme_item", "vendor_application", "application_day",
    "stall_assignment", "stall_layout", "stall", "landmark",
    "tenancy", "tenancy_payment", "printed_document",
)
PREMISES_PRICE_COLUMNS = ("base_rent_cents", "electricity_cents", "water_cents", "heating_cents")
PREMISES_OTHER_COLUMNS = ("name", "address", "area_m2", "photo", "owner_organisation_id", "owner_name",
                          "max_tenants", "notes", "archived", "version")
# Forgetting a person scrubs what the audit log says about them; who and when stay as written.
AUDIT_SCRUB_COLUMNS = ("summary", "before", "after")
VOLUNTEER_UPDATE = ("application_day", ("check_in",))


def in_models(item: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """For Alembic's comparison: False for what only PostgreSQL has (the people table, the audit login).

    Both are written and read by the server and by services/users.py in SQL, never through the
    ORM, so the models (and SQLite) stay as they were."""
    if type_ == "table" and name == PEOPLE_TABLE:
        return False
    table = getattr(getattr(item, "table", None), "name", None)
    return not (type_ == "column" and name == "login" and table == "audit_entry")


class RolesNotCreated(Exception):
    """The database owner may not create roles (no CREATEROLE); the message says what to do."""


def group_role(database_name: str, role: str) -> str:
    """The server's name of a group role of this database (at most 63 characters, PostgreSQL's limit)."""
    return f"{database_name[:63 - len(role) - 1]}_{role}"


def quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def can_create_roles(connection: Connection) -> bool:
    return bool(connection.execute(text(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")).scalar())


def roles_exist(connection: Connection) -> bool:
    database_name = connection.execute(text("SELECT current_database()")).scalar_one()
    found = connection.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"),
                               {"names": [group_role(database_name, role) for role in ROLES]}).scalar_one()
    return found == len(ROLES)


def create_people_table_and_audit_login(connection: Connection) -> None:
    """The people table, and the audit log's ``login`` written by the server (a column no one types)."""
    connection.execute(text(
        f"CREATE TABLE IF NOT EXISTS {PEOPLE_TABLE} ("
        " login VARCHAR(63) PRIMARY KEY,"
        " name VARCHAR(120) NOT NULL,"
        " created_at TIMESTAMPTZ NOT NULL DEFAULT now())"))
    connection.execute(text(
        "ALTER TABLE audit_entry ADD COLUMN IF NOT EXISTS login VARCHAR(63) NOT NULL DEFAULT session_user"))
    # The trigger, not the program, says who: whatever a client sends for login is replaced, and a
    # known login's person's name replaces the name the desk typed in Settings.
    connection.execute(text(f"""
        CREATE OR REPLACE FUNCTION audit_entry_login() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.login := session_user;
            NEW.operator := COALESCE((SELECT name FROM {PEOPLE_TABLE} WHERE login = session_user),
                                     NEW.operator);
            RETURN NEW;
        END $$"""))
    connection.execute(text("DROP TRIGGER IF EXISTS audit_entry_login ON audit_entry"))
    connection.execute(text("CREATE TRIGGER audit_entry_login BEFORE INSERT ON audit_entry "
                            "FOR EACH ROW EXECUTE FUNCTION audit_entry_login()"))


def create_roles(connection: Connection) -> None:
    """Create the three group roles of this database (if missing) and give each its GRANTs.

    Run by the database's owner (who owns every table, so may grant on it) with CREATEROLE, or by a
    superuser. Raises RolesNotCreated, having changed nothing, when the owner lacks CREATEROLE.
    """
    if not can_create_roles(connection):
        raise RolesNotCreated(
            "The database owner has no CREATEROLE, so the roles administrator, desk and volunteer were "
            "not created; everyone signing in as the owner may still do everything. To use roles, a "
            "superuser runs ALTER ROLE <owner> CREATEROLE; then run “ngo-desktop users setup”.")
    database_name = connection.execute(text("SELECT current_database()")).scalar_one()
    names = {role: quote(connection, group_role(database_name, role)) for role in ROLES}
    for role in ROLES:
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"),
                                    {"name": group_role(database_name, role)}).scalar()
        if not exists:
            connection.execute(text(f"CREATE ROLE {names[role]} NOLOGIN"))
    everyone = ", ".join(names.values())
    database = quote(connection, database_name)
    connection.execute(text(f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {everyone}"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {everyone}"))
    # Everyone reads everything (the volunteer's whole part) and writes to the audit log.
    connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}"))
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}"))
    connection.execute(text(f"GRANT INSERT ON audit_entry TO {everyone}"))
    scrub = ", ".join(AUDIT_SCRUB_COLUMNS)
    connection.execute(text(f"GRANT UPDATE ({scrub}) ON audit_entry TO {names[ADMINISTRATOR]}, {names[DESK]}"))

    administrator = names[ADMINISTRATOR]
    every_table = [name for name in _tables(connection) if name not in ("audit_entry", "alembic_version")]
    connection.execute(text(
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(every_table)} TO {administrator}"))

    desk = names[DESK]
    connection.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(DESK_TABLES)} TO {desk}"))
    # A new premises comes with the rent of its contract; changing rent and charges later is the
    # administrator's, so the desk may update every column but those.
    connection.execute(text(f"GRANT INSERT ON premises TO {desk}"))
    connection.execute(text(f"GRANT UPDATE ({', '.join(PREMISES_OTHER_COLUMNS)}) ON premises TO {desk}"))
    # Booking locks its room (SELECT … FOR UPDATE) while it checks for clashes, and PostgreSQL allows
    # that lock only with UPDATE on some column: the version, which changes nothing the desk sees.
    connection.execute(text(f"GRANT UPDATE (version) ON room TO {desk}"))

    table, columns = VOLUNTEER_UPDATE
    connection.execute(text(f"GRANT UPDATE ({', '.join(columns)}) ON {table} TO {names[VOLUNTEER]}"))

    # Tables a later upgrade creates (run by the owner, like this one) are readable by everyone and
    # the administrator's at once; a later revision grants the desk what is the desk's.
    connection.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {everyone}"))
    connection.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
                            f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {administrator}"))
    connection.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
                            f"GRANT USAGE, SELECT ON SEQUENCES TO {everyone}"))


def _tables(connection: Connection) -> list[str]:
    return list(connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).scalars())


def set_up(connection: Connection) -> bool:
    """What the migration does on PostgreSQL: people table, audit login, and the roles when it may.

    Returns False (after logging why) when the roles were skipped because the owner lacks CREATEROLE:
    the upgrade goes on, the program works as before, and ``users`` commands say what to do.
    """
    create_people_table_and_audit_login(connection)
    try:
        create_roles(connection)
    except RolesNotCreated as skipped:
        log.warning("%s", skipped)
        return False
    return True
