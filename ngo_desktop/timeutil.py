"""Time: people think in Europe/Riga wall-clock time; instants are stored in UTC.

Convert at the edges only. Dates are shown as 05.03.2020 and times on a 24-hour clock in both
languages; weeks start on Monday and use ISO week numbers.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

RIGA = ZoneInfo("Europe/Riga")


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def today_local() -> dt.date:
    return dt.datetime.now(RIGA).date()


def to_utc(local: dt.datetime) -> dt.datetime:
    """A Riga wall-clock time (naive, or aware in any zone) as an aware UTC instant.

    A naive time that falls in the autumn repeated hour is taken as its first occurrence (fold=0);
    one in the spring gap is moved forward by the gap, as zoneinfo does.
    """
    if local.tzinfo is None:
        local = local.replace(tzinfo=RIGA)
    return local.astimezone(dt.UTC)


def to_local(instant: dt.datetime) -> dt.datetime:
    """An aware instant as an aware Riga wall-clock time."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime: expected an aware UTC instant")
    return instant.astimezone(RIGA)


def local_day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants at which the Riga day starts and the next one starts ([start, end))."""
    start = dt.datetime.combine(day, dt.time(0, 0), tzinfo=RIGA)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 0), tzinfo=RIGA)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def week_start(day: dt.date) -> dt.date:
    """Monday of the ISO week holding ``day``."""
    return day - dt.timedelta(days=day.weekday())


def format_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def format_time(moment: dt.time | dt.datetime) -> str:
    return moment.strftime("%H:%M")


def format_span(start: dt.datetime, end: dt.datetime) -> str:
    """'05.03.2026 18:00–20:00' (Riga time), or with both dates when it crosses midnight."""
    local_start, local_end = to_local(start), to_local(end)
    if local_start.date() == local_end.date():
        return f"{format_date(local_start.date())} {format_time(local_start)}–{format_time(local_end)}"
    return (f"{format_date(local_start.date())} {format_time(local_start)} – "
            f"{format_date(local_end.date())} {format_time(local_end)}")
