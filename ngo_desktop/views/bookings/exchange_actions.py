"""Export and import from the Bookings section: file dialogs, then the work off the GUI thread.

The work runs as a long operation with a progress dialog (``Operation.with_progress``); a refusal or
an unreadable file is shown by the operations layer, and an import the user cancels leaves nothing
saved. The calendar shows imported rows from the commit's change event.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import translate
from ngo_desktop.services.bookings.exchange import export_bookings
from ngo_desktop.services.bookings.importing import ImportResult, import_bookings, import_rooms
from ngo_desktop.timeutil import local_day_bounds
from ngo_desktop.views.operations import Operation, Progress


def export_bookings_interactively(database: Database, parent: QWidget, day: dt.date) -> Operation[int] | None:
    """Export the calendar year of ``day``; the file's ending chooses the format."""
    file_name, _ = QFileDialog.getSaveFileName(
        parent, translate("BookingExchangeActions", "Export bookings of %1").replace("%1", str(day.year)), f"rezervacijas-{day.year}.ics",
        translate("BookingExchangeActions", "Calendar (*.ics);;CSV (*.csv);;Excel (*.xlsx)"))
    if not file_name:
        return None
    start, _ = local_day_bounds(dt.date(day.year, 1, 1))
    _, end = local_day_bounds(dt.date(day.year, 12, 31))

    def exported(count: int) -> None:
        QMessageBox.information(parent, translate("BookingExchangeActions", "Export"),
                                translate("BookingExchangeActions", "Bookings exported: %n.", "", count))

    # The save dialog asked before replacing an existing file (never a database).
    return Operation(parent, database, lambda db, _progress: export_bookings(
        db, Path(file_name), start=start, end=end, force=True)) \
        .with_progress(translate("BookingExchangeActions", "Exporting bookings…"), cancellable=False) \
        .success(exported).refusal_title(translate("BookingExchangeActions", "Export")).run()


def import_interactively(database: Database, parent: QWidget, what: str) -> Operation[ImportResult] | None:
    """Import rooms or bookings; all rows are saved, or none and every problem is shown."""
    file_name, _ = QFileDialog.getOpenFileName(parent, translate("BookingExchangeActions", "Import"), "",
                                               translate("BookingExchangeActions", "Spreadsheets (*.csv *.xlsx)"))
    if not file_name:
        return None
    importer = import_rooms if what == "rooms" else import_bookings

    def work(db: Database, progress: Progress) -> ImportResult:
        def report(done: int, total: int) -> None:
            progress.check()  # Cancel stops between rows; the import's transaction then saves nothing
            progress.report(done, total)

        return importer(db, Path(file_name), report=report)

    def imported(result: ImportResult) -> None:
        created = result.created  # lupdate misses a translate() whose count is an expression
        QMessageBox.information(parent, translate("BookingExchangeActions", "Import"),
                                translate("BookingExchangeActions", "Rows imported: %n.", "", created))

    return Operation(parent, database, work).with_progress(translate("BookingExchangeActions", "Importing…")) \
        .success(imported).refusal_title(translate("BookingExchangeActions", "Nothing was imported")).run()
