"""``import organisations`` and ``export organisations``: moving the registry off spreadsheets."""

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
COMMANDS = ("import", "export")


def register(groups) -> None:  # type: ignore[no-untyped-def]
    importer = groups.import_.add_parser(
        "organisations",
        help=translate("CommandLine", "import organisations with their main contact from CSV or XLSX"),
    )
    importer.add_argument("file", metavar=translate("CommandLine", "FILE"),
                          help=translate("CommandLine", "a file ending in .csv or .xlsx"))
    importer.add_argument(
        "--on-duplicate", choices=("skip", "update", "fill"), default="skip",
        help=translate("CommandLine", "an organisation already in the registry: skip the row (skip), update it "
                                      "with the file's values (update) or fill only its empty fields (fill); "
                                      "default: skip"),
    )
    importer.set_defaults(handler=run_import)

    exporter = groups.export.add_parser(
        "organisations", help=translate("CommandLine", "export every organisation to CSV or XLSX"))
    exporter.add_argument("file", metavar=translate("CommandLine", "FILE"),
                          help=translate("CommandLine", "a file ending in .csv or .xlsx"))
    add_force(exporter)
    exporter.set_defaults(handler=run_export)


def run_import(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.organisations.importing import (
        ImportRefused,
        OnDuplicate,
        import_organisations,
    )

    path = Path(arguments.file)
    try:
        summary = import_organisations(database, path, on_duplicate=OnDuplicate(arguments.on_duplicate))
    except ImportRefused as refused:
        sys.stderr.write(str(refused) + "\n")
        for problem in refused.problems:
            sys.stderr.write(problem.describe() + "\n")
        return 1
    print(translate("CommandLine", "Organisations imported from {file}: added {added}, updated {updated}, "
                                   "skipped {skipped}.").format(
        file=path.name, added=summary.added, updated=summary.updated, skipped=summary.skipped))
    return 0


def run_export(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.organisations.exporting import export_organisations
    from ngo_desktop.services.organisations.listing import ListFilter

    path = Path(arguments.file)
    count = export_organisations(database, path, ListFilter(include_archived=True), force=arguments.force)
    print(translate("CommandLine", "Organisations written to {file}: %n.", "", count).format(file=path))
    return 0
