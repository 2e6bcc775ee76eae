"""Outputs: written whole or not at all, never over a database or a backup, replaced only when asked,
and private (0600 files, 0700 folders) on POSIX whatever the umask."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from ngo_desktop.app import main
from ngo_desktop.database.core import open_database
from ngo_desktop.outputs import OutputRefused, output_path, protect_database_file, write_output
from tests.conftest import copy_demo

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX matter")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A careless umask (022: files 0644, folders 0755), to show that modes do not depend on it."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path, english) -> Path:  # type: ignore[no-untyped-def]
    return copy_demo(demo_template, tmp_path / "centrs.sqlite3")


def test_an_output_never_replaces_the_open_database_even_with_force(tmp_path: Path, english) -> None:
    database = open_database(tmp_path / "open.sqlite3", operator="tester")
    try:
        for target, refusal in ((tmp_path / "open.sqlite3", "database or a backup"),
                                (tmp_path / "open.sqlite3-wal", "database in use")):
            target.touch()
            before = sha256(target)
            with pytest.raises(OutputRefused, match=refusal):
                write_output(target, b"%PDF-1.4", force=True)
            assert sha256(target) == before
    finally:
        database.dispose()


def test_any_sqlite_file_or_pg_dump_is_refused_even_with_force(tmp_path: Path, english) -> None:
    other = tmp_path / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.close()
    dump = tmp_path / "server.dump"
    dump.write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 100)
    for target in (other, dump):
        before = sha256(target)
        with pytest.raises(OutputRefused, match="database or a backup"):
            write_output(target, "text", force=True)
        assert sha256(target) == before


def test_a_symlink_to_the_database_is_refused_by_its_resolved_path(tmp_path: Path, english) -> None:
    real = tmp_path / "real.sqlite3"
    real.write_bytes(b"")  # not yet an SQLite file: only the registry of open databases can tell
    protect_database_file(real)
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    with pytest.raises(OutputRefused, match="database in use"):
        write_output(link, b"x", force=True)
    assert real.read_bytes() == b""


def test_an_existing_file_is_replaced_only_with_force(tmp_path: Path, english) -> None:
    target = tmp_path / "list.csv"
    target.write_text("old")
    with pytest.raises(OutputRefused, match="already exists"):
        write_output(target, "new")
    assert target.read_text() == "old"
    write_output(target, "new", force=True)
    assert target.read_text() == "new"


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    target.write_text("old")

    def half_then_fail(temporary: Path) -> None:
        temporary.write_text("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_output(target, half_then_fail, force=True)
    assert target.read_text() == "old"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["list.csv"]


@posix_only
def test_outputs_and_backup_folders_are_private_whatever_the_umask(tmp_path: Path, open_umask) -> None:
    target = write_output(tmp_path / "out.json", "{}")
    assert mode(target) == 0o600
    with output_path(tmp_path / "pending.pdf") as temporary:
        assert mode(temporary) == 0o600  # private before a byte is written


def test_print_over_the_database_is_refused_and_the_database_unchanged(demo_file: Path, capsys) -> None:
    before = sha256(demo_file)
    code = main(["--lang", "en", "--database", str(demo_file), "print", "directory", "-o", str(demo_file), "--force"])
    error = capsys.readouterr().err
    assert code == 1 and error.count("\n") == 1 and "database or a backup" in error
    assert sha256(demo_file) == before
    assert open_database(demo_file).dispose() is None  # still this program's database


def test_backup_over_another_database_is_refused(demo_file: Path, demo_template: Path, tmp_path: Path,
                                                 capsys) -> None:
    other = copy_demo(demo_template, tmp_path / "OTHER.sqlite3")
    before = sha256(other)
    capsys.readouterr()
    assert main(["--lang", "en", "--database", str(demo_file), "backup", "-o", str(other), "--force"]) == 1
    assert "database or a backup" in capsys.readouterr().err
    assert sha256(other) == before


@pytest.mark.parametrize("command", [
    ["print", "directory", "-o", "{file}"],
    ["export", "organisations", "{file}"],
    ["export", "bookings", "{file}"],
    ["export", "tenancies", "{file}"],
    ["export", "support", "{file}"],
    ["export", "stalls", "--fair", "1", "{file}"],
    ["backup", "-o", "{file}"],
])
def test_every_writing_command_needs_force_to_replace_a_file(demo_file: Path, tmp_path: Path, capsys,
                                                              command: list[str]) -> None:
    suffix = ".pdf" if command[0] == "print" else ".sqlite3" if command[0] == "backup" else ".csv"
    target = tmp_path / f"existing{suffix}"
    target.write_text("keep me")
    arguments = [part.format(file=target) for part in command]
    assert main(["--lang", "en", "--database", str(demo_file), *arguments]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "already exists" in error and "--force" in error
    assert target.read_text() == "keep me"
    assert main(["--lang", "en", "--database", str(demo_file), *arguments, "--force"]) == 0
    assert target.read_bytes() != b"keep me"
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".part")] == []


@posix_only
def test_files_with_personal_data_are_private(tmp_path: Path, open_umask, english) -> None:
    from ngo_desktop import settings
    from ngo_desktop.paths import data_dir

    folder = tmp_path / "new-backups"
    settings.settings().setValue(settings.BACKUP_FOLDER_KEY, str(folder))
    database = tmp_path / "centrs.sqlite3"
    assert main(["--lang", "en", "--database", str(database), "demo"]) == 0
    assert mode(database) == 0o600
    probe = sqlite3.connect(database)  # a reader keeps the -wal and -shm in place to be looked at
    probe.execute("SELECT count(*) FROM organisation").fetchone()
    for companion in (Path(f"{database}-wal"), Path(f"{database}-shm")):
        assert mode(companion) == 0o600, companion
    probe.close()
    assert main(["--lang", "en", "--database", str(database), "backup"]) == 0
    assert mode(folder) == 0o700
    assert [mode(copy) for copy in folder.iterdir()] == [0o600]
    for arguments in (["export", "organisations", str(tmp_path / "o.xlsx")],
                      ["export", "bookings", str(tmp_path / "b.ics")],
                      ["print", "directory", "-o", str(tmp_path / "d.pdf")]):
        assert main(["--lang", "en", "--database", str(database), *arguments]) == 0
        assert mode(Path(arguments[-1])) == 0o600, arguments
    assert mode(data_dir()) == 0o700
    store = settings.settings()
    store.setValue("ui/language", "en")
    store.sync()
    assert mode(Path(store.fileName())) == 0o600
    assert mode(Path(store.fileName()).parent) == 0o700


@posix_only
def test_a_person_export_is_private_and_replaces_only_when_confirmed(database, tmp_path: Path, open_umask,
                                                                      english) -> None:
    from ngo_desktop.services.organisations.privacy import export_person_data
    from ngo_desktop.services.organisations.registry import (
        ContactData,
        OrganisationData,
        create_organisation,
        get_organisation,
    )

    saved = create_organisation(database, OrganisationData(
        name="Biedrība „Gaisma”", contacts=(ContactData(name="Anna Bērziņa"),)))
    contact_id = get_organisation(database, saved.id).contacts[0].id
    target = tmp_path / "anna.json"
    export_person_data(database, contact_id, target)
    assert mode(target) == 0o600 and "Anna Bērziņa" in target.read_text(encoding="utf-8")
    with pytest.raises(OutputRefused):
        export_person_data(database, contact_id, target)
    export_person_data(database, contact_id, target, force=True)


def test_the_window_replaces_a_file_only_after_the_save_dialog_asked(qtbot, tmp_path: Path, monkeypatch,
                                                                       english, wait_for_operations) -> None:
    """The save dialogs keep Qt's own "replace?" question (no DontConfirmOverwrite), and only then is
    the file replaced; a database chosen in the dialog is still refused."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ngo_desktop.views.main_window import MainWindow

    database = open_database(tmp_path / "centrs.sqlite3", operator="tester")
    window = MainWindow(database)
    qtbot.addWidget(window)
    asked: list[object] = []
    existing = tmp_path / "old-backup.bin"
    existing.write_bytes(b"not a database")

    def save_dialog(*arguments, **keywords):  # type: ignore[no-untyped-def]
        asked.append(keywords.get("options", QFileDialog.Option(0)))
        return str(existing), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window.back_up_now()
    wait_for_operations()
    assert asked and not (QFileDialog.Option(asked[0]) & QFileDialog.Option.DontConfirmOverwrite)
    assert existing.read_bytes().startswith(b"SQLite format 3\x00")
    other = tmp_path / "other.sqlite3"
    open_database(other).dispose()
    before = sha256(other)
    existing = other
    window.back_up_now()
    wait_for_operations()
    assert "database or a backup" in shown[-1]
    assert sha256(other) == before
    database.dispose()
