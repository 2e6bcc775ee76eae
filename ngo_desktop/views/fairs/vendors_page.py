"""The Vendors tab: every vendor-day of a fair, filtered in the database, with the actions of the
front desk: accept (the rest go on the waitlist), reject, cancel (offering the place to the next),
choose a stall, fees and payments, and copying regulars' stalls to another day or fair."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
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

from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import Database
from ngo_desktop.models import ApplicationStatus, VendorCategory
from ngo_desktop.money import format_cents, parse_euros
from ngo_desktop.services.fairs import assignments as stall_assignments
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.fairs import vendors
from ngo_desktop.services.fairs.exporting import export_stalls
from ngo_desktop.services.fairs.layouts import StallInfo
from ngo_desktop.services.fairs.vendors import ApplicationFilter, ApplicationRow
from ngo_desktop.services.users import SignedIn
from ngo_desktop.timeutil import format_date, today_local
from ngo_desktop.views.fairs.application_dialog import ApplicationDialog
from ngo_desktop.views.fairs.applications_model import ALL_COLUMNS, ApplicationsModel, Column
from ngo_desktop.views.fairs.labels import not_possible, show_problem
from ngo_desktop.views.fairs.reason_dialog import ReasonDialog
from ngo_desktop.views.fairs.stall_delegate import StallPickerDelegate, stalls_to_choose
from ngo_desktop.views.flow_layout import FlowLayout
from ngo_desktop.views.operations import TYPING_PAUSE_MS, Operation
from ngo_desktop.views.persist import remember_header
from ngo_desktop.views.undo_steps import names_of, record_day_states
from ngo_desktop.vocabulary import application_status_label, quoted, vendor_category_label

# Five to a row: seven were cut in Latvian at 1280 pixels ("Kopēt vietas no cita tirdziņa…").


class VendorsPage(QWidget):
    """``_fair_id`` is the fair shown; the table's model pages its rows from the database;
    ``_search_pause`` waits for a pause in typing before the list is filtered."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._fair_id: int | None = None
        column = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a vendor or what they sell…"))
        self.search.setClearButtonEnabled(True)
        self._search_pause = QTimer(self)
        self._search_pause.setSingleShot(True)
        self._search_pause.setInterval(TYPING_PAUSE_MS)
        self._search_pause.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_pause.start)
        self.day_filter = QComboBox()
        # Filled when the fair's days arrive, after the first show: keep every date whole.
        self.day_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_filter.currentIndexChanged.connect(self.apply_filter)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Every status"), None)
        for status in ApplicationStatus:
            self.status_filter.addItem(application_status_label(status), status)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("Every category"), None)
        for category in VendorCategory:
            self.category_filter.addItem(vendor_category_label(category), category)
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
        self._edit_triggers = QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked
        self.table.setEditTriggers(self._edit_triggers)
        self.table.setToolTip(self.tr("Double-click a vendor's Stall cell to pick a free stall."))
        remember_header(self.table.horizontalHeader(), "fairs/vendors")
        column.addWidget(self.table, 1)
        self.count_label = QLabel()
        column.addWidget(self.count_label)
        self.model.loaded.connect(self._show_count)

        # The buttons wrap onto as many rows as the page's width needs, each keeping its whole label.
        actions = FlowLayout()
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
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[text] = button
        column.addLayout(actions)
        self._export_text = buttons[-1][0]

    def limit_to_role(self, person: SignedIn) -> None:
        """A volunteer only reads the list (and may export it): ticking vendors in is on the
        Check-in tab; the server refuses every other change of theirs."""
        for text, button in self.buttons.items():
            button.setVisible(text == self._export_text or not person.is_volunteer)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if person.is_volunteer
                                   else self._edit_triggers)
        self.table.setToolTip("" if person.is_volunteer
                              else self.tr("Double-click a vendor's Stall cell to pick a free stall."))

    # --- loading ---------------------------------------------------------------------------------
    def set_fair(self, fair_id: int | None) -> None:
        """Show the vendors of ``fair_id``; its days for the filter and the first rows are read on the
        worker in one go (the day chosen stays when the fair has it)."""
        self._fair_id = fair_id
        self._search_pause.stop()
        criteria = self.criteria()
        if criteria is None:
            self._show_days(())
            self.model.set_filter(None)
            return
        self.model.open_fair(criteria, lambda answer: self._show_days(answer.days, answer.criteria.fair_day_id))

    def _show_days(self, days: tuple[fairs.FairDayInfo, ...], chosen: int | None = None) -> None:
        self.day_filter.blockSignals(True)
        self.day_filter.clear()
        self.day_filter.addItem(self.tr("Every day"), None)
        for day in days:
            self.day_filter.addItem(format_date(day.day), day.id)
        self.day_filter.setCurrentIndex(max(0, self.day_filter.findData(chosen)))
        self.day_filter.blockSignals(False)

    def criteria(self) -> ApplicationFilter | None:
        if self._fair_id is None:
            return None
        status = self.status_filter.currentData()
        return ApplicationFilter(fair_id=self._fair_id, fair_day_id=self.day_filter.currentData(),
                                 text=self.search.text(), statuses=(status,) if status else (),
                                 category=self.category_filter.currentData())

    def apply_filter(self) -> None:
        self._search_pause.stop()
        self.model.set_filter(self.criteria())

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Vendor days: %n", "", self.model.total))

    def has_unsaved_edits(self) -> bool:
        """Typed into the search but not yet filtered: the list follows once the pause is over."""
        return self._search_pause.isActive()

    def refresh(self, changes: Changes | None = None) -> None:
        """Re-read the list after a change, keeping the selected vendors and the scroll position."""
        if changes is not None and changes.touches(("fair_day",)) and self._fair_id is not None:
            self.set_fair(self._fair_id)
            return
        selected = {row.application_day_id for row in self.selected_rows()}
        scrolled = self.table.verticalScrollBar().value()

        def restore() -> None:
            self.model.loaded.disconnect(restore)
            chosen = QItemSelection()
            for application_day_id in selected:
                row = self.model.row_of(application_day_id)
                if row >= 0:
                    chosen.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
            self.table.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.table.verticalScrollBar().setValue(scrolled)

        self.model.loaded.connect(restore)
        self.model.reload()

    def selected_rows(self) -> list[ApplicationRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [row for row in (self.model.row_at(number) for number in rows) if row is not None]

    def _one_selected(self) -> ApplicationRow | None:
        rows = self.selected_rows()
        if len(rows) != 1:
            QMessageBox.information(self, self.tr("Choose one vendor"),
                                    self.tr("Select one vendor's row in the list first."))
            return None
        return rows[0]

    def _run(self, work: Callable[[Database], Any], success: Callable[[Any], None] | None = None) -> None:
        """Run a front-desk action on the worker; the list follows from the change it announces."""
        operation = Operation(self, self.database, work).refusal_title(not_possible())
        if success is not None:
            operation.success(success)
        operation.run()

    def _run_undoable(self, text: str, application_day_ids: list[int], work: Callable[[Database], Any],
                      success: Callable[[Any], None] | None = None, *,
                      fair_days: Callable[[Database], list[int]] = lambda _database: []) -> None:
        """``_run``, and the change it made to the vendors' days (those of ``application_day_ids`` and
        of every vendor on ``fair_days``) goes into the undo history as ``text``."""
        def done(answer: tuple[Any, vendors.StateChange]) -> None:
            result, change = answer
            record_day_states(self, self.database, text, change)
            if success is not None:
                success(result)

        self._run(lambda database: vendors.with_state_change(database, application_day_ids, work,
                                                             fair_day_ids=fair_days(database)), done)

    def _names(self, ids: list[int]) -> str:
        return names_of([row.organisation for row in self.selected_rows() if row.application_day_id in ids])

    # --- actions ---------------------------------------------------------------------------------
    def new_application(self) -> None:
        if self._fair_id is None:
            return
        ApplicationDialog(self.database, self._fair_id, self).exec()

    def accept_selected(self) -> None:
        ids = [row.application_day_id for row in self.selected_rows()]
        if not ids:
            return

        def accepted(outcome: dict[int, ApplicationStatus]) -> None:
            waiting = sum(1 for status in outcome.values() if status == ApplicationStatus.WAITLISTED)
            if waiting:
                QMessageBox.information(self, self.tr("Waitlist"), self.tr(
                    "Every stall is taken. Vendors put on the waiting list in the order chosen: %n.", "", waiting))

        self._run_undoable(self.tr("Accept %1").replace("%1", self._names(ids)), ids,
                           lambda database: vendors.accept(database, ids), accepted)

    def _each_selected(self, action: Callable[[Database, int], object], text: str) -> None:
        """One action for every selected vendor-day, in one call (stops at the first refusal); one
        undo step named ``text`` (%1: the vendors)."""
        ids = [row.application_day_id for row in self.selected_rows()]
        if ids:
            self._run_undoable(text.replace("%1", self._names(ids)), ids,
                               lambda database: [action(database, application_day_id) for application_day_id in ids])

    def reject_selected(self) -> None:
        self._each_selected(vendors.reject, self.tr("Reject %1"))

    def cancel_selected(self) -> None:
        row = self._one_selected()
        if row is None:
            return
        reason, chosen = QInputDialog.getText(self, self.tr("Cancel place"),
                                              self.tr("Why is %1 not coming? (optional)").replace("%1", quoted(row.organisation)))
        if not chosen:
            return
        application_day_id = row.application_day_id

        def cancelled(offer: vendors.MoveUpOffer | None) -> None:
            if offer is not None:
                self.offer_move_up(offer)

        self._run_undoable(self.tr("Cancel the place of %1").replace("%1", row.organisation), [application_day_id],
                           lambda database: vendors.cancel(database, application_day_id, reason=reason), cancelled)

    def offer_move_up(self, offer: vendors.MoveUpOffer) -> None:
        """Ask the operator to confirm that the first on the waitlist takes the free place."""
        answer = QMessageBox.question(self, self.tr("A place is free"), self.tr(
            "%1 is first on the waitlist. Give them the free place now?\n"
            "Choose No to decide later; the offer stays marked in the list.").replace("%1", quoted(offer.organisation)))
        if answer == QMessageBox.StandardButton.Yes:
            self._run_undoable(self.tr("Give the free place to %1").replace("%1", offer.organisation),
                               [offer.application_day_id],
                               lambda database: vendors.confirm_move_up(database, offer.application_day_id))

    def confirm_move_up(self) -> None:
        row = self._one_selected()
        if row is not None:
            application_day_id = row.application_day_id
            self._run_undoable(self.tr("Give the free place to %1").replace("%1", row.organisation),
                               [application_day_id],
                               lambda database: vendors.confirm_move_up(database, application_day_id))

    def choose_stall(self) -> None:
        row = self._one_selected()
        fair_id = self._fair_id
        if row is None or fair_id is None:
            return

        def choose(stalls: list[StallInfo]) -> None:
            labels = [self.tr("Stall %1").replace("%1", stall.number) for stall in stalls]
            if not labels:
                show_problem(self, self.tr("Every stall is taken that day."))
                return
            label, chosen = QInputDialog.getItem(self, self.tr("Choose stall"), row.organisation, labels, 0, False)
            if chosen:
                stall_id = stalls[labels.index(label)].id
                self._run_undoable(
                    self.tr("Put %1 on stall %2").replace("%1", row.organisation).replace(
                        "%2", stalls[labels.index(label)].number), [row.application_day_id],
                    lambda database: stall_assignments.assign(
                        database, application_day_id=row.application_day_id, stall_id=stall_id))

        self._run(lambda database: stalls_to_choose(database, fair_id, row), choose)

    def unassign_selected(self) -> None:
        self._each_selected(stall_assignments.unassign, self.tr("Take %1 off their stall"))

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
            show_problem(self, self.tr("“%1” is not an amount. Type e.g. 7,50.").replace("%1", text))
            return
        reason = ""
        if cents < row.fee_cents:
            reason, chosen = QInputDialog.getText(self, self.tr("Reduced fee"), self.tr(
                "Why is the fee reduced? (e.g. a charity NGO)"), text=row.fee_reduction_reason)
            if not chosen:
                return
        self._run_undoable(self.tr("Change the fee of %1").replace("%1", row.organisation), [row.application_day_id],
                           lambda database: vendors.set_fee(database, row.application_day_id, fee_cents=cents,
                                                            reason=reason))

    def waive_fee(self) -> None:
        row = self._one_selected()
        if row is None:
            return
        dialog = ReasonDialog(self.tr("Waive fee"), self.tr("Why is the fee waived? (e.g. a charity NGO)"),
                              self.tr("Say why the fee is waived, e.g. a charity NGO."), self)
        dialog.accepted.connect(lambda: self._waive(row, dialog.reason()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _waive(self, row, reason: str) -> None:  # type: ignore[no-untyped-def]
        self._run_undoable(self.tr("Waive the fee of %1").replace("%1", row.organisation),
                           [row.application_day_id],
                           lambda database: vendors.waive_fee(database, row.application_day_id, reason=reason))

    def mark_paid(self) -> None:
        paid_on = today_local()
        self._each_selected(lambda database, application_day_id: vendors.mark_paid(
            database, application_day_id, paid_on=paid_on), self.tr("Mark %1 as paid"))

    def mark_unpaid(self) -> None:
        self._each_selected(vendors.mark_unpaid, self.tr("Mark %1 as unpaid"))

    def copy_to_day(self) -> None:
        fair_id = self._fair_id
        if fair_id is not None:
            self._run(lambda database: fairs.list_days(database, fair_id), self._copy_between_days)

    def _copy_between_days(self, days: list[fairs.FairDayInfo]) -> None:
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
            from_day, to_day = days[labels.index(source)].id, days[labels.index(target)].id
            self._run_undoable(
                self.tr("Copy the stalls of %1 to %2").replace("%1", source).replace("%2", target), [],
                lambda database: stall_assignments.copy_assignments_to_day(
                    database, from_day_id=from_day, to_day_id=to_day), self._show_report,
                fair_days=lambda _database: [to_day])

    def copy_from_fair(self) -> None:
        fair_id = self._fair_id
        if fair_id is not None:
            self._run(lambda database: fairs.list_fairs(database, include_archived=True),
                      lambda every: self._copy_from_another(fair_id, every))

    def _copy_from_another(self, fair_id: int, every: list[fairs.FairSummary]) -> None:
        others = [fair for fair in every if fair.id != fair_id]
        if not others:
            return
        labels = [fair.name + (f" ({fair.first_day.year})" if fair.first_day else "") for fair in others]
        label, chosen = QInputDialog.getItem(self, self.tr("Copy stalls from another fair"),
                                             self.tr("Regulars keep the stall they had at"), labels, 0, False)
        if chosen:
            from_fair = others[labels.index(label)].id
            self._run_undoable(
                self.tr("Copy the stalls of %1").replace("%1", label), [],
                lambda database: stall_assignments.copy_assignments_to_fair(
                    database, from_fair_id=from_fair, to_fair_id=fair_id), self._show_report,
                fair_days=lambda database: [day.id for day in fairs.list_days(database, fair_id)])

    def export_stalls(self) -> None:
        """The same file as ``export stalls`` on the command line, written on the long-work thread."""
        fair_id = self._fair_id
        if fair_id is None:
            return
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export stalls"), "stalls.xlsx",
                                                    self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        Operation(self, self.database,
                  lambda database, progress: export_stalls(database, fair_id, Path(path), progress.report,
                                                         force=True)) \
            .with_progress(self.tr("Writing the stall list…"), cancellable=False) \
            .success(lambda count: QMessageBox.information(self, self.tr("Stalls exported"),
                                                           self.tr("Rows written: %n.", "", count))) \
            .refusal_title(not_possible()).run()

    def _show_report(self, report: stall_assignments.CopyReport) -> None:
        text = self.tr("Vendors who got their usual stall: %n.", "", report.copied)
        if report.skipped:
            text += "\n\n" + self.tr("Not copied:") + "\n" + "\n".join(report.skipped)
        QMessageBox.information(self, self.tr("Stalls copied"), text)
