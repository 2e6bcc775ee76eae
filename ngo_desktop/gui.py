"""Starting the window: application object, language, database, first-start welcome."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ngo_desktop import settings
from ngo_desktop.db import Database, DatabaseProblem, choose_database_url, open_database, sqlite_file_of
from ngo_desktop.i18n import install_language, translate
from ngo_desktop.paths import ICONS_DIR, set_application_identity


def run_gui(*, database: str | None = None, language: str | None = None) -> int:
    set_application_identity()
    application = QApplication.instance() or QApplication(sys.argv[:1])
    application.setWindowIcon(QIcon(str(ICONS_DIR / "ngo_desktop.svg")))
    install_language(language or settings.language())
    opened = _open_database(database)
    if opened is None:
        return 1

    from ngo_desktop.views.main_window import MainWindow

    window = MainWindow(opened, offer_welcome=True, back_up_on_start=True)
    if os.environ.get("NGO_DESKTOP_EXIT_AFTER_FIRST_PAINT"):
        _quit_after_first_paint(window, application)
    elif os.environ.get("NGO_DESKTOP_EXIT_WHEN_READY"):
        window.ready.connect(lambda: _quit_after_first_paint(window, application, repaint=True))
    window.show()
    try:
        return application.exec()
    finally:
        opened.dispose()


def _open_database(cli_value: str | None) -> Database | None:
    """Open the database; None after a refusal (already shown to the user).

    A file that has been backed up before must still exist: a missing one is reported, never
    silently replaced by an empty database (a new file name is still created on first use).
    """
    from ngo_desktop import desk_settings
    from ngo_desktop.services.backup import automatic_backups

    url = choose_database_url(cli_value, settings.database_location())
    source = sqlite_file_of(url)
    # The routine start-up copy is made by the window right after it appears (a large file takes a
    # while); a migration still copies the file first, inside open_database, before touching it.
    used_before = source is not None and bool(automatic_backups(source, settings.backup_folder()))
    try:
        return open_database(url, operator=desk_settings.operator_name(), backup_dir=settings.backup_folder(),
                             must_exist=used_before)
    except DatabaseProblem as problem:
        QMessageBox.critical(None, translate("Startup", "The database cannot be opened"), str(problem))
        return None


class _FirstPaintReporter(QObject):
    """For bench/startup.py: once the window has painted, prints the wall-clock time and ends the
    process at once, so the benchmark measures start-up and not shutting down."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            # Queued: runs once this paint has been drawn, before anything queued after it.
            QTimer.singleShot(0, _report_painted_and_exit)
        return False


def _report_painted_and_exit() -> None:
    sys.stdout.write(f"painted {time.time():.6f}\n")
    sys.stdout.flush()
    os._exit(0)


def _quit_after_first_paint(window: QWidget, application: QApplication, *, repaint: bool = False) -> None:
    reporter = _FirstPaintReporter(window)
    window.installEventFilter(reporter)
    if repaint:
        window.update()
