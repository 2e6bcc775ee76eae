"""A year of municipal support: per month what tenants were charged and what the reductions forgave."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
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

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import locale as current_locale
from ngo_desktop.money import format_cents
from ngo_desktop.services.premises.statements import MonthSupport, support_per_month
from ngo_desktop.timeutil import today_local
from ngo_desktop.views.itemmodels import PagedTableModel


class SupportTableModel(PagedTableModel["MonthSupport | None"]):
    """Twelve months and a total row (the row ``None``)."""

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(database, parent)
        self.year = today_local().year
        self.headers = [self.tr("Month"), self.tr("Tenancies"), self.tr("Charged"), self.tr("Rent reductions"),
                        self.tr("Utilities reductions"), self.tr("Support given"), self.tr("Amount due"),
                        self.tr("Paid")]

    def show_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def first_page(self, database: Database, limit: int) -> tuple[int, list[MonthSupport | None]]:
        months: list[MonthSupport | None] = list(support_per_month(database, year=self.year))
        if months:
            months.append(None)
        return len(months), months

    def column_titles(self) -> list[str]:
        return self.headers

    def cell(self, month: MonthSupport | None, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and month is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if month is None:
            if column == 0:
                return self.tr("Total")
            if column == 1:
                return ""
            return format_cents(sum(self._figures(row)[column - 2] for row in self.rows if row is not None))
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
    """The support table of a chosen year, with its export."""

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
        self.model = SupportTableModel(database, self)
        self.model.loaded.connect(self.table_filled)
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
        """Read the chosen year again; the months show when they arrive."""
        self.model.show_year(self.year.value())

    def table_filled(self) -> None:
        self.table.resizeColumnsToContents()

    def export(self) -> None:
        from ngo_desktop.views.premises.documents import export_support_file

        export_support_file(self, self.database, self.year.value())
