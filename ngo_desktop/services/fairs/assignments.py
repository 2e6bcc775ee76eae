"""Putting vendors on stalls: one vendor per stall and day, power only where the stall has it,
and copying the assignments of season regulars to another day or to next season's fair.

The one-vendor-per-stall-and-day rule lives here and in the database's unique constraint
(fair_day_id, stall_id); the power rule lives only here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from ngo_desktop.database.core import Database
from ngo_desktop.database.together import read_together
from ngo_desktop.errors import DomainError, NotFound
from ngo_desktop.i18n import translate
from ngo_desktop.models import (
    ApplicationDay,
    ApplicationStatus,
    AuditAction,
    Fair,
    FairDay,
    PaymentStatus,
    Stall,
    StallAssignment,
    StallLayout,
    VendorApplication,
    VendorCategory,
)
from ngo_desktop.services import audit
from ngo_desktop.services.fairs.events import FairDayInfo, price_for
from ngo_desktop.services.fairs.layouts import LayoutPlan, plan_from, plan_statements
from ngo_desktop.services.fairs.vendors import (
    ApplicationFilter,
    ApplicationRow,
    counted_page,
    page_statement,
    rows_from,
)
from ngo_desktop.vocabulary import quoted


@dataclass(frozen=True)
class StallOccupant:
    application_day_id: int
    organisation: str
    category: VendorCategory
    payment_status: PaymentStatus
    needs_power: bool


@dataclass(frozen=True)
class CopyReport:
    copied: int
    skipped: tuple[str, ...] = field(default=())


def _check_and_place(session: Session, application_day: ApplicationDay, stall: Stall) -> StallAssignment:
    """Apply the rules and place the vendor; raises DomainError with the reason when refused."""
    organisation = quoted(application_day.application.organisation.name)
    if application_day.status != ApplicationStatus.ACCEPTED:
        raise DomainError(translate(
            "StallAssignments", "{vendor} is not accepted for this day yet. Accept the application first."
        ).format(vendor=organisation))
    fair_day = application_day.fair_day
    if stall.archived or stall.layout_id != fair_day.fair.layout_id:
        raise DomainError(translate(
            "StallAssignments", "Stall {number} is not on this fair's plan.").format(number=stall.number))
    taken_by = session.scalar(select(StallAssignment).where(
        StallAssignment.fair_day_id == fair_day.id, StallAssignment.stall_id == stall.id))
    if taken_by is not None and taken_by.application_day_id != application_day.id:
        raise DomainError(translate(
            "StallAssignments",
            "Stall {number} is already taken on {day} by {vendor}. Choose a free stall or move that vendor first.",
        ).format(number=stall.number, day=fair_day.day.strftime("%d.%m.%Y"),
                 vendor=quoted(taken_by.application_day.application.organisation.name)))
    if application_day.application.needs_power and not stall.has_power:
        raise DomainError(translate(
            "StallAssignments",
            "{vendor} needs electricity, but stall {number} has no power. Choose a stall with power.",
        ).format(vendor=organisation, number=stall.number))
    assignment = application_day.assignment
    if assignment is None:
        assignment = StallAssignment(application_day_id=application_day.id, fair_day_id=fair_day.id,
                                     stall_id=stall.id)
        session.add(assignment)
        application_day.assignment = assignment
    else:
        assignment.stall_id = stall.id
        assignment.stall = stall
    # The price list decides the fee unless a reduction was recorded or the fee was waived.
    if application_day.payment_status != PaymentStatus.WAIVED and not application_day.fee_reduction_reason:
        application_day.fee_cents = price_for(session, fair_day.fair_id, stall.width_m, stall.depth_m)
    session.flush()
    return assignment


def assign(database: Database, *, application_day_id: int, stall_id: int) -> None:
    """Put the vendor on the stall for that day (moving them if they already had another)."""
    with database.unit_of_work() as session:
        application_day = session.get(ApplicationDay, application_day_id)
        # FOR UPDATE on PostgreSQL: two desks placing vendors on one stall take turns, so the second
        # is told who got it instead of hitting the unique constraint (SQLite: BEGIN IMMEDIATE).
        stall = session.get(Stall, stall_id, with_for_update=True)
        if application_day is None or stall is None:
            raise NotFound(translate("StallAssignments", "The vendor or the stall no longer exists."))
        before = audit.snapshot(application_day.assignment) if application_day.assignment else None
        assignment = _check_and_place(session, application_day, stall)
        audit.record(session, operator=database.operator, action=AuditAction.ASSIGN, entity="stall_assignment",
                     entity_id=assignment.id, summary=stall.number, before=before,
                     after=audit.snapshot(assignment),
                     organisation_id=application_day.application.organisation_id)


def unassign(database: Database, application_day_id: int) -> None:
    with database.unit_of_work() as session:
        application_day = session.get(ApplicationDay, application_day_id)
        if application_day is None:
            raise NotFound(translate("StallAssignments", "The vendor no longer exists."))
        assignment = application_day.assignment
        if assignment is None:
            return
        before = audit.snapshot(assignment)
        session.delete(assignment)
        application_day.assignment = None
        audit.record(session, operator=database.operator, action=AuditAction.UNASSIGN,
                     entity="stall_assignment", entity_id=before["id"], before=before,
                     organisation_id=application_day.application.organisation_id)


def stall_occupancy(database: Database, fair_day_id: int) -> dict[int, StallOccupant]:
    """Who stands on which stall that day, for colouring the plan and its tooltips."""
    with database.read_session() as session:
        return _occupancy(session, fair_day_id)


def _occupancy(session: Session, fair_day_id: int) -> dict[int, StallOccupant]:
    return _occupants_from(session.execute(_occupancy_statement(fair_day_id)))


def _occupancy_statement(fair_day_id: int) -> Select[Any]:
    from ngo_desktop.models import Organisation

    return (select(StallAssignment.stall_id, ApplicationDay.id, Organisation.name, VendorApplication.category,
                   ApplicationDay.payment_status, VendorApplication.needs_power)
            .join(ApplicationDay, StallAssignment.application_day_id == ApplicationDay.id)
            .join(VendorApplication, ApplicationDay.application_id == VendorApplication.id)
            .join(Organisation, VendorApplication.organisation_id == Organisation.id)
            .where(StallAssignment.fair_day_id == fair_day_id))


def _occupants_from(rows: Iterable[Row[Any]]) -> dict[int, StallOccupant]:
    return {row[0]: StallOccupant(*row[1:]) for row in rows}


@dataclass(frozen=True)
class FairPlan:
    """What a fair's Plan tab shows when it opens: the fair's days (not cancelled, in order), its plan
    (None when it has none yet), the day shown and who stands on which stall that day."""

    days: tuple[FairDayInfo, ...]
    plan: LayoutPlan | None
    day_id: int | None
    occupancy: dict[int, StallOccupant]
    vendors: tuple[ApplicationFilter, tuple[int, list[ApplicationRow]]] | None = None


def accepted_on(fair_id: int, fair_day_id: int) -> ApplicationFilter:
    """The vendors the Plan tab lists beside the plan: those accepted for the day."""
    return ApplicationFilter(fair_id=fair_id, fair_day_id=fair_day_id, statuses=(ApplicationStatus.ACCEPTED,))


def read_fair_plan(database: Database, fair_id: int, wanted_day_id: int | None = None, *,
                   vendor_rows: int = 200) -> FairPlan:
    """Everything the Plan tab opens with, in one read: the fair's days, its plan, who stands where
    on the day shown and the first ``vendor_rows`` vendors accepted for it. On a server across town
    every statement is a round trip: the fair with its days is asked first, then the four questions
    that depend on it go together (``database.together``), two round trips in all (a third only to
    count more than ``vendor_rows`` vendors). The day shown is ``wanted_day_id`` when the fair has
    it, else the fair's first day."""
    with database.read_session() as session:
        rows = session.execute(
            select(Fair.layout_id, StallLayout.name, StallLayout.width_m, StallLayout.depth_m,
                   FairDay.id, FairDay.day, FairDay.opens, FairDay.closes, FairDay.cancelled)
            .outerjoin(StallLayout, StallLayout.id == Fair.layout_id)
            .outerjoin(FairDay, (FairDay.fair_id == Fair.id) & FairDay.cancelled.is_(False))
            .where(Fair.id == fair_id).order_by(FairDay.day)).all()
        if not rows:
            raise NotFound(translate("Fairs", "This fair no longer exists."))
        layout_id = rows[0][0]
        days = tuple(FairDayInfo(*row[4:]) for row in rows if row[4] is not None)
        if layout_id is None:
            return FairPlan(days, None, None, {})
        name_and_size = (rows[0][1], rows[0][2], rows[0][3])
        ids = [day.id for day in days]
        day_id = wanted_day_id if wanted_day_id in ids else (ids[0] if ids else None)
        if day_id is None:
            stalls, landmarks = read_together(session, plan_statements(layout_id))
            return FairPlan(days, plan_from(layout_id, name_and_size, stalls, landmarks), None, {})
        criteria = accepted_on(fair_id, day_id)
        stalls, landmarks, occupants, page = read_together(session, (
            *plan_statements(layout_id), _occupancy_statement(day_id), page_statement(criteria, 0, vendor_rows)))
        return FairPlan(days, plan_from(layout_id, name_and_size, stalls, landmarks), day_id,
                        _occupants_from(occupants),
                        (criteria, counted_page(session, criteria, vendor_rows, rows_from(page))))


def _copy(session: Session, database: Database, sources: list[tuple[int, str]], target_day: FairDay) -> CopyReport:
    """Place each (organisation id, stall number) on ``target_day``: same number on the target plan."""
    copied = 0
    skipped: list[str] = []
    target_stalls = {stall.number: stall for stall in session.scalars(select(Stall).where(
        Stall.layout_id == target_day.fair.layout_id, Stall.archived.is_(False)))}
    for organisation_id, number in sources:
        application_day = session.scalar(
            select(ApplicationDay).join(VendorApplication)
            .where(VendorApplication.organisation_id == organisation_id,
                   VendorApplication.fair_id == target_day.fair_id,
                   ApplicationDay.fair_day_id == target_day.id))
        if application_day is None or application_day.status != ApplicationStatus.ACCEPTED:
            continue  # not coming that day: nothing to keep
        if application_day.assignment is not None:
            continue  # already placed by hand; do not override the operator
        stall = target_stalls.get(number)
        name = quoted(application_day.application.organisation.name)
        if stall is None:
            skipped.append(translate("StallAssignments", "{vendor}: the plan has no stall {number}.").format(
                vendor=name, number=number))
            continue
        try:
            with session.begin_nested():
                assignment = _check_and_place(session, application_day, stall)
        except DomainError as refusal:
            skipped.append(str(refusal))
            continue
        audit.record(session, operator=database.operator, action=AuditAction.ASSIGN, entity="stall_assignment",
                     entity_id=assignment.id, summary=translate("StallAssignments", "copied"),
                     after=audit.snapshot(assignment), organisation_id=organisation_id)
        copied += 1
    return CopyReport(copied, tuple(skipped))


def _sources_of_day(session: Session, fair_day_id: int) -> list[tuple[int, str]]:
    return [tuple(row) for row in session.execute(
        select(VendorApplication.organisation_id, Stall.number)
        .select_from(StallAssignment)
        .join(ApplicationDay, StallAssignment.application_day_id == ApplicationDay.id)
        .join(VendorApplication, ApplicationDay.application_id == VendorApplication.id)
        .join(Stall, StallAssignment.stall_id == Stall.id)
        .where(StallAssignment.fair_day_id == fair_day_id))]


def copy_assignments_to_day(database: Database, *, from_day_id: int, to_day_id: int) -> CopyReport:
    """Regulars keep their stall: every vendor placed on ``from_day`` and accepted on ``to_day``
    gets the same stall number there, unless a rule refuses it (then the reason is reported)."""
    with database.unit_of_work() as session:
        target_day = session.get(FairDay, to_day_id)
        if target_day is None or session.get(FairDay, from_day_id) is None:
            raise NotFound(translate("StallAssignments", "That fair day no longer exists."))
        return _copy(session, database, _sources_of_day(session, from_day_id), target_day)


def copy_assignments_to_fair(database: Database, *, from_fair_id: int, to_fair_id: int) -> CopyReport:
    """Next season: each vendor keeps the stall number they had last in ``from_fair`` on every day of
    ``to_fair`` they are accepted for."""
    with database.unit_of_work() as session:
        latest: dict[int, str] = {}
        for day_id in session.scalars(select(FairDay.id).where(FairDay.fair_id == from_fair_id)
                                      .order_by(FairDay.day)):
            latest.update(dict(_sources_of_day(session, day_id)))
        copied = 0
        skipped: list[str] = []
        for target_day in session.scalars(select(FairDay).where(
                FairDay.fair_id == to_fair_id, FairDay.cancelled.is_(False)).order_by(FairDay.day)).all():
            report = _copy(session, database, sorted(latest.items()), target_day)
            copied += report.copied
            skipped.extend(report.skipped)
        return CopyReport(copied, tuple(skipped))
