"""The Fairs & markets section: the list of fairs on the left, the chosen fair's tabs on the right
(event and programme, stall plan, vendors, the day's check-in and fees).

Everything is read on the worker; after a save anywhere (here, in another section or at another
desk) the main window hands the change to ``refresh``, which re-reads the list of fairs when fairs
changed and lets the tab shown re-read what it shows (the other tabs re-read when next shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import Database
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.users import SignedIn
from ngo_desktop.timeutil import format_date
from ngo_desktop.views.confirm import confirm
from ngo_desktop.views.empty_state import EmptyState
from ngo_desktop.views.fairs.checkin_page import CheckInPage
from ngo_desktop.views.fairs.details_page import DetailsPage
from ngo_desktop.views.fairs.fair_dialog import open_fair_dialog
from ngo_desktop.views.fairs.labels import not_possible
from ngo_desktop.views.fairs.plan_page import PlanPage
from ngo_desktop.views.fairs.print_menu import print_button
from ngo_desktop.views.fairs.vendors_page import VendorsPage
from ngo_desktop.views.operations import LatestOnly, Operation
from ngo_desktop.views.undo_steps import record_archive
from ngo_desktop.views.unsaved import changed_forms_in
from ngo_desktop.vocabulary import fair_kind_label

ROLE = Qt.ItemDataRole.UserRole


# What the list of fairs on the left shows.
LIST_KINDS = ("fair", "fair_day")


def _fair_list(database: Database, include_archived: bool) -> tuple[list[fairs.FairSummary], bool]:
    """The fairs to list, and whether any fair exists at all (archived ones too)."""
    summaries = fairs.list_fairs(database, include_archived=include_archived)
    return summaries, bool(summaries or fairs.list_fairs(database, include_archived=True))


class FairsSection(QWidget):
    """``_stack`` shows the empty state until the first fair exists; the tabs follow the fair chosen
    in ``fair_list``: ``_fair_id`` is the fair they show, ``_loaded`` the tabs that show it already,
    ``_wanted_fair`` a fair to choose once the list has it (one just created)."""

    watched_kinds = frozenset({"fair", "fair_day", "programme_item", "stall_price", "stall_layout", "stall", "landmark", "vendor_application", "application_day", "stall_assignment", "organisation"})

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._fair_id: int | None = None
        self._shown_once = False
        self._wanted_fair: int | None = None
        self._loaded: set[int] = set()
        self._list_loads = LatestOnly(self, database)
        self._stack = QStackedLayout(self)
        self.empty = EmptyState(self.tr("No fairs or markets yet — plan the first one"),
                                self.tr("Seasonal markets and charity fairs with their stall plans and vendors "
                                        "appear here."))
        self._first_fair_button = self.empty.add_button(self.tr("Plan a fair or market…"))
        self._first_fair_button.clicked.connect(self.new_fair)
        self._stack.addWidget(self.empty)

        main = QSplitter()
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("New fair or market…"))
        self.new_button.clicked.connect(self.new_fair)
        self.fair_list = QListWidget()
        self.fair_list.setWordWrap(True)
        self.fair_list.setSpacing(2)
        self.fair_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fair_list.currentItemChanged.connect(self._fair_chosen)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self._load_fairs)
        self.print_button = print_button(database, self, self.current_fair_id, self._chosen_day_id)
        left_column.addWidget(self.new_button)
        left_column.addWidget(self.fair_list, 1)
        left_column.addWidget(self.show_archived)
        left_column.addWidget(self.print_button)
        self.tabs = QTabWidget()
        self.details_page = DetailsPage(database)
        self.plan_page = PlanPage(database)
        self.vendors_page = VendorsPage(database)
        self.check_in_page = CheckInPage(database)
        self.tabs.addTab(self.details_page, self.tr("Event"))
        self.tabs.addTab(self.plan_page, self.tr("Stall plan"))
        self.tabs.addTab(self.vendors_page, self.tr("Vendors"))
        self.tabs.addTab(self.check_in_page, self.tr("Check-in and fees"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.details_page.edit_requested.connect(self.edit_fair)
        self.details_page.archive_requested.connect(self.archive_fair)
        main.addWidget(left)
        main.addWidget(self.tabs)
        main.setStretchFactor(1, 1)
        main.setSizes([240, 900])
        self._stack.addWidget(main)
        self._load_fairs()

    # --- the list of fairs -----------------------------------------------------------------------
    def limit_to_role(self, person: SignedIn) -> None:
        """A volunteer plans no fairs; the event's page hides fees and, from volunteers, its edits; the
        vendors and the plan are only looked at by a volunteer."""
        self.new_button.setVisible(not person.is_volunteer)
        self._first_fair_button.setVisible(not person.is_volunteer)
        self.details_page.limit_to_role(person)
        self.vendors_page.limit_to_role(person)
        self.plan_page.limit_to_role(person)

    def has_unsaved_edits(self) -> bool:
        """A stall held on the plan, a plan edit being saved, a vendor search still being typed, a
        programme entry or fee typed in but not added, or a fair's or vendor's form open over the
        section with changes."""
        return self.plan_page.has_unsaved_edits() or self.vendors_page.has_unsaved_edits() \
            or self.details_page.has_unsaved_edits() or bool(changed_forms_in(self))

    def refresh(self, changes: Changes) -> None:
        if changes.touches(LIST_KINDS):
            self._load_fairs()
        index = self.tabs.currentIndex()
        if index in self._loaded:
            self.tabs.widget(index).refresh(changes)  # type: ignore[attr-defined]
        self._loaded &= {index}

    def _load_fairs(self) -> None:
        include_archived = self.show_archived.isChecked()
        self._list_loads.request(lambda database: _fair_list(database, include_archived), self._show_list)

    def _show_list(self, answer: tuple[list[fairs.FairSummary], bool]) -> None:
        summaries, any_fair = answer
        chosen = self._wanted_fair if self._wanted_fair is not None else self.current_fair_id()
        self._stack.setCurrentIndex(1 if any_fair else 0)
        self.fair_list.blockSignals(True)
        self.fair_list.clear()
        for summary in summaries:
            when = format_date(summary.first_day) if summary.first_day else ""
            if summary.last_day and summary.last_day != summary.first_day:
                when += f" – {format_date(summary.last_day)}"
            item = QListWidgetItem(f"{summary.name}\n{fair_kind_label(summary.kind)} · {when}")
            item.setData(ROLE, summary.id)
            if summary.archived:
                item.setForeground(Qt.GlobalColor.gray)
            self.fair_list.addItem(item)
            if summary.id == chosen:
                self._wanted_fair = None
                self.fair_list.setCurrentItem(item)
        if self.fair_list.currentItem() is None and self.fair_list.count():
            self.fair_list.setCurrentRow(0)
        self.fair_list.blockSignals(False)
        # The same fair still chosen: its tabs refresh from the change itself, not from scratch.
        if self.current_fair_id() != self._fair_id or not self._shown_once:
            self._show_fair(self.current_fair_id())

    def current_fair_id(self) -> int | None:
        item = self.fair_list.currentItem()
        return item.data(ROLE) if item is not None else None

    def select_fair(self, fair_id: int | None) -> None:
        """Choose ``fair_id`` in the list, or once the list shows it (a fair just created)."""
        for row in range(self.fair_list.count()):
            if self.fair_list.item(row).data(ROLE) == fair_id:
                self.fair_list.setCurrentRow(row)
                return
        self._wanted_fair = fair_id

    def _fair_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self._show_fair(current.data(ROLE) if current is not None else None)

    def _show_fair(self, fair_id: int | None) -> None:
        self._shown_once = True
        self._loaded = set()
        self._fair_id = fair_id
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        """Tabs read the database only when shown: a big vendor list is not loaded for nothing."""
        if index in self._loaded:
            return
        page = self.tabs.widget(index)
        page.set_fair(self._fair_id)  # type: ignore[attr-defined]
        self._loaded.add(index)

    def _chosen_day_id(self) -> int | None:
        page = self.tabs.currentWidget()
        combo = getattr(page, "day_combo", None)
        return combo.currentData() if combo is not None else None

    # --- actions ---------------------------------------------------------------------------------
    def new_fair(self) -> None:
        """The new fair is chosen in the list as soon as the list, refreshed by its change, shows it."""
        open_fair_dialog(self, self.database, None, self.select_fair)

    def new_item(self) -> None:
        """File → New (Ctrl+N): a new fair, for whoever may plan one (the button says who)."""
        if not self.new_button.isHidden():
            self.new_fair()

    def focus_search(self) -> None:
        """Edit → Find (Ctrl+F): the vendors' search of the fair shown."""
        if self.current_fair_id() is None:
            return
        self.tabs.setCurrentWidget(self.vendors_page)
        self.vendors_page.search.setFocus()
        self.vendors_page.search.selectAll()

    def edit_fair(self) -> None:
        fair_id = self.current_fair_id()
        if fair_id is not None:
            open_fair_dialog(self, self.database, fair_id)

    def archive_fair(self) -> None:
        fair_id = self.current_fair_id()
        if fair_id is None:
            return
        name = self.fair_list.currentItem().text().split("\n")[0]
        if confirm(self, self.tr("Archive fair"), self.tr(
                "Archive the fair „%1”? It leaves the list but keeps its vendors and payments; "
                "tick “Show archived” to see it again.").replace("%1", name)):
            Operation(self, self.database, lambda database: (
                fairs.set_archived(database, fair_id, True), fairs.get_fair(database, fair_id).details.name)) \
                .success(lambda answer: self._archived(fair_id, *answer)).refusal_title(not_possible()).run()

    def _archived(self, fair_id: int, version: int, name: str) -> None:
        """Edit → Undo brings the fair back (unless it was changed elsewhere since)."""
        record_archive(self, self.database, name=name, archived=True, version=version, record=("fair", fair_id),
                       set_archived=lambda database, value, expected: fairs.set_archived(
                           database, fair_id, value, expected_version=expected))

    def save_layout(self) -> None:
        """Column widths are saved as they change (views.persist); nothing else to keep."""
