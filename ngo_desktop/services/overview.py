"""How much each section holds, for empty states and section headers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from ngo_desktop.db import Database
from ngo_desktop.models import (
    Booking,
    BookingStatus,
    Fair,
    Organisation,
    Premises,
    PrintedDocument,
    Room,
    Tenancy,
)


@dataclass(frozen=True)
class Overview:
    rooms: int
    upcoming_bookings: int
    organisations: int
    archived_organisations: int
    fairs: int
    premises: int
    tenancies: int
    printed_documents: int


def overview(database: Database, now: dt.datetime | None = None) -> Overview:
    moment = now or dt.datetime.now(dt.UTC)

    def count(statement) -> int:  # type: ignore[no-untyped-def]
        return session.scalar(statement) or 0

    with database.read_session() as session:
        return Overview(
            rooms=count(select(func.count()).select_from(Room).where(Room.archived.is_(False))),
            upcoming_bookings=count(
                select(func.count()).select_from(Booking).where(
                    Booking.starts_at >= moment, Booking.status != BookingStatus.CANCELLED
                )
            ),
            organisations=count(
                select(func.count()).select_from(Organisation).where(Organisation.archived.is_(False))
            ),
            archived_organisations=count(
                select(func.count()).select_from(Organisation).where(Organisation.archived.is_(True))
            ),
            fairs=count(select(func.count()).select_from(Fair).where(Fair.archived.is_(False))),
            premises=count(select(func.count()).select_from(Premises).where(Premises.archived.is_(False))),
            tenancies=count(select(func.count()).select_from(Tenancy)),
            printed_documents=count(select(func.count()).select_from(PrintedDocument)),
        )
