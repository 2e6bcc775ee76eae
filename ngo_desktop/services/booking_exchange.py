"""Bookings out of the program: iCalendar (.ics) for calendar programs, CSV and XLSX for spreadsheets.

The .ics carries TZID=Europe/Riga times with the zone's VTIMEZONE, so a calendar program shows
the right local times; UIDs are stable (the booking id and the database's identity), so importing
the file again updates events instead of duplicating them.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event, Timezone

from ngo_desktop.db import Database
from ngo_desktop.i18n import translate
from ngo_desktop.models import BookingStatus
from ngo_desktop.outputs import open_output, write_output
from ngo_desktop.services.booking_queries import bookings_between
from ngo_desktop.services.bookings import BookingView
from ngo_desktop.services.errors import ValidationFailed
from ngo_desktop.timeutil import RIGA, format_date, format_time, to_local

UID_DOMAIN = "ngo-desktop.bookings"
EXPORT_COLUMNS = ("id", "room", "organisation", "title", "date", "start", "end", "attendees", "status",
                  "price_eur", "full_value_eur", "payment", "cancel_reason", "notes")
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
             format_date(to_local(booking.starts_at).date()), format_time(to_local(booking.starts_at)),
             format_time(to_local(booking.ends_at)), booking.attendees, str(booking.status),
             f"{booking.price_cents / 100:.2f}", f"{booking.full_value_cents / 100:.2f}", str(booking.payment_status),
             booking.cancel_reason, booking.notes] for booking in bookings]


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
            writer = csv.writer(handle)
            writer.writerow(EXPORT_COLUMNS)
            writer.writerows(_rows(bookings))
    else:
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(translate("BookingExchange", "Bookings"))
        sheet.append(list(EXPORT_COLUMNS))
        for row in _rows(bookings):
            sheet.append(row)
        write_output(path, workbook.save, force=force)
    return len(bookings)
