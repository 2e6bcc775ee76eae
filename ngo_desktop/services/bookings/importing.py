"""Importing rooms and bookings from CSV or XLSX, for a centre moving off a spreadsheet diary.

All or nothing: every row is checked (bookings with the same rules as the window, clashes with
rows earlier in the same file included; every value against the database's limits, the same on
SQLite and PostgreSQL) and either all rows are saved in one transaction or none, with every
problem listed by its spreadsheet row and column. The file is read by the shared ``spreadsheet``
reader, so encodings, damaged files and size limits are handled as for organisations. Headers
are recognised in Latvian and English, as the bookings export writes them or by their short
names; they are listed in docs/bookings.md.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func, select

from ngo_desktop.database.core import Database
from ngo_desktop.errors import ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.models import AuditAction, Booking, BookingStatus, Organisation, Room, Site
from ngo_desktop.money import parse_euros
from ngo_desktop.services import audit
from ngo_desktop.services.bookings.booking import BookingDraft, _write
from ngo_desktop.services.bookings.exchange import EXPORT_COLUMNS
from ngo_desktop.services.bookings.rooms import RoomInput, _create_room_in, room_info
from ngo_desktop.services.bookings.rules import Span, check_spans, unresolved
from ngo_desktop.services.spreadsheet import CellProblem, Sheet, both_languages, fold, read_sheet
from ngo_desktop.sorting import organisation_match_key
from ngo_desktop.timeutil import now_utc, to_utc
from ngo_desktop.validation import database_limit_problems
from ngo_desktop.vocabulary import context_of, source_word

Report = Callable[[int, int], None]
CONTEXT = "BookingImport"
ROOM_COLUMNS = {
    "site": QT_TRANSLATE_NOOP("BookingImport", "Site"),
    "room": QT_TRANSLATE_NOOP("BookingImport", "Room"),
    "capacity": QT_TRANSLATE_NOOP("BookingImport", "Capacity"),
    "equipment": QT_TRANSLATE_NOOP("BookingImport", "Equipment"),
    "setup_minutes": QT_TRANSLATE_NOOP("BookingImport", "Setup minutes"),
    "cleanup_minutes": QT_TRANSLATE_NOOP("BookingImport", "Cleanup minutes"),
    "hourly_eur": QT_TRANSLATE_NOOP("BookingImport", "Hourly rate"),
    "half_day_eur": QT_TRANSLATE_NOOP("BookingImport", "Half-day rate"),
    "full_day_eur": QT_TRANSLATE_NOOP("BookingImport", "Full-day rate"),
    "member_discount_percent": QT_TRANSLATE_NOOP("BookingImport", "Member discount %"),
    "opening_hours": QT_TRANSLATE_NOOP("BookingImport", "Opening hours"),
    "notes": QT_TRANSLATE_NOOP("BookingImport", "Notes"),
    "override_reason": QT_TRANSLATE_NOOP("BookingImport", "Reason for the exception"),
}
# Short Latvian headers a hand-made diary is likely to have.
_ALIASES = {
    "telpa": "room", "zāle": "room", "vieta": "site", "filiāle": "site", "ietilpība": "capacity",
    "aprīkojums": "equipment", "organizācija": "organisation", "organization": "organisation",
    "nosaukums": "title", "datums": "date", "sākums": "start", "no": "start", "beigas": "end", "līdz": "end",
    "dalībnieki": "attendees", "statuss": "status", "piezīmes": "notes",
    # Headers of exports before issue #19 renamed them, so older files read as they did.
    "rezervācijas numurs": "id", "apmaksa": "payment",
}
_HOURS = re.compile(r"^\s*(\d)(?:\s*-\s*(\d))?\s+(\d{1,2}[:.]\d{2})\s*-\s*(\d{1,2}[:.]\d{2})\s*$")


@dataclass(frozen=True)
class ImportResult:
    created: int


class RowsRefused(ValidationFailed):
    """Rows of the file have problems; nothing was imported. ``row_problems`` lists them in order."""

    def __init__(self, problems: list[CellProblem]) -> None:
        self.row_problems = problems
        super().__init__({f"row{index}": problem.describe() for index, problem in enumerate(problems)})


@dataclass(frozen=True)
class _Table:
    sheet: Sheet
    keys: list[str | None]  # the column key of each of the file's columns

    def rows(self) -> list[tuple[int, dict[str, str]]]:
        """(spreadsheet row number, {key: text}) of every data row."""
        return [(number, {key: _cell_text(value) for key, value in zip(self.keys, cells, strict=False)
                          if key is not None})
                for number, cells in zip(self.sheet.row_numbers, self.sheet.rows, strict=True)]

    def header(self, key: str) -> str:
        return self.sheet.headers[self.keys.index(key)] if key in self.keys else key


def _known_headers() -> dict[str, str]:
    known: dict[str, str] = {}
    for columns, context in ((EXPORT_COLUMNS, "BookingExchange"), (ROOM_COLUMNS, CONTEXT)):
        for key, title in columns.items():
            for word in (key, key.replace("_", " "), *both_languages(context, title)):
                known.setdefault(fold(word), key)
    for alias, key in _ALIASES.items():
        known.setdefault(fold(alias), key)
    return known


def read_table(path: Path) -> _Table:
    """The file's rows with their columns recognised; a file that cannot be read raises SheetUnreadable."""
    if path.suffix.lower() not in {".csv", ".xlsx"}:
        raise ValidationFailed({"file": translate("BookingImport", "Import a file ending in .csv or .xlsx.")})
    sheet = read_sheet(path)
    known = _known_headers()
    keys: list[str | None] = []
    for header in sheet.headers:
        key = known.get(fold(header))
        keys.append(key if key not in keys else None)  # the first of two same columns counts
    return _Table(sheet, keys)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != dt.time(0) else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _require(table: _Table, columns: tuple[str, ...]) -> None:
    missing = [translate(CONTEXT, ROOM_COLUMNS[key]) if key in ROOM_COLUMNS else translate(
        "BookingExchange", EXPORT_COLUMNS[key]) for key in columns if key not in table.keys]
    if missing:
        def quoted(name: str) -> str:
            return translate("BookingImport", "“{name}”").format(name=name)

        found = [header for header in table.sheet.headers if header.strip()]
        raise ValidationFailed({"columns": translate(
            "BookingImport", "Columns missing from the file: {columns}. The first row of the file names its columns "
            "(in Latvian or English), and it has: {found}. Add the missing columns or rename these.").format(
            columns=", ".join(map(quoted, missing)), found=", ".join(map(quoted, found)) or "—")})


def _fail_if_problems(problems: list[CellProblem]) -> None:
    if problems:
        raise RowsRefused(sorted(problems, key=lambda problem: problem.row))


def _whole_number(text: str, default: int) -> int:
    if not text:
        return default
    if not re.fullmatch(r"-?\d{1,30}", text):
        raise ValueError(text)
    return int(text)


def _status(text: str) -> BookingStatus:
    if not text:
        return BookingStatus.CONFIRMED
    wanted = fold(text)
    for status in BookingStatus:
        words = both_languages(context_of(status), source_word(status))
        if wanted in {fold(status.value), *(fold(found) for found in words)}:
            return status
    earlier = _EARLIER_STATUS_WORDS.get(wanted)
    if earlier is not None:
        return earlier
    raise ValueError(text)


# Files exported by earlier versions say "Iepriekšēja" for a provisional booking (docs/glossary.md
# retired that word); they can still be read back.
_EARLIER_STATUS_WORDS = {fold("Iepriekšēja"): BookingStatus.PROVISIONAL}


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


_ROOM_FIELDS = {"name": "room", "capacity": "capacity", "setup_minutes": "setup_minutes",
                "cleanup_minutes": "cleanup_minutes", "hourly_rate_cents": "hourly_eur",
                "half_day_rate_cents": "half_day_eur", "full_day_rate_cents": "full_day_eur",
                "member_discount_percent": "member_discount_percent", "opening_hours": "opening_hours",
                "notes": "notes", "equipment": "equipment"}


def _room_values(row: dict[str, str], table: _Table, number: int,
                 problems: list[CellProblem]) -> RoomInput | None:
    """The row as a RoomInput (site_id 0, filled in later), or None with its problems added."""
    found: list[CellProblem] = []

    def parsed(key: str, parse: Callable[[str], Any], default: Any, advice: str) -> Any:  # noqa: ANN401
        try:
            return parse(row.get(key, "")) if row.get(key, "") else default
        except ValueError:
            found.append(CellProblem(number, table.header(key), translate(
                "BookingImport", "“{value}” cannot be read; {advice}").format(value=row.get(key, ""), advice=advice)))
            return default

    whole = translate("BookingImport", "write a whole number.")
    euros = translate("BookingImport", "write an amount in euro such as 12,50.")
    values = RoomInput(
        site_id=0, name=row.get("room", ""),
        capacity=parsed("capacity", lambda text: _whole_number(text, 0), 0, whole),
        equipment=tuple(code.strip() for code in re.split(r"[,;]", row.get("equipment", "")) if code.strip()),
        setup_minutes=parsed("setup_minutes", lambda text: _whole_number(text, 0), 0, whole),
        cleanup_minutes=parsed("cleanup_minutes", lambda text: _whole_number(text, 0), 0, whole),
        hourly_rate_cents=parsed("hourly_eur", _cents, 0, euros),
        half_day_rate_cents=parsed("half_day_eur", _cents, 0, euros),
        full_day_rate_cents=parsed("full_day_eur", _cents, 0, euros),
        member_discount_percent=parsed("member_discount_percent", lambda text: _whole_number(text, 100), 100, whole),
        opening_hours=parsed("opening_hours", parse_opening_hours, None, translate(
            "BookingImport", "write the hours as 1-5 08:00-22:00; 6 10:00-16:00 (1 is Monday).")),
        notes=row.get("notes", ""))
    limits = database_limit_problems(Room, {attribute: getattr(values, attribute) for attribute in _ROOM_FIELDS
                                            if attribute not in {"opening_hours", "equipment"}})
    site_limits = database_limit_problems(Site, {"name": row.get("site", "")})
    if site_limits:
        limits["site"] = site_limits["name"]
    for attribute, message in limits.items():
        found.append(CellProblem(number, table.header(_ROOM_FIELDS.get(attribute, attribute)), message))
    problems.extend(found)
    return None if found else values


def import_rooms(database: Database, path: Path, *, report: Report | None = None) -> ImportResult:
    table = read_table(path)
    _require(table, ("site", "room"))
    rows = table.rows()
    problems: list[CellProblem] = list(table.sheet.problems)
    unreadable = {problem.row for problem in problems}
    with database.unit_of_work() as session:
        for index, (number, row) in enumerate(rows, start=1):
            if report:
                report(index, len(rows))
            values = _room_values(row, table, number, problems)
            if values is None or number in unreadable:
                continue
            site_name = row.get("site", "")
            site = session.scalar(select(Site).where(Site.name == site_name))
            if site is None and site_name:
                site = Site(name=site_name)
                session.add(site)
                session.flush()
                audit.record(session, operator=database.operator, action=AuditAction.IMPORT, entity="site",
                             entity_id=site.id, summary=site_name, after=audit.snapshot(site))
            try:
                _create_room_in(session, database.operator, replace(values, site_id=site.id if site else 0))
            except ValidationFailed as error:
                for key, message in error.problems.items():
                    column = _ROOM_FIELDS.get(key, "site" if key == "site_id" else "")
                    problems.append(CellProblem(number, table.header(column) if column else "", message))
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
    table = read_table(path)
    _require(table, ("room", "date", "start", "end"))
    rows = table.rows()
    problems: list[CellProblem] = list(table.sheet.problems)
    unreadable = {problem.row for problem in problems}
    moment = now or now_utc()
    with database.unit_of_work() as session:
        for index, (number, row) in enumerate(rows, start=1):
            if report:
                report(index, len(rows))
            if number in unreadable:
                continue
            room = _room_by_name(session, row.get("room", ""))
            if room is None:
                problems.append(CellProblem(number, table.header("room"), translate(
                    "BookingImport", "no room is named {room}.").format(room=row.get("room", ""))))
                continue
            organisation = None
            if row.get("organisation"):
                organisation = session.scalar(select(Organisation).where(
                    Organisation.match_key == organisation_match_key(row["organisation"])).limit(1))
                if organisation is None:
                    problems.append(CellProblem(number, table.header("organisation"), translate(
                        "BookingImport", "no organisation is named {name}.").format(name=row["organisation"])))
                    continue
            try:
                day = _parse_date(row["date"])
                starts = dt.datetime.combine(day, _parse_time(row["start"]))
                ends = dt.datetime.combine(day, _parse_time(row["end"]))
                status = _status(row.get("status", ""))
                if status == BookingStatus.CANCELLED:
                    raise ValueError(status)
                attendees = _whole_number(row.get("attendees", ""), 0)
            except ValueError:
                problems.append(CellProblem(number, "", translate(
                    "BookingImport", "give the date as DD.MM.YYYY, times as HH:MM, the attendees as a whole number "
                    "and a status that is not cancelled.")))
                continue
            draft = BookingDraft(room_id=room.id, starts=starts, ends=ends,
                                 organisation_id=organisation.id if organisation else None,
                                 title=row.get("title", "") or (organisation.name if organisation else ""),
                                 attendees=attendees, status=status, notes=row.get("notes", ""),
                                 override_reason=row.get("override_reason", "") or override_reason)
            limits = database_limit_problems(Booking, {"title": draft.title, "notes": draft.notes,
                                                       "attendees": attendees,
                                                       "override_reason": draft.override_reason})
            if limits:
                problems.extend(CellProblem(number, table.header(key), message) for key, message in limits.items())
                continue
            info = room_info(room)
            [found] = check_spans(session, info, [Span(to_utc(starts), to_utc(ends))], attendees=attendees, now=moment)
            refusing = unresolved(found, draft.override_reason)
            if refusing:
                problems.append(CellProblem(number, "", " ".join(problem.message for problem in refusing)))
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
