"""The centre's details as a form: used by the welcome dialog and by Settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.services.centre import CentreDetails
from ngo_desktop.views.logo_picker import LogoPicker


class CentreDetailsForm(QWidget):
    """Edits a CentreDetails. ``show_problems`` puts each validation message under its field.

    ``_errors`` maps a field name to the red label under that field; ``_placeholders`` are the
    examples shown in empty fields (hidden while the form is read-only).
    """

    def __init__(self, details: CentreDetails, *, with_extras: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._placeholders: list[str] = []  # the fields' examples, kept while they are read-only
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = self._line(layout, "name", self.tr("Centre's name"), details.name,
                               self.tr("e.g. Alūksnes NVO atbalsta centrs"))
        self.address = self._line(layout, "address", self.tr("Address"), details.address,
                                  self.tr("Street, town, postcode"))
        self.phone = self._line(layout, "phone", self.tr("Phone"), details.phone, "+371 …")
        self.email = self._line(layout, "email", self.tr("E-mail"), details.email, "info@…")
        self.website = self._line(layout, "website", self.tr("Web address"), details.website, "https://…")
        self.registration_number = QLineEdit(details.registration_number)
        self.house_rules = QPlainTextEdit(details.house_rules)
        self.logo = LogoPicker(details.logo_png)
        self.logo.problem.connect(lambda message: self.show_problems({"name": message}))
        if with_extras:
            self.registration_number.setPlaceholderText(self.tr("11 digits"))
            layout.addRow(self.tr("Registration number"), self.registration_number)
            layout.addRow(self.tr("Logo"), self.logo)
            self.house_rules.setPlaceholderText(self.tr("Printed on every booking sheet"))
            self.house_rules.setFixedHeight(90)
            layout.addRow(self.tr("House rules"), self.house_rules)

    def _line(self, layout: QFormLayout, key: str, label: str, value: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setPlaceholderText(placeholder)
        error = QLabel()
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(error)
        layout.addRow(label, column)
        self._errors[key] = error
        edit.textEdited.connect(lambda _text, label_widget=error: label_widget.hide())
        return edit

    def load(self, details: CentreDetails) -> None:
        """Show ``details`` (read after the form was built, on the worker)."""
        for edit, value in ((self.name, details.name), (self.address, details.address), (self.phone, details.phone),
                            (self.email, details.email), (self.website, details.website),
                            (self.registration_number, details.registration_number)):
            edit.setText(value)
        self.house_rules.setPlainText(details.house_rules)
        self.logo.set_png(details.logo_png)

    def set_editable(self, editable: bool) -> None:
        """Read-only fields keep no placeholder: a grey example would read like a saved value."""
        edits = (self.name, self.address, self.phone, self.email, self.website, self.registration_number,
                 self.house_rules)
        if not self._placeholders:
            self._placeholders = [edit.placeholderText() for edit in edits]
        for edit, placeholder in zip(edits, self._placeholders, strict=True):
            edit.setEnabled(editable)
            edit.setPlaceholderText(placeholder if editable else "")
        self.logo.setEnabled(editable)

    def details(self) -> CentreDetails:
        return CentreDetails(
            name=self.name.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            registration_number=self.registration_number.text(),
            house_rules=self.house_rules.toPlainText(),
            logo_png=self.logo.png(),
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self._errors.items():
            message = problems.get(key)
            label.setText(message or "")
            label.setVisible(bool(message))
        first = next((key for key in self._errors if key in problems), None)
        if first is not None:
            getattr(self, first).setFocus()

    def set_logo_from_file(self, path: str) -> bool:
        return self.logo.set_from_file(path)
