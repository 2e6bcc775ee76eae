"""The view on the stall plan: zoom with the wheel or buttons, pan by dragging the empty ground,
and a legend telling what the stall colours mean. The stall chosen (selected or focused) is the
view's accessible description, announced to a screen reader when it changes."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QLabel, QWidget

from ngo_desktop.views.fairs.plan_scene import ColourMode, PlanScene, StallItem, legend_entries

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
        self.setAccessibleName(self.tr("Stall plan"))
        scene.selectionChanged.connect(self.announce_chosen_stall)
        scene.focusItemChanged.connect(lambda *_items: self.announce_chosen_stall())

    def announce_chosen_stall(self) -> None:
        """The chosen stall (the focused one, else the one selected) becomes the accessible description."""
        scene = self.scene()
        if not isinstance(scene, PlanScene):
            return
        focused = scene.focusItem()
        chosen = focused if isinstance(focused, StallItem) else scene.selected_stall()
        description = chosen.description() if chosen is not None else self.tr("No stall chosen")
        if description != self.accessibleDescription():
            # Qt itself tells a screen reader of the change (QAccessible's DescriptionChanged).
            self.setAccessibleDescription(description)

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


class PlanLegend(QLabel):
    """One line of coloured squares with what they mean in the current colour mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self._texts: list[str] = []

    def show_mode(self, mode: ColourMode) -> None:
        entries = legend_entries(mode)
        self._texts = [text for _colour, text in entries]
        self.setText("&nbsp;&nbsp;&nbsp;".join(
            f'<span style="color:{_outlined(colour)}; font-size:15px">&#9632;</span>&nbsp;{html.escape(text)}'
            for colour, text in entries))

    def texts(self) -> list[str]:
        return list(self._texts)


def _outlined(colour: QColor) -> str:
    """Pale fills are hard to see as a small square on white: show them a little darker."""
    return colour.darker(115).name()
