"""Test data for the registry's tests: a room booked by an organisation, written straight to the tables,
and many organisations at once.

The registry only reads bookings, so the tests write one the simplest way instead of depending on
the booking rules of another area.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ngo_desktop.database.core import Database
from ngo_desktop.models import Booking, BookingStatus, Room, Site
from ngo_desktop.services.organisations.bulk import insert_organisations
from ngo_desktop.services.organisations.registry import OrganisationData, clean_and_validate
from ngo_desktop.sorting import organisation_keys


def add_organisations(database: Database, names: Iterable[str]) -> list[int]:
    """Organisations with only a name, checked as a saved one is and added in one transaction by the
    import's bulk insert: the paging tests need hundreds, and a unit of work each took seconds."""
    items = [(data, False, organisation_keys(data.name))
             for data in (clean_and_validate(OrganisationData(name=name)) for name in names)]
    with database.unit_of_work() as session:
        return insert_organisations(session, database.operator, items)


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
