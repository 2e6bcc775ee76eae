"""The printed documents' register as a table model: newest first, loaded a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ngo_desktop.db import Database
from ngo_desktop.services.printing import PrintedRecord, count_printed, list_printed
from ngo_desktop.timeutil import format_date, format_time, to_local

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


def kind_name(kind: str) -> str:
    """The document kind in the user's language; kinds made elsewhere (tenancy papers) keep their code."""
    names = {
        "booking-sheet": QCoreApplication.translate("DocumentKinds", "Booking sheet"),
        "door-sign": QCoreApplication.translate("DocumentKinds", "Door sign"),
        "week-schedule": QCoreApplication.translate("DocumentKinds", "Week schedule"),
        "flyer": QCoreApplication.translate("DocumentKinds", "Flyer"),
        "stall-plan": QCoreApplication.translate("DocumentKinds", "Stall plan"),
        "check-in": QCoreApplication.translate("DocumentKinds", "Check-in sheet"),
        "directory": QCoreApplication.translate("DocumentKinds", "Organisation directory"),
        "tenancy-summary": QCoreApplication.translate("DocumentKinds", "Tenancy summary"),
        "tenancy-statement": QCoreApplication.translate("DocumentKinds", "Monthly statement"),
    }
    return names.get(kind, kind)


def action_name(action: str) -> str:
    """What was done with the document, in the user's language; "" for entries older than the column."""
    names = {
        "preview": QCoreApplication.translate("DocumentActions", "Previewed"),
        "print": QCoreApplication.translate("DocumentActions", "Printed"),
        "save": QCoreApplication.translate("DocumentActions", "Saved as PDF"),
    }
    return names.get(action, "")


class RegisterModel(QAbstractTableModel):
    """``_rows`` are the records loaded so far; ``_total`` how many the register holds."""

    def __init__(self, database: Database, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._database = database
        self._rows: list[PrintedRecord] = []
        self._total = 0
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        try:
            self._total = count_printed(self._database)
            self._rows = list_printed(self._database, limit=PAGE_SIZE)
        finally:
            self.endResetModel()

    def total(self) -> int:
        return self._total

    def record(self, row: int) -> PrintedRecord:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's names
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        more = list_printed(self._database, offset=len(self._rows), limit=PAGE_SIZE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Document"), self.tr("Title"), self.tr("Organisation"),
                self.tr("Printed by"), self.tr("Done"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        record = self._rows[index.row()]
        if index.column() == 0:
            local = to_local(record.created_at)
            return f"{format_date(local.date())} {format_time(local)}"
        return (None, kind_name(record.kind), record.title, record.organisation_name,
                record.operator, action_name(record.action))[index.column()]
