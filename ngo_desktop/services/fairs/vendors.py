"""Vendors at fairs: applications per day, accepting up to the number of stalls, the waitlist and
its move-up, fees with recorded reductions, payments and the check-in on the day.

The waitlist is ordered by ``waitlist_position`` (1 is next). When an accepted vendor cancels, the
first on the waitlist is *offered* the place (``offered_at`` set); the operator confirms the move-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from ngo_desktop.database.core import Database
from ngo_desktop.errors import ChangedElsewhere, DomainError, NotFound, ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.models import (
    ApplicationDay,
    ApplicationStatus,
    AuditAction,
    CheckIn,
    ContactPerson,
    Fair,
    FairDay,
    Organisation,
    PaymentStatus,
    Stall,
    StallAssignment,
    VendorApplication,
    VendorCategory,
)
from ngo_desktop.services import audit
from ngo_desktop.services.fairs.events import FairDayInfo
from ngo_desktop.services.fairs.layouts import count_stalls
from ngo_desktop.sorting import organisation_match_key

T = TypeVar("T")

STATUS_COLUMN_ORDER = case(
    (ApplicationDay.status == ApplicationStatus.ACCEPTED, 0),
    (ApplicationDay.status == ApplicationStatus.WAITLISTED, 1),
    (ApplicationDay.status == ApplicationStatus.APPLIED, 2),
    else_=3,
)


@dataclass(frozen=True)
class ApplicationRow:
    """One vendor on one day, as the lists and the export show it."""

    application_day_id: int
    application_id: int
    organisation_id: int
    organisation: str
    fair_day_id: int
    day: dt.date
    category: VendorCategory
    goods: str
    needs_power: bool
    status: ApplicationStatus
    waitlist_position: int | None
    stall_id: int | None
    stall_number: str | None
    fee_cents: int
    fee_reduction_reason: str
    payment_status: PaymentStatus
    paid_on: dt.date | None
    check_in: CheckIn | None
    contact: str
    offered: bool


@dataclass(frozen=True)
class ApplicationFilter:
    fair_id: int
    fair_day_id: int | None = None
    text: str = ""
    statuses: tuple[ApplicationStatus, ...] = ()
    category: VendorCategory | None = None
    by_stall: bool = False  # the check-in list walks the market stall by stall


@dataclass(frozen=True)
class MoveUpOffer:
    application_day_id: int
    organisation: str


@dataclass(frozen=True)
class DayTotals:
    fair_day_id: int
    day: dt.date
    vendors: int
    due_cents: int
    paid_cents: int
    waived: int


def _application_day(session: Session, application_day_id: int) -> ApplicationDay:
    application_day = session.get(ApplicationDay, application_day_id)
    if application_day is None:
        raise NotFound(translate("Vendors", "This application no longer exists."))
    return application_day


def _record(session: Session, database: Database, application_day: ApplicationDay, action: AuditAction,
            before: dict | None, summary: str = "") -> None:
    session.flush()
    audit.record(session, operator=database.operator, action=action, entity="application_day",
                 entity_id=application_day.id, summary=summary, before=before,
                 after=audit.snapshot(application_day),
                 organisation_id=application_day.application.organisation_id)


def apply(database: Database, *, fair_id: int, organisation_id: int, fair_day_ids: list[int], goods: str = "",
          category: VendorCategory = VendorCategory.OTHER, needs_power: bool = False,
          contact_person_id: int | None = None, notes: str = "") -> int:
    """Record an organisation's application for the chosen days; applying again adds days."""
    if not fair_day_ids:
        raise ValidationFailed({"days": translate("Vendors", "Choose at least one day the vendor wants.")})
    with database.unit_of_work() as session:
        if session.get(Fair, fair_id) is None:
            raise NotFound(translate("Vendors", "This fair no longer exists."))
        organisation = session.get(Organisation, organisation_id)
        if organisation is None or organisation.archived:
            raise NotFound(translate("Vendors", "This organisation is not in the registry (or is archived)."))
        valid_days = set(session.scalars(select(FairDay.id).where(
            FairDay.fair_id == fair_id, FairDay.id.in_(fair_day_ids), FairDay.cancelled.is_(False))))
        if valid_days != set(fair_day_ids):
            raise ValidationFailed({"days": translate("Vendors", "A chosen day is not a day of this fair.")})
        application = session.scalar(select(VendorApplication).where(
            VendorApplication.fair_id == fair_id, VendorApplication.organisation_id == organisation_id))
        action = AuditAction.UPDATE if application is not None else AuditAction.CREATE
        before = audit.snapshot(application) if application is not None else None
        if application is None:
            application = VendorApplication(fair_id=fair_id, organisation_id=organisation_id)
            session.add(application)
        application.goods = goods.strip()
        application.category = category
        application.needs_power = needs_power
        application.contact_person_id = contact_person_id
        application.notes = notes.strip()
        known = {day.fair_day_id for day in application.days}
        for fair_day_id in sorted(valid_days - known):
            application.days.append(ApplicationDay(fair_day_id=fair_day_id))
        session.flush()
        audit.record(session, operator=database.operator, action=action, entity="vendor_application",
                     entity_id=application.id, summary=organisation.name, before=before,
                     after=audit.snapshot(application), organisation_id=organisation_id)
        return application.id


def _accepted_count(session: Session, fair_day_id: int) -> int:
    return session.scalar(select(func.count()).select_from(ApplicationDay).where(
        ApplicationDay.fair_day_id == fair_day_id, ApplicationDay.status == ApplicationStatus.ACCEPTED)) or 0


def _capacity(session: Session, fair_day_id: int) -> float:
    """How many vendors a day takes: its plan's stalls. A fair without a plan yet has no limit, so
    the front desk can accept vendors before the plan is drawn."""
    day = session.get(FairDay, fair_day_id)
    assert day is not None
    if day.fair.layout_id is None:
        return float("inf")
    return count_stalls(session, day.fair.layout_id)


def _next_waitlist_position(session: Session, fair_day_id: int) -> int:
    highest = session.scalar(select(func.max(ApplicationDay.waitlist_position)).where(
        ApplicationDay.fair_day_id == fair_day_id, ApplicationDay.status == ApplicationStatus.WAITLISTED))
    return (highest or 0) + 1


def _renumber_waitlist(session: Session, fair_day_id: int) -> None:
    waiting = session.scalars(select(ApplicationDay).where(
        ApplicationDay.fair_day_id == fair_day_id, ApplicationDay.status == ApplicationStatus.WAITLISTED,
    ).order_by(ApplicationDay.waitlist_position, ApplicationDay.id))
    for position, application_day in enumerate(waiting, start=1):
        application_day.waitlist_position = position


def accept(database: Database, application_day_ids: list[int]) -> dict[int, ApplicationStatus]:
    """Accept in the order given while the day has free stalls; the rest join the waitlist in order.

    Returns the status each application day got.
    """
    outcome: dict[int, ApplicationStatus] = {}
    with database.unit_of_work() as session:
        for application_day_id in application_day_ids:
            application_day = _application_day(session, application_day_id)
            if application_day.status == ApplicationStatus.ACCEPTED:
                outcome[application_day_id] = application_day.status
                continue
            before = audit.snapshot(application_day)
            fair_day_id = application_day.fair_day_id
            if _accepted_count(session, fair_day_id) < _capacity(session, fair_day_id):
                application_day.status = ApplicationStatus.ACCEPTED
                application_day.waitlist_position = None
            elif application_day.status != ApplicationStatus.WAITLISTED:
                application_day.status = ApplicationStatus.WAITLISTED
                application_day.waitlist_position = _next_waitlist_position(session, fair_day_id)
            session.flush()
            _record(session, database, application_day, AuditAction.UPDATE, before)
            outcome[application_day_id] = application_day.status
    return outcome


def reject(database: Database, application_day_id: int) -> None:
    with database.unit_of_work() as session:
        application_day = _application_day(session, application_day_id)
        if application_day.status == ApplicationStatus.ACCEPTED:
            raise DomainError(translate(
                "Vendors", "An accepted vendor cannot be rejected; cancel their place instead."))
        before = audit.snapshot(application_day)
        was_waiting = application_day.status == ApplicationStatus.WAITLISTED
        application_day.status = ApplicationStatus.REJECTED
        application_day.waitlist_position = None
        application_day.offered_at = None
        session.flush()
        if was_waiting:
            _renumber_waitlist(session, application_day.fair_day_id)
        _record(session, database, application_day, AuditAction.UPDATE, before)


def cancel(database: Database, application_day_id: int, *, reason: str = "") -> MoveUpOffer | None:
    """Cancel a vendor's day. If that frees a place, the first on the waitlist is offered it."""
    with database.unit_of_work() as session:
        application_day = _application_day(session, application_day_id)
        if application_day.status == ApplicationStatus.CANCELLED:
            return None
        before = audit.snapshot(application_day)
        freed = application_day.status == ApplicationStatus.ACCEPTED
        was_waiting = application_day.status == ApplicationStatus.WAITLISTED
        if application_day.assignment is not None:
            session.delete(application_day.assignment)
            application_day.assignment = None
        application_day.status = ApplicationStatus.CANCELLED
        application_day.waitlist_position = None
        application_day.offered_at = None
        session.flush()
        held_an_offer = was_waiting and before.get("offered_at") is not None
        if was_waiting:
            _renumber_waitlist(session, application_day.fair_day_id)
        _record(session, database, application_day, AuditAction.CANCEL, before, reason)
        if not freed and not held_an_offer:
            return None
        # A freed place, or a place offered to this vendor, goes to the next one waiting.
        return _offer_first(session, database, application_day.fair_day_id)


def _offer_first(session: Session, database: Database, fair_day_id: int) -> MoveUpOffer | None:
    # The first waiting vendor who has not been offered a place already: two freed places
    # go to two vendors, not twice to the same one.
    first = session.scalar(select(ApplicationDay).where(
        ApplicationDay.fair_day_id == fair_day_id, ApplicationDay.status == ApplicationStatus.WAITLISTED,
        ApplicationDay.offered_at.is_(None),
    ).order_by(ApplicationDay.waitlist_position, ApplicationDay.id).limit(1))
    if first is None:
        return None
    before = audit.snapshot(first)
    first.offered_at = dt.datetime.now(dt.UTC)
    _record(session, database, first, AuditAction.UPDATE, before,
            translate("Vendors", "offered a place from the waitlist"))
    return MoveUpOffer(first.id, first.application.organisation.name)


def confirm_move_up(database: Database, application_day_id: int) -> None:
    """The operator confirms that the waitlisted vendor takes the free place."""
    with database.unit_of_work() as session:
        application_day = _application_day(session, application_day_id)
        if application_day.status != ApplicationStatus.WAITLISTED:
            raise DomainError(translate("Vendors", "This vendor is no longer on the waitlist."))
        fair_day_id = application_day.fair_day_id
        if _accepted_count(session, fair_day_id) >= _capacity(session, fair_day_id):
            raise DomainError(translate(
                "Vendors", "Every stall of this day is taken. Cancel a vendor first or add a stall to the plan."))
        before = audit.snapshot(application_day)
        application_day.status = ApplicationStatus.ACCEPTED
        application_day.waitlist_position = None
        application_day.offered_at = None
        session.flush()
        _renumber_waitlist(session, fair_day_id)
        _record(session, database, application_day, AuditAction.UPDATE, before,
                translate("Vendors", "moved up from the waitlist"))


def decline_move_up(database: Database, application_day_id: int) -> MoveUpOffer | None:
    """The offered vendor does not want the place: they leave the waitlist, the next is offered it."""
    with database.unit_of_work() as session:
        application_day = _application_day(session, application_day_id)
        if application_day.status != ApplicationStatus.WAITLISTED or application_day.offered_at is None:
            raise DomainError(translate("Vendors", "This vendor has not been offered a place."))
        before = audit.snapshot(application_day)
        application_day.status = ApplicationStatus.CANCELLED
        application_day.waitlist_position = None
        application_day.offered_at = None
        session.flush()
        _renumber_waitlist(session, application_day.fair_day_id)
        _record(session, database, application_day, AuditAction.CANCEL, before,
                translate("Vendors", "declined the place offered"))
        return _offer_first(session, database, application_day.fair_day_id)


# --- taking a status change back ---------------------------------------------------------------
@dataclass(frozen=True)
class DayState:
    """Everything the vendor desk changes on one application day, to set it back (undo)."""

    status: ApplicationStatus
    waitlist_position: int | None
    offered_at: dt.datetime | None
    fee_cents: int
    fee_reduction_reason: str
    payment_status: PaymentStatus
    paid_on: dt.date | None
    check_in: CheckIn | None
    stall_id: int | None


@dataclass(frozen=True)
class StateChange:
    """The application days an action changed: their states before and after it."""

    before: Mapping[int, DayState]
    after: Mapping[int, DayState]


def _state_of(application_day: ApplicationDay) -> DayState:
    offered_at = application_day.offered_at
    if offered_at is not None and offered_at.tzinfo is None:
        offered_at = offered_at.replace(tzinfo=dt.UTC)  # SQLite hands back the UTC instant without a zone
    assignment = application_day.assignment
    return DayState(application_day.status, application_day.waitlist_position, offered_at,
                    application_day.fee_cents, application_day.fee_reduction_reason,
                    application_day.payment_status, application_day.paid_on, application_day.check_in,
                    assignment.stall_id if assignment is not None else None)


def _states_of_days(database: Database, application_day_ids: Iterable[int],
                    fair_day_ids: Iterable[int] = ()) -> dict[int, DayState]:
    """The states of the given application days and of every other vendor on the same fair days
    (accepting, cancelling and the waitlist move them too), and of every vendor on ``fair_day_ids``."""
    with database.read_session() as session:
        fair_days = select(ApplicationDay.fair_day_id).where(ApplicationDay.id.in_(list(application_day_ids)))
        days = session.scalars(select(ApplicationDay).where(
            ApplicationDay.fair_day_id.in_(fair_days) | ApplicationDay.fair_day_id.in_(list(fair_day_ids))))
        return {application_day.id: _state_of(application_day) for application_day in days}


def with_state_change(database: Database, application_day_ids: Iterable[int], action: Callable[[Database], T], *,
                      fair_day_ids: Iterable[int] = ()) -> tuple[T, StateChange]:
    """Run ``action`` (accept, cancel, set a fee, copy stalls to ``fair_day_ids``...) and say what it
    changed, so it can be undone."""
    ids, days = list(application_day_ids), list(fair_day_ids)
    before = _states_of_days(database, ids, days)
    result = action(database)
    after = _states_of_days(database, ids, days)
    changed = [day_id for day_id in after if before.get(day_id) != after[day_id]]
    return result, StateChange({day_id: before[day_id] for day_id in changed if day_id in before},
                               {day_id: after[day_id] for day_id in changed})


def restore_day_states(database: Database, states: Mapping[int, DayState], *,
                       expected: Mapping[int, DayState]) -> None:
    """Set application days back to ``states`` in one transaction (an undo or a redo). Refused with
    ``ChangedElsewhere`` when a day is no longer as ``expected`` (changed at another desk since), and
    when the day would then have more accepted vendors than stalls or a stall held by two vendors."""
    with database.unit_of_work() as session:
        application_days = {day_id: _application_day(session, day_id) for day_id in states}
        for day_id, application_day in application_days.items():
            if _state_of(application_day) != expected.get(day_id):
                raise ChangedElsewhere(translate(
                    "Vendors", "{vendor} was changed at another desk meanwhile, so this step cannot be "
                    "taken back. The list shows the vendor as they are now.").format(
                    vendor=application_day.application.organisation.name))
        befores = {day_id: audit.snapshot(day) for day_id, day in application_days.items()}
        # Stalls are let go first, so two vendors can swap stalls without a moment on one stall.
        for day_id, application_day in application_days.items():
            if application_day.assignment is not None and application_day.assignment.stall_id != states[day_id].stall_id:
                session.delete(application_day.assignment)
                application_day.assignment = None
        session.flush()
        for day_id, application_day in application_days.items():
            state = states[day_id]
            application_day.status = state.status
            application_day.waitlist_position = state.waitlist_position
            application_day.offered_at = state.offered_at
            application_day.fee_cents = state.fee_cents
            application_day.fee_reduction_reason = state.fee_reduction_reason
            application_day.payment_status = state.payment_status
            application_day.paid_on = state.paid_on
            application_day.check_in = state.check_in
            if state.stall_id is not None and application_day.assignment is None:
                _place_again(session, application_day, state.stall_id)
        session.flush()
        for fair_day_id in {day.fair_day_id for day in application_days.values()}:
            if _accepted_count(session, fair_day_id) > _capacity(session, fair_day_id):
                raise DomainError(translate(
                    "Vendors", "Every stall of this day is taken now, so the vendor cannot be accepted "
                    "again. Cancel a vendor first or add a stall to the plan."))
        for day_id, application_day in application_days.items():
            _record(session, database, application_day, AuditAction.UPDATE, befores[day_id],
                    translate("Vendors", "undone or redone"))


def _place_again(session: Session, application_day: ApplicationDay, stall_id: int) -> None:
    stall = session.get(Stall, stall_id)
    taken = session.scalar(select(StallAssignment).where(
        StallAssignment.fair_day_id == application_day.fair_day_id, StallAssignment.stall_id == stall_id))
    if stall is None or stall.archived or taken is not None:
        raise DomainError(translate(
            "Vendors", "The stall {vendor} had is no longer free that day. Choose another stall for them."
        ).format(vendor=application_day.application.organisation.name))
    application_day.assignment = StallAssignment(application_day_id=application_day.id,
                                                 fair_day_id=application_day.fair_day_id, stall_id=stall_id)
    session.add(application_day.assignment)


# --- fees and payments -------------------------------------------------------------------------
def set_fee(database: Database, application_day_id: int, *, fee_cents: int, reason: str = "") -> None:
    """A reduced (or raised) fee; a reduction below the price list needs its reason recorded."""
    if fee_cents < 0:
        raise ValidationFailed({"fee": translate("Vendors", "A fee cannot be negative.")})
    with database.unit_of_work() as session:
        application_day = _application_day(session, application_day_id)
        standard = standard_fee(session, application_day)
        if fee_cents < standard and not reason.strip():
            raise ValidationFailed({"reason": translate(
                "Vendors", "Say why the fee is reduced, e.g. a charity NGO selling its members' handicrafts.")})
        before = audit.snapshot(application_day)
        application_day.fee_cents = fee_cents
        application_day.fee_reduction_reason = reason.strip()
        if application_day.payment_status == PaymentStatus.WAIVED and fee_cents > 0:
            application_day.payment_status = PaymentStatus.UNPAID
        _record(session, database, application_day, AuditAction.UPDATE, before)


def waive_fee(database: Database, application_day_id: int, *, reason: str) -> None:
    if not reason.strip():
        raise ValidationFailed({"reason": translate(
            "Vendors", "Say why the fee is waived, e.g. a charity NGO.")})
    with database.unit_of_work() as session:
        application_day = _application_day(session, application_day_id)
        before = audit.snapshot(application_day)
        application_day.fee_cents = 0
        application_day.fee_reduction_reason = reason.strip()
        application_day.payment_status = PaymentStatus.WAIVED
        application_day.paid_on = None
        _record(session, database, application_day, AuditAction.UPDATE, before)


def mark_paid(database: Database, application_day_id: int, *, paid_on: dt.date) -> None:
    with database.unit_of_work() as session:
        application_day = _application_day(session, application_day_id)
        if application_day.payment_status == PaymentStatus.WAIVED:
            raise DomainError(translate("Vendors", "The fee is waived; there is nothing to pay."))
        before = audit.snapshot(application_day)
        application_day.payment_status = PaymentStatus.PAID
        application_day.paid_on = paid_on
        _record(session, database, application_day, AuditAction.UPDATE, before)


def mark_unpaid(database: Database, application_day_id: int) -> None:
    with database.unit_of_work() as session:
        application_day = _application_day(session, application_day_id)
        before = audit.snapshot(application_day)
        application_day.payment_status = PaymentStatus.UNPAID
        application_day.paid_on = None
        _record(session, database, application_day, AuditAction.UPDATE, before)


def standard_fee(session: Session, application_day: ApplicationDay) -> int:
    """The price list's fee for the vendor's stall that day (0 before a stall is assigned)."""
    from ngo_desktop.services.fairs.events import price_for

    assignment = application_day.assignment
    if assignment is None:
        return 0
    return price_for(session, application_day.application.fair_id, assignment.stall.width_m,
                      assignment.stall.depth_m)


def set_check_in(database: Database, application_day_id: int, check_in: CheckIn | None) -> None:
    """Tick a vendor as arrived or a no-show on the day (None clears the tick)."""
    with database.unit_of_work() as session:
        application_day = _application_day(session, application_day_id)
        if application_day.status != ApplicationStatus.ACCEPTED:
            raise DomainError(translate("Vendors", "Only accepted vendors can be checked in."))
        before = audit.snapshot(application_day)
        application_day.check_in = check_in
        _record(session, database, application_day, AuditAction.UPDATE, before)


def fee_totals(database: Database, fair_id: int) -> list[DayTotals]:
    """Per day: accepted vendors, fees due, fees paid, fees waived; sum them for the event."""
    accepted = ApplicationDay.status == ApplicationStatus.ACCEPTED
    with database.read_session() as session:
        rows = session.execute(
            select(FairDay.id, FairDay.day,
                   func.count(ApplicationDay.id),
                   func.coalesce(func.sum(ApplicationDay.fee_cents), 0),
                   func.coalesce(func.sum(case((ApplicationDay.payment_status == PaymentStatus.PAID,
                                                ApplicationDay.fee_cents), else_=0)), 0),
                   func.coalesce(func.sum(case((ApplicationDay.payment_status == PaymentStatus.WAIVED, 1),
                                               else_=0)), 0))
            .outerjoin(ApplicationDay, (ApplicationDay.fair_day_id == FairDay.id) & accepted)
            .where(FairDay.fair_id == fair_id, FairDay.cancelled.is_(False))
            .group_by(FairDay.id, FairDay.day).order_by(FairDay.day))
        return [DayTotals(*row) for row in rows]


# --- lists ---------------------------------------------------------------------------------------
def _rows_statement(criteria: ApplicationFilter) -> Select:
    statement = (
        select(ApplicationDay.id, VendorApplication.id, Organisation.id, Organisation.name, FairDay.id,
               FairDay.day, VendorApplication.category, VendorApplication.goods, VendorApplication.needs_power,
               ApplicationDay.status, ApplicationDay.waitlist_position, Stall.id, Stall.number,
               ApplicationDay.fee_cents, ApplicationDay.fee_reduction_reason, ApplicationDay.payment_status,
               ApplicationDay.paid_on, ApplicationDay.check_in,
               func.coalesce(ContactPerson.name, Organisation.phone), ApplicationDay.offered_at)
        .join(VendorApplication, ApplicationDay.application_id == VendorApplication.id)
        .join(Organisation, VendorApplication.organisation_id == Organisation.id)
        .join(FairDay, ApplicationDay.fair_day_id == FairDay.id)
        .outerjoin(ContactPerson, VendorApplication.contact_person_id == ContactPerson.id)
        .outerjoin(StallAssignment, StallAssignment.application_day_id == ApplicationDay.id)
        .outerjoin(Stall, StallAssignment.stall_id == Stall.id)
        .where(VendorApplication.fair_id == criteria.fair_id)
    )
    if criteria.fair_day_id is not None:
        statement = statement.where(ApplicationDay.fair_day_id == criteria.fair_day_id)
    if criteria.statuses:
        statement = statement.where(ApplicationDay.status.in_(criteria.statuses))
    if criteria.category is not None:
        statement = statement.where(VendorApplication.category == criteria.category)
    text = criteria.text.strip()
    if text:
        folded = organisation_match_key(text)
        statement = statement.where(
            func.lower(Organisation.name).like(f"%{text.lower()}%")
            | Organisation.match_key.like(f"%{folded}%")
            | func.lower(VendorApplication.goods).like(f"%{text.lower()}%"))
    return statement


def count_applications(database: Database, criteria: ApplicationFilter) -> int:
    with database.read_session() as session:
        inner = _rows_statement(criteria).subquery()
        return session.scalar(select(func.count()).select_from(inner)) or 0


def list_applications(database: Database, criteria: ApplicationFilter, *, offset: int = 0,
                      limit: int = 200) -> list[ApplicationRow]:
    """A page of vendor days in list order: accepted, waitlisted (in order), applied, the rest;
    by name (Latvian order) within each group. ``by_stall`` orders by stall number instead."""
    with database.read_session() as session:
        return _page(session, criteria, offset, limit)


def first_page_of_applications(database: Database, criteria: ApplicationFilter, *,
                               limit: int = 200) -> tuple[int, list[ApplicationRow]]:
    """How many vendor days match and the first ``limit`` of them, in one read: a page that is not
    full is all there is, so it is counted without asking the database again (each question is a
    round trip to a server across town)."""
    with database.read_session() as session:
        return first_page_in(session, criteria, limit)


def first_page_in(session: Session, criteria: ApplicationFilter, limit: int) -> tuple[int, list[ApplicationRow]]:
    """``first_page_of_applications`` inside a read that also needs other things."""
    return counted_page(session, criteria, limit, _page(session, criteria, 0, limit))


def counted_page(session: Session, criteria: ApplicationFilter, limit: int,
                 rows: list[ApplicationRow]) -> tuple[int, list[ApplicationRow]]:
    """How many vendor days match, with ``rows``, the first page of them, read already."""
    if len(rows) < limit:
        return len(rows), rows
    inner = _rows_statement(criteria).subquery()
    return session.scalar(select(func.count()).select_from(inner)) or 0, rows


@dataclass(frozen=True)
class FairVendors:
    """What the Vendors tab opens with: the fair's days (not cancelled, in order), the filter used
    (its day dropped when the fair has no such day) and the count and first page it found."""

    days: tuple[FairDayInfo, ...]
    criteria: ApplicationFilter
    total: int
    rows: list[ApplicationRow]


def open_fair_vendors(database: Database, criteria: ApplicationFilter, *, limit: int = 200) -> FairVendors:
    """The days of ``criteria.fair_id`` and the first page of its vendor days, in one read (one
    transaction): on a server across town every separate read costs its own round trips."""
    with database.read_session() as session:
        days = tuple(FairDayInfo(day.id, day.day, day.opens, day.closes, day.cancelled)
                     for day in session.scalars(select(FairDay).where(
                         FairDay.fair_id == criteria.fair_id, FairDay.cancelled.is_(False)).order_by(FairDay.day)))
        if criteria.fair_day_id not in {day.id for day in days}:
            criteria = replace(criteria, fair_day_id=None)
        total, rows = first_page_in(session, criteria, limit)
        return FairVendors(days, criteria, total, rows)


def _page(session: Session, criteria: ApplicationFilter, offset: int, limit: int) -> list[ApplicationRow]:
    return [_row(values) for values in session.execute(page_statement(criteria, offset, limit))]


def page_statement(criteria: ApplicationFilter, offset: int, limit: int) -> Select:
    """A page of vendor days in list order (``list_applications``); ``rows_from`` reads its rows."""
    if criteria.by_stall:
        # Shorter numbers first puts 2 before 10 on both databases without casting text to numbers.
        order = (FairDay.day, case((Stall.id.is_(None), 1), else_=0), func.length(Stall.number), Stall.number,
                 Organisation.sort_key, ApplicationDay.id)
    else:
        order = (FairDay.day, STATUS_COLUMN_ORDER, ApplicationDay.waitlist_position, Organisation.sort_key,
                 ApplicationDay.id)
    return _rows_statement(criteria).order_by(*order).offset(offset).limit(limit)


def rows_from(rows: Iterable[Any]) -> list[ApplicationRow]:  # noqa: ANN401 (rows of ``page_statement``)
    return [_row(values) for values in rows]


def get_application_day(database: Database, application_day_id: int) -> ApplicationRow:
    with database.read_session() as session:
        _application_day(session, application_day_id)
        fair_id = session.scalar(select(VendorApplication.fair_id).join(ApplicationDay).where(
            ApplicationDay.id == application_day_id))
    statement = _rows_statement(ApplicationFilter(fair_id=fair_id)).where(ApplicationDay.id == application_day_id)
    with database.read_session() as session:
        return _row(session.execute(statement).one())


def _row(values) -> ApplicationRow:  # type: ignore[no-untyped-def]
    *first, offered_at = values
    return ApplicationRow(*first, offered=offered_at is not None)


def list_organisations(database: Database, text: str = "", *, limit: int = 50) -> list[tuple[int, str]]:
    """Organisations of the registry to pick a vendor from, in Latvian order."""
    statement = select(Organisation.id, Organisation.name).where(Organisation.archived.is_(False))
    if text.strip():
        statement = statement.where(func.lower(Organisation.name).like(f"%{text.strip().lower()}%")
                                    | Organisation.match_key.like(f"%{organisation_match_key(text)}%"))
    with database.read_session() as session:
        return [tuple(row) for row in session.execute(statement.order_by(Organisation.sort_key).limit(limit))]
