"""Reports on the command line: ``report room-use|support|fairs|membership … -o FILE.pdf|FILE.xlsx``."""

from __future__ import annotations

import argparse
import gc
from pathlib import Path
from typing import TYPE_CHECKING

from ngo_desktop.cli_arguments import UsageError, add_force, day, day_metavar, whole_number, year
from ngo_desktop.i18n import translate

if TYPE_CHECKING:
    from ngo_desktop.database.core import Database

REPORT_NAMES = ("room-use", "support", "fairs", "membership")


# The first words of the command line this module adds to (cli.build_parser builds only those asked for).
COMMANDS = ("report",)


def register(groups) -> None:  # type: ignore[no-untyped-def]
    report = groups.top.add_parser(
        "report", help=translate("CommandLine", "a report for the board or the municipality as PDF or XLSX"))
    report.add_argument("report", choices=REPORT_NAMES, metavar="|".join(REPORT_NAMES),
                        help=translate("CommandLine", "which report: room-use (the rooms' use), support (support "
                                                      "in kind), fairs, membership"))
    report.add_argument("--year", type=year, metavar=translate("CommandLine", "YEAR"), help=translate("CommandLine", "the year to report (default: this year)"))
    period = report.add_mutually_exclusive_group()
    period.add_argument("--quarter", type=whole_number(1, 4), metavar="1-4",
                        help=translate("CommandLine", "only this quarter of the year"))
    period.add_argument("--month", type=whole_number(1, 12), metavar="1-12",
                        help=translate("CommandLine", "only this month of the year"))
    period.add_argument("--from", dest="first", type=day, metavar=day_metavar(),
                        help=translate("CommandLine", "the first day of the period (with --to)"))
    report.add_argument("--to", dest="last", type=day, metavar=day_metavar(),
                        help=translate("CommandLine", "the last day of the period (with --from)"))
    report.add_argument("--site", metavar=translate("CommandLine", "SITE"),
                        help=translate("CommandLine", "only this site (its name or ID)"))
    report.add_argument("--kind", metavar=translate("CommandLine", "KIND"),
                        help=translate("CommandLine", "only organisations of this kind: ngo, entrepreneur, "
                                                      "municipal or other"))
    report.add_argument("-o", "--output", required=True, metavar=translate("CommandLine", "FILE"),
                        help=translate("CommandLine", "a file ending in .pdf or .xlsx"))
    add_force(report)
    report.set_defaults(handler=run_report)


def _period(arguments: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ngo_desktop.services.reports.period import Period
    from ngo_desktop.timeutil import today_local

    if (arguments.first is None) != (arguments.last is None):
        raise UsageError(translate("CommandLine", "give both --from and --to, or neither"))
    if arguments.first is not None:
        if arguments.last < arguments.first:
            raise UsageError(translate("CommandLine", "--to is before --from: give the period's first day first"))
        return Period.span(arguments.first, arguments.last)
    chosen_year = arguments.year or today_local().year
    if arguments.quarter is not None:
        return Period.quarter(chosen_year, arguments.quarter)
    if arguments.month is not None:
        return Period.month(chosen_year, arguments.month)
    return Period.year(chosen_year)


def _kind(text: str | None):  # type: ignore[no-untyped-def]
    from ngo_desktop.models import OrganisationKind
    from ngo_desktop.services.organisations.labels import parse_choice

    if text is None:
        return None
    kind = parse_choice(OrganisationKind, text)
    if kind is None:
        raise UsageError(translate("CommandLine", "“{kind}” is not a kind of organisation: give ngo, "
                                                  "entrepreneur, municipal or other").format(kind=text))
    return kind


def run_report(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.reports.export import check_format, write_report
    from ngo_desktop.services.reports.period import ReportFilter
    from ngo_desktop.services.reports.presentation import find_site

    # What is loaded by now (the program, SQLAlchemy, Qt, ReportLab) lives until the command ends:
    # set apart from the collector, it is not walked again at each collection while the report
    # makes its tens of thousands of rows and cells (some tenths of a second on the large reports).
    # Given back afterwards, for a caller that goes on (the tests run commands in their process).
    gc.freeze()
    try:
        path = Path(arguments.output).expanduser()
        check_format(path)
        report_filter = ReportFilter(_period(arguments), kind=_kind(arguments.kind))
        if arguments.site is not None:
            report_filter = ReportFilter(report_filter.period, find_site(database, arguments.site),
                                         report_filter.kind)
        view = write_report(database, arguments.report, report_filter, path, force=arguments.force)
    finally:
        gc.unfreeze()
    print(translate("CommandLine", "{title}, {period}: written to {file}").format(
        title=view.title, period=report_filter.period.text(), file=arguments.output))
    return 0
