"""The status bar's reminder about pop-up premises, for the main window to show."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ngo_desktop.database.core import Database
from ngo_desktop.views.operations import LatestOnly


class PremisesStatusLabel(QLabel):
    """'Pop-up terms ending within 30 days: 2 · Unpaid pop-up months: 3'; hidden when all is well."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("premisesReminder")
        self.setStyleSheet("color: #8a4b00;")
        self._reads = LatestOnly(self, database)
        self.setVisible(False)
        self.refresh()

    def refresh(self) -> None:
        """Read the reminder again off the GUI thread."""
        self._reads.request(_reminder_text, self.show_text)

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setToolTip(self.tr("Open Pop-up premises to see the tenants concerned"))
        self.setVisible(bool(text))


def _reminder_text(database: Database) -> str:
    # The service is imported here, on the worker: it maps the premises' classes and, the first
    # time, loads SQLAlchemy's ORM, which the window's start leaves until after its first screen
    # (issue #16); on the window's thread that was a 100-250 ms pause just after the calendar.
    from ngo_desktop.services.premises.reminders import premises_reminder_text

    return premises_reminder_text(database)


def premises_status_label(database: Database, parent: QWidget | None = None) -> PremisesStatusLabel:
    """A label for ``statusBar().addWidget``; call its ``refresh()`` when data may have changed."""
    return PremisesStatusLabel(database, parent)
