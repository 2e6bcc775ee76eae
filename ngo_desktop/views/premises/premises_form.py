"""The dialog that adds or edits pop-up premises: address, area, photo, owner, rent and utilities."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.money import format_cents
from ngo_desktop.services.premises.registry import (
    PremisesDetails,
    PremisesInput,
    area_text,
    create_premises,
    get_premises,
    update_premises,
)
from ngo_desktop.views.conflict import only_differences, picture_values, saved_beside_mine
from ngo_desktop.views.operations import Operation, problems_shown_by
from ngo_desktop.views.premises.form_helpers import FieldErrors, MoneyEdit, OrganisationPicker
from ngo_desktop.views.unsaved import UnsavedChangesGuard, form_values

PHOTO_MAX_PIXELS = 1200


class PremisesDialog(UnsavedChangesGuard, QDialog):
    """Adds premises (``existing`` None) or edits them. ``saved_id`` is set after a successful save.

    ``_photo`` is the photo as JPEG/PNG bytes, scaled down on choosing to keep the database small.
    """

    def __init__(self, database: Database, existing: PremisesDetails | None = None,
                 parent: QWidget | None = None, *, may_change_rent: bool = True) -> None:
        super().__init__(parent)
        self.database = database
        self.existing = existing
        self.saved_id: int | None = existing.id if existing else None
        data = existing.as_input() if existing else PremisesInput(name="", address="")
        self._photo = data.photo
        self.setWindowTitle(self.tr("Edit premises") if existing else self.tr("New premises"))
        self.errors = FieldErrors()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = QLineEdit(data.name)
        self.name.setPlaceholderText(self.tr("e.g. Shop front on Pils iela"))
        self.errors.add_row(form, "name", self.tr("Name"), self.name)
        self.address = QLineEdit(data.address)
        self.address.setPlaceholderText(self.tr("Street, house, town"))
        self.errors.add_row(form, "address", self.tr("Address"), self.address)
        self.area = QDoubleSpinBox()
        self.area.setRange(0, 100000)
        self.area.setDecimals(1)
        self.area.setSuffix(" m²")
        self.area.setSpecialValueText(self.tr("not given"))
        self.area.setValue(data.area_m2 or 0)
        self.errors.add_row(form, "area_m2", self.tr("Area"), self.area)

        self.owner = OrganisationPicker(database)
        self.owner.lineEdit().setPlaceholderText(self.tr("An organisation, or a person's name"))
        self.owner.set_organisation(data.owner_organisation_id,
                                    existing.owner_organisation_name if existing and data.owner_organisation_id
                                    else data.owner_name)
        self.errors.add_row(form, "owner", self.tr("Owner"), self.owner)

        self.rent = MoneyEdit(data.base_rent_cents)
        self.errors.add_row(form, "base_rent_cents", self.tr("Base rent a month"), self.rent)
        self.electricity = MoneyEdit(data.electricity_cents)
        self.errors.add_row(form, "electricity_cents", self.tr("Electricity a month (estimate)"), self.electricity)
        self.water = MoneyEdit(data.water_cents)
        self.errors.add_row(form, "water_cents", self.tr("Water a month (estimate)"), self.water)
        self.heating = MoneyEdit(data.heating_cents)
        self.errors.add_row(form, "heating_cents", self.tr("Heating a month (estimate)"), self.heating)
        # New premises come with the rent of their contract; later changes are the administrator's,
        # and the server refuses them from anyone else (shared database).
        self.rent_note = QLabel(self.tr("Only an administrator can change the rent and charges."))
        self.rent_note.setWordWrap(True)
        form.addRow(self.rent_note)
        rent_fixed = existing is not None and not may_change_rent
        for edit in (self.rent, self.electricity, self.water, self.heating):
            edit.setEnabled(not rent_fixed)
        self.rent_note.setVisible(rent_fixed)
        self.max_tenants = QSpinBox()
        self.max_tenants.setRange(1, 50)
        self.max_tenants.setValue(data.max_tenants)
        self.max_tenants.setToolTip(self.tr("How many tenants may share the premises at the same time"))
        self.errors.add_row(form, "max_tenants", self.tr("Tenants at a time"), self.max_tenants)

        photo_row = QHBoxLayout()
        self.photo_preview = QLabel()
        self.photo_preview.setFixedSize(160, 110)
        self.photo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_preview.setStyleSheet("border: 1px solid palette(mid);")
        choose = QPushButton(self.tr("Choose photo…"))
        choose.clicked.connect(self.choose_photo)
        remove = QPushButton(self.tr("Remove photo"))
        remove.clicked.connect(self.clear_photo)
        buttons_column = QVBoxLayout()
        buttons_column.addWidget(choose)
        buttons_column.addWidget(remove)
        buttons_column.addStretch(1)
        photo_row.addWidget(self.photo_preview)
        photo_row.addLayout(buttons_column)
        photo_row.addStretch(1)
        self.errors.add_row(form, "photo", self.tr("Photo"), inner=photo_row)

        self.notes = QPlainTextEdit(data.notes)
        self.notes.setFixedHeight(70)
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
        self.setMinimumWidth(520)
        self._show_photo()

    def unsaved_values(self) -> object:
        """The fields, and the photo (kept beside them, not in a field)."""
        return form_values(self), self._photo

    def collect(self) -> PremisesInput | None:
        """The form's values, or None after showing which money fields cannot be read."""
        amounts = {key: edit.cents() for key, edit in (("base_rent_cents", self.rent),
                                                       ("electricity_cents", self.electricity),
                                                       ("water_cents", self.water),
                                                       ("heating_cents", self.heating))}
        unreadable = {key: self.tr("Type an amount in euros, e.g. 120 or 120,50.")
                      for key, value in amounts.items() if value is None}
        if unreadable:
            self.errors.show(unreadable, "name")
            return None
        owner_text = self.owner.currentText().strip()
        owner_id = self.owner.organisation_id()
        return PremisesInput(
            name=self.name.text(), address=self.address.text(),
            area_m2=self.area.value() or None, owner_organisation_id=owner_id,
            owner_name="" if owner_id is not None else owner_text,
            max_tenants=self.max_tenants.value(), notes=self.notes.toPlainText(), photo=self._photo,
            **{key: value or 0 for key, value in amounts.items()},
        )

    def save(self) -> None:
        data = self.collect()
        if data is None:
            return
        existing = self.existing
        if existing is None:
            def work(db: Database) -> int:
                return create_premises(db, data=data)
        else:
            def work(db: Database) -> int:
                update_premises(db, premises_id=existing.id, version=existing.version, data=data)
                return existing.id
        operation = Operation(self, self.database, work) \
            .failure(problems_shown_by(lambda problems: self.errors.show(problems, "name"))) \
            .refusal_title(self.tr("Not saved")).disabling(self.save_button).success(self._saved)
        if existing is not None:
            operation.on_conflict(lambda db: get_premises(db, existing.id), saved_beside_mine(
                self, self.tr("these premises"), lambda saved: self.differences(saved, data), self._take_saved))
        operation.run()

    def _saved(self, premises_id: int) -> None:
        self.saved_id = premises_id
        self.accept()

    def _take_saved(self, saved: PremisesDetails) -> None:
        """Saving again now deliberately replaces the version saved at the other desk."""
        self.existing = saved

    def differences(self, saved: PremisesDetails, mine: PremisesInput) -> list[tuple[str, str, str]]:
        """(field label, saved value, my value) of this form's fields where the two versions differ."""
        def money(cents: int) -> str:
            return format_cents(cents) if cents else ""

        saved_owner = saved.owner_organisation_name if saved.owner_organisation_id else saved.owner_name
        return only_differences([
            (self.tr("Name"), saved.name, mine.name.strip()),
            (self.tr("Address"), saved.address, mine.address.strip()),
            (self.tr("Area"), area_text(saved.area_m2), area_text(mine.area_m2)),
            (self.tr("Owner"), saved_owner, self.owner.currentText().strip()),
            (self.tr("Base rent a month"), money(saved.base_rent_cents), money(mine.base_rent_cents)),
            (self.tr("Electricity a month (estimate)"), money(saved.electricity_cents), money(mine.electricity_cents)),
            (self.tr("Water a month (estimate)"), money(saved.water_cents), money(mine.water_cents)),
            (self.tr("Heating a month (estimate)"), money(saved.heating_cents), money(mine.heating_cents)),
            (self.tr("Tenants at a time"), str(saved.max_tenants), str(mine.max_tenants)),
            (self.tr("Photo"), *picture_values(saved.photo, mine.photo)),
            (self.tr("Notes"), saved.notes, mine.notes.strip()),
        ])

    def choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo of the premises"), "", self.tr("Images (*.png *.jpg *.jpeg *.bmp)"))
        if path:
            self.set_photo_from_file(path)

    def set_photo_from_file(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self.errors.show({"photo": self.tr("The chosen file is not an image this program can read.")}, "photo")
            return False
        if max(image.width(), image.height()) > PHOTO_MAX_PIXELS:
            image = image.scaled(PHOTO_MAX_PIXELS, PHOTO_MAX_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", 85)  # photos: JPEG is a tenth of PNG's size
        self._photo = bytes(data.data())
        self._show_photo()
        return True

    def clear_photo(self) -> None:
        self._photo = None
        self._show_photo()

    def _show_photo(self) -> None:
        if not self._photo:
            self.photo_preview.setPixmap(QPixmap())
            self.photo_preview.setText(self.tr("no photo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self._photo)
        self.photo_preview.setPixmap(pixmap.scaled(self.photo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
