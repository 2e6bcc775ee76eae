"""Test data for the printing tests: a Latvian centre with bookings, a fair with vendors on stalls and a
registry with fields of activity, built through the other areas' services (the demo data is still being
written, so the tests do not depend on it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from ngo_desktop.database.core import Database
from ngo_desktop.models import BookingStatus, ContactPerson, FieldOfActivity, Organisation
from ngo_desktop.services.bookings.booking import BookingDraft, create_booking, create_series
from ngo_desktop.services.bookings.repeats import RepeatKind, RepeatRule
from ngo_desktop.services.centre import CentreDetails, save_centre_details
from ngo_desktop.services.fairs import assignments as stall_assignments
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.fairs import vendors
from ngo_desktop.sorting import sort_key
from tests.bookings_fixtures import MONDAY, NOW, at, build_centre
from tests.conftest import built_once
from tests.fairs_fixtures import SATURDAYS, apply_all, build_market

CENTRE_NAME = "Alūksnes NVO atbalsta centrs"
HOUSE_RULES = "Telpu atstāj tīru; atslēgu nodod reģistratūrā līdz 22:00.\n\nSmēķēt ēkā aizliegts."
SERIES_TITLE = "Šūšanas pulciņš „Čaklās rokas”"
SINGLE_TITLE = "Valdes sēde ar ķirbju pīrāgiem"
PROGRAMME_TITLE = "Koncerts „Ziemeļblāzma”"
FIELD_CULTURE = "Kultūra"
FIELD_SOCIAL = "Sociālā aprūpe"


@dataclass(frozen=True)
class PrintingData:
    site_id: int
    hall_id: int
    single_booking_id: int
    series_booking_ids: list[int]
    fair_id: int
    fair_day: dt.date
    organisation_names: list[str]


def _fields(database: Database, member_id: int, paying_id: int, reduced_id: int) -> None:
    with database.unit_of_work() as session:
        culture = FieldOfActivity(name=FIELD_CULTURE, sort_key=sort_key(FIELD_CULTURE))
        social = FieldOfActivity(name=FIELD_SOCIAL, sort_key=sort_key(FIELD_SOCIAL))
        session.add_all([culture, social])
        member = session.get(Organisation, member_id)
        member.fields = [social, culture]
        session.get(Organisation, reduced_id).fields = [culture]
        session.add(ContactPerson(organisation_id=member_id, name="Ārija Šķēle", phone="+371 29 111 222",
                                  email="arija@pensionari.lv", is_main=True))
        assert paying_id  # the SIA stays without a field: it prints under "not given"


def build_printing_data(database: Database) -> PrintingData:
    save_centre_details(database, CentreDetails(
        name=CENTRE_NAME, address="Pils iela 14, Alūksne, LV-4301", phone="+371 64 321 000",
        email="centrs@aluksne.lv", website="https://nvo.aluksne.lv", house_rules=HOUSE_RULES))
    centre = build_centre(database)
    single = create_booking(database, BookingDraft(
        room_id=centre.hall.id, starts=at(MONDAY, 18), ends=at(MONDAY, 20), organisation_id=centre.member_id,
        title=SINGLE_TITLE, attendees=25, equipment=("projector",), status=BookingStatus.CONFIRMED), now=NOW)
    series = create_series(database, BookingDraft(
        room_id=centre.small_room.id, starts=at(MONDAY, 10), ends=at(MONDAY, 12), organisation_id=centre.reduced_id,
        title=SERIES_TITLE, status=BookingStatus.PROVISIONAL),
        RepeatRule(RepeatKind.WEEKLY, count=4), now=NOW)
    _fields(database, centre.member_id, centre.paying_id, centre.reduced_id)
    market = build_market(database, stalls=3)
    applications = apply_all(database, market)
    first_days = [ids[0] for ids in applications.values()]
    vendors.accept(database, first_days)
    for stall_number, application_day_id in zip(("1", "2", "3"), first_days, strict=False):
        stall_assignments.assign(database, application_day_id=application_day_id,
                                 stall_id=market.stall_ids[stall_number])
    vendors.mark_paid(database, first_days[0], paid_on=dt.date(2026, 6, 1))
    fairs.add_programme_item(database, fair_day_id=market.day_ids[0], starts=dt.time(12, 0), title=PROGRAMME_TITLE,
                             performer="Alūksnes pūtēju orķestris")
    with database.read_session() as session:
        names = [session.get(Organisation, organisation_id).name for organisation_id in market.organisation_ids]
    return PrintingData(site_id=centre.hall.site_id, hall_id=centre.hall.id, single_booking_id=single.id,
                        series_booking_ids=series.booking_ids, fair_id=market.fair_id, fair_day=SATURDAYS[0],
                        organisation_names=names)


@pytest.fixture
def printing_data(database: Database) -> PrintingData:
    return built_once(database, build_printing_data)
