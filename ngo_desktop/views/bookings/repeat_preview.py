"""Before a series is saved: every date, marked where a rule refuses it; book the rest or cancel."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.services.bookings.booking import Occurrence
from ngo_desktop.timeutil import format_date, format_time


class RepeatPreviewDialog(QDialog):
    """``skip_conflicts`` is True when the operator chose to book only the dates that fit."""

    def __init__(self, occurrences: list[Occurrence], override_reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dates of the series"))
        self.resize(640, 420)
        self.skip_conflicts = False
        refused = [occurrence for occurrence in occurrences if occurrence.refused(override_reason)]
        self.table = QTableWidget(len(occurrences), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Time"), self.tr("Check")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, occurrence in enumerate(occurrences):
            problems = occurrence.refused(override_reason)
            note = " ".join(problem.message for problem in problems) or (
                self.tr("Fits (overridden)") if occurrence.problems else self.tr("Fits"))
            cells = [format_date(occurrence.starts.date()),
                     f"{format_time(occurrence.starts)}–{format_time(occurrence.ends)}", note]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if problems:
                    item.setBackground(QBrush(QColor("#f4cccc")))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        summary = QLabel(self.tr("Dates that break a rule: %n.", "", len(refused)) if refused
                         else self.tr("All dates fit (%n).", "", len(occurrences)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if refused and len(refused) < len(occurrences):
            self.skip_button = QPushButton(self.tr("Book the dates that fit (%n)", "", len(occurrences) - len(refused)))
            buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.skip_button.clicked.connect(self.book_skipping)
        elif not refused:
            self.book_button = QPushButton(self.tr("Book all"))
            buttons.addButton(self.book_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.book_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def book_skipping(self) -> None:
        self.skip_conflicts = True
        self.accept()
