"""A year of municipal support: per month what tenants were charged and what the reductions forgave."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.db import Database
from ngo_desktop.i18n import locale as current_locale
from ngo_desktop.money import format_cents
from ngo_desktop.services.tenancy_statements import MonthSupport, support_per_month
from ngo_desktop.timeutil import today_local

AnyIndex = QModelIndex | QPersistentModelIndex


class SupportTableModel(QAbstractTableModel):
    """Twelve months and a total row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._months: list[MonthSupport] = []
        self.headers = [self.tr("Month"), self.tr("Tenancies"), self.tr("Charged"), self.tr("Rent reductions"),
                        self.tr("Utilities reductions"), self.tr("Support given"), self.tr("Amount due"),
                        self.tr("Paid")]

    def set_months(self, months: list[MonthSupport]) -> None:
        self.beginResetModel()
        try:
            self._months = months
        finally:
            self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's names)
        return 0 if parent.isValid() or not self._months else len(self._months) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        is_total = index.row() == len(self._months)
        column = index.column()
        if role == Qt.ItemDataRole.FontRole and is_total:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if is_total:
            if column == 0:
                return self.tr("Total")
            if column == 1:
                return ""
            return format_cents(sum(self._figures(month)[column - 2] for month in self._months))
        month = self._months[index.row()]
        if column == 0:
            return current_locale().standaloneMonthName(month.month.month).capitalize()
        if column == 1:
            return str(month.tenancies)
        return format_cents(self._figures(month)[column - 2])

    @staticmethod
    def _figures(month: MonthSupport) -> list[int]:
        return [month.charge_cents, month.rent_reduction_cents, month.utilities_reduction_cents,
                month.support_cents, month.due_cents, month.paid_cents]


class SupportView(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today_local().year)
        self.year.valueChanged.connect(lambda _year: self.refresh())
        self.export_button = QPushButton(self.tr("Export for the report…"))
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.export_button)
        self.model = SupportTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.explanation = QLabel(self.tr(
            "Support given is what the municipality's reductions of rent and utilities cost in each month."))
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explanation)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_months(support_per_month(self.database, year=self.year.value()))
        self.table.resizeColumnsToContents()

    def export(self) -> None:
        from ngo_desktop.views.premises.documents import export_support_file

        export_support_file(self, self.database, self.year.value())
