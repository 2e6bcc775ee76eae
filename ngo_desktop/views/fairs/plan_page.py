"""The Plan tab: the stall plan editor of a fair with the vendors of the chosen day beside it.

Every edit on the plan is saved at once through the operations layer (one transaction per edit, on
the worker); a refusal (a stall already taken, a vendor needing power) is shown the usual way and
the plan is re-read. The page never reloads the plan under the user's hand: while a stall is held
or a save is on its way ``has_unsaved_edits()`` is true, and the change event of the page's own save
does not rebuild the scene (it already shows it); other changes are brought into the items already
shown (``PlanScene.update_plan``), so the zoom, the scroll position and the selection stay.

Each saved edit is recorded in the window's undo history (``plan_undo``); an undo or redo is
database work like any other, and the plan follows it from its change event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import Database
from ngo_desktop.models import LandmarkKind
from ngo_desktop.services.fairs import assignments as stall_assignments
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.fairs import layouts as stall_layouts
from ngo_desktop.services.fairs.layouts import LayoutPlan, StallInfo, StallSpec
from ngo_desktop.services.fairs.vendors import with_state_change
from ngo_desktop.services.users import SignedIn
from ngo_desktop.timeutil import format_date
from ngo_desktop.views.empty_state import EmptyState
from ngo_desktop.views.fairs import plan_undo
from ngo_desktop.views.fairs.applications_model import ApplicationsModel, Column
from ngo_desktop.views.fairs.labels import not_possible
from ngo_desktop.views.fairs.plan_scene import (
    PIXELS_PER_METRE,
    ColourMode,
    PlanEdit,
    PlanScene,
    landmark_spec_for,
)
from ngo_desktop.views.fairs.plan_size_dialog import PlanSizeDialog, remember_size, remembered_size
from ngo_desktop.views.fairs.plan_view import PlanLegend, PlanView
from ngo_desktop.views.fairs.stall_form import StallForm
from ngo_desktop.views.flow_layout import FlowLayout
from ngo_desktop.views.operations import LatestOnly, Operation
from ngo_desktop.views.persist import remember_header
from ngo_desktop.views.undo import UndoableEdit, history_of
from ngo_desktop.views.undo_steps import record_day_states
from ngo_desktop.vocabulary import landmark_label

# What the plan itself shows, and what the colours and the vendor list of the day show.
PLAN_KINDS = ("stall", "landmark", "stall_layout")
DAY_KINDS = ("stall_assignment", "application_day", "vendor_application", "organisation")


def _free_layout_name(database: Database, base: str) -> str:
    taken = {name for _id, name in stall_layouts.list_layouts(database)}
    name, number = base, 2
    while name in taken:
        name, number = f"{base} ({number})", number + 1
    return name


def _create_plan_for(database: Database, fair_id: int, size: tuple[float, float]) -> None:
    """A new empty plan of ``size`` metres named after the fair (numbered when the name is taken),
    used by the fair."""
    name = _free_layout_name(database, fairs.get_fair(database, fair_id).details.name)
    fairs.set_layout(database, fair_id, stall_layouts.create_layout(database, name=name, width_m=size[0],
                                                                     depth_m=size[1]))


class PlanPage(QWidget):
    """``_fair_id``/``_layout_id`` say what is shown; ``_stack`` switches between the 'no plan yet'
    panel and the editor. ``_saving`` counts the plan's saves on their way; ``_own_ids`` are the
    stalls and landmarks this page saved since the plan was loaded (their change events need no
    re-read); ``_plan_stale`` marks a re-read that waited for an edit to finish."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._fair_id: int | None = None
        self._layout_id: int | None = None
        self._saving = 0
        self._own_ids: dict[str, set[int]] = {"stall": set(), "landmark": set()}
        self._plan_stale = False
        self._loads = LatestOnly(self, database)
        self._plan_loads = LatestOnly(self, database)
        self._day_loads = LatestOnly(self, database)
        self._stack = QStackedLayout(self)

        self.no_plan = EmptyState(self.tr("This fair has no stall plan yet"),
                                  self.tr("Draw a new plan, or reuse the plan of another event."))
        self.create_plan_button = self.no_plan.add_button(self.tr("Draw a new plan"))
        self.create_plan_button.clicked.connect(self.create_plan)
        self.reuse_plan_button = self.no_plan.add_button(self.tr("Use an existing plan…"))
        self.reuse_plan_button.clicked.connect(self.reuse_plan)
        self._stack.addWidget(self.no_plan)

        editor = QWidget()
        self._stack.addWidget(editor)
        column = QVBoxLayout(editor)
        column.addLayout(self._build_toolbar())
        self.scene = PlanScene(self)
        self.view = PlanView(self.scene)
        self.vendors = ApplicationsModel(database, (Column.ORGANISATION, Column.STALL, Column.CATEGORY), self)
        self.vendor_table = QTableView()
        self.vendor_table.setModel(self.vendors)
        self.vendor_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vendor_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.vendor_table.setDragEnabled(True)
        self.vendor_table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.vendor_table.verticalHeader().hide()
        self.vendor_table.horizontalHeader().setStretchLastSection(True)
        self.vendor_table.setColumnWidth(0, 190)
        self.vendor_table.setColumnWidth(1, 50)
        remember_header(self.vendor_table.horizontalHeader(), "fairs/plan_vendors")
        self.stall_form = StallForm()
        side = QWidget()
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        self.vendors_label = QLabel(self.tr("Accepted vendors of the day — drag one onto a stall:"))
        side_column.addWidget(self.vendors_label)
        side_column.addWidget(self.vendor_table, 1)
        side_column.addWidget(self.stall_form)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 300])
        column.addWidget(splitter, 1)
        self.legend = PlanLegend()
        column.addWidget(self.legend)

        self.scene.plan_edited.connect(self.save_edit)
        self.scene.vendor_dropped.connect(self.assign_vendor)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.stall_form.applied.connect(self.save_stall)
        self.legend.show_mode(ColourMode.AVAILABILITY)

    def _build_toolbar(self) -> QVBoxLayout:
        """Two rows: what is shown (day, colours, zoom) and the editing buttons; in one row the
        Latvian labels would be cut at 1280 pixels."""
        rows = QVBoxLayout()
        shown = QHBoxLayout()
        self.day_combo = QComboBox()
        # Filled when the fair's days arrive, after the first show: keep every date whole.
        self.day_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_combo.currentIndexChanged.connect(self.refresh_day)
        self.colour_combo = QComboBox()
        self.colour_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for mode, text in ((ColourMode.AVAILABILITY, self.tr("Free / taken")),
                           (ColourMode.CATEGORY, self.tr("Vendor category")),
                           (ColourMode.PAYMENT, self.tr("Payment status"))):
            self.colour_combo.addItem(text, mode)
        self.colour_combo.currentIndexChanged.connect(self.refresh_day)
        shown.addWidget(QLabel(self.tr("Day")))
        shown.addWidget(self.day_combo)
        shown.addWidget(QLabel(self.tr("Colour by")))
        shown.addWidget(self.colour_combo)
        shown.addStretch(1)
        for text, tip, slot in (("−", self.tr("Zoom out"), lambda: self.view.zoom_out()),
                                ("+", self.tr("Zoom in"), lambda: self.view.zoom_in()),
                                (self.tr("Fit"), self.tr("Show the whole plan"), lambda: self.view.fit_plan())):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            shown.addWidget(button)
        editing = FlowLayout()  # wraps rather than squeezing the buttons on a narrow page
        self.add_stall_button = QPushButton(self.tr("Add stall"))
        self.add_stall_button.clicked.connect(self.add_stall)
        editing.addWidget(self.add_stall_button)
        self.editing_buttons: list[QWidget] = [self.add_stall_button]
        self.add_label_button = QToolButton()
        self.add_label_button.setText(self.tr("Add label"))
        self.add_label_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_label_button)
        for kind in LandmarkKind:
            menu.addAction(landmark_label(kind), lambda checked=False, k=kind: self.add_landmark(k))
        self.add_label_button.setMenu(menu)
        editing.addWidget(self.add_label_button)
        self.editing_buttons.append(self.add_label_button)
        for text, slot in ((self.tr("Turn 90°"), lambda: self.scene.turn_selected(90)),
                           (self.tr("Remove"), self.remove_selected),
                           (self.tr("Plan size…"), self.change_plan_size),
                           (self.tr("Save plan as…"), self.save_plan_as)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            editing.addWidget(button)
            self.editing_buttons.append(button)
        rows.addLayout(shown)
        rows.addLayout(editing)
        return rows

    def limit_to_role(self, person: SignedIn) -> None:
        """A volunteer looks at the plan (day, colours, zoom, a stall's details) and changes nothing:
        no editing buttons, no plan to draw or choose, stalls that cannot be moved or given vendors."""
        editable = not person.is_volunteer
        for widget in (*self.editing_buttons, self.create_plan_button, self.reuse_plan_button):
            widget.setVisible(editable)
        self.scene.set_editable(editable)
        self.stall_form.set_editable(editable)
        self.vendor_table.setDragEnabled(editable)
        self.vendors_label.setText(self.tr("Accepted vendors of the day — drag one onto a stall:") if editable
                                   else self.tr("Accepted vendors of the day:"))

    # --- loading ---------------------------------------------------------------------------------
    def set_fair(self, fair_id: int | None) -> None:
        """Show the plan of ``fair_id`` (read on the worker). The same plan shown again keeps its
        zoom and scroll position; another plan is fitted into the view."""
        self._fair_id = fair_id
        if fair_id is None:
            self._show_loaded(None)
            return
        chosen_day = self.current_day_id()
        # One read for the days, the plan and the chosen day's colours (on PostgreSQL across town
        # each separate read costs its own round trips).
        rows = self.vendors.page_rows
        self._loads.request(lambda database: stall_assignments.read_fair_plan(database, fair_id, chosen_day,
                                                                              vendor_rows=rows),
                            lambda answer: self._show_loaded(answer) if self._fair_id == fair_id else None)

    def _show_loaded(self, shown: stall_assignments.FairPlan | None) -> None:
        plan = shown.plan if shown is not None else None
        self._layout_id = plan.id if plan is not None else None
        if shown is None or plan is None:
            self.no_plan.setEnabled(shown is not None)
            self._stack.setCurrentWidget(self.no_plan)
            self.vendors.set_filter(None)
            return
        self._stack.setCurrentIndex(1)
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        for day in shown.days:
            self.day_combo.addItem(format_date(day.day), day.id)
        self.day_combo.setCurrentIndex(max(0, self.day_combo.findData(shown.day_id)))
        self.day_combo.blockSignals(False)
        if self.scene.layout_id == plan.id:
            self._show_plan(plan)
        else:
            self._own_ids = {"stall": set(), "landmark": set()}
            self.scene.load(plan)
            self.view.fit_plan()
        self._show_day(shown if shown.day_id == self.current_day_id() else None)

    def current_day_id(self) -> int | None:
        return self.day_combo.currentData()

    def refresh_day(self) -> None:
        """Colours and the vendor list of the chosen day (read on the worker)."""
        self._show_day(None)

    def _show_day(self, read: stall_assignments.FairPlan | None) -> None:
        """``refresh_day``, with the colours and the vendors already read along with the plan unless
        ``read`` is None."""
        mode = self.colour_combo.currentData() or ColourMode.AVAILABILITY
        day_id = self.current_day_id()
        self.legend.show_mode(mode)
        if day_id is None:
            self.scene.set_occupancy({}, mode)
        elif read is not None:
            # Through the same queue, which reads nothing, so an older day's answer still on its way
            # cannot paint over these colours.
            occupancy = read.occupancy
            self._day_loads.request(lambda _database: occupancy,
                                    lambda answer: self.scene.set_occupancy(answer, mode))
        else:
            self._day_loads.request(lambda database: stall_assignments.stall_occupancy(database, day_id),
                                    lambda occupancy: self.scene.set_occupancy(occupancy, mode))
        if self._fair_id is None or day_id is None:
            self.vendors.set_filter(None)
        elif read is not None and read.vendors is not None:
            self.vendors.show_read(*read.vendors)
        else:
            self.vendors.set_filter(stall_assignments.accepted_on(self._fair_id, day_id))

    def _reload_plan(self) -> None:
        layout_id = self._layout_id
        if layout_id is not None:
            self._plan_loads.request(lambda database: stall_layouts.load_layout(database, layout_id),
                                     self._show_plan)

    def _show_plan(self, plan: LayoutPlan) -> None:
        if plan.id != self._layout_id:
            return  # another plan was chosen meanwhile
        if self.has_unsaved_edits():
            self._plan_stale = True  # shown once the stall in hand is dropped and saved
            return
        self._plan_stale = False
        self.scene.update_plan(plan)
        self._selection_changed()

    # --- the section's refresh ---------------------------------------------------------------------
    def has_unsaved_edits(self) -> bool:
        """A stall held by the mouse, a plan edit whose save has not answered yet, or the selected
        stall's form changed but not applied."""
        return self.scene.edit_in_progress or self._saving > 0 or self.stall_form.is_modified()

    def refresh(self, changes: Changes) -> None:
        """Re-read what ``changes`` touched; the page's own saves are on the plan already."""
        if self._fair_id is None:
            return
        if changes.touches(("fair", "fair_day")):
            self.set_fair(self._fair_id)
            return
        if changes.touches(PLAN_KINDS) and not self._shows_already(changes):
            self._reload_plan()
        if changes.touches(DAY_KINDS):
            self.refresh_day()

    def _shows_already(self, changes: Changes) -> bool:
        if not changes.by_this_desk or changes.ids_of("stall_layout") != frozenset():
            return False
        for kind, saved in self._own_ids.items():
            changed = changes.ids_of(kind)
            if changed is None or not changed <= saved:
                return False
        return True

    # --- plans -----------------------------------------------------------------------------------
    def create_plan(self) -> None:
        """Ask for the plan's size (guessed from an earlier plan at the same place, else the size last
        chosen here); the new plan shows when its change reaches ``refresh``."""
        fair_id = self._fair_id
        if fair_id is None:
            return
        Operation(self, self.database, lambda database: stall_layouts.plan_size_for(database, fair_id)) \
            .success(lambda guess: self._create_plan_of_size(fair_id, guess or remembered_size())) \
            .refusal_title(not_possible()).disabling(self.create_plan_button).run()

    def _create_plan_of_size(self, fair_id: int, guess: tuple[float, float]) -> None:
        dialog = PlanSizeDialog(self.tr("New stall plan"), self.tr(
            "How big is the ground the stalls stand on? The size can be changed later."), guess, self)
        if dialog.exec() != PlanSizeDialog.DialogCode.Accepted:
            return
        size = dialog.size_m()
        remember_size(size)
        Operation(self, self.database, lambda database: _create_plan_for(database, fair_id, size)) \
            .refusal_title(not_possible()).disabling(self.create_plan_button).run()

    def change_plan_size(self) -> None:
        layout_id = self._layout_id
        if layout_id is None:
            return
        before = (self.scene.width_m, self.scene.depth_m)
        dialog = PlanSizeDialog(self.tr("Plan size"), self.tr(
            "The ground the stalls stand on, in metres. Every stall and label must stay on it."), before, self)
        if dialog.exec() != PlanSizeDialog.DialogCode.Accepted or dialog.size_m() == before:
            return
        after = dialog.size_m()
        remember_size(after)
        Operation(self, self.database, lambda database: stall_layouts.resize_layout(
            database, layout_id, width_m=after[0], depth_m=after[1], expected=before)) \
            .success(lambda _none: self._record(*plan_undo.plan_resized(layout_id, before, after))) \
            .refusal_title(not_possible()).run()

    def reuse_plan(self) -> None:
        Operation(self, self.database, stall_layouts.list_layouts).success(self._choose_plan_to_reuse) \
            .refusal_title(not_possible()).run()

    def _choose_plan_to_reuse(self, layouts: list[tuple[int, str]]) -> None:
        fair_id = self._fair_id
        if fair_id is None or not layouts:
            QMessageBox.information(self, self.tr("No plans yet"),
                                    self.tr("No event has a stall plan yet. Draw a new plan instead."))
            return
        names = [name for _id, name in layouts]
        name, chosen = QInputDialog.getItem(self, self.tr("Use an existing plan"), self.tr("Plan"), names, 0, False)
        if chosen:
            self._use_plan(fair_id, layouts[names.index(name)][0])

    def _use_plan(self, fair_id: int, layout_id: int) -> None:
        Operation(self, self.database, lambda database: fairs.set_layout(database, fair_id, layout_id)) \
            .refusal_title(not_possible()).run()

    def save_plan_as(self) -> None:
        """Copy the plan under a new name and use the copy for this fair (the old one stays as it was)."""
        fair_id, layout_id = self._fair_id, self._layout_id
        if fair_id is None or layout_id is None:
            return
        name, chosen = QInputDialog.getText(self, self.tr("Save plan as"), self.tr("Name of the new plan"))
        if not chosen:
            return

        def copied(copy_id: int) -> None:
            answer = QMessageBox.question(self, self.tr("Plan saved"),
                                          self.tr("Use the new plan for this fair from now on?"))
            if answer == QMessageBox.StandardButton.Yes:
                self._use_plan(fair_id, copy_id)

        Operation(self, self.database,
                  lambda database: stall_layouts.copy_layout(database, layout_id, new_name=name)) \
            .success(copied).refusal_title(not_possible()).run()

    # --- editing ---------------------------------------------------------------------------------
    def _visible_centre_metres(self) -> tuple[float, float]:
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        return max(0.0, centre.x() / PIXELS_PER_METRE), max(0.0, centre.y() / PIXELS_PER_METRE)

    def _saving_started(self, kind: str, item_id: int | None) -> None:
        self._saving += 1
        if item_id is not None:
            self._own_ids[kind].add(item_id)

    def _saving_ended(self) -> None:
        self._saving -= 1
        if self._saving == 0 and self._plan_stale:
            self._reload_plan()

    def _record(self, text: str, undo: Callable[[Database], object], redo: Callable[[Database], object],
                stall_ids: frozenset[int] = frozenset(), landmark_ids: frozenset[int] = frozenset()) -> None:
        """Put a saved edit in the window's undo history. Its steps' change events must reach the
        plan, so they are no longer taken for this page's own saves (``_shows_already``)."""
        def unowned(work: Callable[[Database], object]) -> Callable[[Database], object]:
            def run(database: Database) -> object:
                self._own_ids["stall"].difference_update(stall_ids)
                self._own_ids["landmark"].difference_update(landmark_ids)
                return work(database)
            return run

        history_of(self).record(UndoableEdit(text, self, self.database, undo=unowned(undo), redo=unowned(redo)))

    def add_stall(self) -> None:
        """A new stall with the next number in the first free spot after the last one added (never on
        another stall or a label); it is selected and scrolled into view, and can be dragged at once."""
        layout_id = self._layout_id
        if layout_id is None:
            return
        self._saving_started("stall", None)

        def added(stall: StallInfo) -> None:
            self._own_ids["stall"].add(stall.id)
            self._saving_ended()
            self._record(*plan_undo.stall_added(stall), stall_ids=frozenset({stall.id}))
            if self.scene.layout_id != layout_id:
                return
            item = self.scene.stall_items.get(stall.id) or self.scene.add_stall_item(stall)
            self.scene.clearSelection()
            item.setSelected(True)
            self.view.ensureVisible(item)

        Operation(self, self.database, lambda database: stall_layouts.add_next_stall(database, layout_id=layout_id)) \
            .success(added).failure(self._save_failed).refusal_title(not_possible()).run()

    def add_landmark(self, kind: LandmarkKind) -> None:
        layout_id = self._layout_id
        if layout_id is None:
            return
        text, chosen = QInputDialog.getText(self, self.tr("Add label"), self.tr("Text on the plan"),
                                            text=landmark_label(kind).capitalize())
        if not chosen:
            return
        x_m, y_m = self._visible_centre_metres()
        spec = replace(landmark_spec_for(kind, x_m, y_m), label=text.strip())
        self._saving_started("landmark", None)

        def added(landmark_id: int) -> None:
            self._own_ids["landmark"].add(landmark_id)
            self._saving_ended()
            on_plan = stall_layouts.landmark_on_plan(spec, self.scene.width_m, self.scene.depth_m)
            self._record(*plan_undo.landmark_added(layout_id, landmark_id, on_plan),
                         landmark_ids=frozenset({landmark_id}))
            if landmark_id not in self.scene.landmark_items and self.scene.layout_id == layout_id:
                self.scene.add_landmark_item(stall_layouts.LandmarkInfo(landmark_id, on_plan))

        Operation(self, self.database,
                  lambda database: stall_layouts.add_landmark(database, layout_id=layout_id, spec=spec)) \
            .success(added).failure(self._save_failed).refusal_title(not_possible()).run()

    def remove_selected(self) -> None:
        """Take the selected stall (archived, so Undo brings the same stall back) or label off the plan;
        its item goes once the removal is saved."""
        stall = self.scene.selected_stall()
        landmark = self.scene.selected_landmark()
        layout_id = self._layout_id
        if stall is not None:
            stall_id, spec = stall.stall_id, stall.spec
            self._remove("stall", stall_id, lambda database: stall_layouts.remove_stall(database, stall_id),
                         plan_undo.stall_removed(stall_id, spec))
        elif landmark is not None and layout_id is not None:
            landmark_id, landmark_spec = landmark.landmark_id, landmark.spec
            self._remove("landmark", landmark_id,
                         lambda database: stall_layouts.remove_landmark(database, landmark_id),
                         plan_undo.landmark_removed(layout_id, landmark_id, landmark_spec))

    def _remove(self, kind: str, item_id: int, remove: Callable[[Database], None],
                step: tuple[str, Callable[[Database], object], Callable[[Database], object]]) -> None:
        self._saving_started(kind, item_id)

        def removed(_none: None) -> None:
            self._saving_ended()
            ids = frozenset({item_id})
            self._record(*step, stall_ids=ids if kind == "stall" else frozenset(),
                         landmark_ids=ids if kind == "landmark" else frozenset())
            if kind == "stall":
                self.scene.remove_item_of(stall_id=item_id)
            else:
                self.scene.remove_item_of(landmark_id=item_id)

        Operation(self, self.database, remove).success(removed) \
            .failure(self._save_failed).refusal_title(not_possible()).run()

    def save_stall(self, stall_id: int, spec: StallSpec) -> None:
        """Save a stall edited in the form (number, size, turn, features)."""
        item = self.scene.stall_items.get(stall_id)
        if item is not None and item.spec != spec:
            self.save_edit(PlanEdit({stall_id: item.spec}, {stall_id: spec}))

    def save_edit(self, edit: PlanEdit) -> None:
        """Save what one gesture changed (a drag of the selection, a resize, a turn, the form) in one
        transaction, and record it as one undo step; the scene shows it as saved (on the plan)."""
        for stall_id in edit.stalls_after:
            self._saving_started("stall", stall_id)
        for landmark_id in edit.landmarks_after:
            self._saving_started("landmark", landmark_id)
        selected = self.scene.selected_stall()
        if selected is not None and selected.stall_id in edit.stalls_after:
            # The form shows the turn at once, not after the save.
            self.stall_form.show_stall(selected.stall_id, edit.stalls_after[selected.stall_id])
        stalls, landmarks = dict(edit.stalls_after), dict(edit.landmarks_after)

        def saved(on_plan: tuple[dict[int, StallSpec], dict[int, stall_layouts.LandmarkSpec]]) -> None:
            for _ in range(len(stalls) + len(landmarks)):
                self._saving_ended()
            step = plan_undo.PlanItemsStep(edit, on_plan)
            self._record(plan_undo.edit_text(edit), step.undo, step.redo,
                         stall_ids=frozenset(stalls), landmark_ids=frozenset(landmarks))
            held = self.scene.mouseGrabberItem()
            for stall_id, spec in on_plan[0].items():
                item = self.scene.stall_items.get(stall_id)
                if item is not None and item.spec != spec and item is not held:
                    item.set_spec(spec)
            for landmark_id, landmark_spec in on_plan[1].items():
                shown = self.scene.landmark_items.get(landmark_id)
                if shown is not None and shown.spec != landmark_spec and shown is not held:
                    shown.set_spec(landmark_spec)
            item = self.scene.selected_stall()
            if item is not None and item.stall_id in on_plan[0]:
                self.stall_form.show_stall(item.stall_id, item.spec)

        def failed(error: BaseException) -> bool:
            for _ in range(len(stalls) + len(landmarks) - 1):
                self._saving_ended()
            return self._save_failed(error)

        Operation(self, self.database, lambda database: stall_layouts.put_plan_items(database, stalls, landmarks)) \
            .success(saved).failure(failed).refusal_title(not_possible()).run()

    def _save_failed(self, _error: BaseException) -> bool:
        """A refused plan edit: the plan is re-read to show what is saved; the refusal is shown the
        usual way (returns False)."""
        self._plan_stale = True
        self._saving_ended()
        return False

    def assign_vendor(self, application_day_id: int, stall_id: int) -> None:
        """The colours and the vendor list follow from the assignment's change event (``refresh``)."""
        item = self.scene.stall_items.get(stall_id)
        text = self.tr("Put a vendor on stall %1").replace("%1", item.spec.number if item else "")
        Operation(self, self.database, lambda database: with_state_change(
            database, [application_day_id], lambda db: stall_assignments.assign(
                db, application_day_id=application_day_id, stall_id=stall_id))) \
            .success(lambda answer: record_day_states(self, self.database, text, answer[1])) \
            .refusal_title(not_possible()).run()

    def _selection_changed(self) -> None:
        item = self.scene.selected_stall()
        self.stall_form.show_stall(item.stall_id if item else None, item.spec if item else None)
        if self._plan_stale and not self.has_unsaved_edits():
            self._reload_plan()  # a re-read that waited for the form

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if not self.scene.editable:
            super().keyPressEvent(event)
        elif event.key() == Qt.Key.Key_Delete:
            self.remove_selected()
        elif event.key() == Qt.Key.Key_R:
            self.scene.turn_selected(90)
        else:
            super().keyPressEvent(event)
