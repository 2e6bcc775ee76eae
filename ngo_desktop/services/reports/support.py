"""Support in kind per organisation: what the centre and the municipality gave without payment.

Nothing here prices anything again; each value comes from the rule that set it:
- Rooms: for each confirmed or provisional booking in the period, the full value before reductions
  minus the price charged, both stored on the booking when it was priced (services/booking_price.py).
  A member's free use is support of the full value.
- Fairs: for each accepted day of a vendor on a fair day of the period, the price list's fee for the
  assigned stall (services/fairs.price_for, as services/vendors.standard_fee uses it) minus the fee
  set; a waived fee is support of the whole price-list fee. A day without a stall has no price-list
  fee and so no support counted.
- Pop-up premises: the rent and utility reductions of the tenants' monthly statements
  (services/tenancy_statements.statement_lines), by the statement month; a tenancy starting or ending
  within a month is counted by days there. Premises belong to no site, so a report for one site
  leaves them out.
A booking counts in the month of its start (Riga time), a fair day in its own month.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import case, func, select

from ngo_desktop.database.core import Database
from ngo_desktop.models import (
    ApplicationDay,
    ApplicationStatus,
    Booking,
    Fair,
    FairDay,
    Organisation,
    OrganisationKind,
    Room,
    Stall,
    StallAssignment,
    Tenancy,
    VendorApplication,
)
from ngo_desktop.services.fairs.events import price_for
from ngo_desktop.services.premises.statements import statement_lines
from ngo_desktop.services.reports.period import ReportFilter
from ngo_desktop.services.reports.room_use import USED
from ngo_desktop.timeutil import local_day_bounds

ROOMS, FAIRS, RENT, UTILITIES = range(4)


@dataclass(frozen=True)
class SupportFigures:
    """Cents of support in the four forms."""

    rooms_cents: int = 0
    fairs_cents: int = 0
    rent_cents: int = 0
    utilities_cents: int = 0

    @property
    def total_cents(self) -> int:
        return self.rooms_cents + self.fairs_cents + self.rent_cents + self.utilities_cents


@dataclass(frozen=True)
class OrganisationSupport:
    """One organisation's support in the period; ``by_month`` is its total per month of the report."""

    organisation_id: int
    name: str
    kind: OrganisationKind
    figures: SupportFigures
    by_month: tuple[int, ...]


@dataclass(frozen=True)
class KindSupport:
    kind: OrganisationKind
    organisations: int
    figures: SupportFigures


@dataclass(frozen=True)
class SupportReport:
    report_filter: ReportFilter
    months: tuple[dt.date, ...]
    organisations: tuple[OrganisationSupport, ...]
    per_month: tuple[SupportFigures, ...]
    kinds: tuple[KindSupport, ...]
    includes_premises: bool
    total: SupportFigures = field(default_factory=SupportFigures)


def _figures(values: list[int]) -> SupportFigures:
    return SupportFigures(*values)


def support_in_kind(database: Database, report_filter: ReportFilter) -> SupportReport:
    period = report_filter.period
    months = tuple(period.months())
    month_index = {month: index for index, month in enumerate(months)}
    start_utc, end_utc = period.utc_bounds()
    kind_condition = [Organisation.kind == report_filter.kind] if report_filter.kind is not None else []
    room_site = [Room.site_id == report_filter.site_id] if report_filter.site_id is not None else []
    fair_site = [Fair.site_id == report_filter.site_id] if report_filter.site_id is not None else []
    # organisation id -> month index -> the four forms of support
    amounts: dict[int, list[list[int]]] = defaultdict(lambda: [[0, 0, 0, 0] for _ in months])
    with database.read_session() as session:
        # The database adds up each organisation's bookings per month: the month of a start is the
        # last month whose first moment (Riga time, as UTC) is not after it.
        month_of_start = case(*((Booking.starts_at >= local_day_bounds(month)[0], index)
                                for index, month in reversed(list(enumerate(months)))), else_=0)
        reductions = (
            select(Booking.organisation_id.label("organisation_id"), month_of_start.label("month"),
                   (Booking.full_value_cents - Booking.price_cents).label("cents"))
            # "+ 0" keeps SQLite on the index of the start, as in room_use, when a site is chosen.
            .join(Room, Room.id == Booking.room_id + 0).join(Organisation, Organisation.id == Booking.organisation_id)
            .where(Booking.starts_at >= start_utc, Booking.starts_at < end_utc, Booking.status.in_(USED),
                   Booking.full_value_cents > Booking.price_cents, *room_site, *kind_condition)).subquery()
        for organisation_id, month, cents in session.execute(
                select(reductions.c.organisation_id, reductions.c.month, func.sum(reductions.c.cents))
                .group_by(reductions.c.organisation_id, reductions.c.month)):
            amounts[organisation_id][month][ROOMS] += cents
        stall_days = session.execute(
            select(VendorApplication.organisation_id, FairDay.day, Fair.id, Stall.width_m, Stall.depth_m,
                   ApplicationDay.fee_cents)
            .join(VendorApplication, VendorApplication.id == ApplicationDay.application_id)
            .join(FairDay, FairDay.id == ApplicationDay.fair_day_id).join(Fair, Fair.id == FairDay.fair_id)
            .join(StallAssignment, StallAssignment.application_day_id == ApplicationDay.id)
            .join(Stall, Stall.id == StallAssignment.stall_id)
            .join(Organisation, Organisation.id == VendorApplication.organisation_id)
            .where(ApplicationDay.status == ApplicationStatus.ACCEPTED, FairDay.cancelled.is_(False),
                   FairDay.day >= period.first, FairDay.day <= period.last, *fair_site, *kind_condition)).all()
        price_list: dict[tuple[int, float, float], int] = {}
        for organisation_id, day, fair_id, width, depth, fee in stall_days:
            key = (fair_id, width, depth)
            if key not in price_list:
                price_list[key] = price_for(session, fair_id, width, depth)
            if price_list[key] > fee:
                amounts[organisation_id][month_index[day.replace(day=1)]][FAIRS] += price_list[key] - fee
    includes_premises = report_filter.site_id is None
    if includes_premises:
        for line in statement_lines(database, period.first, period.last,
                                    *([Tenancy.organisation_id.in_(
                                        select(Organisation.id).where(*kind_condition))] if kind_condition else [])):
            if line.month in month_index and line.reduction_cents:
                figures = amounts[line.organisation_id][month_index[line.month]]
                figures[RENT] += line.rent_reduction_cents
                figures[UTILITIES] += line.utilities_reduction_cents
    with database.read_session() as session:
        names = {row.id: row for row in session.execute(
            select(Organisation.id, Organisation.name, Organisation.kind, Organisation.sort_key)
            .where(Organisation.id.in_(list(amounts))))} if amounts else {}

    organisations: list[OrganisationSupport] = []
    per_month = [[0, 0, 0, 0] for _ in months]
    per_kind: dict[OrganisationKind, tuple[list[int], list[int]]] = {}
    for organisation_id, by_month in amounts.items():
        year = [sum(form) for form in zip(*by_month, strict=True)]
        if not any(year):
            continue
        row = names[organisation_id]
        organisations.append(OrganisationSupport(organisation_id, row.name, OrganisationKind(row.kind),
                                                 _figures(year), tuple(map(sum, by_month))))
        for index, month in enumerate(by_month):
            if any(month):  # most organisations had support in a few months only
                totals = per_month[index]
                for form in range(4):
                    totals[form] += month[form]
        kind_count, kind_sum = per_kind.setdefault(OrganisationKind(row.kind), ([0], [0, 0, 0, 0]))
        kind_count[0] += 1
        for form in range(4):
            kind_sum[form] += year[form]
    order = {organisation_id: row.sort_key for organisation_id, row in names.items()}
    organisations.sort(key=lambda line: (order[line.organisation_id], line.organisation_id))
    kinds = tuple(KindSupport(kind, per_kind[kind][0][0], _figures(per_kind[kind][1]))
                  for kind in OrganisationKind if kind in per_kind)
    total = _figures([sum(month[form] for month in per_month) for form in range(4)])
    return SupportReport(report_filter, months, tuple(organisations), tuple(_figures(m) for m in per_month),
                         kinds, includes_premises, total)
