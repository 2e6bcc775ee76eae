"""Never lose data: automatic and manual backups, checked restores, and files that must not be touched."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ngo_desktop.cli import run_command_line
from ngo_desktop.database.core import HEAD_REVISION, DatabaseProblem, open_database
from ngo_desktop.models import Site
from ngo_desktop.services.backup.copies import (
    BackupFailed,
    automatic_backup,
    automatic_backups,
    back_up,
    check_sqlite_backup,
    daily_backup_due,
    restore,
)


def _add_site(database, name: str) -> None:  # type: ignore[no-untyped-def]
    with database.unit_of_work() as session:
        session.add(Site(name=name))


def _site_names(database) -> list[str]:  # type: ignore[no-untyped-def]
    with database.read_session() as session:
        return list(session.scalars(select(Site.name).order_by(Site.id)))


@pytest.mark.sqlite_only
def test_a_backup_taken_while_another_connection_writes_is_whole(database, tmp_path: Path) -> None:
    _add_site(database, "Ābeļu filiāle")
    writer = sqlite3.connect(database.sqlite_path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE site SET name = 'Nepabeigta'")
    copy = back_up(database, tmp_path / "copy.sqlite3")
    writer.rollback()
    writer.close()
    assert check_sqlite_backup(copy) == HEAD_REVISION
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT name FROM site").fetchall() == [("Ābeļu filiāle",)]


@pytest.mark.sqlite_only
def test_automatic_backups_keep_only_the_newest_n(database, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    start = dt.datetime(2026, 11, 1, 8, 0)
    for day in range(5):
        automatic_backup(database.sqlite_path, folder, keep=3, now=start + dt.timedelta(days=day))
    names = [path.name for path in automatic_backups(database.sqlite_path, folder)]
    assert all(name.startswith("centre.auto-") for name in names)
    assert [name[-len("20261103-080000.sqlite3"):] for name in names] == [
        "20261103-080000.sqlite3", "20261104-080000.sqlite3", "20261105-080000.sqlite3"]


@pytest.mark.sqlite_only
def test_a_daily_backup_is_due_only_after_a_day(database, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    assert daily_backup_due(database.sqlite_path, folder)
    automatic_backup(database.sqlite_path, folder)
    assert not daily_backup_due(database.sqlite_path, folder)
    assert daily_backup_due(database.sqlite_path, folder, now=dt.datetime.now() + dt.timedelta(days=1, minutes=1))


def test_restore_brings_back_the_data_and_keeps_what_was_there(database, tmp_path: Path) -> None:
    _add_site(database, "Pils iela 14")
    copy = back_up(database, tmp_path / ("copy.sqlite3" if database.is_sqlite else "copy.dump"))
    _add_site(database, "Dārza iela 2")
    result = restore(database, copy, tmp_path / "kept")
    reopened = open_database(database.url, operator="tester", migrate=False)
    try:
        assert _site_names(reopened) == ["Pils iela 14"]
    finally:
        reopened.dispose()
    assert result.previous_kept_as is not None and result.previous_kept_as.exists()
    if database.is_sqlite:
        with sqlite3.connect(result.previous_kept_as) as connection:
            assert connection.execute("SELECT count(*) FROM site").fetchone() == (2,)


@pytest.mark.sqlite_only
def test_restore_refuses_a_damaged_or_foreign_or_newer_file_and_changes_nothing(
        database, tmp_path: Path, english) -> None:
    _add_site(database, "Pils iela 14")
    damaged = tmp_path / "damaged.sqlite3"
    back_up(database, damaged)
    data = bytearray(damaged.read_bytes())
    data[4096 * 2:4096 * 2 + 200] = b"\xff" * 200  # scribble over a table page
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER)")
    newer = tmp_path / "newer.sqlite3"
    back_up(database, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("not a database")

    for bad, reason in ((damaged, "damaged"), (foreign, "no data of this program"), (newer, "newer version"),
                        (text_file, "not an SQLite file"), (tmp_path / "absent.sqlite3", "does not exist")):
        with pytest.raises(BackupFailed, match=reason):
            restore(database, bad, tmp_path / "kept")
    assert _site_names(database) == ["Pils iela 14"]
    assert not (tmp_path / "kept").exists()


def test_backup_and_restore_from_the_command_line(database, tmp_path: Path, english, capsys) -> None:
    _add_site(database, "Pils iela 14")
    copy = tmp_path / ("b.sqlite3" if database.is_sqlite else "b.dump")
    assert run_command_line(["--database", database.url, "backup", "-o", str(copy)], language="en") == 0
    assert "written to" in capsys.readouterr().out
    _add_site(database, "Dārza iela 2")
    assert run_command_line(["--database", database.url, "restore", str(copy)], language="en") == 0
    assert "restored from" in capsys.readouterr().out
    assert _site_names(database) == ["Pils iela 14"]
    assert run_command_line(["--database", database.url, "restore", str(tmp_path / "nav.sqlite3")],
                            language="en") == 1
    assert "does not exist" in capsys.readouterr().err


# --- files that must not be touched ------------------------------------------------------------
def test_a_missing_file_that_must_exist_is_reported_and_not_created(tmp_path: Path, english) -> None:
    missing = tmp_path / "centre.sqlite3"
    with pytest.raises(DatabaseProblem, match="is missing"):
        open_database(missing, must_exist=True)
    assert not missing.exists()


def test_a_read_only_file_is_reported_and_left_alone(tmp_path: Path, english, monkeypatch) -> None:
    path = tmp_path / "centre.sqlite3"
    open_database(path).dispose()
    before = path.read_bytes()
    # The tests may run as root, who can write anything: let the OS answer as for a read-only file.
    monkeypatch.setattr("ngo_desktop.database.core.os.access", lambda candidate, mode: Path(candidate) != path)
    with pytest.raises(DatabaseProblem, match="read-only"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_file_locked_by_another_program_is_reported(tmp_path: Path, english, monkeypatch) -> None:
    path = tmp_path / "centre.sqlite3"
    open_database(path).dispose()
    monkeypatch.setattr("ngo_desktop.database.core.LOCK_PROBE_TIMEOUT_S", 0.2)
    other_program = sqlite3.connect(path, isolation_level=None)
    other_program.execute("PRAGMA locking_mode = EXCLUSIVE")
    other_program.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseProblem, match="locked by another program"):
            open_database(path)
    finally:
        other_program.execute("ROLLBACK")
        other_program.close()


def test_a_corrupt_file_is_reported_and_left_untouched(tmp_path: Path, english) -> None:
    path = tmp_path / "centre.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="damaged"):
        open_database(path)
    assert path.read_bytes() == before


def test_the_server_counts_match_after_moving_a_file_there(tmp_path: Path, postgres_url: str) -> None:
    pytest.importorskip("psycopg")
    from ngo_desktop.services.backup.transfer import move_to_server, table_counts
    from tests.conftest import empty_postgres_tables

    source = open_database(tmp_path / "centre.sqlite3", operator="tester")
    try:
        _add_site(source, "Pils iela 14")
        _add_site(source, "Dārza iela 2")
        report = move_to_server(source, postgres_url)
        server = open_database(postgres_url, operator="tester")
        try:
            assert table_counts(server) == table_counts(source)
            _add_site(server, "Jaunā filiāle")  # numbering continues after the copied ids
            assert _site_names(server) == ["Pils iela 14", "Dārza iela 2", "Jaunā filiāle"]
            with server.read_session() as session:
                assert session.scalar(select(func.max(Site.id))) == 3
        finally:
            server.dispose()
        assert report.counts["site"] == 2
    finally:
        source.dispose()
        empty_postgres_tables(postgres_url)


def test_without_pg_dump_a_server_backup_says_what_to_install(database, tmp_path: Path, monkeypatch, english) -> None:
    if database.is_sqlite:
        pytest.skip("server backups only")
    monkeypatch.setattr("ngo_desktop.services.backup.copies.shutil.which", lambda _name: None)  # as without the client
    with pytest.raises(BackupFailed, match="pg_dump is not installed.*postgresql-client"):
        back_up(database, tmp_path / "b.dump")
    assert not (tmp_path / "b.dump").exists()


def test_the_command_line_restores_a_backup_over_a_file_that_no_longer_opens(tmp_path: Path, english,
                                                                              capsys) -> None:
    path = tmp_path / "centre.sqlite3"
    healthy = open_database(path)
    _add_site(healthy, "Pils iela 14")
    copy = tmp_path / "rīta-kopija.sqlite3"
    assert run_command_line(["--database", str(path), "backup", "-o", str(copy)], language="en") == 0
    healthy.dispose()
    damaged = b"SQLite format 3\x00" + b"\x13" * 8000
    path.write_bytes(damaged)
    assert run_command_line(["--database", str(path), "db", "upgrade"], language="en") == 1
    capsys.readouterr()

    assert run_command_line(["--database", str(path), "restore", str(copy)], language="en") == 0
    output = capsys.readouterr().out
    assert "restored from" in output
    restored = open_database(path)
    assert _site_names(restored) == ["Pils iela 14"]
    restored.dispose()
    kept = Path(output.split("kept in ")[1].strip())
    assert kept.read_bytes() == damaged


@pytest.mark.sqlite_only
def test_databases_with_the_same_file_name_keep_their_own_backups(database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    (tmp_path / "cits").mkdir()
    other = open_database(tmp_path / "cits" / "centre.sqlite3")
    assert other.sqlite_path.name == database.sqlite_path.name
    for day in range(3):
        automatic_backup(database.sqlite_path, folder, keep=2, now=dt.datetime(2026, 11, 1 + day, 8))
    automatic_backup(other.sqlite_path, folder, keep=2, now=dt.datetime(2026, 11, 9, 8))
    assert len(automatic_backups(database.sqlite_path, folder)) == 2
    assert len(automatic_backups(other.sqlite_path, folder)) == 1
    other.dispose()
