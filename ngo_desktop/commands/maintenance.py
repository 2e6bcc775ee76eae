"""``demo`` and ``db upgrade``: filling a database with demo data and bringing its schema up to date."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ngo_desktop.i18n import translate

if TYPE_CHECKING:
    from ngo_desktop.database.core import Database


# The first words of the command line this module adds to (cli.build_parser builds only those asked for).
COMMANDS = ("demo", "db")


def register(groups) -> None:  # type: ignore[no-untyped-def]
    demo = groups.top.add_parser(
        "demo", help=translate("CommandLine", "fill the database with demo data of a Latvian centre")
    )
    demo.add_argument("--scale", choices=("small", "large"), default="small",
                      help=translate("CommandLine", "small: a realistic centre; large: data for benchmarks"))
    demo.add_argument("--force", action="store_true",
                      help=translate("CommandLine", "add demo data even if the database is not empty"))
    demo.set_defaults(handler=run_demo)

    upgrade = groups.db.add_parser("upgrade", help=translate("CommandLine", "bring the database schema up to date"))
    upgrade.set_defaults(handler=run_db_upgrade)


def run_demo(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.demo.fill import fill_demo_data

    summary = fill_demo_data(database, scale=arguments.scale, force=arguments.force,
                             progress=_progress_on_stderr if arguments.scale == "large" else None)
    print(translate("CommandLine", "Demo data loaded into {database}: {summary}").format(
        database=database.describe(),
        summary=translate(
            "CommandLine",
            "{sites} sites, {rooms} rooms, {organisations} organisations, {bookings} bookings, "
            "{fairs} fairs with {stalls} stalls, {premises} pop-up premises",
        ).format(sites=summary.sites, rooms=summary.rooms, organisations=summary.organisations,
                 bookings=summary.bookings, fairs=summary.fairs, stalls=summary.stalls,
                 premises=summary.premises)))
    return 0


def _progress_on_stderr(done: int, total: int) -> None:
    if total:
        sys.stderr.write(f"\r{100 * done // total:3d} %")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def run_db_upgrade(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.database.core import HEAD_REVISION, current_revision

    # open_database has already applied any missing migration (after a backup of an SQLite file).
    revision = current_revision(database)
    print(translate("CommandLine", "The database {database} is up to date (schema {revision}).").format(
        database=database.describe(), revision=revision))
    return 0 if revision == HEAD_REVISION else 1
