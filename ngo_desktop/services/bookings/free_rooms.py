"""Find a free room: the rooms that fit a date, a time span, a number of people and equipment.

The same rules as a booking decide whether a room is free, so a room offered here can be booked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import translate
from ngo_desktop.services.bookings.price import tariff_cents
from ngo_desktop.services.bookings.rooms import RoomInfo, equipment_label, list_rooms
from ngo_desktop.services.bookings.rules import Span, check_spans
from ngo_desktop.timeutil import now_utc, to_utc


@dataclass(frozen=True)
class FreeRoom:
    room: RoomInfo
    full_value_cents: int


@dataclass(frozen=True)
class RoomNotFree:
    """A room that does not fit, with every reason in words (too small, no projector, taken, closed)."""

    room: RoomInfo
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class FreeRoomSearch:
    free: list[FreeRoom]
    not_free: list[RoomNotFree]


def find_free_rooms(database: Database, *, day: dt.date, starts: dt.time, ends: dt.time, attendees: int = 0,
                    equipment: tuple[str, ...] = (), site_id: int | None = None,
                    now: dt.datetime | None = None) -> list[FreeRoom]:
    """Rooms breaking no rule for that span, smallest fitting room first."""
    return search_free_rooms(database, day=day, starts=starts, ends=ends, attendees=attendees, equipment=equipment,
                             site_id=site_id, now=now).free


def search_free_rooms(database: Database, *, day: dt.date, starts: dt.time, ends: dt.time, attendees: int = 0,
                      equipment: tuple[str, ...] = (), site_id: int | None = None,
                      now: dt.datetime | None = None) -> FreeRoomSearch:
    """The rooms that fit (smallest first) and, for each other room, why it does not."""
    local_start, local_end = dt.datetime.combine(day, starts), dt.datetime.combine(day, ends)
    span = Span(to_utc(local_start), to_utc(local_end))
    wanted = set(equipment)
    free: list[FreeRoom] = []
    not_free: list[RoomNotFree] = []
    with database.read_session() as session:
        for room in list_rooms(database, site_id=site_id):
            [problems] = check_spans(session, room, [span], attendees=attendees, now=now or now_utc())
            reasons = [problem.message for problem in problems]
            missing = sorted(wanted - set(room.equipment))
            if missing:
                reasons.append(translate("FreeRooms", "{room} has no {equipment}.").format(
                    room=room.name, equipment=", ".join(equipment_label(code).lower() for code in missing)))
            if reasons:
                not_free.append(RoomNotFree(room, tuple(reasons)))
            else:
                free.append(FreeRoom(room, tariff_cents(room, local_end - local_start)))
    # list_rooms gives the rooms in Latvian order of site and name; the sort is stable and keeps it
    # among rooms of one size.
    return FreeRoomSearch(sorted(free, key=lambda found: found.room.capacity), not_free)
