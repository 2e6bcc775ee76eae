"""Monthly statements: every tenant's month with reductions and amount due, payments, the support total."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.money import format_cents
from ngo_desktop.services.premises.registry import record_payment
from ngo_desktop.services.premises.statements import (
    PaymentState,
    StatementLine,
    first_of_month,
    state_text,
    statements_for_month,
)
from ngo_desktop.services.users import SignedIn
from ngo_desktop.timeutil import today_local
from ngo_desktop.views.date_input import MonthEdit
from ngo_desktop.views.itemmodels import PagedTableModel
from ngo_desktop.views.operations import Operation, problems_shown_by
from ngo_desktop.views.persist import remember_header
from ngo_desktop.views.premises.form_helpers import FieldErrors, MoneyEdit
from ngo_desktop.views.premises.tenancy_form import date_edit, from_qdate
from ngo_desktop.vocabulary import decision_text, month_after_for, sentence_case


class StatementsTableModel(PagedTableModel[StatementLine]):
    """One month's statement lines (one per running tenancy: tens, so loaded whole)."""

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(database, parent)
        self.month = first_of_month(today_local())
        self.headers = [self.tr("Premises"), self.tr("Tenant"), self.tr("Days"), self.tr("Rent"),
                        self.tr("Utilities"), self.tr("Reduction"), self.tr("Amount due"), self.tr("Paid"),
                        self.tr("Status")]

    def show_month(self, month: dt.date) -> None:
        self.month = month
        self.reload()

    def first_page(self, database: Database, limit: int) -> tuple[int, list[StatementLine]]:
        lines = statements_for_month(database, month=self.month)
        return len(lines), lines

    def column_titles(self) -> list[str]:
        return self.headers

    def line_at(self, row: int) -> StatementLine:
        return self.rows[row]

    def cell(self, line: StatementLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = [line.premises_name, line.tenant_name, f"{line.days}/{line.days_in_month}",
                      format_cents(line.rent_cents), format_cents(line.utilities_cents),
                      format_cents(line.reduction_cents), format_cents(line.due_cents),
                      format_cents(line.paid_cents), state_text(line.state)]
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 8:
            if line.state in (PaymentState.UNPAID, PaymentState.PART_PAID):
                return QBrush(QColor("#b00020"))
            return QBrush(QColor("#1b7f3b"))
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and line.decision_number:
            return sentence_case(decision_text(line.decision_number, None))
        return None


class PaymentDialog(QDialog):
    """Records what a tenant paid for the month of ``line`` (pre-filled with the amount due)."""

    def __init__(self, database: Database, line: StatementLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.line = line
        self.setWindowTitle(self.tr("Payment for %1").replace("%1", month_after_for(line.month)))
        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("Tenant"), QLabel(line.tenant_name))
        form.addRow(self.tr("Amount due"), QLabel(format_cents(line.due_cents)))
        self.amount = MoneyEdit(line.paid_cents or line.due_cents)
        self.errors.add_row(form, "amount_cents", self.tr("Amount paid"), self.amount)
        self.paid_on = date_edit(line.paid_on or today_local())
        self.errors.add_row(form, "month", self.tr("Paid on"), self.paid_on)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. bank transfer, receipt No."))
        self.errors.add_row(form, "note", self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def save(self) -> None:
        cents = self.amount.cents()
        if cents is None:
            self.errors.show({"amount_cents": self.tr("Type an amount in euros, e.g. 120 or 120,50.")}, "note")
            return
        problem = self.paid_on.problem()
        if problem is not None:
            self.errors.show({"month": problem}, "note")
            return
        line, paid_on, note = self.line, from_qdate(self.paid_on.date()), self.note.text()
        Operation(self, self.database, lambda db: record_payment(
            db, tenancy_id=line.tenancy_id, month=line.month, amount_cents=cents, paid_on=paid_on, note=note)) \
            .failure(problems_shown_by(lambda problems: self.errors.show(problems, "note"))) \
            .refusal_title(self.tr("Not saved")).disabling(self.save_button) \
            .success(lambda _result: self.accept()).run()


class StatementsView(QWidget):
    """A month's statements with totals; the month's lines come from the worker."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.month = MonthEdit(first_of_month(today_local()))
        self.month.dateChanged.connect(lambda _date: self.refresh())
        previous = QPushButton("◀")
        previous.setToolTip(self.tr("Previous month"))
        previous.clicked.connect(lambda: self.month.step(-1))
        following = QPushButton("▶")
        following.setToolTip(self.tr("Next month"))
        following.clicked.connect(lambda: self.month.step(1))
        for button in (previous, following):
            button.setFixedWidth(36)
        self.pay_button = QPushButton(self.tr("Record payment…"))
        self.pay_button.clicked.connect(self.record_payment_for_selected)
        self.print_button = QPushButton(self.tr("Statement PDF…"))
        self.print_button.clicked.connect(self.print_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(previous)
        top.addWidget(self.month)
        top.addWidget(following)
        top.addStretch(1)
        top.addWidget(self.pay_button)
        top.addWidget(self.print_button)

        self.model = StatementsTableModel(database, self)
        self.model.loaded.connect(self._lines_loaded)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.activated.connect(
            lambda _index: self.record_payment_for_selected() if not self.pay_button.isHidden() else None)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self._sized = False
        remember_header(header, "premises/statements")
        self._sized = header.sectionSize(0) != header.defaultSectionSize()  # widths restored from settings
        self.refresh()

    def limit_to_role(self, person: SignedIn) -> None:
        """A volunteer records no payments (the server refuses them); statements still print."""
        self.pay_button.setVisible(not person.is_volunteer)

    def selected_month(self) -> dt.date:
        shown = self.month.shown_value()
        assert isinstance(shown, dt.date)  # set when built, and never emptied: only a new month replaces it
        return shown

    def set_month(self, month: dt.date) -> None:
        self.month.setDate(month)

    def refresh(self) -> None:
        """Read the chosen month's lines again; they show when they arrive."""
        self.model.show_month(self.selected_month())

    def _lines_loaded(self) -> None:
        lines = self.model.rows
        charged = sum(line.charge_cents for line in lines)
        support = sum(line.reduction_cents for line in lines)
        due = sum(line.due_cents for line in lines)
        paid = sum(line.paid_cents for line in lines)
        if not lines:
            self.totals.setText(self.tr("No tenancy runs in this month."))
        else:
            self.totals.setText(
                self.tr("Charged %1 · municipal support (reductions) %2 · due %3 · paid %4")
                .replace("%1", format_cents(charged)).replace("%2", format_cents(support))
                .replace("%3", format_cents(due)).replace("%4", format_cents(paid)))
        self._size_columns_once()
        has_lines = bool(lines)
        self.pay_button.setEnabled(has_lines)
        self.print_button.setEnabled(has_lines)

    def _size_columns_once(self) -> None:
        # Fitted to the contents once it is on screen; after that the user's own widths are kept.
        if not self._sized and self.isVisible() and self.model.rowCount():
            self.table.resizeColumnsToContents()
            self._sized = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._size_columns_once()

    def selected_line(self) -> StatementLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            if self.model.rowCount() == 1:
                return self.model.line_at(0)
            QMessageBox.information(self, self.tr("Choose a tenant"), self.tr("Select a tenant's line first."))
            return None
        return self.model.line_at(rows[0].row())

    def record_payment_for_selected(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        # The payment's change event refreshes the section (and with it this month).
        PaymentDialog(self.database, line, self).exec()

    def print_selected(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        from ngo_desktop.views.premises.documents import preview_statement_pdf

        preview_statement_pdf(self, self.database, line.tenancy_id, line.month)

