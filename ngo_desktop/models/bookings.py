"""Room bookings and the repeat series they may belong to."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Mapped, relationship

from ngo_desktop.models.base import Base
from ngo_desktop.models.organisations import ContactPerson, Organisation
from ngo_desktop.models.sites import Room
from ngo_desktop.schema.bookings import booking_series_table, booking_table
from ngo_desktop.schema.enums import BookingStatus, PaymentStatus


class BookingSeries(Base):
    """A repeating booking: the rule as an RFC 5545 RRULE expanded in Europe/Riga local time.

    ``local_start`` and ``duration_minutes`` keep the wall-clock time, so a weekly 18:00 meeting
    stays at 18:00 across the daylight-saving change.
    """

    __table__ = booking_series_table

    id: Mapped[int]
    room_id: Mapped[int]
    organisation_id: Mapped[int | None]
    title: Mapped[str]
    rrule: Mapped[str]
    local_start: Mapped[dt.datetime]  # naive, Europe/Riga wall clock
    duration_minutes: Mapped[int]
    until: Mapped[dt.date | None]
    count: Mapped[int | None]
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str]

    bookings: Mapped[list[Booking]] = relationship(back_populates="series", order_by="Booking.starts_at")


class Booking(Base):
    """One booking of one room for one span of time, stored in UTC.

    ``blocked_from``/``blocked_until`` are the span including the room's setup and cleanup
    buffers: the span that may not overlap another blocking booking of the same room.
    ``full_value_cents`` is the tariff before reductions (the in-kind value reported to the
    municipality); ``price_cents`` is what the organisation pays.
    """

    __table__ = booking_table

    id: Mapped[int]
    series_id: Mapped[int | None]
    room_id: Mapped[int]
    organisation_id: Mapped[int | None]
    contact_person_id: Mapped[int | None]
    title: Mapped[str]
    purpose: Mapped[str]
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    blocked_from: Mapped[dt.datetime]
    blocked_until: Mapped[dt.datetime]
    attendees: Mapped[int]
    equipment_requested: Mapped[list[str]]
    status: Mapped[BookingStatus]
    cancel_reason: Mapped[str]
    cancelled_at: Mapped[dt.datetime | None]
    price_cents: Mapped[int]
    full_value_cents: Mapped[int]
    reduction_note: Mapped[str]
    payment_status: Mapped[PaymentStatus]
    paid_on: Mapped[dt.date | None]
    override_reason: Mapped[str]
    notes: Mapped[str]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    created_by: Mapped[str]
    version: Mapped[int]

    series: Mapped[BookingSeries | None] = relationship(back_populates="bookings")
    room: Mapped[Room] = relationship()
    organisation: Mapped[Organisation | None] = relationship()
    contact_person: Mapped[ContactPerson | None] = relationship()

    __mapper_args__ = {"version_id_col": booking_table.c.version}
