"""Demo data: a believable Latvian town's NGO support centre to try the program on, or a big one to measure it.

``fill_demo_data(database, scale="small")`` tells the story of the Alūksne centre over the current
and the next month: its rooms and opening hours, a dozen societies and entrepreneurs with their
contact people, bookings and weekly series, a Saturday market every week from May to September
with a stage programme and a waitlist, a Christmas charity fair in the hall, and a pop-up salon
shared by a toy maker and a beauty therapist with municipal rent reductions.
``scale="large"`` writes the benchmark database of ``demo_large``.

The demo goes into an empty database. With ``force=True`` it is added alongside what is there,
and nothing existing is changed: new sites (so new rooms, whose bookings cannot clash with
existing ones), site and stall-plan names that are taken get " (2)", " (3)"…, organisations
whose name matches an existing one (ignoring case, quotes and legal form) get the same suffix,
a registration number that is taken is replaced by the next free valid one, fields of activity
with the demo's names are reused, and the centre's own details are filled only while blank.

Everything happens in one transaction: the demo is loaded whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ngo_desktop.database.core import Database
from ngo_desktop.errors import NotEmpty
from ngo_desktop.i18n import translate
from ngo_desktop.models import (
    ApplicationDay,
    ApplicationStatus,
    AuditAction,
    Base,
    Booking,
    BookingSeries,
    BookingStatus,
    CheckIn,
    Closure,
    ContactPerson,
    Fair,
    FairDay,
    FairKind,
    FieldOfActivity,
    Landmark,
    LandmarkKind,
    LegalForm,
    MembershipStatus,
    OpeningHours,
    Organisation,
    OrganisationKind,
    PaymentStatus,
    Premises,
    ProgrammeItem,
    ReductionKind,
    Room,
    Site,
    Stall,
    StallAssignment,
    StallLayout,
    StallPrice,
    Tenancy,
    TenancyPayment,
    VendorApplication,
    VendorCategory,
)
from ngo_desktop.services import audit
from ngo_desktop.services.bookings.repeats import expand_stored
from ngo_desktop.services.bookings.rooms import RoomInfo, room_info
from ngo_desktop.services.centre import count_data
from ngo_desktop.services.demo import names
from ngo_desktop.services.demo.common import (
    DEMO_OPERATOR,
    PriceList,
    amount_due_cents,
    demo_now,
    ensure_fields_of_activity,
    fill_centre_profile_if_blank,
    free_name,
    holiday_dates,
    month_start,
    nth_saturday,
    person,
    person_email,
    registration_numbers,
    saturdays,
    taken_values,
    weekly_rule,
)
from ngo_desktop.services.demo.large import LARGE_DEMO, LargeDemoSize, fill_large_demo
from ngo_desktop.sorting import organisation_match_key, organisation_sort_key, sort_key
from ngo_desktop.timeutil import to_utc, today_local

SCALES = ("small", "large")
SMALL_SEED = 4301  # Alūksne's postcode: any fixed seed gives the same story every time


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo added."""

    scale: str
    sites: int = 0
    rooms: int = 0
    organisations: int = 0
    contact_people: int = 0
    fields_of_activity: int = 0
    booking_series: int = 0
    bookings: int = 0
    fairs: int = 0
    fair_days: int = 0
    stall_layouts: int = 0
    stalls: int = 0
    vendor_applications: int = 0
    application_days: int = 0
    stall_assignments: int = 0
    premises: int = 0
    tenancies: int = 0
    tenancy_payments: int = 0

    def counts(self) -> dict[str, int]:
        return {item.name: getattr(self, item.name) for item in fields(self) if item.name != "scale"}


_COUNTED: dict[str, type[Base]] = {
    "sites": Site, "rooms": Room, "organisations": Organisation, "contact_people": ContactPerson,
    "fields_of_activity": FieldOfActivity, "booking_series": BookingSeries, "bookings": Booking,
    "fairs": Fair, "fair_days": FairDay, "stall_layouts": StallLayout, "stalls": Stall,
    "vendor_applications": VendorApplication, "application_days": ApplicationDay,
    "stall_assignments": StallAssignment, "premises": Premises, "tenancies": Tenancy,
    "tenancy_payments": TenancyPayment,
}


def fill_demo_data(
    database: Database,
    *,
    scale: str = "small",
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    today: dt.date | None = None,
    large_size: LargeDemoSize | None = None,
) -> DemoSummary:
    """Load the demo (see the module's docstring). ``today`` defaults to today in Riga.

    ``large_size`` lets tests and benchmarks make a smaller or bigger "large" demo.
    Raises NotEmpty when the database holds data and ``force`` is off.
    """
    if scale not in SCALES:
        raise ValueError(f"unknown demo scale {scale!r}; expected one of {SCALES}")
    existing = count_data(database)
    if not existing.is_empty and not force:
        raise NotEmpty(
            translate(
                "Demo",
                "The database already holds data (sites: {sites}, rooms: {rooms}, organisations: "
                "{organisations}). Demo data is loaded only into an empty database: choose an empty "
                "database, or use --force to add the demo data alongside the existing data.",
            ).format(sites=existing.sites, rooms=existing.rooms, organisations=existing.organisations)
        )
    today = today or today_local()
    with database.unit_of_work() as session:
        before = _row_counts(session)
        if scale == "small":
            fill_small_demo(session, today=today, progress=progress)
        else:
            fill_large_demo(session, large_size or LARGE_DEMO, today=today, progress=progress)
        session.flush()
        after = _row_counts(session)
        added = {key: after[key] - before[key] for key in after}
        audit.record(
            session,
            operator=DEMO_OPERATOR,
            action=AuditAction.IMPORT,
            entity="demo",
            entity_id=None,
            summary=translate("Demo", "Demo data loaded ({scale})").format(scale=scale),
            after={"scale": scale, "today": today.isoformat(), "force": force, **added},
        )
    return DemoSummary(scale=scale, **added)


def _row_counts(session: Session) -> dict[str, int]:
    return {key: session.scalar(select(func.count()).select_from(model)) or 0 for key, model in _COUNTED.items()}


def fill_small_demo(
    session: Session, *, today: dt.date, progress: Callable[[int, int], None] | None = None
) -> None:
    """Write the Alūksne story into ``session``'s transaction (the caller commits)."""
    story = _SmallStory(session, today)
    steps = (
        story.add_centre, story.add_sites_and_rooms, story.add_organisations, story.add_bookings,
        story.add_market, story.add_charity_fair, story.add_premises,
    )
    for done, step in enumerate(steps, start=1):
        step()
        session.flush()
        if progress is not None:
            progress(done, len(steps))


class _SmallStory:
    """Builds the small demo with ORM objects (a few hundred rows, so clarity beats speed).

    ``_rooms``, ``_room_infos`` and ``_orgs`` map the story's keys (see demo_names) to the rows
    made; ``_blocked`` holds each room's blocked spans so far, in UTC, to keep bookings apart;
    ``_bookings`` lists every booking made, for the statuses set at the end.
    """

    def __init__(self, session: Session, today: dt.date) -> None:
        self._session = session
        self._today = today
        self._now = demo_now(today)
        self._rng = random.Random(SMALL_SEED)
        self._window_first = month_start(today)
        self._window_last = month_start(today, 2) - dt.timedelta(days=1)
        self._holidays = holiday_dates(dt.date(today.year, 1, 1), dt.date(today.year + 1, 12, 31))
        self._charity_day = _next_charity_day(today)
        self._prices = PriceList()
        self._sites: dict[str, Site] = {}
        self._rooms: dict[str, Room] = {}
        self._room_infos: dict[str, RoomInfo] = {}
        self._orgs: dict[str, Organisation] = {}
        self._blocked: dict[str, list[tuple[dt.datetime, dt.datetime]]] = {}
        self._bookings: list[Booking] = []
        self._taken_numbers: set[str] = set()
        self._taken_keys: set[str] = set()

    # --- the centre, its sites and rooms ------------------------------------------------------

    def add_centre(self) -> None:
        fill_centre_profile_if_blank(
            self._session, name=names.CENTRE_NAME, address=names.CENTRE_ADDRESS, phone=names.CENTRE_PHONE,
            email=names.CENTRE_EMAIL, website=names.CENTRE_WEBSITE,
            registration_number=names.CENTRE_REGISTRATION_NUMBER, house_rules=names.HOUSE_RULES,
        )

    def add_sites_and_rooms(self) -> None:
        taken = taken_values(self._session, Site.name)
        self._sites = {
            "main": Site(name=free_name(names.MAIN_SITE_NAME, taken), address=names.MAIN_SITE_ADDRESS,
                         phone=names.CENTRE_PHONE),
            "branch": Site(name=free_name(names.BRANCH_SITE_NAME, taken), address=names.BRANCH_SITE_ADDRESS,
                           phone="+371 64329910", notes="Filiāles telpas vietējās skolas ēkā."),
        }
        for spec in names.ROOMS:
            self._rooms[spec.key] = Room(
                site=self._sites[spec.site], name=spec.name, capacity=spec.capacity, area_m2=spec.area_m2,
                equipment=list(spec.equipment), setup_minutes=spec.setup_minutes,
                cleanup_minutes=spec.cleanup_minutes, hourly_rate_cents=spec.hourly_rate_cents,
                half_day_rate_cents=spec.half_day_rate_cents, full_day_rate_cents=spec.full_day_rate_cents,
                member_discount_percent=spec.member_discount_percent, colour=spec.colour, notes=spec.notes,
                opening_hours=[OpeningHours(weekday=weekday, opens=opens, closes=closes)
                               for weekday, opens, closes in spec.hours],
            )
            self._blocked[spec.key] = []
        self._session.add_all([*self._sites.values(), *self._rooms.values()])
        self._session.flush()
        self._room_infos = {key: room_info(room) for key, room in self._rooms.items()}
        # A closure after the booked months, so the calendar shows one without moving any booking.
        closed_from = month_start(self._today, 2) + dt.timedelta(days=7)
        self._session.add(Closure(
            room_id=self._rooms["kitchen"].id, starts_at=_at(closed_from, dt.time(0)),
            ends_at=_at(closed_from + dt.timedelta(days=14), dt.time(0)),
            reason="Kosmētiskais remonts: jauna grīda un virtuves iekārta",
        ))

    # --- the registry -----------------------------------------------------------------------

    def add_organisations(self) -> None:
        fields_by_name = ensure_fields_of_activity(self._session)
        self._taken_numbers = taken_values(self._session, Organisation.registration_number)
        self._taken_keys = taken_values(self._session, Organisation.match_key)
        for spec in names.ORGANISATIONS:
            org = self._new_organisation(
                spec.name, spec.registration_number, legal_form=spec.legal_form, kind=spec.kind,
                address=spec.address, phone=spec.phone, email=spec.email, website=spec.website,
                membership=spec.membership, member_since=spec.member_since,
                membership_fee_cents=spec.membership_fee_cents,
                last_paid_year=None if spec.years_since_paid is None else self._today.year - spec.years_since_paid,
                discount_percent=spec.discount_percent, discount_reason=spec.discount_reason, notes=spec.notes,
                archived=spec.archived, archived_at=self._now - dt.timedelta(days=200) if spec.archived else None,
            )
            org.fields = [self._session.get_one(FieldOfActivity, fields_by_name[name]) for name in spec.fields]
            org.contacts = [
                ContactPerson(name=contact.name, sort_key=sort_key(contact.name), role=contact.role,
                              phone=contact.phone, email=contact.email, is_main=position == 0,
                              consent_date=self._today - dt.timedelta(days=contact.consent_days_ago))
                for position, contact in enumerate(spec.contacts)
            ]
            self._orgs[spec.key] = org
        business = self._session.get_one(FieldOfActivity, fields_by_name["Uzņēmējdarbība"])
        social_care = self._session.get_one(FieldOfActivity, fields_by_name["Sociālā aprūpe"])
        for vendor in names.MARKET_VENDORS:
            is_ngo = vendor.legal_form is LegalForm.ASSOCIATION
            org = self._new_organisation(
                vendor.name, vendor.registration_number, legal_form=vendor.legal_form,
                kind=OrganisationKind.NGO if is_ngo else OrganisationKind.ENTREPRENEUR,
                address="Alūksnes novads", phone=vendor.phone,
            )
            org.fields = [social_care if is_ngo else business]
            org.contacts = [self._vendor_contact(vendor.contact, vendor.phone)]
            self._orgs[vendor.key] = org
        guest_numbers = registration_numbers("40102", 70_000, self._taken_numbers)
        for number in range(1, names.FESTIVAL_GUESTS + 1):
            trade = names.FESTIVAL_GUEST_TRADES[number % len(names.FESTIVAL_GUEST_TRADES)][0]
            # Draw until the name is new; after many forced reloads _new_organisation numbers it instead.
            for _draw in range(20):
                name = f"IK „{trade} {self._rng.choice(names.POETIC_NAMES)}”"
                if organisation_match_key(name) not in self._taken_keys:
                    break
            org = self._new_organisation(name, next(guest_numbers), legal_form=LegalForm.INDIVIDUAL_MERCHANT,
                                         kind=OrganisationKind.ENTREPRENEUR, address="Vidzeme")
            first, surname = person(self._rng)
            org.fields = [business]
            org.contacts = [self._vendor_contact(f"{first} {surname}", f"+371 2{self._rng.randrange(10**7):07d}")]
            self._orgs[f"guest{number}"] = org
        self._session.add_all(self._orgs.values())

    def _vendor_contact(self, name: str, phone: str) -> ContactPerson:
        return ContactPerson(name=name, sort_key=sort_key(name), role="kontaktpersona", phone=phone,
                             email=person_email(name), is_main=True, consent_date=self._today - dt.timedelta(days=90))

    def _new_organisation(self, name: str, number: str | None, **values: Any) -> Organisation:
        """An organisation whose name and registration number do not clash with one already there."""
        base, suffix = name, 1
        while organisation_match_key(name) in self._taken_keys:
            suffix += 1
            name = f"{base} ({suffix})"
        self._taken_keys.add(organisation_match_key(name))
        if number is not None and number in self._taken_numbers:
            number = next(registration_numbers(number[:5], int(number[5:10]) + 1, self._taken_numbers))
        elif number is not None:
            self._taken_numbers.add(number)
        return Organisation(name=name, sort_key=organisation_sort_key(name), match_key=organisation_match_key(name),
                            registration_number=number, **values)

    def _main_contact(self, key: str) -> ContactPerson | None:
        return self._orgs[key].contacts[0] if self._orgs[key].contacts else None

    # --- bookings ---------------------------------------------------------------------------

    def add_bookings(self) -> None:
        """Series first (they are fixed), then the charity fair's hall, then one-off bookings around them."""
        for org_key, room_key, title, weekday, start, minutes, attendees in names.WEEKLY_SERIES:
            self._add_series(org_key, room_key, title, weekday, start, minutes, attendees)
        self._book("hall", None, names.CHARITY_FAIR_NAME, _at(self._charity_day, names.CHARITY_OPENS),
                   _minutes(names.CHARITY_CLOSES) - _minutes(names.CHARITY_OPENS), 120,
                   purpose="Centra labdarības tirdziņš Lielajā zālē")
        lecture: Booking | None = None
        for org_key, room_key, title, purpose, minutes, attendees, equipment, times in names.ONE_OFF_BOOKINGS:
            is_lecture = title == names.CANCELLED_BOOKING_TITLE
            for _time in range(times):
                booking = self._place_one_off(org_key, room_key, title, purpose, minutes, attendees, equipment,
                                              future_only=is_lecture)
                lecture = booking if is_lecture and booking is not None else lecture
        self._set_statuses()
        if lecture is not None:
            lecture.status = BookingStatus.CANCELLED
            lecture.cancel_reason = names.CANCEL_REASON
            lecture.cancelled_at = max(lecture.created_at, min(self._now, lecture.starts_at - dt.timedelta(days=2)))
            lecture.payment_status, lecture.paid_on = PaymentStatus.NOT_DUE, None

    def _add_series(self, org_key: str, room_key: str, title: str, weekday: int, start: dt.time, minutes: int,
                    attendees: int) -> None:
        first_day = self._window_first + dt.timedelta(days=(weekday - self._window_first.weekday()) % 7)
        local_start = dt.datetime.combine(first_day, start)
        series = BookingSeries(
            room_id=self._rooms[room_key].id, organisation_id=self._orgs[org_key].id, title=title,
            rrule=weekly_rule(local_start, self._window_last), local_start=local_start, duration_minutes=minutes,
            until=self._window_last, created_at=min(self._now, to_utc(local_start) - dt.timedelta(days=20)),
            created_by=DEMO_OPERATOR,
        )
        self._session.add(series)
        for occurrence in expand_stored(series.rrule, local_start):
            if occurrence.date() in self._holidays:
                continue  # the desk skips a holiday's date; the series goes on
            booking = self._book(room_key, org_key, title, to_utc(occurrence), minutes, attendees)
            booking.series = series

    def _place_one_off(self, org_key: str, room_key: str, title: str, purpose: str, minutes: int,
                       attendees: int, equipment: tuple[str, ...], *, future_only: bool) -> Booking | None:
        """On a random open day of the two months, at the first free half hour from a random start."""
        days = [day for day in self._open_days(room_key) if day > self._today or not future_only]
        self._rng.shuffle(days)
        info = self._room_infos[room_key]
        for day in days:
            opens, closes = info.opening_hours[day.weekday()]
            earliest = _minutes(opens) + info.setup_minutes
            latest = _minutes(closes) - info.cleanup_minutes - minutes
            starts = list(range(earliest + (-earliest) % 30, latest + 1, 30))
            if not starts:
                continue
            offset = self._rng.randrange(len(starts))
            for start in starts[offset:] + starts[:offset]:
                starts_at = _at(day, dt.time(start // 60, start % 60))
                if self._is_free(room_key, starts_at, minutes):
                    return self._book(room_key, org_key, title, starts_at, minutes, attendees, purpose=purpose,
                                      equipment=list(equipment))
        return None

    def _open_days(self, room_key: str) -> list[dt.date]:
        count = (self._window_last - self._window_first).days + 1
        days = (self._window_first + dt.timedelta(days=offset) for offset in range(count))
        hours = self._room_infos[room_key].opening_hours
        return [day for day in days if day.weekday() in hours and day not in self._holidays]

    def _span(self, room_key: str, starts_at: dt.datetime, minutes: int) -> tuple[dt.datetime, dt.datetime]:
        info = self._room_infos[room_key]
        return (starts_at - dt.timedelta(minutes=info.setup_minutes),
                starts_at + dt.timedelta(minutes=minutes + info.cleanup_minutes))

    def _is_free(self, room_key: str, starts_at: dt.datetime, minutes: int) -> bool:
        blocked_from, blocked_until = self._span(room_key, starts_at, minutes)
        return all(blocked_until <= other_from or other_until <= blocked_from
                   for other_from, other_until in self._blocked[room_key])

    def _book(self, room_key: str, org_key: str | None, title: str, starts_at: dt.datetime, minutes: int,
              attendees: int, *, purpose: str = "", equipment: list[str] | None = None) -> Booking:
        """A confirmed booking at its tariff; the statuses of upcoming ones are set at the end."""
        if not self._is_free(room_key, starts_at, minutes):
            raise AssertionError(f"the demo story books {room_key} twice at {starts_at}")
        blocked_from, blocked_until = self._span(room_key, starts_at, minutes)
        self._blocked[room_key].append((blocked_from, blocked_until))
        info = self._room_infos[room_key]
        org = self._orgs[org_key] if org_key else None
        if org is None:
            full_value, price, note = self._prices.price(info, minutes, None, 0).full_value_cents, 0, "Centra pasākums"
        else:
            quote = self._prices.price(info, minutes, org.membership, org.discount_percent)
            full_value, price, note = quote.full_value_cents, quote.price_cents, quote.reduction_note
        payment, paid_on = PaymentStatus.NOT_DUE, None
        if price:
            past = starts_at < self._now
            payment, paid_on = (PaymentStatus.PAID, starts_at.date()) if past else (PaymentStatus.UNPAID, None)
        created_at = min(self._now, starts_at - dt.timedelta(days=self._rng.randrange(5, 40)))
        booking = Booking(
            room=self._rooms[room_key], organisation=org,
            contact_person=self._main_contact(org_key) if org_key else None, title=title, purpose=purpose,
            starts_at=starts_at, ends_at=starts_at + dt.timedelta(minutes=minutes), blocked_from=blocked_from,
            blocked_until=blocked_until, attendees=attendees, equipment_requested=equipment or [],
            status=BookingStatus.CONFIRMED, price_cents=price, full_value_cents=full_value, reduction_note=note,
            payment_status=payment, paid_on=paid_on, created_at=created_at, updated_at=created_at,
            created_by=DEMO_OPERATOR,
        )
        self._session.add(booking)
        self._bookings.append(booking)
        return booking

    def _set_statuses(self) -> None:
        """Upcoming one-offs cycle through confirmed, provisional and enquiry; some are paid ahead.

        One past paid booking is left unpaid, so the list of debts has something to show.
        """
        bookings = sorted(self._bookings, key=lambda booking: booking.starts_at)
        upcoming = [booking for booking in bookings if booking.series is None and booking.organisation is not None
                    and booking.starts_at > self._now]
        cycle = (BookingStatus.CONFIRMED, BookingStatus.PROVISIONAL, BookingStatus.ENQUIRY)
        for index, booking in enumerate(upcoming):
            booking.status = cycle[index % len(cycle)]
            if booking.status is BookingStatus.CONFIRMED and booking.price_cents and index % 2 == 0:
                booking.payment_status, booking.paid_on = PaymentStatus.PAID, self._today
        overdue = next((booking for booking in bookings
                        if booking.payment_status is PaymentStatus.PAID and booking.starts_at < self._now), None)
        if overdue is not None:
            overdue.payment_status, overdue.paid_on = PaymentStatus.UNPAID, None
            overdue.notes = "Rēķins nosūtīts; atgādināt par samaksu."

    # --- the summer market ------------------------------------------------------------------

    def add_market(self) -> None:
        """Every Saturday from May to September; vendors follow the fairs' rules (see _fill_market_day)."""
        season = self._today.year if self._today <= dt.date(self._today.year, 9, 30) else self._today.year + 1
        layout = self._market_layout()
        festival = nth_saturday(season, 7, 2)
        fair = Fair(
            name=f"{names.MARKET_NAME} {season}", kind=FairKind.SEASONAL_MARKET, address=names.MARKET_ADDRESS,
            description=names.MARKET_DESCRIPTION, web_url=f"{names.CENTRE_WEBSITE}/tirdzins",
            opens=dt.time(9), closes=dt.time(14), repeat_rule="FREQ=WEEKLY;BYDAY=SA;BYMONTH=5,6,7,8,9",
            layout=layout, partners=[self._orgs["municipality"]],
            prices=[StallPrice(width_m=3.0, depth_m=3.0, price_cents=1000),
                    StallPrice(width_m=2.0, depth_m=2.0, price_cents=600)],
            days=[FairDay(day=day, opens=dt.time(9), closes=dt.time(14))
                  for month in range(5, 10) for day in saturdays(season, month)],
        )
        for day in fair.days:
            nth = (day.day.day - 1) // 7 + 1
            day.programme = [ProgrammeItem(starts=starts, ends=ends, title=title, performer=performer)
                             for which, starts, ends, title, performer in names.MARKET_PROGRAMME if which == nth]
            if day.day == festival:
                day.programme += [
                    ProgrammeItem(starts=dt.time(9), ends=dt.time(9, 30), title=f"{names.FESTIVAL_NAME}: atklāšana",
                                  performer="Alūksnes novada pašvaldība"),
                    ProgrammeItem(starts=dt.time(13), ends=dt.time(13, 45), title=names.FASHION_SHOW[0],
                                  performer=names.FASHION_SHOW[1]),
                ]
        self._session.add(fair)
        self._session.flush()
        applicants = self._market_applications(fair, festival)
        prices = {(price.width_m, price.depth_m): price.price_cents for price in fair.prices}
        for day_index, day in enumerate(fair.days):
            self._fill_market_day(layout, day, day_index, applicants, prices)

    def _market_applications(self, fair: Fair, festival: dt.date) -> list[_Applicant]:
        """One application per vendor, in the order they applied: regulars, the centre's own, then guests."""
        wishes = [(vendor.key, vendor.goods, vendor.category, vendor.needs_power, vendor.months)
                  for vendor in names.MARKET_VENDORS]
        wishes += [(key, goods, category, False, months) for key, goods, category, months in names.MARKET_NGO_STANDS]
        applicants = []
        for order, (key, goods, category, needs_power, months) in enumerate(wishes):
            days = {day.day for day in fair.days if day.day.month in months}
            applicants.append(self._applicant(fair, key, goods, category, needs_power, days, order))
        for number in range(1, names.FESTIVAL_GUESTS + 1):
            _trade, goods, category = names.FESTIVAL_GUEST_TRADES[number % len(names.FESTIVAL_GUEST_TRADES)]
            applicants.append(self._applicant(fair, f"guest{number}", goods, category, False, {festival},
                                              len(wishes) + number))
        return applicants

    def _applicant(self, fair: Fair, key: str, goods: str, category: VendorCategory, needs_power: bool,
                   days: set[dt.date], order: int) -> _Applicant:
        application = VendorApplication(
            fair_id=fair.id, organisation=self._orgs[key], contact_person=self._main_contact(key), goods=goods,
            category=category, needs_power=needs_power,
            applied_at=self._now - dt.timedelta(days=90 - order),  # first come, first served
        )
        self._session.add(application)
        return _Applicant(key, application, days, order)

    def _fill_market_day(self, layout: StallLayout, day: FairDay, day_index: int, applicants: list[_Applicant],
                         prices: dict[tuple[float, float], int]) -> None:
        """As the vendor services do it: accepted in order while the day has stalls, then the waitlist;
        vendors who need power on stalls with power; the fee from the price list unless waived.
        The candle maker applied late for September: those days still wait for a decision."""
        accepted: list[tuple[_Applicant, ApplicationDay]] = []
        waiting = 0
        for applicant in applicants:
            if day.day not in applicant.days:
                continue
            entry = ApplicationDay(fair_day=day)
            applicant.application.days.append(entry)
            if applicant.key == names.LATE_APPLICANT and day.day.month == 9:
                continue
            if len(accepted) < len(layout.stalls):
                entry.status = ApplicationStatus.ACCEPTED
                accepted.append((applicant, entry))
            else:
                waiting += 1
                entry.status, entry.waitlist_position = ApplicationStatus.WAITLISTED, waiting
        free = sorted(layout.stalls, key=lambda stall: stall.sort_order)
        for applicant, entry in sorted(accepted, key=lambda pair: not pair[0].application.needs_power):
            stall = _market_stall(free, applicant.application)
            if stall is None:
                continue
            free.remove(stall)
            entry.assignment = StallAssignment(fair_day_id=day.id, stall=stall,
                                               assigned_at=applicant.application.applied_at)
            self._charge_market_fee(applicant, entry, prices[(stall.width_m, stall.depth_m)], day_index)

    def _charge_market_fee(self, applicant: _Applicant, entry: ApplicationDay, fee: int, day_index: int) -> None:
        org = applicant.application.organisation
        day = entry.fair_day.day
        if org.kind is OrganisationKind.NGO and org.membership is MembershipStatus.MEMBER:
            entry.fee_cents, entry.payment_status = 0, PaymentStatus.WAIVED
            entry.fee_reduction_reason = "Centra biedrības stends: dalības maksa atcelta."
        else:
            entry.fee_cents = fee
            # The season's first month is paid ahead by half the regulars; the rest pay on the day.
            paid = day < self._today or (day.month == 5 and applicant.order % 2 == 0)
            entry.payment_status = PaymentStatus.PAID if paid else PaymentStatus.UNPAID
            entry.paid_on = min(self._today, day - dt.timedelta(days=3)) if paid else None
        if day < self._today:
            entry.check_in = CheckIn.NO_SHOW if (applicant.order + day_index) % 17 == 0 else CheckIn.ARRIVED

    def _market_layout(self) -> StallLayout:
        layout = StallLayout(name=free_name(names.MARKET_LAYOUT_NAME, taken_values(self._session, StallLayout.name)),
                             width_m=60.0, depth_m=40.0, notes=names.MARKET_LAYOUT_NOTES)
        for index in range(30):
            row, column = divmod(index, 10)
            small = row == 2
            layout.stalls.append(Stall(
                number=str(index + 1), sort_order=index, x_m=5.0 + column * 4.5, y_m=8.0 + row * 10.0,
                width_m=2.0 if small else 3.0, depth_m=2.0 if small else 3.0, has_power=row == 0,
                has_table=small, under_cover=row == 0,
            ))
        layout.landmarks = [
            Landmark(kind=LandmarkKind.STAGE, label="Skatuve", x_m=20.0, y_m=0.0, width_m=12.0, depth_m=5.0),
            Landmark(kind=LandmarkKind.ENTRANCE, label="Ieeja", x_m=0.0, y_m=17.0, width_m=3.0, depth_m=6.0),
            Landmark(kind=LandmarkKind.TOILETS, label="Tualetes", x_m=54.0, y_m=34.0, width_m=4.0, depth_m=4.0),
            Landmark(kind=LandmarkKind.INFORMATION, label="Informācija", x_m=3.0, y_m=34.0, width_m=3.0,
                     depth_m=3.0),
            Landmark(kind=LandmarkKind.POWER, label="Elektrības sadalne", x_m=52.0, y_m=2.0, width_m=2.0,
                     depth_m=1.0),
        ]
        self._session.add(layout)
        self._session.flush()
        return layout

    # --- the charity fair -------------------------------------------------------------------

    def add_charity_fair(self) -> None:
        layout = StallLayout(
            name=free_name(names.CHARITY_LAYOUT_NAME, taken_values(self._session, StallLayout.name)),
            width_m=12.0, depth_m=10.0, notes="Galdi gar sienām; skatuve pie loga.",
        )
        for index in range(16):
            row, column = divmod(index, 4)
            layout.stalls.append(Stall(number=str(index + 1), sort_order=index, x_m=1.0 + column * 2.7,
                                       y_m=3.0 + row * 1.8, width_m=2.0, depth_m=1.0, has_power=column == 0,
                                       has_table=True, under_cover=True))
        layout.landmarks = [
            Landmark(kind=LandmarkKind.ENTRANCE, label="Ieeja", x_m=5.0, y_m=9.0, width_m=2.0, depth_m=1.0),
            Landmark(kind=LandmarkKind.STAGE, label="Skatuve", x_m=4.0, y_m=0.0, width_m=4.0, depth_m=2.0),
            Landmark(kind=LandmarkKind.OTHER, label="Kafejnīca", x_m=10.0, y_m=7.0, width_m=2.0, depth_m=3.0),
        ]
        day = FairDay(day=self._charity_day, opens=names.CHARITY_OPENS, closes=names.CHARITY_CLOSES)
        day.programme = [ProgrammeItem(starts=starts, ends=ends, title=title, performer=performer)
                         for starts, ends, title, performer in names.CHARITY_PROGRAMME]
        fair = Fair(
            name=f"{names.CHARITY_FAIR_NAME} {self._charity_day.year}", kind=FairKind.CHARITY_FAIR,
            site_id=self._sites["main"].id, address=f"Lielā zāle, {names.MAIN_SITE_ADDRESS}",
            description=names.CHARITY_FAIR_DESCRIPTION, opens=names.CHARITY_OPENS, closes=names.CHARITY_CLOSES,
            layout=layout, days=[day], partners=[self._orgs["disabled"], self._orgs["social"]],
            prices=[StallPrice(width_m=2.0, depth_m=1.0, price_cents=500)],
        )
        self._session.add(fair)
        self._session.flush()
        stalls = sorted(layout.stalls, key=lambda stall: stall.sort_order)
        for stall, (key, goods, category) in zip(stalls, names.CHARITY_STANDS, strict=False):
            entry = ApplicationDay(
                fair_day=day, status=ApplicationStatus.ACCEPTED, fee_cents=0,
                fee_reduction_reason=names.CHARITY_FEE_REASON, payment_status=PaymentStatus.WAIVED,
                check_in=CheckIn.ARRIVED if day.day < self._today else None,
            )
            application = VendorApplication(
                fair_id=fair.id, organisation=self._orgs[key], contact_person=self._main_contact(key), goods=goods,
                category=category, applied_at=min(self._now, _at(day.day, dt.time(10)) - dt.timedelta(days=30)),
                days=[entry],
            )
            entry.assignment = StallAssignment(fair_day_id=day.id, stall=stall, assigned_at=application.applied_at)
            self._session.add(application)

    # --- the pop-up salon -------------------------------------------------------------------

    def add_premises(self) -> None:
        """The salon shared by the toy maker and the beauty therapist, each with their own reductions."""
        premises = Premises(
            name=names.PREMISES_NAME, address=names.PREMISES_ADDRESS, area_m2=48.5,
            owner_organisation=self._orgs["municipality"], owner_name="Alūksnes novada pašvaldība",
            base_rent_cents=30000, electricity_cents=6000, water_cents=1500, heating_cents=9000, max_tenants=2,
            notes=names.PREMISES_NOTES,
        )
        toy_start = month_start(self._today, -3)
        beauty_start = month_start(self._today, -1)
        premises.tenancies = [
            Tenancy(
                organisation=self._orgs["toymaker"], starts_on=toy_start,
                ends_on=month_start(self._today, 9) - dt.timedelta(days=1),
                activity="Koka rotaļlietu darbnīca un veikals", rent_share_percent=50,
                rent_reduction_kind=ReductionKind.PERCENT, rent_reduction=50,
                decision_number="Nr. 214 (prot. Nr. 12, 5. §)", decision_date=toy_start - dt.timedelta(days=16),
                notes="Pašvaldības atbalsts jaunajiem uzņēmējiem: 50 % atlaide nomas maksai uz gadu.",
            ),
            Tenancy(
                organisation=self._orgs["beauty"], starts_on=beauty_start,
                ends_on=month_start(self._today, 5) - dt.timedelta(days=1),
                activity="Skaistumkopšanas salons", rent_share_percent=50,
                rent_reduction_kind=ReductionKind.PERCENT, rent_reduction=30,
                utilities_reduction_kind=ReductionKind.FIXED, utilities_reduction=2000,
                decision_number="Nr. 251 (prot. Nr. 14, 9. §)", decision_date=beauty_start - dt.timedelta(days=12),
                notes="30 % atlaide nomas maksai un 20 € mēnesī komunālajiem maksājumiem uz pusgadu.",
            ),
        ]
        this_month = month_start(self._today)
        for tenancy in premises.tenancies:
            month = tenancy.starts_on
            # Rent is paid by the 10th: earlier months are paid, this month only once the 10th has passed.
            while month < this_month or (month == this_month and self._today.day > 10):
                tenancy.payments.append(TenancyPayment(month=month, amount_cents=amount_due_cents(tenancy, premises, month),
                                                       paid_on=month + dt.timedelta(days=9)))
                month = month_start(month, 1)
        self._session.add(premises)


@dataclass
class _Applicant:
    """A market vendor's application and the Saturdays they want; ``order`` is when they applied."""

    key: str
    application: VendorApplication
    days: set[dt.date]
    order: int


def _market_stall(free: list[Stall], application: VendorApplication) -> Stall | None:
    """Power only for those who need it (the power rule), crafts and information on the small stalls first."""
    if application.needs_power:
        return next((stall for stall in free if stall.has_power), None)
    prefers_small = application.category in (VendorCategory.HANDICRAFT, VendorCategory.INFORMATION,
                                              VendorCategory.SERVICES)
    ranked = sorted(free, key=lambda stall: (stall.has_power, (stall.width_m < 3.0) != prefers_small))
    return ranked[0] if ranked else None


def _next_charity_day(today: dt.date) -> dt.date:
    """The next charity fair: this December's second Saturday, or next year's once it has passed."""
    day = nth_saturday(today.year, 12, 2)
    return day if day >= today else nth_saturday(today.year + 1, 12, 2)


def _at(day: dt.date, time: dt.time) -> dt.datetime:
    """A Riga wall-clock time as the UTC instant the database keeps."""
    return to_utc(dt.datetime.combine(day, time))


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute
