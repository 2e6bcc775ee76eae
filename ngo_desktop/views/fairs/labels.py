"""How the fairs area titles its refusals; the words for statuses and kinds are in ngo_desktop/vocabulary.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def not_possible() -> str:
    """The title of every refusal in the fairs area."""
    return QCoreApplication.translate("FairRefusal", "Not possible")


def show_problem(parent: QWidget, text: str) -> None:
    """A problem found in the form itself (no database asked), titled like the refusals."""
    QMessageBox.warning(parent, not_possible(), text)
