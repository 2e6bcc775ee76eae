"""The view on the stall plan: zoom with the wheel or buttons, pan by dragging the empty ground,
and a legend telling what the stall colours mean."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QHBoxLayout, QLabel, QWidget

from ngo_desktop.views.fairs.plan_scene import ColourMode, PlanScene, legend_entries

ZOOM_STEP = 1.2
MIN_SCALE = 0.1
MAX_SCALE = 8.0


class PlanView(QGraphicsView):
    """Dragging a stall moves it; dragging the ground pans (ScrollHandDrag only starts when no item
    took the press). The wheel zooms around the mouse pointer."""

    def __init__(self, scene: PlanScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setAcceptDrops(True)
        self.setMinimumSize(320, 240)

    def current_scale(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = self.current_scale() * factor
        if MIN_SCALE <= target <= MAX_SCALE:
            self.scale(factor, factor)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit_plan(self) -> None:
        rect: QRectF = self.sceneRect()
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP ** steps)
            event.accept()
        else:
            super().wheelEvent(event)


class PlanLegend(QWidget):
    """A row of coloured squares with what they mean in the current colour mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)

    def show_mode(self, mode: ColourMode) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for colour, text in legend_entries(mode):
            self._layout.addWidget(_swatch(colour))
            label = QLabel(text)
            self._layout.addWidget(label)
        self._layout.addStretch(1)

    def texts(self) -> list[str]:
        return [self._layout.itemAt(index).widget().text() for index in range(self._layout.count())
                if isinstance(self._layout.itemAt(index).widget(), QLabel)
                and self._layout.itemAt(index).widget().text()]


def _swatch(colour: QColor) -> QLabel:
    swatch = QLabel()
    swatch.setFixedSize(14, 14)
    swatch.setStyleSheet(f"background: {colour.name()}; border: 1px solid #607d8b;")
    return swatch
