"""Backups and restores: SQLite's online backup for a file, pg_dump/pg_restore for a server.

An SQLite copy is made with SQLite's online backup API, so it is consistent even while this or
another program is writing, and checked with ``PRAGMA quick_check`` before it is kept: a copy of a
damaged database is thrown away (and the damage reported), never kept as if it were a backup.
Automatic copies (on start, then once a day) are called ``<name>.auto-<tag>-YYYYmmdd-HHMMSS.sqlite3``
and only the newest N of them are kept, pruned only after a new good copy was made, so the last
good copy is never pruned; copies the user makes by hand are never pruned. Every copy and dump is
written through ngo_desktop.outputs (temporary file, fsync, rename; 0600; never over a database).

A restore checks the file first (integrity, and a schema this program knows), keeps the current
database as a backup, and only then replaces the data. Nothing here uses Qt.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import make_url

from ngo_desktop.database.backup_files import (
    automatic_backups,
    backup_name,
    quick_check,
)
from ngo_desktop.database.core import Database, known_revisions
from ngo_desktop.errors import DomainError
from ngo_desktop.i18n import translate
from ngo_desktop.outputs import output_path, write_output
from ngo_desktop.paths import make_private_folder

DEFAULT_KEEP = 10
DAILY = dt.timedelta(days=1)
Progress = Callable[[int, int], None]


class BackupFailed(DomainError):
    """A backup or restore that could not be done; the message says why and what to do."""


class CopyDamaged(BackupFailed):
    """The copy failed SQLite's check, so the database it came from is damaged; nothing was kept."""


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_kept_as: Path | None
    schema: str
    # Forgotten people the backup still held, forgotten again from the register (restore_backup).
    forgotten_again: int = 0


# --- SQLite ------------------------------------------------------------------------------------
def copy_sqlite(source: Path, target: Path, progress: Progress | None = None, *, force: bool = False) -> Path:
    """A consistent, checked copy of a live SQLite file, page by page with SQLite's online backup.

    Raises CopyDamaged (and keeps nothing) when the copy fails ``PRAGMA quick_check``.
    """

    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    make_private_folder(target.parent)
    # Renamed only when complete and checked, so a half-written or damaged copy never looks like a backup.
    with output_path(target, force=force) as partial:
        source_connection = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
        try:
            target_connection = sqlite3.connect(partial)
            try:
                source_connection.backup(target_connection, pages=1024, progress=report)
                # A copy is a plain file on its own: no -wal or -shm beside it when it is read later.
                target_connection.execute("PRAGMA journal_mode = DELETE")
                verdict = quick_check(target_connection)
            finally:
                target_connection.close()
        finally:
            source_connection.close()
        if verdict != "ok":
            raise CopyDamaged(translate(
                "Backup", "The database {path} is damaged ({detail}), so its copy was not kept. Restore the "
                          "newest good backup with “ngo-desktop restore FILE”.").format(path=source, detail=verdict))
    return target


def automatic_backup(source: Path, folder: Path, *, keep: int = DEFAULT_KEEP,
                     now: dt.datetime | None = None) -> Path | None:
    """Copy an existing SQLite file and prune older automatic copies; None when there is no file.

    Raises CopyDamaged when the database is damaged: then nothing is pruned, so the good copies
    made before the damage stay.
    """
    if not source.is_file() or source.stat().st_size == 0:
        return None
    target = folder / backup_name(source, automatic=True, now=now)
    try:
        copy_sqlite(source, target)
    except CopyDamaged:
        raise
    except sqlite3.DatabaseError:
        # Not a readable SQLite file: opening it reports that clearly, and it must not be touched.
        return None
    # Only now, with a new copy that passed the check, may older ones go.
    for old in automatic_backups(source, folder)[:-max(1, keep)]:
        old.unlink(missing_ok=True)
    return target


def daily_backup_due(source: Path, folder: Path, *, now: dt.datetime | None = None) -> bool:
    copies = automatic_backups(source, folder)
    if not copies:
        return True
    newest = dt.datetime.fromtimestamp(copies[-1].stat().st_mtime)
    return (now or dt.datetime.now()) - newest >= DAILY


def check_sqlite_backup(path: Path) -> str:
    """The schema revision of a backup file that is whole and known; BackupFailed otherwise."""
    if not path.is_file():
        raise BackupFailed(translate("Backup", "The file {path} does not exist.").format(path=path))
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BackupFailed(translate(
                "Backup", "{path} is not a backup of this program (not an SQLite file). Nothing was changed."
            ).format(path=path))
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
            has_version = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()[0]
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] \
                if has_version else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise BackupFailed(translate(
            "Backup", "{path} is damaged ({detail}). Nothing was changed; choose another backup."
        ).format(path=path, detail=error)) from error
    if verdict != "ok":
        raise BackupFailed(translate(
            "Backup", "{path} is damaged (integrity check: {detail}). Nothing was changed; choose another backup."
        ).format(path=path, detail=verdict))
    if revision is None:
        raise BackupFailed(translate(
            "Backup", "{path} holds no data of this program. Nothing was changed.").format(path=path))
    if revision not in known_revisions():
        raise BackupFailed(translate(
            "Backup", "{path} was made by a newer version of the program (schema {revision}). "
                      "Update the program first; nothing was changed.").format(path=path, revision=revision))
    return revision


def restore_sqlite(database: Database, source: Path, folder: Path) -> RestoreResult:
    """Replace the data of an SQLite database with a checked backup, keeping the current data first.

    ``database`` is disposed; open it again afterwards (which upgrades an older backup's schema).
    """
    target = database.sqlite_path
    if target is None:
        raise BackupFailed(translate("Backup", "This database is not an SQLite file."))
    revision = check_sqlite_backup(source)
    if source.resolve() == target.resolve():
        raise BackupFailed(translate("Backup", "That is the database in use; choose a backup file."))
    kept = folder / f"{target.stem}.before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    try:
        copy_sqlite(target, kept)
    except (sqlite3.DatabaseError, CopyDamaged):
        # The file no longer opens, or is damaged: keep its bytes as they are and replace it whole.
        database.dispose()
        make_private_folder(folder)
        write_output(kept, lambda partial: shutil.copyfile(target, partial))
        replacement = target.with_name(target.name + ".restoring")
        replacement.unlink(missing_ok=True)  # left by a restore that was interrupted
        copy_sqlite(source, replacement)
        for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        os.replace(replacement, target)
        return RestoreResult(source, kept, revision)
    database.dispose()
    # The backup API writes into the live file under SQLite's own locks (WAL included), so
    # another program that has the file open never sees a half-replaced database.
    source_connection = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        target_connection = sqlite3.connect(target, timeout=10)
        try:
            source_connection.backup(target_connection)
        finally:
            target_connection.close()
    finally:
        source_connection.close()
    return RestoreResult(source, kept, revision)


# --- PostgreSQL --------------------------------------------------------------------------------
def _libpq_arguments(database: Database) -> tuple[list[str], dict[str, str]]:
    """Connection options for pg_dump/pg_restore, with the password in the environment, not argv."""
    url = make_url(database.url)
    environment = dict(os.environ)
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    arguments = ["--dbname", url.database or ""]
    if url.host:
        arguments += ["--host", url.host]
    if url.port:
        arguments += ["--port", str(url.port)]
    if url.username:
        arguments += ["--username", url.username]
    return arguments + ["--no-password"], environment


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupFailed(translate(
            "Backup", "{tool} is not installed on this computer, so a server database cannot be backed up "
                      "or restored from here. Install PostgreSQL's client programs (Debian: postgresql-client; "
                      "Windows: the PostgreSQL installer) or ask the server's administrator."
        ).format(tool=name))
    return found


def dump_postgres(database: Database, target: Path, *, force: bool = False) -> Path:
    arguments, environment = _libpq_arguments(database)
    pg_dump = _tool("pg_dump")
    make_private_folder(target.parent)
    # pg_dump writes into the private temporary file (keeping its 0600) that is renamed when complete.
    with output_path(target, force=force) as partial:
        done = subprocess.run([pg_dump, "--format=custom", "--file", str(partial), *arguments],
                              env=environment, capture_output=True, text=True)
        if done.returncode != 0:
            raise BackupFailed(translate("Backup", "pg_dump failed: {detail}").format(detail=done.stderr.strip()))
    return target


def restore_postgres(database: Database, source: Path, folder: Path) -> RestoreResult:
    if not source.is_file():
        raise BackupFailed(translate("Backup", "The file {path} does not exist.").format(path=source))
    pg_restore = _tool("pg_restore")
    listing = subprocess.run([pg_restore, "--list", str(source)], capture_output=True, text=True)
    if listing.returncode != 0 or "alembic_version" not in listing.stdout:
        raise BackupFailed(translate(
            "Backup", "{path} is not a pg_dump backup of this program. Nothing was changed.").format(path=source))
    kept = dump_postgres(database, folder / f"{_server_stem(database)}.before-restore-"
                                           f"{dt.datetime.now():%Y%m%d-%H%M%S}.dump")
    database.dispose()
    arguments, environment = _libpq_arguments(database)
    done = subprocess.run([pg_restore, "--clean", "--if-exists", "--no-owner", "--single-transaction",
                           *arguments, str(source)], env=environment, capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupFailed(translate(
            "Backup", "pg_restore failed, the database was left as it was: {detail}").format(
            detail=done.stderr.strip()))
    return RestoreResult(source, kept, "")


def _server_stem(database: Database) -> str:
    return make_url(database.url).database or "ngo_desktop"


# --- either ------------------------------------------------------------------------------------
def default_backup_file(database: Database, folder: Path) -> Path:
    if database.sqlite_path is not None:
        return folder / backup_name(database.sqlite_path, automatic=False)
    return folder / f"{_server_stem(database)}.{dt.datetime.now():%Y%m%d-%H%M%S}.dump"


def back_up(database: Database, target: Path, progress: Progress | None = None, *, force: bool = False) -> Path:
    """A backup of the whole database to ``target`` (an SQLite file, or a pg_dump custom archive).

    ``force`` allows replacing an existing file that is neither a database nor a backup.
    """
    if database.sqlite_path is not None:
        return copy_sqlite(database.sqlite_path, target, progress, force=force)
    if database.is_sqlite:
        raise BackupFailed(translate("Backup", "An in-memory database cannot be backed up."))
    return dump_postgres(database, target, force=force)


def restore(database: Database, source: Path, folder: Path) -> RestoreResult:
    """Replace the database's data with a backup (the current data is kept in ``folder`` first)."""
    if database.is_sqlite:
        return restore_sqlite(database, source, folder)
    return restore_postgres(database, source, folder)


def restore_backup(database: Database, source: Path, folder: Path) -> RestoreResult:
    """A restore as the desk does it: replace the data, bring an older backup's schema up to date,
    then forget again everyone the register of forgotten people says was forgotten since."""
    from ngo_desktop.database.core import upgrade_schema
    from ngo_desktop.services.organisations.privacy import reapply_forgetting

    result = restore(database, source, folder)
    upgrade_schema(database, backup_dir=folder)
    return replace(result, forgotten_again=reapply_forgetting(database))

