"""The "New document" panel: pick a kind, then only the choices that kind needs, then Make.

Rows the chosen kind does not use are hidden (QFormLayout.setRowVisible), so the front desk sees
a booking picker for a booking sheet, a room and a day or week for a door sign, and so on.
The pickers' choices are read on the worker thread; a reload keeps what the user had chosen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop import settings
from ngo_desktop.database.core import Database
from ngo_desktop.services.printing.choices import DocumentChoices, document_choices
from ngo_desktop.services.printing.common import week_text
from ngo_desktop.services.printing.register import KINDS, DocumentRequest
from ngo_desktop.timeutil import format_date, today_local
from ngo_desktop.views.date_input import DateEdit, refuse_unreadable
from ngo_desktop.views.operations import Operation
from ngo_desktop.vocabulary import document_kind_label

# Which pickers each document needs.
_NEEDS: dict[str, tuple[str, ...]] = {
    "booking-sheet": ("booking",),
    "door-sign": ("room", "day", "whole_week"),
    "week-schedule": ("site", "day"),
    "flyer": ("fair", "flyer_size"),
    "stall-plan": ("fair", "fair_day"),
    "check-in": ("fair", "fair_day"),
    "directory": (),
}


class NewDocumentPanel(QGroupBox):
    """Emits ``requested`` with a DocumentRequest when the user presses Make. ``_fairs`` maps a fair
    to its days; ``_filled`` is False until the first choices arrived (the day starts at today then)."""

    requested = Signal(object)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New document"))
        self._database = database
        self._fairs: dict[int, tuple[dt.date, ...]] = {}
        self._filled = False
        self.kind_box = QComboBox()
        for kind in KINDS:
            self.kind_box.addItem(document_kind_label(kind), kind)
        self.booking_box = QComboBox()
        self.booking_box.setMinimumContentsLength(30)
        self._make_searchable(self.booking_box)
        # A booking's line (day, room, organisation, title) is longer than the panel is wide: the
        # list opens as wide as its lines, and the chosen one is whole in the box's tooltip.
        self.booking_box.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.booking_box.currentTextChanged.connect(self.booking_box.setToolTip)
        self.room_box = QComboBox()
        self.site_box = QComboBox()
        self.day_edit = DateEdit()
        self.whole_week = QCheckBox(self.tr("The whole week"))
        self.fair_box = QComboBox()
        self.fair_day_box = QComboBox()
        self.flyer_size_box = QComboBox()
        self.flyer_size_box.addItem("A4", "A4")
        self.flyer_size_box.addItem("A5", "A5")
        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("A4"), "A4")
        self.paper_box.addItem(self.tr("Letter"), "Letter")
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(settings.paper_size())))
        self.landscape_box = QCheckBox(self.tr("Landscape"))
        self.make_button = QPushButton(self.tr("Make and preview…"))
        self.make_button.setDefault(True)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Document"), self.kind_box)
        self._rows = {
            "booking": self.booking_box, "room": self.room_box, "site": self.site_box, "day": self.day_edit,
            "whole_week": self.whole_week, "fair": self.fair_box, "fair_day": self.fair_day_box,
            "flyer_size": self.flyer_size_box,
        }
        self.form.addRow(self.tr("Booking"), self.booking_box)
        self.form.addRow(self.tr("Room"), self.room_box)
        self.form.addRow(self.tr("Site"), self.site_box)
        self.form.addRow(self.tr("Day"), self.day_edit)
        self.form.addRow("", self.whole_week)
        self.form.addRow(self.tr("Fair"), self.fair_box)
        self.form.addRow(self.tr("Fair day"), self.fair_day_box)
        self.form.addRow(self.tr("Flyer size"), self.flyer_size_box)
        self.form.addRow(self.tr("Paper"), self.paper_box)
        self.form.addRow("", self.landscape_box)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.make_button)
        layout.addStretch(1)

        self.kind_box.currentIndexChanged.connect(self._show_rows)
        self.fair_box.currentIndexChanged.connect(self._fill_fair_days)
        self.flyer_size_box.currentIndexChanged.connect(self._show_rows)
        self.make_button.clicked.connect(self.make)
        self.reload()

    def reload(self) -> None:
        """Read the pickers' choices again (after demo data arrives, or bookings change); returns at once."""
        around = today_local() - dt.timedelta(days=7)
        Operation(self, self._database, lambda database: document_choices(database, around=around)) \
            .success(self._show_choices).run()

    def _show_choices(self, choices: DocumentChoices) -> None:
        if not self._filled:
            today = today_local()
            self.day_edit.setDate(today)
            self._filled = True
        self._fill(self.booking_box, choices.bookings)
        self.booking_box.view().setMinimumWidth(self.booking_box.view().sizeHintForColumn(0) + 24)
        self._fill(self.room_box, choices.rooms)
        self._fill(self.site_box, choices.sites)
        self._fairs = {fair_id: days for fair_id, _name, days in choices.fairs}
        self.fair_box.blockSignals(True)
        self._fill(self.fair_box, [(fair_id, name) for fair_id, name, _days in choices.fairs])
        self.fair_box.blockSignals(False)
        self._fill_fair_days()
        self._show_rows()

    def _make_searchable(self, box: QComboBox) -> None:
        """Typing any part of a booking (a date, a room, an organisation) lists the matches at once;
        text that names no booking gives way to the booking chosen before."""
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.lineEdit().setPlaceholderText(self.tr("Type a date, room or organisation"))
        completer = QCompleter(box.model(), box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        box.setCompleter(completer)

        def settle() -> None:
            if box.findText(box.currentText()) < 0:
                box.lineEdit().setText(box.itemText(box.currentIndex()) if box.currentIndex() >= 0 else "")

        box.lineEdit().editingFinished.connect(settle)

    @staticmethod
    def _fill(box: QComboBox, items: list[tuple[int, str]]) -> None:
        """Replace the box's items, keeping the one chosen when it is still offered."""
        chosen = box.currentData()
        box.clear()
        for item_id, text in items:
            box.addItem(text, item_id)
        box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)

    def _fill_fair_days(self) -> None:
        chosen = self.fair_day_box.currentData()
        self.fair_day_box.clear()
        days = self._fairs.get(self.fair_box.currentData(), ())
        today = today_local()
        for day in days:
            self.fair_day_box.addItem(format_date(day), day.isoformat())
        upcoming = next((index for index, day in enumerate(days) if day >= today), len(days) - 1)
        kept = self.fair_day_box.findData(chosen) if chosen is not None else -1
        self.fair_day_box.setCurrentIndex(kept if kept >= 0 else max(0, upcoming))

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))

    def _show_rows(self) -> None:
        needs = _NEEDS[self.kind()]
        for name, widget in self._rows.items():
            self.form.setRowVisible(widget, name in needs)
        # A5 is the flyer's own size; A4/Letter applies to everything else.
        self.form.setRowVisible(self.paper_box, not (self.kind() == "flyer" and self.flyer_size_box.currentData() == "A5"))
        self.make_button.setEnabled(self._has_choices(needs))

    def _has_choices(self, needs: tuple[str, ...]) -> bool:
        boxes = {"booking": self.booking_box, "room": self.room_box, "site": self.site_box, "fair": self.fair_box,
                 "fair_day": self.fair_day_box}
        return all(boxes[name].count() > 0 for name in needs if name in boxes)

    def make(self) -> None:
        """Ask for the document chosen, unless the day typed (where one is asked) is not a date."""
        if not refuse_unreadable(self, [self.day_edit] if not self.day_edit.isHidden() else []):
            self.requested.emit(self.request())

    def request(self) -> DocumentRequest:
        kind = self.kind()
        # Read only for the kinds that show the day, which make() has checked.
        day = self.day_edit.value() or today_local()
        paper = str(self.paper_box.currentData())
        if kind == "flyer" and self.flyer_size_box.currentData() == "A5":
            paper = "A5"
        landscape = True if self.landscape_box.isChecked() else None
        request = DocumentRequest(kind=kind, paper=paper, landscape=landscape)
        if kind == "booking-sheet":
            return DocumentRequest(kind=kind, paper=paper, landscape=landscape,
                                   booking_id=self.booking_box.currentData())
        if kind == "door-sign":
            week = week_text(day) if self.whole_week.isChecked() else None
            return DocumentRequest(kind=kind, paper=paper, landscape=landscape, room_id=self.room_box.currentData(),
                                   day=None if week else day, week=week)
        if kind == "week-schedule":
            return DocumentRequest(kind=kind, paper=paper, landscape=landscape, site_id=self.site_box.currentData(),
                                   week=week_text(day))
        if kind == "flyer":
            return DocumentRequest(kind=kind, paper=paper, landscape=landscape, fair_id=self.fair_box.currentData())
        if kind in ("stall-plan", "check-in"):
            chosen = self.fair_day_box.currentData()
            return DocumentRequest(kind=kind, paper=paper, landscape=landscape, fair_id=self.fair_box.currentData(),
                                   day=dt.date.fromisoformat(chosen) if chosen else None)
        return request
