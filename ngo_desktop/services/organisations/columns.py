"""The columns of an organisations spreadsheet, shared by import and export.

Each column has a key (what earlier versions' exports wrote as the header), a title (what the
export writes, in the program's language) and the headers a Latvian spreadsheet is likely to use
instead ("Reģ. nr.", "Biedrība", …). An import recognises all of them, the titles in both
languages whatever the program's language is. Headers are compared without case, diacritics or
punctuation.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ngo_desktop.i18n import translate
from ngo_desktop.services.spreadsheet import both_languages


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    title_source: str  # English, shown through translate("OrganisationColumns", …)
    latvian_headers: tuple[str, ...]

    @property
    def title(self) -> str:
        return translate("OrganisationColumns", self.title_source)


COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("name", QT_TRANSLATE_NOOP("OrganisationColumns", "Name"),
               ("Nosaukums", "Organizācija", "Organizācijas nosaukums", "Biedrība")),
    ColumnSpec("legal_form", QT_TRANSLATE_NOOP("OrganisationColumns", "Legal form"),
               ("Juridiskā forma", "Forma", "Tiesiskā forma")),
    ColumnSpec("registration_number", QT_TRANSLATE_NOOP("OrganisationColumns", "Registration number"),
               ("Reģistrācijas numurs", "Reģ. nr.", "Reģ. numurs", "Reģistrācijas nr.", "Reg. nr.")),
    ColumnSpec("kind", QT_TRANSLATE_NOOP("OrganisationColumns", "Kind"), ("Veids", "Tips")),
    ColumnSpec("membership", QT_TRANSLATE_NOOP("OrganisationColumns", "Membership"),
               ("Dalība", "Biedra statuss", "Biedrs")),
    ColumnSpec("member_since", QT_TRANSLATE_NOOP("OrganisationColumns", "Member since"),
               ("Biedrs kopš", "Dalība kopš")),
    ColumnSpec("last_paid_year", QT_TRANSLATE_NOOP("OrganisationColumns", "Last year paid"),
               ("Pēdējais samaksātais gads", "Pēdējais apmaksātais gads", "Samaksāts par gadu",
                "Apmaksāts līdz")),
    ColumnSpec("membership_fee", QT_TRANSLATE_NOOP("OrganisationColumns", "Membership fee"),
               ("Biedru nauda", "Biedra maksa")),
    ColumnSpec("address", QT_TRANSLATE_NOOP("OrganisationColumns", "Address"), ("Adrese",)),
    ColumnSpec("phone", QT_TRANSLATE_NOOP("OrganisationColumns", "Phone"),
               ("Tālrunis", "Telefons", "Tālr.", "Tel.")),
    ColumnSpec("email", QT_TRANSLATE_NOOP("OrganisationColumns", "E-mail"), ("E-pasts", "Epasts", "E-mail")),
    ColumnSpec("website", QT_TRANSLATE_NOOP("OrganisationColumns", "Website"),
               ("Mājaslapa", "Mājas lapa", "Tīmekļa vietne")),
    ColumnSpec("fields", QT_TRANSLATE_NOOP("OrganisationColumns", "Fields of activity"),
               ("Darbības jomas", "Darbības joma", "Jomas")),
    ColumnSpec("notes", QT_TRANSLATE_NOOP("OrganisationColumns", "Notes"), ("Piezīmes",)),
    ColumnSpec("contact_name", QT_TRANSLATE_NOOP("OrganisationColumns", "Contact person"),
               ("Kontaktpersona", "Kontaktpersonas vārds", "Vārds, uzvārds")),
    ColumnSpec("contact_role", QT_TRANSLATE_NOOP("OrganisationColumns", "Contact's role"),
               ("Kontaktpersonas amats", "Amats", "Loma")),
    ColumnSpec("contact_phone", QT_TRANSLATE_NOOP("OrganisationColumns", "Contact's phone"),
               ("Kontaktpersonas tālrunis", "Kontaktpersonas telefons")),
    ColumnSpec("contact_email", QT_TRANSLATE_NOOP("OrganisationColumns", "Contact's e-mail"),
               ("Kontaktpersonas e-pasts",)),
    ColumnSpec("contact_consent_date", QT_TRANSLATE_NOOP("OrganisationColumns", "Consent date"),
               ("Piekrišanas datums", "Piekrišana")),
    ColumnSpec("archived", QT_TRANSLATE_NOOP("OrganisationColumns", "Archived"), ("Arhivēts", "Arhivēta")),
)
COLUMN_BY_KEY = {column.key: column for column in COLUMNS}
FIELDS_SEPARATOR = ", "
YES_WORDS = {"yes", "jā", "ja", "true", "1", "x"}
NO_WORDS = {"no", "nē", "ne", "false", "0", ""}


def fold_header(text: str) -> str:
    """A header without case, diacritics, punctuation or extra spaces, for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.split())


_KNOWN_HEADERS: dict[str, str] = {}
for _column in COLUMNS:
    for _header in (_column.key, _column.key.replace("_", " "), _column.title_source, *_column.latvian_headers):
        _KNOWN_HEADERS.setdefault(fold_header(_header), _column.key)


def column_for_header(header: str) -> str | None:
    """The column key a spreadsheet header means, or None when it is not one we know."""
    folded = fold_header(header)
    return _KNOWN_HEADERS.get(folded) or next(
        (key for key, column in COLUMN_BY_KEY.items()
         if folded in {fold_header(word) for word in both_languages("OrganisationColumns", column.title_source)}),
        None)


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Column key -> index of the file's column, for every header recognised (first one wins)."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = column_for_header(header)
        if key is not None and key not in mapping:
            mapping[key] = index
    return mapping


def format_date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def parse_date(value: object) -> dt.date | None:
    """A date from a cell: a spreadsheet date, 05.03.2026, 5.3.2026 or 2026-03-05. Raises ValueError."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.rstrip("."), pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def cell_text(value: object) -> str:
    """A cell as text; whole numbers from a spreadsheet lose their '.0' (registration numbers, phones)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return format_date(value if isinstance(value, dt.date) else value.date())
    return str(value).strip()
