"""Starting the window: application object, language, database, first-start welcome."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ngo_desktop import settings
from ngo_desktop.db import DatabaseProblem, choose_database_url, open_database
from ngo_desktop.i18n import install_language, translate
from ngo_desktop.paths import ICONS_DIR, set_application_identity


def run_gui(*, database: str | None = None, language: str | None = None) -> int:
    set_application_identity()
    application = QApplication.instance() or QApplication(sys.argv[:1])
    application.setWindowIcon(QIcon(str(ICONS_DIR / "ngo_desktop.svg")))
    install_language(language or settings.language())
    try:
        opened = open_database(choose_database_url(database, settings.database_location()))
    except DatabaseProblem as problem:
        QMessageBox.critical(None, translate("Startup", "The database cannot be opened"), str(problem))
        return 1

    from ngo_desktop.views.main_window import MainWindow

    window = MainWindow(opened)
    if os.environ.get("NGO_DESKTOP_EXIT_AFTER_FIRST_PAINT"):
        _quit_after_first_paint(window, application)
    window.show()
    window.offer_welcome_if_new()
    try:
        return application.exec()
    finally:
        opened.dispose()


class _FirstPaintQuitter(QObject):
    """For bench/startup.py: ends the program once the main window has painted itself."""

    def __init__(self, application: QApplication) -> None:
        super().__init__()
        self._application = application

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._application.quit)
        return False


def _quit_after_first_paint(window: QObject, application: QApplication) -> None:
    quitter = _FirstPaintQuitter(application)
    quitter.setParent(window)
    window.installEventFilter(quitter)
