"""Money is kept as integer euro cents; shown with the locale ("12,50 €" in Latvian)."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from ngo_desktop.i18n import locale as current_locale

_AMOUNT = re.compile(r"^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*(?:€|eur|EUR)?\s*$")


def format_cents(cents: int, locale: QLocale | None = None) -> str:
    """12,50 € (Latvian) or €12.50 (English), with the locale's grouping for thousands: "3 900,00 €"."""
    chosen = locale or current_locale()
    text = chosen.toCurrencyString(cents / 100, "€", 2)
    euros = str(abs(cents) // 100)
    if len(euros) == 4 and euros in text:
        # Latvian data groups only from five digits; the centre's papers show thousands from four.
        text = text.replace(euros, f"{euros[0]}{chosen.groupSeparator()}{euros[1:]}", 1)
    return text


def parse_euros(text: str) -> int | None:
    """Cents from what a person types: "12", "12,5", "12.50", "12,50 €". None if it is not an amount.

    Thousands separators are not accepted: "1 200" or "1.200" are ambiguous at a front desk.
    """
    match = _AMOUNT.match(text.replace("\u00a0", " "))
    if match is None:
        return None
    euros, fraction = match.groups()
    return int(euros) * 100 + int((fraction or "0").ljust(2, "0"))
