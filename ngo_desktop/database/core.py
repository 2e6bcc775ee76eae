"""The database: engine, sessions, SQLite settings and Alembic migrations on start.

Views never hold a Session: services open one per user action through
``Database.unit_of_work()`` (writes) or ``Database.read_session()`` (reads). Code written with the
schema's tables alone may use ``Database.write_connection()`` and ``Database.read_connection()``
instead, the same transaction with the same change notices, without SQLAlchemy's ORM: a process
that needs nothing else never imports it (issue #16: the door sign and the week schedule).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.sql.dml import UpdateBase

from ngo_desktop.database.changes import ChangeCollector, Changes
from ngo_desktop.database.file_checks import CheckRecord
from ngo_desktop.errors import DomainError
from ngo_desktop.i18n import translate
from ngo_desktop.outputs import create_private_file, output_path, protect_database_file
from ngo_desktop.paths import default_backup_dir, default_database_path, make_private_folder

if TYPE_CHECKING:
    from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

    # What a read written with the tables runs on: a session of the ORM or a bare connection.
    Executor: TypeAlias = Session | Connection

# The newest migration this program knows. Kept here so an up-to-date database opens without
# importing Alembic (which costs start-up time); a test checks it equals Alembic's head.
HEAD_REVISION = "0009_tenancy_payment_due_day"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 5000
# A server connection unused this long is checked before it is used again (``_ping_after_idle``).
PING_AFTER_IDLE_S = 10.0
# How long opening waits for another program's lock on the file before saying so.
LOCK_PROBE_TIMEOUT_S = 3.0
CREDENTIAL_SERVICE = "ngo_desktop"
# PostgreSQL channel every committed unit of work notifies (services/change_watch.py listens).
CHANGES_CHANNEL = "ngo_desktop_changes"


EXCLUSION_VIOLATION = "23P01"
INSUFFICIENT_PRIVILEGE = "42501"


class OverlapRefused(DomainError):
    """PostgreSQL's exclusion constraint refused an overlapping booking (a race the checks lost)."""


class NotPermitted(DomainError):
    """The server refused a change the signed-in person's role may not make (SQLSTATE 42501)."""


def not_permitted(error: DBAPIError) -> NotPermitted | None:
    """The refusal in words when ``error`` is the server's "permission denied", else None.

    The one place where the server's refusal of a role becomes a line for the user: the window and
    the command line both show it as any other refusal."""
    if getattr(error.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    return NotPermitted(translate(
        "Database", "Your role on the server does not allow this change; nothing was saved. Ask an "
                    "administrator of the centre to do it or to give you another role."))


class DatabaseProblem(Exception):
    """A database that cannot be opened as it is; the message says what happened and what to do."""


class DatabaseDamaged(DatabaseProblem):
    """An SQLite file that fails SQLite's own check (``PRAGMA quick_check``), or that was emptied.

    ``path`` is the file and ``detail`` what the check said; the desk adds the offer to restore
    ``good_backup``, the newest good copy (desk_database.py), which this layer does not look for.
    """

    def __init__(self, message: str, *, path: Path, detail: str, good_backup: Path | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.detail = detail
        self.good_backup = good_backup


def database_url_from(location: str | os.PathLike[str] | None) -> str:
    """A URL from what the user typed: a URL as it is, a file path as an SQLite URL."""
    if location is None or str(location).strip() == "":
        return sqlite_url(default_database_path())
    location = str(location).strip()
    if "://" in location:
        return location
    return sqlite_url(Path(location).expanduser())


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve().as_posix()}"


def choose_database_url(cli_value: str | None, settings_value: str | None = None) -> str:
    """The command line wins, then NGO_DESKTOP_DATABASE, then Settings, then the default file."""
    for candidate in (cli_value, os.environ.get("NGO_DESKTOP_DATABASE"), settings_value):
        if candidate and candidate.strip():
            return database_url_from(candidate)
    return database_url_from(None)


def known_revisions() -> set[str]:
    """Every schema revision this program has a migration for (file names equal revision ids)."""
    return {path.stem for path in (MIGRATIONS_DIR / "versions").glob("0*.py")}


PASSWORD_QUERY_KEY = "password"


def password_in_query(url: str) -> str:
    """The password given as ``?password=...`` in a server URL (libpq accepts it there), or ""."""
    if "://" not in url:
        return ""
    value = make_url(url).query.get(PASSWORD_QUERY_KEY, "")
    return str(value[-1] if isinstance(value, tuple) else value)


def _query_password_to_user_part(url: str) -> str:
    """``?password=`` moved to the user part, so one place (the user part) holds the password."""
    parsed = make_url(url)
    password = password_in_query(url)
    if not password:
        return url
    parsed = parsed.difference_update_query([PASSWORD_QUERY_KEY])
    return parsed.set(password=parsed.password or password).render_as_string(hide_password=False)


def masked_url(url: str) -> str:
    """A URL fit to show: its password (in the user part or as ``?password=``) replaced by ***."""
    if "://" not in url:
        return url
    try:
        return make_url(_query_password_to_user_part(url)).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not a URL SQLAlchemy parses: show nothing after the scheme
        return url.split("://", 1)[0] + "://***"


def credential_key(url: str) -> str:
    """The name a server password is kept under in the system's credential store."""
    parsed = make_url(url)
    return f"{parsed.username}@{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"


def with_stored_password(url: str) -> str:
    """A server URL without a password gets the one kept in the system's credential store (keyring).

    Without one there, libpq itself still reads PostgreSQL's password file (~/.pgpass,
    %APPDATA%\\postgresql\\pgpass.conf), so the settings never hold a password in plain text.
    """
    url = _query_password_to_user_part(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or parsed.password or not parsed.username:
        return url
    try:
        import keyring

        password = keyring.get_password(CREDENTIAL_SERVICE, credential_key(url))
    except Exception:  # noqa: BLE001 - no usable credential store: fall back to the password file
        return url
    if not password:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


def asks_for_password(detail: str) -> bool:
    """Whether the server's refusal to connect means a missing or wrong password (libpq's words)."""
    return "password" in detail.lower() and ("no password supplied" in detail.lower()
                                             or "authentication failed" in detail.lower())


def sign_in_problem(detail: str) -> str | None:
    """One line for a refused sign-in (no or a wrong password, a disabled login), else None."""
    if asks_for_password(detail):
        return translate(
            "Database", "The server asks for a password ({detail}). Put it in the password file "
                        "(~/.pgpass: host:port:database:login:password) or in Settings → Database → Server "
                        "password, or start the window to sign in.").format(detail=detail)
    if "is not permitted to log in" in detail:
        return translate("Database", "This login may no longer sign in (an administrator disabled it). Ask an "
                                     "administrator of the centre.")
    return None


def default_operator() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "operator"


@dataclass
class Database:
    """An open database.

    ``operator`` is the name written to the audit log for every change made through it.
    """

    url: str
    engine: Engine
    write_engine: Engine
    operator: str = field(default_factory=default_operator)
    # Sent with each change notification, so a desk can tell its own changes from other desks'.
    sender: str = field(default_factory=lambda: uuid.uuid4().hex)

    def __post_init__(self) -> None:
        # On a server a read runs without a transaction of its own. Under PostgreSQL's default READ
        # COMMITTED each statement sees its own snapshot anyway, so nothing changes but the cost:
        # BEGIN and ROLLBACK were two of a short read's round trips (80 ms across town). SQLite
        # keeps its BEGIN: there a read transaction holds one WAL snapshot for the whole read.
        self._read_engine = self.engine if self.is_sqlite else self.engine.execution_options(
            isolation_level="AUTOCOMMIT")
        self._change_listeners: list[Callable[[Changes], None]] = []
        self._listeners_lock = threading.Lock()

    def add_change_listener(self, listener: Callable[[Changes], None]) -> None:
        """Call ``listener(changes)`` after every unit of work that committed a change.

        It is called on the thread that committed (a worker of the window): the window's relay
        passes it on to the GUI thread."""
        with self._listeners_lock:
            self._change_listeners.append(listener)

    def remove_change_listener(self, listener: Callable[[Changes], None]) -> None:
        with self._listeners_lock:
            if listener in self._change_listeners:
                self._change_listeners.remove(listener)

    def announce(self, changes: Changes) -> None:
        """Tell every listener what changed (also used after a restore, which has no unit of work)."""
        if changes.is_empty:
            return
        with self._listeners_lock:
            listeners = list(self._change_listeners)
        for listener in listeners:
            listener(changes)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database and database != ":memory:" else None

    def describe(self) -> str:
        """What the status bar shows: the file, or the server URL without its password."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return masked_url(self.url)

    # The ORM's session makers, made (and the ORM imported) when a session is first asked for.
    @cached_property
    def _read_sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self._read_engine, expire_on_commit=False)

    @cached_property
    def _write_sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.write_engine, expire_on_commit=False)

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        with self._read_sessions() as session:
            yield session

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """``read_session`` for reads written with the tables: a connection, as the session would hold."""
        with self._read_engine.connect() as connection:
            yield connection

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises.

        On SQLite the transaction starts with BEGIN IMMEDIATE, so two writers are serialised
        up front instead of failing half-way with 'database is locked'. On PostgreSQL a committed
        unit of work notifies the other desks (LISTEN/NOTIFY).
        """
        collector = ChangeCollector()
        with _refusals_in_words(), self._write_sessions() as session, session.begin():
            _collect_changes(session, collector)
            yield session
            session.flush()
            changes = collector.changes()
            self._notify_other_desks(session, changes)
        self.announce(changes)

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """``unit_of_work`` for changes written with the tables (INSERT, UPDATE, DELETE statements): the
        same transaction, refusals and change notices, on a connection. Rows are announced by table."""
        collector = ChangeCollector()
        with _refusals_in_words(), self.write_engine.begin() as connection:
            event.listen(connection, "before_execute", _statement_recorder(collector))
            yield connection
            changes = collector.changes()
            self._notify_other_desks(connection, changes)
        self.announce(changes)

    def _notify_other_desks(self, executor: Executor, changes: Changes) -> None:
        if not self.is_sqlite and not changes.is_empty:
            # Delivered only if the transaction commits; other desks refresh their views.
            payload = json.dumps({"sender": self.sender, "kinds": sorted(changes.kinds)})
            executor.execute(text("SELECT pg_notify(:channel, :payload)"),
                             {"channel": CHANGES_CHANNEL, "payload": payload})

    def dispose(self) -> None:
        self.engine.dispose()
        if self.write_engine is not self.engine:
            self.write_engine.dispose()


@contextmanager
def _refusals_in_words() -> Iterator[None]:
    """The server's refusals of a unit of work as the domain's errors, in the user's language."""
    try:
        yield
    except IntegrityError as error:
        if getattr(error.orig, "sqlstate", None) != EXCLUSION_VIOLATION:
            raise
        # The services lock the room and check first; this is the server's last word for any
        # path that raced past them (e.g. an import while a desk books).
        raise OverlapRefused(translate(
            "Database", "Another desk booked the same room for an overlapping time a moment ago. Nothing was "
                        "saved; look at the calendar again and choose another time.")) from error
    except DBAPIError as error:
        refusal = not_permitted(error)
        if refusal is None:
            raise
        raise refusal from error


# Where a unit of work's session keeps its ChangeCollector (``record_driver_write``).
_CHANGES_INFO = "ngo_desktop.changes"


def _collect_changes(session: Session, collector: ChangeCollector) -> None:
    """Record every row the session inserts, updates or deletes, and every bulk statement's table."""
    session.info[_CHANGES_INFO] = collector

    @event.listens_for(session, "after_flush")
    def _flushed(flushing: Session, _context: object) -> None:
        for instance in (*flushing.new, *flushing.dirty, *flushing.deleted):
            table = getattr(getattr(instance, "__table__", None), "name", None)
            if table is not None and (instance in flushing.new or instance in flushing.deleted
                                      or flushing.is_modified(instance, include_collections=False)):
                collector.record(table, getattr(instance, "id", None))

    @event.listens_for(session, "do_orm_execute")
    def _executed(state: ORMExecuteState) -> None:
        _record_statement(collector, state.statement)


def _statement_recorder(collector: ChangeCollector) -> Callable[..., None]:
    """A connection's ``before_execute`` listener noting the table of each statement that writes."""
    def _executing(_connection: Connection, statement: object, *_arguments: object) -> None:
        _record_statement(collector, statement)
    return _executing


def _record_statement(collector: ChangeCollector, statement: object) -> None:
    if isinstance(statement, UpdateBase):
        name = getattr(getattr(statement, "table", None), "name", None)
        if name is not None:
            collector.record_unknown(name)


def record_driver_write(session: Session, table: str) -> None:
    """Note that rows of ``table`` were written past the session (the driver's own executemany, as
    an import does): the unit of work announces the table as it announces an INSERT statement's."""
    collector = session.info.get(_CHANGES_INFO)
    if collector is not None:
        collector.record_unknown(table)


def _ping_after_idle(engine: Engine) -> None:
    """A server connection that lay idle for a while is checked (and replaced if the server or the
    network dropped it) before it is used again.

    SQLAlchemy's ``pool_pre_ping`` checks it before every use: a round trip each time, 40 ms to a
    server across town and a quarter of a short read (checkout, BEGIN, the query, ROLLBACK). A
    connection given back moments ago is used as it is; one that fails anyway is dropped with the
    rest of the pool by SQLAlchemy, so only that one call is refused.
    """
    from sqlalchemy.exc import DisconnectionError

    @event.listens_for(engine.pool, "checkin")
    def _checked_in(_dbapi_connection: object, record: Any) -> None:  # noqa: ANN401 (SQLAlchemy's record)
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.pool, "checkout")
    def _checked_out(dbapi_connection: Any, record: Any, _proxy: object) -> None:  # noqa: ANN401
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_S:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as error:  # noqa: BLE001 - whatever the driver says, this connection is gone
            raise DisconnectionError(str(error)) from error


def _create_engine(url: str, *, immediate: bool) -> Engine:
    if not url.startswith("sqlite"):
        # Last in, first out: the connection given back last is taken next, so the one connection a
        # desk's calls take turns on stays fresh (no ping after idle) and spare ones are not kept busy.
        # psycopg prepares a statement on the server the fifth time it runs, in a round trip of its
        # own: across town that costs more than the parsing it saves, so nothing is prepared.
        options = {"connect_args": {"prepare_threshold": None}} if make_url(url).get_driver_name() == "psycopg" \
            else {}
        engine = create_engine(url, pool_use_lifo=True, **options)
        _ping_after_idle(engine)
        return engine
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (the pysqlite driver's own is lazy).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def open_database(
    location: str | os.PathLike[str] | None = None,
    *,
    operator: str | None = None,
    migrate: bool = True,
    backup_dir: Path | None = None,
    must_exist: bool = False,
    check_file: bool = True,
    verify: bool = True,
    checked_files: CheckRecord | None = None,
) -> Database:
    """Open (creating if needed, unless ``must_exist``) and bring the schema up to date.

    An older SQLite database is copied to a timestamped backup before it is upgraded.
    Raises DatabaseProblem for a database this program must not touch. ``check_file=False`` with
    ``migrate=False`` only connects, for restoring a backup over a file that no longer opens.
    ``verify`` runs SQLite's ``PRAGMA quick_check`` over the whole file first (DatabaseDamaged); the
    window skips it to start fast and lets its first automatic backup check the copy instead.
    With ``checked_files`` the check runs at most once a day on a file that has not changed since
    (the command line: see database/file_checks.py).
    """
    url = with_stored_password(database_url_from(location))
    sqlite_file = _sqlite_file(url)
    if sqlite_file is not None and check_file:
        _check_sqlite_file(sqlite_file, must_exist=must_exist)
        if sqlite_file.exists() and sqlite_file.stat().st_size > 0:
            # Read-only first: a file that is refused must leave exactly as it came (no WAL switch).
            _check_sqlite_contents(sqlite_file, verify=verify, checked_files=checked_files)
        elif not sqlite_file.exists():
            # Created private (0600) before SQLite fills it; its -wal and -shm take the same mode.
            create_private_file(sqlite_file)
    if sqlite_file is not None:
        protect_database_file(sqlite_file)
    engine = _create_engine(url, immediate=False)
    database = Database(
        url=url,
        engine=engine,
        # SQLite writes need connections of their own (BEGIN IMMEDIATE). A server's writes share the
        # reads' pool: a separate engine opened its first connection at the first save, and across town
        # that is the TCP handshake, the sign-in and the driver's first questions, about half a second.
        write_engine=_create_engine(url, immediate=True) if url.startswith("sqlite") else engine,
        operator=operator or default_operator(),
    )
    if migrate:
        try:
            upgrade_schema(database, backup_dir=backup_dir)
        except Exception:
            database.dispose()
            raise
    return database


def sqlite_file_of(url: str) -> Path | None:
    """The file of an SQLite URL, or None for a server or an in-memory database."""
    return _sqlite_file(url)


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _check_sqlite_file(path: Path, *, must_exist: bool = False) -> None:
    if must_exist and not path.exists():
        raise DatabaseProblem(
            translate(
                "Database",
                "The database file {path} is missing. It may have been moved, renamed or be on a drive that "
                "is not connected. Connect the drive or put the file back, restore the newest backup from "
                "{backups} with “ngo-desktop restore FILE”, or start with --database to use another file.",
            ).format(path=path, backups=default_backup_dir())
        )
    if path.exists() and path.is_dir():
        raise DatabaseProblem(
            translate("Database", "{path} is a folder, not a database file. Choose a file name.").format(
                path=path
            )
        )
    if not path.parent.exists():
        raise DatabaseProblem(
            translate(
                "Database", "The folder {folder} does not exist. Create it or choose another location."
            ).format(folder=path.parent)
        )
    if path.exists():
        with path.open("rb") as handle:
            header = handle.read(16)
        if header and header != b"SQLite format 3\x00":
            raise DatabaseProblem(
                translate(
                    "Database",
                    "{path} is not a database of this program (it is not an SQLite file). "
                    "It was left untouched; choose another file.",
                ).format(path=path)
            )
        if not os.access(path, os.R_OK | os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
            raise DatabaseProblem(
                translate(
                    "Database",
                    "The database {path} is read-only for you (the file or its folder cannot be written). "
                    "It was left untouched. Copy it to a folder of yours, or ask whoever manages this "
                    "computer for write access.",
                ).format(path=path)
            )
        _check_not_locked(path)
    elif not os.access(path.parent, os.W_OK | os.X_OK):
        raise DatabaseProblem(
            translate(
                "Database", "A new database cannot be created in the read-only folder {folder}. Choose another "
                "location in Settings."
            ).format(folder=path.parent)
        )


def _check_sqlite_contents(path: Path, *, verify: bool = True, checked_files: CheckRecord | None = None) -> None:
    """Refuse, without writing a byte, a damaged file, another program's database or a newer schema.

    Opened with ``mode=ro``: nothing about the file changes here, not even its journal mode.
    """
    verify = verify and not (checked_files is not None and checked_files.checked_today(path))
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True,
                                     timeout=LOCK_PROBE_TIMEOUT_S)
        try:
            verdict = quick_check_verdict(connection) if verify else "ok"
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone() \
                if "alembic_version" in tables else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if "malformed" in str(error) or "not a database" in str(error) or "corrupt" in str(error):
            raise _damaged(path, str(error)) from error
        raise DatabaseProblem(_unreadable_file_message(path, error)) from error
    if verdict != "ok":
        raise _damaged(path, verdict.splitlines()[0])
    if verify and checked_files is not None:
        checked_files.passed(path)
    if revision is None and tables - {"alembic_version"}:
        raise DatabaseProblem(translate(
            "Database", "This database holds tables but not this program's data. It was left "
                        "untouched; choose another database."))
    if revision is not None and revision[0] not in known_revisions():
        raise DatabaseProblem(translate(
            "Database", "This database was made by a newer version of the program (schema {revision}). "
                        "Update the program; the database was left untouched.").format(revision=revision[0]))


def quick_check_verdict(connection: sqlite3.Connection) -> str:
    """SQLite's check of every page of the file: "ok", or one line per problem found."""
    return "\n".join(row[0] for row in connection.execute("PRAGMA quick_check").fetchall())


def _damaged(path: Path, detail: str) -> DatabaseDamaged:
    return DatabaseDamaged(translate(
        "Database", "The database {path} is damaged ({detail}). It was left untouched; restore the newest "
                    "good backup with “ngo-desktop restore FILE”.").format(path=path, detail=detail),
        path=path, detail=detail)


def _unreadable_file_message(path: Path, error: Exception) -> str:
    return translate(
        "Database",
        "The database {location} cannot be read ({detail}). It was left untouched; restore it "
        "from a backup or choose another file.",
    ).format(location=path, detail=error)


def _check_not_locked(path: Path) -> None:
    """Refuse a file another program holds locked, instead of hanging on the first save."""
    connection = sqlite3.connect(path, timeout=LOCK_PROBE_TIMEOUT_S, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        if "locked" not in str(error) and "busy" not in str(error):
            return  # unreadable files are reported, with their reason, by the schema check
        raise DatabaseProblem(
            translate(
                "Database",
                "The database {path} is locked by another program (perhaps a copy of this program stuck, a "
                "backup tool or a database browser). Close that program and start again; nothing was changed.",
            ).format(path=path)
        ) from error
    except sqlite3.DatabaseError:
        return
    finally:
        connection.close()


def current_revision(database: Database) -> str | None:
    """The schema revision stored in the database, or None for a database without one."""
    with database.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_schema(database: Database, *, backup_dir: Path | None = None) -> bool:
    """Apply missing migrations. Returns True when something was applied."""
    try:
        revision = current_revision(database)
        if revision == HEAD_REVISION:
            return False
        if revision is None:
            with database.engine.connect() as connection:
                # After a downgrade to nothing only Alembic's own table is left: that is empty too.
                if set(inspect(connection).get_table_names()) - {"alembic_version"}:
                    raise DatabaseProblem(
                        translate(
                            "Database",
                            "This database holds tables but not this program's data. It was left "
                            "untouched; choose another database.",
                        )
                    )
    except sqlite3.DatabaseError as error:
        raise DatabaseProblem(_unreadable_message(database, error)) from error
    except Exception as error:
        if isinstance(error, DatabaseProblem):
            raise
        if "file is not a database" in str(error) or "malformed" in str(error):
            raise DatabaseProblem(_unreadable_message(database, error)) from error
        raise
    from alembic.script import ScriptDirectory  # imported here: only needed when upgrading

    config = alembic_config(database)
    scripts = ScriptDirectory.from_config(config)
    if revision is not None:
        try:
            scripts.get_revision(revision)
        except Exception as error:
            raise DatabaseProblem(
                translate(
                    "Database",
                    "This database was made by a newer version of the program (schema {revision}). "
                    "Update the program; the database was left untouched.",
                ).format(revision=revision)
            ) from error
        backup_sqlite_before_upgrade(database, revision, backup_dir or default_backup_dir())
    try:
        run_alembic_upgrade(database, config)
    except DBAPIError as error:
        if not_permitted(error) is None:
            raise
        # A person's own login (issue #18) may not change the schema: only the owner upgrades, in
        # one transaction, so nothing was changed.
        raise DatabaseProblem(translate(
            "Database", "This program's version needs to upgrade the database (schema {revision}), which only "
                        "the database's owner may do; nothing was changed. Ask the administrator to start the "
                        "program once signed in as the owner, or to run “ngo-desktop db upgrade” as the "
                        "owner.").format(revision=revision or "–")) from error
    return True


def _unreadable_message(database: Database, error: Exception) -> str:
    return translate(
        "Database",
        "The database {location} cannot be read ({detail}). It was left untouched; restore it "
        "from a backup or choose another file.",
    ).format(location=database.describe(), detail=error)


def alembic_config(database: Database):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return config


def run_alembic_upgrade(database: Database, config) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    with database.engine.connect() as connection:
        # SQLite's batch mode rebuilds a table (a new one, the rows copied, the old one dropped, the
        # new one renamed); dropping a table that other rows point at fails while foreign keys are
        # enforced (migration 0007 on any organisation with a contact person). The pragma works only
        # outside a transaction, so it is set on the driver's connection before the migration's
        # transaction begins; the keys are checked as a whole before that transaction commits.
        driver = connection.connection.driver_connection if connection.dialect.name == "sqlite" else None
        if driver is not None:
            driver.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if driver is not None and driver.execute("PRAGMA foreign_key_check").fetchone() is not None:
                    raise sqlite3.IntegrityError("FOREIGN KEY constraint failed")
        finally:
            if driver is not None:
                driver.execute("PRAGMA foreign_keys = ON")


def backup_sqlite_before_upgrade(database: Database, revision: str, backup_dir: Path) -> Path | None:
    """Copy an SQLite database with SQLite's online backup before a migration touches it."""
    source = database.sqlite_path
    if source is None or not source.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{source.stem}.before-upgrade-{revision}-{stamp}.sqlite3"
    make_private_folder(backup_dir)
    with output_path(target) as partial:
        source_connection = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
        target_connection = sqlite3.connect(partial)
        try:
            source_connection.backup(target_connection)
            target_connection.execute("PRAGMA journal_mode = DELETE")
        finally:
            target_connection.close()
            source_connection.close()
    return target
