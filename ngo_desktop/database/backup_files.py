"""The automatic backup copies of an SQLite file on disk: their names, finding them, checking them.

Infrastructure below the services: opening the desk's database looks for the newest good copy
when the file is damaged or emptied, and services/backup makes and prunes the copies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

AUTO_MARK = ".auto-"


def quick_check(connection: sqlite3.Connection) -> str:
    """SQLite's quick integrity check: "ok", or the first problem it found."""
    try:
        return str(connection.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError as error:
        return str(error)


def is_good_copy(path: Path) -> bool:
    """Whether ``path`` is an SQLite file that passes ``PRAGMA quick_check`` (a damaged copy is never good)."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return False
        connection = sqlite3.connect(_read_only_copy(path), uri=True)
    except (OSError, sqlite3.Error):
        return False
    try:
        return quick_check(connection) == "ok"
    finally:
        connection.close()


def _read_only_copy(path: Path) -> str:
    """The URI to read a backup that nothing writes: ``immutable`` leaves no -wal or -shm beside it."""
    return f"file:{path.as_posix()}?mode=ro&immutable=1"


def newest_good_backup(source: Path, folder: Path) -> Path | None:
    """The newest automatic copy of ``source`` that passes the check, or None."""
    for copy in reversed(automatic_backups(source, folder)):
        if is_good_copy(copy):
            return copy
    return None


def backup_name(source: Path, *, automatic: bool, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    if automatic:
        return f"{source.stem}{AUTO_MARK}{_source_tag(source)}-{stamp}.sqlite3"
    return f"{source.stem}.{stamp}.sqlite3"


def _source_tag(source: Path) -> str:
    """A short mark of the file's full path: two databases with the same file name in different
    folders share a backup folder without pruning, or vouching for, each other's copies."""
    return hashlib.sha1(str(source.resolve()).encode("utf-8")).hexdigest()[:8]


def automatic_backups(source: Path, folder: Path) -> list[Path]:
    """The automatic copies of ``source`` in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{source.stem}{AUTO_MARK}{_source_tag(source)}-*.sqlite3"))
