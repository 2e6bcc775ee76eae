"""Asking before what cannot be taken back (archive, delete, cancel): the safe answer is the default.

Enter or Esc on the question answers No, so a hurried key press never archives or deletes anything;
the question names the thing it is about ("Arhivēt biedrību „Sudrabs”?").
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes / No with No as the default button; True only when Yes was chosen."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
