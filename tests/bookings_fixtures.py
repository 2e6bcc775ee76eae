"""Shared data for the bookings tests: a site, two rooms and three organisations, built through services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from ngo_desktop.database.core import Database
from ngo_desktop.models import MembershipStatus, Organisation
from ngo_desktop.services.bookings.rooms import (
    RoomInfo,
    RoomInput,
    SiteInput,
    create_room,
    create_site,
)
from ngo_desktop.sorting import organisation_match_key, organisation_sort_key
from tests.conftest import built_once, holds_no_rows

# A Monday far enough ahead that nothing is "in the past", with no holiday that week.
MONDAY = dt.date(2026, 3, 2)
NOW = dt.datetime(2026, 2, 1, 9, 0, tzinfo=dt.UTC)
EVERY_DAY = {weekday: (dt.time(8, 0), dt.time(22, 0)) for weekday in range(7)}


@dataclass(frozen=True)
class Centre:
    hall: RoomInfo
    small_room: RoomInfo
    member_id: int
    paying_id: int
    reduced_id: int


def add_organisation(database: Database, name: str, *, membership: MembershipStatus = MembershipStatus.NONE,
                     discount_percent: int = 0) -> int:
    with database.unit_of_work() as session:
        organisation = Organisation(name=name, sort_key=organisation_sort_key(name),
                                    match_key=organisation_match_key(name), membership=membership,
                                    discount_percent=discount_percent)
        session.add(organisation)
        session.flush()
        return organisation.id


def build_centre(database: Database) -> Centre:
    site = create_site(database, SiteInput(name="Pils iela 14", address="Pils iela 14, Alūksne"))
    hall = create_room(database, RoomInput(
        site_id=site.id, name="Lielā zāle", capacity=60, equipment=("projector", "sound", "piano"),
        setup_minutes=15, cleanup_minutes=15, hourly_rate_cents=2000, half_day_rate_cents=6000,
        full_day_rate_cents=10000, member_discount_percent=100, opening_hours=EVERY_DAY))
    small_room = create_room(database, RoomInput(
        site_id=site.id, name="Mazā telpa", capacity=12, equipment=("wheelchair",),
        hourly_rate_cents=800, member_discount_percent=50))
    return Centre(
        hall=hall, small_room=small_room,
        member_id=add_organisation(database, 'Biedrība "Alūksnes pensionāri"', membership=MembershipStatus.MEMBER),
        paying_id=add_organisation(database, 'SIA "Čiekuriņš"'),
        reduced_id=add_organisation(database, 'Biedrība "Šūpoles"', discount_percent=30),
    )


def the_centre(database: Database) -> Centre:
    """``build_centre``'s rooms and organisations: built by the services in the first test of each
    backend, copied into every later one (only into a database without data: a copy replaces what
    is there)."""
    return built_once(database, build_centre) if holds_no_rows(database) else build_centre(database)


@pytest.fixture
def centre(database: Database) -> Centre:
    return the_centre(database)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))
