"""Exports of pop-up premises: the tenancies, and the support given per month, as CSV or XLSX.

The cells follow ``spreadsheet``'s rules: CSV for a spreadsheet opened in Latvia (UTF-8 with a
byte-order mark, so Excel reads ā č ē correctly, ';' between columns, dates as 05.03.2026 and euros
with a decimal comma); XLSX with real dates and numbers formatted the same way, a frozen header
row and a filter; a text that could run as a formula neutralised. The file type follows the name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from ngo_desktop.database.core import Database
from ngo_desktop.errors import ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.models import Organisation, Premises, ReductionKind, Tenancy
from ngo_desktop.outputs import output_path
from ngo_desktop.services.premises.documents import bare_decision_number
from ngo_desktop.services.premises.statements import support_per_month
from ngo_desktop.services.spreadsheet import (
    Column,
    Money,
    csv_row,
    csv_writer,
    euros_text,
    xlsx_table,
)
from ngo_desktop.sorting import sort_key
from ngo_desktop.vocabulary import month_name

Cell = str | int | float | dt.date | None


def _check_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationFailed({"path": translate(
            "PremisesExport", "Choose a file name ending in .csv or .xlsx (it was {name}).").format(name=path.name)})
    return suffix


def reduction_text(kind: ReductionKind, value: int) -> str:
    if kind == ReductionKind.PERCENT:
        return f"{value} %"
    if kind == ReductionKind.FIXED:
        return translate("PremisesExport", "{amount} € a month").format(amount=euros_text(value))
    return ""


def tenancy_table(database: Database) -> tuple[list[str], list[list[Cell]]]:
    """The header and rows of every tenancy, by premises and start of term."""
    header = [
        translate("PremisesExport", "Premises"), translate("PremisesExport", "Address"),
        translate("PremisesExport", "Tenant"), translate("PremisesExport", "Activity"),
        translate("PremisesExport", "Starts"), translate("PremisesExport", "Ends"),
        translate("PremisesExport", "Ended early"), translate("PremisesExport", "Share %"),
        translate("PremisesExport", "Rent due by day"), translate("PremisesExport", "Rent reduction"), translate("PremisesExport", "Utilities reduction"),
        translate("PremisesExport", "Decision number"), translate("PremisesExport", "Decision date"),
    ]
    with database.read_session() as session:
        rows = session.execute(
            select(Premises.name, Premises.address, Organisation.name, Tenancy.activity, Tenancy.starts_on,
                   Tenancy.ends_on, Tenancy.ended_early_on, Tenancy.rent_share_percent, Tenancy.rent_reduction_kind,
                   Tenancy.rent_reduction, Tenancy.utilities_reduction_kind, Tenancy.utilities_reduction,
                   Tenancy.decision_number, Tenancy.decision_date, Tenancy.payment_due_day)
            .join(Premises, Premises.id == Tenancy.premises_id)
            .join(Organisation, Organisation.id == Tenancy.organisation_id)
            .order_by(Premises.id, Tenancy.starts_on, Organisation.sort_key)
        ).all()
    # Premises in Latvian order of their names (no database sorts them so); the sort is stable, so
    # each premises keeps its tenancies by start of term. Few premises: one key each.
    keys = {name: sort_key(name) for name in {row[0] for row in rows}}
    rows = sorted(rows, key=lambda row: keys[row[0]])
    table: list[list[Cell]] = [
        [*row[:8], row[14], reduction_text(row[8], row[9]), reduction_text(row[10], row[11]), bare_decision_number(row[12]),
         row[13]]
        for row in rows
    ]
    return header, table


def support_table(database: Database, year: int) -> tuple[list[str], list[list[Cell]]]:
    """Twelve months and a total: what was charged, forgiven by the reductions, due and paid."""
    header = [
        translate("PremisesExport", "Month"), translate("PremisesExport", "Tenancies"),
        translate("PremisesExport", "Charged"), translate("PremisesExport", "Rent reductions"),
        translate("PremisesExport", "Utilities reductions"), translate("PremisesExport", "Support given"),
        translate("PremisesExport", "Amount due"), translate("PremisesExport", "Paid"),
    ]
    table: list[list[Cell]] = []
    totals = [0] * 6
    for month in support_per_month(database, year=year):
        figures = [month.charge_cents, month.rent_reduction_cents, month.utilities_reduction_cents,
                   month.support_cents, month.due_cents, month.paid_cents]
        totals = [total + figure for total, figure in zip(totals, figures, strict=True)]
        table.append([month_name(month.month), month.tenancies,
                      *(Money(figure) for figure in figures)])
    table.append([translate("PremisesExport", "Total {year}").format(year=year), None,
                  *(Money(total) for total in totals)])
    return header, table


def write_table(path: Path, header: Sequence[str], rows: Sequence[Sequence[Cell]], *, sheet: str,
                force: bool = False) -> None:
    """Write to ``path`` as CSV or XLSX, going by its ending; an existing file is replaced whole."""
    suffix = _check_format(path)
    try:
        with output_path(path, force=force) as temporary:  # a half-written file never takes the old one's place
            if suffix == ".csv":
                _write_csv(temporary, header, rows)
            else:
                _write_xlsx(temporary, header, rows, sheet)
    except OSError as error:
        raise ValidationFailed({"path": translate(
            "PremisesExport", "The file {name} could not be written ({reason}). Choose another folder or "
            "close the file if a spreadsheet has it open.").format(name=path, reason=error.strerror or error)}
        ) from error


def _write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv_writer(handle)
        writer.writerow(csv_row(header))
        for row in rows:
            writer.writerow(csv_row(row))


def _write_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[Cell]], sheet: str) -> None:
    with xlsx_table(path, sheet, [Column(title) for title in header], fit_to=rows) as table:
        for row in rows:
            table.append(row)


def export_tenancies(database: Database, path: Path, *, force: bool = False) -> int:
    """Write every tenancy to ``path`` (.csv or .xlsx); returns how many were written."""
    _check_format(path)
    header, rows = tenancy_table(database)
    write_table(path, header, rows, sheet=translate("PremisesExport", "Tenancies"), force=force)
    return len(rows)


def export_support(database: Database, path: Path, *, year: int, force: bool = False) -> int:
    """Write the support given per month of ``year`` to ``path``; returns the total support in cents."""
    _check_format(path)
    header, rows = support_table(database, year)
    write_table(path, header, rows, sheet=translate("PremisesExport", "Support {year}").format(year=year),
                force=force)
    return int(rows[-1][5] or 0)
