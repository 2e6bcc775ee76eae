"""The properties of the selected stall: number, size in metres, turn and features."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ngo_desktop.services.fairs.layouts import StallSpec


class StallForm(QGroupBox):
    """Edits one StallSpec; ``applied`` carries (stall id, new spec). Disabled with nothing chosen."""

    applied = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Selected stall"), parent)
        self._stall_id: int | None = None
        self._spec: StallSpec | None = None
        self._editable = True
        layout = QFormLayout(self)
        self.number = QLineEdit()
        self.number.setMaxLength(20)
        self.width_m = self._metres()
        self.depth_m = self._metres()
        self.rotation = QDoubleSpinBox()
        self.rotation.setRange(0, 359)
        self.rotation.setSuffix("°")
        self.rotation.setSingleStep(15)
        self.has_power = QCheckBox(self.tr("Power"))
        self.has_table = QCheckBox(self.tr("Table provided"))
        self.under_cover = QCheckBox(self.tr("Under cover"))
        layout.addRow(self.tr("Number"), self.number)
        layout.addRow(self.tr("Width"), self.width_m)
        layout.addRow(self.tr("Depth"), self.depth_m)
        layout.addRow(self.tr("Turn"), self.rotation)
        layout.addRow(self.has_power)
        layout.addRow(self.has_table)
        layout.addRow(self.under_cover)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.clicked.connect(self.apply)
        layout.addRow(self.apply_button)
        self.show_stall(None, None)

    def _metres(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.5, 50)
        box.setSingleStep(0.5)
        box.setDecimals(1)
        box.setSuffix(" m")
        return box

    def set_editable(self, editable: bool) -> None:
        """A form that only shows the chosen stall (a volunteer's): fields disabled, no Apply."""
        self._editable = editable
        self.apply_button.setVisible(editable)
        self.setEnabled(editable and self._spec is not None)

    def show_stall(self, stall_id: int | None, spec: StallSpec | None) -> None:
        self._stall_id, self._spec = stall_id, spec
        self.setEnabled(self._editable and spec is not None)
        spec = spec or StallSpec(number="")
        self.number.setText(spec.number)
        self.width_m.setValue(spec.width_m)
        self.depth_m.setValue(spec.depth_m)
        self.rotation.setValue(spec.rotation_deg)
        self.has_power.setChecked(spec.has_power)
        self.has_table.setChecked(spec.has_table)
        self.under_cover.setChecked(spec.under_cover)

    def spec(self) -> StallSpec | None:
        if self._spec is None:
            return None
        return StallSpec(number=self.number.text().strip(), x_m=self._spec.x_m, y_m=self._spec.y_m,
                         width_m=self.width_m.value(), depth_m=self.depth_m.value(),
                         rotation_deg=self.rotation.value(), has_power=self.has_power.isChecked(),
                         has_table=self.has_table.isChecked(), under_cover=self.under_cover.isChecked())

    def is_modified(self) -> bool:
        """True when the fields differ from the stall as shown (typed in but not applied)."""
        return self._spec is not None and self.spec() != self._spec

    def apply(self) -> None:
        spec = self.spec()
        if self._stall_id is not None and spec is not None:
            self.applied.emit(self._stall_id, spec)
