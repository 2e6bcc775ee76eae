"""Keeping the user's place in a paged table while its rows are read again.

A ``PagedTableModel`` resets itself when a reload's rows arrive, which would drop the selection and
jump to the top. ``PlaceKeeper`` remembers the selected record (by a key such as its id) and the
scroll position before a reload and puts both back when the rows are shown. The model side of the
bargain is ``KeepRows``: a refresh loads at least as many rows as were loaded before, so the row
the user had scrolled to is there again.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView

from ngo_desktop.views.itemmodels import PagedTableModel

Row = TypeVar("Row")


class KeepRows(PagedTableModel[Row], Generic[Row]):
    """A paged model whose ``refresh()`` reloads as many rows as are loaded now (at least a page).

    ``_keep_rows`` is read by ``first_page_limit`` on the worker: a filter or sort (``reload()``)
    sets it back to one page, since the user's place in the old list means nothing in the new one."""

    _keep_rows = 0

    def refresh(self) -> None:
        """Read the same list again after a change; returns at once."""
        self._keep_rows = len(self.rows)
        self.reload()

    def new_list(self) -> None:
        """Load a different list (another filter or order): one page, from the top."""
        self._keep_rows = 0
        self.reload()

    def first_page_limit(self, limit: int) -> int:
        return max(limit, self._keep_rows)


class PlaceKeeper:
    """Puts a table's selection and scroll position back after its model's next ``loaded``.

    ``key_of(row)`` names a row's record (its id). Private attributes: ``_selected`` the key of the
    selected record, ``_scroll`` the scroll bars' values, ``_pending`` whether a reload is awaited."""

    def __init__(self, table: QTableView, model: PagedTableModel[Any], key_of: Callable[[Any], Hashable]) -> None:
        self._table = table
        self._model = model
        self._key_of = key_of
        self._selected: Hashable | None = None
        self._scroll: tuple[int, int] | None = None
        self._pending = False
        model.loaded.connect(self._restore)

    def remember(self, *, scroll: bool = True) -> None:
        """Call just before a reload; with ``scroll=False`` only the selection is kept (a new sort)."""
        rows = self._table.selectionModel().selectedRows() if self._table.selectionModel() else []
        row = self._model.row_at(rows[0].row()) if rows else None
        self._selected = self._key_of(row) if row is not None else None
        self._scroll = (self._table.verticalScrollBar().value(), self._table.horizontalScrollBar().value()) \
            if scroll else None
        self._pending = True

    def _restore(self) -> None:
        if not self._pending:
            return
        self._pending = False
        if self._selected is not None:
            found = next((number for number, row in enumerate(self._model.rows)
                          if self._key_of(row) == self._selected), None)
            if found is not None:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self._table.selectionModel().setCurrentIndex(self._model.index(found, 0), flags)
        if self._scroll is not None:
            self._table.doItemsLayout()  # the scroll bars' ranges follow the new rows now, not later
            self._table.verticalScrollBar().setValue(self._scroll[0])
            self._table.horizontalScrollBar().setValue(self._scroll[1])
        elif self._table.selectionModel().selectedRows():
            self._table.scrollTo(self._table.selectionModel().selectedRows()[0])
