"""The large demo database, for benchmarks: a city centre's ten years.

2 sites, 40 rooms, 5,000 organisations, 200,000 bookings, 100 fairs of 150 stalls and a dozen
pop-up premises (the figures of ``LargeDemoSize``; ``scaled`` makes a small copy for tests). It
has to finish well under two minutes on a modest machine, so the big tables are built as plain
dicts with ids assigned here (one past the table's highest) and written with Core bulk
``insert()`` in batches; ORM objects are used only for the few hundred rows of rooms and
premises. Everything is drawn from one seeded ``random.Random``, so the same size and ``today``
give the same database.

Bookings are placed on a grid of slots per room and day whose gaps (30 minutes) are at least
the setup plus cleanup of every room, so bookings never overlap including buffers, and the
first and last slot keep the buffers inside opening hours. Sundays and Latvian public holidays
have no slots.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from dateutil.easter import easter
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ngo_desktop.models import (
    ApplicationDay,
    ApplicationStatus,
    Base,
    Booking,
    BookingSeries,
    BookingStatus,
    CheckIn,
    ContactPerson,
    Fair,
    FairDay,
    FairKind,
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
)
from ngo_desktop.schema.fairs import fair_partner_table
from ngo_desktop.schema.organisations import organisation_field_table
from ngo_desktop.services.bookings.rooms import RoomInfo, room_info
from ngo_desktop.services.demo import names
from ngo_desktop.services.demo.common import (
    DEMO_OPERATOR,
    PriceList,
    Progress,
    amount_due_cents,
    ascii_fold,
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
from ngo_desktop.sorting import organisation_match_key, organisation_sort_key, sort_key
from ngo_desktop.timeutil import local_day_bounds, to_utc

BATCH_SIZE = 10_000


class IdAllocator:
    """Hands out primary keys past each table's highest, so bulk rows can refer to each other."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._next: dict[type[Base], int] = {}

    def take(self, model: type[Base], count: int = 1) -> int:
        """The first of ``count`` consecutive new ids of ``model``."""
        if model not in self._next:
            self._next[model] = (self._session.scalar(select(func.max(model.id))) or 0) + 1  # type: ignore[attr-defined]
        first = self._next[model]
        self._next[model] += count
        return first


def bulk_insert(session: Session, target: Any, rows: list[dict[str, Any]]) -> None:
    """Core executemany inserts in batches. Every row names every column: the ORM's bulk insert
    leaves out None values, so rows with different gaps would split into thousands of statements."""
    statement = insert(getattr(target, "__table__", target))
    for start in range(0, len(rows), BATCH_SIZE):
        session.execute(statement, rows[start:start + BATCH_SIZE])


# ---------------------------------------------------------------------------------------------
# The large generator.


@dataclass(frozen=True)
class LargeDemoSize:
    """How much the large demo makes. ``scaled(0.01)`` is a quick copy of the same shape for tests."""

    rooms: int = 40
    organisations: int = 5_000
    bookings: int = 200_000
    years: int = 10
    fairs: int = 100
    stalls_per_fair: int = 150
    applications_per_fair: int = 60
    premises: int = 12
    seed: int = 20240501

    def scaled(self, fraction: float) -> LargeDemoSize:
        return replace(
            self,
            rooms=max(2, round(self.rooms * fraction)),
            organisations=max(30, round(self.organisations * fraction)),
            bookings=max(100, round(self.bookings * fraction)),
            fairs=max(2, round(self.fairs * fraction)),
            premises=max(1, round(self.premises * fraction)),
        )


LARGE_DEMO = LargeDemoSize()

# Local slot grid in minutes after midnight. The 30-minute gaps hold any room's setup plus cleanup
# (each one of BUFFER_CHOICES); the first slot starts 30 minutes after opening (8:00) and the last
# ends 30 minutes before closing (21:00), so buffers stay inside opening hours too.
WEEKDAY_SLOTS = ((8 * 60 + 30, 10 * 60), (10 * 60 + 30, 12 * 60 + 30), (13 * 60, 15 * 60),
                 (15 * 60 + 30, 17 * 60 + 30), (18 * 60, 20 * 60 + 30))
SATURDAY_SLOTS = range(1, 4)  # indexes into WEEKDAY_SLOTS: Saturdays are open 10:00-18:00
SERIES_SLOT = 4
BUFFER_CHOICES = (0, 10, 15)
_SLOTS_PER_DAY = len(WEEKDAY_SLOTS)

_CANCEL_REASONS = (
    "Pasākums pārcelts", "Lektors saslima", "Par maz dalībnieku", "Organizācija atteicās",
    "Dubulta rezervācija",
)
MUNICIPAL_REDUCTION_REASON = "Pašvaldības iestāde: telpas bez maksas"


@dataclass(frozen=True)
class _Room:
    info: RoomInfo
    open_saturday: bool


@dataclass(frozen=True)
class _Org:
    """What the later phases need to know about an organisation."""

    id: int
    contact_id: int
    kind: OrganisationKind
    membership: MembershipStatus
    discount_percent: int


@dataclass
class _Plan:
    """What the phases of the large generator share."""

    session: Session
    size: LargeDemoSize
    today: dt.date
    now: dt.datetime
    rng: random.Random
    ids: IdAllocator
    report: Callable[[int], None]
    first_year: int
    last_year: int
    holidays: set[dt.date]
    fields: dict[str, int]
    prices: PriceList
    main_site_id: int | None = None


def fill_large_demo(
    session: Session,
    size: LargeDemoSize = LARGE_DEMO,
    *,
    today: dt.date,
    progress: Progress | None = None,
) -> None:
    """Write the large demo into ``session``'s transaction (the caller commits).

    The years run up to the end of next year, so there are past and future bookings and fairs.
    """
    last_year = today.year + 1
    first_year = last_year - size.years + 1
    total = size.organisations + size.bookings + size.fairs * size.stalls_per_fair + size.premises * 100 + 100
    done = 0

    def report(units: int) -> None:
        nonlocal done
        done = min(total, done + units)
        if progress is not None:
            progress(done, total)

    plan = _Plan(
        session=session, size=size, today=today, now=demo_now(today), rng=random.Random(size.seed),
        ids=IdAllocator(session), report=report, first_year=first_year, last_year=last_year,
        holidays=holiday_dates(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)),
        fields=ensure_fields_of_activity(session), prices=PriceList(),
    )
    fill_centre_profile_if_blank(
        session, name=names.LARGE_CENTRE_NAME, address=names.LARGE_SITES[0][1], phone="+371 67000000",
        email=f"info@nvo-nams.{names.MAIL_DOMAIN}", website=f"https://nvo-nams.{names.MAIL_DOMAIN}",
        house_rules=names.HOUSE_RULES,
    )
    rooms = _make_sites_and_rooms(plan)
    report(100)
    organisations = _make_organisations(plan)
    _make_bookings(plan, rooms, organisations)
    _make_fairs(plan, organisations)
    _make_premises(plan, organisations)
    if progress is not None:
        progress(total, total)


_HOURLY_RATE_CENTS = {"Zāle": 3000, "Semināru telpa": 1500, "Sanāksmju telpa": 1000, "Darbnīca": 1200,
                      "Virtuves studija": 1500, "Kabinets": 600}
# How many of each kind of room make up 40: halls, seminar rooms, meeting rooms, workshops, kitchens, offices.
_ROOM_KIND_WEIGHTS = (4, 8, 12, 6, 2, 8)


def _make_sites_and_rooms(plan: _Plan) -> list[_Room]:
    """Rooms are few, so they are ORM objects; their RoomInfo feeds the booking rules' price list."""
    session, rng = plan.session, plan.rng
    site_names = taken_values(session, Site.name)
    sites = [Site(name=free_name(name, site_names), address=address, phone="+371 67000000")
             for name, address in names.LARGE_SITES]
    session.add_all(sites)
    session.flush()
    plan.main_site_id = sites[0].id
    kinds = [kind for kind, weight in zip(names.ROOM_KINDS, _ROOM_KIND_WEIGHTS, strict=True) for _ in range(weight)]
    rooms: list[Room] = []
    for index in range(plan.size.rooms):
        stem, (low, high), area_per_person, equipment = kinds[index % len(kinds)]
        capacity = rng.randint(low, high)
        hourly = _HOURLY_RATE_CENTS[stem]
        room = Room(
            site=sites[0] if index % 20 < 11 else sites[1], name=f"{stem} {101 + index}", capacity=capacity,
            area_m2=round(capacity * area_per_person, 1), equipment=list(equipment),
            setup_minutes=rng.choice(BUFFER_CHOICES), cleanup_minutes=rng.choice(BUFFER_CHOICES),
            hourly_rate_cents=hourly, half_day_rate_cents=hourly * 3, full_day_rate_cents=hourly * 5,
            member_discount_percent=50 if stem == "Virtuves studija" else 100,
            colour=f"#{rng.randrange(0x404040, 0xC0C0C0):06X}",
        )
        open_weekdays = range(6) if index % 4 != 3 else range(5)
        room.opening_hours = [
            OpeningHours(weekday=weekday, opens=dt.time(10) if weekday == 5 else dt.time(8),
                         closes=dt.time(18) if weekday == 5 else dt.time(21))
            for weekday in open_weekdays
        ]
        rooms.append(room)
    session.add_all(rooms)
    session.flush()
    return [_Room(room_info(room), len(room.opening_hours) == 6) for room in rooms]


_ORGANISATION_MIX = (
    # (legal form, kind, weight, registration number prefix or None)
    (LegalForm.ASSOCIATION, OrganisationKind.NGO, 71, "40008"),
    (LegalForm.FOUNDATION, OrganisationKind.NGO, 4, "40008"),
    (LegalForm.LIMITED_COMPANY, OrganisationKind.ENTREPRENEUR, 9, "40103"),
    (LegalForm.INDIVIDUAL_MERCHANT, OrganisationKind.ENTREPRENEUR, 6, "40102"),
    (LegalForm.SELF_EMPLOYED, OrganisationKind.ENTREPRENEUR, 2, None),
    (LegalForm.MUNICIPAL_INSTITUTION, OrganisationKind.MUNICIPAL, 2, "90000"),
    (LegalForm.RELIGIOUS, OrganisationKind.OTHER, 2, "90000"),
    (LegalForm.INFORMAL_GROUP, OrganisationKind.NGO, 3, None),
)


def organisation_name(rng: random.Random, legal_form: LegalForm) -> str:
    """A Latvian-looking name for an organisation of ``legal_form``, from the word lists."""
    place = rng.choice(names.PLACES)
    poetic = rng.choice(names.POETIC_NAMES)
    if legal_form is LegalForm.ASSOCIATION:
        noun = rng.choice(names.ASSOCIATION_NOUNS)
        core = rng.choice((f"{place} {noun}", f"{noun.capitalize()} {poetic}", f"{place} {noun} {poetic}"))
        return f"biedrība „{core}”"
    if legal_form is LegalForm.FOUNDATION:
        noun = rng.choice(names.FOUNDATION_NOUNS)
        return f"nodibinājums „{rng.choice((f'{place} {noun}', f'{noun.capitalize()} {poetic}'))}”"
    if legal_form in (LegalForm.LIMITED_COMPANY, LegalForm.INDIVIDUAL_MERCHANT):
        form = "SIA" if legal_form is LegalForm.LIMITED_COMPANY else "IK"
        return f"{form} „{rng.choice(names.BUSINESS_TRADES).capitalize()} {poetic}”"
    if legal_form is LegalForm.SELF_EMPLOYED:
        first, surname = person(rng)
        return f"{first} {surname} — {rng.choice(names.BUSINESS_TRADES)}"
    if legal_form is LegalForm.MUNICIPAL_INSTITUTION:
        return f"{place} {rng.choice(names.MUNICIPAL_BODIES)}"
    if legal_form is LegalForm.RELIGIOUS:
        return f"{place} {rng.choice(names.RELIGIOUS_BODIES)}"
    return f"{place} {rng.choice(names.INFORMAL_GROUPS)} „{poetic}”"


def unused_name(rng: random.Random, legal_form: LegalForm, taken_match_keys: set[str]) -> str:
    """A name no organisation has yet (by match key), so the demo shows no false duplicates.

    Some legal forms have only a few hundred combinations; when draws keep colliding the name
    gets a number. The name's match key is added to ``taken_match_keys``.
    """
    name = organisation_name(rng, legal_form)
    for _attempt in range(30):
        if organisation_match_key(name) not in taken_match_keys:
            break
        name = organisation_name(rng, legal_form)
    candidate, number = name, 1
    while organisation_match_key(candidate) in taken_match_keys:
        number += 1
        candidate = f"{name} ({number})"
    taken_match_keys.add(organisation_match_key(candidate))
    return candidate


def _make_organisations(plan: _Plan) -> list[_Org]:
    session, rng, size = plan.session, plan.rng, plan.size
    taken_numbers = taken_values(session, Organisation.registration_number)
    taken_keys = taken_values(session, Organisation.match_key)
    number_sources: dict[str, Iterator[str]] = {}
    weights = [weight for _form, _kind, weight, _prefix in _ORGANISATION_MIX]
    first_org = plan.ids.take(Organisation, size.organisations)
    field_ids = list(plan.fields.values())
    organisations: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    org_fields: list[dict[str, int]] = []
    result: list[_Org] = []
    for org_id in range(first_org, first_org + size.organisations):
        legal_form, kind, _weight, prefix = rng.choices(_ORGANISATION_MIX, weights)[0]
        name = unused_name(rng, legal_form, taken_keys)
        number = None
        if prefix is not None:
            if prefix not in number_sources:
                number_sources[prefix] = registration_numbers(prefix, rng.randrange(10_000, 20_000), taken_numbers)
            number = next(number_sources[prefix])
        membership = MembershipStatus.NONE
        if kind is OrganisationKind.NGO and legal_form is not LegalForm.INFORMAL_GROUP:
            draw = rng.random()
            membership = MembershipStatus.MEMBER if draw < 0.5 else MembershipStatus.LAPSED if draw < 0.6 else membership
        member_since = None
        if membership is not MembershipStatus.NONE:
            member_since = plan.today - dt.timedelta(days=rng.randrange(30, 15 * 365))
        discount, discount_reason = 0, ""
        if kind is OrganisationKind.MUNICIPAL:
            discount, discount_reason = 100, MUNICIPAL_REDUCTION_REASON
        elif membership is MembershipStatus.NONE and rng.random() < 0.04:
            discount, discount_reason = rng.choice((20, 30, 50)), "Valdes lēmums par atlaidi jaunai organizācijai"
        created_at = plan.now - dt.timedelta(days=rng.randrange(1, size.years * 365), minutes=rng.randrange(600))
        archived = rng.random() < 0.03
        slug = ".".join(ascii_fold(word) for word in organisation_match_key(name).split()[:3])
        organisations.append({
            "id": org_id, "name": name, "sort_key": organisation_sort_key(name),
            "match_key": organisation_match_key(name), "legal_form": legal_form, "registration_number": number,
            "kind": kind, "membership": membership, "member_since": member_since,
            "membership_fee_cents": rng.choice((1000, 2000, 5000)) if member_since else 0,
            "last_paid_year": (plan.today.year - (0 if membership is MembershipStatus.MEMBER else rng.randint(2, 4))
                               if member_since else None),
            "discount_percent": discount, "discount_reason": discount_reason,
            "address": f"{rng.choice(names.STREETS)} {rng.randint(1, 120)}, Rīga, LV-10{rng.randint(1, 84):02d}",
            "phone": f"+371 2{rng.randrange(10**7):07d}", "email": f"{slug}@{names.MAIL_DOMAIN}",
            "website": "", "notes": "", "archived": archived,
            "archived_at": plan.now - dt.timedelta(days=rng.randrange(1, 365)) if archived else None,
            "created_at": created_at, "updated_at": created_at, "version": 1,
        })
        for field_id in rng.sample(field_ids, rng.choice((1, 1, 2))):
            org_fields.append({"organisation_id": org_id, "field_id": field_id})
        main_contact = 0
        for position in range(rng.choice((1, 1, 2))):
            female = rng.random() < 0.65
            first, surname = person(rng, female)
            if kind is OrganisationKind.ENTREPRENEUR and position == 0:
                role = names.OWNER_ROLES[female]
            else:
                role = names.ROLES[0 if position == 0 else rng.randrange(1, len(names.ROLES))][female]
            contact_id = plan.ids.take(ContactPerson)
            main_contact = main_contact or contact_id
            contacts.append({
                "id": contact_id, "organisation_id": org_id, "name": f"{first} {surname}",
                "sort_key": sort_key(f"{first} {surname}"), "role": role,
                "phone": f"+371 2{rng.randrange(10**7):07d}", "email": person_email(f"{first} {surname}"),
                "is_main": position == 0,
                "consent_date": (plan.today - dt.timedelta(days=rng.randrange(1, 1500))
                                 if rng.random() < 0.9 else None),
                "notes": "", "anonymised_at": None, "version": 1,
            })
        result.append(_Org(org_id, main_contact, kind, membership, discount))
    bulk_insert(session, Organisation, organisations)
    bulk_insert(session, ContactPerson, contacts)
    bulk_insert(session, organisation_field_table, org_fields)
    plan.report(size.organisations)
    return result


def _slot_indexes(day: dt.date, holidays: set[dt.date], open_saturday: bool) -> range:
    """Which of WEEKDAY_SLOTS a room offers on ``day``: none on Sundays and public holidays."""
    if day in holidays or day.weekday() == 6:
        return range(0)
    if day.weekday() == 5:
        return SATURDAY_SLOTS if open_saturday else range(0)
    return range(_SLOTS_PER_DAY)


def _make_bookings(plan: _Plan, rooms: list[_Room], organisations: list[_Org]) -> None:
    """Bookings on free slots drawn at random; each slot is one int, day-major, so ids follow the calendar."""
    session, rng, size = plan.session, plan.rng, plan.size
    first_day = dt.date(plan.first_year, 1, 1)
    days = [first_day + dt.timedelta(days=offset)
            for offset in range((dt.date(plan.last_year, 12, 31) - first_day).days + 1)]
    room_count = len(rooms)
    candidates: list[int] = []
    for day_index, day in enumerate(days):
        for room_index, room in enumerate(rooms):
            code = (day_index * room_count + room_index) * _SLOTS_PER_DAY
            candidates.extend(code + slot for slot in _slot_indexes(day, plan.holidays, room.open_saturday))
    if size.bookings > len(candidates):
        raise ValueError(f"{size.bookings} bookings do not fit in {len(candidates)} free slots")

    members = [org for org in organisations if org.membership is MembershipStatus.MEMBER] or organisations
    members_by_id = {org.id: org for org in members}
    series_rows, series_codes = _plan_series(plan, rooms, members, days, size.bookings // 10)
    series_of_code = dict(series_codes)
    rest = [code for code in candidates if code not in series_of_code]
    chosen = sorted([code for code, _series in series_codes] + rng.sample(rest, size.bookings - len(series_codes)))
    bulk_insert(session, BookingSeries, list(series_rows.values()))

    bookers = [org for org in organisations if org.kind is not OrganisationKind.OTHER or rng.random() < 0.5]
    day_starts = {day: local_day_bounds(day)[0] for day in days}
    first_id = plan.ids.take(Booking, len(chosen))
    batch: list[dict[str, Any]] = []
    for booking_id, code in enumerate(chosen, start=first_id):
        slot_index = code % _SLOTS_PER_DAY
        room = rooms[(code // _SLOTS_PER_DAY) % room_count]
        day = days[code // _SLOTS_PER_DAY // room_count]
        start, end = WEEKDAY_SLOTS[slot_index]
        series = series_rows.get(series_of_code.get(code, -1))
        if series is None:
            # Not every booking fills its slot: start later or end earlier now and then.
            if end - start >= 150 and rng.random() < 0.3:
                start += 30
            if end - start >= 120 and rng.random() < 0.3:
                end -= 30
            org = rng.choice(bookers) if rng.random() < 0.95 else None
            title = rng.choice(names.BOOKING_TITLES)
        else:
            org = members_by_id[series["organisation_id"]]
            title = series["title"]
        batch.append(_booking_row(plan, booking_id, day, day_starts[day], (start, end), room.info, org, title,
                                  series["id"] if series else None))
        if len(batch) == BATCH_SIZE:
            bulk_insert(session, Booking, batch)
            plan.report(len(batch))
            batch = []
    if batch:
        bulk_insert(session, Booking, batch)
        plan.report(len(batch))


def _plan_series(
    plan: _Plan, rooms: list[_Room], members: list[_Org], days: list[dt.date], budget: int
) -> tuple[dict[int, dict[str, Any]], list[tuple[int, int]]]:
    """Weekly evening series, one room and one calendar year each, taking about ``budget`` bookings.

    Returns the series rows by id and (slot code, series id) for each of their bookings; dates
    that fall on a holiday get no booking, as when the desk skips them.
    """
    rng, room_count = plan.rng, len(rooms)
    day_index = {day: index for index, day in enumerate(days)}
    series_rows: dict[int, dict[str, Any]] = {}
    codes: list[tuple[int, int]] = []
    number = 0
    start, end = WEEKDAY_SLOTS[SERIES_SLOT]
    while len(codes) < budget and number < room_count * plan.size.years:
        room_index = number % room_count
        year = plan.first_year + number // room_count
        weekday = rng.randrange(5)
        first_day = dt.date(year, 1, 1) + dt.timedelta(days=(weekday - dt.date(year, 1, 1).weekday()) % 7)
        local_start = dt.datetime.combine(first_day, dt.time(start // 60, start % 60))
        until = dt.date(year, 12, 31)
        series_id = plan.ids.take(BookingSeries)
        series_rows[series_id] = {
            "id": series_id, "room_id": rooms[room_index].info.id, "organisation_id": rng.choice(members).id,
            "title": rng.choice(("Mēģinājums", "Nodarbība", "Kursi", "Treniņš", "Atbalsta grupa")),
            "rrule": weekly_rule(local_start, until), "local_start": local_start, "duration_minutes": end - start,
            "until": until, "count": None, "created_at": min(plan.now, to_utc(local_start) - dt.timedelta(days=30)),
            "created_by": DEMO_OPERATOR,
        }
        for week in range(53):
            day = first_day + dt.timedelta(weeks=week)
            if day <= until and day not in plan.holidays:
                codes.append(((day_index[day] * room_count + room_index) * _SLOTS_PER_DAY + SERIES_SLOT, series_id))
        number += 1
    return series_rows, codes


def _booking_row(
    plan: _Plan, booking_id: int, day: dt.date, day_start: dt.datetime, span: tuple[int, int],
    room: RoomInfo, org: _Org | None, title: str, series_id: int | None,
) -> dict[str, Any]:
    rng = plan.rng
    starts_at = day_start + dt.timedelta(minutes=span[0])
    ends_at = day_start + dt.timedelta(minutes=span[1])
    created_at = min(plan.now, starts_at - dt.timedelta(days=rng.randrange(1, 90), minutes=rng.randrange(600)))
    past = day < plan.today
    draw = rng.random()
    if series_id is not None:
        status = BookingStatus.CONFIRMED
    elif past:
        status = BookingStatus.CANCELLED if draw < 0.06 else BookingStatus.CONFIRMED
    else:
        status = (BookingStatus.CANCELLED if draw < 0.04 else BookingStatus.ENQUIRY if draw < 0.14
                  else BookingStatus.PROVISIONAL if draw < 0.4 else BookingStatus.CONFIRMED)
    if org is None:
        full_value = plan.prices.price(room, span[1] - span[0], None, 0).full_value_cents
        price, note = 0, "Centra pasākums"
    else:
        quote = plan.prices.price(room, span[1] - span[0], org.membership, org.discount_percent)
        full_value, price, note = quote.full_value_cents, quote.price_cents, quote.reduction_note
    cancelled_at = None
    payment, paid_on = PaymentStatus.NOT_DUE, None
    if status is BookingStatus.CANCELLED:
        cancelled_at = min(plan.now, created_at + (starts_at - created_at) / 2)
    elif price:
        paid = rng.random() < (0.95 if past else 0.2)
        payment = PaymentStatus.PAID if paid else PaymentStatus.UNPAID
        if paid:
            paid_on = min(plan.today, day - dt.timedelta(days=rng.randrange(0, 14)))
    return {
        "id": booking_id, "series_id": series_id, "room_id": room.id,
        "organisation_id": org.id if org else None, "contact_person_id": org.contact_id if org else None,
        "title": title, "purpose": "", "starts_at": starts_at, "ends_at": ends_at,
        "blocked_from": starts_at - dt.timedelta(minutes=room.setup_minutes),
        "blocked_until": ends_at + dt.timedelta(minutes=room.cleanup_minutes),
        "attendees": rng.randint(1, max(1, room.capacity)),
        "equipment_requested": rng.sample(room.equipment, min(len(room.equipment), rng.randrange(3))),
        "status": status, "cancel_reason": rng.choice(_CANCEL_REASONS) if cancelled_at else "",
        "cancelled_at": cancelled_at, "price_cents": price, "full_value_cents": full_value, "reduction_note": note,
        "payment_status": payment, "paid_on": paid_on, "override_reason": "", "notes": "",
        "created_at": created_at, "updated_at": cancelled_at or created_at, "created_by": DEMO_OPERATOR,
        "version": 1,
    }


def _market_day(name_index: int, year: int) -> dt.date:
    """The day of the year's market named names.MARKET_DAY_NAMES[name_index]."""
    if name_index == 0:  # Easter market: the Saturday before Easter
        return easter(year) - dt.timedelta(days=1)
    if name_index == 2:  # Midsummer market: the last Saturday before 23 June
        eve = dt.date(year, 6, 22)
        return eve - dt.timedelta(days=(eve.weekday() - 5) % 7)
    month, nth = {1: (4, -1), 3: (8, 2), 4: (6, 1), 5: (9, -1), 6: (10, 2), 7: (11, 2)}[name_index]
    return nth_saturday(year, month, nth)


_FAIR_TABLES = (StallLayout, Stall, Landmark, Fair, fair_partner_table, StallPrice, FairDay, ProgrammeItem,
                VendorApplication, ApplicationDay, StallAssignment)


def _make_fairs(plan: _Plan, organisations: list[_Org]) -> None:
    """Ten fairs a year: the Saturday market (May-September), a Christmas charity fair, eight market days."""
    session, rng, size = plan.session, plan.rng, plan.size
    layout_names = taken_values(session, StallLayout.name)
    vendors = [org for org in organisations if org.kind in (OrganisationKind.NGO, OrganisationKind.ENTREPRENEUR)]
    partners = [org for org in organisations if org.kind is OrganisationKind.MUNICIPAL] or organisations
    rows: dict[Any, list[dict[str, Any]]] = {table: [] for table in _FAIR_TABLES}
    for number in range(size.fairs):
        year = plan.first_year + (number // 10) % size.years
        variant = number % 10
        if variant == 0:
            kind, name = FairKind.SEASONAL_MARKET, "Sestdienas tirdziņš"
            days = [day for month in range(5, 10) for day in saturdays(year, month)]
            opens, closes, address, site_id, price = dt.time(9), dt.time(14), "Doma laukums, Rīga", None, 1500
        elif variant == 1:
            kind, name = FairKind.CHARITY_FAIR, "Ziemassvētku labdarības tirdziņš"
            days = [nth_saturday(year, 12, 2)]
            opens, closes, address, site_id, price = dt.time(11), dt.time(16), "", plan.main_site_id, 0
        else:
            kind, name = FairKind.MARKET_DAY, names.MARKET_DAY_NAMES[variant - 2]
            days = [_market_day(variant - 2, year)]
            opens, closes, address, site_id, price = dt.time(10), dt.time(16), "Esplanāde, Rīga", None, 1200
        fair_id = plan.ids.take(Fair)
        layout_id, stall_ids = _layout_rows(plan, rows, free_name(f"{name} {year} — plāns", layout_names))
        rows[Fair].append({
            "id": fair_id, "name": f"{name} {year}", "kind": kind, "site_id": site_id, "address": address,
            "description": "", "web_url": "", "opens": opens, "closes": closes,
            "repeat_rule": "FREQ=WEEKLY;BYDAY=SA;BYMONTH=5,6,7,8,9" if kind is FairKind.SEASONAL_MARKET else "",
            "layout_id": layout_id, "archived": days[-1] < plan.today - dt.timedelta(days=365),
            "created_at": min(plan.now, to_utc(dt.datetime.combine(days[0], opens)) - dt.timedelta(days=120)),
            "version": 1,
        })
        rows[fair_partner_table].append({"fair_id": fair_id, "organisation_id": rng.choice(partners).id})
        rows[StallPrice].append({"id": plan.ids.take(StallPrice), "fair_id": fair_id, "width_m": 3.0,
                                 "depth_m": 3.0, "price_cents": price})
        day_ids = []
        for day in days:
            day_id = plan.ids.take(FairDay)
            day_ids.append((day_id, day))
            rows[FairDay].append({"id": day_id, "fair_id": fair_id, "day": day, "opens": opens, "closes": closes,
                                  "cancelled": False})
            if kind is not FairKind.SEASONAL_MARKET or day.day <= 7:
                rows[ProgrammeItem].append({
                    "id": plan.ids.take(ProgrammeItem), "fair_day_id": day_id, "starts": dt.time(12),
                    "ends": dt.time(13), "title": "Koncerts: pilsētas pūtēju orķestris", "performer": "",
                })
        applicants = rng.sample(vendors, min(len(vendors), size.applications_per_fair))
        _application_rows(plan, rows, fair_id, stall_ids, day_ids, applicants, price, kind is FairKind.CHARITY_FAIR)
        plan.report(size.stalls_per_fair)
    for table in _FAIR_TABLES:
        bulk_insert(session, table, rows[table])


_STALLS_PER_ROW = 15
_POWERED_PER_ROW = 3


def _layout_rows(plan: _Plan, rows: dict[Any, list[dict[str, Any]]], name: str) -> tuple[int, list[tuple[int, bool]]]:
    """A plan of rows of 15 stalls, the first three of each row with power, and four landmarks.

    Returns the layout's id and (stall id, has power) of its stalls in order.
    """
    row_count = (plan.size.stalls_per_fair + _STALLS_PER_ROW - 1) // _STALLS_PER_ROW
    layout_id = plan.ids.take(StallLayout)
    rows[StallLayout].append({"id": layout_id, "name": name, "width_m": _STALLS_PER_ROW * 3.5 + 6.0,
                              "depth_m": row_count * 5.0 + 12.0, "notes": "", "created_at": plan.now})
    first_stall = plan.ids.take(Stall, plan.size.stalls_per_fair)
    stalls = []
    for index in range(plan.size.stalls_per_fair):
        row, column = divmod(index, _STALLS_PER_ROW)
        has_power = column < _POWERED_PER_ROW
        stalls.append((first_stall + index, has_power))
        rows[Stall].append({
            "id": first_stall + index, "layout_id": layout_id, "number": str(index + 1), "sort_order": index,
            "x_m": 3.0 + column * 3.5, "y_m": 10.0 + row * 5.0, "width_m": 3.0, "depth_m": 3.0,
            "rotation_deg": 0.0, "has_power": has_power, "has_table": index % 2 == 0, "under_cover": row < 2,
            "archived": False,
        })
    for kind, label, x in ((LandmarkKind.STAGE, "Skatuve", 20.0), (LandmarkKind.ENTRANCE, "Ieeja", 0.0),
                           (LandmarkKind.TOILETS, "Tualetes", 50.0), (LandmarkKind.INFORMATION, "Informācija", 3.0)):
        rows[Landmark].append({"id": plan.ids.take(Landmark), "layout_id": layout_id, "kind": kind, "label": label,
                               "x_m": x, "y_m": 1.0, "width_m": 6.0 if kind is LandmarkKind.STAGE else 3.0,
                               "depth_m": 4.0, "rotation_deg": 0.0})
    return layout_id, stalls


def _application_rows(
    plan: _Plan, rows: dict[Any, list[dict[str, Any]]], fair_id: int, stalls: list[tuple[int, bool]],
    day_ids: list[tuple[int, dt.date]], vendors: list[_Org], price: int, is_charity: bool,
) -> None:
    """Applications spread over the fair's days, following the vendor rules: accepted while the day
    has stalls (then waitlisted), power only on stalls with power, the fee from the price list."""
    rng = plan.rng
    free = {day_id: ([stall for stall, powered in stalls if powered], [stall for stall, powered in stalls
                                                                         if not powered]) for day_id, _ in day_ids}
    accepted = dict.fromkeys(free, 0)
    waitlist = dict.fromkeys(free, 0)
    for vendor in vendors:
        application_id = plan.ids.take(VendorApplication)
        goods, category = rng.choice(names.VENDOR_GOODS)
        needs_power = rng.random() < 0.15
        applied_at = min(plan.now, to_utc(dt.datetime.combine(day_ids[0][1], dt.time(10)))
                         - dt.timedelta(days=rng.randrange(7, 90)))
        rows[VendorApplication].append({
            "id": application_id, "fair_id": fair_id, "organisation_id": vendor.id,
            "contact_person_id": vendor.contact_id, "goods": goods, "category": category,
            "needs_power": needs_power, "notes": "", "applied_at": applied_at, "version": 1,
        })
        chosen_days = day_ids if len(day_ids) == 1 else rng.sample(day_ids, rng.randint(1, min(4, len(day_ids))))
        for day_id, day in chosen_days:
            draw = rng.random()
            status = (ApplicationStatus.APPLIED if draw < 0.05 else ApplicationStatus.REJECTED if draw < 0.07
                      else ApplicationStatus.CANCELLED if draw < 0.09 else ApplicationStatus.ACCEPTED)
            stall_id = None
            if status is ApplicationStatus.ACCEPTED and accepted[day_id] >= len(stalls):
                status = ApplicationStatus.WAITLISTED
            elif status is ApplicationStatus.ACCEPTED:
                accepted[day_id] += 1
                powered, unpowered = free[day_id]
                pool = powered if needs_power else (unpowered or powered)
                stall_id = pool.pop(0) if pool else None  # accepted but not yet placed, as the desk may leave it
            application_day_id = plan.ids.take(ApplicationDay)
            row = {
                "id": application_day_id, "application_id": application_id, "fair_day_id": day_id,
                "status": status, "waitlist_position": None, "fee_cents": 0, "fee_reduction_reason": "",
                "payment_status": PaymentStatus.UNPAID, "paid_on": None, "check_in": None, "offered_at": None,
            }
            if status is ApplicationStatus.WAITLISTED:
                waitlist[day_id] += 1
                row["waitlist_position"] = waitlist[day_id]
            if stall_id is not None:
                rows[StallAssignment].append({"id": plan.ids.take(StallAssignment),
                                              "application_day_id": application_day_id, "fair_day_id": day_id,
                                              "stall_id": stall_id, "assigned_at": applied_at})
                if is_charity:
                    row.update(fee_reduction_reason=names.CHARITY_FEE_REASON, payment_status=PaymentStatus.WAIVED)
                else:
                    row["fee_cents"] = price
                    if day < plan.today or rng.random() < 0.3:
                        row.update(payment_status=PaymentStatus.PAID,
                                   paid_on=min(plan.today, day - dt.timedelta(days=rng.randrange(1, 20))))
                if day < plan.today:
                    row["check_in"] = CheckIn.NO_SHOW if rng.random() < 0.04 else CheckIn.ARRIVED
            rows[ApplicationDay].append(row)


def _make_premises(plan: _Plan, organisations: list[_Org]) -> None:
    """A dozen premises with back-to-back tenancies and their monthly payments.

    Only a few thousand rows, so ORM objects: the statements service works the amounts out of them.
    """
    rng = plan.rng
    tenants = [org for org in organisations if org.kind is OrganisationKind.ENTREPRENEUR] or organisations
    owners = [org for org in organisations if org.kind is OrganisationKind.MUNICIPAL]
    horizon = month_start(plan.today, 6)
    for number in range(plan.size.premises):
        premises = Premises(
            name=names.PREMISES_NAMES[number % len(names.PREMISES_NAMES)],
            address=f"{rng.choice(names.STREETS)} {rng.randint(1, 80)}, Rīga, LV-10{rng.randint(1, 84):02d}",
            area_m2=float(rng.randrange(25, 120)), owner_organisation_id=rng.choice(owners).id if owners else None,
            owner_name="Rīgas valstspilsētas pašvaldība", base_rent_cents=rng.randrange(200, 600) * 100,
            electricity_cents=rng.randrange(30, 90) * 100, water_cents=rng.randrange(10, 30) * 100,
            heating_cents=rng.randrange(40, 120) * 100, max_tenants=rng.choice((1, 2)),
        )
        for _place in range(premises.max_tenants):
            # Back-to-back terms per place, so no more than max_tenants tenancies run at once.
            starts_on = dt.date(plan.first_year, rng.randint(1, 12), 1)
            while starts_on < horizon:
                ends_on = month_start(starts_on, rng.randint(6, 12)) - dt.timedelta(days=1)
                tenancy = _tenancy(plan, premises, rng.choice(tenants), starts_on, ends_on)
                month = starts_on
                while month <= min(tenancy.ended_early_on or ends_on, plan.today):
                    tenancy.payments.append(TenancyPayment(
                        month=month, amount_cents=amount_due_cents(tenancy, premises, month),
                        paid_on=min(plan.today, month + dt.timedelta(days=rng.randrange(5, 20)))))
                    month = month_start(month, 1)
                starts_on = month_start(ends_on, rng.choice((1, 1, 2, 3)))
        plan.session.add(premises)
        plan.report(100)
    plan.session.flush()


def _tenancy(plan: _Plan, premises: Premises, tenant: _Org, starts_on: dt.date, ends_on: dt.date) -> Tenancy:
    rng = plan.rng
    rent_kind = rng.choice((ReductionKind.NONE, ReductionKind.PERCENT, ReductionKind.PERCENT, ReductionKind.FIXED))
    utilities_kind = rng.choice((ReductionKind.NONE, ReductionKind.FIXED))
    rent_reduction = {ReductionKind.NONE: 0, ReductionKind.PERCENT: rng.choice((20, 30, 50, 70)),
                      ReductionKind.FIXED: rng.randrange(20, 100) * 100}[rent_kind]
    reduced = rent_kind is not ReductionKind.NONE or utilities_kind is not ReductionKind.NONE
    ended_early = None
    if starts_on < plan.today and rng.random() < 0.1:
        ended_early = min(plan.today, ends_on, starts_on + dt.timedelta(days=rng.randrange(60, 150)))
    decision_date = starts_on - dt.timedelta(days=rng.randrange(10, 40))
    tenancy = Tenancy(
        organisation_id=tenant.id, starts_on=starts_on, ends_on=ends_on,
        activity=rng.choice(names.TENANT_ACTIVITIES), rent_share_percent=100 // premises.max_tenants,
        rent_reduction_kind=rent_kind, rent_reduction=rent_reduction, utilities_reduction_kind=utilities_kind,
        utilities_reduction=rng.randrange(10, 40) * 100 if utilities_kind is ReductionKind.FIXED else 0,
        decision_number=f"RD-{decision_date.year}-{rng.randrange(100, 999)}" if reduced else "",
        decision_date=decision_date if reduced else None, ended_early_on=ended_early,
        created_at=min(plan.now, to_utc(dt.datetime.combine(decision_date, dt.time(12)))),
    )
    premises.tenancies.append(tenancy)
    return tenancy
