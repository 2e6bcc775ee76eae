"""The main window: section navigation, menus, status bar, remembered geometry."""

from __future__ import annotations

import gc
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QInputDialog,
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
from ngo_desktop import settings as app_settings
from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import Database, DatabaseProblem
from ngo_desktop.settings import settings
from ngo_desktop.views.confirm import confirm
from ngo_desktop.views.operations import ChangeRelay, Operation, promote, when_idle
from ngo_desktop.views.sections import SECTIONS, Section, SectionInfo
from ngo_desktop.views.undo import UndoHistory
from ngo_desktop.views.unsaved import may_quit

if TYPE_CHECKING:
    from ngo_desktop.services.users import SignedIn
    from ngo_desktop.views.guide import UserGuide
    from ngo_desktop.views.prebuild import SectionPrebuilder
    from ngo_desktop.views.premises.status import PremisesStatusLabel

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitter"
SECTION_KEY = "window/section"
# How long after the first section's answers came the rest of the start follows: the status bar's
# reminders and a first start's questions wait until the section has painted what it was waiting for.
AFTER_FIRST_SCREEN_MS = 100
START_BACKUP_DELAY_MS = 3000
# Another desk's change shows within about a second; each poll is one tiny query.
CHANGE_POLL_MS = 1000
# How soon changes held back by an open form are tried again.
PENDING_RETRY_MS = 150
BACKUP_CHECK_MS = 30 * 60 * 1000


class MainWindow(QMainWindow):
    """The window. It paints its frame first and opens the remembered section right after, so the
    window appears as soon as Qt can draw it; ``ready`` is emitted once that section is built.

    Private attributes: ``_pages`` maps a section key to its widget once created;
    ``_pending`` maps a section key to the changes it has not shown yet (it was hidden, or busy
    with an open form, an unsaved edit or a drag when they came);
    ``_placeholders`` holds the empty QWidget standing in for a section not yet opened;
    ``_initial_row`` is the section to open once the window has painted;
    ``_offer_welcome`` asks for the centre's details on an empty database once ready;
    ``_ask_operator`` asks who works at this desk once ready, if nobody has said yet.
    """

    ready = Signal()
    # Emitted from the backup thread; Qt queues it to the window's thread.
    automatic_backup_failed = Signal(str)
    # Emitted from the backup thread when the copy failed SQLite's check: the database is damaged.
    database_damaged = Signal(str)

    def __init__(self, database: Database, parent: QWidget | None = None, *, offer_welcome: bool = False,
                 ask_operator: bool = False, back_up_on_start: bool = False, prebuild_sections: bool = False) -> None:
        super().__init__(parent)
        self._prebuild_sections = prebuild_sections
        self.prebuilder: SectionPrebuilder | None = None
        self._back_up_on_start = back_up_on_start
        self.start_backup: threading.Thread | None = None
        self.automatic_backup_failed.connect(self._show_backup_failure)
        self.database_damaged.connect(self.offer_restore_of_damaged)
        self.database = database
        self._pages: dict[str, Section] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._pending: dict[str, Changes] = {}
        self._initial_row = 0
        self._offer_welcome = offer_welcome
        self._ask_operator = ask_operator
        self.is_ready = False
        self.setWindowTitle("ngo_desktop")
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
            placeholder = QLabel(self.tr("Opening…"))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            _dim(placeholder)
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
        self.signed_in_label = QLabel()
        self.signed_in_label.hide()
        self.statusBar().addPermanentWidget(self.signed_in_label)
        self.signed_in: SignedIn | None = None

        self.undo_history = UndoHistory(self)
        self.guide: UserGuide | None = None
        self._build_menus()
        self._restore_layout()
        self._start_watching_changes()
        self._start_scheduled = False
        self._ask_who_is_signed_in()
        if database.is_sqlite:
            # The centre's name is read while the window paints its frame, when the worker has
            # nothing else to do: after the calendar's answers it held back the calendar's paint
            # (10-15 ms; issue #16). On a server it waits behind the calendar's answers
            # (_after_first_answers): there the sign-in's round trips may still be running when
            # the section asks for its first load, which would then wait for this one too.
            self._update_title()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._start_scheduled:
            # Building the section reads the database and imports its views: done just after the
            # window's first paint, so the window appears without waiting for it.
            self._start_scheduled = True
            QTimer.singleShot(0, self._finish_start)

    def _finish_start(self) -> None:
        if self._back_up_on_start:
            # A few seconds later, so copying a large file does not slow the first minutes' clicks.
            QTimer.singleShot(START_BACKUP_DELAY_MS, self._back_up_on_start_now)
        self.show_section_at(self._initial_row)
        self.is_ready = True
        self.ready.emit()
        if self._prebuild_sections:
            self._start_prebuilding()
        # The first section's own answers come first (the day's calendar with its bookings); what
        # it does not show is started once they are on screen.
        when_idle(self._after_first_answers)

    def _after_first_answers(self) -> None:
        # Paused while the program started (app.load_before_qt): from now on garbage is collected.
        # What start-up built is moved out of the collector's sight first (as views/prebuild.py does
        # after each section), or the first collection would walk all of it at once: a 30-100 ms pause
        # of the window right after its calendar was painted.
        gc.freeze()
        gc.enable()
        if shiboken6.isValid(self):  # the window may have been closed meanwhile
            if not self.database.is_sqlite:
                self._update_title()  # see __init__
            QTimer.singleShot(AFTER_FIRST_SCREEN_MS, self._after_first_screen)

    def _after_first_screen(self) -> None:
        """The status bar's reminders (a query of their own), then a first start's questions."""
        self._add_reminders()
        if self._ask_operator:
            self.ask_operator_if_unknown()
        if self._offer_welcome:
            self.offer_welcome_if_new()

    # --- sections -------------------------------------------------------------------------
    def _start_prebuilding(self) -> None:
        """The other sections, built one by one while the window is idle (views/prebuild.py); it waits
        until the first section's data has answered, so the painted calendar never waits for it."""
        from ngo_desktop.views.prebuild import SectionPrebuilder

        self.prebuilder = SectionPrebuilder(self, list(SECTIONS), self.section_widget,
                                            lambda key: key in self._pages)
        self.prebuilder.start()

    def show_section_at(self, row: int) -> None:
        if not 0 <= row < len(SECTIONS):
            return
        section = SECTIONS[row]
        page = self.section_widget(section)
        promote(page)  # built ahead of time with its first load still waiting: the user waits for it now
        self.stack.setCurrentWidget(page)
        self._update_section_actions(page)
        self._apply_pending(section.key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)

    def show_section(self, key: str) -> None:
        self.show_section_at([section.key for section in SECTIONS].index(key))

    def section_widget(self, section: SectionInfo) -> QWidget:
        """The section's widget, created the first time it is needed."""
        page = self._pages.get(section.key)
        if page is None:
            page = section.create(self.database, self.stack)  # type: ignore[assignment]
            placeholder = self._placeholders.pop(section.key)
            index = self.stack.indexOf(placeholder)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[section.key] = page
            if self.signed_in is not None:
                _limit_to_role(page, self.signed_in)
        return page  # type: ignore[return-value]

    def current_section_key(self) -> str:
        return SECTIONS[self.navigation.currentRow()].key

    def new_in_section(self) -> None:
        """File → New (Ctrl+N): what "new" means in the section shown (a booking, an organisation…)."""
        new_item = getattr(self.stack.currentWidget(), "new_item", None)
        if new_item is not None and self.new_action.isEnabled():
            new_item()

    def find_in_section(self) -> None:
        """Edit → Find (Ctrl+F): the search box of the section shown."""
        focus_search = getattr(self.stack.currentWidget(), "focus_search", None)
        if focus_search is not None:
            focus_search()

    def _update_section_actions(self, page: QWidget) -> None:
        self.new_action.setEnabled(getattr(page, "new_item", None) is not None)
        self.find_action.setEnabled(getattr(page, "focus_search", None) is not None)

    def _add_reminders(self) -> None:
        from ngo_desktop.views.premises.status import premises_status_label

        self.premises_status = premises_status_label(self.database, self)
        self.statusBar().addWidget(self.premises_status)

    def refresh_sections(self) -> None:
        """After something that may have changed anything (demo data, a restore)."""
        self.take_changes(Changes.everything(by_this_desk=True))

    def take_changes(self, changes: Changes) -> None:
        """One change event, this desk's own or another desk's: every section that shows any of the
        changed kinds refreshes — the visible one now (unless busy), the others when next shown."""
        if self.premises_status is not None and changes.touches(("premises", "tenancy", "tenancy_payment")):
            self.premises_status.refresh()
        for key, page in self._pages.items():
            if changes.touches(page.watched_kinds):
                earlier = self._pending.get(key)
                self._pending[key] = changes if earlier is None else earlier.merged(changes)
        self._apply_pending(self.current_section_key())

    def _apply_pending(self, key: str) -> None:
        page = self._pages.get(key)
        changes = self._pending.get(key)
        if page is None or changes is None or self.stack.currentWidget() is not page:
            return
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None \
                or _is_busy(page):
            # A form is open or an edit is under way: look again in a moment (usually the form has
            # just been closed by the very save that made the change).
            self._pending_retry.start()
            return
        del self._pending[key]
        page.refresh(changes)

    # --- menus ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New…"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_in_section)
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
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
        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.backup_action.triggered.connect(self.back_up_now)
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.triggered.connect(self.restore_backup)
        file_menu.addAction(self.restore_action)
        self.move_action = QAction(self.tr("&Move my data to a server…"), self)
        self.move_action.triggered.connect(self.move_to_server)
        self.move_action.setEnabled(self.database.sqlite_path is not None)
        file_menu.addAction(self.move_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_history.undo_action)
        edit_menu.addAction(self.undo_history.redo_action)
        edit_menu.addSeparator()
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.find_in_section)
        edit_menu.addAction(self.find_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for row, section in enumerate(SECTIONS):
            # "Fairs & markets": a menu takes a lone & as a shortcut mark ("Fairs _markets").
            action = QAction(section.title.replace("&", "&&"), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.show_section_at(r))
            go_menu.addAction(action)

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.audit_action = QAction(self.tr("&Audit log"), self)
        self.audit_action.triggered.connect(self.open_audit_log)
        tools_menu.addAction(self.audit_action)
        self.users_action = QAction(self.tr("&Users…"), self)
        self.users_action.triggered.connect(self.open_users)
        # Shown once the server said this desk is signed in as an administrator.
        self.users_action.setVisible(False)
        tools_menu.addAction(self.users_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if self.guide_action.shortcut().isEmpty():
            self.guide_action.setShortcut(QKeySequence("F1"))
        # F1 opens the guide wherever the focus is in the window, at the page of the section shown.
        self.guide_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.guide_action.triggered.connect(self.open_guide)
        help_menu.addAction(self.guide_action)
        about_action = QAction(self.tr("&About ngo_desktop"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    # --- other desks' changes and daily backups ---------------------------------------------
    def _start_watching_changes(self) -> None:
        from ngo_desktop.database.change_watch import ChangeWatcher

        self.change_relay = ChangeRelay(self.database, self)
        self.change_relay.changed.connect(self.take_changes)
        self._pending_retry = QTimer(self)
        self._pending_retry.setSingleShot(True)
        self._pending_retry.setInterval(PENDING_RETRY_MS)
        self._pending_retry.timeout.connect(lambda: self._apply_pending(self.current_section_key()))
        try:
            self.change_watcher: ChangeWatcher | None = ChangeWatcher(self.database)
        except Exception:  # noqa: BLE001 - without a watcher the views simply do not refresh themselves
            self.change_watcher = None
        self.change_timer = QTimer(self)
        self.change_timer.setInterval(CHANGE_POLL_MS)
        self.change_timer.timeout.connect(self.poll_changes)
        self.change_timer.start()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.daily_backup_if_due)
        self.backup_timer.start()

    def poll_changes(self) -> None:
        """Take other desks' changes, and apply what waited for a form to close."""
        changes = self.change_watcher.poll() if self.change_watcher is not None else None
        if changes is not None:
            self.take_changes(changes)
        else:
            self._apply_pending(self.current_section_key())

    def daily_backup_if_due(self) -> None:
        source = self.database.sqlite_path
        if source is None:
            return
        from ngo_desktop.services.backup.copies import daily_backup_due

        if daily_backup_due(source, app_settings.backup_folder()):
            self.back_up_in_background()

    def _back_up_on_start_now(self) -> None:
        self.start_backup = self.back_up_in_background()

    def back_up_in_background(self) -> threading.Thread | None:
        """An automatic copy of the SQLite file (on start and once a day), made without freezing the window.

        SQLite's online backup copes with writes meanwhile. The thread is not a daemon: quitting
        waits for the copy to finish rather than leave half a file.
        """
        source = self.database.sqlite_path
        if source is None:
            return None
        from ngo_desktop.errors import DomainError
        from ngo_desktop.services.backup.copies import CopyDamaged, automatic_backup

        folder, keep = app_settings.backup_folder(), app_settings.backups_to_keep()

        def copy() -> None:
            try:
                automatic_backup(source, folder, keep=keep)
            except CopyDamaged as damaged:
                # The copy's check is the database's check (the copy is page for page): it is damaged.
                self.database_damaged.emit(str(damaged))
            except (DomainError, OSError, sqlite3.Error) as error:
                self.automatic_backup_failed.emit(str(error))

        worker = threading.Thread(target=copy, name="automatic backup")
        worker.start()
        return worker

    def _show_backup_failure(self, reason: str) -> None:
        """A failed automatic copy must not go unnoticed: it stays in the status bar until the next one."""
        self.statusBar().showMessage(
            self.tr("The automatic backup to %1 failed: %2. Check the backup folder in Settings.")
            .replace("%1", str(app_settings.backup_folder())).replace("%2", reason))

    def offer_restore_of_damaged(self, reason: str) -> None:
        """The database failed SQLite's check: offer the newest good automatic copy, which is kept."""
        from ngo_desktop.database.backup_files import newest_good_backup

        source = self.database.sqlite_path
        good = newest_good_backup(source, app_settings.backup_folder()) if source is not None else None
        self.statusBar().showMessage(reason)
        if good is None:
            QMessageBox.critical(self, self.tr("The database is damaged"), self.tr(
                "%1\n\nNo good automatic backup was found. Restore a backup you made yourself "
                "(File → Restore from a backup), or ask for help before entering more data.").replace("%1", reason))
            return
        answer = QMessageBox.question(self, self.tr("The database is damaged"), self.tr(
            "%1\n\nRestore the newest good backup, %2? The damaged data is kept as a backup first.")
            .replace("%1", reason).replace("%2", str(good)))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(good)

    def back_up_now(self) -> None:
        from ngo_desktop.services.backup.copies import back_up, default_backup_file

        suggested = default_backup_file(self.database, app_settings.backup_folder())
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Back up to"), str(suggested))
        if not path:
            return
        # The save dialog asked before replacing an existing file; a database or backup is still refused.
        Operation(self, self.database, lambda database, progress: back_up(database, Path(path), progress.report,
                                                                           force=True)) \
            .with_progress(self.tr("Backing up…"), cancellable=False) \
            .refusal_title(self.tr("Backup failed")) \
            .success(lambda written: QMessageBox.information(
                self, self.tr("Backup made"), self.tr("The backup was written to %1").replace("%1", str(written)))) \
            .run()

    def restore_backup(self) -> None:
        folder = app_settings.backup_folder()
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), str(folder),
            self.tr("Backups (*.sqlite3 *.db *.dump);;All files (*)"))
        if not path:
            return
        if confirm(self, self.tr("Restore from a backup"), self.tr(
                "Replace all data of %1 with the backup %2?\n\nThe current data is kept as a backup in %3 first. "
                "Other front desks should close the program meanwhile.").replace("%1", self.database.describe())
                .replace("%2", path).replace("%3", str(folder))):
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> Operation[object]:
        """Replace the data with the backup ``path``, then forget again whoever the register names."""
        from ngo_desktop.services.backup.copies import restore_backup

        folder = app_settings.backup_folder()

        def restored(result) -> None:  # type: ignore[no-untyped-def]
            self._update_title()
            self.refresh_sections()
            message = self.tr("The data was restored from %1. What was there before is kept in %2.") \
                .replace("%1", str(result.restored_from)).replace("%2", str(result.previous_kept_as))
            if result.forgotten_again:
                message += "\n\n" + self.tr("People forgotten earlier and forgotten again now: %n.", "",
                                             result.forgotten_again)
            QMessageBox.information(self, self.tr("Restored"), message)

        def failed(error: BaseException) -> bool:
            if isinstance(error, (OSError, sqlite3.Error)):
                QMessageBox.warning(self, self.tr("Restore failed"), self.tr(
                    "The backup could not be restored: %1. The data was left as it was; close the program "
                    "at the other front desks and try again.").replace("%1", str(error)))
                return True
            if isinstance(error, DatabaseProblem):
                QMessageBox.warning(self, self.tr("Restore refused"), str(error))
                return True
            return False

        return Operation(self, self.database, lambda database, _progress: restore_backup(database, path, folder)) \
            .with_progress(self.tr("Restoring…"), cancellable=False) \
            .refusal_title(self.tr("Restore refused")).failure(failed).success(restored).run()

    def move_to_server(self) -> None:
        from ngo_desktop.services.backup.transfer import move_to_server

        url, accepted = QInputDialog.getText(
            self, self.tr("Move my data to a server"),
            self.tr("Address of an empty PostgreSQL database, e.g. postgresql+psycopg://user@server/ngo"))
        if not accepted or not url.strip():
            return

        def moved(report) -> None:  # type: ignore[no-untyped-def]
            message = self.tr(
                "%1 rows were copied to %2 and every table's count matches. Enter the server's address in "
                "Settings → Database and restart to work on it; this file stays as it was.") \
                .replace("%1", str(report.total_rows)).replace("%2", report.server)
            if report.forgotten_again:
                message += "\n\n" + self.tr("People forgotten earlier and forgotten again now: %n.", "",
                                             report.forgotten_again)
            QMessageBox.information(self, self.tr("Data moved"), message)

        Operation(self, self.database,
                  lambda database, progress: move_to_server(database, url.strip(), progress=progress.report)) \
            .with_progress(self.tr("Copying the data to the server…"), cancellable=False) \
            .refusal_title(self.tr("The data was not moved")).success(moved).run()

    def open_audit_log(self) -> None:
        from ngo_desktop.views.audit.dialog import AuditLogDialog

        AuditLogDialog(self.database, self).exec()

    def open_guide(self) -> None:
        """The user guide at the page of the section shown; one window, raised when already open."""
        from ngo_desktop.views.guide import UserGuide

        if self.guide is None:
            self.guide = UserGuide(self)
        self.guide.show()
        self.guide.show_page(self.current_section_key())
        self.guide.raise_()
        self.guide.activateWindow()

    def open_users(self) -> None:
        from ngo_desktop.views.users_dialog import UsersDialog

        UsersDialog(self.database, self).exec()

    # --- who is signed in -----------------------------------------------------------------
    def _ask_who_is_signed_in(self) -> None:
        Operation(self, self.database, _signed_in).success(self.limit_to_role).run()

    def limit_to_role(self, person: SignedIn) -> None:
        """Show who is signed in and hide what their role may not do (the server refuses it anyway)."""
        self.signed_in = person
        if person.shared:
            from ngo_desktop.services.users import role_label

            self.signed_in_label.setText(self.tr("Signed in: %1 (%2)").replace("%1", person.name)
                                         .replace("%2", role_label(person.role)))
            self.signed_in_label.setToolTip(person.login)
            self.signed_in_label.show()
        administrator = person.is_administrator
        for action in (self.backup_action, self.restore_action, self.demo_action, self.move_action):
            action.setVisible(administrator)
        self.users_action.setVisible(administrator and person.shared)
        for page in self._pages.values():
            _limit_to_role(page, person)

    def open_settings(self) -> None:
        from ngo_desktop.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.database, self, signed_in=self.signed_in)
        if dialog.exec():
            self.database.operator = app_settings.operator_name()
            self._update_title()
            if dialog.restart_needed:
                QMessageBox.information(self, self.tr("Settings saved"), dialog.restart_message())

    def load_demo_data(self) -> None:
        from ngo_desktop.views.welcome_dialog import load_demo_data_with_feedback

        def loaded() -> None:
            self._update_title()
            self.refresh_sections()

        load_demo_data_with_feedback(self.database, self, loaded=loaded)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ngo_desktop"),
            self.tr("ngo_desktop %1\nThe front-desk program of an NGO support centre.\n\nDatabase: %2")
            .replace("%1", __version__).replace("%2", self.database.describe()),
        )

    def ask_operator_if_unknown(self) -> None:
        """Until someone at this desk has given a name, ask for it (at each start: 'Later' is allowed);
        changes and printouts from then on carry that name instead of the computer's login."""
        if app_settings.stored_operator_name():
            return
        from ngo_desktop.views.operator_dialog import OperatorNameDialog

        if OperatorNameDialog(self).exec():
            self.database.operator = app_settings.operator_name()

    def offer_welcome_if_new(self) -> None:
        """On a first start with an empty database, ask for the centre's details or demo data."""
        from ngo_desktop.services.centre import count_data, get_centre_details

        def is_new(database: Database) -> bool:
            return not get_centre_details(database).is_filled_in and count_data(database).is_empty

        def offer(new: bool) -> None:
            if not new:
                return
            from ngo_desktop.views.welcome_dialog import WelcomeDialog

            WelcomeDialog(self.database, self).exec()
            self._update_title()
            self.refresh_sections()

        Operation(self, self.database, is_new).success(offer).run()

    def _update_title(self) -> None:
        """The centre's name in the window's title, read off the GUI thread."""

        def show(centre: str) -> None:
            self.setWindowTitle(f"{centre} — ngo_desktop" if centre else "ngo_desktop")

        Operation(self, self.database, _centre_name).success(show).run()

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
        self._initial_row = keys.index(last) if last in keys else 0
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(self._initial_row)
        self.navigation.blockSignals(False)
        self.stack.setCurrentWidget(self._placeholders[SECTIONS[self._initial_row].key])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not may_quit(self, lambda: [info.title for info in SECTIONS
                                       if (page := self._pages.get(info.key)) is not None and page.has_unsaved_edits()]):
            event.ignore()
            return
        store = settings()
        store.setValue(GEOMETRY_KEY, self.saveGeometry())
        store.setValue(STATE_KEY, self.saveState())
        store.setValue(SPLITTER_KEY, self.splitter.saveState())
        store.setValue(SECTION_KEY, self.current_section_key())
        for page in self._pages.values():
            page.save_layout()
        store.sync()
        self.change_timer.stop()
        if self.prebuilder is not None:
            self.prebuilder.stop()
        self.change_relay.close()
        if self.change_watcher is not None:
            self.change_watcher.close()
        super().closeEvent(event)


def _dim(label: QLabel) -> None:
    """Grey text, as a style sheet's ``palette(placeholder-text)`` would give, without a style sheet:
    the first widget with one makes Qt build its style-sheet machinery (half a MiB and a few ms
    while the window is built)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)


def _signed_in(database: Database) -> SignedIn:
    """Worker thread; the users' service is imported there too, while the window paints its frame."""
    from ngo_desktop.services.users import signed_in

    return signed_in(database)


def _centre_name(database: Database) -> str:
    """Worker thread; the service's module is imported there too, off the GUI thread."""
    from ngo_desktop.services.centre import centre_name

    return centre_name(database)


def _limit_to_role(page: Section, person: SignedIn) -> None:
    """A section that has buttons a role may not use hides them (``limit_to_role``, optional)."""
    limit = getattr(page, "limit_to_role", None)
    if limit is not None:
        limit(person)


def _is_busy(page: Section) -> bool:
    """A section with a form half filled in, a drag under way or a table cell being edited is not
    refreshed under the user."""
    if page.has_unsaved_edits():
        return True
    assert isinstance(page, QWidget)
    focused = QApplication.focusWidget()
    if focused is None or not page.isAncestorOf(focused):
        return False
    parent = focused.parentWidget()
    return parent is not None and isinstance(parent.parentWidget(), QAbstractItemView)
