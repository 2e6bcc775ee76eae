"""The main window: section navigation, menus, status bar, remembered geometry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ngo_desktop import __version__
from ngo_desktop.db import Database
from ngo_desktop.services.centre import count_data, get_centre_details
from ngo_desktop.settings import settings
from ngo_desktop.views.sections import SECTIONS, SectionInfo

if TYPE_CHECKING:
    from ngo_desktop.views.premises.status import PremisesStatusLabel

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitter"
SECTION_KEY = "window/section"
REMINDERS_DELAY_MS = 400


class MainWindow(QMainWindow):
    """Private attributes: ``_pages`` maps a section key to its widget once created;
    ``_placeholders`` holds the empty QWidget standing in for a section not yet opened."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._pages: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        self.setWindowTitle(self._title())
        self.setMinimumSize(QSize(800, 520))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)
        self.navigation.setMinimumWidth(170)
        self.stack = QStackedWidget()
        for section in SECTIONS:
            item = QListWidgetItem(self.style().standardIcon(section.icon), section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setSizeHint(QSize(0, 40))
            self.navigation.addItem(item)
            placeholder = QWidget()
            self._placeholders[section.key] = placeholder
            self.stack.addWidget(placeholder)
        self.navigation.currentRowChanged.connect(self.show_section_at)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.setCentralWidget(self.splitter)

        self.database_label = QLabel(self.tr("Database: %1").replace("%1", database.describe()))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label)
        self.premises_status: PremisesStatusLabel | None = None
        # Reminders are a query of their own: added just after the window has painted so they
        # never delay start-up.
        QTimer.singleShot(REMINDERS_DELAY_MS, self._add_reminders)

        self._build_menus()
        self._restore_layout()

    # --- sections -------------------------------------------------------------------------
    def show_section_at(self, row: int) -> None:
        if not 0 <= row < len(SECTIONS):
            return
        section = SECTIONS[row]
        self.stack.setCurrentWidget(self.section_widget(section))
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)

    def show_section(self, key: str) -> None:
        self.show_section_at([section.key for section in SECTIONS].index(key))

    def section_widget(self, section: SectionInfo) -> QWidget:
        """The section's widget, created the first time it is needed."""
        page = self._pages.get(section.key)
        if page is None:
            page = section.create(self.database, self.stack)
            placeholder = self._placeholders.pop(section.key)
            index = self.stack.indexOf(placeholder)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[section.key] = page
        return page

    def current_section_key(self) -> str:
        return SECTIONS[self.navigation.currentRow()].key

    def _add_reminders(self) -> None:
        from ngo_desktop.views.premises.status import premises_status_label

        self.premises_status = premises_status_label(self.database, self)
        self.statusBar().addWidget(self.premises_status)

    def refresh_sections(self) -> None:
        if self.premises_status is not None:
            self.premises_status.refresh()
        for page in self._pages.values():
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    # --- menus ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        self.demo_action = QAction(self.tr("Load &demo data…"), self)
        self.demo_action.triggered.connect(self.load_demo_data)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for row, section in enumerate(SECTIONS):
            action = QAction(section.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.show_section_at(r))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About ngo_desktop"), self)
        about_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def open_settings(self) -> None:
        from ngo_desktop.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.database, self)
        if dialog.exec():
            self.setWindowTitle(self._title())
            if dialog.restart_needed:
                QMessageBox.information(self, self.tr("Settings saved"), dialog.restart_message())

    def load_demo_data(self) -> None:
        from ngo_desktop.views.welcome_dialog import load_demo_data_with_feedback

        if load_demo_data_with_feedback(self.database, self):
            self.setWindowTitle(self._title())
            self.refresh_sections()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ngo_desktop"),
            self.tr("ngo_desktop %1\nThe front-desk program of an NGO support centre.\n\nDatabase: %2")
            .replace("%1", __version__).replace("%2", self.database.describe()),
        )

    def offer_welcome_if_new(self) -> None:
        """On a first start with an empty database, ask for the centre's details or demo data."""
        if get_centre_details(self.database).is_filled_in or not count_data(self.database).is_empty:
            return
        from ngo_desktop.views.welcome_dialog import WelcomeDialog

        dialog = WelcomeDialog(self.database, self)
        dialog.exec()
        self.setWindowTitle(self._title())
        self.refresh_sections()

    def _title(self) -> str:
        centre = get_centre_details(self.database).name
        return f"{centre} — ngo_desktop" if centre else "ngo_desktop"

    # --- remembered layout ----------------------------------------------------------------
    def _restore_layout(self) -> None:
        store = settings()
        geometry = store.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            if available is not None and available.width() >= 1280:
                self.resize(1280, 800)
            else:
                self.resize(1024, 680)
        state = store.value(STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = store.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([200, 1000])
        keys = [section.key for section in SECTIONS]
        last = str(store.value(SECTION_KEY, "bookings"))
        self.show_section_at(keys.index(last) if last in keys else 0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        store = settings()
        store.setValue(GEOMETRY_KEY, self.saveGeometry())
        store.setValue(STATE_KEY, self.saveState())
        store.setValue(SPLITTER_KEY, self.splitter.saveState())
        store.setValue(SECTION_KEY, self.current_section_key())
        for page in self._pages.values():
            save_layout = getattr(page, "save_layout", None)
            if callable(save_layout):
                save_layout()
        store.sync()
        super().closeEvent(event)
