"""Starting the window: application object, language, database, first-start welcome."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from ngo_desktop import settings
from ngo_desktop.db import Database, DatabaseProblem
from ngo_desktop.i18n import install_language, translate
from ngo_desktop.paths import set_application_identity
from ngo_desktop.resource_files import APPLICATION_ICON


def run_gui(*, database: str | None = None, language: str | None = None) -> int:
    set_application_identity()
    application = QApplication.instance() or QApplication(sys.argv[:1])
    application.setWindowIcon(QIcon(str(APPLICATION_ICON)))
    install_language(language or settings.language())
    opened = _open_database(database)
    if opened is None:
        return 1

    from ngo_desktop.views.main_window import MainWindow

    window = MainWindow(opened, offer_welcome=True, ask_operator=True, back_up_on_start=True)
    if os.environ.get("NGO_DESKTOP_EXIT_AFTER_FIRST_PAINT"):
        _quit_after_first_paint(window, application)
    elif os.environ.get("NGO_DESKTOP_EXIT_WHEN_READY"):
        window.ready.connect(lambda: _quit_after_first_paint(window, application, repaint=True))
    elif os.environ.get("NGO_DESKTOP_REPORT_WHEN_READY"):
        window.ready.connect(lambda: _report_texts_and_exit(window))
    window.show()
    try:
        return application.exec()
    finally:
        opened.dispose()


def _open_database(cli_value: str | None) -> Database | None:
    """The desk's database, or None after a refusal (already shown to the user)."""
    from ngo_desktop.desk_database import open_desk_database

    try:
        return open_desk_database(cli_value)
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


def _report_texts_and_exit(window: QMainWindow) -> None:
    """For tools/smoke.py: once the first section is built and filled, print the window's title and
    the texts a person sees (side bar, labels, buttons, choices), one a line, then end the process.
    This is how an installed program or a bundle shows, without Python or a screen, that its window
    starts and speaks the chosen language."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QListWidget):
            texts.extend(widget.item(row).text() for row in range(widget.count()))
        elif isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
    sys.stdout.write("".join(f"{text}\n" for text in texts if text.strip()))
    sys.stdout.flush()
    os._exit(0)


def _quit_after_first_paint(window: QWidget, application: QApplication, *, repaint: bool = False) -> None:
    reporter = _FirstPaintReporter(window)
    window.installEventFilter(reporter)
    if repaint:
        window.update()
