"""The program's widget style: the platform's own, with tabs tall enough for Latvian capitals.

Fusion (and other styles) move an unselected tab's label 2 px down and clip it to a text box
only 12 px high with a 14 px font: "Tirgotāji" lost the tail of its "g" and, on other
platforms, "Īre" the macron of its "Ī". A tab is made as much taller as its text box falls
short of the font's height, so every tab shows its whole label selected or not.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionTab,
    QTabBar,
    QWidget,
)

_VERTICAL_SHAPES = {QTabBar.Shape.RoundedEast, QTabBar.Shape.RoundedWest,
                    QTabBar.Shape.TriangularEast, QTabBar.Shape.TriangularWest}


class RoomyTabsStyle(QProxyStyle):
    """The application's base style with taller tabs (see the module's docstring)."""

    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption | None,  # noqa: N802 (Qt's name)
                         size: QSize, widget: QWidget | None = None) -> QSize:
        result = super().sizeFromContents(kind, option, size, widget)
        if kind == QStyle.ContentsType.CT_TabBarTab and isinstance(option, QStyleOptionTab) \
                and option.shape not in _VERTICAL_SHAPES:
            shift = abs(self.pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical, option, widget))
            # The unselected label is shifted by ``shift`` and loses as much at the other edge.
            result.setHeight(result.height() + 2 * shift)
        return result


def install_style(application: QApplication) -> None:
    """Use ``RoomyTabsStyle`` over the current style (once; calling again changes nothing)."""
    if not isinstance(application.style(), RoomyTabsStyle):
        application.setStyle(RoomyTabsStyle(application.style().name()))
