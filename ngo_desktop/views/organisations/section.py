"""The Organisations section: the registry of member NGOs, entrepreneurs and contact people.

Every read and write runs through the operations layer: the section's widgets are built at once and
the rows arrive when the worker has them; a change made anywhere reaches ``refresh`` through the
main window, which reads the list again while keeping the user's selection and scroll position.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedLayout,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import Database
from ngo_desktop.models import MembershipStatus, OrganisationKind
from ngo_desktop.services.organisations.exporting import export_organisations
from ngo_desktop.services.organisations.labels import label
from ngo_desktop.services.organisations.listing import ListFilter
from ngo_desktop.services.organisations.registry import FieldInfo, registry_overview
from ngo_desktop.services.users import SignedIn
from ngo_desktop.views.empty_state import EmptyState
from ngo_desktop.views.operations import Operation, Progress
from ngo_desktop.views.organisations.table_model import OrganisationTableModel
from ngo_desktop.views.persist import remember_header
from ngo_desktop.views.table_place import PlaceKeeper
from ngo_desktop.views.unsaved import changed_forms_in

HEADER_KEY = "organisations/list"


class OrganisationsSection(QWidget):
    """``_empty`` when the registry has nobody yet, ``_page`` (filters, table, status) otherwise;
    ``_read_only`` for a volunteer (organisations open read-only, Ctrl+N makes none)."""

    watched_kinds = frozenset({"organisation", "contact_person", "field_of_activity"})

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._read_only = False
        self._stack = QStackedLayout(self)
        self._empty = EmptyState(
            self.tr("No organisations yet — add the first organisation"),
            self.tr("Associations, foundations, entrepreneurs and their contact people appear here. "
                    "Add them one by one or import the spreadsheet you keep today."))
        self._first_buttons = (self._empty.add_button(self.tr("Add the first organisation…")),
                               self._empty.add_button(self.tr("Import from a spreadsheet…")))
        self._first_buttons[0].clicked.connect(self.new_organisation)
        self._first_buttons[1].clicked.connect(self.import_file)
        self._page = QWidget()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._page)
        self.model = OrganisationTableModel(database, self)
        self.model.loaded.connect(self._show_count)
        self._build_page()
        self._place = PlaceKeeper(self.table, self.model, lambda row: row.id)
        # The list until the first answer says the registry is empty: no "add the first" flashes by.
        self._stack.setCurrentWidget(self._page)
        self.refresh()

    def _build_page(self) -> None:
        layout = QVBoxLayout(self._page)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, registration number, contact, phone or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.apply_filter(typing=True))
        filters.addWidget(self.search, 3)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for member in OrganisationKind:
            self.kind.addItem(label(member), member)
        self.membership = QComboBox()
        self.membership.addItem(self.tr("Any membership"), None)
        for member in MembershipStatus:
            self.membership.addItem(label(member), member)
        self.field = QComboBox()
        self.field.setMinimumContentsLength(14)
        # Filled once the fields of activity arrive: grow to the longest name then.
        self.field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        for combo in (self.kind, self.membership, self.field):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
            filters.addWidget(combo)  # each as wide as its choice; the search box takes the rest
        self.show_archived.toggled.connect(lambda _checked: self.apply_filter())
        filters.addWidget(self.show_archived)
        layout.addLayout(filters)

        self.table = QTableView()
        self.table.setModel(self.model)
        # A header starts with a descending indicator; the registry opens in A–Ž order.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        # Sorting reloads the list; the selected organisation stays selected where it now is.
        self.table.horizontalHeader().sortIndicatorChanged.connect(lambda *_args: self._place.remember(scroll=False))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((270, 175, 110, 110, 130, 170, 125, 210, 200)):
            self.table.setColumnWidth(column, width)
        remember_header(self.table.horizontalHeader(), HEADER_KEY)
        # Activation is a double click or Enter (connecting doubleClicked as well opened a form twice).
        self.table.activated.connect(self._open_index)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.status = QLabel()
        bottom.addWidget(self.status, 1)
        self.new_button = QPushButton(self.tr("New organisation…"))
        self.new_button.clicked.connect(self.new_organisation)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Export what the list shows…"), lambda: self.export_file(shown_only=True))
        menu.addAction(self.tr("Export the whole registry…"), lambda: self.export_file(shown_only=False))
        self.export_button.setMenu(menu)
        self.print_button = QPushButton(self.tr("Print directory…"))
        self.print_button.setToolTip(self.tr("The directory of organisations by field of activity, in Latvian order"))
        self.print_button.clicked.connect(self.print_directory)
        for button in (self.new_button, self.import_button, self.export_button, self.print_button):
            bottom.addWidget(button)
        layout.addLayout(bottom)

    def limit_to_role(self, person: SignedIn) -> None:
        """A volunteer reads the registry: no new organisations, no imports, an organisation opens
        read-only."""
        self._read_only = person.is_volunteer
        for button in (self.new_button, self.import_button, *self._first_buttons):
            button.setVisible(not person.is_volunteer)

    # --- showing --------------------------------------------------------------------------
    def has_unsaved_edits(self) -> bool:
        """An organisation's form open over the list holds changes."""
        return bool(changed_forms_in(self))

    def refresh(self, changes: Changes | None = None) -> None:
        """Read the registry again (after demo data, an import or a change at any desk); returns at once."""
        Operation(self, self.database, registry_overview).success(self._show_registry).run()

    def _show_registry(self, answer: tuple[int, list[FieldInfo]]) -> None:
        count, fields = answer
        if count == 0:
            self._stack.setCurrentWidget(self._empty)
            return
        self._fill_fields(fields)
        self._stack.setCurrentWidget(self._page)
        self._place.remember()
        self.model.refresh()

    def _fill_fields(self, fields: list[FieldInfo]) -> None:
        chosen = self.field.currentData()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.addItem(self.tr("All fields of activity"), None)
        for item in fields:
            self.field.addItem(item.name, item.id)
        index = self.field.findData(chosen)
        self.field.setCurrentIndex(max(index, 0))
        self.field.blockSignals(False)

    def current_filter(self) -> ListFilter:
        return ListFilter(search=self.search.text(), kind=self.kind.currentData(),
                          membership=self.membership.currentData(), field_id=self.field.currentData(),
                          include_archived=self.show_archived.isChecked())

    def apply_filter(self, *, typing: bool = False) -> None:
        """Show what the filters ask for; a search being typed runs after a pause in the typing."""
        self._place.remember(scroll=False)
        self.model.set_filter(self.current_filter(), typing=typing)

    def _show_count(self) -> None:
        shown = self.model.total
        self.status.setText(self.tr("Organisations shown: %n", "", shown))

    def save_layout(self) -> None:
        """Column widths are saved as they change (remember_header); nothing else to keep."""

    # --- actions --------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        organisation_id = self.model.organisation_id(index.row())
        if organisation_id is not None:
            self.open_organisation(organisation_id)

    def open_organisation(self, organisation_id: int | None) -> None:
        # The list follows the saves through the main window's change event, not from here.
        from ngo_desktop.views.organisations.dialog import OrganisationDialog

        dialog = OrganisationDialog(self.database, organisation_id, self, read_only=self._read_only)
        dialog.exec()
        dialog.deleteLater()  # an answer still on its way is then dropped, nobody waits for it

    def new_organisation(self) -> None:
        self.open_organisation(None)

    def new_item(self) -> None:
        """File → New (Ctrl+N)."""
        if not self._read_only:
            self.new_organisation()

    def focus_search(self) -> None:
        """Edit → Find (Ctrl+F)."""
        self.search.setFocus()
        self.search.selectAll()

    def import_file(self) -> None:
        from ngo_desktop.views.organisations.import_dialog import ImportDialog

        dialog = ImportDialog(self.database, self)
        dialog.exec()
        dialog.deleteLater()

    def print_directory(self) -> None:
        # Imported on first use: the preview loads QtPdf and the printing services.
        from ngo_desktop.views.documents.printing_actions import open_print_preview

        open_print_preview(self, self.database, "directory")

    def export_file(self, *, shown_only: bool) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export organisations"), self.tr("organisations") + ".xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in {".csv", ".xlsx"}:
            target = target.with_suffix(".csv" if "csv" in _filter.lower() else ".xlsx")
        list_filter = self.current_filter() if shown_only else ListFilter(include_archived=True)
        # The dialog asked before replacing the file it returned, not one with another ending.
        confirmed = target == Path(path)

        def export(database: Database, progress: Progress) -> int:
            return export_organisations(database, target, list_filter, report=progress.report,
                                        force=confirmed)

        def exported(count: int) -> None:
            QMessageBox.information(self, self.tr("Exported"), self.tr("Organisations written to %1: %n.", "", count)
                                    .replace("%1", str(target)))

        Operation(self, self.database, export).with_progress(self.tr("Exporting organisations…"), cancellable=False) \
            .success(exported).refusal_title(self.tr("Not exported")).disabling(self.export_button).run()
