"""The Documents section: make any document on the left, the register of what was printed on the right.

Opening a row of the register makes that document again from its parameters, with today's data.
Documents are built in operations off the GUI thread; the register follows what was printed through
the main window's change event (``printed_document``), keeping the selection and scroll position.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import Database
from ngo_desktop.services.printing.register import DocumentRequest, request_of
from ngo_desktop.views.documents.new_document_panel import NewDocumentPanel
from ngo_desktop.views.documents.preview_dialog import PreviewDialog
from ngo_desktop.views.documents.printing_actions import build_document
from ngo_desktop.views.documents.register_model import RegisterModel
from ngo_desktop.views.empty_state import EmptyState
from ngo_desktop.views.operations import Operation
from ngo_desktop.views.persist import remember_header
from ngo_desktop.views.table_place import PlaceKeeper


class DocumentsSection(QWidget):
    """``last_preview`` is the preview opened most recently (tests and screenshots look at it).
    ``_panel_kinds`` are the kinds of record the New document panel offers (a change to them
    refills its pickers; a new printed document alone only reloads the register)."""

    _panel_kinds = frozenset({"booking", "organisation", "fair", "premises", "tenancy", "room", "site"})

    watched_kinds = frozenset({"printed_document", "booking", "organisation", "fair", "premises", "tenancy", "room", "site"})

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.last_preview: PreviewDialog | None = None
        self.panel = NewDocumentPanel(database)
        self.panel.requested.connect(self.make)

        self.model = RegisterModel(database, self)
        self.model.loaded.connect(self._show_register_or_empty)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(2, 380)
        self.table.setColumnWidth(3, 220)
        remember_header(self.table.horizontalHeader(), "documents/register")
        self.table.activated.connect(lambda index: self.reopen(index.row()))

        self.heading = QLabel(self.tr("Printed documents"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.reopen_button = QPushButton(self.tr("Make again…"))
        self.reopen_button.setToolTip(self.tr("Make the selected document again with today's data"))
        self.reopen_button.clicked.connect(self._reopen_selected)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.reopen_button)
        register = QWidget()
        register_layout = QVBoxLayout(register)
        register_layout.setContentsMargins(0, 0, 0, 0)
        register_layout.addLayout(top)
        register_layout.addWidget(self.table)

        self.empty = EmptyState(self.tr("Nothing printed yet"), self.tr(
            "Booking sheets, door signs, schedules, flyers and stall plans you print are listed here, "
            "so they can be made again."))
        self.empty.add_button(self.tr("Make the first document")).clicked.connect(self.make_from_panel)
        self.stack = QStackedWidget()
        self.stack.addWidget(register)
        self.stack.addWidget(self.empty)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.panel)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._place = PlaceKeeper(self.table, self.model, lambda record: record.id)
        self.stack.setCurrentIndex(0)  # until the register's first page says whether it is empty
        self.model.reload()

    def _show_register_or_empty(self) -> None:
        self.stack.setCurrentIndex(0 if self.model.total else 1)

    def has_unsaved_edits(self) -> bool:
        return False

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None or changes.touches(self._panel_kinds):
            self.panel.reload()
        self._place.remember()
        self.model.refresh()

    def save_layout(self) -> None:
        """Column widths are saved as they change (remember_header); nothing else to keep."""

    def make_from_panel(self) -> None:
        self.panel.make()

    def make(self, request: DocumentRequest) -> None:
        """Build the document and open its preview when it is ready (``last_preview``); returns at once."""
        build_document(self, self._database, request, opened=self._opened)

    def _opened(self, preview: PreviewDialog) -> None:
        self.last_preview = preview

    def reopen(self, row: int) -> None:
        """Make the register's ``row`` again from its parameters, with today's data."""
        record = self.model.row_at(row)
        if record is None:
            return
        printed_id = record.id
        Operation(self, self._database, lambda database: request_of(database, printed_id)) \
            .success(self.make).refusal_title(self.tr("Cannot make again")).run()

    def _reopen_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.reopen(rows[0].row())
