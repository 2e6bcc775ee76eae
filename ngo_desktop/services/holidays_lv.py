"""Latvian public holidays, from the ``holidays`` package.

The package follows the law, including the working days moved by Cabinet orders (a Friday off,
worked on a Saturday) and the Monday off when 4 May or 18 November falls on a weekend, so the
booking rules only ask "is this day a holiday, and what is it called".
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import holidays

from ngo_desktop.i18n import current_language

# The names as the package gives them in each of our languages.
_PACKAGE_LANGUAGE = {"lv": "lv", "en": "en_US"}


@cache
def _year(year: int, language: str) -> dict[dt.date, str]:
    calendar = holidays.country_holidays("LV", years=year, language=_PACKAGE_LANGUAGE.get(language, "lv"))
    return dict(calendar.items())


def holiday_name(day: dt.date, language: str | None = None) -> str | None:
    """The holiday's name in the UI language, or None on an ordinary day."""
    return _year(day.year, language or current_language()).get(day)


def holidays_between(first: dt.date, last: dt.date, language: str | None = None) -> dict[dt.date, str]:
    """Every holiday from ``first`` to ``last`` inclusive, by date."""
    found: dict[dt.date, str] = {}
    for year in range(first.year, last.year + 1):
        for day, name in _year(year, language or current_language()).items():
            if first <= day <= last:
                found[day] = name
    return found
