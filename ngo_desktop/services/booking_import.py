"""Importing rooms and bookings from CSV or XLSX, for a centre moving off a spreadsheet diary.

All or nothing: every row is checked (bookings with the same rules as the window, clashes with
rows earlier in the same file included) and either all rows are saved in one transaction or none,
with every problem listed by row number. Column names are in docs/bookings.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ngo_desktop.db import Database
from ngo_desktop.i18n import translate
from ngo_desktop.models import AuditAction, Booking, BookingStatus, Organisation, Room, Site
from ngo_desktop.money import parse_euros
from ngo_desktop.services import audit
from ngo_desktop.services.booking_rules import Span, check_spans, unresolved
from ngo_desktop.services.bookings import BookingDraft, _write
from ngo_desktop.services.errors import ValidationFailed
from ngo_desktop.services.rooms import RoomInput, _create_room_in, room_info
from ngo_desktop.sorting import organisation_match_key
from ngo_desktop.timeutil import now_utc, to_utc

Report = Callable[[int, int], None]
_ALIASES = {
    "telpa": "room", "zāle": "room", "vieta": "site", "filiāle": "site", "ietilpība": "capacity",
    "aprīkojums": "equipment", "organizācija": "organisation", "organization": "organisation",
    "nosaukums": "title", "datums": "date", "sākums": "start", "no": "start", "beigas": "end", "līdz": "end",
    "dalībnieki": "attendees", "statuss": "status", "piezīmes": "notes",
}
_HOURS = re.compile(r"^\s*(\d)(?:\s*-\s*(\d))?\s+(\d{1,2}[:.]\d{2})\s*-\s*(\d{1,2}[:.]\d{2})\s*$")


@dataclass(frozen=True)
class ImportResult:
    created: int


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a .csv (comma or semicolon) or .xlsx file as {column: text}, column names normalised."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True, data_only=True)
        rows = [["" if cell is None else _cell_text(cell) for cell in row]
                for row in workbook.worksheets[0].iter_rows(values_only=True)]
        workbook.close()
    elif suffix == ".csv":
        text = path.read_text(encoding="utf-8-sig")
        dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;\t")
        rows = list(csv.reader(text.splitlines(), dialect))
    else:
        raise ValidationFailed({"file": translate("BookingImport", "Import a file ending in .csv or .xlsx.")})
    if not rows:
        raise ValidationFailed({"file": translate("BookingImport", "The file is empty.")})
    header = [_ALIASES.get(name.strip().casefold(), name.strip().casefold()) for name in rows[0]]
    return [dict(zip(header, (value.strip() for value in row), strict=False))
            for row in rows[1:] if any(value.strip() for value in row)]


def _cell_text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != dt.time(0) else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _require(row: dict[str, str], columns: tuple[str, ...]) -> None:
    missing = [column for column in columns if column not in row]
    if missing:
        raise ValidationFailed({"columns": translate("BookingImport", "The file has no column {columns}.").format(
            columns=", ".join(missing))})


def _fail_if_problems(problems: list[str]) -> None:
    if problems:
        raise ValidationFailed({f"row{index}": problem for index, problem in enumerate(problems)})


def _parse_time(text: str) -> dt.time:
    return dt.datetime.strptime(text.replace(".", ":"), "%H:%M").time()


def _parse_date(text: str) -> dt.date:
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.split(" ")[0], pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_opening_hours(text: str) -> dict[int, tuple[dt.time, dt.time]] | None:
    """'1-5 08:00-22:00; 6 10:00-16:00' (1 is Monday) as {weekday: (opens, closes)}; empty means default."""
    if not text.strip():
        return None
    hours: dict[int, tuple[dt.time, dt.time]] = {}
    for part in text.split(";"):
        match = _HOURS.match(part)
        if match is None:
            raise ValueError(part)
        first, last, opens, closes = match.groups()
        for weekday in range(int(first), int(last or first) + 1):
            hours[weekday - 1] = (_parse_time(opens), _parse_time(closes))
    return hours


def _cents(text: str) -> int:
    if not text:
        return 0
    cents = parse_euros(text)
    if cents is None:
        raise ValueError(text)
    return cents


def import_rooms(database: Database, path: Path, *, report: Report | None = None) -> ImportResult:
    rows = read_table(path)
    if rows:
        _require(rows[0], ("site", "room"))
    problems: list[str] = []
    with database.unit_of_work() as session:
        for number, row in enumerate(rows, start=2):
            if report:
                report(number - 1, len(rows))
            try:
                site_name = row.get("site", "")
                site = session.scalar(select(Site).where(Site.name == site_name))
                if site is None and site_name:
                    site = Site(name=site_name)
                    session.add(site)
                    session.flush()
                    audit.record(session, operator=database.operator, action=AuditAction.IMPORT, entity="site",
                                 entity_id=site.id, summary=site_name, after=audit.snapshot(site))
                equipment = tuple(code.strip() for code in re.split(r"[,;]", row.get("equipment", "")) if code.strip())
                values = RoomInput(
                    site_id=site.id if site else 0, name=row.get("room", ""),
                    capacity=int(row.get("capacity") or 0), equipment=equipment,
                    setup_minutes=int(row.get("setup_minutes") or 0),
                    cleanup_minutes=int(row.get("cleanup_minutes") or 0),
                    hourly_rate_cents=_cents(row.get("hourly_eur", "")),
                    half_day_rate_cents=_cents(row.get("half_day_eur", "")),
                    full_day_rate_cents=_cents(row.get("full_day_eur", "")),
                    member_discount_percent=int(row.get("member_discount_percent") or 100),
                    opening_hours=parse_opening_hours(row.get("opening_hours", "")), notes=row.get("notes", ""))
                _create_room_in(session, database.operator, values)
            except ValueError as error:
                problems.append(translate("BookingImport", "Row {row}: {value} is not a valid value.").format(
                    row=number, value=str(error).split(":")[-1].strip()))
            except ValidationFailed as error:
                problems.append(translate("BookingImport", "Row {row}: {problem}").format(
                    row=number, problem=" ".join(error.problems.values())))
        _fail_if_problems(problems)
    return ImportResult(len(rows))


def _room_by_name(session, name: str) -> Room | None:  # type: ignore[no-untyped-def]
    if name.isdigit():
        room = session.get(Room, int(name))
        if room is not None:
            return room
    rooms = session.scalars(select(Room).where(func.lower(Room.name) == name.casefold(),
                                               Room.archived.is_(False))).all()
    return rooms[0] if len(rooms) == 1 else None


def import_bookings(database: Database, path: Path, *, override_reason: str = "", now: dt.datetime | None = None,
                    report: Report | None = None) -> ImportResult:
    """Every row checked against the rules, rows before it in the file included; all saved or none."""
    rows = read_table(path)
    if rows:
        _require(rows[0], ("room", "date", "start", "end"))
    problems: list[str] = []
    moment = now or now_utc()
    with database.unit_of_work() as session:
        for number, row in enumerate(rows, start=2):
            if report:
                report(number - 1, len(rows))
            room = _room_by_name(session, row.get("room", ""))
            if room is None:
                problems.append(translate("BookingImport", "Row {row}: no room is named {room}.").format(
                    row=number, room=row.get("room", "")))
                continue
            organisation = None
            if row.get("organisation"):
                organisation = session.scalar(select(Organisation).where(
                    Organisation.match_key == organisation_match_key(row["organisation"])).limit(1))
                if organisation is None:
                    problems.append(translate("BookingImport", "Row {row}: no organisation is named {name}.").format(
                        row=number, name=row["organisation"]))
                    continue
            try:
                day = _parse_date(row["date"])
                starts = dt.datetime.combine(day, _parse_time(row["start"]))
                ends = dt.datetime.combine(day, _parse_time(row["end"]))
                status = BookingStatus(row.get("status") or BookingStatus.CONFIRMED)
                if status == BookingStatus.CANCELLED:
                    raise ValueError(status)
                attendees = int(row.get("attendees") or 0)
            except ValueError:
                problems.append(translate(
                    "BookingImport", "Row {row}: give the date as DD.MM.YYYY, times as HH:MM and a known status.").format(
                    row=number))
                continue
            info = room_info(room)
            draft = BookingDraft(room_id=room.id, starts=starts, ends=ends,
                                 organisation_id=organisation.id if organisation else None,
                                 title=row.get("title", "") or (organisation.name if organisation else ""),
                                 attendees=attendees, status=status, notes=row.get("notes", ""),
                                 override_reason=row.get("override_reason", "") or override_reason)
            [found] = check_spans(session, info, [Span(to_utc(starts), to_utc(ends))], attendees=attendees, now=moment)
            refusing = unresolved(found, draft.override_reason)
            if refusing:
                problems.append(translate("BookingImport", "Row {row}: {problem}").format(
                    row=number, problem=" ".join(problem.message for problem in refusing)))
                continue
            booking = Booking(created_by=database.operator, payment_status=None)
            _write(booking, draft, info, organisation, to_utc(starts), to_utc(ends))
            session.add(booking)
            session.flush()
            audit.record(session, operator=database.operator, action=AuditAction.IMPORT, entity="booking",
                         entity_id=booking.id, summary=path.name, after=audit.snapshot(booking),
                         organisation_id=booking.organisation_id, room_id=booking.room_id)
        _fail_if_problems(problems)
    return ImportResult(len(rows))
