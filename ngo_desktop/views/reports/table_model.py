"""One table of a report on screen: the laid-out rows (already worked out off the GUI thread).

Small and read-only; a report's longest table is one row per organisation that received support.
A heat-map table colours each cell by its value, as the PDF does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ngo_desktop.services.reports.presentation import (
    Cell,
    Hours,
    Money,
    Percent,
    Section,
    cell_number,
    cell_text,
)

AnyIndex = QModelIndex | QPersistentModelIndex
LOW = QColor("#F4F7F8")
HIGH = QColor("#0B6E74")


def _is_number(cell: Cell) -> bool:
    return isinstance(cell, int | Money | Hours | Percent)


class ReportTableModel(QAbstractTableModel):
    """``_section`` is the table shown; ``_highest`` the largest value of a heat map (for its colours)."""

    def __init__(self, section: Section, parent: Any = None) -> None:
        super().__init__(parent)
        self._section = section
        self._heat = section.chart is not None and section.chart.kind == "heat"
        # Only a heat map needs its largest value; a 2,000-row support table would be walked for nothing.
        self._highest = (max((cell_number(cell) for row in section.rows for cell in row[1:]), default=0.0) or 1.0
                         if self._heat else 1.0)

    @property
    def section(self) -> Section:
        return self._section

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's name)
        return 0 if parent.isValid() else len(self._section.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._section.header)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._section.header):
            return self._section.header[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._section.rows):
            return None
        cell = self._section.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if _is_number(cell) else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._section.has_total_row \
                and index.row() == len(self._section.rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        if self._heat and index.column() > 0 and role in (Qt.ItemDataRole.BackgroundRole,
                                                          Qt.ItemDataRole.ForegroundRole):
            share = cell_number(cell) / self._highest
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("white") if share > 0.55 else QColor("#1E2A32"))
            return QBrush(QColor.fromRgbF(LOW.redF() + (HIGH.redF() - LOW.redF()) * share,
                                          LOW.greenF() + (HIGH.greenF() - LOW.greenF()) * share,
                                          LOW.blueF() + (HIGH.blueF() - LOW.blueF()) * share))
        return None
