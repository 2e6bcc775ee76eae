"""Room use: booked hours against open hours per room, site and month, and what did not happen.

- Open hours: each day of the period counts the room's opening hours for its weekday (a weekday
  without opening hours is a closed day). Closures and public holidays are not subtracted.
- Booked hours: confirmed and provisional bookings, the part inside the period, in Riga wall-clock
  time; a booking is split at midnight and at every full hour for the months and the heat map.
- Occupancy = booked hours / open hours (none when the room has no open hours in the month).
- Cancellations: cancelled bookings that would have started in the period, counted by reason.
- Enquiries that never became bookings: bookings still in the enquiry state whose start has passed.
The organisation kind filter keeps the bookings of organisations of that kind; open hours stay the
rooms' own.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Integer, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from ngo_desktop.database.core import Database
from ngo_desktop.database.together import read_together
from ngo_desktop.models import Booking, BookingStatus, OpeningHours, Organisation, Room, Site
from ngo_desktop.services.bookings.rules import LOOKBACK
from ngo_desktop.services.reports.period import ReportFilter
from ngo_desktop.sorting import sort_key
from ngo_desktop.timeutil import RIGA, now_utc

HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)
USED = (BookingStatus.CONFIRMED, BookingStatus.PROVISIONAL)


def occupancy_percent(booked_minutes: int, open_minutes: int) -> float | None:
    """Booked / open in per cent, one decimal; None when nothing was open."""
    if open_minutes <= 0:
        return None
    return round(100 * booked_minutes / open_minutes, 1)


@dataclass(frozen=True)
class UseLine:
    """A room's (or a whole site's) minutes per month of the period, in the order of ``RoomUse.months``."""

    key: int
    name: str
    site_name: str
    open_minutes: tuple[int, ...]
    booked_minutes: tuple[int, ...]
    bookings: int

    @property
    def open_total(self) -> int:
        return sum(self.open_minutes)

    @property
    def booked_total(self) -> int:
        return sum(self.booked_minutes)

    @property
    def occupancy(self) -> float | None:
        return occupancy_percent(self.booked_total, self.open_total)

    def month_occupancy(self, index: int) -> float | None:
        return occupancy_percent(self.booked_minutes[index], self.open_minutes[index])


@dataclass(frozen=True)
class ReasonCount:
    reason: str  # as written when cancelling, "" when none was
    bookings: int
    minutes: int


@dataclass(frozen=True)
class RoomUse:
    """``heat[weekday][hour]`` is booked minutes (weekday 0 Monday, hour 0–23, Riga time)."""

    report_filter: ReportFilter
    months: tuple[dt.date, ...]
    rooms: tuple[UseLine, ...]
    sites: tuple[UseLine, ...]
    heat: tuple[tuple[int, ...], ...]
    cancellations: tuple[ReasonCount, ...]
    lapsed_enquiries: int
    lapsed_enquiry_minutes: int

    @property
    def busiest_rooms(self) -> tuple[UseLine, ...]:
        """Rooms with bookings, most booked hours first."""
        used = [line for line in self.rooms if line.booked_total > 0]
        return tuple(sorted(used, key=lambda line: (-line.booked_total, sort_key(line.name))))

    @property
    def cancelled_bookings(self) -> int:
        return sum(reason.bookings for reason in self.cancellations)

    @property
    def total(self) -> UseLine:
        """All the rooms together."""
        count = len(self.months)
        return UseLine(0, "", "", tuple(sum(line.open_minutes[i] for line in self.rooms) for i in range(count)),
                       tuple(sum(line.booked_minutes[i] for line in self.rooms) for i in range(count)),
                       sum(line.bookings for line in self.rooms))


EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class utc_minutes(FunctionElement[int]):  # noqa: N801 - named like the SQL functions it stands for
    """Whole minutes since 1970 of a stored (naive UTC) instant, worked out by the database.

    Tens of thousands of bookings come back as two integers each instead of two datetimes that
    SQLAlchemy would parse and mark as UTC one by one.
    """

    type = Integer()
    inherit_cache = True
    name = "utc_minutes"


@compiles(utc_minutes, "sqlite")
def _utc_minutes_sqlite(element, compiler, **kw) -> str:  # type: ignore[no-untyped-def]
    # julianday rather than strftime('%s'), which parses the text a good deal slower; rounded to the
    # second first, so that the float never puts a whole minute a hair below itself.
    return f"(CAST((julianday({compiler.process(element.clauses, **kw)}) - 2440587.5) * 86400 + 0.5 AS INTEGER) / 60)"


@compiles(utc_minutes, "postgresql")
def _utc_minutes_postgresql(element, compiler, **kw) -> str:  # type: ignore[no-untyped-def]
    # EXTRACT of a timestamp without time zone counts its seconds as if it were UTC, as it is.
    return f"(CAST(EXTRACT(EPOCH FROM {compiler.process(element.clauses, **kw)}) AS BIGINT) / 60)"


class _WallClock:
    """UTC instants as Riga wall-clock minutes since 1970, for the days of one period.

    Whole minutes and a table of the period's days are much faster than converting tens of
    thousands of datetimes one by one; the offset changes only at the two daylight-saving moments.
    """

    def __init__(self, first_utc: dt.datetime, after_utc: dt.datetime) -> None:
        self._changes: list[tuple[int, int]] = []  # (UTC minute from which, offset minutes)
        moment = first_utc
        offset = None
        # A day at a time, and hour by hour only through a day in which the offset changed.
        while moment <= after_utc + DAY:
            current = self._offset(moment)
            if current != offset:
                if offset is not None:
                    moment -= DAY
                    while self._offset(moment) == offset:
                        moment += HOUR
                self._changes.append((self.utc_minutes(moment), current))
                offset = current
            moment += DAY

    @staticmethod
    def _offset(instant: dt.datetime) -> int:
        return int(instant.astimezone(RIGA).utcoffset().total_seconds() // 60)  # type: ignore[union-attr]

    @staticmethod
    def utc_minutes(instant: dt.datetime) -> int:
        return int((instant - EPOCH).total_seconds() // 60)

    def local_minutes(self, instant: dt.datetime) -> int:
        return self.local(self.utc_minutes(instant))

    def local(self, minutes: int) -> int:
        """UTC minutes since 1970 as Riga wall-clock minutes."""
        offset = self._changes[0][1]
        for since, change in self._changes:
            if minutes >= since:
                offset = change
        return minutes + offset


def room_use(database: Database, report_filter: ReportFilter) -> RoomUse:
    period = report_filter.period
    months = tuple(period.months())
    month_index = {(month.year, month.month): index for index, month in enumerate(months)}
    start_utc, end_utc = period.utc_bounds()
    site_condition = [Room.site_id == report_filter.site_id] if report_filter.site_id is not None else []
    kind_condition = [Organisation.kind == report_filter.kind] if report_filter.kind is not None else []
    # No booking is longer than the booking rules allow: the lower bound lets the index on the start do
    # the work instead of reading every earlier booking.
    in_period = (Booking.starts_at >= start_utc - LOOKBACK, Booking.starts_at < end_utc,
                 Booking.ends_at > start_utc)

    # "+ 0": SQLite would otherwise read a site's bookings through the index on the room, every
    # booking of its rooms since the start; the period's bookings through the start's index are far fewer.
    booking_room = Booking.room_id + 0

    def bookings_query(*columns):  # type: ignore[no-untyped-def]
        query = select(*columns).join(Room, Room.id == booking_room)
        if kind_condition:
            query = query.join(Organisation, Organisation.id == Booking.organisation_id)
        return query.where(*site_condition, *kind_condition)

    minutes = utc_minutes(Booking.ends_at) - utc_minutes(Booking.starts_at)
    # Cancellations and lapsed enquiries are only counted: the database adds them up.
    starting = (Booking.starts_at >= start_utc, Booking.starts_at < end_utc)
    with database.read_session() as session:
        # Five questions that do not depend on each other: one round trip to a server across town.
        rooms, hours, used, cancelled, lapsed_rows = read_together(session, (
            select(Room.id, Room.name, Room.archived, Site.id, Site.name).join(Site, Site.id == Room.site_id)
            .where(*site_condition),
            select(OpeningHours.room_id, OpeningHours.weekday, OpeningHours.opens, OpeningHours.closes)
            .join(Room, Room.id == OpeningHours.room_id).where(*site_condition),
            bookings_query(Booking.room_id, utc_minutes(Booking.starts_at), utc_minutes(Booking.ends_at))
            .where(*in_period, Booking.status.in_(USED)),
            bookings_query(Booking.cancel_reason, func.count(), func.sum(minutes))
            .where(*starting, Booking.status == BookingStatus.CANCELLED).group_by(Booking.cancel_reason),
            bookings_query(func.count(), func.coalesce(func.sum(minutes), 0))
            .where(*starting, Booking.starts_at < now_utc(), Booking.status == BookingStatus.ENQUIRY)))
    lapsed, lapsed_minutes = lapsed_rows[0]

    open_by_weekday: dict[int, dict[int, int]] = defaultdict(dict)
    for room_id, weekday, opens, closes in hours:
        open_by_weekday[room_id][weekday] = (closes.hour * 60 + closes.minute) - (opens.hour * 60 + opens.minute)
    days = period.days()
    booked: dict[int, list[int]] = defaultdict(lambda: [0] * len(months))
    counts: dict[int, int] = defaultdict(int)
    heat = [[0] * 24 for _ in range(7)]
    reasons: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for reason, count, reason_minutes in cancelled:
        counted = reasons[" ".join(reason.split())]
        counted[0] += count
        counted[1] += reason_minutes
    clock = _WallClock(start_utc, end_utc)
    first_local, after_local = clock.local_minutes(start_utc), clock.local_minutes(end_utc)
    # For each wall-clock day of the period (days since 1970): its month's index and its weekday.
    first_day = first_local // 1440
    day_month = [month_index[(day.year, day.month)] for day in days]
    day_weekday = [day.weekday() for day in days]
    for room_id, starts_at, ends_at in used:
        counts[room_id] += 1
        row = booked[room_id]
        moment = max(clock.local(starts_at), first_local)
        end = min(clock.local(ends_at), after_local)
        while moment < end:
            piece_end = min(moment - moment % 60 + 60, end)
            day = moment // 1440 - first_day
            row[day_month[day]] += piece_end - moment
            heat[day_weekday[day]][(moment % 1440) // 60] += piece_end - moment
            moment = piece_end

    room_lines: list[UseLine] = []
    site_totals: dict[int, tuple[str, list[int], list[int], list[int]]] = {}
    for room_id, room_name, archived, site_id, site_name in rooms:
        if archived and room_id not in counts:
            continue  # a room no longer used, with nothing booked in the period, is not part of the report
        opened = [0] * len(months)
        weekdays = open_by_weekday.get(room_id, {})
        for day in days:
            opened[month_index[(day.year, day.month)]] += weekdays.get(day.weekday(), 0)
        line = UseLine(room_id, room_name, site_name, tuple(opened), tuple(booked.get(room_id, [0] * len(months))),
                       counts.get(room_id, 0))
        room_lines.append(line)
        _name, site_open, site_booked, site_count = site_totals.setdefault(
            site_id, (site_name, [0] * len(months), [0] * len(months), [0]))
        for index in range(len(months)):
            site_open[index] += line.open_minutes[index]
            site_booked[index] += line.booked_minutes[index]
        site_count[0] += line.bookings
    room_lines.sort(key=lambda line: (sort_key(line.site_name), sort_key(line.name), line.key))
    site_lines = sorted(
        (UseLine(site_id, name, name, tuple(opened), tuple(used), count[0])
         for site_id, (name, opened, used, count) in site_totals.items()),
        key=lambda line: sort_key(line.name))
    cancellations = sorted((ReasonCount(reason, count, minutes) for reason, (count, minutes) in reasons.items()),
                           key=lambda reason: (-reason.bookings, sort_key(reason.reason)))
    return RoomUse(report_filter, months, tuple(room_lines), tuple(site_lines), tuple(tuple(row) for row in heat),
                   tuple(cancellations), lapsed, lapsed_minutes)
