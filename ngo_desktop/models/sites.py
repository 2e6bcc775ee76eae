"""Sites (branches), their rooms with opening hours, and closures."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Mapped, relationship

from ngo_desktop.models.base import Base
from ngo_desktop.schema.sites import closure_table, opening_hours_table, room_table, site_table


class Site(Base):
    __table__ = site_table

    id: Mapped[int]
    name: Mapped[str]
    address: Mapped[str]
    phone: Mapped[str]
    notes: Mapped[str]
    archived: Mapped[bool]
    created_at: Mapped[dt.datetime]

    rooms: Mapped[list[Room]] = relationship(back_populates="site", order_by="Room.name")


class Room(Base):
    """A room or hall that can be booked.

    Tariffs are in euro cents; ``member_discount_percent`` 100 means free for member NGOs.
    ``equipment`` is a list of equipment codes (see services for the known ones).
    """

    __table__ = room_table

    id: Mapped[int]
    site_id: Mapped[int]
    name: Mapped[str]
    capacity: Mapped[int]
    area_m2: Mapped[float | None]
    equipment: Mapped[list[str]]
    setup_minutes: Mapped[int]
    cleanup_minutes: Mapped[int]
    hourly_rate_cents: Mapped[int]
    half_day_rate_cents: Mapped[int]
    full_day_rate_cents: Mapped[int]
    member_discount_percent: Mapped[int]
    colour: Mapped[str]
    notes: Mapped[str]
    archived: Mapped[bool]
    version: Mapped[int]

    site: Mapped[Site] = relationship(back_populates="rooms")
    opening_hours: Mapped[list[OpeningHours]] = relationship(
        back_populates="room", cascade="all, delete-orphan", order_by="OpeningHours.weekday"
    )

    __mapper_args__ = {"version_id_col": room_table.c.version}


class OpeningHours(Base):
    """When a room may be used on one weekday (0 Monday … 6 Sunday), Europe/Riga wall-clock time.

    A weekday without a row means the room is closed that day.
    """

    __table__ = opening_hours_table

    id: Mapped[int]
    room_id: Mapped[int]
    weekday: Mapped[int]
    opens: Mapped[dt.time]
    closes: Mapped[dt.time]

    room: Mapped[Room] = relationship(back_populates="opening_hours")


class Closure(Base):
    """A span when a room, or a whole site, cannot be booked (renovation, staff holiday)."""

    __table__ = closure_table

    id: Mapped[int]
    site_id: Mapped[int | None]
    room_id: Mapped[int | None]
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    reason: Mapped[str]
    created_at: Mapped[dt.datetime]
