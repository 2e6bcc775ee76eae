"""Sites (branches), their rooms with opening hours, and closures."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ngo_desktop.models.base import Base, UTCDateTime, utcnow


class Site(Base):
    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    rooms: Mapped[list[Room]] = relationship(back_populates="site", order_by="Room.name")


class Room(Base):
    """A room or hall that can be booked.

    Tariffs are in euro cents; ``member_discount_percent`` 100 means free for member NGOs.
    ``equipment`` is a list of equipment codes (see services for the known ones).
    """

    __tablename__ = "room"
    __table_args__ = (
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

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int] = mapped_column(Integer, default=0)
    area_m2: Mapped[float | None]
    equipment: Mapped[list[str]] = mapped_column(JSON, default=list)
    setup_minutes: Mapped[int] = mapped_column(Integer, default=0)
    cleanup_minutes: Mapped[int] = mapped_column(Integer, default=0)
    hourly_rate_cents: Mapped[int] = mapped_column(Integer, default=0)
    half_day_rate_cents: Mapped[int] = mapped_column(Integer, default=0)
    full_day_rate_cents: Mapped[int] = mapped_column(Integer, default=0)
    member_discount_percent: Mapped[int] = mapped_column(Integer, default=100)
    colour: Mapped[str] = mapped_column(String(9), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    site: Mapped[Site] = relationship(back_populates="rooms")
    opening_hours: Mapped[list[OpeningHours]] = relationship(
        back_populates="room", cascade="all, delete-orphan", order_by="OpeningHours.weekday"
    )

    __mapper_args__ = {"version_id_col": version}


class OpeningHours(Base):
    """When a room may be used on one weekday (0 Monday … 6 Sunday), Europe/Riga wall-clock time.

    A weekday without a row means the room is closed that day.
    """

    __tablename__ = "opening_hours"
    __table_args__ = (
        UniqueConstraint("room_id", "weekday"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("closes > opens", name="closes_after_opens"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)
    opens: Mapped[dt.time] = mapped_column(Time)
    closes: Mapped[dt.time] = mapped_column(Time)

    room: Mapped[Room] = relationship(back_populates="opening_hours")


class Closure(Base):
    """A span when a room, or a whole site, cannot be booked (renovation, staff holiday)."""

    __tablename__ = "closure"
    __table_args__ = (
        CheckConstraint("site_id IS NOT NULL OR room_id IS NOT NULL", name="site_or_room"),
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
