"""What a booking costs: the room's tariff, then the organisation's reduction.

The full value (before any reduction) is kept even when the booking is free: the municipality
reports it as in-kind support. Tariffs: per hour, capped by the half-day rate up to 4 hours and by
the full-day rate beyond (each rate only when the room has one).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from ngo_desktop.i18n import translate
from ngo_desktop.models import MembershipStatus
from ngo_desktop.services.bookings.rooms import RoomInfo

HALF_DAY = dt.timedelta(hours=4)


@dataclass(frozen=True)
class Price:
    full_value_cents: int
    price_cents: int
    reduction_percent: int
    reduction_note: str


def tariff_cents(room: RoomInfo, duration: dt.timedelta) -> int:
    """The undiscounted tariff for one booking of ``duration``."""
    minutes = max(0, int(duration.total_seconds() // 60))
    days = max(1, math.ceil(minutes / (24 * 60)))
    hourly = round(room.hourly_rate_cents * minutes / 60)
    if duration <= HALF_DAY and room.half_day_rate_cents:
        return min(hourly, room.half_day_rate_cents) if hourly else room.half_day_rate_cents
    if duration > HALF_DAY and room.full_day_rate_cents:
        cap = room.full_day_rate_cents * days
        return min(hourly, cap) if hourly else cap
    return hourly


def booking_price(room: RoomInfo, duration: dt.timedelta, *, membership: MembershipStatus | None,
                  organisation_discount_percent: int = 0) -> Price:
    """The larger of the member discount and the organisation's own reduction applies (not both)."""
    full_value = tariff_cents(room, duration)
    member_percent = room.member_discount_percent if membership == MembershipStatus.MEMBER else 0
    percent = max(member_percent, organisation_discount_percent)
    if percent == 0:
        note = ""
    elif member_percent >= organisation_discount_percent:
        note = translate("BookingPrice", "Member discount {percent} %").format(percent=percent)
    else:
        note = translate("BookingPrice", "Reduction for the organisation {percent} %").format(percent=percent)
    price = full_value - round(full_value * percent / 100)
    return Price(full_value, price, percent, note)
