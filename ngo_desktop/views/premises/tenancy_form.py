"""The dialog that lets premises to a tenant: term, activity, share and the municipal reduction."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import translate
from ngo_desktop.models import ReductionKind
from ngo_desktop.money import format_cents
from ngo_desktop.services.premises.registry import (
    LATEST_PAYMENT_DUE_DAY,
    TenancyDetails,
    TenancyInput,
    create_tenancy,
    get_tenancy,
    update_tenancy,
)
from ngo_desktop.timeutil import format_date, today_local
from ngo_desktop.views.conflict import only_differences, saved_beside_mine
from ngo_desktop.views.date_input import DateEdit, refuse_unreadable
from ngo_desktop.views.operations import Operation, problems_shown_by
from ngo_desktop.views.premises.form_helpers import FieldErrors, MoneyEdit, OrganisationPicker
from ngo_desktop.views.unsaved import UnsavedChangesGuard


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(day: dt.date) -> DateEdit:
    return DateEdit(day)


class ReductionEditor(QWidget):
    """No reduction, a percentage, or a fixed amount off per month (the two value fields swap)."""

    def __init__(self, kind: ReductionKind, value: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("no reduction"), ReductionKind.NONE)
        self.kind.addItem(self.tr("percent off"), ReductionKind.PERCENT)
        self.kind.addItem(self.tr("amount off a month"), ReductionKind.FIXED)
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.amount = MoneyEdit()
        self.values = QStackedWidget()
        self.values.addWidget(QWidget())
        self.values.addWidget(self.percent)
        self.values.addWidget(self.amount)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.values, 1)
        self.kind.currentIndexChanged.connect(self.values.setCurrentIndex)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.values.setCurrentIndex(self.kind.currentIndex())
        if kind == ReductionKind.PERCENT:
            self.percent.setValue(value)
        elif kind == ReductionKind.FIXED:
            self.amount.set_cents(value)

    def value(self) -> tuple[ReductionKind, int | None]:
        kind = ReductionKind(self.kind.currentData())
        if kind == ReductionKind.PERCENT:
            return kind, self.percent.value()
        if kind == ReductionKind.FIXED:
            return kind, self.amount.cents()
        return kind, 0


def reduction_text(kind: ReductionKind, value: int) -> str:
    """A reduction in words, with the editor's own names for its kinds: "percent off: 20 %"."""
    if kind == ReductionKind.PERCENT:
        return f"{translate('ReductionEditor', 'percent off')}: {value} %"
    if kind == ReductionKind.FIXED:
        return f"{translate('ReductionEditor', 'amount off a month')}: {format_cents(value)}"
    return translate("ReductionEditor", "no reduction")


class TenancyDialog(UnsavedChangesGuard, QDialog):
    """Lets ``premises_id`` to a tenant (``existing`` None) or edits a tenancy; ``saved_id`` after saving."""

    def __init__(self, database: Database, premises_id: int, existing: TenancyDetails | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.premises_id = premises_id
        self.existing = existing
        self.saved_id: int | None = existing.id if existing else None
        start = today_local()
        data = existing.as_input() if existing else TenancyInput(
            premises_id=premises_id, organisation_id=0, starts_on=start,
            ends_on=start + relativedelta(years=1, days=-1))
        self.setWindowTitle(self.tr("Edit tenancy") if existing else self.tr("New tenancy"))
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.tenant = OrganisationPicker(database)
        self.tenant.lineEdit().setPlaceholderText(self.tr("Type a few letters of the tenant's name"))
        if existing:
            self.tenant.set_organisation(existing.organisation_id, existing.tenant_name)
        self.errors.add_row(form, "organisation_id", self.tr("Tenant"), self.tenant)
        self.activity = QLineEdit(data.activity)
        self.activity.setPlaceholderText(self.tr("e.g. toy workshop, beauty therapist"))
        self.errors.add_row(form, "activity", self.tr("What they do there"), self.activity)
        term = QHBoxLayout()
        self.starts_on = date_edit(data.starts_on)
        self.ends_on = date_edit(data.ends_on)
        term.addWidget(self.starts_on)
        term.addWidget(QLabel("–"))
        term.addWidget(self.ends_on)
        term.addStretch(1)
        self.errors.add_row(form, "starts_on", self.tr("Term (first and last day)"), inner=term)
        self.errors.add_row(form, "ends_on", "", QWidget())
        self.share = QSpinBox()
        self.share.setRange(1, 100)
        self.share.setSuffix(" %")
        self.share.setValue(data.rent_share_percent)
        self.share.setToolTip(self.tr("The tenant's share of the base rent and of the utilities"))
        self.errors.add_row(form, "rent_share_percent", self.tr("Share of rent and utilities"), self.share)
        self.due_day = QSpinBox()
        self.due_day.setRange(1, LATEST_PAYMENT_DUE_DAY)
        self.due_day.setValue(data.payment_due_day)
        self.due_day.setToolTip(self.tr("Each month is to be paid by this day of the month, as the agreement says; "
                                        "after it an unpaid month shows among the reminders"))
        self.errors.add_row(form, "payment_due_day", self.tr("Rent due by day of the month"), self.due_day)
        self.rent_reduction = ReductionEditor(data.rent_reduction_kind, data.rent_reduction)
        self.errors.add_row(form, "rent_reduction", self.tr("Rent reduction"), self.rent_reduction)
        self.utilities_reduction = ReductionEditor(data.utilities_reduction_kind, data.utilities_reduction)
        self.errors.add_row(form, "utilities_reduction", self.tr("Utilities reduction"), self.utilities_reduction)
        decision = QHBoxLayout()
        self.decision_number = QLineEdit(data.decision_number)
        self.decision_number.setPlaceholderText(self.tr("Decision No."))
        self.has_decision_date = QCheckBox(self.tr("dated"))
        self.decision_date = date_edit(data.decision_date or today_local())
        self.has_decision_date.setChecked(data.decision_date is not None)
        self.decision_date.setEnabled(data.decision_date is not None)
        self.has_decision_date.toggled.connect(self.decision_date.setEnabled)
        decision.addWidget(self.decision_number, 1)
        decision.addWidget(self.has_decision_date)
        decision.addWidget(self.decision_date)
        self.errors.add_row(form, "decision_number", self.tr("Municipality's decision"), inner=decision)
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setFixedHeight(60)
        self.errors.add_row(form, "notes", self.tr("Notes"), self.notes)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)

    def collect(self) -> TenancyInput | None:
        problems: dict[str, str] = {}
        organisation_id = self.tenant.organisation_id()
        if organisation_id is None:
            problems["organisation_id"] = self.tr("Choose the tenant from the list (type to search).")
        rent_kind, rent_value = self.rent_reduction.value()
        utilities_kind, utilities_value = self.utilities_reduction.value()
        for key, value in (("rent_reduction", rent_value), ("utilities_reduction", utilities_value)):
            if value is None:
                problems[key] = self.tr("Type an amount in euros, e.g. 50 or 50,00.")
        for key, editor in (("starts_on", self.starts_on), ("ends_on", self.ends_on),
                            ("decision_number", self.decision_date)):
            problem = editor.problem() if editor.isEnabled() else None
            if problem is not None:
                problems[key] = problem
        if problems:
            self.errors.show(problems, "notes")
            return None
        return TenancyInput(
            premises_id=self.premises_id, organisation_id=organisation_id or 0,
            starts_on=from_qdate(self.starts_on.date()), ends_on=from_qdate(self.ends_on.date()),
            activity=self.activity.text(), rent_share_percent=self.share.value(),
            rent_reduction_kind=rent_kind, rent_reduction=rent_value or 0,
            utilities_reduction_kind=utilities_kind, utilities_reduction=utilities_value or 0,
            decision_number=self.decision_number.text(),
            decision_date=from_qdate(self.decision_date.date()) if self.has_decision_date.isChecked() else None,
            notes=self.notes.toPlainText(), payment_due_day=self.due_day.value(),
        )

    def save(self) -> None:
        data = self.collect()
        if data is None:
            return
        existing = self.existing
        if existing is None:
            def work(db: Database) -> int:
                return create_tenancy(db, data=data)
        else:
            def work(db: Database) -> int:
                update_tenancy(db, tenancy_id=existing.id, version=existing.version, data=data)
                return existing.id
        operation = Operation(self, self.database, work) \
            .failure(problems_shown_by(lambda problems: self.errors.show(problems, "notes"))) \
            .refusal_title(self.tr("Not saved")).disabling(self.save_button).success(self._saved)
        if existing is not None:
            operation.on_conflict(lambda db: get_tenancy(db, existing.id), saved_beside_mine(
                self, self.tr("this tenancy"), lambda saved: self.differences(saved, data), self._take_saved))
        operation.run()

    def _saved(self, tenancy_id: int) -> None:
        self.saved_id = tenancy_id
        self.accept()

    def _take_saved(self, saved: TenancyDetails) -> None:
        """Saving again now deliberately replaces the version saved at the other desk."""
        self.existing = saved

    def differences(self, saved: TenancyDetails, mine: TenancyInput) -> list[tuple[str, str, str]]:
        """(field label, saved value, my value) of this form's fields where the two versions differ."""
        def term(data: TenancyInput) -> str:
            return f"{format_date(data.starts_on)}–{format_date(data.ends_on)}"

        def decision(data: TenancyInput) -> str:
            dated = format_date(data.decision_date) if data.decision_date else ""
            return ", ".join(part for part in (data.decision_number.strip(), dated) if part)

        return only_differences([
            (self.tr("Tenant"), saved.tenant_name, self.tenant.currentText().strip()),
            (self.tr("What they do there"), saved.activity, mine.activity.strip()),
            (self.tr("Term (first and last day)"), term(saved), term(mine)),
            (self.tr("Share of rent and utilities"), f"{saved.rent_share_percent} %", f"{mine.rent_share_percent} %"),
            (self.tr("Rent due by day of the month"), str(saved.payment_due_day), str(mine.payment_due_day)),
            (self.tr("Rent reduction"), reduction_text(saved.rent_reduction_kind, saved.rent_reduction),
             reduction_text(mine.rent_reduction_kind, mine.rent_reduction)),
            (self.tr("Utilities reduction"),
             reduction_text(saved.utilities_reduction_kind, saved.utilities_reduction),
             reduction_text(mine.utilities_reduction_kind, mine.utilities_reduction)),
            (self.tr("Municipality's decision"), decision(saved), decision(mine)),
            (self.tr("Notes"), saved.notes, mine.notes.strip()),
        ])


class EndEarlyDialog(QDialog):
    """Asks for the last day of a tenancy that ends before its agreed end."""

    def __init__(self, tenancy: TenancyDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End tenancy early"))
        form = QFormLayout()
        form.addRow(self.tr("Tenant"), QLabel(tenancy.tenant_name))
        self.last_day = date_edit(min(max(today_local(), tenancy.starts_on), tenancy.ends_on))
        self.last_day.setMinimumDate(to_qdate(tenancy.starts_on))
        self.last_day.setMaximumDate(to_qdate(tenancy.ends_on))
        form.addRow(self.tr("Last day"), self.last_day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("End tenancy"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not refuse_unreadable(self, [self.last_day]):
            super().accept()

    def chosen_day(self) -> dt.date:
        return from_qdate(self.last_day.date())
