"""A table's column widths are remembered (views/persist.py), written once they have settled."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from ngo_desktop.settings import settings
from ngo_desktop.views.persist import remember_header


def table(qtbot) -> QTableView:  # type: ignore[no-untyped-def]
    view = QTableView()
    view.setModel(QStandardItemModel(3, 4, view))
    qtbot.addWidget(view)
    remember_header(view.horizontalHeader(), "test-table")
    return view


def test_widths_are_written_once_after_a_burst_and_restored_in_a_new_table(qtbot) -> None:
    view = table(qtbot)
    for width in range(60, 160, 10):  # as a drag of the column's edge does
        view.horizontalHeader().resizeSection(1, width)
    assert settings().value("columns/test-table") is None  # not at every step
    qtbot.waitUntil(lambda: isinstance(settings().value("columns/test-table"), QByteArray))
    assert table(qtbot).horizontalHeader().sectionSize(1) == 150


def test_a_width_changed_just_before_the_table_closes_is_kept(qtbot) -> None:
    view = table(qtbot)
    view.horizontalHeader().resizeSection(2, 177)
    view.deleteLater()
    qtbot.waitUntil(lambda: isinstance(settings().value("columns/test-table"), QByteArray))
    assert table(qtbot).horizontalHeader().sectionSize(2) == 177
