"""Monthly statements of pop-up tenants and the support the municipality gives through reductions.

How one month of one tenancy is worked out, everything in integer cents, halves rounded up:
1. The tenant's full-month share: rent = base rent × share %, utilities = (electricity + water +
   heating) × share %.
2. A month the tenancy covers only in part is charged by days: share × days held / days in month.
3. The reduction: a percentage of that month's rent (or utilities), or the fixed monthly amount
   (itself counted by days in a part month), never more than the charge it reduces.
4. Amount due = rent + utilities − reductions. The support given is the sum of the reductions:
   what the municipality forgoes.
A month counts as paid when the payment recorded for it covers the amount due.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import Row, select

from ngo_desktop.database.core import Database
from ngo_desktop.database.together import read_together
from ngo_desktop.errors import NotFound, ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.models import Organisation, PaymentStatus, Premises, ReductionKind, Tenancy, TenancyPayment
from ngo_desktop.services.premises.registry import last_day_column
from ngo_desktop.sorting import sort_key
from ngo_desktop.vocabulary import payment_label


class PaymentState(enum.StrEnum):
    NOTHING_DUE = "nothing_due"
    UNPAID = "unpaid"
    PART_PAID = "part_paid"
    PAID = "paid"


class StatementLine(NamedTuple):
    """One tenant's month. ``month`` is the first day of the month.

    A named tuple, not a frozen dataclass: the reminders build thousands of lines at once, and a
    tuple is made in one step where a frozen dataclass sets its 18 fields one by one (a third of
    the reminders' time; issue #16). The fields a tenancy's months share come first, so that each
    line is those fields joined with the month's own (``_line``).
    """

    tenancy_id: int
    premises_id: int
    premises_name: str
    premises_address: str
    organisation_id: int
    tenant_name: str
    decision_number: str
    payment_due_day: int  # a term of the tenancy
    term_starts_on: dt.date | None
    month: dt.date
    days: int
    days_in_month: int
    rent_cents: int
    utilities_cents: int
    rent_reduction_cents: int
    utilities_reduction_cents: int
    paid_cents: int
    paid_on: dt.date | None

    @property
    def due_on(self) -> dt.date:
        """The day by which the month is to be paid (``due_date``)."""
        return due_date(self.month, self.payment_due_day, self.term_starts_on)

    @property
    def charge_cents(self) -> int:
        return self.rent_cents + self.utilities_cents

    @property
    def reduction_cents(self) -> int:
        return self.rent_reduction_cents + self.utilities_reduction_cents

    @property
    def due_cents(self) -> int:
        return self.charge_cents - self.reduction_cents

    @property
    def outstanding_cents(self) -> int:
        return max(0, self.due_cents - self.paid_cents)

    @property
    def state(self) -> PaymentState:
        if self.due_cents == 0:
            return PaymentState.NOTHING_DUE
        if self.paid_cents >= self.due_cents:
            return PaymentState.PAID
        return PaymentState.PART_PAID if self.paid_cents > 0 else PaymentState.UNPAID


@dataclass(frozen=True)
class MonthSupport:
    """The whole centre's month: what tenants were charged, what the reductions forgave, what came in."""

    month: dt.date
    tenancies: int
    charge_cents: int
    rent_reduction_cents: int
    utilities_reduction_cents: int
    due_cents: int
    paid_cents: int

    @property
    def support_cents(self) -> int:
        return self.rent_reduction_cents + self.utilities_reduction_cents


def state_text(state: PaymentState) -> str:
    return {
        PaymentState.NOTHING_DUE: translate("Statements", "nothing due"),
        PaymentState.UNPAID: payment_label(PaymentStatus.UNPAID),
        PaymentState.PART_PAID: translate("Statements", "partly paid"),
        PaymentState.PAID: payment_label(PaymentStatus.PAID),
    }[state]


def due_date(month: dt.date, due_day: int, term_starts_on: dt.date | None) -> dt.date:
    """The tenancy's due day of ``month``; a term that starts after that day owes its first month
    from its first day, never before the tenant has moved in."""
    due = month.replace(day=due_day)
    return max(due, term_starts_on) if term_starts_on is not None else due


def _share(amount: int, numerator: int, denominator: int) -> int:
    """``amount × numerator / denominator`` in whole cents, halves rounded up (amounts are ≥ 0)."""
    return (2 * amount * numerator + denominator) // (2 * denominator)


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


@lru_cache(maxsize=1024)  # the reports step through the same months for every tenancy
def next_month(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def last_of_month(month: dt.date) -> dt.date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first days of the months from ``first``'s month to ``last``'s, both included."""
    months: list[dt.date] = []
    month = first_of_month(first)
    while month <= last:
        months.append(month)
        month = next_month(month)
    return months


_PERCENT, _FIXED = ReductionKind.PERCENT, ReductionKind.FIXED  # an enum member looked up per month is slow


def _reduction(kind: ReductionKind, value: int, charge: int, days: int, days_in_month: int) -> int:
    if kind == _PERCENT:
        return _share(charge, value, 100)
    if kind == _FIXED:
        return min(charge, _share(value, days, days_in_month))
    return 0


def _term_columns():  # type: ignore[no-untyped-def]
    """What a statement needs of a tenancy, its premises and tenant: plain columns, no ORM objects."""
    return (
        Tenancy.id.label("tenancy_id"), Tenancy.organisation_id, Tenancy.starts_on,
        last_day_column().label("last_day"), Tenancy.rent_share_percent, Tenancy.rent_reduction_kind,
        Tenancy.rent_reduction, Tenancy.utilities_reduction_kind, Tenancy.utilities_reduction,
        Tenancy.decision_number, Tenancy.payment_due_day, Premises.id.label("premises_id"),
        Premises.name.label("premises_name"), Premises.address.label("premises_address"), Premises.base_rent_cents,
        (Premises.electricity_cents + Premises.water_cents + Premises.heating_cents).label("utilities_cents"),
        Organisation.name.label("tenant_name"), Organisation.sort_key.label("tenant_key"),
    )


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """No cycle collection while thousands of statements are built.

    The lines, tuples and rows made here hold no reference cycles, yet making them triggers full
    collections that walk every object of the program: a third of the reminders' time. The
    collector is switched back on at the end (if it was on), whatever happens.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@lru_cache(maxsize=1024)
def _month_facts(month: dt.date) -> tuple[int, dt.date]:
    """How many days ``month`` (its first day) has, and its last day."""
    days_in_month = calendar.monthrange(month.year, month.month)[1]
    return days_in_month, month.replace(day=days_in_month)


Pricing = tuple[int, int, int, ReductionKind, int, ReductionKind, int]


def _pricing(term: Row) -> Pricing:
    """What a month's figures depend on, read once per tenancy (a Row's attributes are slow to read)."""
    return (term.rent_share_percent, term.base_rent_cents, term.utilities_cents, term.rent_reduction_kind,
            term.rent_reduction, term.utilities_reduction_kind, term.utilities_reduction)


def _month_figures(pricing: Pricing, days: int, days_in_month: int) -> tuple[int, int, int, int]:
    """Rent, utilities and their reductions for ``days`` of a month held."""
    share, base_rent, full_utilities, rent_kind, rent_reduction, utilities_kind, utilities_reduction = pricing
    rent = _share(_share(base_rent, share, 100), days, days_in_month)
    utilities = _share(_share(full_utilities, share, 100), days, days_in_month)
    return (rent, utilities, _reduction(rent_kind, rent_reduction, rent, days, days_in_month),
            _reduction(utilities_kind, utilities_reduction, utilities, days, days_in_month))


def _days_held(starts_on: dt.date, last_day: dt.date, month: dt.date, month_last: dt.date) -> int:
    return max(0, (min(last_day, month_last) - max(starts_on, month)).days + 1)


TermFields = tuple[int, int, str, str, int, str, str, int, dt.date]


def _fixed_fields(term: Row) -> TermFields:
    """The statement fields that are the same in every month of a tenancy, in ``StatementLine``'s order."""
    return (term.tenancy_id, term.premises_id, term.premises_name, term.premises_address, term.organisation_id,
            term.tenant_name, term.decision_number, term.payment_due_day, term.starts_on)


def _line(fixed: TermFields, month: dt.date, days: int, days_in_month: int,
          figures: tuple[int, int, int, int], paid: tuple[int, dt.date] | None) -> StatementLine:
    return _make_line((*fixed, month, days, days_in_month, *figures,
                       *(paid if paid is not None else (0, None))))


_make_line = StatementLine._make


def statement_line(term: Row, month: dt.date, paid: tuple[int, dt.date] | None) -> StatementLine:
    """The month's figures of one tenancy (a row of ``_term_columns``); the month must overlap its term."""
    month = first_of_month(month)
    days_in_month, month_last = _month_facts(month)
    days = _days_held(term.starts_on, term.last_day, month, month_last)
    return _line(_fixed_fields(term), month, days, days_in_month,
                 _month_figures(_pricing(term), days, days_in_month), paid)


MonthRow = tuple[Row, dt.date, int, int, tuple[int, int, int, int], "tuple[int, dt.date] | None"]


def _month_rows(database: Database, first: dt.date, last: dt.date, conditions: tuple,  # type: ignore[type-arg]
                only_unpaid: bool, due_before: dt.date | None = None) -> Iterator[MonthRow]:
    """Each month of the tenancies running in [first, last]: (term, month, days held, days in the
    month, figures, payment), in no particular order; worked out without building statements, so
    a year's totals or the few unpaid months of years of terms come cheap. With ``due_before``,
    only the months whose due day (the tenancy's own) is before that day."""
    running = (Tenancy.starts_on <= last, last_day_column() >= first, *conditions)
    payments_of = select(TenancyPayment.tenancy_id, TenancyPayment.month, TenancyPayment.amount_cents,
                         TenancyPayment.paid_on).where(TenancyPayment.month >= first_of_month(first),
                                                       TenancyPayment.month <= last)
    if conditions:
        # Some tenancies only (one premises, one tenancy): their payments alone. For every tenancy
        # (the reminders, a year's support) the months' payments are read without the join: a
        # payment of a term outside [first, last] is never looked up.
        payments_of = payments_of.join(Tenancy, Tenancy.id == TenancyPayment.tenancy_id).where(*running)
    with database.read_connection() as connection:
        # The terms and their payments, sent together: one round trip to a server across town.
        terms, payment_rows = read_together(connection, (
            select(*_term_columns())
            .join(Premises, Premises.id == Tenancy.premises_id)
            .join(Organisation, Organisation.id == Tenancy.organisation_id)
            .where(*running),
            payments_of))
    payments = {(tenancy_id, month): (amount, paid_on) for tenancy_id, month, amount, paid_on in payment_rows}
    # A month before ``due_before``'s own is always due (a due day is at most the 28th, and a term
    # that starts later has no such month): only that month and later ones are asked when they fall due.
    due_from = first_of_month(due_before) if due_before is not None else None
    for term in terms:
        tenancy_id, starts_on, last_day, pricing = term.tenancy_id, term.starts_on, term.last_day, _pricing(term)
        # Every whole month of a term has the same figures, whatever its length (a share of d days
        # out of d is the whole amount, halves rounded up), as has each equal part month: work each
        # out once.
        figures_of: dict[tuple[int, int] | None, tuple[int, int, int, int]] = {}
        # No month costs more than the full share before reductions: a payment of that much settles it
        # without working the month out (the reminders look through years of paid months).
        most_due = _share(pricing[1], pricing[0], 100) + _share(pricing[2], pricing[0], 100)
        due_day = term.payment_due_day
        for month in months_between(max(starts_on, first), min(last_day, last)):
            if due_from is not None and month >= due_from and due_date(month, due_day, starts_on) >= due_before:
                break  # this month is not due yet, nor any after it
            paid = payments.get((tenancy_id, month))
            if only_unpaid and paid is not None and paid[0] >= most_due:
                continue
            days_in_month, month_last = _month_facts(month)
            days = _days_held(starts_on, last_day, month, month_last)
            kind_of_month = None if days == days_in_month else (days, days_in_month)
            figures = figures_of.get(kind_of_month)
            if figures is None:
                figures = figures_of[kind_of_month] = _month_figures(pricing, days, days_in_month)
            if only_unpaid:
                due = figures[0] + figures[1] - figures[2] - figures[3]
                # What StatementLine.state calls unpaid or partly paid.
                if due == 0 or (paid[0] if paid is not None else 0) >= due:
                    continue
            yield term, month, days, days_in_month, figures, paid


def statement_lines(database: Database, first: dt.date, last: dt.date, *conditions,  # type: ignore[no-untyped-def]
                    only_unpaid: bool = False, due_before: dt.date | None = None) -> list[StatementLine]:
    """Every month line of the tenancies running in [first, last], by month, premises and tenant.

    ``only_unpaid`` leaves out the months whose payment covers the amount due; ``due_before`` the
    months whose due day (each tenancy's own) is not before that day.
    """
    keyed: list[tuple[tuple[dt.date, str, int, str, int], StatementLine]] = []
    sort_names: dict[str, str] = {}
    # Per tenancy: the fields every month shares and its place after the month (premises, tenant).
    known: dict[int, tuple[TermFields, tuple[str, int, str, int]]] = {}
    with _cycle_collector_paused():
        for term, month, days, days_in_month, figures, paid in _month_rows(database, first, last, conditions,
                                                                            only_unpaid, due_before):
            fixed_and_place = known.get(term.tenancy_id)
            if fixed_and_place is None:
                sort_name = sort_names.get(term.premises_name)
                if sort_name is None:
                    sort_name = sort_names[term.premises_name] = sort_key(term.premises_name)
                fixed_and_place = known[term.tenancy_id] = (
                    _fixed_fields(term), (sort_name, term.premises_id, term.tenant_key, term.tenancy_id))
            fixed, place = fixed_and_place
            keyed.append(((month, *place), _line(fixed, month, days, days_in_month, figures, paid)))
    keyed.sort(key=lambda pair: pair[0])
    return [line for _key, line in keyed]


def count_unpaid_months(database: Database, first: dt.date, last: dt.date, *, due_before: dt.date) -> int:
    """How many months of the tenancies in [first, last] are not fully paid although their due day
    (each tenancy's own) is before ``due_before``: the status bar's count, without building the
    statements and sorting them as ``statement_lines`` does."""
    with _cycle_collector_paused():
        return sum(1 for _month in _month_rows(database, first, last, (), True, due_before))


def statements_for_month(database: Database, *, month: dt.date, premises_id: int | None = None) -> list[StatementLine]:
    """Every tenant's statement for ``month``, by premises and then tenant in Latvian order."""
    month = first_of_month(month)
    conditions = [Tenancy.premises_id == premises_id] if premises_id is not None else []
    return statement_lines(database, month, last_of_month(month), *conditions)


def statements_of_tenancy(database: Database, tenancy_id: int, *, until: dt.date | None = None) -> list[StatementLine]:
    """All months of one tenancy's term (up to ``until``'s month when given), oldest first."""
    with database.read_session() as session:
        tenancy = session.get(Tenancy, tenancy_id)
        if tenancy is None:
            raise NotFound(translate("Statements", "This tenancy no longer exists."))
        first, last = tenancy.starts_on, tenancy.ended_early_on or tenancy.ends_on
    if until is not None:
        last = min(last, last_of_month(until))
    if last < first:
        return []
    return statement_lines(database, first, last, Tenancy.id == tenancy_id)


def monthly_statement(database: Database, *, tenancy_id: int, month: dt.date) -> StatementLine:
    """One tenant's statement for one month; refused for a month outside the term."""
    month = first_of_month(month)
    lines = [line for line in statement_lines(database, month, last_of_month(month), Tenancy.id == tenancy_id)]
    if not lines:
        with database.read_session() as session:
            if session.get(Tenancy, tenancy_id) is None:
                raise NotFound(translate("Statements", "This tenancy no longer exists."))
        raise ValidationFailed({"month": translate(
            "Statements", "The tenancy does not run in this month; choose a month within its term.")})
    return lines[0]


def support_per_month(database: Database, *, year: int) -> list[MonthSupport]:
    """Twelve months of ``year``: charges, reductions (the municipality's support), amounts due and paid."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    totals = {month: [0, 0, 0, 0, 0, 0] for month in months_between(first, last)}
    for _term, month, _days, _days_in_month, figures, paid in _month_rows(database, first, last, (), False):
        rent, utilities, rent_reduction, utilities_reduction = figures
        month_totals = totals[month]
        month_totals[0] += 1
        month_totals[1] += rent + utilities
        month_totals[2] += rent_reduction
        month_totals[3] += utilities_reduction
        month_totals[4] += rent + utilities - rent_reduction - utilities_reduction
        month_totals[5] += paid[0] if paid is not None else 0
    return [MonthSupport(month, *month_totals) for month, month_totals in totals.items()]
