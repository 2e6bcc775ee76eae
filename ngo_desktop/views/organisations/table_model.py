"""The registry table's item model: rows come page by page from the database, already sorted.

Sorting and filtering are done by SQL (names in Latvian order) on the worker thread
(``PagedTableModel``); the model keeps only the rows loaded so far and asks for the next page when
the view scrolls near the end. Typing in the search waits for a pause (``TYPING_PAUSE_MS``), so a
word typed quickly runs one query, not one per letter.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ngo_desktop.database.core import Database
from ngo_desktop.services.organisations.labels import label
from ngo_desktop.services.organisations.listing import (
    Column,
    ListFilter,
    ListOrder,
    OrganisationRow,
    fetch_page,
    fetch_rows,
)
from ngo_desktop.views.itemmodels import AnyIndex
from ngo_desktop.views.operations import TYPING_PAUSE_MS, LatestOnly
from ngo_desktop.views.table_place import KeepRows

BATCH_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = tuple(Column)
# The roles a cell answers; a view asks for a dozen per cell on every paint, most of them unused.
ANSWERED_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, ID_ROLE, Qt.ItemDataRole.ForegroundRole,
                            Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole})


class OrganisationTableModel(KeepRows[OrganisationRow]):
    """Private attributes: ``_filter`` and ``_order`` what was asked for; ``_typing`` runs the search
    after a pause in typing, newest text only."""

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(database, parent, page_rows=BATCH_SIZE)
        self._filter = ListFilter()
        self._order = ListOrder()
        self._typing = LatestOnly(self, database, delay_ms=TYPING_PAUSE_MS)
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

    def set_filter(self, list_filter: ListFilter, *, typing: bool = False) -> None:
        """Show what ``list_filter`` matches; while ``typing``, only after a pause in the typing."""
        self._filter = list_filter
        if not typing:
            self.new_list()
            return
        self._keep_rows = 0
        limit = self._page_rows
        self._typing.request(lambda database: self.first_page(database, limit), self._show_first_page)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        wanted = ListOrder(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted == self._order:
            return  # the view asks once when sorting is switched on; the list is in that order already
        self._order = wanted
        self.new_list()

    def first_page(self, database: Database, limit: int) -> tuple[int, list[OrganisationRow]]:
        # The filter and order are read once, so the count and the rows belong to the same list.
        list_filter, order = self._filter, self._order
        return fetch_page(database, list_filter, order, limit=self.first_page_limit(limit))

    def next_page(self, database: Database, offset: int, limit: int) -> list[OrganisationRow]:
        return fetch_rows(database, self._filter, self._order, offset=offset, limit=limit)

    def organisation_id(self, row: int) -> int | None:
        item = self.row_at(row)
        return item.id if item is not None else None

    def row_of(self, organisation_id: int) -> int | None:
        return next((row for row, item in enumerate(self.rows) if item.id == organisation_id), None)

    # --- how a row looks ------------------------------------------------------------------
    def column_titles(self) -> list[str]:
        return [self._titles[column] for column in COLUMNS]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Painting asks for every role of every visible cell: the unused ones are answered first,
        # which keeps showing a new page of rows within one frame.
        if role not in ANSWERED_ROLES:
            return None
        return super().data(index, role)

    def cell(self, item: OrganisationRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, COLUMNS[column])
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
