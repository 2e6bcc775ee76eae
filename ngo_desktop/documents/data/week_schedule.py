"""The week schedule of a site: every room, the seven days. See ``ngo_desktop.documents.data`` for what these inputs hold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ngo_desktop.documents.data import CentreInfo


@dataclass(frozen=True, slots=True)
class ScheduleEntry:
    """A booking in the grid; ``provisional`` ones print with a mark and in grey italics.

    ``closure`` marks a closure inside an open day, printed at its time like a booking.
    """

    time: str
    title: str
    organisation: str = ""
    provisional: bool = False
    closure: bool = False


@dataclass(frozen=True, slots=True)
class ScheduleRoom:
    """A row of the grid: ``days`` holds exactly seven tuples of entries, Monday first.

    ``closed`` holds seven strings, the words for each day the room is shut ("" when open); it may
    be left empty when the room is open all week.
    """

    name: str
    days: tuple[tuple[ScheduleEntry, ...], ...]
    detail: str = ""
    closed: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class WeekScheduleData:
    """All rooms of a site for one week; ``day_headings`` are the seven column headings.

    ``day_notes`` (seven strings or empty) are printed under the headings: a public holiday's name.
    """

    centre: CentreInfo
    printed: str
    site: str
    week: str
    day_headings: tuple[str, ...]
    rooms: tuple[ScheduleRoom, ...]
    day_notes: tuple[str, ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict)
