"""Qt item models of the premises section: the premises list (paged) and one premises' tenancies.

Both are ``PagedTableModel``s: their queries run on the worker and the rows appear when they arrive.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ngo_desktop.database.core import Database
from ngo_desktop.models import ReductionKind
from ngo_desktop.money import format_cents
from ngo_desktop.services.premises.registry import (
    PremisesRow,
    TenancyDetails,
    area_text,
    count_premises,
    list_premises,
    tenancies_of_premises,
)
from ngo_desktop.timeutil import format_date, today_local
from ngo_desktop.views.itemmodels import PagedTableModel
from ngo_desktop.vocabulary import decision_text, sentence_case

BATCH_SIZE = 100
ID_ROLE = Qt.ItemDataRole.UserRole


class PremisesTableModel(PagedTableModel[PremisesRow]):
    """The premises in Latvian name order with their occupancy today, fetched ``BATCH_SIZE`` rows at a time."""

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(database, parent, page_rows=BATCH_SIZE)
        self.search = ""
        self.include_archived = False
        self.today: dt.date = today_local()
        self.headers = [self.tr("Premises"), self.tr("Address"), self.tr("Area"), self.tr("Rent a month"),
                        self.tr("Utilities a month"), self.tr("Occupancy"), self.tr("Tenants now")]
        self.reload()

    def reload(self) -> None:
        self.today = today_local()
        super().reload()

    def first_page(self, database: Database, limit: int) -> tuple[int, list[PremisesRow]]:
        search, archived = self.search, self.include_archived
        total = count_premises(database, include_archived=archived, search=search)
        return total, list_premises(database, today=self.today, include_archived=archived, search=search,
                                    limit=limit)

    def next_page(self, database: Database, offset: int, limit: int) -> list[PremisesRow]:
        return list_premises(database, today=self.today, include_archived=self.include_archived,
                             search=self.search, offset=offset, limit=limit)

    def column_titles(self) -> list[str]:
        return self.headers

    def row_of(self, premises_id: int) -> int:
        return next((index for index, row in enumerate(self.rows) if row.id == premises_id), -1)

    def cell(self, row: PremisesRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.archived:
                return QBrush(QColor("#808080"))
            if column == 5 and row.current_tenants == 0:
                return QBrush(QColor("#0b6e74"))  # vacant: something to let
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return "\n".join(row.tenant_names)
        return None

    def _text(self, row: PremisesRow, column: int) -> str:
        if column == 0:
            return row.name + (self.tr(" (archived)") if row.archived else "")
        if column == 1:
            return row.address
        if column == 2:
            return area_text(row.area_m2)
        if column == 3:
            return format_cents(row.base_rent_cents)
        if column == 4:
            return format_cents(row.utilities_cents)
        if column == 5:
            if row.current_tenants == 0:
                return self.tr("vacant")
            return f"{row.current_tenants} / {row.max_tenants}"
        return ", ".join(row.tenant_names)


class TenanciesTableModel(PagedTableModel[TenancyDetails]):
    """The tenancies of one premises, newest first (a handful per premises, so loaded whole)."""

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(database, parent)
        self.premises_id: int | None = None
        self.headers = [self.tr("Tenant"), self.tr("Activity"), self.tr("Term"), self.tr("Share"),
                        self.tr("Reduction"), self.tr("Decision")]

    def show_premises(self, premises_id: int | None) -> None:
        self.premises_id = premises_id
        self.reload()

    def first_page(self, database: Database, limit: int) -> tuple[int, list[TenancyDetails]]:
        premises_id = self.premises_id
        rows = tenancies_of_premises(database, premises_id) if premises_id is not None else []
        return len(rows), rows

    def column_titles(self) -> list[str]:
        return self.headers

    def tenancy_at(self, row: int) -> TenancyDetails:
        return self.rows[row]

    def cell(self, tenancy: TenancyDetails, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return tenancy.id
        if role == Qt.ItemDataRole.ForegroundRole and tenancy.last_day < today_local():
            return QBrush(QColor("#808080"))  # a finished term stays listed but greyed
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return tenancy.tenant_name
        if column == 1:
            return tenancy.activity
        if column == 2:
            term = f"{format_date(tenancy.starts_on)}–{format_date(tenancy.ends_on)}"
            if tenancy.ended_early_on:
                term += self.tr(" (ended {date})").replace("{date}", format_date(tenancy.ended_early_on))
            return term
        if column == 3:
            return f"{tenancy.rent_share_percent} %"
        if column == 4:
            return self._reduction_text(tenancy)
        if not tenancy.decision_number.strip():
            return ""
        return sentence_case(decision_text(tenancy.decision_number, tenancy.decision_date))

    def _reduction_text(self, tenancy: TenancyDetails) -> str:
        """'rent −50 %, utilities −12,00 €' in the user's language."""
        parts: list[str] = []
        for label, kind, value in ((self.tr("rent"), tenancy.rent_reduction_kind, tenancy.rent_reduction),
                                   (self.tr("utilities"), tenancy.utilities_reduction_kind,
                                    tenancy.utilities_reduction)):
            if kind == ReductionKind.PERCENT and value:
                parts.append(f"{label} −{value} %")
            elif kind == ReductionKind.FIXED and value:
                parts.append(f"{label} −{format_cents(value)}")
        return ", ".join(parts) or self.tr("none")
