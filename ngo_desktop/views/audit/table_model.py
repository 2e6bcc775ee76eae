"""The audit log as a Qt table: newest first, fetched page by page from the database as the user scrolls.

The pages are read on the worker thread (``PagedTableModel``); the rows are plain values.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from ngo_desktop.database.core import Database
from ngo_desktop.models import AuditAction
from ngo_desktop.services.audit_log import AuditFilter, AuditRow, count_entries, list_entries
from ngo_desktop.timeutil import format_date, format_time, to_local
from ngo_desktop.views.table_place import KeepRows

PAGE_ROWS = 200


class AuditTableModel(KeepRows[AuditRow]):
    """Private attribute: ``_filter`` the filter in use."""

    COLUMNS = ("when", "operator", "action", "what", "organisation", "room")

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(database, parent, page_rows=PAGE_ROWS)
        self._filter = AuditFilter()

    def set_filter(self, audit_filter: AuditFilter) -> None:
        """Show the entries ``audit_filter`` matches; the rows arrive later (``loaded``)."""
        self._filter = audit_filter
        self.new_list()

    def first_page(self, database: Database, limit: int) -> tuple[int, list[AuditRow]]:
        audit_filter = self._filter
        return (count_entries(database, audit_filter),
                list_entries(database, audit_filter, offset=0, limit=self.first_page_limit(limit)))

    def next_page(self, database: Database, offset: int, limit: int) -> list[AuditRow]:
        return list_entries(database, self._filter, offset=offset, limit=limit)

    def column_titles(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What"), self.tr("Organisation"),
                self.tr("Room")]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt's name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The log has no row numbers: entries are named by when they happened.
        if orientation != Qt.Orientation.Horizontal:
            return None
        return super().headerData(section, orientation, role)

    def cell(self, row: AuditRow, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        name = self.COLUMNS[column]
        if name == "when":
            local = to_local(row.at)
            return f"{format_date(local.date())} {format_time(local)}"
        if name == "operator":
            return row.operator
        if name == "action":
            return self.action_label(row.action)
        if name == "what":
            label = self.entity_label(row.entity)
            number = f" {row.entity_id}" if row.entity_id is not None else ""
            return f"{label}{number}" + (f": {row.summary}" if row.summary else "")
        if name == "organisation":
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
