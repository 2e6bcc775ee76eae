"""The one base of the program's table models: rows as plain values, fetched page by page off the GUI thread.

Sorting and filtering are the database's job (Latvian order in SQL); a model keeps the rows loaded
so far (a prefix of the sorted result) and asks for the next page when the view scrolls near the
end (``canFetchMore``/``fetchMore``). Every query runs through the operations layer: ``reload()``
returns at once and the rows appear when the answer comes back; an answer to a superseded reload is
dropped. A subclass says how to count and fetch, and how a row looks:

- ``first_page(database, limit)`` → ``(total, rows)`` and ``next_page(database, offset, limit)`` → rows,
  both run on the worker thread, with plain values in and out;
- ``column_titles()`` and ``cell(row, column, role)`` for Qt's roles.

``loaded`` is emitted after every reload's first page arrives (views update their counts there).
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ngo_desktop.database.core import Database
from ngo_desktop.views.operations import LatestOnly, Operation

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_ROWS = 200


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Private attributes: ``_rows`` the rows loaded so far; ``_total`` how many rows match;
    ``_generation`` counts reloads, so that a page asked for before a reload is dropped;
    ``_fetching`` is true while a next page is on its way; ``_loads`` runs reloads newest-only."""

    loaded = Signal()

    def __init__(self, database: Database, parent: QObject | None = None, *, page_rows: int = PAGE_ROWS) -> None:
        super().__init__(parent)
        self._database = database
        self._page_rows = page_rows
        self._rows: list[Row] = []
        self._total = 0
        self._generation = 0
        self._fetching = False
        self._loads = LatestOnly(self, database)

    # --- for subclasses -------------------------------------------------------------------
    def first_page(self, database: Database, limit: int) -> tuple[int, list[Row]]:
        """How many rows match, and the first ``limit`` of them (runs on the worker thread)."""
        raise NotImplementedError

    def next_page(self, database: Database, offset: int, limit: int) -> list[Row]:
        """Rows from ``offset`` on (runs on the worker thread); a short list loads everything at first."""
        return []

    def column_titles(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        raise NotImplementedError

    # --- what is shown --------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    @property
    def rows(self) -> list[Row]:
        return self._rows

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def reload(self) -> None:
        """Count and load the first page again (after a change, a filter or a sort); returns at once."""
        limit = self._page_rows
        self._loads.request(lambda database: self.first_page(database, limit), self._show_first_page)

    def _show_first_page(self, answer: tuple[int, list[Row]]) -> None:
        self.beginResetModel()
        try:
            self._generation += 1
            self._fetching = False
            self._total, self._rows = answer[0], list(answer[1])
        finally:
            self.endResetModel()
        self.loaded.emit()

    # --- paging ---------------------------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008 (Qt's name)
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._fetching:
            return
        self._fetching = True
        generation, offset, limit = self._generation, len(self._rows), self._page_rows

        def show(more: list[Row]) -> None:
            if generation != self._generation:
                return  # reloaded meanwhile: this page belongs to the old list
            self._fetching = False
            if not more:
                self._total = len(self._rows)
                return
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

        def failed(_error: BaseException) -> bool:
            self._fetching = False
            return False

        Operation(self, self._database, lambda database: self.next_page(database, offset, limit)) \
            .success(show).failure(failed).run()

    # --- Qt's model interface -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def column_count(self) -> int:
        """How many columns. Qt asks this hundreds of times while it paints a table: a model whose
        titles take work to word (each one translated) says it without wording them."""
        return len(self.column_titles())

    def column_title(self, section: int) -> str | None:
        titles = self.column_titles()
        return titles[section] if 0 <= section < len(titles) else None

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.column_count()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return self.column_title(section)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)
