"""The organisation's own fields: name, legal form, number, contacts of the organisation,
membership, fields of activity and notes, with each validation message under its field."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.models import LegalForm, MembershipStatus, OrganisationKind
from ngo_desktop.money import format_cents, parse_euros
from ngo_desktop.services.organisations.labels import label
from ngo_desktop.services.organisations.registry import OrganisationData
from ngo_desktop.sorting import sorted_latvian
from ngo_desktop.timeutil import format_date
from ngo_desktop.views.conflict import only_differences, picture_values
from ngo_desktop.views.date_input import DateEdit
from ngo_desktop.views.logo_picker import LogoPicker

NO_YEAR = 1989  # the spin box's "not paid" value, shown as a dash
ERROR_STYLE = "color: #b00020;"


def _fill_enum_combo(combo: QComboBox, enum_class: type[enum.Enum]) -> None:
    for member in enum_class:
        combo.addItem(label(member), member)


class OrganisationForm(QWidget):
    """Edits the organisation's scalar values and fields of activity (contacts live elsewhere).

    ``_errors`` maps a problem key (a field of OrganisationData) to the red label under its field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._editors: dict[str, QWidget] = {}
        self._fee_text = ""
        layout = QGridLayout(self)

        identity = QGroupBox(self.tr("Organisation"))
        form = QFormLayout(identity)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. biedrība „Alūksnes pensionāri”"))
        self._add_row(form, "name", self.tr("Name"), self.name)
        self.legal_form = QComboBox()
        _fill_enum_combo(self.legal_form, LegalForm)
        self._add_row(form, "legal_form", self.tr("Legal form"), self.legal_form)
        self.registration_number = QLineEdit()
        self.registration_number.setPlaceholderText(self.tr("11 digits, e.g. 40008012345"))
        self._add_row(form, "registration_number", self.tr("Registration number"), self.registration_number)
        self.kind = QComboBox()
        _fill_enum_combo(self.kind, OrganisationKind)
        self._add_row(form, "kind", self.tr("Kind"), self.kind)
        self.address = QLineEdit()
        self._add_row(form, "address", self.tr("Address"), self.address)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+371 …")
        self._add_row(form, "phone", self.tr("Phone"), self.phone)
        self.email = QLineEdit()
        self.email.setPlaceholderText("info@…")
        self._add_row(form, "email", self.tr("E-mail"), self.email)
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://…")
        self._add_row(form, "website", self.tr("Website"), self.website)
        self.logo = LogoPicker()
        self.logo.setToolTip(self.tr("Printed on the flyers of fairs this organisation partners"))
        self.logo.problem.connect(lambda message: self.show_problems({"website": message}))
        form.addRow(self.tr("Logo"), self.logo)
        layout.addWidget(identity, 0, 0, 2, 1)

        membership_box = QGroupBox(self.tr("Membership"))
        membership_form = QFormLayout(membership_box)
        self.membership = QComboBox()
        _fill_enum_combo(self.membership, MembershipStatus)
        self._add_row(membership_form, "membership", self.tr("Status"), self.membership)
        # Empty until someone types the day the organisation joined: no made-up date is ever saved.
        self.member_since = DateEdit(optional=True, placeholder=self.tr("not given"))
        self._add_row(membership_form, "member_since", self.tr("Member since"), self.member_since)
        self.last_paid_year = QSpinBox()
        self.last_paid_year.setRange(NO_YEAR, dt.date.today().year + 1)
        self.last_paid_year.setSpecialValueText("—")
        self._add_row(membership_form, "last_paid_year", self.tr("Last year paid"), self.last_paid_year)
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(self.tr("e.g. 12,50"))
        self._add_row(membership_form, "membership_fee_cents", self.tr("Fee (€ a year)"), self.fee)
        layout.addWidget(membership_box, 0, 1)

        fields_box = QGroupBox(self.tr("Fields of activity"))
        fields_layout = QVBoxLayout(fields_box)
        self.fields = QListWidget()
        self.fields.setMinimumHeight(110)
        fields_layout.addWidget(self.fields)
        new_field_row = QHBoxLayout()
        self.new_field = QLineEdit()
        self.new_field.setPlaceholderText(self.tr("Another field, e.g. Vide"))
        self.new_field.returnPressed.connect(self.add_new_field)
        add_field = QPushButton(self.tr("Add"))
        add_field.clicked.connect(self.add_new_field)
        new_field_row.addWidget(self.new_field, 1)
        new_field_row.addWidget(add_field)
        fields_layout.addLayout(new_field_row)
        layout.addWidget(fields_box, 1, 1)

        notes_box = QGroupBox(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes_box)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        notes_layout.addWidget(self.notes)
        layout.addWidget(notes_box, 2, 0, 1, 2)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)

    def _add_row(self, form: QFormLayout, key: str, title: str, editor: QWidget) -> None:
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(error)
        form.addRow(title, column)
        self._errors[key] = error
        self._editors[key] = editor
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _text, shown=error: shown.hide())

    # --- values ---------------------------------------------------------------------------
    def set_known_fields(self, names: list[str]) -> None:
        chosen = set(self.chosen_fields())
        self.fields.clear()
        for name in sorted_latvian(set(names) | chosen):
            self._add_field_item(name, name in chosen)

    def _add_field_item(self, name: str, checked: bool) -> None:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.fields.addItem(item)

    def add_new_field(self) -> None:
        name = " ".join(self.new_field.text().split())
        if not name:
            return
        for row in range(self.fields.count()):
            item = self.fields.item(row)
            if item.text().casefold() == name.casefold():
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            self._add_field_item(name, True)
        self.new_field.clear()

    def chosen_fields(self) -> list[str]:
        return [self.fields.item(row).text() for row in range(self.fields.count())
                if self.fields.item(row).checkState() == Qt.CheckState.Checked]

    def load(self, data: OrganisationData) -> None:
        self.name.setText(data.name)
        self.legal_form.setCurrentIndex(self.legal_form.findData(data.legal_form))
        self.registration_number.setText(data.registration_number)
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.address.setText(data.address)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.website.setText(data.website)
        self.logo.set_png(data.logo_png)
        self.membership.setCurrentIndex(self.membership.findData(data.membership))
        self.member_since.set_value(data.member_since)
        self.last_paid_year.setValue(data.last_paid_year or NO_YEAR)
        self.fee.setText(f"{data.membership_fee_cents // 100},{data.membership_fee_cents % 100:02d}"
                         if data.membership_fee_cents else "")
        self.notes.setPlainText(data.notes)
        known = [self.fields.item(row).text() for row in range(self.fields.count())]
        for row in range(self.fields.count()):
            self.fields.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.set_known_fields(known + list(data.fields))
        for row in range(self.fields.count()):
            item = self.fields.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.text() in data.fields else Qt.CheckState.Unchecked)
        self.show_problems({})

    def values(self, base: OrganisationData) -> OrganisationData:
        """``base`` (id, version, contacts) with this form's values; the fee problem is raised by
        ``fee_problem`` because an unreadable amount cannot be carried in cents."""
        fee = parse_euros(self.fee.text()) if self.fee.text().strip() else 0
        year = self.last_paid_year.value()
        return OrganisationData(
            id=base.id, version=base.version, archived=base.archived, contacts=base.contacts,
            name=self.name.text(),
            legal_form=self.legal_form.currentData(),
            registration_number=self.registration_number.text(),
            kind=self.kind.currentData(),
            membership=self.membership.currentData(),
            member_since=self.member_since.value(),
            last_paid_year=None if year == NO_YEAR else year,
            membership_fee_cents=fee or 0,
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            logo_png=self.logo.png(),
            notes=self.notes.toPlainText(),
            fields=tuple(self.chosen_fields()),
        )

    def differences(self, saved: OrganisationData, mine: OrganisationData) -> list[tuple[str, str, str]]:
        """(field label, saved value, my value) of this form's fields where the two versions differ;
        ``mine`` should be cleaned as the service saves it, so spaces alone are no difference."""
        def shown(data: OrganisationData) -> list[str]:
            return [
                data.name, label(LegalForm(data.legal_form)), data.registration_number,
                label(OrganisationKind(data.kind)), data.address, data.phone, data.email, data.website,
                label(MembershipStatus(data.membership)),
                format_date(data.member_since) if data.member_since else "",
                str(data.last_paid_year) if data.last_paid_year else "",
                format_cents(data.membership_fee_cents) if data.membership_fee_cents else "",
                ", ".join(sorted_latvian(data.fields)), data.notes,
            ]

        titles = [self.tr("Name"), self.tr("Legal form"), self.tr("Registration number"), self.tr("Kind"),
                  self.tr("Address"), self.tr("Phone"), self.tr("E-mail"), self.tr("Website"), self.tr("Status"),
                  self.tr("Member since"), self.tr("Last year paid"), self.tr("Fee (€ a year)"),
                  self.tr("Fields of activity"), self.tr("Notes")]
        rows = list(zip(titles, shown(saved), shown(mine), strict=True))
        rows.insert(8, (self.tr("Logo"), *picture_values(saved.logo_png, mine.logo_png)))
        return only_differences(rows)

    def member_since_problem(self) -> str | None:
        """Why the member-since text cannot be saved (it is not a date), or None."""
        return self.member_since.problem()

    def fee_problem(self) -> str | None:
        if self.fee.text().strip() and parse_euros(self.fee.text()) is None:
            return self.tr("Write the fee in euro, e.g. 12,50.")
        return None

    def show_problems(self, problems: dict[str, str]) -> bool:
        """Show each message under its field; returns whether any was about this form."""
        for key, error in self._errors.items():
            message = problems.get(key)
            error.setText(message or "")
            error.setVisible(bool(message))
        first = next((key for key in self._errors if key in problems), None)
        if first is not None:
            self._editors[first].setFocus()
        return first is not None

    def problem_text(self, key: str) -> str:
        error = self._errors.get(key)
        return error.text() if error is not None and not error.isHidden() else ""
