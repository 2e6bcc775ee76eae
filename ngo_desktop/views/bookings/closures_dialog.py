"""Closures of a room or a whole site (renovation, staff holiday), listed and added here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.db import Database
from ngo_desktop.services.errors import DomainError
from ngo_desktop.services.rooms import (
    ClosureInfo,
    add_closure,
    list_closures,
    list_rooms,
    list_sites,
    remove_closure,
)
from ngo_desktop.timeutil import format_span, now_utc


class ClosuresDialog(QDialog):
    """Private: ``_closures`` the rows of the table, from now on."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._closures: list[ClosureInfo] = []
        self.setWindowTitle(self.tr("Closures"))
        self.resize(680, 460)
        self.where = QComboBox()
        self._names: dict[tuple[str, int], str] = {}
        for site in list_sites(database):
            label = self.tr("Whole site: %1").replace("%1", site.name)
            self.where.addItem(label, ("site", site.id))
            self._names[("site", site.id)] = label
        for room in list_rooms(database):
            label = f"{room.site_name} — {room.name}"
            self.where.addItem(label, ("room", room.id))
            self._names[("room", room.id)] = label
        now = QDateTime.currentDateTime()
        self.starts = QDateTimeEdit(now)
        self.ends = QDateTimeEdit(now.addDays(1))
        for editor in (self.starts, self.ends):
            editor.setDisplayFormat("dd.MM.yyyy HH:mm")
            editor.setCalendarPopup(True)
        self.reason = QLineEdit()
        add = QPushButton(self.tr("Add closure"))
        add.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("Room or site"), self.where)
        form.addRow(self.tr("From"), self.starts)
        form.addRow(self.tr("Until"), self.ends)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", add)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Room or site"), self.tr("When"), self.tr("Reason")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        remove = QPushButton(self.tr("Remove the selected closure"))
        remove.clicked.connect(self.remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(remove)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self._closures = list_closures(self.database, now_utc(), now_utc() + dt.timedelta(days=3650))
        self.table.setRowCount(len(self._closures))
        for row, closure in enumerate(self._closures):
            key = ("site", closure.site_id) if closure.site_id else ("room", closure.room_id or 0)
            for column, text in enumerate((self._names.get(key, ""), format_span(closure.starts_at, closure.ends_at),
                                           closure.reason)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        kind, target = self.where.currentData()
        try:
            add_closure(self.database, starts_local=self.starts.dateTime().toPython(),
                        ends_local=self.ends.dateTime().toPython(), reason=self.reason.text(),
                        site_id=target if kind == "site" else None, room_id=target if kind == "room" else None)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("The closure was not saved"), str(error))
            return
        self.reason.clear()
        self.reload()

    def remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._closures):
            remove_closure(self.database, self._closures[row].id)
            self.reload()
