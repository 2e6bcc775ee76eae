"""Test configuration: headless Qt, private settings and data folders, real databases.

Every test gets its own SQLite file in tmp_path: a copy of a file the migrations built once per
run (migrating a new file for each test took half the suite's time). When
NGO_DESKTOP_TEST_POSTGRES_URL is set (``postgresql+psycopg://user:password@host/dbname`` of a
database the tests may wipe), every test that uses the ``database`` fixture runs a second time on
that PostgreSQL database: its schema is rebuilt by the migrations once per run, and every table is
emptied and every id sequence restarted after each test, which is much faster than a database per
test. Tests about SQLite itself carry ``@pytest.mark.sqlite_only``. Under CI=true a PostgreSQL
server that cannot be reached fails the run.

With pytest-xdist (``-n``) each worker gets a PostgreSQL database of its own beside the given one
(``<dbname>_gw0``, ``<dbname>_gw1``…, created on first use: the test login needs CREATEDB), so
the PostgreSQL tests spread over the workers like the rest without sharing tables, roles or the
LISTEN/NOTIFY channel.

Data many tests share is built once per run and copied into each test's database: ``built_once``
(a fixture's builder, on either backend) and ``demo_template`` with ``copy_demo`` (the demo centre).

QSettings and the user's data folder point into a temporary folder so tests never read or change
the tester's own settings.
"""

from __future__ import annotations

import copy as copy_module
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import TypeVar

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_PRIVATE_HOME = Path(tempfile.mkdtemp(prefix="ngo-desktop-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_PRIVATE_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_PRIVATE_HOME / "data")
os.environ.pop("NGO_DESKTOP_DATABASE", None)

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from sqlalchemy import Engine  # noqa: E402

from ngo_desktop.database.core import Database, open_database  # noqa: E402
from ngo_desktop.i18n import install_language  # noqa: E402
from ngo_desktop.paths import set_application_identity  # noqa: E402

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_PRIVATE_HOME / "config"))
set_application_identity()

# Fixture modules shared by several test files, registered here (the top conftest) so that pytest
# rewrites their asserts before a test file imports them.
pytest_plugins = ["tests.printing_fixtures", "tests.users_fixtures"]

POSTGRES_URL = os.environ.get("NGO_DESKTOP_TEST_POSTGRES_URL", "").strip()
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]
T = TypeVar("T")


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto`` (pyproject.toml): two workers per core.

    A third of the suite's time is spent waiting, not computing: for a window's timers and answers,
    for the server, for the processes some tests start. With one worker per core both cores often
    wait at once; with two, one worker computes while the other waits. On a quiet 2-core machine
    the whole suite on both databases took 132-144 s with two workers and takes 110-118 s with four
    (six: no faster; issue #11)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 2 * cores


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: the test is about SQLite itself; not run on PostgreSQL")
    if os.environ.get("CI", "").lower() == "true" and not POSTGRES_URL:
        raise pytest.UsageError("CI=true but NGO_DESKTOP_TEST_POSTGRES_URL is not set: "
                                "the suite must also run on PostgreSQL (see .ci/run)")


@pytest.fixture(autouse=True)
def _fresh_settings(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Each test starts with no saved settings and in Latvian, the default language."""
    QSettings().clear()
    install_language("lv")
    yield
    QSettings().clear()


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The PostgreSQL test database with a schema fresh from the migrations (once per run)."""
    if not POSTGRES_URL:
        pytest.skip("NGO_DESKTOP_TEST_POSTGRES_URL is not set")
    from sqlalchemy import create_engine, text

    url = POSTGRES_URL
    engine = None
    try:
        url = _database_of_this_worker(POSTGRES_URL)
        engine = create_engine(url)
        with engine.begin() as connection:
            # A schema left by an older run (or an older program) would hide migration bugs.
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    except Exception as error:  # the server is down or the URL is wrong
        message = f"PostgreSQL test database {url!r} cannot be used: {error}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    finally:
        if engine is not None:
            engine.dispose()
    open_database(url, operator="tester").dispose()
    return url


def _database_of_this_worker(url: str) -> str:
    """The given database, or under pytest-xdist a database of this worker's own beside it."""
    from sqlalchemy import create_engine, make_url, text

    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    given = make_url(url)
    own = f"{given.database}_{worker}"
    engine = create_engine(given, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            exists = connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"),
                                        {"name": own}).first()
            if exists is None:
                connection.execute(text(f'CREATE DATABASE "{own}"'))
    finally:
        engine.dispose()
    return given.set(database=own).render_as_string(hide_password=False)


_CLEANING_ENGINES: dict[str, Engine] = {}


def empty_postgres_tables(url: str) -> None:
    """Delete every row and restart every id sequence, as on a freshly migrated database.

    DELETE, children first, is several times faster than TRUNCATE on tables this small; one
    engine per URL is kept for the whole run instead of a new connection after every test."""
    from sqlalchemy import create_engine

    from ngo_desktop.models import Base, load_all

    load_all()  # every table, also those of the models loaded on first use
    engine = _CLEANING_ENGINES.get(url)
    if engine is None:
        engine = _CLEANING_ENGINES[url] = create_engine(url)
    # All in one round trip: psycopg sends statements without parameters to the server together.
    statements = [f'DELETE FROM "{table.name}"' for table in reversed(Base.metadata.sorted_tables)]
    statements.append("SELECT setval(sequence.oid, 1, false) FROM pg_class AS sequence "
                      "WHERE sequence.relkind = 'S' AND sequence.relnamespace = 'public'::regnamespace")
    with engine.begin() as connection:
        connection.connection.driver_connection.execute("; ".join(statements))


def pytest_sessionfinish() -> None:
    for engine in _CLEANING_ENGINES.values():
        engine.dispose()


@pytest.fixture(autouse=True)
def _no_message_box_waits_for_a_click(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A message box nobody answers would hang the run: unless a test replaces it to read what it
    says, showing one fails the test with its text."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*arguments: object, **_keywords: object) -> None:
        texts = [argument for argument in arguments if isinstance(argument, str)]
        raise AssertionError(f"a message box would wait for a click: {texts}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: unexpected(box.text(), box.informativeText()))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to the newest schema, for the ``database`` fixture to copy."""
    template = tmp_path_factory.mktemp("template") / "migrated.sqlite3"
    open_database(template, operator="tester", backup_dir=template.parent / "backups").dispose()
    # Back from WAL to a rollback journal: every change is then in the one file, and a plain copy
    # of it is a whole database of its own (the program turns WAL on again when it opens the copy).
    with sqlite3.connect(template) as connection:
        assert connection.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    connection.close()
    assert [path.name for path in template.parent.glob("migrated.sqlite3*")] == ["migrated.sqlite3"]
    return template


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, qapp) -> Path:  # type: ignore[no-untyped-def]
    """The demo centre made once by the ``demo`` command, for tests to copy with ``copy_demo``.

    The command takes over half a second; twenty-odd tests each ran it for a file of their own."""
    from ngo_desktop import settings
    from ngo_desktop.app import main

    folder = tmp_path_factory.mktemp("demo")
    settings.settings().setValue(settings.BACKUP_FOLDER_KEY, str(folder / "backups"))
    try:
        assert main(["--lang", "en", "--database", str(folder / "centrs.sqlite3"), "demo"]) == 0
    finally:
        QSettings().clear()
        install_language("lv")
    # The whole database is in the one file (no -wal or -shm left) and nothing else was written.
    assert [path.name for path in folder.iterdir()] == ["centrs.sqlite3"]
    return folder / "centrs.sqlite3"


def copy_demo(template: Path, path: Path) -> Path:
    """A file of the test's own with the demo centre, as ``ngo-desktop --database PATH demo`` leaves it."""
    shutil.copy2(template, path)  # with the private file mode the program gave it
    return path


_BUILT_ONCE: dict[str, tuple[object, object]] = {}


def built_once(database: Database, build: Callable[[Database], T]) -> T:
    """``build(database)`` in the first test that asks; later tests get a copy of the data it made.

    Tests whose fixtures fill a centre through the services spent a third of a second each on it.
    The copy holds exactly the rows, ids and sequence positions ``build`` left, and the returned
    value is (a deep copy of) the one ``build`` returned: on SQLite the built file is copied into
    the test's own, still empty, file with SQLite's online backup; on PostgreSQL every table is
    kept in memory as binary COPY data and copied back in, and the id sequences are set where they
    were. Nothing is left in the test database between tests."""
    key = f"{'sqlite' if database.is_sqlite else 'postgresql'}:{build.__module__}.{build.__qualname__}"
    if key not in _BUILT_ONCE:
        built = build(database)
        _BUILT_ONCE[key] = (_keep_a_copy(database), built)
    else:
        _restore_the_copy(database, _BUILT_ONCE[key][0])
    return copy_module.deepcopy(_BUILT_ONCE[key][1])  # type: ignore[return-value]


def holds_no_rows(database: Database) -> bool:
    """Whether every table is empty, as for ``built_once`` (one statement)."""
    from sqlalchemy import exists, or_, select

    from ngo_desktop.models import Base

    with database.read_session() as session:
        return not session.scalar(select(or_(*(exists().select_from(table) for table in Base.metadata.sorted_tables))))


def _keep_a_copy(database: Database) -> object:
    from sqlalchemy import text

    from ngo_desktop.database.core import sqlite_file_of
    from ngo_desktop.models import Base, load_all

    load_all()  # every table, also those of the models loaded on first use
    path = sqlite_file_of(database.url)
    if path is not None:
        copy = Path(tempfile.mkdtemp(prefix="built-once-", dir=_PRIVATE_HOME)) / path.name
        with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(copy)) as target:
            source.backup(target)
        return copy
    tables: list[tuple[str, bytes]] = []
    with database.write_engine.connect() as connection:
        with connection.connection.driver_connection.cursor() as cursor:
            for table in Base.metadata.sorted_tables:
                with cursor.copy(f'COPY public."{table.name}" TO STDOUT (FORMAT BINARY)') as copy:
                    tables.append((table.name, b"".join(bytes(block) for block in copy)))
        # pg_sequences shows no last value for a sequence not used yet: it then starts afresh.
        sequences = connection.execute(text(
            "SELECT format('%I.%I', schemaname, sequencename), COALESCE(last_value, start_value), "
            "last_value IS NOT NULL FROM pg_sequences WHERE schemaname = 'public'")).all()
        connection.rollback()
    return tables, sequences


def _restore_the_copy(database: Database, kept: object) -> None:
    from sqlalchemy import text

    if isinstance(kept, Path):
        from ngo_desktop.database.core import sqlite_file_of

        with closing(sqlite3.connect(kept)) as source, \
                closing(sqlite3.connect(sqlite_file_of(database.url))) as target:  # type: ignore[arg-type]
            source.backup(target)
        return
    tables, sequences = kept  # type: ignore[misc]
    with database.write_engine.begin() as connection:
        with connection.connection.driver_connection.cursor() as cursor:
            for name, data in tables:
                with cursor.copy(f'COPY public."{name}" FROM STDIN (FORMAT BINARY)') as copy:
                    copy.write(data)
        for name, last_value, is_called in sequences:
            connection.execute(text("SELECT setval(:name, :value, :called)"),
                               {"name": name, "value": last_value, "called": is_called})


@pytest.fixture
def wait_for_operations(qtbot):  # type: ignore[no-untyped-def]
    """``wait_for_operations()`` returns once every call a view started has answered on the GUI thread."""
    import time

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from ngo_desktop.views.operations import is_idle, when_idle

    def wait(timeout: int = 10_000) -> None:
        # Woken by the last answer itself (``when_idle``), not by qtbot.waitUntil's 10 ms polls: the
        # suite waits here a few thousand times. An answer may start the next call (a refresh after a
        # save), so the wait goes on until idle holds after the events; the 20 ms poll is a safety net
        # for a pause timer that ends without starting a call (no answer calls back then).
        deadline = time.monotonic() + timeout / 1000
        while not is_idle():
            remaining_ms = int((deadline - time.monotonic()) * 1000)
            assert remaining_ms > 0, f"the operations did not answer within {timeout} ms"
            loop = QEventLoop()
            ended: list[bool] = []

            def end(loop: QEventLoop = loop, ended: list[bool] = ended) -> None:
                if not ended:
                    ended.append(True)
                    loop.quit()

            when_idle(end)
            poll = QTimer(interval=20)
            poll.timeout.connect(lambda end=end: is_idle() and end())
            poll.start()
            QTimer.singleShot(remaining_ms, end)
            if not ended:
                loop.exec()
            poll.stop()
            # What the answer posted (a view's layout asking for the next page) may start a call too.
            QCoreApplication.processEvents()

    return wait


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    from ngo_desktop.views.operations import drain

    if request.param == "sqlite":
        path = tmp_path / "centre.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        opened = open_database(path, operator="tester", backup_dir=tmp_path / "backups")
        yield opened
        drain()
        opened.dispose()
        return
    if request.node.get_closest_marker("sqlite_only"):
        pytest.skip("about SQLite only")
    url = request.getfixturevalue("postgres_url")
    opened = _server_database(url)
    try:
        yield opened
    finally:
        drain()
        with opened._listeners_lock:
            opened._change_listeners.clear()
        opened.operator = "tester"
        empty_postgres_tables(url)


_SERVER_DATABASES: dict[str, Database] = {}


def _server_database(url: str) -> Database:
    """The worker's server database, opened once (``postgres_url`` migrated it) and handed to each test.

    A new ``open_database`` per test made a new engine: a new connection (sign-in and the driver's
    first questions, ~15 ms here) and statements compiled afresh, for each of some 600 tests. What a
    test may change on it (its operator, its change listeners) is put back after the test; a test
    that disposes it only empties the pool, which fills again."""
    opened = _SERVER_DATABASES.get(url)
    if opened is None:
        opened = _SERVER_DATABASES[url] = open_database(url, operator="tester")
    return opened


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Run the test with the English texts (the source language)."""
    install_language("en")
    yield
    install_language("lv")


@pytest.fixture
def latvian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_language("lv")
    yield
