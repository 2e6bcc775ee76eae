"""Find a free room: date, time span, attendees and equipment in; the rooms that fit out, ready to book."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.money import format_cents
from ngo_desktop.services.bookings.free_rooms import FreeRoom, FreeRoomSearch, RoomNotFree, search_free_rooms
from ngo_desktop.services.bookings.rooms import EQUIPMENT_CODES, equipment_label
from ngo_desktop.views.date_input import DateEdit, TimeEdit, refuse_unreadable
from ngo_desktop.views.operations import Operation


class FreeRoomDialog(QDialog):
    """After ``accept`` the chosen room and span are in ``chosen`` (room id, local start, local end)."""

    def __init__(self, database: Database, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.chosen: tuple[int, dt.datetime, dt.datetime] | None = None
        self._found: list[FreeRoom] = []
        self.setWindowTitle(self.tr("Find a free room"))
        self.resize(640, 480)
        self.date = DateEdit(day)
        self.starts = TimeEdit(dt.time(10, 0))
        self.ends = TimeEdit(dt.time(12, 0))
        span = QHBoxLayout()
        for widget in (self.date, self.starts, QLabel("–"), self.ends):
            span.addWidget(widget)
        span.addStretch(1)
        self.attendees = QSpinBox()
        self.attendees.setRange(0, 10000)
        self.equipment: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for index, code in enumerate(EQUIPMENT_CODES):
            self.equipment[code] = QCheckBox(equipment_label(code))
            grid.addWidget(self.equipment[code], index // 4, index % 4)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        form = QFormLayout()
        form.addRow(self.tr("When"), span)
        form.addRow(self.tr("Attendees"), self.attendees)
        form.addRow(self.tr("Equipment"), grid)
        form.addRow("", self.search_button)
        self.results = QTableWidget(0, 4)
        self.results.setHorizontalHeaderLabels([self.tr("Room"), self.tr("Site"), self.tr("Capacity"),
                                                self.tr("Full value")])
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().setVisible(False)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.activated.connect(self.book)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.book_button = buttons.addButton(self.tr("Book this room…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_button.clicked.connect(self.book)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        layout.addWidget(buttons)

    def _span(self) -> tuple[dt.date, dt.time, dt.time]:
        return self.date.date().toPython(), self.starts.time().toPython(), self.ends.time().toPython()

    def search(self) -> None:
        """Ask for the free rooms (off the GUI thread); the table fills when they arrive."""
        if refuse_unreadable(self, [self.date, self.starts, self.ends]):
            return
        day, starts, ends = self._span()
        attendees = self.attendees.value()
        equipment = tuple(code for code, box in self.equipment.items() if box.isChecked())
        Operation(self, self.database, lambda database: search_free_rooms(
            database, day=day, starts=starts, ends=ends, attendees=attendees, equipment=equipment)) \
            .success(self._show_found).refusal_title(self.tr("Find a free room")) \
            .disabling(self.search_button).run()

    def _show_found(self, search: FreeRoomSearch) -> None:
        self._found = search.free
        self.results.setRowCount(len(self._found))
        for row, free in enumerate(self._found):
            for column, text in enumerate((free.room.name, free.room.site_name, str(free.room.capacity),
                                           format_cents(free.full_value_cents))):
                self.results.setItem(row, column, QTableWidgetItem(text))
        self.results.resizeColumnsToContents()
        if self._found:
            self.results.selectRow(0)
        if self._found or not search.not_free:
            self.summary.setText(self.tr("%n room(s) free and fitting.", "", len(self._found)))
        else:
            # Saying only "none" leaves the person guessing what to change: say why for each room.
            self.summary.setText("\n".join([self.tr("No room is free and fitting:")] + [
                f"• {_why(room)}" for room in search.not_free]))

    def book(self) -> None:
        row = self.results.currentRow()
        if not 0 <= row < len(self._found) or refuse_unreadable(self, [self.date, self.starts, self.ends]):
            return
        day, starts, ends = self._span()
        self.chosen = (self._found[row].room.id, dt.datetime.combine(day, starts), dt.datetime.combine(day, ends))
        self.accept()


def _why(not_free: RoomNotFree) -> str:
    """The reasons a room does not fit, led by its name unless they already say it."""
    reasons = " ".join(not_free.reasons)
    return reasons if not_free.room.name in reasons else f"{not_free.room.name}: {reasons}"
