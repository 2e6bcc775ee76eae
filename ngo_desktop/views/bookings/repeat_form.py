"""The repeat part of the booking form: how often, and until a date or how many times."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QGridLayout, QRadioButton, QSpinBox, QWidget

from ngo_desktop.services.bookings.repeats import RepeatKind, RepeatRule


class RepeatForm(QWidget):
    """``rule()`` is None when the booking does not repeat."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Does not repeat"), None)
        self.kind.addItem(self.tr("Weekly"), "weekly")
        self.kind.addItem(self.tr("Every 2 weeks"), "every-2-weeks")
        self.kind.addItem(self.tr("Monthly, same weekday"), "monthly-nth")
        self.first_and_third = QCheckBox(self.tr("1st and 3rd"))
        self.by_date = QRadioButton(self.tr("until"))
        self.until = QDateEdit(QDate.currentDate().addMonths(3))
        self.until.setDisplayFormat("dd.MM.yyyy")
        self.until.setCalendarPopup(True)
        self.by_count = QRadioButton(self.tr("times"))
        self.count = QSpinBox()
        self.count.setRange(1, 260)
        self.count.setValue(10)
        self.by_count.setChecked(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind, 0, 0, 1, 2)
        layout.addWidget(self.first_and_third, 0, 2, 1, 2)
        for column, widget in enumerate((self.by_date, self.until, self.by_count, self.count)):
            layout.addWidget(widget, 1, column)
        layout.setColumnStretch(4, 1)
        self.kind.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        repeating = self.kind.currentData() is not None
        for widget in (self.by_date, self.until, self.by_count, self.count):
            widget.setEnabled(repeating)
        self.first_and_third.setEnabled(self.kind.currentData() == "monthly-nth")

    def rule(self) -> RepeatRule | None:
        kind = self.kind.currentData()
        if kind is None:
            return None
        until: dt.date | None = self.until.date().toPython() if self.by_date.isChecked() else None
        count = None if until else self.count.value()
        if kind == "monthly-nth":
            return RepeatRule(RepeatKind.MONTHLY_NTH, nth=(1, 3) if self.first_and_third.isChecked() else (),
                              until=until, count=count)
        return RepeatRule(RepeatKind.WEEKLY, interval=2 if kind == "every-2-weeks" else 1, until=until, count=count)
