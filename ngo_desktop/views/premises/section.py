"""The Pop-up premises section: empty spaces let to new entrepreneurs, with municipal reductions.

The front page shows the reminders (terms ending within 30 days, unpaid months) over three tabs:
the premises with their tenancies, a month's statements, and a year of support given.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import Database
from ngo_desktop.services.premises.registry import count_premises
from ngo_desktop.services.users import SignedIn
from ngo_desktop.views.empty_state import EmptyState
from ngo_desktop.views.operations import Operation
from ngo_desktop.views.premises.premises_page import PremisesPage
from ngo_desktop.views.premises.reminders_panel import RemindersPanel
from ngo_desktop.views.premises.statements_view import StatementsView
from ngo_desktop.views.premises.support_view import SupportView
from ngo_desktop.views.unsaved import changed_forms_in


class PremisesSection(QWidget):
    """``_empty`` is shown until the first premises exist, ``_main`` after that."""

    watched_kinds = frozenset({"premises", "tenancy", "tenancy_payment", "organisation"})

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._stack = QStackedLayout(self)
        self._empty = EmptyState(
            self.tr("No pop-up premises yet — add the first premises"),
            self.tr("Empty shop fronts let to new entrepreneurs, with their tenants and the municipality's "
                    "reductions, appear here."))
        self._first_premises_button = self._empty.add_button(self.tr("Add premises…"))
        self._first_premises_button.clicked.connect(self.add_first_premises)

        self._main = QWidget()
        heading = QLabel(self.tr("Pop-up premises"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.export_button = QPushButton(self.tr("Export tenancies…"))
        self.export_button.clicked.connect(self.export_tenancies)
        title_row = QHBoxLayout()
        title_row.addWidget(heading)
        title_row.addStretch(1)
        title_row.addWidget(self.export_button)
        self.reminders = RemindersPanel(database)
        self.reminders.month_chosen.connect(self.show_month)
        self.premises_page = PremisesPage(database)
        self.statements = StatementsView(database)
        self.support = SupportView(database)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.premises_page, self.tr("Premises and tenants"))
        self.tabs.addTab(self.statements, self.tr("Monthly statements"))
        self.tabs.addTab(self.support, self.tr("Support given"))
        layout = QVBoxLayout(self._main)
        layout.addLayout(title_row)
        layout.addWidget(self.reminders)
        layout.addWidget(self.tabs, 1)

        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._main)
        self._stack.setCurrentWidget(self._main)
        # The list, the statements and the support tables load themselves as they are built: asking
        # them again here read everything twice (a second of a distant server's time at start).
        self._read_count_and_reminders()

    def limit_to_role(self, person: SignedIn) -> None:
        """A volunteer adds no premises (the page hides its own buttons)."""
        self._first_premises_button.setVisible(not person.is_volunteer)
        self.premises_page.limit_to_role(person)
        self.statements.limit_to_role(person)

    def has_unsaved_edits(self) -> bool:
        """A premises or tenancy form open over the section holds changes."""
        return bool(changed_forms_in(self))

    def refresh(self, changes: Changes | None = None) -> None:
        """Read again what is shown (after a save here or at another desk, demo data, a restore).

        Every part reads off the GUI thread; the empty page shows when there are no premises."""
        self._read_count_and_reminders()
        self.premises_page.reload()
        self.statements.refresh()
        self.support.refresh()

    def _read_count_and_reminders(self) -> None:
        Operation(self, self.database, lambda db: count_premises(db, include_archived=True)) \
            .success(self._show_count).run()
        self.reminders.refresh()

    def _show_count(self, count: int) -> None:
        self._stack.setCurrentWidget(self._main if count else self._empty)

    def add_first_premises(self) -> None:
        self._stack.setCurrentWidget(self._main)
        self.premises_page.add_premises()

    def new_item(self) -> None:
        """File → New (Ctrl+N): new premises."""
        self.add_first_premises()

    def focus_search(self) -> None:
        """Edit → Find (Ctrl+F): the premises list's search box."""
        self._stack.setCurrentWidget(self._main)
        self.tabs.setCurrentWidget(self.premises_page)
        self.premises_page.search.setFocus()
        self.premises_page.search.selectAll()

    def show_month(self, month: dt.date) -> None:
        self.statements.set_month(month)
        self.tabs.setCurrentWidget(self.statements)

    def export_tenancies(self) -> None:
        from ngo_desktop.views.premises.documents import export_tenancies_file

        export_tenancies_file(self, self.database)

    def save_layout(self) -> None:
        """Column widths are saved as they change (views.persist); nothing else to keep."""
