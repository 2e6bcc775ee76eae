"""The booking rules, in one place shared by the window, the command line and the imports.

A proposed span of a room is refused when it:
- overlaps another blocking booking (provisional or confirmed) of the same room, setup and cleanup
  buffers included; spans are half-open, so 10:00–12:00 and 12:00–14:00 do not clash;
- ends before it starts, or lasts longer than ``MAX_BOOKING_DAYS`` (longer needs a closure);
- has more attendees than the room holds, lies outside the room's opening hours, falls on a
  closure or a Latvian public holiday, or starts in the past. These four may be overridden by
  the operator with a written reason, which the booking keeps.

``check_spans`` runs inside the caller's transaction, so on SQLite (BEGIN IMMEDIATE) the
overlap check and the insert that follows cannot be interleaved with another writer.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from ngo_desktop.i18n import translate
from ngo_desktop.schema.bookings import booking_table
from ngo_desktop.schema.enums import BookingStatus
from ngo_desktop.schema.organisations import organisation_table
from ngo_desktop.services.bookings.holidays import holiday_name
from ngo_desktop.services.bookings.rooms import ClosureInfo, RoomInfo, closures_between
from ngo_desktop.timeutil import format_date, format_span, format_time, to_local

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# A booking may not last longer than this; it also bounds every range query on bookings, so
# "which bookings touch this hour" reads only an index range, never a room's whole history.
MAX_BOOKING_DAYS = 31
LOOKBACK = dt.timedelta(days=MAX_BOOKING_DAYS + 1)
BLOCKING_STATUSES = (BookingStatus.PROVISIONAL, BookingStatus.CONFIRMED)


class Rule(enum.StrEnum):
    ENDS_BEFORE_START = "ends_before_start"
    TOO_LONG = "too_long"
    ROOM_ARCHIVED = "room_archived"
    CLASH = "clash"
    CAPACITY = "capacity"
    OPENING_HOURS = "opening_hours"
    CLOSURE = "closure"
    HOLIDAY = "holiday"
    PAST = "past"


OVERRIDABLE = frozenset({Rule.CAPACITY, Rule.OPENING_HOURS, Rule.CLOSURE, Rule.HOLIDAY, Rule.PAST})


@dataclass(frozen=True)
class Problem:
    """One broken rule; ``other_booking_id`` names the booking it clashes with."""

    rule: Rule
    message: str
    other_booking_id: int | None = None

    @property
    def overridable(self) -> bool:
        return self.rule in OVERRIDABLE


@dataclass(frozen=True)
class Span:
    """A proposed booking time, as aware UTC instants."""

    starts_at: dt.datetime
    ends_at: dt.datetime


def blocked_span(room: RoomInfo, starts_at: dt.datetime, ends_at: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """The span the room is unavailable for: the booking with its setup and cleanup buffers."""
    return (starts_at - dt.timedelta(minutes=room.setup_minutes),
            ends_at + dt.timedelta(minutes=room.cleanup_minutes))


def unresolved(problems: Iterable[Problem], override_reason: str) -> list[Problem]:
    """The problems still refusing the booking once a written override reason is taken into account."""
    overridden = bool(override_reason.strip())
    return [problem for problem in problems if not (overridden and problem.overridable)]


def check_spans(
    session: Session,
    room: RoomInfo,
    spans: Sequence[Span],
    *,
    attendees: int,
    now: dt.datetime,
    exclude_booking_ids: Iterable[int] = (),
    check_past: bool = True,
) -> list[list[Problem]]:
    """Every broken rule of each span, in the order given (an empty list: the span is fine).

    Spans of one call are also checked against each other, so a series cannot clash with itself.
    """
    if not spans:
        return []
    excluded = set(exclude_booking_ids)
    valid = [span for span in spans if span.ends_at > span.starts_at]
    closures = closures_between(
        session, min(span.starts_at for span in valid), max(span.ends_at for span in valid),
        room_ids=[room.id], site_ids=[room.site_id]) if valid else []
    accepted: list[tuple[dt.datetime, dt.datetime]] = []
    results: list[list[Problem]] = []
    for span in spans:
        problems = _time_problems(room, span)
        if not problems:
            problems += _clash_problems(session, room, span, excluded, accepted)
            problems += _capacity_problems(room, attendees)
            problems += _opening_hours_problems(room, span)
            problems += _closure_problems(span, closures)
            problems += _holiday_problems(span)
            if check_past and span.starts_at < now:
                problems.append(Problem(Rule.PAST, translate(
                    "BookingRules", "{when} is in the past.").format(when=format_span(span.starts_at, span.ends_at))))
            accepted.append(blocked_span(room, span.starts_at, span.ends_at))
        results.append(problems)
    return results


def _time_problems(room: RoomInfo, span: Span) -> list[Problem]:
    problems: list[Problem] = []
    if span.ends_at <= span.starts_at:
        problems.append(Problem(Rule.ENDS_BEFORE_START, translate(
            "BookingRules", "The booking ends before it starts. Check the start and end times.")))
    elif span.ends_at - span.starts_at > dt.timedelta(days=MAX_BOOKING_DAYS):
        problems.append(Problem(Rule.TOO_LONG, translate(
            "BookingRules", "A booking may last at most {days} days; for longer, close the room instead.").format(
            days=MAX_BOOKING_DAYS)))
    if room.archived:
        problems.append(Problem(Rule.ROOM_ARCHIVED, translate(
            "BookingRules", "The room {room} is no longer in use and cannot be booked.").format(room=room.name)))
    return problems


def _clash_problems(session: Session, room: RoomInfo, span: Span, excluded: set[int],
                    accepted: list[tuple[dt.datetime, dt.datetime]]) -> list[Problem]:
    blocked_from, blocked_until = blocked_span(room, span.starts_at, span.ends_at)
    booking = booking_table.c
    statement = (
        select(booking.id, booking.starts_at, booking.ends_at, booking.title, organisation_table.c.name)
        .outerjoin(organisation_table, organisation_table.c.id == booking.organisation_id)
        .where(
            booking.room_id == room.id,
            booking.blocked_from >= blocked_from - LOOKBACK,
            booking.blocked_from < blocked_until,
            booking.blocked_until > blocked_from,
            booking.status.in_(BLOCKING_STATUSES),
        )
        .order_by(booking.blocked_from)
        .limit(len(excluded) + 1)
    )
    for booking_id, starts_at, ends_at, title, organisation in session.execute(statement):
        if booking_id in excluded:
            continue
        who = organisation or title or translate("BookingRules", "another booking")
        return [Problem(Rule.CLASH, translate(
            "BookingRules", "{room} is already booked by {who} on {when} (booking no. {id}), "
                            "buffers included.").format(
            room=room.name, who=who, when=format_span(starts_at, ends_at), id=booking_id), booking_id)]
    for other_from, other_until in accepted:
        if other_from < blocked_until and other_until > blocked_from:
            return [Problem(Rule.CLASH, translate(
                "BookingRules", "This date overlaps another date of the same series."))]
    return []


def _capacity_problems(room: RoomInfo, attendees: int) -> list[Problem]:
    if attendees > room.capacity:
        return [Problem(Rule.CAPACITY, translate(
            "BookingRules", "The number of attendees ({attendees}) is more than “{room}” holds ({capacity}).").format(
            attendees=attendees, room=room.name, capacity=room.capacity))]
    return []


def _opening_hours_problems(room: RoomInfo, span: Span) -> list[Problem]:
    local_start, local_end = to_local(span.starts_at), to_local(span.ends_at)
    hours = room.opening_hours.get(local_start.weekday())
    last_day = (local_end - dt.timedelta(microseconds=1)).date()
    if hours is None:
        return [Problem(Rule.OPENING_HOURS, translate(
            "BookingRules", "{room} is closed on {day}.").format(room=room.name, day=format_date(local_start.date())))]
    opens, closes = hours
    if last_day != local_start.date() or local_start.time() < opens or (
            local_end.time() > closes or local_end.date() != local_start.date()):
        return [Problem(Rule.OPENING_HOURS, translate(
            "BookingRules", "{room} is open {opens}–{closes} that day; the booking lies outside.").format(
            room=room.name, opens=format_time(opens), closes=format_time(closes)))]
    return []


def _closure_problems(span: Span, closures: list[ClosureInfo]) -> list[Problem]:
    for closure in closures:
        if closure.starts_at < span.ends_at and closure.ends_at > span.starts_at:
            return [Problem(Rule.CLOSURE, translate(
                "BookingRules", "Closed {when}: {reason}.").format(
                when=format_span(closure.starts_at, closure.ends_at), reason=closure.reason))]
    return []


def _holiday_problems(span: Span) -> list[Problem]:
    day = to_local(span.starts_at).date()
    last_day = (to_local(span.ends_at) - dt.timedelta(microseconds=1)).date()
    while day <= last_day:
        name = holiday_name(day)
        if name:
            return [Problem(Rule.HOLIDAY, translate(
                "BookingRules", "{day} is a public holiday ({name}).").format(day=format_date(day), name=name))]
        day += dt.timedelta(days=1)
    return []
