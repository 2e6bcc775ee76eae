"""The stall list of a fair as CSV or Excel: stall number, day, vendor, category, contact, fee,
payment status — sorted by stall number (2 before 10), then by day.

The cells follow ``spreadsheet``'s rules: CSV for Latvian spreadsheets (UTF-8 with a byte-order
mark, ";" between fields, dates as 05.03.2026 and a decimal comma in the fee), an Excel file with
real dates and the fee a number formatted in euro, and a vendor's name that could run as a formula
neutralised in both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ngo_desktop.database.core import Database
from ngo_desktop.errors import NotFound, ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.models import (
    ApplicationDay,
    ContactPerson,
    Fair,
    FairDay,
    Organisation,
    PaymentStatus,
    Stall,
    StallAssignment,
    VendorApplication,
    VendorCategory,
)
from ngo_desktop.outputs import write_output
from ngo_desktop.services.fairs.layouts import stall_number_key
from ngo_desktop.services.spreadsheet import (
    Column,
    Money,
    csv_row,
    csv_writer,
    xlsx_table,
)
from ngo_desktop.vocabulary import payment_label, vendor_category_label


@dataclass(frozen=True)
class StallRow:
    stall_number: str
    day: dt.date
    vendor: str
    category: VendorCategory
    contact: str
    fee_cents: int
    payment_status: PaymentStatus
    paid_on: dt.date | None


def stall_rows(database: Database, fair_id: int) -> list[StallRow]:
    """Every vendor on a stall on a day of the fair, by stall number then day."""
    with database.read_session() as session:
        if session.get(Fair, fair_id) is None:
            raise NotFound(translate("FairsExport", "This fair no longer exists."))
        rows = session.execute(
            select(Stall.number, FairDay.day, Organisation.name, VendorApplication.category,
                   ContactPerson.name, ContactPerson.phone, ContactPerson.email, Organisation.phone,
                   Organisation.email, ApplicationDay.fee_cents, ApplicationDay.payment_status,
                   ApplicationDay.paid_on)
            .select_from(StallAssignment)
            .join(Stall, StallAssignment.stall_id == Stall.id)
            .join(FairDay, StallAssignment.fair_day_id == FairDay.id)
            .join(ApplicationDay, StallAssignment.application_day_id == ApplicationDay.id)
            .join(VendorApplication, ApplicationDay.application_id == VendorApplication.id)
            .join(Organisation, VendorApplication.organisation_id == Organisation.id)
            .outerjoin(ContactPerson, VendorApplication.contact_person_id == ContactPerson.id)
            .where(FairDay.fair_id == fair_id))
        result = []
        for (number, day, vendor, category, person, person_phone, person_email, phone, email,
             fee, payment, paid_on) in rows:
            contact = ", ".join(part for part in (person, person_phone or phone, person_email or email) if part)
            result.append(StallRow(number, day, vendor, category, contact, fee, payment, paid_on))
    return sorted(result, key=lambda row: (stall_number_key(row.stall_number), row.day))


def headers() -> list[str]:
    return [translate("Export", "Stall"), translate("Export", "Day"), translate("Export", "Vendor"),
            translate("Export", "Category"), translate("Export", "Contact"), translate("Export", "Fee (EUR)"),
            translate("Export", "Payment status")]


def payment_text(row: StallRow) -> str:
    text = payment_label(row.payment_status)
    if row.payment_status == PaymentStatus.PAID and row.paid_on is not None:
        text += " " + row.paid_on.strftime("%d.%m.%Y")
    return text


def category_text(category: VendorCategory) -> str:
    return vendor_category_label(category)


def export_stalls(database: Database, fair_id: int, path: Path,
                  progress: Callable[[int, int], None] | None = None, *, force: bool = False) -> int:
    """Write the file (kind by its extension, .csv or .xlsx); returns the number of rows written.

    The file is written next to the target and renamed at the end, so a failure leaves no half file.
    """
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationFailed({"file": translate(
            "FairsExport", "Give a file name ending in .csv or .xlsx, e.g. stalls.xlsx.")})
    rows = stall_rows(database, fair_id)
    try:
        write_output(path, lambda partial: _write_csv(rows, partial) if suffix == ".csv"
                     else _write_xlsx(rows, partial), force=force)
    except OSError as error:
        raise ValidationFailed({"file": translate(
            "FairsExport", "The file {path} cannot be written ({detail}). Choose another folder.").format(
            path=path, detail=error.strerror or error)}) from error
    if progress is not None:
        progress(len(rows), len(rows))
    return len(rows)


def _values(row: StallRow) -> list[object]:
    return [row.stall_number, row.day, row.vendor, category_text(row.category), row.contact,
            Money(row.fee_cents), payment_text(row)]


def _write_csv(rows: list[StallRow], path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv_writer(handle)
        writer.writerow(csv_row(headers()))
        for row in rows:
            writer.writerow(csv_row(_values(row)))


def _write_xlsx(rows: list[StallRow], path: Path) -> None:
    columns = [Column(title, width) for title, width in zip(headers(), (8, 12, 40, 18, 40, 12, 18), strict=True)]
    with xlsx_table(path, translate("Export", "Stalls"), columns) as table:
        for row in rows:
            table.append(_values(row))
