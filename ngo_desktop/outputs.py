"""Writing an output file safely: beside the target, complete, private, and never over a database.

Every file the program writes for the user (PDF, CSV, XLSX, ICS, a person's data as JSON, backup
copies and pg_dump archives) goes through ``output_path`` or ``write_output``:

- the content is written to a temporary file in the target's folder, flushed to the disk (fsync)
  and only then renamed over the target (``os.replace``), so a full disk or a crash leaves the old
  file or nothing, never half a file;
- the open database (and its -wal/-shm), any SQLite file and any pg_dump archive are refused even
  with ``force``: an export must never destroy the data it came from or a backup of it;
- any other existing file is replaced only with ``force=True`` (the command line's ``--force``, the
  window after its file dialog asked "replace?");
- on POSIX the file is created 0600, whatever the umask, because these files hold personal data
  (the backup folder, which the program creates itself, is made 0700 with ``make_private_folder``).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from ngo_desktop.errors import DomainError
from ngo_desktop.i18n import translate
from ngo_desktop.paths import PRIVATE_FILE, make_private

SQLITE_HEADER = b"SQLite format 3\x00"
PG_DUMP_HEADER = b"PGDMP"
IS_POSIX = os.name == "posix"

# The database files opened by this process (each with its -wal and -shm), refused as outputs.
_protected: set[Path] = set()


class OutputRefused(DomainError):
    """An output that must not be written where the user asked; the message says why and what to do."""


def protect_database_file(path: Path) -> None:
    """Remember an open SQLite database: no output may ever be written over it or its -wal/-shm."""
    resolved = _resolved(path)
    _protected.update({resolved, Path(f"{resolved}-wal"), Path(f"{resolved}-shm"),
                       Path(f"{resolved}-journal")})


def create_private_file(path: Path) -> None:
    """Create an empty file that is 0600 from its first moment (no window where others could open it)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(descriptor)
    make_private(path, PRIVATE_FILE)


def check_output_target(target: Path, *, force: bool = False) -> None:
    """Raise OutputRefused when ``target`` must not be written (see the module's rules)."""
    resolved = _resolved(target)
    header = _header(resolved)
    if header.startswith(SQLITE_HEADER) or header.startswith(PG_DUMP_HEADER):
        raise OutputRefused(translate(
            "Outputs", "{path} is a database or a backup. It is never overwritten; nothing was written. "
                       "Choose another file name.").format(path=target))
    if resolved in _protected:
        # An open database that is still empty (or its -wal/-shm): not recognisable by its first bytes.
        raise OutputRefused(translate(
            "Outputs", "{path} is the database in use. Nothing was written; choose another file name.").format(
            path=target))
    if resolved.is_dir():
        raise OutputRefused(translate(
            "Outputs", "{path} is a folder. Nothing was written; choose a file name.").format(path=target))
    if not resolved.parent.is_dir():
        raise OutputRefused(translate(
            "Outputs", "{path} could not be written: the folder {folder} does not exist. Nothing was written; "
                       "choose an existing folder.").format(path=target, folder=Path(target).parent))
    if not resolved.exists():
        return
    if not force:
        raise OutputRefused(translate(
            "Outputs", "{path} already exists. Nothing was written; choose another file name (on the "
                       "command line, add --force to replace it).").format(path=target))


@contextlib.contextmanager
def output_path(target: Path, *, force: bool = False) -> Iterator[Path]:
    """A private empty temporary file beside ``target`` to write to; renamed over ``target`` when the
    block ends without an error, deleted when it raises."""
    target = Path(target)
    check_output_target(target, force=force)
    descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(descriptor)
    temporary = Path(name)
    try:
        make_private(temporary, PRIVATE_FILE)
        yield temporary
        _flush_to_disk(temporary)
        # Checked again: the target may have appeared (or become a database) while we wrote.
        check_output_target(target, force=force)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _flush_folder(target.parent)


@contextlib.contextmanager
def open_output(target: Path, mode: str = "w", *, force: bool = False, **open_arguments: object) -> Iterator[IO]:
    """``open()`` for an output: the handle writes the temporary file that ``output_path`` renames."""
    with output_path(target, force=force) as temporary, temporary.open(mode, **open_arguments) as handle:
        yield handle


def write_output(target: Path, content: bytes | str | Callable[[Path], object], *, force: bool = False,
                 encoding: str = "utf-8") -> Path:
    """Write bytes, text, or whatever ``content(temporary_path)`` writes, safely to ``target``."""
    with output_path(target, force=force) as temporary:
        if isinstance(content, bytes):
            temporary.write_bytes(content)
        elif isinstance(content, str):
            temporary.write_text(content, encoding=encoding)
        else:
            content(temporary)
    return Path(target)


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(Path(path).expanduser()))


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER))
    except OSError:
        return b""


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if not IS_POSIX:
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems (network shares) cannot sync a folder; the rename has still happened
    finally:
        os.close(descriptor)
