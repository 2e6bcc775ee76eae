"""Picking a stall right in a vendor's row: the Stall cell edits as a list of the day's free stalls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ngo_desktop.db import Database
from ngo_desktop.models import ApplicationStatus
from ngo_desktop.services import fairs, stall_assignments, stall_layouts
from ngo_desktop.services.errors import DomainError
from ngo_desktop.views.fairs.applications_model import ApplicationsModel
from ngo_desktop.views.fairs.plan_page import show_refusal

Index = QModelIndex | QPersistentModelIndex


class StallPickerDelegate(QStyledItemDelegate):
    """The editor lists '—' (no stall), the vendor's own stall and the stalls free that day; choosing
    one assigns through the services, so the same rules (one vendor per stall, power) apply."""

    def __init__(self, database: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self._view = parent

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget | None:  # noqa: N802
        model = index.model()
        if not isinstance(model, ApplicationsModel):
            return None
        row = model.row_at(index.row())
        if row.status != ApplicationStatus.ACCEPTED:
            return None
        criteria = model.criteria()
        layout_id = fairs.get_fair(self.database, criteria.fair_id).details.layout_id if criteria else None
        if layout_id is None:
            return None
        taken = stall_assignments.stall_occupancy(self.database, row.fair_day_id)
        editor = QComboBox(parent)
        editor.addItem("—", None)
        for stall in stall_layouts.load_layout(self.database, layout_id).stalls:
            if stall.id not in taken or stall.id == row.stall_id:
                editor.addItem(stall.number, stall.id)
        editor.setCurrentIndex(max(0, editor.findData(row.stall_id)))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        """The choice was filled in createEditor; keep it when the model repaints."""

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if not isinstance(editor, QComboBox) or not isinstance(model, ApplicationsModel):
            return
        row = model.row_at(index.row())
        stall_id = editor.currentData()
        if stall_id == row.stall_id:
            return
        try:
            if stall_id is None:
                stall_assignments.unassign(self.database, row.application_day_id)
            else:
                stall_assignments.assign(self.database, application_day_id=row.application_day_id,
                                         stall_id=stall_id)
        except DomainError as error:
            show_refusal(self._view, error)
            return
        model.refresh_row(index.row())
