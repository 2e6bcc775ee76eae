"""Starting the window: application object, language, database, first-start welcome."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ngo_desktop import settings
from ngo_desktop.db import Database, DatabaseProblem
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
    window.show()
    try:
        return application.exec()
    finally:
        from ngo_desktop.views.operations import wait_for_workers

        wait_for_workers()
        opened.dispose()


def _open_database(cli_value: str | None) -> Database | None:
    """The desk's database, or None after a refusal (already shown to the user)."""
    from ngo_desktop.desk_database import open_desk_database

    try:
        return open_desk_database(cli_value)
    except DatabaseProblem as problem:
        QMessageBox.critical(None, translate("Startup", "The database cannot be opened"), str(problem))
        return None
