"""One call for any section's Print action: build the document and show it in the preview dialog.

``open_print_preview(parent, database, "door-sign", room_id=3, day=date)`` takes the keyword
parameters of ``services.printing.DocumentRequest``. Building runs off the GUI thread with a progress
dialog (it only shows when it takes a while, as the directory and week schedule can); a refusal,
such as a booking deleted meanwhile, is shown in a message box.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ngo_desktop import desk_settings, settings
from ngo_desktop.db import Database
from ngo_desktop.services.errors import DomainError
from ngo_desktop.services.printing import BuiltDocument, DocumentRequest, make_document, record_output
from ngo_desktop.views.background import Cancelled, run_with_progress
from ngo_desktop.views.documents.preview_dialog import PreviewDialog


def build_in_background(parent: QWidget | None, database: Database, request: DocumentRequest) -> BuiltDocument | None:
    """The built document, or None when it was refused (already told to the user) or cancelled."""
    label = QCoreApplication.translate("PrintingActions", "Preparing the document…")
    # The centre's signature line carries the operator's name from Settings, never the login.
    request = replace(request, signatory=request.signatory or desk_settings.chosen_operator_name())
    try:
        return run_with_progress(parent, label, lambda _report, _cancelled: make_document(database, request))
    except Cancelled:
        return None
    except DomainError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("PrintingActions", "Cannot print"), str(error))
        return None


def show_preview(parent: QWidget | None, built: BuiltDocument, database: Database | None = None,
                 request: DocumentRequest | None = None) -> PreviewDialog:
    """The preview; with ``database`` and ``request``, printing or saving it is noted in the register."""
    on_output = None
    if database is not None and request is not None:
        def on_output(action: str) -> None:
            run_with_progress(parent, QCoreApplication.translate("PrintingActions", "Noting it in the register…"),
                              lambda _report, _cancelled: record_output(database, request, built, action))
    dialog = PreviewDialog(built.pdf, built.title, built.file_name, parent, on_output=on_output)
    dialog.open()
    return dialog


def open_print_preview(parent: QWidget | None, database: Database, kind: str, **parameters: Any) -> PreviewDialog | None:
    """Build the ``kind`` document ("booking-sheet", "door-sign", …) and open its preview (not modal).

    Without a ``paper`` the document is made on the default paper size from Settings.
    """
    parameters.setdefault("paper", settings.paper_size())
    request = DocumentRequest(kind=kind, **parameters)
    built = build_in_background(parent, database, request)
    return show_preview(parent, built, database, request) if built is not None else None
