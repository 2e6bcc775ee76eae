"""Picking a stall right in a vendor's row: the Stall cell edits as a list of the day's free stalls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ngo_desktop.database.core import Database
from ngo_desktop.errors import DomainError
from ngo_desktop.i18n import translate
from ngo_desktop.models import ApplicationStatus
from ngo_desktop.services.fairs import assignments as stall_assignments
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.fairs import layouts as stall_layouts
from ngo_desktop.services.fairs.layouts import StallInfo
from ngo_desktop.services.fairs.vendors import ApplicationRow, StateChange, with_state_change
from ngo_desktop.views.fairs.applications_model import ApplicationsModel
from ngo_desktop.views.fairs.labels import not_possible
from ngo_desktop.views.operations import Operation
from ngo_desktop.views.undo_steps import record_day_states

Index = QModelIndex | QPersistentModelIndex


def stalls_to_choose(database: Database, fair_id: int, row: ApplicationRow) -> list[StallInfo]:
    """The stalls of the fair's plan free on the vendor's day, and the vendor's own stall (worker)."""
    layout_id = fairs.get_fair(database, fair_id).details.layout_id
    if layout_id is None:
        raise DomainError(translate("VendorsPage", "This fair has no stall plan yet. Draw it on the Plan tab."))
    taken = stall_assignments.stall_occupancy(database, row.fair_day_id)
    return [stall for stall in stall_layouts.load_layout(database, layout_id).stalls
            if stall.id not in taken or stall.id == row.stall_id]


class StallPickerDelegate(QStyledItemDelegate):
    """The editor lists '—' (no stall), the vendor's own stall and the stalls free that day (read on
    the worker, filled in when they arrive); choosing one assigns through the services, so the same
    rules (one vendor per stall, power) apply."""

    def __init__(self, database: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self._view = parent

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget | None:  # noqa: N802
        model = index.model()
        if not isinstance(model, ApplicationsModel):
            return None
        row = model.row_at(index.row())
        criteria = model.criteria()
        if row is None or row.status != ApplicationStatus.ACCEPTED or criteria is None:
            return None
        editor = QComboBox(parent)
        editor.addItem("—", None)
        if row.stall_id is not None:
            editor.addItem(row.stall_number or "", row.stall_id)
            editor.setCurrentIndex(1)

        def fill(stalls: list[StallInfo]) -> None:
            editor.clear()
            editor.addItem("—", None)
            for stall in stalls:
                editor.addItem(stall.number, stall.id)
            editor.setCurrentIndex(max(0, editor.findData(row.stall_id)))

        fair_id = criteria.fair_id
        Operation(editor, self.database, lambda database: stalls_to_choose(database, fair_id, row)) \
            .success(fill).refusal_title(not_possible()).run()
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        """The choice was filled in createEditor; keep it when the model repaints."""

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if not isinstance(editor, QComboBox) or not isinstance(model, ApplicationsModel):
            return
        row = model.row_at(index.row())
        stall_id = editor.currentData()
        if row is None or stall_id == row.stall_id:
            return
        application_day_id = row.application_day_id

        def save(database: Database) -> None:
            if stall_id is None:
                stall_assignments.unassign(database, application_day_id)
            else:
                stall_assignments.assign(database, application_day_id=application_day_id, stall_id=stall_id)

        text = (self.tr("Put %1 on stall %2").replace("%1", row.organisation).replace("%2", editor.currentText())
                if stall_id is not None else self.tr("Take %1 off their stall").replace("%1", row.organisation))

        def saved(answer: tuple[None, StateChange]) -> None:
            record_day_states(self._view, self.database, text, answer[1])
            model.refresh_row(application_day_id)

        Operation(self._view, self.database, lambda database: with_state_change(
            database, [application_day_id], save)).success(saved).refusal_title(not_possible()).run()
