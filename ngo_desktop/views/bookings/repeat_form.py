"""The repeat part of the booking form: how often, and until a date or how many times."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QRadioButton, QSpinBox, QWidget

from ngo_desktop.services.bookings.repeats import RepeatKind, RepeatRule
from ngo_desktop.timeutil import today_local
from ngo_desktop.views.date_input import DateEdit

# A series "until" a date starts out a season long; the user types the real end.
DEFAULT_SPAN = relativedelta(months=3)


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
        self.until = DateEdit(today_local() + DEFAULT_SPAN)
        # A date typed or picked there is meant to end the series, not a count left chosen.
        self.until.textEdited.connect(lambda _text: self.by_date.setChecked(True))
        self.until.calendar_action.triggered.connect(lambda: self.by_date.setChecked(True))
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

    def date_editors(self) -> list[DateEdit]:
        """The date fields the rule is read from (to check before saving)."""
        return [self.until] if self.kind.currentData() is not None and self.by_date.isChecked() else []

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
