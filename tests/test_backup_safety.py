"""Backups that can be trusted: checked copies, the last good copy never pruned, damage reported with
the copy to restore, an emptied file refused, refused files left exactly as they were, and forgetting
that survives a restore."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from ngo_desktop import settings
from ngo_desktop.app import main
from ngo_desktop.database.core import DatabaseDamaged, DatabaseProblem, open_database
from ngo_desktop.services.backup.copies import CopyDamaged, automatic_backup, automatic_backups
from tests.conftest import copy_demo


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_a_data_page(path: Path, table: str = "booking") -> None:
    """Overwrite the B-tree page header of a table's root page: SQLite calls the file malformed."""
    connection = sqlite3.connect(path)
    page = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(b"\x00\x00\x00\x00")


@pytest.fixture
def backups(tmp_path: Path) -> Path:
    folder = tmp_path / "backups"
    settings.settings().setValue(settings.BACKUP_FOLDER_KEY, str(folder))
    return folder


@pytest.fixture
def demo_file(tmp_path: Path, backups: Path, demo_template: Path, english) -> Path:  # type: ignore[no-untyped-def]
    return copy_demo(demo_template, tmp_path / "centrs.sqlite3")


def test_a_copy_of_a_damaged_database_is_not_kept_and_the_good_ones_are_not_pruned(
        demo_file: Path, backups: Path) -> None:
    start = dt.datetime(2026, 3, 1, 9, 0)
    for day in range(2):
        automatic_backup(demo_file, backups, keep=2, now=start + dt.timedelta(days=day))
    good = automatic_backups(demo_file, backups)
    assert len(good) == 2
    damage_a_data_page(demo_file)
    for day in range(2, 6):  # four more starts with the damage: each copy fails its check
        with pytest.raises(CopyDamaged, match="damaged"):
            automatic_backup(demo_file, backups, keep=2, now=start + dt.timedelta(days=day))
    assert automatic_backups(demo_file, backups) == good
    assert sorted(path.name for path in backups.iterdir()) == sorted(path.name for path in good)


def test_a_damaged_database_is_reported_in_one_line_naming_the_good_copy(
        demo_file: Path, backups: Path, capsys) -> None:
    copy = automatic_backup(demo_file, backups)
    damage_a_data_page(demo_file)
    before = sha256(demo_file)
    capsys.readouterr()
    assert main(["--lang", "en", "--database", str(demo_file), "export", "organisations",
                 str(demo_file.parent / "o.csv")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "damaged" in error
    assert f"ngo-desktop restore {copy}" in error
    assert sha256(demo_file) == before
    assert main(["--lang", "en", "--database", str(demo_file), "restore", str(copy)]) == 0
    assert main(["--lang", "en", "--database", str(demo_file), "export", "organisations",
                 str(demo_file.parent / "o.csv")]) == 0


def test_an_emptied_database_with_backups_is_refused_not_made_new(demo_file: Path, backups: Path, capsys) -> None:
    copy = automatic_backup(demo_file, backups)
    demo_file.write_bytes(b"")
    for leftover in (Path(f"{demo_file}-wal"), Path(f"{demo_file}-shm")):
        leftover.unlink(missing_ok=True)
    capsys.readouterr()
    assert main(["--lang", "en", "--database", str(demo_file), "demo"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "0 bytes" in error and str(copy) in error
    assert demo_file.stat().st_size == 0
    assert main(["--lang", "en", "--database", str(demo_file), "restore", str(copy)]) == 0
    assert count_organisations(demo_file) == 50


def count_organisations(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM organisation").fetchone()[0]
    finally:
        connection.close()


def test_an_emptied_file_without_backups_is_a_new_database(tmp_path: Path, backups: Path) -> None:
    path = tmp_path / "jauns.sqlite3"
    path.write_bytes(b"")
    open_database(path).dispose()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def test_the_window_opening_offers_the_newest_good_copy_of_a_damaged_file(demo_file: Path, backups: Path) -> None:
    from ngo_desktop.database.desk import open_desk_database

    older = automatic_backup(demo_file, backups, now=dt.datetime(2026, 3, 1, 9, 0))
    newer = automatic_backup(demo_file, backups, now=dt.datetime(2026, 3, 2, 9, 0))
    damage_a_data_page(newer)  # a copy damaged on the disk later never counts as good
    damage_a_data_page(demo_file, table="organisation")
    with pytest.raises(DatabaseDamaged) as refused:
        open_desk_database(str(demo_file))
    assert refused.value.good_backup == older


def _foreign_rollback_journal_file(path: Path, *, revision: str | None = None) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("CREATE TABLE recipes (name TEXT)")
    if revision is not None:
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    connection.commit()
    connection.close()


@pytest.mark.parametrize(("revision", "refusal"), [(None, "not this program's data"),
                                                    ("9999_from_the_future", "newer version")])
def test_a_refused_file_is_checked_read_only_and_left_byte_for_byte(tmp_path: Path, backups: Path, capsys, english,
                                                                     revision: str | None, refusal: str) -> None:
    path = tmp_path / "foreign.db"
    _foreign_rollback_journal_file(path, revision=revision)
    before = sha256(path)
    with pytest.raises(DatabaseProblem, match=refusal):
        open_database(path)
    assert main(["--lang", "en", "--database", str(path), "demo"]) == 1
    assert refusal in capsys.readouterr().err
    assert sha256(path) == before
    assert path.read_bytes()[18:20] == b"\x01\x01"  # still a rollback-journal file, not switched to WAL
    assert sorted(item.name for item in tmp_path.iterdir() if item.name.startswith("foreign")) == ["foreign.db"]


def test_forgetting_survives_restoring_an_older_backup(database, tmp_path: Path, english) -> None:
    from sqlalchemy import select

    from ngo_desktop.models import ContactPerson
    from ngo_desktop.services.backup.copies import back_up, restore_backup
    from ngo_desktop.services.forgetting_register import register_path
    from ngo_desktop.services.organisations.privacy import forget_contact
    from ngo_desktop.services.organisations.registry import ContactData, OrganisationData, create_organisation

    if database.sqlite_path is None and __import__("shutil").which("pg_dump") is None:
        pytest.skip("server backups need pg_dump")
    saved = create_organisation(database, OrganisationData(name="Biedrība „Saulrieti”", contacts=(
        ContactData(name="Ilze Ķirsone", phone="+371 26 111 222", email="ilze@example.lv"),
        ContactData(name="Pēteris Ozols", phone="29000000"))))
    older = back_up(database, tmp_path / ("before.sqlite3" if database.is_sqlite else "before.dump"))
    with database.read_session() as session:
        ilze = session.scalar(select(ContactPerson).where(ContactPerson.name == "Ilze Ķirsone"))
    forget_contact(database, ilze.id)
    register = register_path().read_text(encoding="utf-8")
    assert "Ilze" not in register and "26 111 222" not in register and "ilze@" not in register
    result = restore_backup(database, older, tmp_path / "kept")
    assert result.forgotten_again == 1
    with database.read_session() as session:
        back = session.get(ContactPerson, ilze.id)
        assert back.anonymised_at is not None and back.name != "Ilze Ķirsone" and back.phone == ""
        assert session.scalar(select(ContactPerson).where(ContactPerson.name == "Pēteris Ozols")) is not None
    assert saved.id
    entries = [entry for entry in json.loads(register)["people"] if entry["contact_id"] == ilze.id]
    assert entries and entries[0]["operator"] == "tester"


def test_the_restore_command_says_who_was_forgotten_again(demo_file: Path, tmp_path: Path, capsys) -> None:
    from ngo_desktop.models import ContactPerson
    from ngo_desktop.services.organisations.privacy import forget_contact

    copy = tmp_path / "vecs.sqlite3"
    assert main(["--lang", "en", "--database", str(demo_file), "backup", "-o", str(copy)]) == 0
    database = open_database(demo_file, operator="tester")
    with database.read_session() as session:
        first, second = session.query(ContactPerson.id).order_by(ContactPerson.id).limit(2).all()
    forget_contact(database, first[0])
    forget_contact(database, second[0])
    database.dispose()
    capsys.readouterr()
    assert main(["--lang", "en", "--database", str(demo_file), "restore", str(copy)]) == 0
    assert "People forgotten earlier and forgotten again: 2." in capsys.readouterr().out


def test_the_window_offers_the_newest_good_copy_when_its_start_copy_finds_damage(
        qtbot, demo_file: Path, backups: Path, monkeypatch, wait_for_operations) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ngo_desktop.database.backup_files import is_good_copy
    from ngo_desktop.views.main_window import MainWindow

    good = automatic_backup(demo_file, backups, now=dt.datetime(2026, 3, 1, 9, 0))
    database = open_database(demo_file, operator="tester")
    window = MainWindow(database)
    qtbot.addWidget(window)
    # The sections' first loads answer before the page is damaged: on a busy machine one still
    # reading afterwards met the damage and showed an error box of its own.
    wait_for_operations()
    damage_a_data_page(demo_file, table="organisation")
    asked: list[str] = []
    told: list[str] = []

    def question(_parent, _title, text, *_rest):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    with qtbot.waitSignal(window.database_damaged, timeout=10_000):
        window.back_up_in_background().join()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "damaged" in asked[0] and str(good) in asked[0]
    assert automatic_backups(demo_file, backups) == [good]  # the damaged copy was not kept
    assert is_good_copy(demo_file) and "restored from" in told[0]
    database.dispose()
