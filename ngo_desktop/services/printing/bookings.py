"""The room documents: a booking sheet, a room's door sign and a site's week schedule.

Reads bookings with plain read-only queries (one per document, the week's bookings joined with
their organisation's name) and hands formatted text to the builders of ``ngo_desktop.documents``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import Row, Select, select

from ngo_desktop import models
from ngo_desktop.database.core import Database
from ngo_desktop.errors import NotFound, ValidationFailed
from ngo_desktop.i18n import locale as current_locale
from ngo_desktop.i18n import translate
from ngo_desktop.money import format_cents
from ngo_desktop.schema.bookings import booking_table
from ngo_desktop.schema.enums import BookingStatus, PaymentStatus
from ngo_desktop.schema.organisations import organisation_table
from ngo_desktop.schema.sites import room_table, site_table
from ngo_desktop.services.bookings.rooms import equipment_label
from ngo_desktop.services.bookings.rules import BLOCKING_STATUSES, LOOKBACK
from ngo_desktop.services.centre import get_centre_details
from ngo_desktop.services.printing.common import (
    BuiltDocument,
    DocumentRequest,
    centre_info,
    parse_week,
    printed_stamp,
    week_text,
)
from ngo_desktop.services.printing.days import DayState, holiday_names, room_day_states
from ngo_desktop.services.printing.labels import (
    booking_sheet_labels,
    door_sign_labels,
    week_schedule_labels,
)
from ngo_desktop.timeutil import format_date, format_time, local_day_bounds, to_local, today_local
from ngo_desktop.timeutil import week_start as monday_of
from ngo_desktop.vocabulary import booking_status_label, payment_label, sentence_case

if TYPE_CHECKING:
    from ngo_desktop.database.core import Executor
    from ngo_desktop.models import Room


def weekday_name(day: dt.date) -> str:
    """The weekday where it begins a heading or a table cell: "Otrdiena", "Tuesday"."""
    name = weekday_in_sentence(day)
    return name[:1].upper() + name[1:]


def weekday_in_sentence(day: dt.date) -> str:
    """The weekday inside a sentence or after other words: "…, otrdiena, 01.12.2026" in Latvian (the
    locale's own lower case), "…, Tuesday, 01.12.2026" in English."""
    return current_locale().dayName(day.isoweekday())


# A weekly series in words: Latvian needs the weekday's accusative ("katru otrdienu") and locative
# plural ("otrdienās"), so each weekday is a sentence of its own rather than a name dropped into one.
EVERY_WEEKDAY = (
    QT_TRANSLATE_NOOP("Printing", "Every Monday until {date}"),
    QT_TRANSLATE_NOOP("Printing", "Every Tuesday until {date}"),
    QT_TRANSLATE_NOOP("Printing", "Every Wednesday until {date}"),
    QT_TRANSLATE_NOOP("Printing", "Every Thursday until {date}"),
    QT_TRANSLATE_NOOP("Printing", "Every Friday until {date}"),
    QT_TRANSLATE_NOOP("Printing", "Every Saturday until {date}"),
    QT_TRANSLATE_NOOP("Printing", "Every Sunday until {date}"),
)
EVERY_FEW_WEEKS_ON_WEEKDAY = (
    QT_TRANSLATE_NOOP("Printing", "Every {count} weeks on Mondays until {date}"),
    QT_TRANSLATE_NOOP("Printing", "Every {count} weeks on Tuesdays until {date}"),
    QT_TRANSLATE_NOOP("Printing", "Every {count} weeks on Wednesdays until {date}"),
    QT_TRANSLATE_NOOP("Printing", "Every {count} weeks on Thursdays until {date}"),
    QT_TRANSLATE_NOOP("Printing", "Every {count} weeks on Fridays until {date}"),
    QT_TRANSLATE_NOOP("Printing", "Every {count} weeks on Saturdays until {date}"),
    QT_TRANSLATE_NOOP("Printing", "Every {count} weeks on Sundays until {date}"),
)


def status_text(status: BookingStatus) -> str:
    return sentence_case(booking_status_label(status))


def payment_text(status: PaymentStatus, paid_on: dt.date | None) -> str:
    text = sentence_case(payment_label(status))
    if status == PaymentStatus.PAID and paid_on is not None:
        text += " " + format_date(paid_on)
    return text


def _setup_words(room: Room) -> str:
    """The room's set-up and clean-up time around a booking, in words; "" when it has none."""
    if not (room.setup_minutes or room.cleanup_minutes):
        return ""
    return translate("Printing", "{before} min before, {after} min after").format(
        before=room.setup_minutes, after=room.cleanup_minutes)


def _in_list(word: str) -> str:
    """A word as an item of a list: its first letter in lower case unless the word is an abbreviation."""
    return word if word[:2].isupper() else word[:1].lower() + word[1:]


def _time_span(starts_at: dt.datetime, ends_at: dt.datetime) -> str:
    return f"{format_time(to_local(starts_at))}–{format_time(to_local(ends_at))}"


def _repeat_words(rule_line: str, first_start: dt.datetime, last_day: dt.date) -> str:
    """A series' rule in words; only the frequency matters on paper, the dates are listed anyway."""
    # Only booking sheets of series need dateutil: door signs and week schedules do not load it.
    from dateutil.rrule import rrulestr

    rule = rrulestr(rule_line, dtstart=first_start.replace(tzinfo=None))
    interval = rule._interval  # noqa: SLF001 - dateutil keeps the parsed rule's parts private
    frequency = rule._freq  # noqa: SLF001
    weekday = first_start.weekday()
    until = format_date(last_day)
    if frequency == 3:  # DAILY
        return translate("Printing", "Every day until {date}").format(date=until)
    if frequency == 2 and interval > 1:  # WEEKLY
        return translate("Printing", EVERY_FEW_WEEKS_ON_WEEKDAY[weekday]).format(count=interval, date=until)
    if frequency == 2:
        return translate("Printing", EVERY_WEEKDAY[weekday]).format(date=until)
    if frequency == 1:  # MONTHLY
        return translate("Printing", "Every month until {date}").format(date=until)
    return translate("Printing", "Repeats until {date}").format(date=until)


def booking_sheet(database: Database, request: DocumentRequest, now: dt.datetime | None) -> BuiltDocument:
    from ngo_desktop.documents.booking_sheet import build_booking_sheet
    from ngo_desktop.documents.data import BookingSheetData, Occurrence

    if request.booking_id is None:
        raise ValidationFailed({"booking": translate("Printing", "Choose the booking to print.")})
    details = get_centre_details(database)
    with database.read_session() as session:
        booking = session.get(models.Booking, request.booking_id)
        if booking is None:
            raise NotFound(translate("Printing", "There is no booking with ID {number}.").format(
                number=request.booking_id))
        bookings = list(booking.series.bookings) if booking.series is not None else [booking]
        organisation = booking.organisation
        contact = booking.contact_person
        if contact is None and organisation is not None:
            contact = next((person for person in organisation.contacts if person.is_main), None)
        room, site = booking.room, booking.room.site
        occurrences = tuple(
            Occurrence(date=format_date(to_local(item.starts_at).date()), time=_time_span(item.starts_at, item.ends_at),
                       weekday=weekday_name(to_local(item.starts_at).date()),
                       note=item.cancel_reason if item.status == BookingStatus.CANCELLED else "",
                       cancelled=item.status == BookingStatus.CANCELLED)
            for item in bookings)
        active = [item for item in bookings if item.status != BookingStatus.CANCELLED] or [booking]
        full_value = sum(item.full_value_cents for item in active)
        price = sum(item.price_cents for item in active)
        reduction = ""
        if full_value > price:
            reduction = "−" + format_cents(full_value - price)
            if booking.reduction_note:
                reduction += f" ({booking.reduction_note})"
        repeat_rule = ""
        if booking.series is not None:
            repeat_rule = _repeat_words(booking.series.rrule, to_local(bookings[0].starts_at),
                                        to_local(bookings[-1].starts_at).date())
        data = BookingSheetData(
            centre=centre_info(database, details), printed=printed_stamp(now), reference=str(booking.id),
            organisation=organisation.name if organisation else translate("Printing", "(no organisation)"),
            registration_number=(organisation.registration_number or "") if organisation else "",
            contact_person=contact.name if contact else "",
            contact_phone=(contact.phone if contact else "") or (organisation.phone if organisation else ""),
            contact_email=(contact.email if contact else "") or (organisation.email if organisation else ""),
            title=booking.title, purpose=booking.purpose, site=site.name, site_address=site.address,
            room=room.name, occurrences=occurrences, repeat_rule=repeat_rule,
            attendees=str(booking.attendees) if booking.attendees else "",
            # Listed after a label, so in lower case ("klavieres, skaņas iekārta"), as a list in a sentence.
            equipment=tuple(_in_list(equipment_label(code)) for code in booking.equipment_requested or ()),
            status=status_text(booking.status), status_code=booking.status.value, setup=_setup_words(room),
            full_value=format_cents(full_value), reduction=reduction,
            price=format_cents(price), payment_status=payment_text(booking.payment_status, booking.paid_on),
            house_rules=details.house_rules, centre_signatory=request.signatory.strip(),
            labels=booking_sheet_labels())
        organisation_id = booking.organisation_id
        title = translate("Printing", "Booking sheet No. {number}: {organisation}, {room}").format(
            number=booking.id, organisation=data.organisation, room=room.name)
    pdf = build_booking_sheet(data, paper=request.paper, landscape=bool(request.landscape))  # type: ignore[arg-type]
    return BuiltDocument(pdf, title, f"rezervacija-{booking.id}.pdf", organisation_id)


def _requested_days(request: DocumentRequest) -> tuple[dt.date, int]:
    """The first day and the number of days: a week when ``week`` is given, else the one ``day``."""
    if request.week:
        return parse_week(request.week), 7
    return request.day or today_local(), 1


# The door sign and the week schedule read with the schema's tables on a connection: their
# processes never import SQLAlchemy's ORM (docs/architecture.md, "A command started this way").


def _active_bookings(session: Executor, room_ids: list[int], first: dt.date, days: int) -> list[Row[Any]]:
    start, _ = local_day_bounds(first)
    _, end = local_day_bounds(first + dt.timedelta(days=days - 1))
    booking = booking_table.c
    statement = (select(booking.room_id, booking.starts_at, booking.ends_at, booking.title, booking.status,
                        organisation_table.c.name)
                 .outerjoin(organisation_table, organisation_table.c.id == booking.organisation_id)
                 # "+ 0" keeps SQLite off the room index: it otherwise walks every booking the
                 # rooms ever had (a 22-room week read 110,000 rows, 0.3 s) instead of the few
                 # weeks of the start-time index.
                 .where((booking.room_id + 0).in_(room_ids), booking.starts_at >= start - LOOKBACK,
                        booking.starts_at < end, booking.ends_at > start, booking.status.in_(BLOCKING_STATUSES))
                 .order_by(booking.starts_at, booking.id))
    return session.execute(statement).all()


def door_sign(database: Database, request: DocumentRequest, now: dt.datetime | None) -> BuiltDocument:
    from ngo_desktop.documents.data import DoorSignData, SignBooking, SignDay
    from ngo_desktop.documents.door_sign import build_door_sign

    if request.room_id is None:
        raise ValidationFailed({"room": translate("Printing", "Choose the room whose door sign to print.")})
    first, days = _requested_days(request)
    if days == 7:
        first = monday_of(first)
    with database.read_connection() as session:
        # The room's and its site's names in one statement (each statement costs its compiling in a
        # fresh process: the command line's door sign, issue #16).
        room = session.execute(select(room_table.c.id, room_table.c.name, site_table.c.name.label("site_name"))
                               .join(site_table, site_table.c.id == room_table.c.site_id)
                               .where(room_table.c.id == request.room_id)).one_or_none()
        if room is None:
            raise NotFound(translate("Printing", "There is no room with ID {number}.").format(number=request.room_id))
        room_name, site_name = room.name, room.site_name
        by_day: dict[dt.date, list[tuple[dt.datetime, SignBooking]]] = {}
        for _room_id, starts_at, ends_at, title, status, organisation in _active_bookings(
                session, [room.id], first, days):
            day = to_local(starts_at).date()
            by_day.setdefault(day, []).append((starts_at, SignBooking(
                _time_span(starts_at, ends_at), title or organisation or "", organisation or "",
                provisional=status == BookingStatus.PROVISIONAL)))
        states = room_day_states(session, [room.id], first, days)
    for (_room_id, day), state in states.items():
        by_day.setdefault(day, []).extend(
            (part.starts_at, SignBooking(part.time, part.text, closure=True)) for part in state.part_closures)
    all_days = [first + dt.timedelta(days=offset) for offset in range(days)]
    sign_days = tuple(
        SignDay(f"{weekday_name(day)} {day:%d.%m.}" if days > 1 else "",
                tuple(booking for _start, booking in sorted(by_day.get(day, ()), key=lambda item: item[0])),
                closed=states.get((room.id, day), DayState()).closed)
        for day in all_days)
    if days == 1:
        period = f"{weekday_name(first)}, {format_date(first)}"
        period_in_title = f"{weekday_in_sentence(first)}, {format_date(first)}"
    else:
        period = translate("Printing", "Week {number}, {first}–{last}").format(
            number=first.isocalendar()[1], first=f"{first:%d.%m.}", last=format_date(all_days[-1]))
        period_in_title = period
    details = get_centre_details(database)
    qr_text, qr_caption = "", ""
    if details.phone:
        qr_text, qr_caption = "tel:" + "".join(details.phone.split()), details.phone
    elif details.website:
        qr_text, qr_caption = details.website, details.website
    data = DoorSignData(centre=centre_info(database, details), printed=printed_stamp(now), room=room_name, site=site_name,
                        period=period, days=sign_days, qr_text=qr_text, qr_caption=qr_caption,
                        labels=door_sign_labels())
    pdf = build_door_sign(data, paper=request.paper, landscape=bool(request.landscape))  # type: ignore[arg-type]
    title = translate("Printing", "Door sign: {room}, {period}").format(room=room_name, period=period_in_title)
    suffix = week_text(first) if days == 7 else first.isoformat()
    return BuiltDocument(pdf, title, f"durvju-zime-{room.id}-{suffix}.pdf")


def week_schedule(database: Database, request: DocumentRequest, now: dt.datetime | None) -> BuiltDocument:
    from ngo_desktop.documents.data import ScheduleEntry, ScheduleRoom, WeekScheduleData
    from ngo_desktop.documents.week_schedule import build_week_schedule
    from ngo_desktop.sorting import sorted_latvian, without_legal_form

    if request.site_id is None:
        raise ValidationFailed({"site": translate("Printing", "Choose the site whose week to print.")})
    first, _days = _requested_days(request)
    monday = monday_of(first)
    with database.read_connection() as session:
        site_name = session.scalar(select(site_table.c.name).where(site_table.c.id == request.site_id))
        if site_name is None:
            raise NotFound(translate("Printing", "There is no site with ID {number}.").format(number=request.site_id))
        rooms = sorted_latvian(list(session.execute(
            select(room_table.c.id, room_table.c.name, room_table.c.capacity)
            .where(room_table.c.site_id == request.site_id, room_table.c.archived.is_(False)))),
            key=lambda row: row.name)
        grid: dict[int, list[list[tuple[dt.datetime, ScheduleEntry]]]] = {
            row.id: [[] for _ in range(7)] for row in rooms}
        rows = _active_bookings(session, list(grid), monday, 7) if grid else []
        states = room_day_states(session, list(grid), monday, 7)
    for room_id, starts_at, ends_at, title, status, organisation in rows:
        offset = (to_local(starts_at).date() - monday).days
        if 0 <= offset < 7:
            # The legal form is dropped on the crowded grid: "Teātra studija Saulespuķe", not
            # "biedrība „Teātra studija Saulespuķe”".
            name = without_legal_form(organisation or "")
            grid[room_id][offset].append((starts_at, ScheduleEntry(
                _time_span(starts_at, ends_at), title or name, name,
                provisional=status == BookingStatus.PROVISIONAL)))
    for (room_id, day), state in states.items():
        grid[room_id][(day - monday).days].extend(
            (part.starts_at, ScheduleEntry(part.time, part.text, closure=True)) for part in state.part_closures)
    schedule_rooms = tuple(
        ScheduleRoom(row.name,
                     tuple(tuple(entry for _start, entry in sorted(day, key=lambda item: item[0]))
                           for day in grid[row.id]),
                     translate("Printing", "{count} seats").format(count=row.capacity) if row.capacity else "",
                     closed=tuple(states.get((row.id, monday + dt.timedelta(days=offset)), DayState()).closed
                                  for offset in range(7)))
        for row in rooms)
    days = [monday + dt.timedelta(days=offset) for offset in range(7)]
    week = translate("Printing", "Week {number}, {first}–{last}").format(
        number=monday.isocalendar()[1], first=f"{monday:%d.%m.}", last=format_date(days[-1]))
    holidays = holiday_names(monday, 7)
    data = WeekScheduleData(centre=centre_info(database), printed=printed_stamp(now), site=site_name, week=week,
                            day_headings=tuple(f"{weekday_name(day)} {day:%d.%m.}" for day in days),
                            day_notes=tuple(holidays.get(day, "") for day in days),
                            rooms=schedule_rooms, labels=week_schedule_labels())
    landscape = True if request.landscape is None else request.landscape
    pdf = build_week_schedule(data, paper=request.paper, landscape=landscape)  # type: ignore[arg-type]
    title = translate("Printing", "Week schedule: {site}, {week}").format(site=site_name, week=week)
    return BuiltDocument(pdf, title, f"grafiks-{week_text(monday)}.pdf")


def booking_choices_statement(around: dt.date, days: int = 60) -> Select[Any]:
    """Bookings from ``around`` on, for the Documents section's picker (services/printing/choices.py);
    ``booking_choice_lines`` words their rows."""
    start, _ = local_day_bounds(around)
    _, end = local_day_bounds(around + dt.timedelta(days=days))
    booking = booking_table.c
    return (select(booking.id, booking.starts_at, booking.title, room_table.c.name, organisation_table.c.name)
            .join(room_table, room_table.c.id == booking.room_id)
            .outerjoin(organisation_table, organisation_table.c.id == booking.organisation_id)
            .where(booking.starts_at >= start, booking.starts_at < end, booking.status != BookingStatus.CANCELLED)
            .order_by(booking.starts_at, booking.id).limit(500))


def booking_choice_lines(rows: Iterable[Row[Any]]) -> list[tuple[int, str]]:
    nobody = translate("Printing", "(no organisation)")
    return [(booking_id, f"{format_date(to_local(starts_at).date())} {format_time(to_local(starts_at))} — "
                         f"{room_name} — {organisation or nobody}{': ' + title if title else ''}")
            for booking_id, starts_at, title, room_name, organisation in rows]

