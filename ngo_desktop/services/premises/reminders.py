"""What the front desk must not forget about pop-up premises: terms ending soon and unpaid months.

A month's payment is due on the tenancy's own due day of that month (a term of the agreement, the
10th unless agreed otherwise); after that day a month whose amount due is not covered by what was
recorded counts as unpaid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import translate
from ngo_desktop.models import Organisation, Premises, Tenancy
from ngo_desktop.services.premises.registry import last_day_column
from ngo_desktop.services.premises.statements import (
    StatementLine,
    count_unpaid_months,
    last_of_month,
    statement_lines,
)
from ngo_desktop.sorting import sort_key
from ngo_desktop.timeutil import today_local

ENDING_WITHIN_DAYS = 30
# Unpaid months are looked for back to this day: in effect, every month of every term.
UNPAID_SINCE = dt.date(1900, 1, 1)


@dataclass(frozen=True)
class EndingTerm:
    tenancy_id: int
    premises_name: str
    tenant_name: str
    last_day: dt.date
    days_left: int


@dataclass(frozen=True)
class PremisesReminders:
    ending: tuple[EndingTerm, ...]
    unpaid: tuple[StatementLine, ...]

    @property
    def is_empty(self) -> bool:
        return not self.ending and not self.unpaid


def terms_ending_soon(database: Database, *, today: dt.date | None = None,
                      within_days: int = ENDING_WITHIN_DAYS) -> list[EndingTerm]:
    """Tenancies whose last day falls between today and ``within_days`` days ahead, soonest first."""
    today = today or today_local()
    horizon = today + dt.timedelta(days=within_days)
    last_day = last_day_column()
    with database.read_session() as session:
        rows = session.execute(
            select(Tenancy.id, Premises.name, Organisation.name, last_day)
            .join(Premises, Premises.id == Tenancy.premises_id)
            .join(Organisation, Organisation.id == Tenancy.organisation_id)
            .where(last_day >= today, last_day <= horizon, Premises.archived.is_(False))
            .order_by(last_day, Premises.id, Organisation.sort_key)
        ).all()
    # Within a day, premises in Latvian order of their names (no database sorts them so); the
    # sort is stable, so tenants of one premises stay in the organisations' order.
    rows = sorted(rows, key=lambda row: (row[3], sort_key(row[1])))
    return [EndingTerm(tenancy_id, premises, tenant, ends, (ends - today).days)
            for tenancy_id, premises, tenant, ends in rows]


def unpaid_months(database: Database, *, today: dt.date | None = None,
                  since: dt.date | None = None) -> list[StatementLine]:
    """Months whose due day has passed and that are not fully paid, oldest first. ``since`` limits
    how far back to look."""
    today = today or today_local()
    oldest = since or UNPAID_SINCE
    # The month of today is due for the tenancies whose due day is already behind it.
    return statement_lines(database, oldest, last_of_month(today), only_unpaid=True, due_before=today)


def premises_reminders(database: Database, *, today: dt.date | None = None) -> PremisesReminders:
    today = today or today_local()
    return PremisesReminders(ending=tuple(terms_ending_soon(database, today=today)),
                             unpaid=tuple(unpaid_months(database, today=today)))


def reminder_text(ending: int, unpaid: int) -> str:
    """'Pop-up terms ending within 30 days: 2 · Unpaid pop-up months: 3', or empty when there is nothing to remind."""
    parts: list[str] = []
    if ending:
        parts.append(translate("Reminders", "Pop-up terms ending within 30 days: {count}").format(count=ending))
    if unpaid:
        parts.append(translate("Reminders", "Unpaid pop-up months: {count}").format(count=unpaid))
    return " · ".join(parts)


def premises_reminder_text(database: Database, *, today: dt.date | None = None) -> str:
    """The status bar's reminder about pop-up premises; empty when all is well. It only counts the
    unpaid months, without building and sorting their statements as the reminders panel's list
    does (about 60 % of the list's time on bench/premises_bench.py)."""
    today = today or today_local()
    return reminder_text(len(terms_ending_soon(database, today=today)),
                         count_unpaid_months(database, UNPAID_SINCE, last_of_month(today), due_before=today))
