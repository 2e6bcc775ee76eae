"""The Plan tab: the stall plan editor of a fair with the vendors of the chosen day beside it.

Edits on the plan are saved at once through the services (one transaction per edit); a refusal
(a stall already taken, a vendor needing power) is shown in a message and the plan is re-read.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
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

from ngo_desktop.db import Database
from ngo_desktop.models import ApplicationStatus, LandmarkKind
from ngo_desktop.services import fairs, stall_assignments, stall_layouts
from ngo_desktop.services.errors import DomainError
from ngo_desktop.services.stall_layouts import StallInfo, StallSpec
from ngo_desktop.services.vendors import ApplicationFilter
from ngo_desktop.timeutil import format_date
from ngo_desktop.views.empty_state import EmptyState
from ngo_desktop.views.fairs.applications_model import ApplicationsModel, Column
from ngo_desktop.views.fairs.labels import LANDMARKS, landmark_label
from ngo_desktop.views.fairs.plan_scene import PIXELS_PER_METRE, ColourMode, PlanScene, landmark_spec_for
from ngo_desktop.views.fairs.plan_view import PlanLegend, PlanView
from ngo_desktop.views.fairs.stall_form import StallForm
from ngo_desktop.views.persist import remember_header


def show_refusal(parent: QWidget, error: DomainError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("FairRefusal", "Not possible"), str(error))


class PlanPage(QWidget):
    """``_fair_id``/``_layout_id`` say what is shown; ``_stack`` switches between the 'no plan yet'
    panel and the editor."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._fair_id: int | None = None
        self._layout_id: int | None = None
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
        side_column.addWidget(QLabel(self.tr("Accepted vendors of the day — drag one onto a stall:")))
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

        self.scene.stall_edited.connect(self.save_stall)
        self.scene.landmark_edited.connect(self.save_landmark)
        self.scene.vendor_dropped.connect(self.assign_vendor)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.stall_form.applied.connect(self.save_stall)
        self.legend.show_mode(ColourMode.AVAILABILITY)

    def _build_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.day_combo = QComboBox()
        self.day_combo.currentIndexChanged.connect(self.refresh_day)
        self.colour_combo = QComboBox()
        for mode, text in ((ColourMode.AVAILABILITY, self.tr("Free / taken")),
                           (ColourMode.CATEGORY, self.tr("Vendor category")),
                           (ColourMode.PAYMENT, self.tr("Payment status"))):
            self.colour_combo.addItem(text, mode)
        self.colour_combo.currentIndexChanged.connect(self.refresh_day)
        row.addWidget(QLabel(self.tr("Day")))
        row.addWidget(self.day_combo)
        row.addWidget(QLabel(self.tr("Colour by")))
        row.addWidget(self.colour_combo)
        row.addSpacing(12)
        self.add_stall_button = QPushButton(self.tr("Add stall"))
        self.add_stall_button.clicked.connect(self.add_stall)
        row.addWidget(self.add_stall_button)
        self.add_label_button = QToolButton()
        self.add_label_button.setText(self.tr("Add label"))
        self.add_label_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_label_button)
        for kind in LANDMARKS:
            menu.addAction(landmark_label(kind), lambda checked=False, k=kind: self.add_landmark(k))
        self.add_label_button.setMenu(menu)
        row.addWidget(self.add_label_button)
        for text, slot in ((self.tr("Turn 90°"), lambda: self.scene.turn_selected(90)),
                           (self.tr("Remove"), self.remove_selected),
                           (self.tr("Save plan as…"), self.save_plan_as)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        for text, tip, slot in (("−", self.tr("Zoom out"), lambda: self.view.zoom_out()),
                                ("+", self.tr("Zoom in"), lambda: self.view.zoom_in()),
                                (self.tr("Fit"), self.tr("Show the whole plan"), lambda: self.view.fit_plan())):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    # --- loading ---------------------------------------------------------------------------------
    def set_fair(self, fair_id: int | None) -> None:
        self._fair_id = fair_id
        record = fairs.get_fair(self.database, fair_id) if fair_id is not None else None
        self._layout_id = record.details.layout_id if record is not None else None
        if record is None or self._layout_id is None:
            self.no_plan.setEnabled(record is not None)
            self._stack.setCurrentWidget(self.no_plan)
            return
        self._stack.setCurrentIndex(1)
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        for day in record.days:
            if not day.cancelled:
                self.day_combo.addItem(format_date(day.day), day.id)
        self.day_combo.blockSignals(False)
        self.scene.load(stall_layouts.load_layout(self.database, self._layout_id))
        self.refresh_day()
        self.view.fit_plan()

    def current_day_id(self) -> int | None:
        return self.day_combo.currentData()

    def refresh_day(self) -> None:
        mode = self.colour_combo.currentData() or ColourMode.AVAILABILITY
        day_id = self.current_day_id()
        occupancy = stall_assignments.stall_occupancy(self.database, day_id) if day_id is not None else {}
        self.scene.set_occupancy(occupancy, mode)
        self.legend.show_mode(mode)
        if self._fair_id is not None and day_id is not None:
            self.vendors.set_filter(ApplicationFilter(fair_id=self._fair_id, fair_day_id=day_id,
                                                      statuses=(ApplicationStatus.ACCEPTED,)))
        else:
            self.vendors.set_filter(None)

    def _reload_plan(self) -> None:
        if self._layout_id is not None:
            self.scene.load(stall_layouts.load_layout(self.database, self._layout_id))
            self.refresh_day()

    # --- plans -----------------------------------------------------------------------------------
    def create_plan(self) -> None:
        if self._fair_id is None:
            return
        record = fairs.get_fair(self.database, self._fair_id)
        name = self._free_layout_name(record.details.name)
        try:
            layout_id = stall_layouts.create_layout(self.database, name=name)
            fairs.set_layout(self.database, self._fair_id, layout_id)
        except DomainError as error:
            show_refusal(self, error)
            return
        self.set_fair(self._fair_id)

    def _free_layout_name(self, base: str) -> str:
        taken = {name for _id, name in stall_layouts.list_layouts(self.database)}
        name, number = base, 2
        while name in taken:
            name, number = f"{base} ({number})", number + 1
        return name

    def reuse_plan(self) -> None:
        layouts = stall_layouts.list_layouts(self.database)
        if self._fair_id is None or not layouts:
            QMessageBox.information(self, self.tr("No plans yet"),
                                    self.tr("No event has a stall plan yet. Draw a new plan instead."))
            return
        names = [name for _id, name in layouts]
        name, chosen = QInputDialog.getItem(self, self.tr("Use an existing plan"), self.tr("Plan"), names, 0, False)
        if chosen:
            fairs.set_layout(self.database, self._fair_id, layouts[names.index(name)][0])
            self.set_fair(self._fair_id)

    def save_plan_as(self) -> None:
        """Copy the plan under a new name and use the copy for this fair (the old one stays as it was)."""
        if self._fair_id is None or self._layout_id is None:
            return
        name, chosen = QInputDialog.getText(self, self.tr("Save plan as"), self.tr("Name of the new plan"))
        if not chosen:
            return
        try:
            copy_id = stall_layouts.copy_layout(self.database, self._layout_id, new_name=name)
        except DomainError as error:
            show_refusal(self, error)
            return
        answer = QMessageBox.question(self, self.tr("Plan saved"),
                                      self.tr("Use the new plan for this fair from now on?"))
        if answer == QMessageBox.StandardButton.Yes:
            fairs.set_layout(self.database, self._fair_id, copy_id)
            self.set_fair(self._fair_id)

    # --- editing ---------------------------------------------------------------------------------
    def _visible_centre_metres(self) -> tuple[float, float]:
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        return max(0.0, centre.x() / PIXELS_PER_METRE), max(0.0, centre.y() / PIXELS_PER_METRE)

    def add_stall(self) -> None:
        if self._layout_id is None:
            return
        x_m, y_m = self._visible_centre_metres()
        spec = StallSpec(number=stall_layouts.next_stall_number(self.database, self._layout_id),
                         x_m=round(x_m), y_m=round(y_m))
        try:
            stall_id = stall_layouts.add_stall(self.database, layout_id=self._layout_id, spec=spec)
        except DomainError as error:
            show_refusal(self, error)
            return
        self.scene.clearSelection()
        self.scene.add_stall_item(StallInfo(stall_id, spec)).setSelected(True)

    def add_landmark(self, kind: LandmarkKind) -> None:
        if self._layout_id is None:
            return
        text, chosen = QInputDialog.getText(self, self.tr("Add label"), self.tr("Text on the plan"),
                                            text=landmark_label(kind).capitalize())
        if not chosen:
            return
        x_m, y_m = self._visible_centre_metres()
        spec = replace(landmark_spec_for(kind, x_m, y_m), label=text.strip())
        landmark_id = stall_layouts.add_landmark(self.database, layout_id=self._layout_id, spec=spec)
        self.scene.add_landmark_item(stall_layouts.LandmarkInfo(landmark_id, spec))

    def remove_selected(self) -> None:
        stall = self.scene.selected_stall()
        landmark = self.scene.selected_landmark()
        try:
            if stall is not None:
                stall_layouts.remove_stall(self.database, stall.stall_id)
                self.scene.remove_item_of(stall_id=stall.stall_id)
            elif landmark is not None:
                stall_layouts.remove_landmark(self.database, landmark.landmark_id)
                self.scene.remove_item_of(landmark_id=landmark.landmark_id)
        except DomainError as error:
            show_refusal(self, error)
        self.refresh_day()

    def save_stall(self, stall_id: int, spec: StallSpec) -> None:
        try:
            stall_layouts.update_stall(self.database, stall_id, spec)
        except DomainError as error:
            show_refusal(self, error)
            self._reload_plan()
            return
        item = self.scene.stall_items.get(stall_id)
        if item is not None and item.spec != spec:
            item.set_spec(spec)
        if self.scene.selected_stall() is item and item is not None:
            self.stall_form.show_stall(stall_id, spec)

    def save_landmark(self, landmark_id: int, spec: stall_layouts.LandmarkSpec) -> None:
        try:
            stall_layouts.update_landmark(self.database, landmark_id, spec)
        except DomainError as error:
            show_refusal(self, error)
            self._reload_plan()

    def assign_vendor(self, application_day_id: int, stall_id: int) -> None:
        try:
            stall_assignments.assign(self.database, application_day_id=application_day_id, stall_id=stall_id)
        except DomainError as error:
            show_refusal(self, error)
            return
        self.refresh_day()

    def _selection_changed(self) -> None:
        item = self.scene.selected_stall()
        self.stall_form.show_stall(item.stall_id if item else None, item.spec if item else None)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() == Qt.Key.Key_Delete:
            self.remove_selected()
        elif event.key() == Qt.Key.Key_R:
            self.scene.turn_selected(90)
        else:
            super().keyPressEvent(event)
