"""Fairs and markets: per fair and day, stalls offered and taken, vendors, waitlist, fees, check-in.

- Stalls offered: the stalls on the fair's plan that are not archived (0 without a plan).
- Stalls taken: vendors assigned to a stall that day.
- Vendors accepted / waitlisted: application days in that state.
- Fees due: the fees set for accepted vendors; paid: those marked paid; waived: how many were waived.
- Arrived / no-show: the check-in ticks of accepted vendors.
- Vendors by category: applications with at least one accepted day in the period.
Cancelled fair days are left out. The organisation kind filter keeps vendors of that kind.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select

from ngo_desktop.database.core import Database
from ngo_desktop.models import (
    ApplicationDay,
    ApplicationStatus,
    CheckIn,
    Fair,
    FairDay,
    FairKind,
    Organisation,
    PaymentStatus,
    Stall,
    StallAssignment,
    VendorApplication,
    VendorCategory,
)
from ngo_desktop.services.reports.period import ReportFilter
from ngo_desktop.sorting import sort_key


@dataclass(frozen=True)
class FairDayFigures:
    day: dt.date
    stalls_offered: int
    stalls_taken: int
    accepted: int
    waitlisted: int
    due_cents: int
    paid_cents: int
    waived: int
    arrived: int
    no_show: int


FIGURES = ("stalls_offered", "stalls_taken", "accepted", "waitlisted", "due_cents", "paid_cents", "waived",
           "arrived", "no_show")


@dataclass(frozen=True)
class FairFigures:
    fair_id: int
    name: str
    kind: FairKind
    days: tuple[FairDayFigures, ...]

    def total(self, figure: str) -> int:
        return sum(getattr(day, figure) for day in self.days)


@dataclass(frozen=True)
class FairsReport:
    report_filter: ReportFilter
    fairs: tuple[FairFigures, ...]
    categories: tuple[tuple[VendorCategory, int], ...]

    def total(self, figure: str) -> int:
        """The season: the figure over every fair day of the period."""
        return sum(fair.total(figure) for fair in self.fairs)

    @property
    def fair_days(self) -> int:
        return sum(len(fair.days) for fair in self.fairs)


def _count_when(condition) -> object:  # type: ignore[no-untyped-def]
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def fairs_report(database: Database, report_filter: ReportFilter) -> FairsReport:
    period = report_filter.period
    fair_conditions = [FairDay.day >= period.first, FairDay.day <= period.last, FairDay.cancelled.is_(False)]
    if report_filter.site_id is not None:
        fair_conditions.append(Fair.site_id == report_filter.site_id)
    kind_conditions = [Organisation.kind == report_filter.kind] if report_filter.kind is not None else []
    accepted = ApplicationDay.status == ApplicationStatus.ACCEPTED
    with database.read_session() as session:
        days = session.execute(
            select(FairDay.id, FairDay.day, Fair.id, Fair.name, Fair.kind, Fair.layout_id)
            .join(Fair, Fair.id == FairDay.fair_id).where(*fair_conditions)).all()
        offered = dict(session.execute(
            select(Stall.layout_id, func.count(Stall.id)).where(Stall.archived.is_(False)).group_by(Stall.layout_id)
        ).all())
        applications = (
            select(ApplicationDay.fair_day_id,
                   _count_when(accepted),
                   _count_when(ApplicationDay.status == ApplicationStatus.WAITLISTED),
                   func.coalesce(func.sum(case((accepted, ApplicationDay.fee_cents), else_=0)), 0),
                   func.coalesce(func.sum(case((accepted & (ApplicationDay.payment_status == PaymentStatus.PAID),
                                                ApplicationDay.fee_cents), else_=0)), 0),
                   _count_when(accepted & (ApplicationDay.payment_status == PaymentStatus.WAIVED)),
                   _count_when(accepted & (ApplicationDay.check_in == CheckIn.ARRIVED)),
                   _count_when(accepted & (ApplicationDay.check_in == CheckIn.NO_SHOW)),
                   func.count(StallAssignment.id))
            .join(VendorApplication, VendorApplication.id == ApplicationDay.application_id)
            .join(Organisation, Organisation.id == VendorApplication.organisation_id)
            .join(FairDay, FairDay.id == ApplicationDay.fair_day_id).join(Fair, Fair.id == FairDay.fair_id)
            .outerjoin(StallAssignment, StallAssignment.application_day_id == ApplicationDay.id)
            .where(*fair_conditions, *kind_conditions).group_by(ApplicationDay.fair_day_id))
        per_day = {row[0]: row[1:] for row in session.execute(applications)}
        categories = dict(session.execute(
            select(VendorApplication.category, func.count(func.distinct(VendorApplication.id)))
            .join(ApplicationDay, ApplicationDay.application_id == VendorApplication.id)
            .join(Organisation, Organisation.id == VendorApplication.organisation_id)
            .join(FairDay, FairDay.id == ApplicationDay.fair_day_id).join(Fair, Fair.id == FairDay.fair_id)
            .where(accepted, *fair_conditions, *kind_conditions).group_by(VendorApplication.category)).all())

    by_fair: dict[int, tuple[str, FairKind, list[FairDayFigures]]] = {}
    for day_id, day, fair_id, name, kind, layout_id in days:
        (accepted_count, waitlisted, due, paid, waived, arrived, no_show, taken) = per_day.get(
            day_id, (0, 0, 0, 0, 0, 0, 0, 0))
        figures = FairDayFigures(day, offered.get(layout_id, 0) if layout_id is not None else 0, int(taken),
                                 int(accepted_count), int(waitlisted), int(due), int(paid), int(waived),
                                 int(arrived), int(no_show))
        by_fair.setdefault(fair_id, (name, FairKind(kind), []))[2].append(figures)
    fairs = [FairFigures(fair_id, name, kind, tuple(sorted(day_figures, key=lambda figures: figures.day)))
             for fair_id, (name, kind, day_figures) in by_fair.items()]
    fairs.sort(key=lambda fair: (fair.days[0].day, sort_key(fair.name), fair.fair_id))
    return FairsReport(report_filter, tuple(fairs),
                       tuple((category, int(categories[category])) for category in VendorCategory
                             if category in categories))
