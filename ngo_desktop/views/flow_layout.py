"""A layout that lays its widgets out in a row and wraps them onto more rows when the row is full.

For toolbars of buttons with Latvian labels: at 1024 pixels they do not all fit in one row, and a
QHBoxLayout would squeeze each button below its text ("Jauna rezervāci", "ast brīvu telp"). A
stretch (``add_stretch``) pushes the widgets after it to the right end of their row while they fit
on it. Each widget keeps its size hint; a widget with an expanding horizontal policy (a search
box) takes what its row leaves over.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Widgets in rows, left to right, wrapping; ``heightForWidth`` tells the parent the rows' height."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- QLayout's interface ---------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def add_stretch(self) -> None:
        """From here on the widgets sit at the right end of their row (while the row has room)."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """All in one row."""
        width = sum(item.sizeHint().width() for item in self._visible()) + \
            self._gap() * max(0, len(self._visible()) - 1)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as the widest widget: every other one can go onto a row of its own."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint().boundedTo(item.maximumSize())))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- arranging ---------------------------------------------------------------------------------
    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items
                if not (isinstance(item, QWidgetItem) and item.widget() is not None and item.widget().isHidden())]

    def _rows(self, width: int, items: list[QLayoutItem], hints: dict[int, QSize],
              gap: int) -> list[tuple[list[QLayoutItem], int | None]]:
        """The widgets row by row, each with where its spare room goes (the widgets from that index
        on sit at the right end; None: nowhere). The widgets after a stretch keep together where
        they fit in one row: they move to the next row as a group rather than one by one; the
        rows they wrap onto sit at the right end too."""
        rows: list[tuple[list[QLayoutItem], int | None]] = [([], None)]
        used = 0
        right = False
        for position, item in enumerate(items):
            if isinstance(item, QSpacerItem):
                group = [other for other in items[position + 1:] if not isinstance(other, QSpacerItem)]
                together = sum(hints[id(other)].width() for other in group) + gap * max(0, len(group) - 1)
                right = True
                if used and together <= width < used + gap + together:
                    rows.append(([], 0))
                    used = 0
                else:
                    rows[-1] = (rows[-1][0], len(rows[-1][0]))
                continue
            wanted = hints[id(item)].width()
            needed = wanted if not used else used + gap + wanted
            if used and needed > width:
                rows.append(([], 0 if right else None))
                needed = wanted
            rows[-1][0].append(item)
            used = needed
        return rows

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._gap()
        items = self._visible()
        # Each size hint asked once per arrangement: a button's hint is a round trip through its
        # style and font metrics, and the window arranges its toolbars often while it starts.
        hints = {id(item): item.sizeHint() for item in items}
        y = area.y()
        for widgets, split in self._rows(area.width(), items, hints, gap):
            if not widgets:
                continue
            height = max(hints[id(item)].height() for item in widgets)
            natural = sum(hints[id(item)].width() for item in widgets) + gap * (len(widgets) - 1)
            spare = max(0, area.width() - natural)
            growing = [item for item in widgets if item.expandingDirections() & Qt.Orientation.Horizontal]
            if move:
                x = area.x()
                for index, item in enumerate(widgets):
                    if index == split and not growing:
                        x += spare
                    hint = hints[id(item)]
                    width = hint.width()
                    if item in growing:
                        width += spare // len(growing)
                    width = min(width, area.right() + 1 - x)
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), QSize(width, hint.height())))
                    x += width + gap
            y += height + gap
        used = y - gap - area.y() if y > area.y() else 0
        return used + margins.top() + margins.bottom()
