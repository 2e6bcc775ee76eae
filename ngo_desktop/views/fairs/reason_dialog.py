"""Asking for the reason of a fee decision (waived, reduced): the dialog stays open until one is given.

An empty reason is answered under the field, in the dialog itself, so the vendor chosen in the list
and the dialog stay as they are; the reason is required by the service as well.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"


class ReasonDialog(QDialog):
    """``reason()`` after ``accepted``; ``problem`` is the message under the field (hidden until needed)."""

    def __init__(self, title: str, question: str, missing: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._missing = missing
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        prompt = QLabel(question)
        prompt.setWordWrap(True)
        self.edit = QLineEdit()
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.edit.textEdited.connect(lambda _text: self.problem.hide())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def reason(self) -> str:
        return self.edit.text().strip()

    def accept(self) -> None:
        if not self.reason():
            self.problem.setText(self._missing)
            self.problem.show()
            self.edit.setFocus()
            return
        super().accept()
