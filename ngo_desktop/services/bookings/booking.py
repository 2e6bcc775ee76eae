"""Bookings: create, edit, confirm, cancel, one at a time or as a repeating series.

Every write checks the rules of ``booking_rules`` in its own transaction, prices the booking from
the room's tariff (``booking_price``) and writes the audit log. Times come in as naive Riga
wall-clock datetimes and are stored in UTC.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ngo_desktop.database.core import Database
from ngo_desktop.errors import ChangedElsewhere, DomainError, NotFound, ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.models import (
    AuditAction,
    Booking,
    BookingSeries,
    BookingStatus,
    Organisation,
    PaymentStatus,
    Room,
)
from ngo_desktop.services import audit
from ngo_desktop.services.bookings.booking_view import BookingDraft, BookingView, Scope, view_of
from ngo_desktop.services.bookings.price import Price, booking_price
from ngo_desktop.services.bookings.repeats import RepeatRule, expand, rrule_text
from ngo_desktop.services.bookings.rooms import RoomInfo, room_info
from ngo_desktop.services.bookings.rules import (
    Problem,
    Rule,
    Span,
    blocked_span,
    check_spans,
    unresolved,
)
from ngo_desktop.timeutil import format_span, now_utc, to_local, to_utc


class BookingRefused(DomainError):
    """The rules refuse the booking; ``problems`` holds every reason (clashes name the other booking)."""

    def __init__(self, problems: list[Problem], when: str = "") -> None:
        self.problems = list(problems)
        prefix = f"{when}: " if when else ""
        super().__init__(prefix + " ".join(problem.message for problem in self.problems))


@dataclass(frozen=True)
class Occurrence:
    """One date of a proposed series with the rules it breaks (empty when it is fine)."""

    starts: dt.datetime  # naive Riga wall clock
    ends: dt.datetime
    problems: tuple[Problem, ...] = ()

    def refused(self, override_reason: str) -> list[Problem]:
        return unresolved(self.problems, override_reason)


@dataclass(frozen=True)
class SeriesResult:
    series_id: int
    booking_ids: list[int]
    skipped: list[Occurrence] = field(default_factory=list)


# --- helpers inside one transaction ----------------------------------------------------------------
def _room(session: Session, room_id: int) -> RoomInfo:
    # FOR UPDATE (PostgreSQL; SQLite ignores it and serialises writers with BEGIN IMMEDIATE): two
    # desks booking one room take turns, so the second one's clash check sees the first booking.
    room = session.get(Room, room_id, with_for_update=True)
    if room is None:
        raise NotFound(translate("Bookings", "The room no longer exists."))
    return room_info(room)


def _organisation(session: Session, organisation_id: int | None) -> Organisation | None:
    if organisation_id is None:
        return None
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(translate("Bookings", "The organisation no longer exists."))
    return organisation


def _draft_problems(draft: BookingDraft) -> dict[str, str]:
    problems: dict[str, str] = {}
    if draft.organisation_id is None and not draft.title.strip():
        problems["title"] = translate("Bookings", "Choose the organisation or enter a title for the booking.")
    if draft.attendees < 0:
        problems["attendees"] = translate("Bookings", "The number of attendees cannot be negative.")
    if draft.status == BookingStatus.CANCELLED:
        problems["status"] = translate("Bookings", "Cancel a booking with Cancel booking, giving the reason.")
    return problems


def _write(booking: Booking, draft: BookingDraft, room: RoomInfo, organisation: Organisation | None,
           starts_at: dt.datetime, ends_at: dt.datetime) -> None:
    price = booking_price(room, ends_at - starts_at,
                          membership=organisation.membership if organisation else None,
                          organisation_discount_percent=organisation.discount_percent if organisation else 0)
    booking.room_id = room.id
    booking.organisation_id = draft.organisation_id
    booking.contact_person_id = draft.contact_person_id
    booking.title = draft.title.strip()
    booking.purpose = draft.purpose
    booking.starts_at, booking.ends_at = starts_at, ends_at
    booking.blocked_from, booking.blocked_until = blocked_span(room, starts_at, ends_at)
    booking.attendees = draft.attendees
    booking.equipment_requested = list(draft.equipment)
    booking.status = draft.status
    booking.notes = draft.notes
    booking.override_reason = draft.override_reason.strip()
    booking.full_value_cents = price.full_value_cents
    booking.price_cents = price.price_cents
    booking.reduction_note = price.reduction_note
    if booking.payment_status in (None, PaymentStatus.NOT_DUE, PaymentStatus.UNPAID):
        booking.payment_status = PaymentStatus.UNPAID if price.price_cents else PaymentStatus.NOT_DUE


def _record(session: Session, database: Database, action: AuditAction, booking: Booking,
            before: dict[str, object] | None) -> None:
    audit.record(session, operator=database.operator, action=action, entity="booking", entity_id=booking.id,
                 summary=f"{booking.title} {format_span(booking.starts_at, booking.ends_at)}".strip(),
                 before=before, after=audit.snapshot(booking), organisation_id=booking.organisation_id,
                 room_id=booking.room_id)


def _view(session: Session, booking: Booking) -> BookingView:
    room_name = session.scalar(select(Room.name).where(Room.id == booking.room_id)) or ""
    organisation_name = (session.scalar(select(Organisation.name).where(Organisation.id == booking.organisation_id))
                         if booking.organisation_id else None)
    return view_of(booking, room_name, organisation_name)


def _changed_elsewhere() -> ChangedElsewhere:
    return ChangedElsewhere(translate(
        "Bookings", "Someone else changed this booking meanwhile. Close the form and open the booking again."))


# --- single bookings ----------------------------------------------------------------------------
def create_booking(database: Database, draft: BookingDraft, *, now: dt.datetime | None = None) -> BookingView:
    """Check every rule and save; raises BookingRefused naming each reason (and a clashing booking)."""
    problems = _draft_problems(draft)
    if problems:
        raise ValidationFailed(problems)
    starts_at, ends_at = to_utc(draft.starts), to_utc(draft.ends)
    with database.unit_of_work() as session:
        room = _room(session, draft.room_id)
        organisation = _organisation(session, draft.organisation_id)
        [found] = check_spans(session, room, [Span(starts_at, ends_at)], attendees=draft.attendees,
                              now=now or now_utc())
        refusing = unresolved(found, draft.override_reason)
        if refusing:
            raise BookingRefused(refusing)
        booking = Booking(created_by=database.operator, payment_status=None)
        if not found:
            draft = replace(draft, override_reason="")  # a reason without anything to override means nothing
        _write(booking, draft, room, organisation, starts_at, ends_at)
        session.add(booking)
        session.flush()
        _record(session, database, AuditAction.CREATE, booking, None)
        return _view(session, booking)


def get_booking(database: Database, booking_id: int) -> BookingView:
    with database.read_session() as session:
        booking = session.get(Booking, booking_id)
        if booking is None:
            raise NotFound(translate("Bookings", "Booking no. {id} does not exist.").format(id=booking_id))
        return _view(session, booking)


def check_draft(database: Database, draft: BookingDraft, *, exclude_booking_id: int | None = None,
                now: dt.datetime | None = None) -> list[Problem]:
    """Every broken rule of a draft without saving it (for the form's live warnings)."""
    with database.read_session() as session:
        room = _room(session, draft.room_id)
        [found] = check_spans(session, room, [Span(to_utc(draft.starts), to_utc(draft.ends))],
                              attendees=draft.attendees, now=now or now_utc(),
                              exclude_booking_ids=[exclude_booking_id] if exclude_booking_id else [])
        return found


def price_of_draft(database: Database, draft: BookingDraft) -> Price:
    """What the draft would cost, with the organisation's member discount or reduction (for the form)."""
    with database.read_session() as session:
        room = session.get(Room, draft.room_id)
        if room is None:
            raise NotFound(translate("Bookings", "The room no longer exists."))
        organisation = _organisation(session, draft.organisation_id)
        return booking_price(room_info(room), max(draft.ends - draft.starts, dt.timedelta(0)),
                             membership=organisation.membership if organisation else None,
                             organisation_discount_percent=organisation.discount_percent if organisation else 0)


# --- series -------------------------------------------------------------------------------------
def preview_series(database: Database, draft: BookingDraft, rule: RepeatRule, *,
                   now: dt.datetime | None = None) -> list[Occurrence]:
    """Every date of the series with the rules each one breaks, nothing saved."""
    with database.read_session() as session:
        return _expand_and_check(session, draft, rule, now or now_utc())


def _expand_and_check(session: Session, draft: BookingDraft, rule: RepeatRule, now: dt.datetime) -> list[Occurrence]:
    duration = draft.ends - draft.starts
    starts = expand(rule, draft.starts)
    room = _room(session, draft.room_id)
    spans = [Span(to_utc(start), to_utc(start + duration)) for start in starts]
    checks = check_spans(session, room, spans, attendees=draft.attendees, now=now)
    return [Occurrence(start, start + duration, tuple(problems)) for start, problems in zip(starts, checks, strict=True)]


def create_series(database: Database, draft: BookingDraft, rule: RepeatRule, *, skip_conflicts: bool = False,
                  now: dt.datetime | None = None) -> SeriesResult:
    """Save every date of the series, or refuse all of it; with ``skip_conflicts`` the refused dates are left out."""
    problems = _draft_problems(draft)
    if problems:
        raise ValidationFailed(problems)
    with database.unit_of_work() as session:
        occurrences = _expand_and_check(session, draft, rule, now or now_utc())
        refused = [occurrence for occurrence in occurrences if occurrence.refused(draft.override_reason)]
        if refused and not skip_conflicts:
            first = refused[0]
            count = len(refused)  # lupdate misses a translate() whose count is an expression
            raise BookingRefused(first.refused(draft.override_reason), translate(
                "Bookings", "Dates of the series that cannot be booked: %n; the first is {when}", "", count).format(
                when=format_span(to_utc(first.starts), to_utc(first.ends))))
        kept = [occurrence for occurrence in occurrences if occurrence not in refused]
        if not kept:
            raise BookingRefused([], translate("Bookings", "No date of the series can be booked"))
        room = _room(session, draft.room_id)
        organisation = _organisation(session, draft.organisation_id)
        series = BookingSeries(
            room_id=room.id, organisation_id=draft.organisation_id, title=draft.title.strip(),
            rrule=rrule_text(rule, draft.starts), local_start=draft.starts,
            duration_minutes=int((draft.ends - draft.starts).total_seconds() // 60), until=rule.until,
            count=rule.count, created_by=database.operator)
        session.add(series)
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.CREATE, entity="booking_series",
                     entity_id=series.id, summary=series.rrule, after=audit.snapshot(series),
                     organisation_id=draft.organisation_id, room_id=room.id)
        ids = []
        for occurrence in kept:
            booking = Booking(series_id=series.id, created_by=database.operator, payment_status=None)
            occurrence_draft = draft if occurrence.problems else replace(draft, override_reason="")
            _write(booking, occurrence_draft, room, organisation, to_utc(occurrence.starts), to_utc(occurrence.ends))
            session.add(booking)
            session.flush()
            _record(session, database, AuditAction.CREATE, booking, None)
            ids.append(booking.id)
        return SeriesResult(series.id, ids, refused)


def _targets(session: Session, booking: Booking, scope: Scope, now: dt.datetime) -> list[Booking]:
    """The bookings an edit or cancellation of ``booking`` with ``scope`` touches (not cancelled ones)."""
    if scope == Scope.THIS or booking.series_id is None:
        return [booking]
    statement = select(Booking).where(Booking.series_id == booking.series_id,
                                      Booking.status != BookingStatus.CANCELLED)
    if scope == Scope.FOLLOWING:
        statement = statement.where(Booking.starts_at >= booking.starts_at)
    else:
        # The dates already held stay as they were: they happened, and the reports count them.
        statement = statement.where((Booking.starts_at >= now) | (Booking.id == booking.id))
    return list(session.scalars(statement.order_by(Booking.starts_at)))


# --- edits ----------------------------------------------------------------------------------------
def update_booking(database: Database, booking_id: int, draft: BookingDraft, *, expected_version: int,
                   scope: Scope = Scope.THIS, now: dt.datetime | None = None) -> list[int]:
    """Save the draft over the booking (and, by ``scope``, the other dates of its series).

    Other dates keep their own day and take the draft's time of day, duration and details.
    """
    _before, after = edit_booking(database, booking_id, draft, expected_version=expected_version, scope=scope,
                                  now=now)
    return [booking.id for booking in after]


def edit_booking(database: Database, booking_id: int, draft: BookingDraft, *, expected_version: int,
                 scope: Scope = Scope.THIS, now: dt.datetime | None = None) -> tuple[list[BookingView], list[BookingView]]:
    """``update_booking`` that also answers every booking it changed as it was and as it is now,
    so that the window can offer to undo the edit (``restore_bookings``)."""
    problems = _draft_problems(draft)
    if problems:
        raise ValidationFailed(problems)
    moment = now or now_utc()
    try:
        with database.unit_of_work() as session:
            booking = session.get(Booking, booking_id)
            if booking is None:
                raise NotFound(translate("Bookings", "Booking no. {id} does not exist.").format(id=booking_id))
            if booking.version != expected_version:
                raise _changed_elsewhere()
            if booking.status == BookingStatus.CANCELLED:
                raise ValidationFailed({"status": translate("Bookings", "A cancelled booking cannot be changed.")})
            targets = _targets(session, booking, scope, moment)
            room = _room(session, draft.room_id)
            organisation = _organisation(session, draft.organisation_id)
            day_shift = draft.starts.date() - to_local(booking.starts_at).date()
            duration = draft.ends - draft.starts
            spans = []
            for target in targets:
                local_day = to_local(target.starts_at).date() + day_shift
                start = dt.datetime.combine(local_day, draft.starts.time())
                spans.append(Span(to_utc(start), to_utc(start + duration)))
            checks = check_spans(session, room, spans, attendees=draft.attendees, now=moment,
                                 exclude_booking_ids=[target.id for target in targets])
            befores, afters = [], []
            for target, span, found in zip(targets, spans, checks, strict=True):
                time_kept = (span.starts_at, span.ends_at, room.id) == (target.starts_at, target.ends_at, target.room_id)
                if time_kept:  # details of a past booking may still be corrected
                    found = [problem for problem in found if problem.rule != Rule.PAST]
                refusing = unresolved(found, draft.override_reason)
                if refusing:
                    raise BookingRefused(refusing, format_span(span.starts_at, span.ends_at))
                befores.append(_view(session, target))
                before = audit.snapshot(target)
                _write(target, draft, room, organisation, span.starts_at, span.ends_at)
                session.flush()
                _record(session, database, AuditAction.UPDATE, target, before)
                afters.append(_view(session, target))
            return befores, afters
    except StaleDataError as error:
        raise _changed_elsewhere() from error


def set_status(database: Database, booking_id: int, status: BookingStatus, *, expected_version: int,
               override_reason: str = "", now: dt.datetime | None = None) -> BookingView:
    """Confirm (or mark provisional / enquiry) one booking, checking the rules again."""
    view = get_booking(database, booking_id)
    draft = replace(view.draft(), status=status, override_reason=override_reason or view.override_reason)
    update_booking(database, booking_id, draft, expected_version=expected_version, now=now)
    return get_booking(database, booking_id)


def set_payment(database: Database, booking_id: int, status: PaymentStatus, *, paid_on: dt.date | None = None) -> None:
    with database.unit_of_work() as session:
        booking = session.get(Booking, booking_id)
        if booking is None:
            raise NotFound(translate("Bookings", "Booking no. {id} does not exist.").format(id=booking_id))
        before = audit.snapshot(booking)
        booking.payment_status = status
        booking.paid_on = paid_on if status == PaymentStatus.PAID else None
        session.flush()
        _record(session, database, AuditAction.UPDATE, booking, before)


def cancel_booking(database: Database, booking_id: int, *, reason: str, scope: Scope = Scope.THIS,
                   expected_version: int | None = None, now: dt.datetime | None = None) -> list[int]:
    """Cancel with a reason (kept); nothing is deleted. Returns the ids cancelled."""
    _before, after = cancel_bookings(database, booking_id, reason=reason, scope=scope,
                                     expected_version=expected_version, now=now)
    return [booking.id for booking in after]


def cancel_bookings(database: Database, booking_id: int, *, reason: str, scope: Scope = Scope.THIS,
                    expected_version: int | None = None,
                    now: dt.datetime | None = None) -> tuple[list[BookingView], list[BookingView]]:
    """``cancel_booking`` that also answers the bookings cancelled as they were and as they are now
    (for the window's undo)."""
    if not reason.strip():
        raise ValidationFailed({"reason": translate("Bookings", "Write why the booking is cancelled.")})
    moment = now or now_utc()
    try:
        with database.unit_of_work() as session:
            booking = session.get(Booking, booking_id)
            if booking is None:
                raise NotFound(translate("Bookings", "Booking no. {id} does not exist.").format(id=booking_id))
            if expected_version is not None and booking.version != expected_version:
                raise _changed_elsewhere()
            if booking.status == BookingStatus.CANCELLED:
                raise ValidationFailed({"status": translate("Bookings", "The booking is already cancelled.")})
            targets = _targets(session, booking, scope, moment)
            befores, afters = [], []
            for target in targets:
                befores.append(_view(session, target))
                before = audit.snapshot(target)
                target.status = BookingStatus.CANCELLED
                target.cancel_reason = reason.strip()
                target.cancelled_at = moment
                session.flush()
                audit.record(session, operator=database.operator, action=AuditAction.CANCEL, entity="booking",
                             entity_id=target.id, summary=reason.strip(), before=before,
                             after=audit.snapshot(target), organisation_id=target.organisation_id,
                             room_id=target.room_id)
                afters.append(_view(session, target))
            return befores, afters
    except StaleDataError as error:
        raise _changed_elsewhere() from error


# --- undo and redo --------------------------------------------------------------------------------
def restore_bookings(database: Database, states: list[BookingView], *, expected_versions: dict[int, int],
                     now: dt.datetime | None = None) -> list[BookingView]:
    """Put each booking back as ``states`` holds it (room, time, details, status, payment), in one
    transaction: the undo and redo of the window's edits.

    A booking changed at another desk since (its version is not ``expected_versions[id]``) refuses
    the whole step with ChangedElsewhere. A booking put back into the calendar (moved, stretched or
    no longer cancelled) is checked against every rule again, its own earlier override reason
    still counting; a booking being cancelled again is not. Returns the bookings as saved now.
    """
    moment = now or now_utc()
    try:
        with database.unit_of_work() as session:
            bookings = []
            for state in states:
                booking = session.get(Booking, state.id)
                if booking is None:
                    raise NotFound(translate("Bookings", "Booking no. {id} does not exist.").format(id=state.id))
                if booking.version != expected_versions.get(state.id):
                    raise _changed_elsewhere()
                bookings.append(booking)
            ids = [state.id for state in states]
            for state, booking in zip(states, bookings, strict=True):
                before = audit.snapshot(booking)
                if state.status == BookingStatus.CANCELLED:
                    if booking.status != BookingStatus.CANCELLED:
                        booking.status = BookingStatus.CANCELLED
                        booking.cancel_reason = state.cancel_reason
                        booking.cancelled_at = moment
                        session.flush()
                        audit.record(session, operator=database.operator, action=AuditAction.CANCEL,
                                     entity="booking", entity_id=booking.id, summary=state.cancel_reason,
                                     before=before, after=audit.snapshot(booking),
                                     organisation_id=booking.organisation_id, room_id=booking.room_id)
                    continue
                room = _room(session, state.room_id)
                span = Span(state.starts_at, state.ends_at)
                unchanged = (booking.status != BookingStatus.CANCELLED and (span.starts_at, span.ends_at, room.id)
                             == (booking.starts_at, booking.ends_at, booking.room_id))
                [found] = check_spans(session, room, [span], attendees=state.attendees, now=moment,
                                      exclude_booking_ids=ids, check_past=not unchanged)
                refusing = unresolved(found, state.override_reason)
                if refusing:
                    raise BookingRefused(refusing, format_span(span.starts_at, span.ends_at))
                reinstated = booking.status == BookingStatus.CANCELLED
                _write(booking, state.draft(), room, _organisation(session, state.organisation_id),
                       span.starts_at, span.ends_at)
                booking.payment_status = state.payment_status
                if reinstated:
                    booking.cancel_reason = ""
                    booking.cancelled_at = None
                session.flush()
                _record(session, database, AuditAction.RESTORE if reinstated else AuditAction.UPDATE, booking, before)
            return [_view(session, booking) for booking in bookings]
    except StaleDataError as error:
        raise _changed_elsewhere() from error
