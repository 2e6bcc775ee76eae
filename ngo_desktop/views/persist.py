"""Remembering how the user left a table: column widths and order, per table, in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHeaderView

from ngo_desktop.settings import settings


def remember_header(header: QHeaderView, key: str) -> None:
    """Restore the header's saved state now and save it whenever a column is resized or moved."""
    saved = settings().value(f"columns/{key}")
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        header.restoreState(saved)

    def save(*_arguments: object) -> None:
        settings().setValue(f"columns/{key}", header.saveState())

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
