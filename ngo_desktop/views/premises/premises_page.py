"""The premises tab: the premises list with occupancy, and the tenancies of the chosen premises."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.services.premises.registry import (
    PremisesDetails,
    TenancyDetails,
    end_tenancy_early,
    get_premises,
    get_tenancy,
    set_premises_archived,
)
from ngo_desktop.services.users import SignedIn
from ngo_desktop.views.confirm import confirm
from ngo_desktop.views.flow_layout import FlowLayout
from ngo_desktop.views.operations import TYPING_PAUSE_MS, LatestOnly, Operation
from ngo_desktop.views.persist import remember_header
from ngo_desktop.views.premises.premises_form import PremisesDialog
from ngo_desktop.views.premises.table_models import ID_ROLE, PremisesTableModel, TenanciesTableModel
from ngo_desktop.views.premises.tenancy_form import EndEarlyDialog, TenancyDialog
from ngo_desktop.views.undo_steps import record_archive, record_versioned


def _table(model: object) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class PremisesPage(QWidget):
    """Premises on top, the selected premises' photo and tenancies below. ``changed`` after any save.

    Private attributes: ``_select_after_load`` the premises to select once the list has arrived
    (the one just added, or the one selected before a reload); ``_details`` reads the selected
    premises' details newest-only; ``_typing`` waits for a pause in the search box."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._select_after_load: int | None = None
        self._details = LatestOnly(self, database)
        self._may_edit = True
        self._may_change_rent = True
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by name or address"))
        self.search.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._filter_changed)
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self._filter_changed)
        self.add_button = QPushButton(self.tr("Add premises…"))
        self.add_button.clicked.connect(self.add_premises)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_premises)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.clicked.connect(self.toggle_archived)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.show_archived)
        tools.addWidget(self.add_button)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.archive_button)

        self.premises_model = PremisesTableModel(database, self)
        self.premises_model.loaded.connect(self._premises_loaded)
        self.premises_table = _table(self.premises_model)
        self.premises_table.activated.connect(lambda _index: self.edit_premises() if self._may_edit else None)
        self.premises_table.selectionModel().selectionChanged.connect(self._premises_selected)

        self.photo = QLabel()
        self.photo.setFixedSize(200, 140)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid palette(mid);")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.let_button = QPushButton(self.tr("Let to a tenant…"))
        self.let_button.clicked.connect(self.add_tenancy)
        self.edit_tenancy_button = QPushButton(self.tr("Edit tenancy…"))
        self.edit_tenancy_button.clicked.connect(self.edit_tenancy)
        self.end_button = QPushButton(self.tr("End early…"))
        self.end_button.clicked.connect(self.end_selected_early)
        self.summary_button = QPushButton(self.tr("Agreement summary PDF…"))
        self.summary_button.clicked.connect(self.print_summary)
        tenancy_tools = QHBoxLayout()
        tenancy_tools.addWidget(self.details, 1)
        # On a narrow window the buttons wrap onto a second row instead of losing their labels.
        buttons = FlowLayout()
        buttons.add_stretch()
        for button in (self.let_button, self.edit_tenancy_button, self.end_button, self.summary_button):
            buttons.addWidget(button)
        tenancy_tools.addLayout(buttons, 3)
        self.tenancies_model = TenanciesTableModel(database, self)
        self.tenancies_model.loaded.connect(self._tenancies_loaded)
        self.tenancies_table = _table(self.tenancies_model)
        self.tenancies_table.activated.connect(lambda _index: self.edit_tenancy() if self._may_edit else None)
        self.tenancies_table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.addLayout(tenancy_tools)
        right.addWidget(self.tenancies_table, 1)
        lower_layout.addLayout(right, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.premises_table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)
        remember_header(self.premises_table.horizontalHeader(), "premises/premises")
        remember_header(self.tenancies_table.horizontalHeader(), "premises/tenancies")
        self._tenancy_columns_sized = False
        self._premises_selected()

    def limit_to_role(self, person: SignedIn) -> None:
        """A volunteer only looks at the premises and their tenants; the rent and charges of
        existing premises are the administrator's (the desk's form shows them read-only)."""
        self._may_edit = not person.is_volunteer
        self._may_change_rent = person.is_administrator
        for button in (self.add_button, self.edit_button, self.archive_button, self.let_button,
                       self.edit_tenancy_button, self.end_button):
            button.setVisible(self._may_edit)

    # --- selection -----------------------------------------------------------------------------
    def selected_premises_id(self) -> int | None:
        rows = self.premises_table.selectionModel().selectedRows()
        return self.premises_model.data(rows[0], ID_ROLE) if rows else None

    def selected_tenancy_id(self) -> int | None:
        rows = self.tenancies_table.selectionModel().selectedRows()
        return self.tenancies_model.data(rows[0], ID_ROLE) if rows else None

    def select_premises(self, premises_id: int) -> None:
        row = self.premises_model.row_of(premises_id)
        if row >= 0:
            self.premises_table.selectRow(row)

    def _filter_changed(self, *_arguments: object) -> None:
        self.premises_model.search = self.search.text()
        self.premises_model.include_archived = self.show_archived.isChecked()
        self.reload()

    def reload(self) -> None:
        """Read the list again, keeping the selected premises selected; returns at once."""
        selected = self.selected_premises_id()
        if selected is not None and self._select_after_load is None:
            self._select_after_load = selected
        self.premises_model.reload()

    def _premises_loaded(self) -> None:
        if self.premises_model.rowCount() < 50:  # measuring more rows would cost more than it helps
            self.premises_table.resizeColumnsToContents()
        if self._select_after_load is not None:
            self.select_premises(self._select_after_load)
            self._select_after_load = None
        self._premises_selected()

    def _premises_selected(self, *_arguments: QItemSelection) -> None:
        premises_id = self.selected_premises_id()
        self.tenancies_model.show_premises(premises_id)
        self.photo.setPixmap(QPixmap())
        if premises_id is None:
            self.photo.setText(self.tr("Choose premises above"))
            self.details.setText("")
        else:
            self._details.request(lambda db: get_premises(db, premises_id), self._show_details)
        self._update_buttons()

    def _tenancies_loaded(self) -> None:
        if not self._tenancy_columns_sized and self.tenancies_model.rowCount() and self.isVisible():
            # Fitted once the first tenancies are on screen; after that the user's widths are kept.
            self.tenancies_table.resizeColumnsToContents()
            self._tenancy_columns_sized = True
        self._update_buttons()

    def _show_details(self, details: PremisesDetails) -> None:
        if details.id != self.selected_premises_id():
            return  # another premises was chosen meanwhile
        self.photo.setPixmap(QPixmap())
        if details.photo:
            pixmap = QPixmap()
            pixmap.loadFromData(details.photo)
            self.photo.setPixmap(pixmap.scaled(self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo.setText(self.tr("no photo"))
        owner = details.owner_organisation_name or details.owner_name or "—"
        self.details.setText(self.tr("<b>%1</b><br>%2<br>Owner: %3<br>Tenants at a time: %4")
                             .replace("%1", _escape(details.name)).replace("%2", _escape(details.address))
                             .replace("%3", _escape(owner)).replace("%4", str(details.max_tenants)))
        self.archive_button.setText(self.tr("Restore") if details.archived else self.tr("Archive"))

    def _update_buttons(self) -> None:
        has_premises = self.selected_premises_id() is not None
        has_tenancy = self.selected_tenancy_id() is not None
        for button in (self.edit_button, self.archive_button, self.let_button):
            button.setEnabled(has_premises)
        for button in (self.edit_tenancy_button, self.end_button, self.summary_button):
            button.setEnabled(has_tenancy)

    # --- actions -------------------------------------------------------------------------------
    # A save reaches the lists through the change event the window relays to the section; the
    # page only says which premises to select once the list is back.
    def add_premises(self) -> None:
        dialog = PremisesDialog(self.database, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self._select_after_load = dialog.saved_id
            self.changed.emit()

    def edit_premises(self) -> None:
        premises_id = self.selected_premises_id()
        if premises_id is None:
            return

        def open_form(details: PremisesDetails) -> None:
            if PremisesDialog(self.database, details, self, may_change_rent=self._may_change_rent).exec():
                self.changed.emit()

        Operation(self, self.database, lambda db: get_premises(db, premises_id)).success(open_form).run()

    def toggle_archived(self) -> None:
        premises_id = self.selected_premises_id()
        if premises_id is None:
            return
        rows = self.premises_table.selectionModel().selectedRows()
        shown = self.premises_model.row_at(rows[0].row()) if rows else None
        if shown is not None and not shown.archived and not confirm(self, self.tr("Archive"), self.tr(
                "Archive the premises „%1”? They leave the list but keep their tenancies and statements; "
                "tick “Show archived” to see them again.").replace("%1", shown.name)):
            return

        def toggle(db: Database) -> tuple[str, bool, int]:
            details = get_premises(db, premises_id)
            return details.name, not details.archived, set_premises_archived(
                db, premises_id=premises_id, version=details.version, archived=not details.archived)

        def toggled(answer: tuple[str, bool, int]) -> None:
            name, archived, version = answer
            record_archive(self, self.database, name=name, archived=archived, version=version,
                           record=("premises", premises_id),
                           set_archived=lambda database, value, expected: set_premises_archived(
                               database, premises_id=premises_id, version=expected, archived=value))
            self.changed.emit()

        Operation(self, self.database, toggle).refusal_title(self.tr("Not saved")).success(toggled).run()

    def add_tenancy(self) -> None:
        premises_id = self.selected_premises_id()
        if premises_id is None:
            return
        if TenancyDialog(self.database, premises_id, None, self).exec():
            self.changed.emit()

    def edit_tenancy(self) -> None:
        tenancy_id = self.selected_tenancy_id()
        if tenancy_id is None:
            return

        def open_form(tenancy: TenancyDetails) -> None:
            if TenancyDialog(self.database, tenancy.premises_id, tenancy, self).exec():
                self.changed.emit()

        Operation(self, self.database, lambda db: get_tenancy(db, tenancy_id)).success(open_form).run()

    def end_selected_early(self) -> None:
        tenancy_id = self.selected_tenancy_id()
        if tenancy_id is None:
            return

        def ask_and_end(tenancy: TenancyDetails) -> None:
            dialog = EndEarlyDialog(tenancy, self)
            if not dialog.exec():
                return
            last_day, was = dialog.chosen_day(), tenancy.ended_early_on
            Operation(self, self.database, lambda db: end_tenancy_early(
                db, tenancy_id=tenancy.id, version=tenancy.version, last_day=last_day)) \
                .refusal_title(self.tr("Not saved")).success(lambda version: ended(version, last_day, was, tenancy.tenant_name)).run()

        def ended(version: int, last_day: dt.date | None, was: dt.date | None, tenant: str) -> None:
            """Edit → Undo sets the tenancy's end back (unless it was changed elsewhere since)."""
            text = (self.tr("End the tenancy of %1 early") if last_day is not None
                    else self.tr("Let the tenancy of %1 run its term")).replace("%1", tenant)
            record_versioned(self, self.database, text, version, record=("tenancy", tenancy_id),
                             undo=lambda db, expected: end_tenancy_early(
                                 db, tenancy_id=tenancy_id, version=expected, last_day=was),
                             redo=lambda db, expected: end_tenancy_early(
                                 db, tenancy_id=tenancy_id, version=expected, last_day=last_day))
            self.changed.emit()

        Operation(self, self.database, lambda db: get_tenancy(db, tenancy_id)).success(ask_and_end).run()

    def print_summary(self) -> None:
        tenancy_id = self.selected_tenancy_id()
        if tenancy_id is None:
            return
        from ngo_desktop.views.premises.documents import preview_summary_pdf

        preview_summary_pdf(self, self.database, tenancy_id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
