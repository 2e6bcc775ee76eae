"""Small data for the reports tests, built through the services, with every figure worked out by hand.

March 2026 in the hall of "Pils iela 14" (open every day 08–22, 2 000 cents an hour, half day 6 000,
members free): a member's booking (Mon 10–12: full value 4 000, paid 0), a booking over the
organisation's 30 % reduction (Tue 18–21: 6 000, paid 4 200), a paying booking (Wed 09:30–11:00:
3 000, paid 3 000), a cancelled one (Thu 10–12, "Lektors saslima") and an enquiry that never became a
booking (Fri 14–15). The summer market (stall fee 10,00 €): three vendors accepted on 6 June, one fee
waived, one reduced to 4,00 €, one paid in full; two more on the waitlist. The shared salon's second
tenant starts on 15 February (tests/premises_fixtures.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ngo_desktop.database.core import Database
from ngo_desktop.models import BookingStatus, CheckIn
from ngo_desktop.services.bookings.booking import BookingDraft, cancel_booking, create_booking
from ngo_desktop.services.fairs import assignments as stall_assignments
from ngo_desktop.services.fairs import vendors
from tests.bookings_fixtures import NOW, Centre, at, build_centre
from tests.fairs_fixtures import Market, apply_all, build_market
from tests.premises_fixtures import SharedSalon, build_shared_salon

MONDAY = dt.date(2026, 3, 2)


@dataclass(frozen=True)
class ReportData:
    centre: Centre
    market: Market
    salon: SharedSalon
    waived_vendor: int
    reduced_vendor: int
    paying_vendor: int


def _book(database: Database, centre: Centre, organisation_id: int, day: dt.date, start: tuple[int, int],
          end: tuple[int, int], status: BookingStatus = BookingStatus.CONFIRMED) -> int:
    return create_booking(database, BookingDraft(
        room_id=centre.hall.id, starts=at(day, *start), ends=at(day, *end), organisation_id=organisation_id,
        title="Sapulce", status=status), now=NOW).id


def build_report_data(database: Database) -> ReportData:
    centre = build_centre(database)
    _book(database, centre, centre.member_id, MONDAY, (10, 0), (12, 0))
    _book(database, centre, centre.reduced_id, MONDAY + dt.timedelta(days=1), (18, 0), (21, 0))
    _book(database, centre, centre.paying_id, MONDAY + dt.timedelta(days=2), (9, 30), (11, 0))
    cancelled = _book(database, centre, centre.paying_id, MONDAY + dt.timedelta(days=3), (10, 0), (12, 0))
    cancel_booking(database, cancelled, reason="Lektors saslima", now=NOW)
    _book(database, centre, centre.paying_id, MONDAY + dt.timedelta(days=4), (14, 0), (15, 0),
          status=BookingStatus.ENQUIRY)

    market = build_market(database)
    days = apply_all(database, market)
    first_day = [days[organisation_id][0] for organisation_id in market.organisation_ids]
    vendors.accept(database, first_day)  # three stalls: the first three accepted, two on the waitlist
    waived, reduced, paying = first_day[:3]
    for application_day_id, stall in zip((waived, reduced, paying), ("1", "2", "3"), strict=True):
        stall_assignments.assign(database, application_day_id=application_day_id,
                                 stall_id=market.stall_ids[stall])
    vendors.waive_fee(database, waived, reason="Labdarības biedrība")
    vendors.set_fee(database, reduced, fee_cents=400, reason="Pensionāru biedrība")
    vendors.mark_paid(database, paying, paid_on=dt.date(2026, 6, 6))
    vendors.set_check_in(database, waived, CheckIn.ARRIVED)
    vendors.set_check_in(database, reduced, CheckIn.NO_SHOW)

    salon = build_shared_salon(database)
    return ReportData(centre, market, salon, waived, reduced, paying)
