"""``backup``, ``restore`` and ``db move-to``: keeping the data safe and moving it to a server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ngo_desktop.cli_arguments import add_force
from ngo_desktop.i18n import translate

if TYPE_CHECKING:
    from ngo_desktop.database.core import Database


# The first words of the command line this module adds to (cli.build_parser builds only those asked for).
COMMANDS = ("backup", "restore", "db")


def register(groups) -> None:  # type: ignore[no-untyped-def]
    backup = groups.top.add_parser(
        "backup", help=translate("CommandLine", "make a consistent backup copy of the database"))
    backup.add_argument("-o", "--output", metavar=translate("CommandLine", "FILE"), type=Path,
                        help=translate("CommandLine", "where to write it; default: a dated file in the backup folder"))
    add_force(backup)
    backup.set_defaults(handler=run_backup)

    restore = groups.top.add_parser(
        "restore", help=translate("CommandLine", "replace the database with a backup (the current data is kept)"))
    restore.add_argument("file", metavar=translate("CommandLine", "FILE"), type=Path,
                         help=translate("CommandLine", "the backup copy to restore from"))
    restore.set_defaults(handler=run_restore, replaces_database=True)

    move = groups.db.add_parser(
        "move-to", help=translate("CommandLine", "copy every row of this SQLite database into an empty PostgreSQL database"))
    move.add_argument("url", metavar="URL", help=translate("CommandLine", "the empty database's address, e.g. "
                                                                          "postgresql+psycopg://anna@server/ngo"))
    move.set_defaults(handler=run_move_to)


def _backup_folder() -> Path:
    from ngo_desktop import settings

    return settings.backup_folder()


def run_backup(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.backup.copies import back_up, default_backup_file

    target = arguments.output or default_backup_file(database, _backup_folder())
    written = back_up(database, target.expanduser(), force=arguments.force)
    print(translate("CommandLine", "Backup of {database} written to {file}").format(
        database=database.describe(), file=written))
    return 0


def run_restore(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.backup.copies import restore_backup

    result = restore_backup(database, arguments.file.expanduser(), _backup_folder())
    print(translate("CommandLine", "{database} restored from {file}; the data it held before is kept in {kept}").format(
        database=database.describe(), file=result.restored_from, kept=result.previous_kept_as))
    _say_forgotten_again(result.forgotten_again)
    return 0


def _say_forgotten_again(count: int) -> None:
    if count:
        print(translate("CommandLine", "People forgotten earlier and forgotten again: %n.", "", count))


def run_move_to(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.backup.transfer import move_to_server

    def progress(done: int, total: int) -> None:
        sys.stderr.write(f"\r{100 * done // max(total, 1):3d} %")
        if done >= total:
            sys.stderr.write("\n")

    report = move_to_server(database, arguments.url, progress=progress)
    for table, count in report.counts.items():
        print(f"{table}\t{count}")
    print(translate("CommandLine", "Rows copied to {server}: {rows}; every table's count matches.").format(
        rows=report.total_rows, server=report.server))
    _say_forgotten_again(report.forgotten_again)
    return 0
