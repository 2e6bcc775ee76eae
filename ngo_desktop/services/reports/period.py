"""The period, site and organisation kind a report is filtered by.

A period is a whole year, a quarter, a month or any span of days, always in Riga wall-clock days;
``utc_bounds`` gives the half-open UTC span [start, end) that the stored instants are compared with.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from ngo_desktop.errors import ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.models import OrganisationKind
from ngo_desktop.timeutil import local_day_bounds


@dataclass(frozen=True)
class Period:
    """The days from ``first`` to ``last``, both included."""

    first: dt.date
    last: dt.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValidationFailed({"quarter": translate("Reports", "A quarter is 1, 2, 3 or 4.")})
        first_month = 3 * (quarter - 1) + 1
        return cls(dt.date(year, first_month, 1),
                   dt.date(year, first_month + 2, calendar.monthrange(year, first_month + 2)[1]))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        if not 1 <= month <= 12:
            raise ValidationFailed({"month": translate("Reports", "A month is a number from 1 to 12.")})
        return cls(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))

    @classmethod
    def span(cls, first: dt.date, last: dt.date) -> Period:
        if last < first:
            raise ValidationFailed({"to": translate(
                "Reports", "The period ends before it starts; give an end date on or after the start date.")})
        return cls(first, last)

    def utc_bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """[start of the first day, start of the day after the last) as UTC instants."""
        return local_day_bounds(self.first)[0], local_day_bounds(self.last)[1]

    def months(self) -> list[dt.date]:
        """The first days of the months the period touches."""
        months: list[dt.date] = []
        month = self.first.replace(day=1)
        while month <= self.last:
            months.append(month)
            month = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return months

    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=offset) for offset in range((self.last - self.first).days + 1)]

    def contains(self, day: dt.date) -> bool:
        return self.first <= day <= self.last

    def text(self) -> str:
        """05.03.2026–31.03.2026, the way the period is printed on a report."""
        return f"{self.first:%d.%m.%Y}–{self.last:%d.%m.%Y}"


@dataclass(frozen=True)
class ReportFilter:
    """What a report covers: the period, one site or all (None), one organisation kind or all (None)."""

    period: Period
    site_id: int | None = None
    kind: OrganisationKind | None = None
