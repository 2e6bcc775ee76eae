"""Test data for the registry's tests: a room booked by an organisation, written straight to the tables.

The registry only reads bookings, so the tests write one the simplest way instead of depending on
the booking rules of another area.
"""

from __future__ import annotations

import datetime as dt

from ngo_desktop.database.core import Database
from ngo_desktop.models import Booking, BookingStatus, Room, Site


def add_booking(database: Database, organisation_id: int, contact_person_id: int | None = None,
                title: str = "Valdes sēde") -> int:
    starts = dt.datetime(2026, 3, 5, 16, 0, tzinfo=dt.UTC)
    with database.unit_of_work() as session:
        site = Site(name=f"Filiāle {organisation_id}-{title}")
        room = Room(site=site, name="Lielā zāle", capacity=40)
        booking = Booking(room=room, organisation_id=organisation_id, contact_person_id=contact_person_id,
                          title=title, starts_at=starts, ends_at=starts + dt.timedelta(hours=2),
                          blocked_from=starts, blocked_until=starts + dt.timedelta(hours=2),
                          status=BookingStatus.CONFIRMED)
        session.add_all([site, room, booking])
        session.flush()
        return booking.id
