"""One call for any section's Print action: build the document and show it in the preview dialog.

``open_print_preview(parent, database, "door-sign", room_id=3, day=date)`` takes the keyword
parameters of ``services.printing.DocumentRequest``. The document is built in an operation on the
long-work thread (reading the data and drawing the PDF can take a while, as the directory and week
schedule can), with a progress dialog that shows only when it takes a while; the preview opens when
the PDF is ready. A refusal, such as a booking deleted meanwhile, is shown by the operations layer.
Without a ``paper`` the document is made on the default paper size from Settings, and the centre's
signature line carries the operator's name from Settings, never the computer login.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ngo_desktop import settings
from ngo_desktop.database.core import Database
from ngo_desktop.services.printing.register import (
    BuiltDocument,
    DocumentRequest,
    make_document,
    record_output,
)
from ngo_desktop.views.documents.preview_dialog import PreviewDialog
from ngo_desktop.views.operations import Operation


def build_document(parent: QWidget | None, database: Database, request: DocumentRequest,
                   opened: Callable[[PreviewDialog], None] | None = None) -> Operation[BuiltDocument]:
    """Build the document off the GUI thread, then open its preview and hand it to ``opened``.
    Returns at once; nothing opens when the document is refused (the user is told why)."""
    request = replace(request, signatory=request.signatory or settings.chosen_operator_name())

    def show(built: BuiltDocument) -> None:
        dialog = show_preview(parent, built, database, request)
        if opened is not None:
            opened(dialog)

    label = QCoreApplication.translate("PrintingActions", "Preparing the document…")
    # Drawing a PDF cannot stop half-way, so there is no Cancel: the preview would open anyway.
    return Operation(parent, database, lambda db, _progress: make_document(db, request)) \
        .with_progress(label, cancellable=False) \
        .success(show) \
        .refusal_title(QCoreApplication.translate("PrintingActions", "Cannot print")) \
        .run()


def show_preview(parent: QWidget | None, built: BuiltDocument, database: Database | None = None,
                 request: DocumentRequest | None = None) -> PreviewDialog:
    """The preview; with ``database`` and ``request``, printing or saving it is noted in the register."""
    on_output = None
    if database is not None and request is not None:
        def on_output(action: str) -> None:
            Operation(parent, database, lambda db: record_output(db, request, built, action)).run()
    dialog = PreviewDialog(built.pdf, built.title, built.file_name, parent, on_output=on_output)
    dialog.open()
    return dialog


def open_print_preview(parent: QWidget | None, database: Database, kind: str,
                       **parameters: Any) -> Operation[BuiltDocument]:
    """Build the ``kind`` document ("booking-sheet", "door-sign", …) and open its preview (not modal)
    when it is ready; returns at once."""
    from ngo_desktop import settings

    parameters.setdefault("paper", settings.paper_size())
    return build_document(parent, database, DocumentRequest(kind=kind, **parameters))
