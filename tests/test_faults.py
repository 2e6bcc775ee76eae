"""Faults injected for real, each ending in one translated line, the right exit code and unchanged data.

A lock taken after the database was opened, a full disk (a small tmpfs when this runs as root and may
mount; everywhere on POSIX a file-size limit, RLIMIT_FSIZE, which fails writes with EFBIG the way a
full disk fails them with ENOSPC), a damaged data page, a server that is away, values the server will
not store, and wrong usage (exit code 2).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from ngo_desktop import settings
from ngo_desktop.app import main
from tests.conftest import POSTGRES_URL, copy_demo, empty_postgres_tables

ROOT = Path(__file__).resolve().parent.parent


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def one_line(error: str) -> str:
    assert error.count("\n") == 1 and "Traceback" not in error, error
    return error


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path, english) -> Path:  # type: ignore[no-untyped-def]
    settings.settings().setValue(settings.BACKUP_FOLDER_KEY, str(tmp_path / "backups"))
    return copy_demo(demo_template, tmp_path / "centrs.sqlite3")


def run_limited(arguments: list[str], *, file_size_limit: int, home: Path) -> subprocess.CompletedProcess[str]:
    """The program in a child process whose files may not grow past ``file_size_limit`` bytes."""
    program = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_FSIZE, ({file_size_limit}, {file_size_limit}))
        from ngo_desktop.app import main
        sys.exit(main({arguments!r}))
    """)
    environment = {**os.environ, "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
                   "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT,
                          env=environment, timeout=180)


# --- a lock taken after the database was opened ---------------------------------------------------
@pytest.mark.sqlite_only
def test_a_lock_taken_after_opening_is_one_line_and_nothing_is_saved(demo_file: Path, monkeypatch, capsys) -> None:
    import ngo_desktop.database.core
    import ngo_desktop.database.desk

    monkeypatch.setattr(ngo_desktop.database.core, "SQLITE_BUSY_TIMEOUT_MS", 300)  # the wait before giving up
    really_open = ngo_desktop.database.desk.open_desk_database
    holder = sqlite3.connect(demo_file, isolation_level=None)

    def open_then_lock(*arguments, **keywords):  # type: ignore[no-untyped-def]
        database = really_open(*arguments, **keywords)
        holder.execute("BEGIN IMMEDIATE")  # another program starts writing right after we opened
        return database

    monkeypatch.setattr(ngo_desktop.database.desk, "open_desk_database", open_then_lock)
    bookings = count(demo_file, "booking")
    capsys.readouterr()
    code = main(["--lang", "en", "--database", str(demo_file), "book", "--room", "1", "--title", "Sapulce",
                 "--start", "2027-03-03 10:00", "--end", "2027-03-03 11:00", "--override", "test"])
    holder.execute("ROLLBACK")
    holder.close()
    assert code == 1
    assert "locked by another program" in one_line(capsys.readouterr().err)
    assert count(demo_file, "booking") == bookings


# --- a full disk ----------------------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "getuid"), reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_while_writing_an_output_leaves_the_old_file(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "katalogs.pdf"
    target.write_bytes(b"%PDF the old directory")
    before = sha256(target)
    done = run_limited(["--lang", "en", "--database", str(demo_file), "print", "directory", "-o", str(target),
                        "--force"], file_size_limit=60_000, home=tmp_path / "home")
    assert done.returncode == 1
    assert "not enough space on the disk" in one_line(done.stderr)
    assert sha256(target) == before
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".part")] == []


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_while_the_database_is_written_saves_nothing(demo_file: Path, tmp_path: Path) -> None:
    rows = "\n".join(f"Biedrība Nr. {number} „Daugava”;biedrība;4000{number:07d}" for number in range(3000))
    source = tmp_path / "daudz.csv"
    source.write_text("Nosaukums;Juridiskā forma;Reģistrācijas numurs\n" + rows + "\n", encoding="utf-8")
    organisations = count(demo_file, "organisation")
    before = sha256(demo_file)
    done = run_limited(["--lang", "en", "--database", str(demo_file), "import", "organisations", str(source)],
                       file_size_limit=demo_file.stat().st_size + 60_000, home=tmp_path / "home")
    assert done.returncode == 1
    assert "the disk may be full" in one_line(done.stderr)
    assert sha256(demo_file) == before
    assert count(demo_file, "organisation") == organisations


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs: a real ENOSPC. Needs root and the right to mount (CI's container has both)."""
    folder = tmp_path / "small"
    folder.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        unmounted = subprocess.run(["umount", str(folder)], capture_output=True, text=True)
    # A file the test's program left open keeps the disk busy.
    assert unmounted.returncode == 0, unmounted.stderr


def test_a_really_full_disk_is_one_line_and_leaves_nothing_behind(demo_file: Path, small_disk: Path,
                                                                   capsys) -> None:
    target = small_disk / "katalogs.pdf"
    capsys.readouterr()
    assert main(["--lang", "en", "--database", str(demo_file), "print", "directory", "-o", str(target)]) == 1
    assert "not enough space on the disk" in one_line(capsys.readouterr().err)
    assert list(small_disk.iterdir()) == []


def test_a_full_disk_under_an_xlsx_export_is_one_line_and_leaves_nothing_behind(
        demo_file: Path, small_disk: Path, tmp_path: Path, capsys) -> None:
    # The workbook is packed in memory and then written: the disk fills there, and its own error is
    # the one reported (XlsxWriter's wrapper of it is not an OSError and was shown as a failure).
    (small_disk / "filler").write_bytes(b"x" * 56 * 1024)
    target = small_disk / "organisations.xlsx"
    capsys.readouterr()
    assert main(["--lang", "en", "--database", str(demo_file), "export", "organisations", str(target)]) == 1
    assert "cannot be written: No space left on device" in one_line(capsys.readouterr().err)
    assert [path.name for path in small_disk.iterdir()] == ["filler"]


def test_a_full_temporary_folder_under_an_xlsx_export_leaves_nothing_behind(
        demo_file: Path, small_disk: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    # XlsxWriter keeps the rows in files of its own in the temporary folder until it packs them:
    # when that folder's disk is full, the export fails in one line, the old file stays, and none of
    # those files (they hold the sheet's data) is left there.
    import tempfile

    (small_disk / "filler").write_bytes(b"x" * 56 * 1024)
    monkeypatch.setattr(tempfile, "tempdir", str(small_disk))
    target = tmp_path / "out" / "rezervacijas.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"PK the old export")
    capsys.readouterr()
    assert main(["--lang", "en", "--database", str(demo_file), "export", "bookings", str(target), "--force"]) == 1
    assert "not enough space on the disk" in one_line(capsys.readouterr().err)
    assert target.read_bytes() == b"PK the old export" and list(target.parent.iterdir()) == [target]
    assert [path.name for path in small_disk.iterdir()] == ["filler"]


# --- a damaged data page --------------------------------------------------------------------------
def test_a_damaged_data_page_is_one_line_and_the_file_is_untouched(demo_file: Path, capsys) -> None:
    from tests.test_backup_safety import damage_a_data_page

    damage_a_data_page(demo_file, table="organisation")
    before = sha256(demo_file)
    capsys.readouterr()
    assert main(["--lang", "en", "--database", str(demo_file), "export", "organisations",
                 str(demo_file.parent / "o.csv")]) == 1
    error = one_line(capsys.readouterr().err)
    assert "damaged" in error and "ngo-desktop restore" in error
    assert sha256(demo_file) == before
    assert not (demo_file.parent / "o.csv").exists()


@pytest.mark.sqlite_only
def test_a_page_damaged_after_opening_is_one_line_naming_the_copy(demo_file: Path, tmp_path: Path, monkeypatch,
                                                                  capsys) -> None:
    import ngo_desktop.database.desk
    from ngo_desktop.services.backup.copies import automatic_backup
    from tests.test_backup_safety import damage_a_data_page

    copy = automatic_backup(demo_file, tmp_path / "backups")
    really_open = ngo_desktop.database.desk.open_desk_database

    def open_then_damage(*arguments, **keywords):  # type: ignore[no-untyped-def]
        database = really_open(*arguments, **keywords)
        damage_a_data_page(demo_file, table="booking")  # the disk fails under the running command
        return database

    monkeypatch.setattr(ngo_desktop.database.desk, "open_desk_database", open_then_damage)
    capsys.readouterr()
    assert main(["--lang", "en", "--database", str(demo_file), "export", "bookings", str(tmp_path / "b.csv"),
                 "--from", "2020-01-01", "--to", "2030-12-31"]) == 1
    error = one_line(capsys.readouterr().err)
    assert "damaged" in error and f"ngo-desktop restore {copy}" in error
    assert not (tmp_path / "b.csv").exists()


# --- the server -----------------------------------------------------------------------------------
def test_a_server_that_is_away_is_one_line(capsys, english) -> None:
    assert main(["--lang", "en", "--database", "postgresql+psycopg://ngo:secret@127.0.0.1:1/ngo", "demo"]) == 1
    error = one_line(capsys.readouterr().err)
    assert "server cannot be used" in error and "secret" not in error


@pytest.fixture
def server(postgres_url: str, english) -> Iterator[str]:  # type: ignore[no-untyped-def]
    assert main(["--lang", "en", "--database", postgres_url, "demo"]) == 0
    yield postgres_url
    empty_postgres_tables(postgres_url)


def _server_count(url: str, table: str) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
    finally:
        engine.dispose()


@pytest.mark.skipif(not POSTGRES_URL, reason="NGO_DESKTOP_TEST_POSTGRES_URL is not set")
def test_values_the_server_will_not_store_are_one_line_and_nothing_is_saved(server: str, tmp_path: Path,
                                                                           capsys) -> None:
    bookings, rooms = _server_count(server, "booking"), _server_count(server, "room")
    capsys.readouterr()
    assert main(["--lang", "en", "--database", server, "book", "--room", "1", "--title", "x" * 400,
                 "--start", "2027-03-03 10:00", "--end", "2027-03-03 11:00", "--override", "test"]) == 1
    assert "does not fit in the database" in one_line(capsys.readouterr().err)
    with_nul = tmp_path / "telpas.csv"
    with_nul.write_bytes("site;room;capacity\nFiliāle;Mazā\x00zāle;10\n".encode())
    assert main(["--lang", "en", "--database", server, "import", "rooms", str(with_nul)]) == 1
    # An import names each refused row on a line of its own, under one line saying nothing was imported.
    refused = capsys.readouterr().err
    assert "Traceback" not in refused and refused.startswith("Nothing was imported")
    assert "Row 2" in refused and "NUL" in refused
    assert (_server_count(server, "booking"), _server_count(server, "room")) == (bookings, rooms)


@pytest.mark.skipif(not POSTGRES_URL, reason="NGO_DESKTOP_TEST_POSTGRES_URL is not set")
def test_a_password_in_the_url_is_never_shown(server: str, capsys) -> None:
    from sqlalchemy import make_url

    url = make_url(server)
    with_parameter = url._replace(password=None).update_query_dict({"password": str(url.password)})
    shown = with_parameter.render_as_string(hide_password=False)
    assert main(["--lang", "en", "--database", shown, "demo", "--force"]) == 0
    output = capsys.readouterr().out
    assert "password=" not in output and f":{url.password}@" not in output
    assert f"{url.username}:***@" in output


# --- wrong usage: exit code 2 ---------------------------------------------------------------------
@pytest.mark.parametrize("arguments", [
    ["book", "--room", "1", "--start", "2027-03-03 25:00", "--end", "2027-03-03 11:00"],
    ["book", "--room", "1", "--start", "9999-03-03 10:00", "--end", "9999-03-03 11:00"],
    ["book", "--room", "1", "--start", "2027-03-03 10:00", "--end", "2027-03-03 11:00",
     "--attendees", "99999999999999999999999"],
    ["book", "--room", "1", "--start", "2027-03-03 10:00", "--end", "2027-03-03 11:00", "--repeat", "weekly"],
    ["export", "bookings", "b.csv", "--from", "2027-05-01", "--to", "2027-01-01"],
    ["export", "bookings", "b.csv", "--from", "01.13.2027"],  # 05.03.2026 is the form; month 13 is not
    ["export", "support", "s.csv", "--year", "99999"],
    ["print", "door-sign", "--room", "1", "--date", "31.02.2027", "-o", "d.pdf"],
    ["print", "booking-sheet", "--booking", "99999999999999999999", "-o", "d.pdf"],
    ["premises-reminders", "--today", "tomorrow"],
    ["print", "tenancy-statement", "1", "2027-13", "s.pdf"],
])
def test_wrong_usage_exits_2_without_touching_the_database(demo_file: Path, tmp_path: Path, capsys,
                                                          monkeypatch, arguments: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    before = sha256(demo_file)
    capsys.readouterr()
    assert main(["--lang", "en", "--database", str(demo_file), *arguments]) == 2
    error = capsys.readouterr().err
    assert "Traceback" not in error and error.strip().splitlines()[-1].startswith("ngo-desktop")
    assert sha256(demo_file) == before
    assert sorted(path.name for path in tmp_path.iterdir() if path.suffix in {".csv", ".pdf"}) == []
