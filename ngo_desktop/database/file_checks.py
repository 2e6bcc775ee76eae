"""The full check of an SQLite file (``PRAGMA quick_check``) at most once a day while the file stays
as it was checked: a record of good checks for the command line.

``quick_check`` reads every page of the file: 0.16–0.26 s on the 94 MB large demo, most of what a
short command such as ``print door-sign`` costs. The command line still refuses a damaged file
before anything writes to it, because the check is skipped only when both hold:

- the file passed the check today (the local date), and
- the file and its ``-wal`` journal have the same size, modification time, change time and inode
  as when the check passed or when this program's last successful command closed them.

Whatever changes the file outside this program's commands (a copy over it, a restore, another
program, a desk's window writing bookings, a disk that garbles bytes through the file system)
changes its change time, which nobody can set back, so the next command checks it again. Damage
that leaves every time stamp alone (a failing disk under the file system) is found by the first
command of the next day, and SQLite itself reports a malformed page it reads before then
(``cli.failure_line`` names the copy to restore). The record lives in the user's data folder; a
record that cannot be read or written only means the file is checked again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

RECORD_FILE_NAME = "checked-databases.json"


def file_stamp(path: Path) -> list[int | None]:
    """What changes whenever the file or its write-ahead journal changes, by whoever changes it."""
    stamp: list[int | None] = []
    for file in (path, path.with_name(f"{path.name}-wal")):
        try:
            status = file.stat()
        except FileNotFoundError:
            stamp.append(None)
            continue
        stamp += [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino]
    return stamp


class CheckRecord:
    """The SQLite files that passed ``quick_check`` today, each with its stamp at that moment."""

    def __init__(self, record_file: Path, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.record_file = record_file
        self._today = today

    @classmethod
    def in_data_folder(cls) -> CheckRecord:
        from ngo_desktop.paths import data_dir

        return cls(data_dir() / RECORD_FILE_NAME)

    def checked_today(self, path: Path) -> bool:
        """Whether ``path`` passed the check today and has not changed since (see the module's text).

        Never on Windows: there ``st_ctime`` is the creation time and a file overwritten in place
        keeps its index, so a copy that keeps the modification time would go unnoticed."""
        if os.name == "nt":
            return False
        entry = self._read().get(_key(path))
        return (isinstance(entry, dict) and entry.get("day") == self._today().isoformat()
                and entry.get("stamp") == file_stamp(path))

    def passed(self, path: Path) -> None:
        """``path`` passed ``quick_check`` just now."""
        self._write_entry(path, {"day": self._today().isoformat(), "stamp": file_stamp(path)})

    def after_command(self, path: Path, *, succeeded: bool) -> None:
        """A command that opened ``path`` (checked, or passed today) has closed it.

        After a success its own writes, made through SQLite, leave the file as good as it was:
        the stamp moves on with them, so the next command need not check again today. After a
        failure (which may be a damaged page SQLite found) the next command checks it again."""
        entries = self._read()
        entry = entries.get(_key(path))
        if not succeeded:
            if entry is not None and not self._write_entry(path, None):
                # The record could not be rewritten (a full disk fails commands too): without it
                # every file is checked again, so a damaged page SQLite found is never skipped.
                with contextlib.suppress(OSError):
                    self.record_file.unlink(missing_ok=True)
            return
        if isinstance(entry, dict) and entry.get("day") == self._today().isoformat():
            self._write_entry(path, {"day": entry["day"], "stamp": file_stamp(path)})

    def _read(self) -> dict[str, object]:
        try:
            entries = json.loads(self.record_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return entries if isinstance(entries, dict) else {}

    def _write_entry(self, path: Path, entry: dict[str, object] | None) -> bool:
        """Write the record with ``path``'s entry (None: without it); False when it could not be written."""
        today = self._today().isoformat()
        # Entries of earlier days are dropped: they would be checked again anyway.
        entries = {key: value for key, value in self._read().items()
                   if isinstance(value, dict) and value.get("day") == today}
        if entry is None:
            entries.pop(_key(path), None)
        else:
            entries[_key(path)] = entry
        # Without the record the file is only checked again: a folder that cannot be written is no failure.
        try:
            # Written beside and renamed over: two commands at once never leave half a record.
            descriptor, name = tempfile.mkstemp(prefix=f".{RECORD_FILE_NAME}.", dir=self.record_file.parent)
        except OSError:
            return False
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump(entries, handle)
            os.replace(name, self.record_file)
        except OSError:
            Path(name).unlink(missing_ok=True)
            return False
        return True


def _key(path: Path) -> str:
    return str(path.resolve())
