"""Asks for a stall plan's width and depth in metres, for a new plan or a plan made bigger.

The size last chosen at this desk is remembered (QSettings) and offered the next time no better
guess is at hand (the plan of an earlier fair at the same place).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QWidget

from ngo_desktop.settings import settings

PLAN_SIZE_KEY = "fairs/plan_size"
FALLBACK_SIZE = (50.0, 30.0)
MAX_METRES = 1000.0


def remembered_size() -> tuple[float, float]:
    """The plan size last chosen at this desk, else 50 × 30 m."""
    value = settings().value(PLAN_SIZE_KEY)
    try:
        width, depth = (float(part) for part in str(value).split("x"))
    except ValueError:
        return FALLBACK_SIZE
    return (width, depth) if 0 < width <= MAX_METRES and 0 < depth <= MAX_METRES else FALLBACK_SIZE


def remember_size(size: tuple[float, float]) -> None:
    settings().setValue(PLAN_SIZE_KEY, f"{size[0]:g}x{size[1]:g}")


class PlanSizeDialog(QDialog):
    """Width and depth of the plan's ground in metres, in half-metre steps."""

    def __init__(self, title: str, explanation: str, size: tuple[float, float],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QFormLayout(self)
        note = QLabel(explanation)
        note.setWordWrap(True)
        layout.addRow(note)
        self.width_m = self._metres(size[0])
        self.depth_m = self._metres(size[1])
        layout.addRow(self.tr("Width"), self.width_m)
        layout.addRow(self.tr("Depth"), self.depth_m)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    @staticmethod
    def _metres(value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(1.0, MAX_METRES)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        box.setSuffix(" m")
        box.setValue(value)
        return box

    def size_m(self) -> tuple[float, float]:
        return self.width_m.value(), self.depth_m.value()
