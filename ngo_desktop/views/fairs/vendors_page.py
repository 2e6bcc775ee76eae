"""The Vendors tab: every vendor-day of a fair, filtered in the database, with the actions of the
front desk: accept (the rest go on the waitlist), reject, cancel (offering the place to the next),
choose a stall, fees and payments, and copying regulars' stalls to another day or fair."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.db import Database
from ngo_desktop.models import ApplicationStatus, VendorCategory
from ngo_desktop.money import format_cents, parse_euros
from ngo_desktop.services import fairs, stall_assignments, stall_layouts, vendors
from ngo_desktop.services.errors import DomainError
from ngo_desktop.services.fairs_export import export_stalls
from ngo_desktop.services.vendors import ApplicationFilter, ApplicationRow
from ngo_desktop.timeutil import format_date, today_local
from ngo_desktop.views.background import run_with_progress
from ngo_desktop.views.fairs.application_dialog import ApplicationDialog
from ngo_desktop.views.fairs.applications_model import ALL_COLUMNS, ApplicationsModel, Column
from ngo_desktop.views.fairs.labels import category_label, status_label
from ngo_desktop.views.fairs.plan_page import show_refusal
from ngo_desktop.views.fairs.stall_delegate import StallPickerDelegate
from ngo_desktop.views.persist import remember_header


class VendorsPage(QWidget):
    """``_fair_id`` is the fair shown; the table's model pages its rows from the database."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._fair_id: int | None = None
        column = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a vendor or what they sell…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.day_filter = QComboBox()
        self.day_filter.currentIndexChanged.connect(self.apply_filter)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Every status"), None)
        for status in ApplicationStatus:
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("Every category"), None)
        for category in VendorCategory:
            self.category_filter.addItem(category_label(category), category)
        self.category_filter.currentIndexChanged.connect(self.apply_filter)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.day_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.category_filter)
        column.addLayout(filters)

        self.model = ApplicationsModel(database, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for index, width in enumerate((220, 85, 110, 190, 75, 130, 45, 70)):
            self.table.setColumnWidth(index, width)
        self.table.setItemDelegateForColumn(ALL_COLUMNS.index(Column.STALL), StallPickerDelegate(database, self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setToolTip(self.tr("Double-click a vendor's Stall cell to pick a free stall."))
        remember_header(self.table.horizontalHeader(), "fairs/vendors")
        column.addWidget(self.table, 1)
        self.count_label = QLabel()
        column.addWidget(self.count_label)

        actions = QGridLayout()
        buttons = (
            (self.tr("New application…"), self.new_application),
            (self.tr("Accept"), self.accept_selected),
            (self.tr("Reject"), self.reject_selected),
            (self.tr("Cancel place"), self.cancel_selected),
            (self.tr("Confirm move-up"), self.confirm_move_up),
            (self.tr("Choose stall…"), self.choose_stall),
            (self.tr("Free the stall"), self.unassign_selected),
            (self.tr("Fee…"), self.change_fee),
            (self.tr("Waive fee…"), self.waive_fee),
            (self.tr("Paid today"), self.mark_paid),
            (self.tr("Not paid"), self.mark_unpaid),
            (self.tr("Copy stalls to another day…"), self.copy_to_day),
            (self.tr("Copy stalls from another fair…"), self.copy_from_fair),
            (self.tr("Export stalls…"), self.export_stalls),
        )
        self.buttons: dict[str, QPushButton] = {}
        for number, (text, slot) in enumerate(buttons):
            button = QPushButton(text)
            button.clicked.connect(slot)
            actions.addWidget(button, number // 7, number % 7)
            self.buttons[text] = button
        column.addLayout(actions)

    # --- loading ---------------------------------------------------------------------------------
    def set_fair(self, fair_id: int | None) -> None:
        self._fair_id = fair_id
        self.day_filter.blockSignals(True)
        self.day_filter.clear()
        self.day_filter.addItem(self.tr("Every day"), None)
        if fair_id is not None:
            for day in fairs.list_days(self.database, fair_id):
                self.day_filter.addItem(format_date(day.day), day.id)
        self.day_filter.blockSignals(False)
        self.apply_filter()

    def criteria(self) -> ApplicationFilter | None:
        if self._fair_id is None:
            return None
        status = self.status_filter.currentData()
        return ApplicationFilter(fair_id=self._fair_id, fair_day_id=self.day_filter.currentData(),
                                 text=self.search.text(), statuses=(status,) if status else (),
                                 category=self.category_filter.currentData())

    def apply_filter(self) -> None:
        self.model.set_filter(self.criteria())
        self.count_label.setText(self.tr("%n vendor day(s)", "", self.model.total()))

    def refresh(self) -> None:
        self.model.reload()
        self.count_label.setText(self.tr("%n vendor day(s)", "", self.model.total()))

    def selected_rows(self) -> list[ApplicationRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    def _one_selected(self) -> ApplicationRow | None:
        rows = self.selected_rows()
        if len(rows) != 1:
            QMessageBox.information(self, self.tr("Choose one vendor"),
                                    self.tr("Select one vendor's row in the list first."))
            return None
        return rows[0]

    def _run(self, action) -> bool:  # type: ignore[no-untyped-def]
        try:
            action()
        except DomainError as error:
            show_refusal(self, error)
            return False
        finally:
            self.refresh()
        return True

    # --- actions ---------------------------------------------------------------------------------
    def new_application(self) -> None:
        if self._fair_id is None:
            return
        dialog = ApplicationDialog(self.database, self._fair_id, self)
        if dialog.exec():
            self.refresh()

    def accept_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        outcome: dict[int, ApplicationStatus] = {}
        if self._run(lambda: outcome.update(vendors.accept(self.database, [row.application_day_id for row in rows]))):
            waiting = sum(1 for status in outcome.values() if status == ApplicationStatus.WAITLISTED)
            if waiting:
                QMessageBox.information(self, self.tr("Waitlist"), self.tr(
                    "Every stall is taken: %n vendor(s) went on the waitlist in the order chosen.", "", waiting))

    def reject_selected(self) -> None:
        for row in self.selected_rows():
            if not self._run(lambda row=row: vendors.reject(self.database, row.application_day_id)):
                return

    def cancel_selected(self) -> None:
        row = self._one_selected()
        if row is None:
            return
        reason, chosen = QInputDialog.getText(self, self.tr("Cancel place"),
                                              self.tr("Why is %1 not coming? (optional)").replace("%1", row.organisation))
        if not chosen:
            return
        offers: list[vendors.MoveUpOffer | None] = []
        self._run(lambda: offers.append(vendors.cancel(self.database, row.application_day_id, reason=reason)))
        if offers and offers[0] is not None:
            self.offer_move_up(offers[0])

    def offer_move_up(self, offer: vendors.MoveUpOffer) -> None:
        """Ask the operator to confirm that the first on the waitlist takes the free place."""
        answer = QMessageBox.question(self, self.tr("A place is free"), self.tr(
            "%1 is first on the waitlist. Give them the free place now?\n"
            "Choose No to decide later; the offer stays marked in the list.").replace("%1", offer.organisation))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: vendors.confirm_move_up(self.database, offer.application_day_id))

    def confirm_move_up(self) -> None:
        row = self._one_selected()
        if row is not None:
            self._run(lambda: vendors.confirm_move_up(self.database, row.application_day_id))

    def choose_stall(self) -> None:
        row = self._one_selected()
        if row is None or self._fair_id is None:
            return
        layout_id = fairs.get_fair(self.database, self._fair_id).details.layout_id
        if layout_id is None:
            show_refusal(self, DomainError(self.tr("This fair has no stall plan yet. Draw it on the Plan tab.")))
            return
        taken = stall_assignments.stall_occupancy(self.database, row.fair_day_id)
        stalls = [stall for stall in stall_layouts.load_layout(self.database, layout_id).stalls
                  if stall.id not in taken or stall.id == row.stall_id]
        labels = [self.tr("Stall %1").replace("%1", stall.number) for stall in stalls]
        if not labels:
            show_refusal(self, DomainError(self.tr("Every stall is taken that day.")))
            return
        label, chosen = QInputDialog.getItem(self, self.tr("Choose stall"), row.organisation, labels, 0, False)
        if chosen:
            stall = stalls[labels.index(label)]
            self._run(lambda: stall_assignments.assign(self.database, application_day_id=row.application_day_id,
                                                       stall_id=stall.id))

    def unassign_selected(self) -> None:
        for row in self.selected_rows():
            self._run(lambda row=row: stall_assignments.unassign(self.database, row.application_day_id))

    def change_fee(self) -> None:
        row = self._one_selected()
        if row is None:
            return
        text, chosen = QInputDialog.getText(self, self.tr("Fee"), self.tr("Fee for the day, in euro"),
                                            text=format_cents(row.fee_cents).replace("€", "").strip())
        if not chosen:
            return
        cents = parse_euros(text)
        if cents is None:
            show_refusal(self, DomainError(self.tr("“%1” is not an amount. Type e.g. 7,50.").replace("%1", text)))
            return
        reason = ""
        if cents < row.fee_cents:
            reason, chosen = QInputDialog.getText(self, self.tr("Reduced fee"), self.tr(
                "Why is the fee reduced? (e.g. a charity NGO)"), text=row.fee_reduction_reason)
            if not chosen:
                return
        self._run(lambda: vendors.set_fee(self.database, row.application_day_id, fee_cents=cents, reason=reason))

    def waive_fee(self) -> None:
        row = self._one_selected()
        if row is None:
            return
        reason, chosen = QInputDialog.getText(self, self.tr("Waive fee"),
                                              self.tr("Why is the fee waived? (e.g. a charity NGO)"))
        if chosen:
            self._run(lambda: vendors.waive_fee(self.database, row.application_day_id, reason=reason))

    def mark_paid(self) -> None:
        for row in self.selected_rows():
            self._run(lambda row=row: vendors.mark_paid(self.database, row.application_day_id, paid_on=today_local()))

    def mark_unpaid(self) -> None:
        for row in self.selected_rows():
            self._run(lambda row=row: vendors.mark_unpaid(self.database, row.application_day_id))

    def copy_to_day(self) -> None:
        if self._fair_id is None:
            return
        days = fairs.list_days(self.database, self._fair_id)
        if len(days) < 2:
            return
        labels = [format_date(day.day) for day in days]
        source, chosen = QInputDialog.getItem(self, self.tr("Copy stalls"), self.tr("Copy the stalls of"),
                                              labels, 0, False)
        if not chosen:
            return
        target, chosen = QInputDialog.getItem(self, self.tr("Copy stalls"), self.tr("to the day"),
                                              labels, min(1, len(labels) - 1), False)
        if chosen and source != target:
            reports: list[stall_assignments.CopyReport] = []
            self._run(lambda: reports.append(stall_assignments.copy_assignments_to_day(
                self.database, from_day_id=days[labels.index(source)].id, to_day_id=days[labels.index(target)].id)))
            self._show_report(reports)

    def copy_from_fair(self) -> None:
        if self._fair_id is None:
            return
        others = [fair for fair in fairs.list_fairs(self.database, include_archived=True) if fair.id != self._fair_id]
        if not others:
            return
        labels = [fair.name + (f" ({fair.first_day.year})" if fair.first_day else "") for fair in others]
        label, chosen = QInputDialog.getItem(self, self.tr("Copy stalls from another fair"),
                                             self.tr("Regulars keep the stall they had at"), labels, 0, False)
        if chosen:
            reports: list[stall_assignments.CopyReport] = []
            self._run(lambda: reports.append(stall_assignments.copy_assignments_to_fair(
                self.database, from_fair_id=others[labels.index(label)].id, to_fair_id=self._fair_id)))
            self._show_report(reports)

    def export_stalls(self) -> None:
        """The same file as ``export stalls`` on the command line, written off the GUI thread."""
        if self._fair_id is None:
            return
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export stalls"), "stalls.xlsx",
                                                    self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        fair_id = self._fair_id
        try:
            count = run_with_progress(self, self.tr("Writing the stall list…"),
                                      lambda report, _cancelled: export_stalls(self.database, fair_id, Path(path),
                                                                               report, force=True))
        except DomainError as error:
            show_refusal(self, error)
            return
        QMessageBox.information(self, self.tr("Stalls exported"),
                                self.tr("%n row(s) written.", "", count))

    def _show_report(self, reports: list[stall_assignments.CopyReport]) -> None:
        if not reports:
            return
        report = reports[0]
        text = self.tr("%n vendor(s) got their usual stall.", "", report.copied)
        if report.skipped:
            text += "\n\n" + self.tr("Not copied:") + "\n" + "\n".join(report.skipped)
        QMessageBox.information(self, self.tr("Stalls copied"), text)

