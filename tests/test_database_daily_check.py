"""The command line checks the whole SQLite file (``PRAGMA quick_check``) at most once a day while
the file stays as it was checked, and still refuses a damaged file before writing to it (issue #16).

The count of full checks comes from a spy that calls the real check through (nothing is faked).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest

import ngo_desktop.database.core
from ngo_desktop import settings
from ngo_desktop.app import main
from ngo_desktop.database.file_checks import RECORD_FILE_NAME
from ngo_desktop.paths import data_dir
from tests.conftest import copy_demo
from tests.test_backup_safety import damage_a_data_page


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path, english) -> Path:  # type: ignore[no-untyped-def]
    settings.settings().setValue(settings.BACKUP_FOLDER_KEY, str(tmp_path / "backups"))
    return copy_demo(demo_template, tmp_path / "centrs.sqlite3")


@pytest.fixture
def full_checks(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The verdict of every full check of a file, in order (the real check runs)."""
    verdicts: list[str] = []
    really_check = ngo_desktop.database.core.quick_check_verdict

    def counted(connection: sqlite3.Connection) -> str:
        try:
            verdicts.append(really_check(connection))
        except sqlite3.DatabaseError as error:  # a page so damaged that SQLite stops reading
            verdicts.append(f"error: {error}")
            raise
        return verdicts[-1]

    monkeypatch.setattr(ngo_desktop.database.core, "quick_check_verdict", counted)
    return verdicts


def print_door_sign(path: Path, tmp_path: Path) -> int:
    """A short command that also writes: the printed paper is noted in the document register."""
    return main(["--lang", "en", "--database", str(path), "print", "door-sign", "--room", "1", "--date",
                 "01.12.2026", "-o", str(tmp_path / "sign.pdf"), "--force"])


def test_a_good_file_is_checked_once_and_not_again_the_same_day(demo_file: Path, tmp_path: Path,
                                                               full_checks: list[str]) -> None:
    assert print_door_sign(demo_file, tmp_path) == 0
    assert full_checks == ["ok"]
    # The first command wrote to the file (the register); its own writes keep today's check valid.
    assert print_door_sign(demo_file, tmp_path) == 0
    assert print_door_sign(demo_file, tmp_path) == 0
    assert full_checks == ["ok"]


def test_the_next_day_the_file_is_checked_again(demo_file: Path, tmp_path: Path, full_checks: list[str]) -> None:
    assert print_door_sign(demo_file, tmp_path) == 0
    record = data_dir() / RECORD_FILE_NAME
    entries = json.loads(record.read_text(encoding="utf-8"))
    entry = entries[str(demo_file.resolve())]
    entry["day"] = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    record.write_text(json.dumps(entries), encoding="utf-8")
    assert print_door_sign(demo_file, tmp_path) == 0
    assert full_checks == ["ok", "ok"]


def test_a_file_changed_by_another_program_is_checked_again(demo_file: Path, tmp_path: Path,
                                                            full_checks: list[str]) -> None:
    assert print_door_sign(demo_file, tmp_path) == 0
    connection = sqlite3.connect(demo_file)
    with connection:
        connection.execute("UPDATE organisation SET notes = 'edited elsewhere' WHERE id = 1")
    connection.close()
    assert print_door_sign(demo_file, tmp_path) == 0
    assert full_checks == ["ok", "ok"]


@pytest.mark.parametrize("times_put_back", [False, True], ids=["as-damaged", "times-put-back"])
def test_a_file_damaged_after_todays_good_check_is_still_refused_untouched(
        demo_file: Path, tmp_path: Path, full_checks: list[str], capsys, times_put_back: bool) -> None:
    assert print_door_sign(demo_file, tmp_path) == 0
    before = demo_file.stat()
    damage_a_data_page(demo_file, table="organisation")
    if times_put_back:
        # A copy tool may keep the old modification time; the change time still moves on.
        os.utime(demo_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    damaged = demo_file.read_bytes()
    capsys.readouterr()
    assert print_door_sign(demo_file, tmp_path) == 1
    error = capsys.readouterr().err
    assert "damaged" in error and "ngo-desktop restore" in error
    assert full_checks[0] == "ok" and full_checks[1] != "ok"
    assert demo_file.read_bytes() == damaged
    # Refused again on the next command: a damaged file is never remembered as checked.
    assert print_door_sign(demo_file, tmp_path) == 1
    assert len(full_checks) == 3
