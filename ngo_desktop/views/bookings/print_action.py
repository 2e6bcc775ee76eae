"""Print actions of the calendar: a booking's sheet, a room's door sign, the site's week schedule.

The document is built off the GUI thread (``Operation.with_progress``: building a PDF can take a
while, and the progress window only shows when it does), noted in the register of printed documents
by ``make_document``, then opened in the program's preview (print, save as PDF, open in a PDF viewer).
A refusal, such as a booking deleted meanwhile, is shown by the operations layer.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import translate
from ngo_desktop.timeutil import week_start
from ngo_desktop.views.operations import Operation, Progress

if TYPE_CHECKING:
    from ngo_desktop.services.printing.register import BuiltDocument


def open_print_preview(parent: QWidget, database: Database, kind: str, **parameters: Any) -> Operation[BuiltDocument]:
    """Build the ``kind`` document and open its preview (not modal) once it is ready."""
    # Imported on first use: the printing services and the preview (QtPdf) are not needed to start.
    from ngo_desktop.services.printing.register import DocumentRequest, make_document

    request = DocumentRequest(kind=kind, **parameters)

    def build(db: Database, _progress: Progress) -> BuiltDocument:
        return make_document(db, request)

    return Operation(parent, database, build) \
        .with_progress(translate("BookingPrintActions", "Preparing the document…"), cancellable=False) \
        .success(lambda built: _show_preview(parent, built)) \
        .refusal_title(translate("BookingPrintActions", "Cannot print")).run()


def _show_preview(parent: QWidget, built: BuiltDocument) -> None:
    from ngo_desktop.views.documents.preview_dialog import PreviewDialog

    PreviewDialog(built.pdf, built.title, built.file_name, parent).open()


def week_text(monday: dt.date) -> str:
    from ngo_desktop.services.printing.common import week_text as as_text

    return as_text(monday)


def print_booking_sheet(database: Database, parent: QWidget, booking_id: int) -> Operation[BuiltDocument]:
    return open_print_preview(parent, database, "booking-sheet", booking_id=booking_id)


def print_door_sign(database: Database, parent: QWidget, room_id: int, day: dt.date,
                    *, whole_week: bool = False) -> Operation[BuiltDocument]:
    if whole_week:
        return open_print_preview(parent, database, "door-sign", room_id=room_id, week=week_text(week_start(day)))
    return open_print_preview(parent, database, "door-sign", room_id=room_id, day=day)


def print_week_schedule(database: Database, parent: QWidget, site_id: int, day: dt.date) -> Operation[BuiltDocument]:
    return open_print_preview(parent, database, "week-schedule", site_id=site_id, week=week_text(week_start(day)))
