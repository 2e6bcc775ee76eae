"""A friendly 'nothing here yet' panel: what is missing and what to do about it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A heading, an explanation and optionally one button, centred in the available space."""

    def __init__(self, heading: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.heading = QLabel(heading)
        self.heading.setObjectName("emptyStateHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QLabel(explanation)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation.setWordWrap(True)
        # Grey as the placeholder text of a field; a palette, not a style sheet, which would make Qt
        # build its style-sheet machinery while the first section is built.
        palette = self.explanation.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        self.explanation.setPalette(palette)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        layout.addWidget(self.explanation)
        self.button_row = QVBoxLayout()
        self.button_row.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self.button_row)
        layout.addStretch(2)

    def add_button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumWidth(220)
        self.button_row.addSpacing(12)
        self.button_row.addWidget(button)
        return button
