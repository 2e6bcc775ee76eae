"""What the centre has with one organisation: bookings, fair applications and stalls, tenancies
and printed documents, read-only, newest first (the newest added first among equal times, so both
databases list them alike), for the tabs of the organisation's page.

Other areas fill these tables; this module only reads them, so the tabs show real rows as soon
as those areas (or the demo data) write them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, Select, func, select

from ngo_desktop.database.core import Database
from ngo_desktop.models import (
    ApplicationDay,
    ApplicationStatus,
    Booking,
    BookingStatus,
    ContactPerson,
    Fair,
    FairDay,
    Premises,
    PrintedDocument,
    Room,
    Stall,
    StallAssignment,
    Tenancy,
    VendorApplication,
)

HISTORY_LIMIT = 500  # the newest rows; an organisation with more is rare and the rest is in the audit log


@dataclass(frozen=True)
class BookingLine:
    id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    room: str
    title: str
    status: BookingStatus
    contact: str
    price_cents: int


@dataclass(frozen=True)
class FairLine:
    application_id: int
    fair: str
    day: dt.date
    status: ApplicationStatus
    stall: str
    fee_cents: int


@dataclass(frozen=True)
class TenancyLine:
    id: int
    premises: str
    starts_on: dt.date
    ends_on: dt.date
    activity: str
    ended_early_on: dt.date | None


@dataclass(frozen=True)
class DocumentLine:
    id: int
    created_at: dt.datetime
    kind: str
    title: str
    operator: str


@dataclass(frozen=True)
class HistoryCounts:
    bookings: int
    fair_days: int
    tenancies: int
    documents: int


def history_counts(database: Database, organisation_id: int) -> HistoryCounts:
    with database.read_session() as session:
        def count(statement) -> int:  # type: ignore[no-untyped-def]
            return session.scalar(statement) or 0

        return HistoryCounts(
            bookings=count(select(func.count(Booking.id)).where(Booking.organisation_id == organisation_id)),
            fair_days=count(
                select(func.count(ApplicationDay.id))
                .join(VendorApplication, VendorApplication.id == ApplicationDay.application_id)
                .where(VendorApplication.organisation_id == organisation_id)
            ),
            tenancies=count(select(func.count(Tenancy.id)).where(Tenancy.organisation_id == organisation_id)),
            documents=count(
                select(func.count(PrintedDocument.id)).where(PrintedDocument.organisation_id == organisation_id)
            ),
        )


def bookings_of(database: Database, organisation_id: int) -> list[BookingLine]:
    with database.read_session() as session:
        return _booking_lines(session.execute(_bookings_statement(organisation_id)))


def _bookings_statement(organisation_id: int) -> Select[Any]:
    return (
        select(Booking.id, Booking.starts_at, Booking.ends_at, Room.name.label("room"), Booking.title,
               Booking.status, ContactPerson.name.label("contact"), Booking.price_cents)
        .join(Room, Room.id == Booking.room_id)
        .outerjoin(ContactPerson, ContactPerson.id == Booking.contact_person_id)
        .where(Booking.organisation_id == organisation_id)
        .order_by(Booking.starts_at.desc(), Booking.id.desc())
        .limit(HISTORY_LIMIT)
    )


def _booking_lines(rows: Iterable[Row[Any]]) -> list[BookingLine]:
    return [BookingLine(row.id, row.starts_at, row.ends_at, row.room, row.title, row.status,
                        row.contact or "", row.price_cents) for row in rows]


def fair_days_of(database: Database, organisation_id: int) -> list[FairLine]:
    with database.read_session() as session:
        return _fair_lines(session.execute(_fair_days_statement(organisation_id)))


def _fair_days_statement(organisation_id: int) -> Select[Any]:
    return (
        select(VendorApplication.id, Fair.name, FairDay.day, ApplicationDay.status,
               Stall.number, ApplicationDay.fee_cents)
        .join(ApplicationDay, ApplicationDay.application_id == VendorApplication.id)
        .join(FairDay, FairDay.id == ApplicationDay.fair_day_id)
        .join(Fair, Fair.id == FairDay.fair_id)
        .outerjoin(StallAssignment, StallAssignment.application_day_id == ApplicationDay.id)
        .outerjoin(Stall, Stall.id == StallAssignment.stall_id)
        .where(VendorApplication.organisation_id == organisation_id)
        .order_by(FairDay.day.desc(), ApplicationDay.id.desc())
        .limit(HISTORY_LIMIT)
    )


def _fair_lines(rows: Iterable[Row[Any]]) -> list[FairLine]:
    return [FairLine(row[0], row[1], row[2], row[3], row[4] or "", row[5]) for row in rows]


def _tenancies_statement(organisation_id: int) -> Select[Any]:
    return (
        select(Tenancy.id, Premises.name, Tenancy.starts_on, Tenancy.ends_on, Tenancy.activity,
               Tenancy.ended_early_on)
        .join(Premises, Premises.id == Tenancy.premises_id)
        .where(Tenancy.organisation_id == organisation_id)
        .order_by(Tenancy.starts_on.desc(), Tenancy.id.desc())
        .limit(HISTORY_LIMIT)
    )


def _documents_statement(organisation_id: int) -> Select[Any]:
    return (
        select(PrintedDocument.id, PrintedDocument.created_at, PrintedDocument.kind, PrintedDocument.title,
               PrintedDocument.operator)
        .where(PrintedDocument.organisation_id == organisation_id)
        .order_by(PrintedDocument.created_at.desc(), PrintedDocument.id.desc())
        .limit(HISTORY_LIMIT)
    )


@dataclass(frozen=True)
class History:
    """Everything the centre has with one organisation, as plain rows, newest first."""

    bookings: list[BookingLine]
    fairs: list[FairLine]
    tenancies: list[TenancyLine]
    documents: list[DocumentLine]


def history_statements(organisation_id: int) -> tuple[Select[Any], ...]:
    """The four questions the history asks, independent of each other (the page sends them together
    with its others: ``database.together.read_together``); ``history_from`` reads their answers."""
    return (_bookings_statement(organisation_id), _fair_days_statement(organisation_id),
            _tenancies_statement(organisation_id), _documents_statement(organisation_id))


def history_from(answers: Sequence[Iterable[Row[Any]]]) -> History:
    """The history from the rows of ``history_statements``, in their order."""
    bookings, fairs, tenancies, documents = answers
    return History(_booking_lines(bookings), _fair_lines(fairs), [TenancyLine(*row) for row in tenancies],
                   [DocumentLine(*row) for row in documents])
