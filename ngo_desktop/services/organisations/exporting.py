"""Exporting organisations with their main contact to CSV or XLSX, in Latvian order.

The cells follow ``spreadsheet``'s rules for a Latvian Excel user: headers in the program's
language, legal forms and memberships in words, dates as 05.03.2026, the fee in euros, text that
could run as a formula neutralised. The columns and words are the ones ``organisations_import``
reads, so export then import gives back the same data. Rows are read from the database in pages,
never the whole table at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ngo_desktop.database.core import Database
from ngo_desktop.errors import DomainError
from ngo_desktop.i18n import translate
from ngo_desktop.models import Organisation
from ngo_desktop.outputs import open_output, output_path
from ngo_desktop.services.organisations.columns import COLUMNS, FIELDS_SEPARATOR
from ngo_desktop.services.organisations.labels import label
from ngo_desktop.services.organisations.listing import ListFilter, apply_filter
from ngo_desktop.services.spreadsheet import (
    Column,
    Money,
    csv_row,
    csv_writer,
    xlsx_table,
)
from ngo_desktop.sorting import sorted_latvian

PAGE = 500
Report = Callable[[int, int], None]
# Widths in characters: an XLSX is streamed, so they are fixed before the first row is known.
_WIDTHS = {"name": 40, "address": 36, "notes": 40, "fields": 30, "email": 28, "contact_email": 28,
           "website": 28, "contact_name": 26, "legal_form": 22, "membership": 18, "contact_role": 20}


def _row(organisation: Organisation) -> list[object]:
    living = [contact for contact in organisation.contacts if contact.anonymised_at is None]
    main = next((contact for contact in living if contact.is_main), living[0] if living else None)
    values = {
        "name": organisation.name,
        "legal_form": label(organisation.legal_form),
        "registration_number": organisation.registration_number or "",
        "kind": label(organisation.kind),
        "membership": label(organisation.membership),
        "member_since": organisation.member_since,
        "last_paid_year": organisation.last_paid_year,
        "membership_fee": Money(organisation.membership_fee_cents) if organisation.membership_fee_cents else None,
        "address": organisation.address,
        "phone": organisation.phone,
        "email": organisation.email,
        "website": organisation.website,
        "fields": FIELDS_SEPARATOR.join(sorted_latvian(item.name for item in organisation.fields)),
        "notes": organisation.notes,
        "contact_name": main.name if main else "",
        "contact_role": main.role if main else "",
        "contact_phone": main.phone if main else "",
        "contact_email": main.email if main else "",
        "contact_consent_date": main.consent_date if main else None,
        "archived": organisation.archived,
    }
    return [values[column.key] for column in COLUMNS]


def export_rows(database: Database, list_filter: ListFilter | None = None) -> Iterator[list[object]]:
    """The rows of the export in Latvian order, read page by page (keyset on sort key and id)."""
    list_filter = list_filter or ListFilter(include_archived=True)
    last: tuple[str, int] | None = None
    while True:
        statement = apply_filter(select(Organisation), list_filter).options(
            selectinload(Organisation.contacts), selectinload(Organisation.fields)
        ).order_by(Organisation.sort_key, Organisation.id).limit(PAGE)
        if last is not None:
            statement = statement.where(
                (Organisation.sort_key > last[0]) | ((Organisation.sort_key == last[0]) & (Organisation.id > last[1]))
            )
        with database.read_session() as session:
            page = list(session.scalars(statement))
            rows = [_row(organisation) for organisation in page]
        yield from rows
        if len(page) < PAGE:
            return
        last = (page[-1].sort_key, page[-1].id)


def export_organisations(
    database: Database, path: Path, list_filter: ListFilter | None = None, *, report: Report | None = None,
    force: bool = False,
) -> int:
    """Write the organisations to ``path`` (.csv or .xlsx); returns how many were written."""
    suffix = path.suffix.lower()
    if suffix not in {".csv", ".xlsx"}:
        raise DomainError(translate("OrganisationExport", "Choose a file name ending in .csv or .xlsx."))
    headers = [column.title for column in COLUMNS]
    count = 0
    try:
        if suffix == ".csv":
            with open_output(path, force=force, encoding="utf-8-sig", newline="") as handle:
                writer = csv_writer(handle)
                writer.writerow(csv_row(headers))
                for row in export_rows(database, list_filter):
                    writer.writerow(csv_row(row))
                    count += 1
                    if report is not None and count % PAGE == 0:
                        report(count, 0)
        else:
            with output_path(path, force=force) as temporary:
                count = _write_xlsx(database, temporary, headers, list_filter, report)
    except OSError as error:
        raise DomainError(translate("OrganisationExport", "The file {path} cannot be written: {reason}").format(
            path=path, reason=error.strerror or error)) from error
    return count


def _write_xlsx(database: Database, path: Path, headers: list[str], list_filter: ListFilter | None,
                report: Report | None) -> int:
    columns = [Column(title, _WIDTHS.get(column.key, 14)) for title, column in zip(headers, COLUMNS, strict=True)]
    with xlsx_table(path, translate("OrganisationExport", "Organisations"), columns) as table:
        for row in export_rows(database, list_filter):
            # Registration numbers and phones are text, so they keep their digits as typed.
            table.append(row)
            if report is not None and table.rows % PAGE == 0:
                report(table.rows, 0)
    return table.rows
