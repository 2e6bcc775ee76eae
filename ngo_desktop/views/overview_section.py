"""A section that so far shows what the database holds for it, or its empty state."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedLayout, QWidget

from ngo_desktop.db import Database
from ngo_desktop.services.overview import Overview, overview
from ngo_desktop.views.empty_state import EmptyState


class OverviewSection(QWidget):
    """Subclasses say how to describe their part of the overview, and their empty state.

    ``_empty`` is shown when ``is_empty`` says so, ``_summary`` otherwise; ``refresh`` re-reads.
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._stack = QStackedLayout(self)
        heading, explanation = self.empty_texts()
        self._empty = EmptyState(heading, explanation)
        self._summary = EmptyState("", "")
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._summary)
        self.refresh()

    def refresh(self) -> None:
        counts = overview(self.database)
        if self.is_empty(counts):
            self._stack.setCurrentWidget(self._empty)
            return
        heading, explanation = self.summary_texts(counts)
        self._summary.heading.setText(heading)
        self._summary.explanation.setText(explanation)
        self._stack.setCurrentWidget(self._summary)

    def is_empty(self, counts: Overview) -> bool:
        raise NotImplementedError

    def empty_texts(self) -> tuple[str, str]:
        raise NotImplementedError

    def summary_texts(self, counts: Overview) -> tuple[str, str]:
        raise NotImplementedError
