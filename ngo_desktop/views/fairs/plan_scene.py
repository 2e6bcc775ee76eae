"""The stall plan as a QGraphicsScene: stalls and landmarks in metres, drawn at PIXELS_PER_METRE.

Stalls can be moved (drag, several selected ones at once), resized (drag the bottom-right corner)
and turned (the scene's ``turn_selected``); each finished gesture is announced as one ``PlanEdit``
(``plan_edited``: every stall and label it changed, as they were and as they are now), so the page
saves it in one transaction and records it as one undo step. A dropped stall stays on the plan
(the same rule as the services, ``stall_layouts.stall_on_plan``). A vendor dragged from a list is dropped on a stall (``vendor_dropped``).
``update_plan`` brings a re-read plan into the items already shown, so a refresh keeps the
selection, the zoom and the scroll position.
Colours follow the chosen ``ColourMode``; tooltips name the vendor of the day.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QWidget,
)

from ngo_desktop.models import LandmarkKind, PaymentStatus, VendorCategory
from ngo_desktop.services.fairs.assignments import StallOccupant
from ngo_desktop.services.fairs.layouts import (
    LandmarkInfo,
    LandmarkSpec,
    LayoutPlan,
    StallInfo,
    StallSpec,
    landmark_on_plan,
    stall_on_plan,
)
from ngo_desktop.vocabulary import landmark_label, payment_label, vendor_category_label

PIXELS_PER_METRE = 20.0
GRID_METRES = 0.5  # stalls snap to half a metre: finer than anyone measures a square
RESIZE_GRIP_PIXELS = 9.0
MINIMUM_METRES = 1.0
APPLICATION_DAY_MIME = "application/x-ngo-desktop-application-day"


class ColourMode(enum.Enum):
    AVAILABILITY = "availability"
    CATEGORY = "category"
    PAYMENT = "payment"


FREE_COLOUR = QColor("#e8f5e9")
TAKEN_COLOUR = QColor("#ef9a9a")
CATEGORY_COLOURS = {
    VendorCategory.HANDICRAFT: QColor("#ffcc80"),
    VendorCategory.FOOD: QColor("#ef9a9a"),
    VendorCategory.SECOND_HAND: QColor("#b39ddb"),
    VendorCategory.SERVICES: QColor("#90caf9"),
    VendorCategory.INFORMATION: QColor("#80deea"),
    VendorCategory.PLANTS: QColor("#a5d6a7"),
    VendorCategory.OTHER: QColor("#e0e0e0"),
}
PAYMENT_COLOURS = {
    PaymentStatus.UNPAID: QColor("#ffab91"),
    PaymentStatus.PAID: QColor("#a5d6a7"),
    PaymentStatus.WAIVED: QColor("#b3e5fc"),
    PaymentStatus.NOT_DUE: QColor("#e0e0e0"),
}


def legend_entries(mode: ColourMode) -> list[tuple[QColor, str]]:
    """What each colour means in ``mode``, for the legend beside the plan."""
    if mode is ColourMode.CATEGORY:
        entries = [(colour, vendor_category_label(category)) for category, colour in CATEGORY_COLOURS.items()]
    elif mode is ColourMode.PAYMENT:
        entries = [(colour, payment_label(status)) for status, colour in PAYMENT_COLOURS.items()]
    else:
        entries = [(TAKEN_COLOUR, QCoreApplication.translate("PlanScene", "taken"))]
    return [(FREE_COLOUR, QCoreApplication.translate("PlanScene", "free")), *entries]


def stall_colour(occupant: StallOccupant | None, mode: ColourMode) -> QColor:
    if occupant is None:
        return FREE_COLOUR
    if mode is ColourMode.CATEGORY:
        return CATEGORY_COLOURS[occupant.category]
    if mode is ColourMode.PAYMENT:
        return PAYMENT_COLOURS[occupant.payment_status]
    return TAKEN_COLOUR


NORMAL_PEN = QPen(QColor("#455a64"), 1.2)
SELECTED_PEN = QPen(QColor("#1565c0"), 2.5)
BOLT = QPolygonF([QPointF(x + 2, y + 2) for x, y in
                  ((6, 2), (2, 9), (5, 9), (3, 15), (10, 6), (6.5, 6), (9, 2))])


@functools.cache
def _label_font(pixel_size: int) -> QFont:
    """The bold font of a stall's number at this size (shared: a fair's stalls use a few sizes)."""
    font = QFont()
    font.setPixelSize(pixel_size)
    font.setBold(True)
    return font


def _snap(metres: float) -> float:
    return round(metres / GRID_METRES) * GRID_METRES


@dataclass(frozen=True)
class PlanEdit:
    """The stalls and labels one gesture changed (by id): as they were and as they are now."""

    stalls_before: Mapping[int, StallSpec] = field(default_factory=dict)
    stalls_after: Mapping[int, StallSpec] = field(default_factory=dict)
    landmarks_before: Mapping[int, LandmarkSpec] = field(default_factory=dict)
    landmarks_after: Mapping[int, LandmarkSpec] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.stalls_after or self.landmarks_after)


class StallItem(QGraphicsRectItem):
    """One stall, drawn by Qt itself (a rectangle with child items for its number and features):
    no Python paint() runs while the plan pans and zooms, which keeps repaints fast.

    ``_resizing`` is True while the corner grip is dragged; ``pressed_spec`` is the spec when the
    gesture started (the scene's ``gesture_started``), so an unchanged click announces nothing."""

    def __init__(self, info: StallInfo, occupant: StallOccupant | None = None,
                 mode: ColourMode = ColourMode.AVAILABILITY) -> None:
        super().__init__()
        self.stall_id = info.id
        self.spec = info.spec
        self.occupant = occupant
        self.colour = stall_colour(occupant, mode)
        self.setBrush(self.colour)
        self._resizing = False
        self.pressed_spec = info.spec
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptDrops(True)
        self.setZValue(1)
        self.setPen(NORMAL_PEN)
        self._label = QGraphicsSimpleTextItem(self)
        self._bolt = QGraphicsPolygonItem(BOLT, self)
        self._bolt.setBrush(QColor("#f9a825"))
        self._bolt.setPen(QPen(Qt.PenStyle.NoPen))
        self._cover = QGraphicsRectItem(self)
        self._cover.setPen(QPen(QColor("#546e7a"), 1, Qt.PenStyle.DashLine))
        self._grip = QGraphicsRectItem(self)
        self._grip.setBrush(QColor("#1565c0"))
        self._grip.setPen(QPen(Qt.PenStyle.NoPen))
        self._grip.hide()
        for child in (self._label, self._bolt, self._cover, self._grip):
            child.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            child.setAcceptDrops(False)
        self._apply_geometry()

    # --- geometry in metres <-> pixels ----------------------------------------------------------
    def _size_pixels(self) -> tuple[float, float]:
        return self.spec.width_m * PIXELS_PER_METRE, self.spec.depth_m * PIXELS_PER_METRE

    def _apply_geometry(self) -> None:
        width, depth = self._size_pixels()
        self.setRect(QRectF(0, 0, width, depth))
        self.setTransformOriginPoint(width / 2, depth / 2)
        self.setRotation(self.spec.rotation_deg)
        self.setPos(self.spec.x_m * PIXELS_PER_METRE, self.spec.y_m * PIXELS_PER_METRE)
        self._label.setFont(_label_font(int(max(9.0, min(width, depth) * 0.32))))
        self._label.setText(self.spec.number)
        text = self._label.boundingRect()
        self._label.setPos((width - text.width()) / 2, (depth - text.height()) / 2)
        self._bolt.setVisible(self.spec.has_power)
        self._cover.setRect(QRectF(3, 3, width - 6, depth - 6))
        self._cover.setVisible(self.spec.under_cover)
        self._grip.setRect(QRectF(width - RESIZE_GRIP_PIXELS, depth - RESIZE_GRIP_PIXELS,
                                  RESIZE_GRIP_PIXELS, RESIZE_GRIP_PIXELS))
        self._update_tooltip()

    def set_spec(self, spec: StallSpec) -> None:
        self.spec = spec
        self._apply_geometry()

    def show_selected(self, selected: bool) -> None:
        self.setPen(SELECTED_PEN if selected else NORMAL_PEN)
        self._grip.setVisible(selected and self._movable())

    def _movable(self) -> bool:
        return bool(self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable)

    # --- editing with the mouse -----------------------------------------------------------------
    def _on_grip(self, point: QPointF) -> bool:
        width, depth = self._size_pixels()
        return (self.isSelected() and self._movable() and point.x() >= width - RESIZE_GRIP_PIXELS
                and point.y() >= depth - RESIZE_GRIP_PIXELS)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self._resizing = event.button() == Qt.MouseButton.LeftButton and self._on_grip(event.pos())
        plan = self.scene()
        if self._resizing:
            event.accept()
            if isinstance(plan, PlanScene):
                plan.gesture_started([self])
            return
        super().mousePressEvent(event)
        if isinstance(plan, PlanScene):
            # After the base class chose the selection: Qt drags every selected item along.
            plan.gesture_started([self, *plan.selectedItems()])

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._resizing:
            width = max(MINIMUM_METRES, _snap(event.pos().x() / PIXELS_PER_METRE))
            depth = max(MINIMUM_METRES, _snap(event.pos().y() / PIXELS_PER_METRE))
            self.set_spec(replace(self.spec, width_m=width, depth_m=depth))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self._resizing = False
        plan = self.scene()
        if isinstance(plan, PlanScene):
            plan.gesture_ended()

    def dropped_spec(self, plan_width_m: float, plan_depth_m: float) -> StallSpec:
        """Where the stall is now, on the half-metre grid and on the plan."""
        moved = replace(self.spec, x_m=_snap(self.pos().x() / PIXELS_PER_METRE),
                        y_m=_snap(self.pos().y() / PIXELS_PER_METRE))
        return stall_on_plan(moved, plan_width_m, plan_depth_m)

    # --- vendors dropped from a list ----------------------------------------------------------
    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        event.setAccepted(event.mimeData().hasFormat(APPLICATION_DAY_MIME))

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        data = event.mimeData().data(APPLICATION_DAY_MIME)
        plan = self.scene()
        if data.isEmpty() or not isinstance(plan, PlanScene):
            event.ignore()
            return
        event.acceptProposedAction()
        plan.vendor_dropped.emit(int(bytes(data.data()).decode()), self.stall_id)

    # --- colour and tooltip -------------------------------------------------------------------------
    def set_occupant(self, occupant: StallOccupant | None, mode: ColourMode) -> None:
        colour = stall_colour(occupant, mode)
        if occupant == self.occupant and colour == self.colour:
            return  # a day's colours are set on all 150 stalls of a fair: most stay as they were
        self.occupant = occupant
        self.colour = colour
        self.setBrush(self.colour)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        features = [text for present, text in (
            (self.spec.has_power, QCoreApplication.translate("PlanScene", "power")), (self.spec.has_table, QCoreApplication.translate("PlanScene", "table")),
            (self.spec.under_cover, QCoreApplication.translate("PlanScene", "under cover"))) if present]
        lines = [QCoreApplication.translate("PlanScene", "Stall {number}: {width} × {depth} m").format(
            number=self.spec.number, width=f"{self.spec.width_m:g}", depth=f"{self.spec.depth_m:g}")]
        if features:
            lines.append(", ".join(features))
        if self.occupant is None:
            lines.append(QCoreApplication.translate("PlanScene", "free"))
        else:
            lines.append(f"{self.occupant.organisation} — {vendor_category_label(self.occupant.category)}, "
                         f"{payment_label(self.occupant.payment_status)}")
        self.setToolTip("\n".join(lines))

    def description(self) -> str:
        """The stall in words on one line (the plan view tells a screen reader this when it is chosen)."""
        return self.toolTip().replace("\n", ", ")


class LandmarkItem(QGraphicsRectItem):
    """A stage, entrance or toilets: a dashed box with its label, movable like a stall."""

    def __init__(self, info: LandmarkInfo) -> None:
        super().__init__()
        self.landmark_id = info.id
        self.spec = info.spec
        self.pressed_spec = info.spec
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0)
        self.setPen(QPen(QColor("#78909c"), 1.5, Qt.PenStyle.DashLine))
        self.setBrush(QColor("#fff9c4") if self.spec.kind == LandmarkKind.STAGE else QColor("#eceff1"))
        self._label = QGraphicsSimpleTextItem(self)
        self._label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        font = QFont()
        font.setPixelSize(12)
        font.setItalic(True)
        self._label.setFont(font)
        self._label.setBrush(QColor("#37474f"))
        self._apply_geometry()

    def text(self) -> str:
        return self.spec.label or landmark_label(self.spec.kind)

    def _apply_geometry(self) -> None:
        width, depth = self.spec.width_m * PIXELS_PER_METRE, self.spec.depth_m * PIXELS_PER_METRE
        self.setRect(QRectF(0, 0, width, depth))
        self.setTransformOriginPoint(width / 2, depth / 2)
        self.setRotation(self.spec.rotation_deg)
        self.setPos(self.spec.x_m * PIXELS_PER_METRE, self.spec.y_m * PIXELS_PER_METRE)
        self._label.setText(self.text())
        text = self._label.boundingRect()
        self._label.setPos((width - text.width()) / 2, (depth - text.height()) / 2)
        self.setToolTip(self.text())

    def set_spec(self, spec: LandmarkSpec) -> None:
        self.spec = spec
        self._apply_geometry()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)
        plan = self.scene()
        if isinstance(plan, PlanScene):
            plan.gesture_started([self, *plan.selectedItems()])

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        plan = self.scene()
        if isinstance(plan, PlanScene):
            plan.gesture_ended()

    def dropped_spec(self, plan_width_m: float, plan_depth_m: float) -> LandmarkSpec:
        moved = replace(self.spec, x_m=_snap(self.pos().x() / PIXELS_PER_METRE),
                        y_m=_snap(self.pos().y() / PIXELS_PER_METRE))
        return landmark_on_plan(moved, plan_width_m, plan_depth_m)


def _grid_brush() -> QBrush:
    """A one-metre grid as a texture, so Qt paints the ground without Python code per repaint."""
    size = int(PIXELS_PER_METRE)
    tile = QPixmap(size, size)
    tile.fill(QColor("#ffffff"))
    painter = QPainter(tile)
    painter.setPen(QPen(QColor("#eeeeee"), 1))
    painter.drawLine(0, 0, size, 0)
    painter.drawLine(0, 0, 0, size)
    painter.end()
    return QBrush(tile)


class PlanScene(QGraphicsScene):
    """The whole plan. ``stall_items`` maps a stall id to its item; ``_ground`` is the plan's area
    in pixels with a one-metre grid, behind the items; ``layout_id``, ``width_m`` and ``depth_m``
    are those of the plan shown (None and 0 before the first ``load``)."""

    plan_edited = Signal(object)  # PlanEdit: one gesture (a drag, a resize, a turn)
    vendor_dropped = Signal(int, int)  # application day id, stall id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stall_items: dict[int, StallItem] = {}
        self.landmark_items: dict[int, LandmarkItem] = {}
        self.mode = ColourMode.AVAILABILITY
        self._occupancy: dict[int, StallOccupant] = {}
        self._ground: QGraphicsRectItem | None = None
        self.layout_id: int | None = None
        self.width_m = 0.0
        self.depth_m = 0.0
        self._grid = _grid_brush()
        self._held: list[StallItem | LandmarkItem] = []  # the items the mouse gesture under way moves
        self.editable = True  # False: items can be chosen and looked at, not moved, resized or turned
        self.setBackgroundBrush(QColor("#f5f5f5"))
        # Items move: a BSP index would be rebuilt on every move of a 300-stall plan for nothing.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.selectionChanged.connect(self._mark_selection)

    def load(self, plan: LayoutPlan) -> None:
        # Forget the items before Qt deletes them: clear() announces a selection change.
        self.stall_items.clear()
        self.landmark_items.clear()
        self.clear()
        self._held = []
        self.layout_id = plan.id
        self._ground = self.addRect(QRectF(), QPen(QColor("#90a4ae"), 2), self._grid)
        self._ground.setZValue(-1)
        self._set_ground(plan.width_m, plan.depth_m)
        for landmark in plan.landmarks:
            self.add_landmark_item(landmark)
        for stall in plan.stalls:
            self.add_stall_item(stall)  # coloured for the occupancy and mode shown

    def update_plan(self, plan: LayoutPlan) -> None:
        """Show a re-read plan in the items already there: moved stalls move, new ones appear, removed
        ones go; selection, zoom and scroll stay. An item held by the mouse is left where the user has
        it (its own save follows). Another plan, or a resized one, is loaded afresh."""
        if plan.id != self.layout_id:
            self.load(plan)
            return
        if (plan.width_m, plan.depth_m) != (self.width_m, self.depth_m):
            self._set_ground(plan.width_m, plan.depth_m)
        held = self.mouseGrabberItem()
        for stall in plan.stalls:
            item = self.stall_items.get(stall.id)
            if item is None:
                self.add_stall_item(stall)
            elif item is not held and item.spec != stall.spec:
                item.set_spec(stall.spec)
        for stall_id in set(self.stall_items) - {stall.id for stall in plan.stalls}:
            self.remove_item_of(stall_id=stall_id)
        for landmark in plan.landmarks:
            shown = self.landmark_items.get(landmark.id)
            if shown is None:
                self.add_landmark_item(landmark)
            elif shown is not held and shown.spec != landmark.spec:
                shown.set_spec(landmark.spec)
        for landmark_id in set(self.landmark_items) - {landmark.id for landmark in plan.landmarks}:
            self.remove_item_of(landmark_id=landmark_id)

    def _set_ground(self, width_m: float, depth_m: float) -> None:
        """The plan's area (a resized plan keeps its items, so the selection stays)."""
        self.width_m, self.depth_m = width_m, depth_m
        ground = QRectF(0, 0, width_m * PIXELS_PER_METRE, depth_m * PIXELS_PER_METRE)
        assert self._ground is not None
        self._ground.setRect(ground)
        self.setSceneRect(ground.adjusted(-40, -40, 40, 40))

    # --- one gesture, one edit ----------------------------------------------------------------------
    def gesture_started(self, items: list[QGraphicsItem]) -> None:
        """The mouse took hold of these items (the one pressed and the selection Qt drags along)."""
        held: list[StallItem | LandmarkItem] = []
        for item in items:
            if isinstance(item, StallItem | LandmarkItem) and item not in held:
                item.pressed_spec = item.spec
                held.append(item)
        self._held = held

    def gesture_ended(self) -> None:
        """Put every item the gesture moved on the grid and the plan; announce them as one edit."""
        held, self._held = self._held, []
        moved: list[StallItem | LandmarkItem] = []
        for item in held:
            if item.scene() is self:
                item.set_spec(item.dropped_spec(self.width_m, self.depth_m))
                if item.spec != item.pressed_spec:
                    moved.append(item)
        self._announce(moved)

    def _announce(self, items: list[StallItem | LandmarkItem]) -> None:
        stalls = [item for item in items if isinstance(item, StallItem)]
        landmarks = [item for item in items if isinstance(item, LandmarkItem)]
        edit = PlanEdit({item.stall_id: item.pressed_spec for item in stalls},
                        {item.stall_id: item.spec for item in stalls},
                        {item.landmark_id: item.pressed_spec for item in landmarks},
                        {item.landmark_id: item.spec for item in landmarks})
        if edit:
            self.plan_edited.emit(edit)

    @property
    def edit_in_progress(self) -> bool:
        """True while the mouse holds a stall or label (a move or resize not yet dropped)."""
        return isinstance(self.mouseGrabberItem(), StallItem | LandmarkItem)

    def set_editable(self, editable: bool) -> None:
        """Whether stalls and labels may be moved, resized, turned and given vendors (a volunteer's
        plan is only looked at: a drag does not even start)."""
        self.editable = editable
        for item in (*self.stall_items.values(), *self.landmark_items.values()):
            self._allow_editing(item)

    def _allow_editing(self, item: StallItem | LandmarkItem) -> None:
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, self.editable)
        if isinstance(item, StallItem):
            item.setAcceptDrops(self.editable)
            item.show_selected(item.isSelected())

    def add_stall_item(self, stall: StallInfo) -> StallItem:
        item = StallItem(stall, self._occupancy.get(stall.id), self.mode)
        self._allow_editing(item)
        self.addItem(item)
        self.stall_items[stall.id] = item
        return item

    def add_landmark_item(self, landmark: LandmarkInfo) -> LandmarkItem:
        item = LandmarkItem(landmark)
        self._allow_editing(item)
        self.addItem(item)
        self.landmark_items[landmark.id] = item
        return item

    def remove_item_of(self, *, stall_id: int | None = None, landmark_id: int | None = None) -> None:
        item = (self.stall_items.pop(stall_id, None) if stall_id is not None
                else self.landmark_items.pop(landmark_id, None) if landmark_id is not None else None)
        if item is not None:
            self.removeItem(item)

    def set_occupancy(self, occupancy: dict[int, StallOccupant], mode: ColourMode) -> None:
        self._occupancy = occupancy
        self.mode = mode
        for stall_id, item in self.stall_items.items():
            item.set_occupant(occupancy.get(stall_id), mode)

    def _mark_selection(self) -> None:
        for item in self.stall_items.values():
            item.show_selected(item.isSelected())

    def selected_stall(self) -> StallItem | None:
        chosen = [item for item in self.selectedItems() if isinstance(item, StallItem)]
        return chosen[0] if len(chosen) == 1 else None

    def selected_landmark(self) -> LandmarkItem | None:
        chosen = [item for item in self.selectedItems() if isinstance(item, LandmarkItem)]
        return chosen[0] if len(chosen) == 1 else None

    def turn_selected(self, degrees: float = 90.0) -> None:
        """Turn every selected stall and label: one edit, so one undo step."""
        if not self.editable:
            return
        self.gesture_started(self.selectedItems())
        turned, self._held = self._held, []
        for item in turned:
            item.set_spec(replace(item.spec, rotation_deg=(item.spec.rotation_deg + degrees) % 360))
        self._announce(turned)


def landmark_spec_for(kind: LandmarkKind, x_m: float, y_m: float) -> LandmarkSpec:
    sizes = {LandmarkKind.STAGE: (8.0, 5.0), LandmarkKind.ENTRANCE: (4.0, 1.5), LandmarkKind.TOILETS: (3.0, 2.0)}
    width, depth = sizes.get(kind, (3.0, 3.0))
    return LandmarkSpec(kind=kind, label="", x_m=_snap(x_m), y_m=_snap(y_m), width_m=width, depth_m=depth)
