"""Print actions of the calendar: a booking's sheet, a room's door sign, the site's week schedule.

Each opens the document in the program's preview (print, save as PDF, open in a PDF viewer) through
the Documents area's ``open_print_preview``, which also notes it in the register of printed documents.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ngo_desktop.db import Database
from ngo_desktop.timeutil import week_start

if TYPE_CHECKING:
    from ngo_desktop.views.documents.preview_dialog import PreviewDialog


def open_print_preview(*args, **kwargs) -> PreviewDialog | None:  # type: ignore[no-untyped-def]
    # Imported on first use: the preview pulls in QtPdf and the printing services, which the
    # calendar does not need to start.
    from ngo_desktop.views.documents.printing_actions import open_print_preview as open_preview

    return open_preview(*args, **kwargs)


def week_text(monday: dt.date) -> str:
    from ngo_desktop.services.printing import week_text as as_text

    return as_text(monday)


def print_booking_sheet(database: Database, parent: QWidget, booking_id: int) -> PreviewDialog | None:
    return open_print_preview(parent, database, "booking-sheet", booking_id=booking_id)


def print_door_sign(database: Database, parent: QWidget, room_id: int, day: dt.date,
                    *, whole_week: bool = False) -> PreviewDialog | None:
    if whole_week:
        return open_print_preview(parent, database, "door-sign", room_id=room_id, week=week_text(week_start(day)))
    return open_print_preview(parent, database, "door-sign", room_id=room_id, day=day)


def print_week_schedule(database: Database, parent: QWidget, site_id: int, day: dt.date) -> PreviewDialog | None:
    return open_print_preview(parent, database, "week-schedule", site_id=site_id, week=week_text(week_start(day)))
