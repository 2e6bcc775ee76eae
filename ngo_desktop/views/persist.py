"""Remembering how the user left a table: column widths and order, per table, in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtWidgets import QHeaderView

from ngo_desktop.settings import settings

# Writing the settings file costs about 20 ms; a table fitting its columns to their contents
# resizes every column in one go, and dragging a column's edge resizes it at each mouse move: the
# header's state is written once they have settled, not at every step.
SAVE_AFTER_MS = 300


def remember_header(header: QHeaderView, key: str) -> None:
    """Restore the header's saved state now and save it whenever a column is resized or moved."""
    saved = settings().value(f"columns/{key}")
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        header.restoreState(saved)
    unsaved: list[QByteArray] = []  # the newest state not written yet (kept apart from the header,
    # which is gone by the time ``destroyed`` arrives)
    timer = QTimer(header)
    timer.setSingleShot(True)
    timer.setInterval(SAVE_AFTER_MS)

    def changed(*_arguments: object) -> None:
        unsaved[:] = [header.saveState()]
        timer.start()

    def write() -> None:
        if unsaved:
            settings().setValue(f"columns/{key}", unsaved.pop())

    timer.timeout.connect(write)
    header.sectionResized.connect(changed)
    header.sectionMoved.connect(changed)
    header.destroyed.connect(write)  # the window closed before the pause ended
