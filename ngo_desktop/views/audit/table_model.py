"""The audit log as a Qt table: newest first, fetched page by page from the database as the user scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ngo_desktop.db import Database
from ngo_desktop.models import AuditAction
from ngo_desktop.services.audit_log import AuditFilter, AuditRow, count_entries, list_entries
from ngo_desktop.timeutil import format_date, format_time, to_local

PAGE_ROWS = 200
AnyIndex = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    """Private attributes: ``_rows`` the entries fetched so far (plain values, never ORM objects),
    ``_total`` how many entries match the filter, ``_filter`` the filter in use."""

    COLUMNS = ("when", "operator", "action", "what", "organisation", "room")

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._total = 0

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self.beginResetModel()
        try:
            self._filter = audit_filter
            self._total = count_entries(self._database, audit_filter)
            self._rows = list_entries(self._database, audit_filter, offset=0, limit=PAGE_ROWS)
        finally:
            self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self._filter)

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = list_entries(self._database, self._filter, offset=len(self._rows), limit=PAGE_ROWS)
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What"), self.tr("Organisation"),
                self.tr("Room"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "when":
            local = to_local(row.at)
            return f"{format_date(local.date())} {format_time(local)}"
        if column == "operator":
            return row.operator
        if column == "action":
            return self.action_label(row.action)
        if column == "what":
            label = self.entity_label(row.entity)
            number = f" {row.entity_id}" if row.entity_id is not None else ""
            return f"{label}{number}" + (f": {row.summary}" if row.summary else "")
        if column == "organisation":
            return row.organisation
        return row.room

    def action_label(self, action: AuditAction) -> str:
        labels = {
            AuditAction.CREATE: self.tr("created"), AuditAction.UPDATE: self.tr("changed"),
            AuditAction.ARCHIVE: self.tr("archived"), AuditAction.RESTORE: self.tr("restored"),
            AuditAction.CANCEL: self.tr("cancelled"), AuditAction.DELETE: self.tr("deleted"),
            AuditAction.ANONYMISE: self.tr("anonymised"), AuditAction.IMPORT: self.tr("imported"),
            AuditAction.ASSIGN: self.tr("assigned"), AuditAction.UNASSIGN: self.tr("unassigned"),
            AuditAction.PRINT: self.tr("printed"),
        }
        return labels.get(action, str(action))

    def entity_label(self, entity: str) -> str:
        labels = {
            "booking": self.tr("Booking"), "booking_series": self.tr("Booking series"),
            "organisation": self.tr("Organisation"), "contact_person": self.tr("Contact person"),
            "room": self.tr("Room"), "site": self.tr("Site"), "closure": self.tr("Closure"),
            "fair": self.tr("Fair"), "programme_item": self.tr("Programme item"),
            "stall_layout": self.tr("Stall plan"), "stall": self.tr("Stall"), "landmark": self.tr("Plan label"),
            "stall_price": self.tr("Stall price"), "stall_assignment": self.tr("Stall assignment"),
            "vendor_application": self.tr("Vendor application"), "application_day": self.tr("Vendor's day"),
            "premises": self.tr("Pop-up premises"), "tenancy": self.tr("Tenancy"),
            "tenancy_payment": self.tr("Tenancy payment"), "centre_profile": self.tr("Centre's details"),
            "printed_document": self.tr("Printed document"), "demo": self.tr("Demo data"),
        }
        return labels.get(entity, entity)
