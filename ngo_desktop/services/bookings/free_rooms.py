"""Find a free room: the rooms that fit a date, a time span, a number of people and equipment.

The same rules as a booking decide whether a room is free, so a room offered here can be booked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ngo_desktop.database.core import Database
from ngo_desktop.services.bookings.price import tariff_cents
from ngo_desktop.services.bookings.rooms import RoomInfo, list_rooms
from ngo_desktop.services.bookings.rules import Span, check_spans
from ngo_desktop.timeutil import now_utc, to_utc


@dataclass(frozen=True)
class FreeRoom:
    room: RoomInfo
    full_value_cents: int


def find_free_rooms(database: Database, *, day: dt.date, starts: dt.time, ends: dt.time, attendees: int = 0,
                    equipment: tuple[str, ...] = (), site_id: int | None = None,
                    now: dt.datetime | None = None) -> list[FreeRoom]:
    """Rooms breaking no rule for that span, smallest fitting room first."""
    local_start, local_end = dt.datetime.combine(day, starts), dt.datetime.combine(day, ends)
    span = Span(to_utc(local_start), to_utc(local_end))
    wanted = set(equipment)
    candidates = [room for room in list_rooms(database, site_id=site_id)
                  if room.capacity >= attendees and wanted <= set(room.equipment)]
    free: list[FreeRoom] = []
    with database.read_session() as session:
        for room in candidates:
            [problems] = check_spans(session, room, [span], attendees=attendees, now=now or now_utc())
            if not problems:
                free.append(FreeRoom(room, tariff_cents(room, local_end - local_start)))
    return sorted(free, key=lambda found: (found.room.capacity, found.room.site_name, found.room.name))
