"""The demo data: the small Alūksne story and a scaled-down copy of the large benchmark database.

Each check reads a real SQLite file back, so it also proves the demo survives the database
(Latvian letters, UTC instants, constraints). The full large demo is not built here: it takes
tens of seconds; ``python bench/demo_database.py`` builds and times it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import holidays
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ngo_desktop.database.core import Database, open_database
from ngo_desktop.errors import NotEmpty
from ngo_desktop.models import (
    ApplicationDay,
    ApplicationStatus,
    AuditAction,
    AuditEntry,
    Booking,
    BookingSeries,
    BookingStatus,
    CentreProfile,
    ContactPerson,
    Fair,
    FairKind,
    FieldOfActivity,
    LegalForm,
    MembershipStatus,
    OpeningHours,
    Organisation,
    OrganisationKind,
    PaymentStatus,
    Premises,
    Room,
    Site,
    Stall,
    StallAssignment,
    StallLayout,
    StallPrice,
    Tenancy,
    TenancyPayment,
    VendorApplication,
)
from ngo_desktop.services.bookings.price import booking_price
from ngo_desktop.services.bookings.repeats import expand_stored
from ngo_desktop.services.bookings.rooms import EQUIPMENT_CODES, room_info
from ngo_desktop.services.centre import CentreDetails, save_centre_details
from ngo_desktop.services.demo.common import is_valid_registration_number
from ngo_desktop.services.demo.fill import DemoSummary, fill_demo_data
from ngo_desktop.services.demo.large import LARGE_DEMO
from ngo_desktop.services.premises.statements import PaymentState, statements_of_tenancy
from ngo_desktop.sorting import organisation_match_key, organisation_sort_key, sort_key
from ngo_desktop.timeutil import to_local

# A Wednesday in the market season, with Midsummer (and the Monday off before it) in the window.
TODAY = dt.date(2026, 6, 10)
WINDOW = (dt.date(2026, 6, 1), dt.date(2026, 7, 31))
LV_HOLIDAYS = holidays.country_holidays("LV", years=range(2015, 2030))


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """The small demo, loaded once for the read-only checks of this module."""
    database = open_database(tmp_path_factory.mktemp("small") / "x.sqlite3", operator="tester")
    summary = fill_demo_data(database, today=TODAY)
    yield database, summary
    database.dispose()


def _overlaps(bookings: list[Booking]) -> list[tuple[int, int]]:
    """Pairs of blocking bookings of one room whose spans, buffers included, overlap."""
    by_room: dict[int, list[Booking]] = defaultdict(list)
    for booking in bookings:
        if booking.status is not BookingStatus.CANCELLED:
            by_room[booking.room_id].append(booking)
    clashes = []
    for room_bookings in by_room.values():
        room_bookings.sort(key=lambda booking: booking.blocked_from)
        for before, after in zip(room_bookings, room_bookings[1:], strict=False):
            if after.blocked_from < before.blocked_until:
                clashes.append((before.id, after.id))
    return clashes


def _outside_opening_hours(session: Session, bookings: list[Booking]) -> list[int]:
    hours = {(row.room_id, row.weekday): (row.opens, row.closes) for row in session.scalars(select(OpeningHours))}
    wrong = []
    for booking in bookings:
        start, end = to_local(booking.blocked_from), to_local(booking.blocked_until)
        opens_closes = hours.get((booking.room_id, start.weekday()))
        if (opens_closes is None or start.date() != end.date() or start.time() < opens_closes[0]
                or end.time() > opens_closes[1]):
            wrong.append(booking.id)
    return wrong


# --- the small demo ------------------------------------------------------------------------


def test_small_demo_reports_what_it_added(small: tuple[Database, DemoSummary]) -> None:
    database, summary = small
    with database.read_session() as session:
        assert summary.sites == 2 == session.scalar(select(func.count()).select_from(Site))
        assert summary.rooms == 4 == session.scalar(select(func.count()).select_from(Room))
        assert summary.bookings == session.scalar(select(func.count()).select_from(Booking))
        assert summary.organisations == session.scalar(select(func.count()).select_from(Organisation))
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "demo")).one()
    assert summary.scale == "small"
    assert summary.organisations >= 16 and summary.bookings >= 40 and summary.fairs == 2
    assert entry.operator == "demo" and entry.action is AuditAction.IMPORT
    assert entry.after is not None and entry.after["bookings"] == summary.bookings


def test_small_demo_has_the_centre_its_rooms_and_opening_hours(small: tuple[Database, DemoSummary]) -> None:
    with small[0].read_session() as session:
        profile = session.get_one(CentreProfile, 1)
        hall = session.scalars(select(Room).where(Room.name == "Lielā zāle")).one()
        room_names = set(session.scalars(select(Room.name)))
        all_equipment = {code for room in session.scalars(select(Room)) for code in room.equipment}
        hall_hours = {hours.weekday: (hours.opens, hours.closes) for hours in hall.opening_hours}
    assert profile.name == "Alūksnes NVO atbalsta centrs"
    assert profile.phone.startswith("+371 ") and "@" in profile.email and profile.website
    assert "nesmēķē" in profile.house_rules
    assert {"Lielā zāle", "Sanāksmju telpa", "Virtuves studija"} <= room_names
    assert hall.capacity == 80 and {"projector", "piano", "wheelchair"} <= set(hall.equipment)
    assert hall.setup_minutes > 0 and hall.cleanup_minutes > 0 and hall.hourly_rate_cents > 0
    assert hall.member_discount_percent == 100
    assert all_equipment <= set(EQUIPMENT_CODES)
    assert hall_hours[0] == (dt.time(8), dt.time(21)) and hall_hours[4] == (dt.time(8), dt.time(21))
    assert hall_hours[5] == (dt.time(10), dt.time(18)) and 6 not in hall_hours


def test_small_demo_registry_is_latvian_and_consistent(small: tuple[Database, DemoSummary]) -> None:
    with small[0].read_session() as session:
        organisations = list(session.scalars(select(Organisation)))
        contacts = list(session.scalars(select(ContactPerson)))
        fields = list(session.scalars(select(FieldOfActivity)))
        main_contacts = {org.id: sum(contact.is_main for contact in org.contacts) for org in organisations}
    assert set(main_contacts.values()) == {1}
    numbers = [org.registration_number for org in organisations if org.registration_number]
    assert len(numbers) == len(set(numbers))
    assert all(is_valid_registration_number(number) for number in numbers)
    assert {LegalForm.ASSOCIATION, LegalForm.FOUNDATION, LegalForm.LIMITED_COMPANY, LegalForm.INDIVIDUAL_MERCHANT,
            LegalForm.MUNICIPAL_INSTITUTION} <= {org.legal_form for org in organisations}
    assert {OrganisationKind.NGO, OrganisationKind.ENTREPRENEUR, OrganisationKind.MUNICIPAL} <= {
        org.kind for org in organisations}
    assert {MembershipStatus.MEMBER, MembershipStatus.LAPSED} <= {org.membership for org in organisations}
    assert any(org.archived and org.archived_at for org in organisations)
    for org in organisations:
        assert org.sort_key == organisation_sort_key(org.name)
        assert org.match_key == organisation_match_key(org.name)
    assert len({org.match_key for org in organisations}) == len(organisations)
    assert all(field.sort_key == sort_key(field.name) for field in fields)
    assert all(contact.sort_key == sort_key(contact.name) for contact in contacts)
    assert {"Sociālā aprūpe", "Kultūra", "Jaunatne", "Vide", "Sports", "Izglītība"} <= {field.name for field in fields}
    assert all(contact.phone.startswith("+371 ") and len(contact.phone) == 13 for contact in contacts if contact.phone)
    assert any(contact.role == "valdes priekšsēdētāja" for contact in contacts)
    assert all(contact.consent_date and contact.consent_date <= TODAY for contact in contacts)


def test_latvian_names_survive_the_round_trip(small: tuple[Database, DemoSummary]) -> None:
    with small[0].read_session() as session:
        disabled = session.scalars(select(Organisation).where(
            Organisation.registration_number == "40008123464")).one()
        contact_names = set(session.scalars(select(ContactPerson.name)))
        names = set(session.scalars(select(Organisation.name)))
        fields = sorted(field.name for field in disabled.fields)
    assert disabled.name == "biedrība „Alūksnes invalīdu biedrība”"
    assert fields == ["Sociālā aprūpe", "Veselība"]
    assert {"Ilze Bērziņa", "Kārlis Ķēniņš", "Žanna Ūdre", "Skaidrīte Ņikitina", "Dace Čakste"} <= contact_names
    assert {"biedrība „Sporta klubs Šķēps”", "SIA „Koka rotaļlietas Žubīte”",
            "IK „Skaistumkopšanas studija Līga”", "Alūksnes novada pašvaldība"} <= names
    assert set("āčēģīķļņšūž„”") <= set("".join(names | contact_names).casefold())


def test_small_demo_bookings_never_overlap_including_buffers(small: tuple[Database, DemoSummary]) -> None:
    with small[0].read_session() as session:
        bookings = list(session.scalars(select(Booking)))
        buffers = {room.id: (room.setup_minutes, room.cleanup_minutes) for room in session.scalars(select(Room))}
    assert _overlaps(bookings) == []
    for booking in bookings:
        setup, cleanup = buffers[booking.room_id]
        assert booking.blocked_from == booking.starts_at - dt.timedelta(minutes=setup)
        assert booking.blocked_until == booking.ends_at + dt.timedelta(minutes=cleanup)
        assert booking.starts_at.tzinfo is dt.UTC


def test_small_demo_bookings_keep_opening_hours_and_avoid_public_holidays(
        small: tuple[Database, DemoSummary]) -> None:
    with small[0].read_session() as session:
        bookings = list(session.scalars(select(Booking)))
        assert _outside_opening_hours(session, bookings) == []
    local_days = {to_local(booking.starts_at).date() for booking in bookings}
    assert not [day for day in local_days if day in LV_HOLIDAYS]
    # Midsummer week is in the window: the Tuesday series skips 23 June, the Thursday one goes on.
    assert dt.date(2026, 6, 23) not in local_days and dt.date(2026, 6, 25) in local_days


def test_small_demo_bookings_fill_this_and_next_month_with_every_status(
        small: tuple[Database, DemoSummary]) -> None:
    with small[0].read_session() as session:
        bookings = list(session.scalars(select(Booking)))
        charity_day = session.scalars(select(Fair).where(Fair.kind == FairKind.CHARITY_FAIR)).one().days[0].day
    days = {to_local(booking.starts_at).date() for booking in bookings if booking.organisation_id is not None}
    assert min(days) >= WINDOW[0] and max(days) <= WINDOW[1]
    assert {day.month for day in days} == {6, 7}
    assert {booking.status for booking in bookings} == set(BookingStatus)
    cancelled = [booking for booking in bookings if booking.status is BookingStatus.CANCELLED]
    assert len(cancelled) == 1 and cancelled[0].cancel_reason and cancelled[0].cancelled_at is not None
    # The centre keeps the hall for its own charity fair.
    assert any(booking.organisation_id is None and to_local(booking.starts_at).date() == charity_day
               for booking in bookings)
    assert all(booking.contact_person_id for booking in bookings if booking.organisation_id)


def test_small_demo_weekly_series_own_their_bookings(small: tuple[Database, DemoSummary]) -> None:
    with small[0].read_session() as session:
        all_series = list(session.scalars(select(BookingSeries)))
        assert len(all_series) >= 3
        for series in all_series:
            assert "FREQ=WEEKLY" in series.rrule and "UNTIL=" in series.rrule
            expected = [occurrence for occurrence in expand_stored(series.rrule, series.local_start)
                        if occurrence.date() not in LV_HOLIDAYS]
            starts = [to_local(booking.starts_at).replace(tzinfo=None) for booking in series.bookings]
            assert starts == expected
            assert all(booking.ends_at - booking.starts_at == dt.timedelta(minutes=series.duration_minutes)
                       and booking.organisation_id == series.organisation_id and booking.room_id == series.room_id
                       for booking in series.bookings)


def test_small_demo_prices_follow_the_tariffs(small: tuple[Database, DemoSummary]) -> None:
    with small[0].read_session() as session:
        bookings = list(session.scalars(select(Booking).where(Booking.organisation_id.is_not(None))))
        rooms = {room.id: room_info(room) for room in session.scalars(select(Room))}
        free_for_members = [booking for booking in bookings if booking.organisation.membership is MembershipStatus.MEMBER
                            and rooms[booking.room_id].member_discount_percent == 100]
        paying = [booking for booking in bookings if booking.price_cents > 0]
        for booking in bookings:
            price = booking_price(rooms[booking.room_id], booking.ends_at - booking.starts_at,
                                  membership=booking.organisation.membership,
                                  organisation_discount_percent=booking.organisation.discount_percent)
            assert (booking.full_value_cents, booking.price_cents) == (price.full_value_cents, price.price_cents)
            if booking.status is not BookingStatus.CANCELLED:
                assert (booking.payment_status is PaymentStatus.NOT_DUE) == (booking.price_cents == 0)
    assert free_for_members and all(booking.price_cents == 0 < booking.full_value_cents for booking in free_for_members)
    assert paying and {booking.payment_status for booking in paying} >= {PaymentStatus.PAID, PaymentStatus.UNPAID}


def test_summer_market_is_every_saturday_from_may_to_september(small: tuple[Database, DemoSummary]) -> None:
    with small[0].read_session() as session:
        market = session.scalars(select(Fair).where(Fair.kind == FairKind.SEASONAL_MARKET)).one()
        days = [day.day for day in market.days]
        layout = session.get_one(StallLayout, market.layout_id)
        prices = list(session.scalars(select(StallPrice).where(StallPrice.fair_id == market.id)))
        titles = [item.title for day in market.days for item in day.programme]
        landmarks = {landmark.label for landmark in layout.landmarks}
        stall_count = len(layout.stalls)
    season = [dt.date(2026, 5, 1) + dt.timedelta(days=offset) for offset in range(153)]
    assert days == [day for day in season if day.weekday() == 5]
    assert market.address and market.site_id is None
    assert stall_count == 30 and {"Skatuve", "Ieeja", "Tualetes"} <= landmarks
    assert {(price.width_m, price.depth_m) for price in prices} == {(3.0, 3.0), (2.0, 2.0)}
    assert any(title.startswith("Koncerts: ") for title in titles) and "Modes skate" in titles


def test_market_vendors_follow_the_fair_rules(small: tuple[Database, DemoSummary]) -> None:
    with small[0].read_session() as session:
        market = session.scalars(select(Fair).where(Fair.kind == FairKind.SEASONAL_MARKET)).one()
        stall_count = len(session.get_one(StallLayout, market.layout_id).stalls)
        prices = {(price.width_m, price.depth_m): price.price_cents for price in market.prices}
        entries = list(session.scalars(select(ApplicationDay).join(VendorApplication).where(
            VendorApplication.fair_id == market.id)))
        by_day: dict[int, list[ApplicationDay]] = defaultdict(list)
        for entry in entries:
            by_day[entry.fair_day_id].append(entry)
        for day_entries in by_day.values():
            accepted = [entry for entry in day_entries if entry.status is ApplicationStatus.ACCEPTED]
            waiting = sorted(entry.waitlist_position or 0 for entry in day_entries
                             if entry.status is ApplicationStatus.WAITLISTED)
            assert len(accepted) <= stall_count
            assert waiting == list(range(1, len(waiting) + 1))
            assert not waiting or len(accepted) == stall_count
            for entry in accepted:
                stall = entry.assignment.stall
                assert stall.layout_id == market.layout_id
                assert stall.has_power or not entry.application.needs_power
                if entry.payment_status is PaymentStatus.WAIVED:
                    assert entry.fee_cents == 0 and entry.fee_reduction_reason
                else:
                    assert entry.fee_cents == prices[(stall.width_m, stall.depth_m)]
                assert (entry.check_in is not None) == (entry.fair_day.day < TODAY)
    statuses = {entry.status for entry in entries}
    assert {ApplicationStatus.ACCEPTED, ApplicationStatus.WAITLISTED, ApplicationStatus.APPLIED} <= statuses
    assert {PaymentStatus.PAID, PaymentStatus.UNPAID, PaymentStatus.WAIVED} <= {entry.payment_status for entry in entries}


def test_charity_fair_waives_the_societies_fees(small: tuple[Database, DemoSummary]) -> None:
    with small[0].read_session() as session:
        fair = session.scalars(select(Fair).where(Fair.kind == FairKind.CHARITY_FAIR)).one()
        hall_site = session.scalars(select(Room).where(Room.name == "Lielā zāle")).one().site_id
        entries = list(session.scalars(select(ApplicationDay).join(VendorApplication).where(
            VendorApplication.fair_id == fair.id)))
        vendors = {entry.application.organisation.name for entry in entries}
        partners = {org.name for org in fair.partners}
        assignments = session.scalar(select(func.count()).select_from(StallAssignment).where(
            StallAssignment.fair_day_id == fair.days[0].id))
    assert fair.site_id == hall_site and [day.day.month for day in fair.days] == [12]
    assert fair.days[0].day.weekday() == 5 and fair.days[0].day >= TODAY
    assert {"biedrība „Alūksnes invalīdu biedrība”", "biedrība „Alūksnes pensionāru biedrība”"} <= vendors
    assert "biedrība „Alūksnes invalīdu biedrība”" in partners
    assert all(entry.fee_cents == 0 and entry.payment_status is PaymentStatus.WAIVED and entry.fee_reduction_reason
               for entry in entries)
    assert assignments == len(entries) >= 6


def test_pop_up_salon_is_shared_with_reductions_and_payments(small: tuple[Database, DemoSummary]) -> None:
    database = small[0]
    with database.read_session() as session:
        premises = session.scalars(select(Premises)).one()
        tenancies = {tenancy.organisation.name: tenancy for tenancy in premises.tenancies}
        payments: dict[int, dict[dt.date, int]] = defaultdict(dict)
        for payment in session.scalars(select(TenancyPayment)):
            payments[payment.tenancy_id][payment.month] = payment.amount_cents
    assert premises.name == "Pop-up salons" and premises.max_tenants == 2 and premises.area_m2
    toys, beauty = tenancies["SIA „Koka rotaļlietas Žubīte”"], tenancies["IK „Skaistumkopšanas studija Līga”"]
    assert toys.starts_on <= TODAY <= toys.ends_on and beauty.starts_on <= TODAY <= beauty.ends_on
    assert (toys.rent_reduction_kind, toys.rent_reduction) != (beauty.rent_reduction_kind, beauty.rent_reduction)
    assert beauty.utilities_reduction_kind.value == "fixed" and beauty.utilities_reduction > 0
    assert all(tenancy.decision_number and tenancy.decision_date for tenancy in (toys, beauty))
    assert sum(len(months) for months in payments.values()) >= 3
    # Each recorded payment is exactly what the statements service says was due.
    for tenancy in (toys, beauty):
        lines = {line.month: line for line in statements_of_tenancy(database, tenancy.id, until=TODAY)}
        for month, amount in payments[tenancy.id].items():
            assert amount == lines[month].due_cents and lines[month].state is PaymentState.PAID


# --- refusing and forcing --------------------------------------------------------------------


def test_demo_refuses_a_database_that_already_holds_data(tmp_path: Path) -> None:
    database = open_database(tmp_path / "x.sqlite3", operator="tester")
    try:
        first = fill_demo_data(database, today=TODAY)
        with pytest.raises(NotEmpty) as refused:
            fill_demo_data(database, today=TODAY)
        assert "--force" in str(refused.value)
        with database.read_session() as session:
            assert session.scalar(select(func.count()).select_from(Organisation)) == first.organisations
    finally:
        database.dispose()


def test_force_adds_a_second_demo_alongside_without_clashes(tmp_path: Path) -> None:
    database = open_database(tmp_path / "x.sqlite3", operator="tester")
    try:
        save_centre_details(database, CentreDetails(name="Mūsu centrs", email="info@centrs.lv"))
        first = fill_demo_data(database, today=TODAY)
        second = fill_demo_data(database, today=TODAY, force=True)
        assert second.counts() == first.counts() | {"fields_of_activity": 0}
        with database.read_session() as session:
            assert session.get_one(CentreProfile, 1).name == "Mūsu centrs"
            site_names = set(session.scalars(select(Site.name)))
            numbers = [number for number in session.scalars(select(Organisation.registration_number)) if number]
            match_keys = list(session.scalars(select(Organisation.match_key)))
            assert _overlaps(list(session.scalars(select(Booking)))) == []
        assert {"Alūksnes NVO nams", "Alūksnes NVO nams (2)"} <= site_names
        assert len(numbers) == len(set(numbers)) and len(match_keys) == len(set(match_keys))
    finally:
        database.dispose()


def test_unknown_scale_is_refused(database: Database) -> None:
    with pytest.raises(ValueError):
        fill_demo_data(database, scale="medium")


# --- the large demo, at 1/100 --------------------------------------------------------------


def test_scaled_down_large_demo_is_consistent(tmp_path: Path) -> None:
    size = LARGE_DEMO.scaled(0.01)
    database = open_database(tmp_path / "x.sqlite3", operator="tester")
    reports: list[tuple[int, int]] = []
    try:
        summary = fill_demo_data(database, scale="large", large_size=size, today=TODAY,
                                 progress=lambda done, total: reports.append((done, total)))
        with database.read_session() as session:
            bookings = list(session.scalars(select(Booking)))
            assert _overlaps(bookings) == []
            assert _outside_opening_hours(session, bookings) == []
            organisations = list(session.scalars(select(Organisation)))
            contact_keys = session.execute(select(ContactPerson.name, ContactPerson.sort_key)).all()
            power_breaches = session.scalar(select(func.count()).select_from(StallAssignment)
                                            .join(ApplicationDay).join(VendorApplication)
                                            .join(Stall, Stall.id == StallAssignment.stall_id)
                                            .where(VendorApplication.needs_power, Stall.has_power.is_(False)))
            series_bookings = session.scalar(select(func.count()).select_from(Booking)
                                             .where(Booking.series_id.is_not(None)))
            tenancies = list(session.scalars(select(Tenancy)))
            premises = {premises.id: premises.max_tenants for premises in session.scalars(select(Premises))}
    finally:
        database.dispose()
    assert (summary.rooms, summary.organisations, summary.bookings, summary.fairs, summary.premises) == (
        size.rooms, size.organisations, size.bookings, size.fairs, size.premises)
    assert summary.stalls == size.fairs * size.stalls_per_fair and summary.sites == 2
    assert 1 <= summary.contact_people / summary.organisations <= 2
    assert not [booking for booking in bookings if to_local(booking.starts_at).date() in LV_HOLIDAYS]
    years = {booking.starts_at.year for booking in bookings}
    assert max(years) - min(years) == size.years - 1
    assert {booking.status for booking in bookings} == set(BookingStatus)
    assert 0 < series_bookings < summary.bookings
    numbers = [org.registration_number for org in organisations if org.registration_number]
    assert len(numbers) == len(set(numbers)) and all(is_valid_registration_number(number) for number in numbers)
    assert len({org.match_key for org in organisations}) == len(organisations)
    assert all(org.sort_key == organisation_sort_key(org.name) for org in organisations)
    assert contact_keys and all(key == sort_key(name) for name, key in contact_keys)
    assert power_breaches == 0
    for tenancy in tenancies:
        running = [other for other in tenancies if other.premises_id == tenancy.premises_id
                   and other.starts_on <= tenancy.starts_on <= (other.ended_early_on or other.ends_on)]
        assert len(running) <= premises[tenancy.premises_id]
    assert reports[-1][0] == reports[-1][1] and [done for done, _ in reports] == sorted(done for done, _ in reports)


def test_large_demo_is_the_same_every_time(tmp_path: Path) -> None:
    size = LARGE_DEMO.scaled(0.005)
    built = []
    for name in ("a", "b"):
        database = open_database(tmp_path / f"{name}.sqlite3", operator="tester")
        try:
            fill_demo_data(database, scale="large", large_size=size, today=TODAY)
            with database.read_session() as session:
                built.append((list(session.scalars(select(Organisation.name).order_by(Organisation.id))),
                              list(session.scalars(select(Booking.starts_at).order_by(Booking.id)))))
        finally:
            database.dispose()
    assert built[0] == built[1]
