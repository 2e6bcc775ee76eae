"""The program's widget style: the platform's own, with room for every label.

- Tabs: Fusion (and other styles) move an unselected tab's label 2 px down and clip it to a text
  box only 12 px high with a 14 px font: "Tirgotāji" lost the tail of its "g" and, on other
  platforms, "Īre" the macron of its "Ī". A tab is made taller by twice that shift, so every tab
  shows its whole label, selected or not.
- A tool button that opens its menu on a click draws the menu's arrow over the end of its label
  ("Pievienot uzrakst▾"): it is made wider by the arrow's width.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionTab,
    QStyleOptionToolButton,
    QTabBar,
    QWidget,
)

_VERTICAL_SHAPES = {QTabBar.Shape.RoundedEast, QTabBar.Shape.RoundedWest,
                    QTabBar.Shape.TriangularEast, QTabBar.Shape.TriangularWest}


class RoomyStyle(QProxyStyle):
    """The application's base style with room for every label (see the module's docstring)."""

    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption | None,  # noqa: N802 (Qt's name)
                         size: QSize, widget: QWidget | None = None) -> QSize:
        result = super().sizeFromContents(kind, option, size, widget)
        if kind == QStyle.ContentsType.CT_TabBarTab and isinstance(option, QStyleOptionTab) \
                and option.shape not in _VERTICAL_SHAPES:
            shift = abs(self.pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical, option, widget))
            # The unselected label is shifted by ``shift`` and loses as much at the other edge.
            result.setHeight(result.height() + 2 * shift)
        elif kind == QStyle.ContentsType.CT_ToolButton and isinstance(option, QStyleOptionToolButton):
            features = option.features
            if features & QStyleOptionToolButton.ToolButtonFeature.HasMenu and \
                    not features & QStyleOptionToolButton.ToolButtonFeature.MenuButtonPopup:
                result.setWidth(result.width() + self.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator,
                                                                  option, widget))
        return result


def install_style(application: QApplication) -> None:
    """Use ``RoomyStyle`` over the current style (once; calling again changes nothing)."""
    if not isinstance(application.style(), RoomyStyle):
        application.setStyle(RoomyStyle(application.style().name()))
