"""Opening databases: schema creation, Alembic head, SQLite settings, refusing what is not ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from ngo_desktop.database import roles
from ngo_desktop.database.core import (
    HEAD_REVISION,
    DatabaseProblem,
    alembic_config,
    backup_sqlite_before_upgrade,
    current_revision,
    open_database,
)
from ngo_desktop.models import Base


@pytest.mark.sqlite_only
def test_new_database_is_created_at_the_newest_schema(database) -> None:
    assert current_revision(database) == HEAD_REVISION
    assert database.sqlite_path is not None and database.sqlite_path.exists()


def test_head_revision_constant_matches_the_migrations(database) -> None:
    scripts = ScriptDirectory.from_config(alembic_config(database))
    assert scripts.get_current_head() == HEAD_REVISION


def test_migrated_schema_matches_the_models(database) -> None:
    with database.engine.connect() as connection:
        # What only PostgreSQL has (people, the audit login; issue #18) is outside the models.
        context = MigrationContext.configure(connection, opts={"include_object": roles.in_models})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


@pytest.mark.sqlite_only
def test_sqlite_runs_with_foreign_keys_wal_and_busy_timeout(database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_foreign_keys_are_enforced(database) -> None:
    from sqlalchemy.exc import IntegrityError

    from ngo_desktop.models import Room

    with pytest.raises(IntegrityError), database.unit_of_work() as session:
        session.add(Room(site_id=999, name="Zāle"))


def test_reopening_an_up_to_date_database_changes_nothing(tmp_path: Path) -> None:
    first = open_database(tmp_path / "a.sqlite3")
    first.dispose()
    again = open_database(tmp_path / "a.sqlite3", backup_dir=tmp_path / "backups")
    again.dispose()
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path, english) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_bytes(b"shopping list: milk, bread")
    with pytest.raises(DatabaseProblem, match="not an SQLite file"):
        open_database(notes)
    assert notes.read_bytes() == b"shopping list: milk, bread"


def test_a_database_of_another_program_is_refused(tmp_path: Path, english) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(DatabaseProblem, match="not this program's data"):
        open_database(other)


def test_a_database_from_a_newer_program_is_refused(tmp_path: Path, english) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseProblem, match="newer version"):
        open_database(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999_future",)


def test_a_missing_folder_is_reported(tmp_path: Path, english) -> None:
    with pytest.raises(DatabaseProblem, match="does not exist"):
        open_database(tmp_path / "no-such-folder" / "x.sqlite3")


@pytest.mark.sqlite_only
def test_backup_before_an_upgrade_copies_the_whole_database(database, tmp_path: Path) -> None:
    from ngo_desktop.models import Site

    with database.unit_of_work() as session:
        session.add(Site(name="Ābeļu filiāle"))
    copy = backup_sqlite_before_upgrade(database, "0001_initial", tmp_path / "backups")
    assert copy is not None and copy.name.startswith("centre.before-upgrade-0001_initial-")
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT name FROM site").fetchone() == ("Ābeļu filiāle",)


def test_a_database_downgraded_to_nothing_is_upgraded_again(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.sqlite3"
    opened = open_database(path)
    config = alembic_config(opened)
    with opened.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    opened.dispose()
    reopened = open_database(path)
    assert current_revision(reopened) == HEAD_REVISION
    reopened.dispose()


def test_unit_of_work_rolls_back_when_the_block_fails(database) -> None:
    from ngo_desktop.models import Site

    with pytest.raises(RuntimeError), database.unit_of_work() as session:
        session.add(Site(name="Filiāle"))
        session.flush()
        raise RuntimeError("stop")
    with database.read_session() as session:
        assert session.execute(text("SELECT count(*) FROM site")).scalar() == 0


def test_refusals_are_in_latvian_by_default(tmp_path: Path, latvian) -> None:
    with pytest.raises(DatabaseProblem, match="neeksistē"):
        open_database(tmp_path / "nav-mapes" / "x.sqlite3")


def test_an_older_database_is_backed_up_then_upgraded_keeping_its_data(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "vecā.sqlite3"
    opened = open_database(path)
    config = alembic_config(opened)
    with opened.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001_initial")
    opened.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO organisation (name, sort_key, match_key, legal_form, kind, membership, "
            "membership_fee_cents, discount_percent, discount_reason, address, phone, email, website, "
            "notes, archived, created_at, updated_at, version) VALUES ('Biedrība „Ūdensroze”', '', '', "
            "'association', 'ngo', 'member', 0, 0, '', '', '', '', '', '', 0, '2026-01-01', '2026-01-01', 1)")

    upgraded = open_database(path, backup_dir=tmp_path / "backups")
    assert current_revision(upgraded) == HEAD_REVISION
    with upgraded.engine.connect() as connection:
        assert connection.execute(text("SELECT name, logo_png FROM organisation")).one() == (
            "Biedrība „Ūdensroze”", None)
    upgraded.dispose()
    [backup] = (tmp_path / "backups").glob("vecā.before-upgrade-0001_initial-*.sqlite3")
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)
        assert connection.execute("SELECT name FROM organisation").fetchone() == ("Biedrība „Ūdensroze”",)


@pytest.mark.sqlite_only
def test_each_test_gets_its_own_copy_of_the_migrated_template(database, sqlite_template: Path) -> None:
    """The database fixture copies one migrated file: a test's writes must never reach the template."""
    assert database.sqlite_path is not None and database.sqlite_path.resolve() != sqlite_template.resolve()
    assert current_revision(database) == HEAD_REVISION
    with database.unit_of_work() as session:
        from ngo_desktop.models import Site

        session.add(Site(name="Pils iela 14", address="Alūksne"))
    with database.read_session() as session:
        assert session.execute(text("SELECT count(*) FROM site")).scalar() == 1
    template = sqlite3.connect(f"file:{sqlite_template}?mode=ro", uri=True)
    try:
        assert template.execute("SELECT count(*) FROM site").fetchone() == (0,)
        assert template.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        template.close()
