"""Tools → Audit log: who changed what and when, with the values before and after. Read-only.

The filters' choices, the log's pages and the chosen entry's values are read on the worker thread;
the dialog opens at once and fills in as the answers arrive.
"""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.services import audit_log
from ngo_desktop.services.audit_log import AuditDetail, AuditFilter
from ngo_desktop.timeutil import format_date, format_time, to_local
from ngo_desktop.views.audit.table_model import AuditTableModel
from ngo_desktop.views.date_input import DateEdit
from ngo_desktop.views.operations import LatestOnly, Operation
from ngo_desktop.views.persist import remember_header
from ngo_desktop.views.table_place import PlaceKeeper


class AuditLogDialog(QDialog):
    """Filters on top, the paged log in the middle, the chosen entry's before/after values below."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Audit log"))

        self.first_day = self._date_edit()
        self.last_day = self._date_edit()
        self.operator = QComboBox()
        self.operator.addItem(self.tr("Everyone"), None)
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("Any organisation"), None)
        self.organisation.setMaximumWidth(320)
        self.room = QComboBox()
        self.room.addItem(self.tr("Any room"), None)

        filters = QHBoxLayout()
        for label, widget in ((self.tr("From"), self.first_day), (self.tr("to"), self.last_day),
                              (self.tr("Who"), self.operator), (self.tr("Organisation"), self.organisation),
                              (self.tr("Room"), self.room)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)

        self.model = AuditTableModel(database, self)
        self.model.loaded.connect(self._show_count)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((130, 120, 100, 0, 220, 150)):
            if width:
                header.resizeSection(column, width)
        # The description is what people read: it takes the room that is left.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        remember_header(header, "audit/columns")
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self._place = PlaceKeeper(self.table, self.model, lambda row: row.id)
        # Walking the log with the arrow keys asks for many entries: only the newest is read.
        self._details = LatestOnly(self, database)

        self.changes = QTableWidget(0, 3)
        self.changes.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.verticalHeader().hide()
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.changes.setWordWrap(True)

        self.count_label = QLabel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.changes)
        splitter.setSizes([380, 200])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        for combo in (self.operator, self.organisation, self.room):
            combo.currentIndexChanged.connect(self.apply_filter)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(self.apply_filter)
        self.resize(1000, 640)  # fits a 1024×768 screen with its title and task bars
        self.apply_filter()
        Operation(self, database, lambda db: (audit_log.operators(db), audit_log.organisations_in_log(db),
                                              audit_log.rooms(db))).success(self._fill_choices).run()

    def _fill_choices(self, choices: tuple[list[str], list[tuple[int, str]], list[tuple[int, str]]]) -> None:
        operators, organisations, rooms = choices
        for combo, items in ((self.operator, [(name, name) for name in operators]),
                             (self.organisation, organisations), (self.room, rooms)):
            combo.blockSignals(True)
            for value, name in items:
                combo.addItem(name, value)
            combo.blockSignals(False)

    def _date_edit(self) -> DateEdit:
        # An empty field stands for "no limit", said in the field until a date is typed.
        return DateEdit(optional=True, placeholder=self.tr("any day"))

    def current_filter(self) -> AuditFilter:
        def day(edit: DateEdit) -> dt.date | None:
            value = edit.value()
            return value if isinstance(value, dt.date) else None

        return AuditFilter(first_day=day(self.first_day), last_day=day(self.last_day),
                           operator=self.operator.currentData(), organisation_id=self.organisation.currentData(),
                           room_id=self.room.currentData())

    def apply_filter(self) -> None:
        self.changes.setRowCount(0)
        self.model.set_filter(self.current_filter())

    def _show_count(self) -> None:
        total = self.model.total
        self.count_label.setText(self.tr("Changes: %n", "", total))

    def refresh(self) -> None:
        """Read the log again, keeping the chosen entry and the scroll position."""
        self._place.remember()
        self.model.refresh()

    def _show_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            return
        entry_id = row.id
        self._details.request(lambda database: audit_log.get_entry(database, entry_id), self._show_detail)

    def _show_detail(self, detail: AuditDetail) -> None:
        fields = detail.changed_fields()
        self.changes.setRowCount(len(fields))
        before, after = detail.before or {}, detail.after or {}
        for row, name in enumerate(fields):
            self.changes.setItem(row, 0, QTableWidgetItem(name))
            self.changes.setItem(row, 1, QTableWidgetItem(_shown(before.get(name)) if detail.before else ""))
            self.changes.setItem(row, 2, QTableWidgetItem(_shown(after.get(name)) if detail.after else ""))
        self.changes.resizeRowsToContents()


def _shown(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return _local_instant(value) or value
    return json.dumps(value, ensure_ascii=False)


def _local_instant(value: str) -> str | None:
    """Instants are logged as ISO UTC; people read Riga time ("05.03.2026 18:00")."""
    if len(value) < 19 or value[10] != "T" or not value.endswith("+00:00"):
        return None
    try:
        local = to_local(dt.datetime.fromisoformat(value))
    except ValueError:
        return None
    return f"{format_date(local.date())} {format_time(local)}"
