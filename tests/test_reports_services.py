"""The report services against figures worked out by hand (tests/reports_fixtures.py), on both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from ngo_desktop.database.core import Database
from ngo_desktop.errors import ValidationFailed
from ngo_desktop.models import BookingStatus, MembershipStatus, Organisation, OrganisationKind, VendorCategory
from ngo_desktop.services.bookings.booking import BookingDraft, create_booking
from ngo_desktop.services.reports.fairs import fairs_report
from ngo_desktop.services.reports.membership import limitations, membership_report
from ngo_desktop.services.reports.period import Period, ReportFilter
from ngo_desktop.services.reports.room_use import room_use
from ngo_desktop.services.reports.support import SupportFigures, support_in_kind
from ngo_desktop.sorting import organisation_match_key, organisation_sort_key
from tests.bookings_fixtures import NOW, at
from tests.conftest import built_once
from tests.reports_fixtures import ReportData, build_report_data

MARCH = Period.month(2026, 3)
HALL_OPEN_MARCH = 31 * 14 * 60  # every day 08–22


@pytest.fixture
def data(database: Database) -> ReportData:
    return built_once(database, build_report_data)


def test_periods_cover_the_right_days() -> None:
    assert Period.quarter(2026, 1) == Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert Period.month(2024, 2).last == dt.date(2024, 2, 29)
    assert Period.year(2026).months()[-1] == dt.date(2026, 12, 1)
    assert [month.month for month in Period.span(dt.date(2026, 1, 20), dt.date(2026, 3, 2)).months()] == [1, 2, 3]
    with pytest.raises(ValidationFailed):
        Period.span(dt.date(2026, 3, 2), dt.date(2026, 3, 1))
    with pytest.raises(ValidationFailed):
        Period.quarter(2026, 5)


def test_room_use_adds_booked_hours_against_open_hours(database: Database, data: ReportData) -> None:
    from tests.round_trips import round_trips

    with round_trips(database) as sent:
        report = room_use(database, ReportFilter(MARCH))
    # Rooms, opening hours, bookings used, cancelled, lapsed: one by one on SQLite between BEGIN and
    # ROLLBACK, sent together to a server (one round trip; they were five).
    assert len(sent) <= (7 if database.is_sqlite else 1), sent
    hall = next(line for line in report.rooms if line.key == data.centre.hall.id)
    assert hall.open_minutes == (HALL_OPEN_MARCH,)
    assert hall.booked_minutes == (120 + 180 + 90,)  # the cancelled booking and the enquiry are not use
    assert hall.bookings == 3
    assert hall.occupancy == 1.5  # 390 / 26 040 = 1,498 %
    small = next(line for line in report.rooms if line.key == data.centre.small_room.id)
    # The default hours: 22 weekdays 08–22 and 4 Saturdays 10–18 in March 2026.
    assert small.open_minutes == (22 * 14 * 60 + 4 * 8 * 60,) and small.occupancy == 0.0
    [site] = report.sites
    assert (site.name, site.booked_total, site.open_total) == ("Pils iela 14", 390, HALL_OPEN_MARCH + 20400)
    assert [line.key for line in report.busiest_rooms] == [data.centre.hall.id]


def test_heat_map_cuts_bookings_at_each_full_hour(database: Database, data: ReportData) -> None:
    heat = room_use(database, ReportFilter(MARCH)).heat
    assert heat[0][10] == heat[0][11] == 60  # Monday 10–12
    assert heat[1][18] == heat[1][19] == heat[1][20] == 60  # Tuesday 18–21
    assert (heat[2][9], heat[2][10]) == (30, 60)  # Wednesday 09:30–11:00
    assert heat[3][10] == 0 and heat[4][14] == 0  # cancelled, enquiry
    assert sum(map(sum, heat)) == 390


def test_cancellations_and_enquiries_that_never_became_bookings(database: Database, data: ReportData) -> None:
    report = room_use(database, ReportFilter(MARCH))
    assert [(reason.reason, reason.bookings, reason.minutes) for reason in report.cancellations] == [
        ("Lektors saslima", 1, 120)]
    assert (report.lapsed_enquiries, report.lapsed_enquiry_minutes) == (1, 60)


def test_room_use_filters_by_kind_site_and_period(database: Database, data: ReportData) -> None:
    entrepreneurs = room_use(database, ReportFilter(MARCH, kind=OrganisationKind.ENTREPRENEUR))
    assert entrepreneurs.total.booked_total == 0 and entrepreneurs.total.open_total == HALL_OPEN_MARCH + 20400
    other_site = room_use(database, ReportFilter(MARCH, site_id=data.centre.hall.site_id + 1000))
    assert other_site.rooms == ()
    april = room_use(database, ReportFilter(Period.month(2026, 4)))
    assert april.total.booked_total == 0 and april.cancellations == ()
    quarter = room_use(database, ReportFilter(Period.quarter(2026, 1)))
    assert quarter.total.booked_minutes == (0, 0, 390)


def test_support_in_the_first_quarter(database: Database, data: ReportData) -> None:
    """Rooms: the member's free use 40,00 €, the 30 % reduction 18,00 €. Pop-up: the therapist's half of
    a 240,00 € rent share in February and March; the nails studio from 15 February (14 of 28 days):
    rent 25,00 € + utilities 8,28 € (25 % of 33,10 €) in February, 50,00 € + 16,55 € in March."""
    report = support_in_kind(database, ReportFilter(Period.quarter(2026, 1)))
    lines = {line.organisation_id: line for line in report.organisations}
    assert set(lines) == {data.centre.member_id, data.centre.reduced_id, data.salon.therapist_id,
                          data.salon.nails_id}  # the paying organisation received nothing
    assert lines[data.centre.member_id].figures == SupportFigures(rooms_cents=4000)
    assert lines[data.centre.reduced_id].figures == SupportFigures(rooms_cents=1800)
    assert lines[data.salon.therapist_id].figures == SupportFigures(rent_cents=24000)
    assert lines[data.salon.therapist_id].by_month == (0, 12000, 12000)
    assert lines[data.salon.nails_id].figures == SupportFigures(rent_cents=7500, utilities_cents=2483)
    assert lines[data.salon.nails_id].by_month == (0, 3328, 6655)
    assert report.per_month == (SupportFigures(), SupportFigures(rent_cents=14500, utilities_cents=828),
                                SupportFigures(rooms_cents=5800, rent_cents=17000, utilities_cents=1655))
    assert report.total.total_cents == 4000 + 1800 + 24000 + 9983
    kinds = {kind.kind: kind for kind in report.kinds}
    assert (kinds[OrganisationKind.NGO].organisations, kinds[OrganisationKind.NGO].figures.total_cents) == (2, 5800)
    assert kinds[OrganisationKind.ENTREPRENEUR].figures.total_cents == 33983
    assert report.includes_premises


def test_support_counts_waived_and_reduced_stall_fees(database: Database, data: ReportData) -> None:
    """June, NGOs only: a waived 10,00 € fee and a fee reduced to 4,00 € (6,00 € support); the tenants,
    entrepreneurs, are filtered out by kind."""
    report = support_in_kind(database, ReportFilter(Period.month(2026, 6), kind=OrganisationKind.NGO))
    vendors_ids = data.market.organisation_ids
    assert {line.organisation_id: line.figures for line in report.organisations} == {
        vendors_ids[0]: SupportFigures(fairs_cents=1000), vendors_ids[1]: SupportFigures(fairs_cents=600)}
    assert report.total == SupportFigures(fairs_cents=1600)


def test_support_for_one_site_leaves_out_premises(database: Database, data: ReportData) -> None:
    report = support_in_kind(database, ReportFilter(Period.quarter(2026, 1), site_id=data.centre.hall.site_id))
    assert not report.includes_premises
    assert report.total == SupportFigures(rooms_cents=5800)


def test_fairs_report_per_day(database: Database, data: ReportData) -> None:
    report = fairs_report(database, ReportFilter(Period.year(2026)))
    [fair] = report.fairs
    first, second = fair.days
    assert first.day == dt.date(2026, 6, 6)
    assert (first.stalls_offered, first.stalls_taken, first.accepted, first.waitlisted) == (3, 3, 3, 2)
    assert (first.due_cents, first.paid_cents, first.waived) == (1400, 1000, 1)
    assert (first.arrived, first.no_show) == (1, 1)
    assert (second.stalls_offered, second.stalls_taken, second.accepted, second.waitlisted) == (3, 0, 0, 0)
    assert report.total("stalls_offered") == 6 and report.fair_days == 2
    assert report.categories == ((VendorCategory.HANDICRAFT, 3),)
    assert fairs_report(database, ReportFilter(Period.year(2026), kind=OrganisationKind.MUNICIPAL)).total(
        "accepted") == 0
    assert fairs_report(database, ReportFilter(Period.month(2026, 7))).fairs == ()


def _organisation(database: Database, name: str, *, kind: OrganisationKind = OrganisationKind.NGO,
                  membership: MembershipStatus = MembershipStatus.MEMBER, fee: int = 2000,
                  last_paid_year: int | None = None, member_since: dt.date | None = dt.date(2020, 1, 1),
                  archived: bool = False) -> int:
    with database.unit_of_work() as session:
        organisation = Organisation(
            name=name, sort_key=organisation_sort_key(name), match_key=organisation_match_key(name), kind=kind,
            membership=membership, membership_fee_cents=fee, last_paid_year=last_paid_year,
            member_since=member_since, archived=archived)
        session.add(organisation)
        session.flush()
        return organisation.id


def test_membership_who_has_not_paid_this_year(database: Database) -> None:
    _organisation(database, "Biedrība „Ābele”", last_paid_year=2026)
    unpaid = _organisation(database, "Biedrība „Čiekurs”", last_paid_year=2025)
    new = _organisation(database, "Alūksnes bibliotēka", kind=OrganisationKind.MUNICIPAL, fee=5000,
                        member_since=dt.date(2026, 3, 10))
    _organisation(database, "Biedrība „Zīle”", membership=MembershipStatus.LAPSED, last_paid_year=2023)
    _organisation(database, "SIA „Koks”", kind=OrganisationKind.ENTREPRENEUR, membership=MembershipStatus.NONE)
    _organisation(database, "Biedrība „Vecā”", last_paid_year=2010, archived=True)
    report = membership_report(database, ReportFilter(Period.year(2026)))
    kinds = {kind.kind: kind for kind in report.kinds}
    ngo = kinds[OrganisationKind.NGO]
    assert (ngo.members, ngo.lapsed, ngo.fees_due_cents, ngo.paid, ngo.fees_paid_cents) == (2, 1, 4000, 1, 2000)
    municipal = kinds[OrganisationKind.MUNICIPAL]
    assert (municipal.members, municipal.fees_due_cents, municipal.paid) == (1, 5000, 0)
    assert OrganisationKind.ENTREPRENEUR not in kinds
    assert [member.organisation_id for member in report.unpaid] == [new, unpaid]  # Latvian order: A, Č
    assert report.new_members == 1
    assert report.last_paid_years == ((2026, 1), (2025, 1), (None, 1))
    assert (report.members, report.fees_due_cents, report.fees_paid_cents) == (3, 9000, 2000)
    assert membership_report(database, ReportFilter(Period.year(2025))).fees_paid_cents == 4000
    assert len(limitations()) == 2


def test_months_and_hours_are_riga_wall_clock_at_a_month_end(database: Database, data: ReportData) -> None:
    """A booking over midnight from 31 March to 1 April (Riga; 20:00–22:00 UTC, still March in UTC):
    an hour in each month, and on Tuesday 23 and Wednesday 0 of the heat map. A member's booking at
    00:30 on 1 April (21:30 UTC on 31 March) is April's support."""
    over_midnight = create_booking(database, BookingDraft(
        room_id=data.centre.hall.id, starts=at(dt.date(2026, 3, 31), 23, 0), ends=at(dt.date(2026, 4, 1), 1, 0),
        organisation_id=data.centre.paying_id, title="Nakts darbs", status=BookingStatus.CONFIRMED,
        override_reason="Ārpus darba laika"), now=NOW)
    first_of_april = create_booking(database, BookingDraft(
        room_id=data.centre.small_room.id, starts=at(dt.date(2026, 4, 1), 0, 30),
        ends=at(dt.date(2026, 4, 1), 1, 30), organisation_id=data.centre.member_id, title="Nakts sapulce",
        status=BookingStatus.CONFIRMED, override_reason="Ārpus darba laika"), now=NOW)
    assert over_midnight.starts_at.astimezone(dt.UTC).month == 3 == first_of_april.starts_at.astimezone(dt.UTC).month
    spring = ReportFilter(Period.span(dt.date(2026, 3, 1), dt.date(2026, 4, 30)))
    use = room_use(database, spring)
    hall = next(line for line in use.rooms if line.key == data.centre.hall.id)
    assert hall.booked_minutes == (390 + 60, 60)
    assert use.heat[1][23] == 60 and use.heat[2][0] == 60 + 30 and use.heat[2][1] == 30
    support = support_in_kind(database, spring)
    member = next(line for line in support.organisations if line.organisation_id == data.centre.member_id)
    # The small room: 8,00 € an hour, members half price.
    assert (first_of_april.full_value_cents, first_of_april.price_cents) == (800, 400)
    assert member.by_month == (4000, 400)
