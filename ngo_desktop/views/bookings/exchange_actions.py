"""Export and import from the Bookings section: file dialogs, then the work off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ngo_desktop.db import Database
from ngo_desktop.i18n import translate
from ngo_desktop.services.booking_exchange import export_bookings
from ngo_desktop.services.booking_import import import_bookings, import_rooms
from ngo_desktop.services.errors import DomainError
from ngo_desktop.timeutil import local_day_bounds
from ngo_desktop.views.background import Cancelled, run_with_progress


def export_bookings_interactively(database: Database, parent: QWidget, day: dt.date) -> int | None:
    """Export the calendar year of ``day``; the file's ending chooses the format."""
    file_name, _ = QFileDialog.getSaveFileName(
        parent, translate("BookingExchangeActions", "Export bookings of %1").replace("%1", str(day.year)), f"rezervacijas-{day.year}.ics",
        translate("BookingExchangeActions", "Calendar (*.ics);;CSV (*.csv);;Excel (*.xlsx)"))
    if not file_name:
        return None
    start, _ = local_day_bounds(dt.date(day.year, 1, 1))
    _, end = local_day_bounds(dt.date(day.year, 12, 31))
    try:
        count = run_with_progress(parent, translate("BookingExchangeActions", "Exporting bookings…"),
                                  lambda _report, _cancelled: export_bookings(database, Path(file_name),
                                                                               start=start, end=end, force=True),
                                  cancellable=False)
    except (DomainError, OSError) as error:  # OSError: a full disk or a folder that cannot be written
        QMessageBox.warning(parent, translate("BookingExchangeActions", "Export"), str(error))
        return None
    QMessageBox.information(parent, translate("BookingExchangeActions", "Export"),
                            translate("BookingExchangeActions", "%n booking(s) exported.", "", count))
    return count


def import_interactively(database: Database, parent: QWidget, what: str) -> bool:
    """Import rooms or bookings; all rows are saved, or none and every problem is shown."""
    file_name, _ = QFileDialog.getOpenFileName(parent, translate("BookingExchangeActions", "Import"), "",
                                               translate("BookingExchangeActions", "Spreadsheets (*.csv *.xlsx)"))
    if not file_name:
        return False
    importer = import_rooms if what == "rooms" else import_bookings

    def work(report, cancelled):  # type: ignore[no-untyped-def]
        def progress(done: int, total: int) -> None:
            if cancelled():
                raise Cancelled()
            report(done, total)
        return importer(database, Path(file_name), report=progress)

    try:
        result = run_with_progress(parent, translate("BookingExchangeActions", "Importing…"), work)
    except Cancelled:
        return False
    except DomainError as error:
        QMessageBox.warning(parent, translate("BookingExchangeActions", "Nothing was imported"), str(error))
        return False
    QMessageBox.information(parent, translate("BookingExchangeActions", "Import"), translate("BookingExchangeActions", "%n row(s) imported.", "", result.created))
    return True
