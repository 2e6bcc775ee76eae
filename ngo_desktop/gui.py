"""Starting the window: application object, language, database, first-start welcome."""

from __future__ import annotations

import sys

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
    window.show()
    window.offer_welcome_if_new()
    try:
        return application.exec()
    finally:
        opened.dispose()
