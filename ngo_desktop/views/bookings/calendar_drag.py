"""Moving and stretching a booking block in the calendar grid: where it lands, from plain numbers.

A drag is computed from the press and the current pointer position only (never from the moves seen
in between), so a drag whose mouse events arrive within a few milliseconds, or without any move at
all, lands exactly where it was released. Times are minutes of the day, snapped to the grid's step
and kept inside the hours the grid shows: a block never lands before the first hour, after the last
one, or shorter than one step.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from ngo_desktop.services.bookings.booking_view import BookingView


class Grip(enum.Enum):
    """Which part of the block was pressed: its body moves it, its top or bottom edge stretches it."""

    BODY = "body"
    TOP = "top"
    BOTTOM = "bottom"


@dataclass(frozen=True)
class BookingDrag:
    """A block being dragged: the booking as it was when pressed, where it was pressed, and where the
    pointer now puts it (``column``, ``start``, ``end`` in minutes of the day)."""

    booking: BookingView
    grip: Grip
    origin_column: int
    origin_start: int
    origin_end: int
    press_x: float
    press_minute: float  # unsnapped, so the offset within the block is kept while moving
    column: int
    start: int
    end: int
    started: bool = False  # the pointer has gone past the drag distance: a click is not a drag

    @property
    def changed(self) -> bool:
        return (self.column, self.start, self.end) != (self.origin_column, self.origin_start, self.origin_end)


def snap(minutes: float, step: int) -> int:
    return int(round(minutes / step) * step)


def dragged_to(drag: BookingDrag, column: int | None, minute: float, *, step: int, first: int, last: int) -> BookingDrag:
    """``drag`` with the pointer at ``minute`` (unsnapped) over ``column`` (None: outside every column,
    the block stays in the column it was last over; a stretch never changes column)."""
    if drag.grip is Grip.BODY:
        duration = drag.origin_end - drag.origin_start
        start = snap(drag.origin_start + minute - drag.press_minute, step)
        start = max(first, min(start, last - duration))
        return replace(drag, column=drag.column if column is None else column, start=start, end=start + duration)
    if drag.grip is Grip.TOP:
        start = max(first, min(snap(minute, step), drag.origin_end - step))
        return replace(drag, column=drag.origin_column, start=start, end=drag.origin_end)
    end = min(last, max(snap(minute, step), drag.origin_start + step))
    return replace(drag, column=drag.origin_column, start=drag.origin_start, end=end)

