"""What a booking looks like outside the database: the value the calendar shows (``BookingView``),
the form's draft (``BookingDraft``) and which dates of a series an edit touches (``Scope``).

Kept apart from booking.py (which re-exports them) so the calendar and its queries load without the
writing side — pricing, repeat rules, dateutil — before the day's calendar is painted (issue #16).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ngo_desktop.schema.enums import BookingStatus, PaymentStatus
from ngo_desktop.timeutil import to_local

if TYPE_CHECKING:
    from sqlalchemy import Row

    from ngo_desktop.models import Booking


class Scope(enum.StrEnum):
    """Which dates of a series an edit or a cancellation touches."""

    THIS = "this"
    FOLLOWING = "following"
    SERIES = "series"


@dataclass(frozen=True)
class BookingDraft:
    """What the form or the command line asks for. ``starts``/``ends`` are naive Riga wall-clock times."""

    room_id: int
    starts: dt.datetime
    ends: dt.datetime
    organisation_id: int | None = None
    contact_person_id: int | None = None
    title: str = ""
    purpose: str = ""
    attendees: int = 0
    equipment: tuple[str, ...] = ()
    status: BookingStatus = BookingStatus.PROVISIONAL
    notes: str = ""
    override_reason: str = ""


@dataclass(frozen=True)
class BookingView:
    id: int
    series_id: int | None
    room_id: int
    room_name: str
    organisation_id: int | None
    organisation_name: str
    contact_person_id: int | None
    title: str
    purpose: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    blocked_from: dt.datetime
    blocked_until: dt.datetime
    attendees: int
    equipment: tuple[str, ...]
    status: BookingStatus
    cancel_reason: str
    price_cents: int
    full_value_cents: int
    reduction_note: str
    payment_status: PaymentStatus
    override_reason: str
    notes: str
    version: int

    @property
    def label(self) -> str:
        return self.organisation_name or self.title

    def draft(self) -> BookingDraft:
        """The booking as a draft, to edit and save back."""
        return BookingDraft(
            room_id=self.room_id, starts=to_local(self.starts_at).replace(tzinfo=None),
            ends=to_local(self.ends_at).replace(tzinfo=None), organisation_id=self.organisation_id,
            contact_person_id=self.contact_person_id, title=self.title, purpose=self.purpose,
            attendees=self.attendees, equipment=self.equipment, status=self.status, notes=self.notes,
            override_reason=self.override_reason)


def view_of(booking: Booking | Row[Any], room_name: str, organisation_name: str | None) -> BookingView:
    """``booking``: the ORM row or a row of the booking table's columns (they have the same names)."""
    return BookingView(
        id=booking.id, series_id=booking.series_id, room_id=booking.room_id, room_name=room_name,
        organisation_id=booking.organisation_id, organisation_name=organisation_name or "",
        contact_person_id=booking.contact_person_id, title=booking.title, purpose=booking.purpose,
        starts_at=booking.starts_at, ends_at=booking.ends_at, blocked_from=booking.blocked_from,
        blocked_until=booking.blocked_until, attendees=booking.attendees,
        equipment=tuple(booking.equipment_requested or ()), status=booking.status,
        cancel_reason=booking.cancel_reason, price_cents=booking.price_cents,
        full_value_cents=booking.full_value_cents, reduction_note=booking.reduction_note,
        payment_status=booking.payment_status, override_reason=booking.override_reason, notes=booking.notes,
        version=booking.version)
