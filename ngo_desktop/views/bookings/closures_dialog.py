"""Closures of a room or a whole site (renovation, staff holiday), listed and added here.

The places and the closures are read, and closures added and removed, through the operations layer.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.services.bookings.rooms import (
    ClosureInfo,
    RoomInfo,
    SiteInfo,
    add_closure,
    list_closures,
    list_rooms,
    list_sites,
    remove_closure,
)
from ngo_desktop.timeutil import format_span, now_utc
from ngo_desktop.views.date_input import DateTimeEdit, refuse_unreadable
from ngo_desktop.views.operations import Operation

# Closures are listed from now this far ahead.
LISTED_DAYS = 3650


def _upcoming(database: Database) -> list[ClosureInfo]:
    return list_closures(database, now_utc(), now_utc() + dt.timedelta(days=LISTED_DAYS))


def _places_and_closures(database: Database) -> tuple[list[SiteInfo], list[RoomInfo], list[ClosureInfo]]:
    return list_sites(database), list_rooms(database), _upcoming(database)


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
        now = QDateTime.currentDateTime()
        self.starts = DateTimeEdit(now)
        self.ends = DateTimeEdit(now.addDays(1))
        self.reason = QLineEdit()
        self.add_button = QPushButton(self.tr("Add closure"))
        self.add_button.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("Room or site"), self.where)
        form.addRow(self.tr("From"), self.starts)
        form.addRow(self.tr("Until"), self.ends)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.add_button)
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
        Operation(self, database, _places_and_closures).success(lambda found: self._show_places(*found)) \
            .refusal_title(self.tr("Closures")).run()

    def _show_places(self, sites: list[SiteInfo], rooms: list[RoomInfo], closures: list[ClosureInfo]) -> None:
        for site in sites:
            label = self.tr("Whole site: %1").replace("%1", site.name)
            self.where.addItem(label, ("site", site.id))
            self._names[("site", site.id)] = label
        for room in rooms:
            label = f"{room.site_name} — {room.name}"
            self.where.addItem(label, ("room", room.id))
            self._names[("room", room.id)] = label
        self._show_closures(closures)

    def reload(self) -> None:
        Operation(self, self.database, _upcoming).success(self._show_closures) \
            .refusal_title(self.tr("Closures")).run()

    def _show_closures(self, closures: list[ClosureInfo]) -> None:
        self._closures = closures
        self.table.setRowCount(len(self._closures))
        for row, closure in enumerate(self._closures):
            key = ("site", closure.site_id) if closure.site_id else ("room", closure.room_id or 0)
            for column, text in enumerate((self._names.get(key, ""), format_span(closure.starts_at, closure.ends_at),
                                           closure.reason)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        if self.where.currentData() is None:
            return  # the rooms and sites have not arrived yet
        if refuse_unreadable(self, [self.starts, self.ends]):
            return
        kind, target = self.where.currentData()
        starts, ends = self.starts.dateTime().toPython(), self.ends.dateTime().toPython()
        reason = self.reason.text()
        Operation(self, self.database, lambda database: add_closure(
            database, starts_local=starts, ends_local=ends, reason=reason,
            site_id=target if kind == "site" else None, room_id=target if kind == "room" else None)) \
            .success(lambda _closure: self._added()).refusal_title(self.tr("The closure was not saved")) \
            .disabling(self.add_button).run()

    def _added(self) -> None:
        self.reason.clear()
        self.reload()

    def remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._closures):
            closure_id = self._closures[row].id
            Operation(self, self.database, lambda database: remove_closure(database, closure_id)) \
                .success(lambda _none: self.reload()).refusal_title(self.tr("The closure was not removed")).run()
