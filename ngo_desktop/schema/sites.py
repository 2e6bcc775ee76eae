"""Sites (branches), their rooms with opening hours, and closures.

The tables (Core); what each row and column means is told on the classes mapped onto them, in
``ngo_desktop.models.sites``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Double,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)

from ngo_desktop.schema.base import UTCDateTime, metadata, utcnow

site_table = Table(
    "site",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), unique=True, nullable=False),
    Column("address", String(300), default="", nullable=False),
    Column("phone", String(40), default="", nullable=False),
    Column("notes", Text, default="", nullable=False),
    Column("archived", Boolean, default=False, nullable=False),
    Column("created_at", UTCDateTime, default=utcnow, nullable=False),
)


room_table = Table(
    "room",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site_id", ForeignKey("site.id"), index=True, nullable=False),
    Column("name", String(200), nullable=False),
    Column("capacity", Integer, default=0, nullable=False),
    Column("area_m2", Double),
    Column("equipment", JSON, default=list, nullable=False),
    Column("setup_minutes", Integer, default=0, nullable=False),
    Column("cleanup_minutes", Integer, default=0, nullable=False),
    Column("hourly_rate_cents", Integer, default=0, nullable=False),
    Column("half_day_rate_cents", Integer, default=0, nullable=False),
    Column("full_day_rate_cents", Integer, default=0, nullable=False),
    Column("member_discount_percent", Integer, default=100, nullable=False),
    Column("colour", String(9), default="", nullable=False),
    Column("notes", Text, default="", nullable=False),
    Column("archived", Boolean, default=False, nullable=False),
    Column("version", Integer, default=1, nullable=False),
    UniqueConstraint("site_id", "name"),
    CheckConstraint("capacity >= 0", name="capacity_not_negative"),
    CheckConstraint("setup_minutes >= 0 AND cleanup_minutes >= 0", name="buffers_not_negative"),
    CheckConstraint(
        "hourly_rate_cents >= 0 AND half_day_rate_cents >= 0 AND full_day_rate_cents >= 0",
        name="rates_not_negative",
    ),
    CheckConstraint(
        "member_discount_percent BETWEEN 0 AND 100", name="member_discount_is_percent"
    ),
)


opening_hours_table = Table(
    "opening_hours",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("room_id", ForeignKey("room.id", ondelete="CASCADE"), nullable=False),
    Column("weekday", Integer, nullable=False),
    Column("opens", Time, nullable=False),
    Column("closes", Time, nullable=False),
    UniqueConstraint("room_id", "weekday"),
    CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
    CheckConstraint("closes > opens", name="closes_after_opens"),
)


closure_table = Table(
    "closure",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site_id", ForeignKey("site.id"), index=True),
    Column("room_id", ForeignKey("room.id"), index=True),
    Column("starts_at", UTCDateTime, nullable=False),
    Column("ends_at", UTCDateTime, nullable=False),
    Column("reason", String(300), default="", nullable=False),
    Column("created_at", UTCDateTime, default=utcnow, nullable=False),
    CheckConstraint("site_id IS NOT NULL OR room_id IS NOT NULL", name="site_or_room"),
    CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
)
