"""The section's front-page panel: terms ending within 30 days and months not paid."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ngo_desktop.database.core import Database
from ngo_desktop.money import format_cents
from ngo_desktop.services.premises.reminders import PremisesReminders, premises_reminders
from ngo_desktop.timeutil import format_date
from ngo_desktop.views.operations import LatestOnly

TENANCY_ROLE = 256
MONTH_ROLE = 257


class RemindersPanel(QFrame):
    """Two short lists side by side. Double-clicking an unpaid month asks to open it (``month_chosen``).

    ``reminders`` holds what was last read from the database.
    """

    month_chosen = Signal(object)  # dt.date: the first day of the month to show

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._reads = LatestOnly(self, database)
        self.reminders = PremisesReminders((), ())
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.ending_title = QLabel()
        self.unpaid_title = QLabel()
        for title in (self.ending_title, self.unpaid_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        self.ending = QListWidget()
        self.unpaid = QListWidget()
        self.unpaid.itemActivated.connect(
            lambda item: self.month_chosen.emit(item.data(MONTH_ROLE)))
        layout = QHBoxLayout(self)
        for title, items in ((self.ending_title, self.ending), (self.unpaid_title, self.unpaid)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(items)
            items.setMaximumHeight(110)
            layout.addLayout(column, 1)

    def refresh(self, today: dt.date | None = None) -> None:
        """Read the reminders again off the GUI thread; they show when they arrive."""
        self._reads.request(lambda db: premises_reminders(db, today=today), self.show_reminders)

    def show_reminders(self, reminders: PremisesReminders) -> None:
        self.reminders = reminders
        self.ending.clear()
        self.unpaid.clear()
        self.ending_title.setText(self.tr("Terms ending within 30 days (%1)").replace(
            "%1", str(len(self.reminders.ending))))
        self.unpaid_title.setText(self.tr("Unpaid months (%1)").replace("%1", str(len(self.reminders.unpaid))))
        for term in self.reminders.ending:
            text = self.tr("%1 — %2, %3 (in %4 days)").replace("%1", format_date(term.last_day)).replace(
                "%2", term.tenant_name).replace("%3", term.premises_name).replace("%4", str(term.days_left))
            item = QListWidgetItem(text)
            item.setData(TENANCY_ROLE, term.tenancy_id)
            self.ending.addItem(item)
        for line in self.reminders.unpaid:
            text = self.tr("%1 — %2, %3: %4 outstanding (due on %5)").replace(
                "%1", line.month.strftime("%m.%Y")).replace("%2", line.tenant_name).replace(
                "%3", line.premises_name).replace("%4", format_cents(line.outstanding_cents)).replace(
                "%5", format_date(line.due_on))
            item = QListWidgetItem(text)
            item.setToolTip(text)  # the whole line where the panel is narrower than it (1024 px)
            item.setData(TENANCY_ROLE, line.tenancy_id)
            item.setData(MONTH_ROLE, line.month)
            self.unpaid.addItem(item)
        if not self.reminders.ending:
            self.ending.addItem(self.tr("None — nothing ends soon."))
        if not self.reminders.unpaid:
            self.unpaid.addItem(self.tr("None — every month due is paid."))
