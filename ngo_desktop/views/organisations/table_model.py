"""The registry table's item model: rows come page by page from the database, already sorted.

Sorting and filtering are done by SQL (names in Latvian order); the model keeps only the rows
loaded so far and asks for the next page when the view scrolls near the end (fetchMore).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ngo_desktop.db import Database
from ngo_desktop.services.organisation_labels import label
from ngo_desktop.services.organisations_list import (
    Column,
    ListFilter,
    ListOrder,
    OrganisationRow,
    fetch_page,
    fetch_rows,
)

BATCH_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = tuple(Column)
AnyIndex = QModelIndex | QPersistentModelIndex


class OrganisationTableModel(QAbstractTableModel):
    """Private attributes: ``_rows`` the rows loaded so far (a prefix of the sorted result);
    ``_total`` how many rows the filter matches; ``_filter`` and ``_order`` what was asked for."""

    def __init__(self, database: Database, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._database = database
        self._filter = ListFilter()
        self._order = ListOrder()
        self._rows: list[OrganisationRow] = []
        self._total = 0
        self._titles = {
            Column.NAME: self.tr("Name"),
            Column.LEGAL_FORM: self.tr("Legal form"),
            Column.REGISTRATION_NUMBER: self.tr("Registration no."),
            Column.KIND: self.tr("Kind"),
            Column.MEMBERSHIP: self.tr("Membership"),
            Column.MAIN_CONTACT: self.tr("Main contact"),
            Column.PHONE: self.tr("Phone"),
            Column.EMAIL: self.tr("E-mail"),
            Column.FIELDS: self.tr("Fields of activity"),
        }

    # --- what to show ---------------------------------------------------------------------
    @property
    def list_filter(self) -> ListFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, list_filter: ListFilter) -> None:
        self._filter = list_filter
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._order = ListOrder(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def reload(self) -> None:
        """Count the matches and load the first page again (after a change, filter or sort)."""
        self.beginResetModel()
        try:
            self._total, self._rows = fetch_page(self._database, self._filter, self._order, limit=BATCH_SIZE)
        finally:
            self.endResetModel()

    def organisation_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, organisation_id: int) -> int | None:
        return next((row for row, item in enumerate(self._rows) if item.id == organisation_id), None)

    # --- paging ---------------------------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        more = fetch_rows(self._database, self._filter, self._order, offset=len(self._rows), limit=BATCH_SIZE)
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # --- Qt's model interface -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return self._titles[COLUMNS[section]]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, COLUMNS[index.column()])
        if role == ID_ROLE:
            return item.id
        if item.archived and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                          if QApplication.instance() else QColor("gray"))
        if item.archived and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if item.archived and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Archived")
        return None

    def _text(self, item: OrganisationRow, column: Column) -> str:
        if column is Column.NAME:
            return item.name
        if column is Column.LEGAL_FORM:
            return label(item.legal_form)
        if column is Column.REGISTRATION_NUMBER:
            return item.registration_number
        if column is Column.KIND:
            return label(item.kind)
        if column is Column.MEMBERSHIP:
            return label(item.membership)
        if column is Column.MAIN_CONTACT:
            return item.main_contact
        if column is Column.PHONE:
            return item.phone
        if column is Column.EMAIL:
            return item.email
        return ", ".join(item.fields)
