"""Pop-up premises on the command line: exports of tenancies and support, reminders, documents."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from ngo_desktop.cli_arguments import add_force, day, day_metavar, identifier, month, month_metavar, year
from ngo_desktop.i18n import translate

if TYPE_CHECKING:
    from ngo_desktop.database.core import Database


# The first words of the command line this module adds to (cli.build_parser builds only those asked for).
COMMANDS = ("export", "premises-reminders", "print")


def register(groups) -> None:  # type: ignore[no-untyped-def]
    tenancies = groups.export.add_parser(
        "tenancies", help=translate("CommandLine", "every pop-up tenancy as a CSV or XLSX file"))
    tenancies.add_argument("file", metavar=translate("CommandLine", "FILE"), help=translate("CommandLine", "a file ending in .csv or .xlsx"))
    add_force(tenancies)
    tenancies.set_defaults(handler=run_export_tenancies)

    support = groups.export.add_parser(
        "support", help=translate("CommandLine", "the municipality's support to pop-up tenants per month"))
    support.add_argument("file", metavar=translate("CommandLine", "FILE"), help=translate("CommandLine", "a file ending in .csv or .xlsx"))
    support.add_argument("--year", type=year, default=dt.date.today().year, metavar=translate("CommandLine", "YEAR"),
                         help=translate("CommandLine", "the year to report (default: this year)"))
    add_force(support)
    support.set_defaults(handler=run_export_support)

    reminders = groups.top.add_parser(
        "premises-reminders", help=translate("CommandLine", "pop-up terms ending soon and unpaid months"))
    reminders.add_argument("--today", type=day, metavar=day_metavar(),
                           help=translate("CommandLine", "the day to look from (default: today)"))
    reminders.set_defaults(handler=run_reminders)

    summary = groups.print_.add_parser(
        "tenancy-summary", help=translate("CommandLine", "a pop-up tenancy agreement summary as PDF"))
    summary.add_argument("tenancy", type=identifier, metavar=translate("CommandLine", "TENANCY_ID"),
                         help=translate("CommandLine", "the tenancy's ID (shown on the Pop-up premises page)"))
    summary.add_argument("file", metavar=translate("CommandLine", "FILE"),
                         help=translate("CommandLine", "where to write the PDF"))
    add_force(summary)
    summary.set_defaults(handler=run_print_summary)

    statement = groups.print_.add_parser(
        "tenancy-statement", help=translate("CommandLine", "a pop-up tenant's monthly statement as PDF"))
    statement.add_argument("tenancy", type=identifier, metavar=translate("CommandLine", "TENANCY_ID"),
                           help=translate("CommandLine", "the tenancy's ID (shown on the Pop-up premises page)"))
    statement.add_argument("month", type=month, metavar=month_metavar(),
                           help=translate("CommandLine", "the month, e.g. 03.2026"))
    statement.add_argument("file", metavar=translate("CommandLine", "FILE"),
                           help=translate("CommandLine", "where to write the PDF"))
    add_force(statement)
    statement.set_defaults(handler=run_print_statement)


def run_export_tenancies(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.premises.exporting import export_tenancies

    count = export_tenancies(database, Path(arguments.file), force=arguments.force)
    print(translate("CommandLine", "Tenancies written to {file}: %n.", "", count).format(file=arguments.file))
    return 0


def run_export_support(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.money import format_cents
    from ngo_desktop.services.premises.exporting import export_support

    total = export_support(database, Path(arguments.file), year=arguments.year, force=arguments.force)
    print(translate("CommandLine", "Support given in {year}: {total}; written to {file}.").format(
        year=arguments.year, total=format_cents(total), file=arguments.file))
    return 0


def run_reminders(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.money import format_cents
    from ngo_desktop.services.premises.reminders import premises_reminders
    from ngo_desktop.timeutil import format_date
    from ngo_desktop.vocabulary import month_after_for

    reminders = premises_reminders(database, today=arguments.today)
    if reminders.is_empty:
        print(translate("CommandLine", "Nothing to remind: no term ends in the next 30 days and every month is paid."))
        return 0
    for term in reminders.ending:
        print(translate("CommandLine", "Term ends on {date}: {tenant}, {premises}").format(
            date=format_date(term.last_day), tenant=term.tenant_name, premises=term.premises_name))
    for line in reminders.unpaid:
        print(translate("CommandLine",
                        "Unpaid for {month}: {tenant}, {premises}, {amount} outstanding (due on {date})").format(
            month=month_after_for(line.month), tenant=line.tenant_name, premises=line.premises_name,
            amount=format_cents(line.outstanding_cents), date=format_date(line.due_on)))
    return 0


def _write_pdf(file: str, pdf: bytes, *, force: bool) -> None:
    from ngo_desktop.outputs import write_output

    write_output(Path(file).expanduser(), pdf, force=force)


def run_print_summary(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.premises.documents import tenancy_summary_pdf

    _write_pdf(arguments.file, tenancy_summary_pdf(database, tenancy_id=arguments.tenancy), force=arguments.force)
    print(translate("CommandLine", "Written to {file}.").format(file=arguments.file))
    return 0


def run_print_statement(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.premises.documents import monthly_statement_pdf

    _write_pdf(arguments.file, monthly_statement_pdf(database, tenancy_id=arguments.tenancy, month=arguments.month),
               force=arguments.force)
    print(translate("CommandLine", "Written to {file}.").format(file=arguments.file))
    return 0
