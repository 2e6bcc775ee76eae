"""Room bookings and the repeat series they may belong to.

The tables (Core); what each row and column means is told on the classes mapped onto them, in
``ngo_desktop.models.bookings``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from ngo_desktop.schema.base import UTCDateTime, enum_column, metadata, utcnow
from ngo_desktop.schema.enums import BookingStatus, PaymentStatus

booking_series_table = Table(
    "booking_series",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("room_id", ForeignKey("room.id"), index=True, nullable=False),
    Column("organisation_id", ForeignKey("organisation.id"), index=True),
    Column("title", String(300), default="", nullable=False),
    Column("rrule", String(500), nullable=False),
    Column("local_start", DateTime, nullable=False),  # naive, Europe/Riga wall clock
    Column("duration_minutes", Integer, nullable=False),
    Column("until", Date),
    Column("count", Integer),
    Column("created_at", UTCDateTime, default=utcnow, nullable=False),
    Column("created_by", String(120), default="", nullable=False),
)


booking_table = Table(
    "booking",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("series_id", ForeignKey("booking_series.id"), index=True),
    Column("room_id", ForeignKey("room.id"), nullable=False),
    Column("organisation_id", ForeignKey("organisation.id")),
    Column("contact_person_id", ForeignKey("contact_person.id")),
    Column("title", String(300), default="", nullable=False),
    Column("purpose", Text, default="", nullable=False),
    Column("starts_at", UTCDateTime, nullable=False),
    Column("ends_at", UTCDateTime, nullable=False),
    Column("blocked_from", UTCDateTime, nullable=False),
    Column("blocked_until", UTCDateTime, nullable=False),
    Column("attendees", Integer, default=0, nullable=False),
    Column("equipment_requested", JSON, default=list, nullable=False),
    Column("status", enum_column(BookingStatus), default=BookingStatus.PROVISIONAL, nullable=False),
    Column("cancel_reason", String(500), default="", nullable=False),
    Column("cancelled_at", UTCDateTime),
    Column("price_cents", Integer, default=0, nullable=False),
    Column("full_value_cents", Integer, default=0, nullable=False),
    Column("reduction_note", String(300), default="", nullable=False),
    Column("payment_status", enum_column(PaymentStatus), default=PaymentStatus.NOT_DUE, nullable=False),
    Column("paid_on", Date),
    Column("override_reason", String(500), default="", nullable=False),
    Column("notes", Text, default="", nullable=False),
    Column("created_at", UTCDateTime, default=utcnow, nullable=False),
    Column("updated_at", UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False),
    Column("created_by", String(120), default="", nullable=False),
    Column("version", Integer, default=1, nullable=False),
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
