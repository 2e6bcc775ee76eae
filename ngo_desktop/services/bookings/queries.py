"""Reading the calendar: the bookings a view shows, how full each day is, organisations to book for.

Every query is bounded by the span the view shows (bookings last at most MAX_BOOKING_DAYS), so
moving to another day or week reads an index range, never the whole table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from ngo_desktop.database.core import Database
from ngo_desktop.errors import NotFound, ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.schema.bookings import booking_table
from ngo_desktop.schema.enums import BookingStatus
from ngo_desktop.schema.organisations import contact_person_table, organisation_table
from ngo_desktop.schema.sites import room_table
from ngo_desktop.services.bookings.booking_view import BookingView, view_of
from ngo_desktop.services.bookings.rules import BLOCKING_STATUSES, LOOKBACK
from ngo_desktop.sorting import organisation_match_key
from ngo_desktop.timeutil import local_day_bounds, to_local
from ngo_desktop.vocabulary import quoted


def _overlapping(start: dt.datetime, end: dt.datetime) -> tuple:  # type: ignore[type-arg]
    """Bookings overlapping [start, end). The blocked_from bounds are implied by the others (setup
    buffers are under a day) but let the database walk the (room, blocked_from) index range; the
    blocked_until bound is implied by ``ends_at > start`` (the table's check: blocked_until >=
    ends_at) but is read from the same index entries, so only the rows that overlap are fetched,
    not every booking of the LOOKBACK days before (the day's calendar at start read ~300 pages)."""
    booking = booking_table.c
    return (booking.starts_at >= start - LOOKBACK, booking.starts_at < end, booking.ends_at > start,
            booking.blocked_from >= start - LOOKBACK - dt.timedelta(days=1), booking.blocked_from < end,
            booking.blocked_until > start)


def bookings_between(database: Database, start: dt.datetime, end: dt.datetime, *,
                     room_ids: list[int] | None = None, organisation_id: int | None = None,
                     include_cancelled: bool = True, limit: int | None = None) -> list[BookingView]:
    """Bookings overlapping [start, end) (UTC), by start time."""
    booking = booking_table.c
    statement = (
        select(booking_table, room_table.c.name.label("room_name"),
               organisation_table.c.name.label("organisation_name"))
        .join(room_table, room_table.c.id == booking.room_id)
        .outerjoin(organisation_table, organisation_table.c.id == booking.organisation_id)
        .where(*_overlapping(start, end))
        .order_by(booking.starts_at, booking.id)
    )
    if room_ids is not None:
        statement = statement.where(booking.room_id.in_(room_ids))
    if organisation_id is not None:
        statement = statement.where(booking.organisation_id == organisation_id)
    if not include_cancelled:
        statement = statement.where(booking.status != BookingStatus.CANCELLED)
    if limit is not None:
        statement = statement.limit(limit)
    with database.read_connection() as session:
        return [view_of(row, row.room_name, row.organisation_name) for row in session.execute(statement)]


def day_occupancy(database: Database, first_day: dt.date, last_day: dt.date, room_ids: list[int],
                  open_minutes_per_day: dict[dt.date, int]) -> dict[dt.date, float]:
    """For each day with open hours, the share (0–1) of the rooms' open minutes taken by blocking bookings."""
    start, _ = local_day_bounds(first_day)
    _, end = local_day_bounds(last_day)
    booking = booking_table.c
    statement = select(booking.starts_at, booking.ends_at).where(
        booking.room_id.in_(room_ids), *_overlapping(start, end), booking.status.in_(BLOCKING_STATUSES))
    booked: dict[dt.date, int] = {}
    with database.read_connection() as session:
        for starts_at, ends_at in session.execute(statement):
            local_start, local_end = to_local(starts_at), to_local(ends_at)
            day = local_start.date()
            while day <= local_end.date() and day <= last_day:
                day_start = max(local_start, dt.datetime.combine(day, dt.time(0), tzinfo=local_start.tzinfo))
                day_end = min(local_end, dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0),
                                                             tzinfo=local_start.tzinfo))
                if day >= first_day and day_end > day_start:
                    booked[day] = booked.get(day, 0) + int((day_end - day_start).total_seconds() // 60)
                day += dt.timedelta(days=1)
    # A day with no open hours (Sundays, say) has no share to show.
    return {day: min(1.0, booked.get(day, 0) / minutes) for day, minutes in open_minutes_per_day.items() if minutes}


@dataclass(frozen=True)
class OrganisationChoice:
    id: int
    name: str
    membership: str


def search_organisations(database: Database, text: str = "", *, limit: int = 30) -> list[OrganisationChoice]:
    """Organisations whose name contains ``text`` (case and diacritics ignored), in Latvian order."""
    organisation = organisation_table.c
    statement = select(organisation.id, organisation.name, organisation.membership).where(
        organisation.archived.is_(False))
    folded = organisation_match_key(text)
    if folded:
        statement = statement.where(organisation.match_key.like(f"%{folded}%"))
    statement = statement.order_by(organisation.sort_key).limit(limit)
    with database.read_connection() as session:
        return [OrganisationChoice(row.id, row.name, str(row.membership)) for row in session.execute(statement)]


def find_organisation(database: Database, text: str) -> OrganisationChoice:
    """One organisation by id or by its name; refuses an unknown or ambiguous name."""
    wanted = text.strip()
    organisation = organisation_table.c
    choice = select(organisation.id, organisation.name, organisation.membership)
    with database.read_connection() as session:
        if wanted.isdigit():
            row = session.execute(choice.where(organisation.id == int(wanted))).first()
            if row is not None:
                return OrganisationChoice(row.id, row.name, str(row.membership))
        rows = session.execute(choice.where(
            func.lower(organisation.match_key) == organisation_match_key(wanted)).limit(5)).all()
    if len(rows) == 1:
        return OrganisationChoice(rows[0].id, rows[0].name, str(rows[0].membership))
    if len(rows) > 1:
        raise ValidationFailed({"organisation": translate(
            "Bookings", "Several organisations are named {name}; give the id instead ({ids}).").format(
            name=quoted(wanted), ids=", ".join(str(row.id) for row in rows))})
    raise NotFound(translate("Bookings", "No organisation is named {name}. Check the name or give its id.").format(
        name=quoted(wanted)))


def contacts_of(database: Database, organisation_id: int) -> list[tuple[int, str]]:
    contact = contact_person_table.c
    with database.read_connection() as session:
        rows = session.execute(select(contact.id, contact.name).where(
            contact.organisation_id == organisation_id, contact.anonymised_at.is_(None))
            .order_by(contact.is_main.desc(), contact.id))
        return [(row.id, row.name) for row in rows]
