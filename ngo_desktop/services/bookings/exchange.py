"""Bookings out of the program: iCalendar (.ics) for calendar programs, CSV and XLSX for spreadsheets.

The .ics carries TZID=Europe/Riga times with the zone's VTIMEZONE, so a calendar program shows
the right local times; UIDs are stable (the booking id and the database's identity), so importing
the file again updates events instead of duplicating them.

The spreadsheets follow ``spreadsheet``'s rules: headers in the program's language, statuses in
the words the window shows, dates, times and euros as Latvian Excel reads them, formulas
neutralised. ``import bookings`` reads the same headers (in either language) and words back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event, Timezone
from PySide6.QtCore import QT_TRANSLATE_NOOP

from ngo_desktop.database.core import Database
from ngo_desktop.errors import ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.models import BookingStatus
from ngo_desktop.outputs import open_output, output_path, write_output
from ngo_desktop.services.bookings.booking import BookingView
from ngo_desktop.services.bookings.queries import bookings_between
from ngo_desktop.services.spreadsheet import (
    Column,
    Money,
    csv_row,
    csv_writer,
    xlsx_table,
)
from ngo_desktop.timeutil import RIGA, to_local
from ngo_desktop.vocabulary import booking_status_label, payment_label

UID_DOMAIN = "ngo-desktop.bookings"
CONTEXT = "BookingExchange"
# Key (the header earlier versions wrote, still read) -> English title, translated when written.
EXPORT_COLUMNS = {
    "id": QT_TRANSLATE_NOOP("BookingExchange", "Booking number"),
    "room": QT_TRANSLATE_NOOP("BookingExchange", "Room"),
    "organisation": QT_TRANSLATE_NOOP("BookingExchange", "Organisation"),
    "title": QT_TRANSLATE_NOOP("BookingExchange", "Title"),
    "date": QT_TRANSLATE_NOOP("BookingExchange", "Date"),
    "start": QT_TRANSLATE_NOOP("BookingExchange", "Start"),
    "end": QT_TRANSLATE_NOOP("BookingExchange", "End"),
    "attendees": QT_TRANSLATE_NOOP("BookingExchange", "Attendees"),
    "status": QT_TRANSLATE_NOOP("BookingExchange", "Status"),
    "price_eur": QT_TRANSLATE_NOOP("BookingExchange", "Price"),
    "full_value_eur": QT_TRANSLATE_NOOP("BookingExchange", "Full value"),
    "payment": QT_TRANSLATE_NOOP("BookingExchange", "Payment"),
    "cancel_reason": QT_TRANSLATE_NOOP("BookingExchange", "Reason for cancelling"),
    "notes": QT_TRANSLATE_NOOP("BookingExchange", "Notes"),
}
_WIDTHS = {"id": 10, "room": 22, "organisation": 36, "title": 30, "date": 12, "start": 8, "end": 8,
           "attendees": 10, "status": 14, "price_eur": 12, "full_value_eur": 12, "payment": 14,
           "cancel_reason": 30, "notes": 40}
_ICS_STATUS = {BookingStatus.ENQUIRY: "TENTATIVE", BookingStatus.PROVISIONAL: "TENTATIVE",
               BookingStatus.CONFIRMED: "CONFIRMED", BookingStatus.CANCELLED: "CANCELLED"}


def select_bookings(database: Database, *, start: dt.datetime, end: dt.datetime, room_id: int | None = None,
                    organisation_id: int | None = None) -> list[BookingView]:
    return bookings_between(database, start, end, room_ids=[room_id] if room_id else None,
                            organisation_id=organisation_id)


def to_ics(bookings: list[BookingView], *, calendar_name: str = "") -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//ngo_desktop//bookings//LV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if calendar_name:
        calendar.add("x-wr-calname", calendar_name)
    if bookings:
        first = min(booking.starts_at for booking in bookings)
        last = max(booking.ends_at for booking in bookings)
        calendar.add_component(Timezone.from_tzinfo(RIGA, tzid="Europe/Riga", first_date=first.date().replace(month=1, day=1),
                                                    last_date=last.date().replace(month=12, day=31)))
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for booking in bookings:
        event = Event()
        event.add("uid", f"booking-{booking.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", to_local(booking.starts_at).replace(microsecond=0))
        event.add("dtend", to_local(booking.ends_at).replace(microsecond=0))
        event.add("summary", " — ".join(part for part in (booking.title, booking.organisation_name) if part))
        event.add("location", booking.room_name)
        event.add("status", _ICS_STATUS[booking.status])
        event.add("sequence", booking.version)
        description = [booking.purpose, booking.notes, booking.cancel_reason]
        event.add("description", "\n".join(part for part in description if part))
        calendar.add_component(event)
    return calendar.to_ical()


def _rows(bookings: list[BookingView]) -> list[list[object]]:
    return [[booking.id, booking.room_name, booking.organisation_name, booking.title,
             to_local(booking.starts_at).date(), to_local(booking.starts_at).time().replace(second=0, microsecond=0),
             to_local(booking.ends_at).time().replace(second=0, microsecond=0), booking.attendees,
             booking_status_label(booking.status), Money(booking.price_cents), Money(booking.full_value_cents),
             payment_label(booking.payment_status) if booking.payment_status else "",
             booking.cancel_reason, booking.notes] for booking in bookings]


def _columns() -> list[Column]:
    return [Column(translate(CONTEXT, title), _WIDTHS[key]) for key, title in EXPORT_COLUMNS.items()]


def export_bookings(database: Database, path: Path, *, start: dt.datetime, end: dt.datetime,
                    room_id: int | None = None, organisation_id: int | None = None, force: bool = False) -> int:
    """Write the bookings overlapping [start, end) to ``path`` (.ics, .csv or .xlsx); returns how many."""
    suffix = path.suffix.lower()
    if suffix not in (".ics", ".csv", ".xlsx"):
        raise ValidationFailed({"file": translate(
            "BookingExchange", "Export to a file ending in .ics, .csv or .xlsx.")})
    bookings = select_bookings(database, start=start, end=end, room_id=room_id, organisation_id=organisation_id)
    if suffix == ".ics":
        write_output(path, to_ics(bookings, calendar_name=translate("BookingExchange", "Bookings")), force=force)
    elif suffix == ".csv":
        with open_output(path, force=force, newline="", encoding="utf-8-sig") as handle:
            writer = csv_writer(handle)
            writer.writerow(csv_row(column.title for column in _columns()))
            writer.writerows(csv_row(row) for row in _rows(bookings))
    else:
        with output_path(path, force=force) as temporary, \
                xlsx_table(temporary, translate("BookingExchange", "Bookings"), _columns()) as table:
            for row in _rows(bookings):
                table.append(row)
    return len(bookings)
