"""What the small and the large demo share: dates, names, numbers, prices and the centre's rows.

The rules themselves (prices, holidays, tenants' statements, repeat rules) come from their
services, so demo data looks exactly like data entered at the desk; this module only adapts
them to rows that are being built and not yet committed.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ngo_desktop.models import CentreProfile, FieldOfActivity, MembershipStatus, Premises, Tenancy
from ngo_desktop.services.bookings.holidays import holidays_between
from ngo_desktop.services.bookings.price import Price, booking_price
from ngo_desktop.services.bookings.repeats import RepeatKind, RepeatRule, rrule_text
from ngo_desktop.services.bookings.rooms import RoomInfo
from ngo_desktop.services.demo import names
from ngo_desktop.services.premises.registry import DEFAULT_PAYMENT_DUE_DAY
from ngo_desktop.services.premises.statements import statement_line
from ngo_desktop.sorting import sort_key
from ngo_desktop.timeutil import now_utc, to_local, to_utc

DEMO_OPERATOR = "demo"
Progress = Callable[[int, int], None]


def month_start(day: dt.date, months_later: int = 0) -> dt.date:
    index = day.year * 12 + day.month - 1 + months_later
    return dt.date(index // 12, index % 12 + 1, 1)


def demo_now(today: dt.date) -> dt.datetime:
    """The instant the demo treats as now: the real one, or noon of a ``today`` given for tests."""
    now = now_utc()
    return now if to_local(now).date() == today else to_utc(dt.datetime.combine(today, dt.time(12)))


def holiday_dates(first: dt.date, last: dt.date) -> set[dt.date]:
    return set(holidays_between(first, last))


class PriceList:
    """``booking_price`` remembered per room, length and reduction: the large demo asks 200,000 times."""

    def __init__(self) -> None:
        self._prices: dict[tuple[int, int, MembershipStatus | None, int], Price] = {}

    def price(self, room: RoomInfo, minutes: int, membership: MembershipStatus | None, discount: int) -> Price:
        key = (room.id, minutes, membership, discount)
        if key not in self._prices:
            self._prices[key] = booking_price(room, dt.timedelta(minutes=minutes), membership=membership,
                                              organisation_discount_percent=discount)
        return self._prices[key]


def amount_due_cents(tenancy: Tenancy, premises: Premises, month: dt.date) -> int:
    """What the tenant owes for ``month``, worked out by the statements service.

    The service reads a tenancy's term as a row of columns; before the rows are committed the
    demo hands it the same values by name.
    """
    term = SimpleNamespace(
        tenancy_id=tenancy.id, organisation_id=tenancy.organisation_id, starts_on=tenancy.starts_on,
        last_day=tenancy.ended_early_on or tenancy.ends_on, rent_share_percent=tenancy.rent_share_percent,
        rent_reduction_kind=tenancy.rent_reduction_kind, rent_reduction=tenancy.rent_reduction,
        utilities_reduction_kind=tenancy.utilities_reduction_kind, utilities_reduction=tenancy.utilities_reduction,
        decision_number=tenancy.decision_number,
        # Unset until the row is flushed, when the column's default (the 10th) fills it.
        payment_due_day=tenancy.payment_due_day or DEFAULT_PAYMENT_DUE_DAY,
        premises_id=premises.id, premises_name=premises.name,
        premises_address=premises.address, base_rent_cents=premises.base_rent_cents,
        utilities_cents=premises.electricity_cents + premises.water_cents + premises.heating_cents,
        tenant_name="", tenant_key="",
    )
    return statement_line(term, month, None).due_cents  # type: ignore[arg-type]


def weekly_rule(first_local_start: dt.datetime, until: dt.date) -> str:
    """The RRULE text the booking form would store for a weekly series until ``until``."""
    return rrule_text(RepeatRule(RepeatKind.WEEKLY, until=until), first_local_start)


_REGISTER_WEIGHTS = (9, 1, 4, 8, 3, 10, 2, 5, 7, 6)


def with_check_digit(body: str) -> str | None:
    """An 11-digit legal entity number from its first 10 digits, or None when no check digit fits.

    The register's rule (also python-stdnum's ``lv.pvn``): the weighted digit sum plus the check
    digit leaves 3 modulo 11. Demo numbers pass it so a later check does not flag them all.
    """
    check = (3 - sum(weight * int(digit) for weight, digit in zip(_REGISTER_WEIGHTS, body, strict=True))) % 11
    return None if check == 10 else body + str(check)


def is_valid_registration_number(number: str) -> bool:
    return len(number) == 11 and number.isdigit() and with_check_digit(number[:10]) == number


def registration_numbers(prefix: str, start: int, taken: set[str]) -> Iterator[str]:
    """Valid, unused 11-digit numbers beginning with ``prefix``, counting up from ``start``."""
    serial = start
    while True:
        number = with_check_digit(f"{prefix}{serial:0{10 - len(prefix)}d}")
        serial += 1
        if number is not None and number not in taken:
            taken.add(number)
            yield number


def free_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``… whichever is not in ``taken``; the result is added to it."""
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{name} ({number})"
    taken.add(candidate)
    return candidate


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters for e-mail addresses: Ķēniņa becomes kenina."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if character.isascii() and not unicodedata.combining(character))


def person_email(person: str) -> str:
    return ".".join(ascii_fold(part) for part in person.split()) + f"@{names.MAIL_DOMAIN}"


def person(rng: random.Random, female: bool | None = None) -> tuple[str, str]:
    """A first name and a surname in the matching (man's or woman's) form."""
    female = rng.random() < 0.6 if female is None else female
    first = rng.choice(names.FEMALE_FIRST_NAMES if female else names.MALE_FIRST_NAMES)
    surname = rng.choice(names.SURNAMES)[1 if female else 0]
    return first, surname


def ensure_fields_of_activity(session: Session) -> dict[str, int]:
    """The demo's fields of activity by name, reusing rows that already exist."""
    existing: dict[str, int] = {name: field_id for name, field_id in session.execute(
        select(FieldOfActivity.name, FieldOfActivity.id))}
    for name in names.FIELDS_OF_ACTIVITY:
        if name not in existing:
            field = FieldOfActivity(name=name, sort_key=sort_key(name))
            session.add(field)
            session.flush()
            existing[name] = field.id
    return existing


def fill_centre_profile_if_blank(session: Session, **details: str) -> bool:
    """Fill the centre's details unless someone already has: a user's own details are never replaced."""
    profile = session.get(CentreProfile, 1)
    if profile is not None and profile.name.strip():
        return False
    if profile is None:
        profile = CentreProfile(id=1)
        session.add(profile)
    for key, value in details.items():
        setattr(profile, key, value)
    session.flush()
    return True


def taken_values(session: Session, column: Any) -> set[str]:
    return {value for value in session.scalars(select(column)) if value is not None}


def nth_saturday(year: int, month: int, nth: int) -> dt.date:
    """The nth Saturday of a month; nth -1 is the last one."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(5 - first.weekday()) % 7 + 7 * (nth - 1))
    last = month_start(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - 5) % 7)


def saturdays(year: int, month: int) -> list[dt.date]:
    first = nth_saturday(year, month, 1)
    return [first + dt.timedelta(weeks=week) for week in range(5) if (first + dt.timedelta(weeks=week)).month == month]
