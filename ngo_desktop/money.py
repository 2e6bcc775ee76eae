"""Money is kept as integer euro cents; shown with the locale ("12,50 €" in Latvian).

``format_cents`` is the one formatter for screen and paper. Thousands are always grouped
("3 900,00 €" with a non-breaking space, "€3,900.00" in English): Qt's Latvian locale leaves a
four-digit amount ungrouped ("3900,00 €"), which a Latvian reader does not expect on an invoice.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from ngo_desktop.i18n import locale as current_locale

_AMOUNT = re.compile(r"^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*(?:€|eur|EUR)?\s*$")


def format_cents(cents: int, locale: QLocale | None = None) -> str:
    """12,50 € (Latvian) or €12.50 (English); thousands always grouped, never broken across lines."""
    chosen = locale or current_locale()
    # The locale's own pattern for one euro says where the sign, the symbol and the spaces go.
    pattern = chosen.toCurrencyString(-1.0 if cents < 0 else 1.0, "€", 2)
    one = f"1{chosen.decimalPoint()}00"
    euros, fraction = divmod(abs(cents), 100)
    digits = f"{euros:d}"
    groups = [digits[max(0, end - 3):end] for end in range(len(digits), 0, -3)][::-1]
    separator = chosen.groupSeparator()
    # A plain space would let the amount break over two lines; Latvian uses a non-breaking one.
    separator = "\u00a0" if separator.isspace() else separator
    number = f"{separator.join(groups)}{chosen.decimalPoint()}{fraction:02d}"
    return pattern.replace(one, number, 1)


def parse_euros(text: str) -> int | None:
    """Cents from what a person types: "12", "12,5", "12.50", "12,50 €". None if it is not an amount.

    Thousands separators are not accepted: "1 200" or "1.200" are ambiguous at a front desk.
    """
    match = _AMOUNT.match(text.replace("\u00a0", " "))
    if match is None:
        return None
    euros, fraction = match.groups()
    return int(euros) * 100 + int((fraction or "0").ljust(2, "0"))
