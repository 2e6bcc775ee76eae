"""The centre's details as a form: used by the welcome dialog and by Settings."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.services.centre import CentreDetails

LOGO_MAX_PIXELS = 600


class CentreDetailsForm(QWidget):
    """Edits a CentreDetails. ``show_problems`` puts each validation message under its field.

    ``_errors`` maps a field name to the red label under that field; ``_logo_png`` is the logo
    as PNG bytes (scaled down on choosing, so the database stays small).
    """

    def __init__(self, details: CentreDetails, *, with_extras: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logo_png = details.logo_png
        self._errors: dict[str, QLabel] = {}
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
        self.logo_preview = QLabel()
        if with_extras:
            self.registration_number.setPlaceholderText(self.tr("11 digits"))
            layout.addRow(self.tr("Registration number"), self.registration_number)
            logo_row = QHBoxLayout()
            self.logo_preview.setFixedSize(96, 64)
            self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
            choose = QPushButton(self.tr("Choose logo…"))
            choose.clicked.connect(self.choose_logo)
            clear = QPushButton(self.tr("Remove logo"))
            clear.clicked.connect(self.clear_logo)
            logo_row.addWidget(self.logo_preview)
            logo_row.addWidget(choose)
            logo_row.addWidget(clear)
            logo_row.addStretch(1)
            layout.addRow(self.tr("Logo"), logo_row)
            self.house_rules.setPlaceholderText(self.tr("Printed on every booking sheet"))
            self.house_rules.setFixedHeight(90)
            layout.addRow(self.tr("House rules"), self.house_rules)
            self._show_logo()

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

    def details(self) -> CentreDetails:
        return CentreDetails(
            name=self.name.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            registration_number=self.registration_number.text(),
            house_rules=self.house_rules.toPlainText(),
            logo_png=self._logo_png,
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self._errors.items():
            message = problems.get(key)
            label.setText(message or "")
            label.setVisible(bool(message))
        first = next((key for key in self._errors if key in problems), None)
        if first is not None:
            getattr(self, first).setFocus()

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the centre's logo"), "", self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)")
        )
        if path:
            self.set_logo_from_file(path)

    def set_logo_from_file(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self._errors["name"].setText(self.tr("The chosen file is not an image this program can read."))
            self._errors["name"].show()
            return False
        if max(image.width(), image.height()) > LOGO_MAX_PIXELS:
            image = image.scaled(LOGO_MAX_PIXELS, LOGO_MAX_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        self._logo_png = bytes(data.data())
        self._show_logo()
        return True

    def clear_logo(self) -> None:
        self._logo_png = None
        self._show_logo()

    def _show_logo(self) -> None:
        if not self._logo_png:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("no logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self._logo_png)
        self.logo_preview.setPixmap(pixmap.scaled(self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))
