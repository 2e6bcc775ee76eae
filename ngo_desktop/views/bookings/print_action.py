"""'Print booking sheet' from the calendar, through the documents machinery when it is installed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ngo_desktop.db import Database
from ngo_desktop.i18n import translate
from ngo_desktop.services.errors import DomainError


def printing_available() -> bool:
    """The booking sheet is built by the documents area's services; without them the action is off."""
    return importlib.util.find_spec("ngo_desktop.services.printing") is not None


def print_booking_sheet(database: Database, parent: QWidget, booking_id: int) -> Path | None:
    """Build the sheet (noted in the register of printed documents), save it where asked and open it."""
    from ngo_desktop.services.printing import DocumentRequest, make_document

    try:
        built = make_document(database, DocumentRequest(kind="booking-sheet", booking_id=booking_id))
    except DomainError as error:
        QMessageBox.warning(parent, translate("BookingPrint", "The booking sheet was not made"), str(error))
        return None
    file_name, _ = QFileDialog.getSaveFileName(parent, translate("BookingPrint", "Save the booking sheet"),
                                               built.file_name, "PDF (*.pdf)")
    if not file_name:
        return None
    path = Path(file_name)
    path.write_bytes(built.pdf)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
