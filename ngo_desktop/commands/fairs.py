"""``export stalls --fair FAIR FILE.csv|FILE.xlsx``: the stall list of a fair for a spreadsheet."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ngo_desktop.cli_arguments import add_force
from ngo_desktop.i18n import translate

if TYPE_CHECKING:
    from ngo_desktop.database.core import Database


# The first words of the command line this module adds to (cli.build_parser builds only those asked for).
COMMANDS = ("export",)


def register(groups) -> None:  # type: ignore[no-untyped-def]
    stalls = groups.export.add_parser(
        "stalls", help=translate("CommandLine", "the stalls of a fair with vendors, fees and payments"))
    stalls.add_argument("--fair", required=True, metavar=translate("CommandLine", "FAIR"),
                        help=translate("CommandLine", "the fair's exact name or ID"))
    stalls.add_argument("file", metavar=translate("CommandLine", "FILE"),
                        help=translate("CommandLine", "a file ending in .csv or .xlsx"))
    add_force(stalls)
    stalls.set_defaults(handler=run_export_stalls)


def run_export_stalls(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.fairs.events import find_fair
    from ngo_desktop.services.fairs.exporting import export_stalls

    fair_id = find_fair(database, arguments.fair)
    path = Path(arguments.file).expanduser()
    count = export_stalls(database, fair_id, path, force=arguments.force)
    print(translate("CommandLine", "Stalls written to {path}: %n.", "", count).format(path=path))
    return 0
