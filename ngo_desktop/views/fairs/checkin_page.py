"""The Day tab: the check-in list the operator ticks on the day, and the fees per day and event."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import Database
from ngo_desktop.models import ApplicationStatus, CheckIn
from ngo_desktop.money import format_cents
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.fairs import vendors
from ngo_desktop.services.fairs.vendors import ApplicationFilter
from ngo_desktop.timeutil import format_date
from ngo_desktop.views.fairs.applications_model import ApplicationsModel, Column
from ngo_desktop.views.operations import LatestOnly, Operation
from ngo_desktop.views.persist import remember_header

CHECK_IN_COLUMNS = (Column.STALL, Column.ORGANISATION, Column.ARRIVED, Column.CATEGORY, Column.PAYMENT,
                    Column.FEE, Column.CONTACT)


class CheckInPage(QWidget):
    """Accepted vendors of the chosen day with an Arrived box; unticking marks a no-show."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._fair_id: int | None = None
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Day")))
        self.day_combo = QComboBox()
        # Filled when the fair's days arrive, after the first show: keep every date whole.
        self.day_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_combo.currentIndexChanged.connect(self.show_day)
        row.addWidget(self.day_combo)
        self.arrived_label = QLabel()
        row.addWidget(self.arrived_label)
        row.addStretch(1)
        column.addLayout(row)
        self.model = ApplicationsModel(database, CHECK_IN_COLUMNS, self)
        self.model.dataChanged.connect(lambda *_: self._count_arrivals())
        self.model.loaded.connect(self._count_arrivals)
        self._totals_loads = LatestOnly(self, database)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for index, width in enumerate((60, 260, 110, 120, 130, 80)):
            self.table.setColumnWidth(index, width)
        remember_header(self.table.horizontalHeader(), "fairs/check_in")
        column.addWidget(self.table, 2)
        column.addWidget(QLabel(self.tr("Fees")))
        self.totals = QTableWidget(0, 5)
        self.totals.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Vendors"), self.tr("Fees due"),
                                               self.tr("Paid"), self.tr("Waived")])
        self.totals.verticalHeader().hide()
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.totals, 1)

    def set_fair(self, fair_id: int | None) -> None:
        """Show ``fair_id``: its days are read on the worker, then the chosen day's list."""
        self._fair_id = fair_id
        if fair_id is None:
            self._show_days([])
            return
        Operation(self, self.database, lambda database: fairs.list_days(database, fair_id)) \
            .success(lambda days: self._show_days(days) if self._fair_id == fair_id else None).run()

    def _show_days(self, days: list[fairs.FairDayInfo]) -> None:
        chosen = self.day_combo.currentData()
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        for day in days:
            self.day_combo.addItem(format_date(day.day), day.id)
        self.day_combo.setCurrentIndex(max(0, self.day_combo.findData(chosen)))
        self.day_combo.blockSignals(False)
        self.show_day()

    def refresh(self, changes: Changes | None = None) -> None:
        """After a change: the days again when they changed, else the list and the fees."""
        if changes is not None and changes.touches(("fair_day",)):
            self.set_fair(self._fair_id)
        else:
            self.show_day()

    def show_day(self) -> None:
        day_id = self.day_combo.currentData()
        if self._fair_id is None or day_id is None:
            self.model.set_filter(None)
        else:
            self.model.set_filter(ApplicationFilter(fair_id=self._fair_id, fair_day_id=day_id,
                                                    statuses=(ApplicationStatus.ACCEPTED,), by_stall=True))
        fair_id = self._fair_id
        if fair_id is None:
            self._fill_totals([])
        else:
            self._totals_loads.request(lambda database: vendors.fee_totals(database, fair_id), self._fill_totals)

    def _count_arrivals(self) -> None:
        arrived = sum(1 for row in self.model.rows if row.check_in == CheckIn.ARRIVED)
        self.arrived_label.setText(self.tr("%1 of %2 arrived").replace("%1", str(arrived))
                                   .replace("%2", str(self.model.total)))

    def _fill_totals(self, days: list[vendors.DayTotals]) -> None:
        self.totals.setRowCount(len(days) + (1 if days else 0))
        for row, totals in enumerate(days):
            self._set_row(row, format_date(totals.day), totals.vendors, totals.due_cents, totals.paid_cents,
                          totals.waived)
        if days:
            self._set_row(len(days), self.tr("Whole event"), sum(d.vendors for d in days),
                          sum(d.due_cents for d in days), sum(d.paid_cents for d in days),
                          sum(d.waived for d in days))

    def _set_row(self, row: int, label: str, count: int, due: int, paid: int, waived: int) -> None:
        for column, text in enumerate((label, str(count), format_cents(due), format_cents(paid), str(waived))):
            self.totals.setItem(row, column, QTableWidgetItem(text))
