"""Whether a room is open on a printed day: opening hours, closures and Latvian public holidays.

Door signs and week schedules must never call a shut room "free": a Sunday without opening hours
prints "Closed", a public holiday its name, a renovation "Closed until 21.01.2026: renovation".
The facts come from the same places the booking rules read (the room's opening hours, the
closures of the room or its site, ``holidays_lv``); this module only words them for paper.

A closure that covers only part of an open day does not close the day: it is printed as an entry
at its time ("14:00–18:00 Closed: floor polishing"), among the day's bookings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from ngo_desktop.i18n import translate
from ngo_desktop.schema.sites import opening_hours_table, room_table
from ngo_desktop.services.bookings.holidays import holidays_between
from ngo_desktop.services.bookings.rooms import ClosureInfo, closures_between
from ngo_desktop.timeutil import RIGA, format_date, format_time, local_day_bounds, to_local

if TYPE_CHECKING:
    from ngo_desktop.database.core import Executor


@dataclass(frozen=True)
class PartClosure:
    """A closure inside an open day, printed like a booking at its time."""

    starts_at: dt.datetime
    time: str
    text: str


@dataclass(frozen=True)
class DayState:
    """``closed`` is the words for a shut day ("" when the room is open); ``holiday`` its name."""

    closed: str = ""
    holiday: str = ""
    part_closures: tuple[PartClosure, ...] = ()


def holiday_names(first: dt.date, days: int) -> dict[dt.date, str]:
    """The public holidays among the ``days`` days from ``first``, by date."""
    return holidays_between(first, first + dt.timedelta(days=days - 1))


def room_day_states(session: Executor, room_ids: list[int], first: dt.date, days: int) -> dict[tuple[int, dt.date], DayState]:
    """The state of every room on every day from ``first``; open days without a note are left out.
    Read with the tables' columns: rows added in ``session`` and not yet flushed are not seen."""
    if not room_ids:
        return {}
    start, _ = local_day_bounds(first)
    _, end = local_day_bounds(first + dt.timedelta(days=days - 1))
    # Core, as a printing command's every read (docs/architecture.md).
    room, opening = room_table.c, opening_hours_table.c
    rooms = dict(session.execute(select(room.id, room.site_id).where(room.id.in_(room_ids))).all())
    hours: dict[int, dict[int, tuple[dt.time, dt.time]]] = {room_id: {} for room_id in room_ids}
    for room_id, weekday, opens, closes in session.execute(
            select(opening.room_id, opening.weekday, opening.opens, opening.closes)
            .where(opening.room_id.in_(room_ids))):
        hours[room_id][weekday] = (opens, closes)
    closures = closures_between(session, start, end, room_ids=room_ids, site_ids=sorted(set(rooms.values())))
    holidays = holiday_names(first, days)
    states: dict[tuple[int, dt.date], DayState] = {}
    for room_id in room_ids:
        own = [closure for closure in closures
               if closure.room_id == room_id or (closure.room_id is None and closure.site_id == rooms.get(room_id))]
        for offset in range(days):
            day = first + dt.timedelta(days=offset)
            state = _day_state(day, hours[room_id].get(day.weekday()), own, holidays.get(day, ""))
            if state != DayState():
                states[(room_id, day)] = state
    return states


def _day_state(day: dt.date, hours: tuple[dt.time, dt.time] | None, closures: list[ClosureInfo],
               holiday: str) -> DayState:
    day_start, day_end = local_day_bounds(day)
    if hours is not None:
        open_from = dt.datetime.combine(day, hours[0], tzinfo=RIGA).astimezone(dt.UTC)
        open_until = dt.datetime.combine(day, hours[1], tzinfo=RIGA).astimezone(dt.UTC)
    else:
        open_from, open_until = day_start, day_end
    parts: list[PartClosure] = []
    for closure in closures:
        if closure.starts_at >= open_until or closure.ends_at <= open_from:
            continue
        if closure.starts_at <= open_from and closure.ends_at >= open_until:
            return DayState(_closure_words(closure, day), holiday)
        shown_from, shown_until = max(closure.starts_at, day_start), min(closure.ends_at, day_end)
        time = f"{format_time(to_local(shown_from))}–{format_time(to_local(shown_until))}"
        text = translate("Printing", "Closed: {reason}").format(reason=closure.reason) if closure.reason else \
            translate("Printing", "Closed")
        parts.append(PartClosure(shown_from, time, text))
    if holiday:
        return DayState(translate("Printing", "Closed: {holiday}").format(holiday=holiday), holiday, tuple(parts))
    if hours is None:
        return DayState(translate("Printing", "Closed"), "", tuple(parts))
    return DayState("", "", tuple(parts))


def _closure_words(closure: ClosureInfo, day: dt.date) -> str:
    """"Closed until 21.01.2026: renovation", or without "until" on the closure's last day."""
    last_day = (to_local(closure.ends_at) - dt.timedelta(microseconds=1)).date()
    if last_day > day:
        if closure.reason:
            return translate("Printing", "Closed until {date}: {reason}").format(
                date=format_date(last_day), reason=closure.reason)
        return translate("Printing", "Closed until {date}").format(date=format_date(last_day))
    if closure.reason:
        return translate("Printing", "Closed: {reason}").format(reason=closure.reason)
    return translate("Printing", "Closed")
