"""Room bookings and the repeat series they may belong to."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ngo_desktop.models.base import Base, UTCDateTime, enum_column, utcnow
from ngo_desktop.models.enums import BookingStatus, PaymentStatus
from ngo_desktop.models.organisations import ContactPerson, Organisation
from ngo_desktop.models.sites import Room


class BookingSeries(Base):
    """A repeating booking: the rule as an RFC 5545 RRULE expanded in Europe/Riga local time.

    ``local_start`` and ``duration_minutes`` keep the wall-clock time, so a weekly 18:00 meeting
    stays at 18:00 across the daylight-saving change.
    """

    __tablename__ = "booking_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    rrule: Mapped[str] = mapped_column(String(500))
    local_start: Mapped[dt.datetime] = mapped_column()  # naive, Europe/Riga wall clock
    duration_minutes: Mapped[int] = mapped_column(Integer)
    until: Mapped[dt.date | None] = mapped_column(Date)
    count: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120), default="")

    bookings: Mapped[list[Booking]] = relationship(back_populates="series", order_by="Booking.starts_at")


class Booking(Base):
    """One booking of one room for one span of time, stored in UTC.

    ``blocked_from``/``blocked_until`` are the span including the room's setup and cleanup
    buffers: the span that may not overlap another blocking booking of the same room.
    ``full_value_cents`` is the tariff before reductions (the in-kind value reported to the
    municipality); ``price_cents`` is what the organisation pays.
    """

    __tablename__ = "booking"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        CheckConstraint("blocked_until >= ends_at AND blocked_from <= starts_at", name="buffers_around"),
        CheckConstraint("attendees >= 0", name="attendees_not_negative"),
        CheckConstraint("price_cents >= 0 AND full_value_cents >= 0", name="money_not_negative"),
        CheckConstraint(
            "(status = 'cancelled') = (cancelled_at IS NOT NULL)", name="cancelled_has_time"
        ),
        Index("ix_booking_room_blocked", "room_id", "blocked_from", "blocked_until"),
        Index("ix_booking_starts_at", "starts_at"),
        Index("ix_booking_org_starts", "organisation_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("booking_series.id"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id"))
    title: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    blocked_from: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    blocked_until: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    attendees: Mapped[int] = mapped_column(Integer, default=0)
    equipment_requested: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[BookingStatus] = mapped_column(enum_column(BookingStatus), default=BookingStatus.PROVISIONAL)
    cancel_reason: Mapped[str] = mapped_column(String(500), default="")
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    price_cents: Mapped[int] = mapped_column(Integer, default=0)
    full_value_cents: Mapped[int] = mapped_column(Integer, default=0)
    reduction_note: Mapped[str] = mapped_column(String(300), default="")
    payment_status: Mapped[PaymentStatus] = mapped_column(
        enum_column(PaymentStatus), default=PaymentStatus.NOT_DUE
    )
    paid_on: Mapped[dt.date | None] = mapped_column(Date)
    override_reason: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    series: Mapped[BookingSeries | None] = relationship(back_populates="bookings")
    room: Mapped[Room] = relationship()
    organisation: Mapped[Organisation | None] = relationship()
    contact_person: Mapped[ContactPerson | None] = relationship()

    __mapper_args__ = {"version_id_col": version}
