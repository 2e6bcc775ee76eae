"""The registry table's item model: rows come page by page from the database, already sorted.

Sorting and filtering are done by SQL (names in Latvian order) on the worker thread
(``PagedTableModel``); the model keeps only the rows loaded so far and asks for the next page when
the view scrolls near the end. Typing in the search waits for a pause (``TYPING_PAUSE_MS``), so a
word typed quickly runs one query, not one per letter.

Painting a screen of the list asks ``data()`` seven roles of each of some 250 cells, every call a
trip from Qt into Python. The worker therefore also writes each row's cell texts
(``ListedOrganisation.texts``), so that showing the rows on the GUI thread only looks them up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
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

if TYPE_CHECKING:
    from ngo_desktop.models import LegalForm, MembershipStatus, OrganisationKind

BATCH_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = tuple(Column)
_DISPLAY = Qt.ItemDataRole.DisplayRole
# The other roles a cell answers (an archived organisation's look, and its id); a view asks for
# half a dozen more on every paint, all unused.
_STYLE_ROLES = frozenset({ID_ROLE, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                          Qt.ItemDataRole.ToolTipRole})


@dataclass(frozen=True)
class ListedOrganisation(OrganisationRow):
    """A row of the list with the texts of its cells, in the order of ``COLUMNS``."""

    texts: tuple[str, ...] = ()


def listed_row_maker() -> Callable[..., ListedOrganisation]:
    """Makes the rows of one page with their cells' texts, in the current language (``listing.RowMaker``);
    runs on the worker thread (QCoreApplication.translate is thread-safe), each word looked up once
    per page."""
    words: dict[object, str] = {}

    def word(value: object) -> str:
        found = words.get(value)
        if found is None:
            found = words[value] = label(value)  # type: ignore[arg-type]
        return found

    def make(  # OrganisationRow's fields, in their order
        id: int, name: str, legal_form: LegalForm, registration_number: str,  # noqa: A002 - the field's name
        kind: OrganisationKind, membership: MembershipStatus, main_contact: str, phone: str, email: str,
        fields: tuple[str, ...], archived: bool,
    ) -> ListedOrganisation:
        return ListedOrganisation(
            id, name, legal_form, registration_number, kind, membership, main_contact, phone, email, fields, archived,
            (name, word(legal_form), registration_number, word(kind), word(membership), main_contact, phone, email,
             ", ".join(fields)),
        )

    return make


class OrganisationTableModel(KeepRows[ListedOrganisation]):
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
        self._column_titles = [self._titles[column] for column in COLUMNS]

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

    def first_page(self, database: Database, limit: int) -> tuple[int, list[ListedOrganisation]]:
        # The filter and order are read once, so the count and the rows belong to the same list.
        list_filter, order = self._filter, self._order
        return fetch_page(database, list_filter, order, limit=self.first_page_limit(limit),  # type: ignore[return-value]
                          make_row=listed_row_maker())

    def next_page(self, database: Database, offset: int, limit: int) -> list[ListedOrganisation]:
        return fetch_rows(database, self._filter, self._order, offset=offset, limit=limit,  # type: ignore[return-value]
                          make_row=listed_row_maker())

    def organisation_id(self, row: int) -> int | None:
        item = self.row_at(row)
        return item.id if item is not None else None

    def row_of(self, organisation_id: int) -> int | None:
        return next((row for row, item in enumerate(self.rows) if item.id == organisation_id), None)

    # --- how a row looks ------------------------------------------------------------------
    def column_titles(self) -> list[str]:
        return self._column_titles

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's name)
        # Asked with every index Qt makes while painting: a constant, not the titles counted.
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> object:
        # Called for every role of every visible cell on each paint: the text is looked up, the
        # unused roles are answered before anything else is read.
        if role == _DISPLAY:
            rows, row, column = self.rows, index.row(), index.column()
            return rows[row].texts[column] if 0 <= row < len(rows) and 0 <= column < len(COLUMNS) else None
        if role not in _STYLE_ROLES:
            return None
        return super().data(index, role)

    def cell(self, item: ListedOrganisation, column: int, role: int) -> object:
        if role == _DISPLAY:
            return item.texts[column]
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
