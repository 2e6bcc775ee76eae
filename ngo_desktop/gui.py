"""Starting the window: application object, language, database, first-start welcome."""

from __future__ import annotations

import linecache
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
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
from ngo_desktop.database.core import (
    Database,
    DatabaseDamaged,
    DatabaseProblem,
    asks_for_password,
    sign_in_problem,
)
from ngo_desktop.errors import DomainError
from ngo_desktop.i18n import install_language, translate
from ngo_desktop.paths import set_application_identity
from ngo_desktop.views.icons import png_icon


def run_gui(*, database: str | None = None, language: str | None = None) -> int:
    set_application_identity()
    application = QApplication.instance() or QApplication(sys.argv[:1])
    application.setWindowIcon(png_icon("ngo_desktop"))
    install_language(language or settings.language())
    from ngo_desktop.views.style import install_style

    install_style(application)
    opened = _open_database(database)
    if opened is None:
        return 1

    from ngo_desktop.views.main_window import MainWindow

    # PySide6's import hook has read the source of every module imported since PySide6 into
    # linecache (as sections.SectionInfo.create explains); dropped before the window is built, that
    # memory serves the window instead of adding to the start's peak (0.9 MiB, issue #16).
    linecache.clearcache()
    window = MainWindow(opened, offer_welcome=True, ask_operator=True, back_up_on_start=True, prebuild_sections=True)
    if os.environ.get("NGO_DESKTOP_REPORT_WHEN_READY"):
        window.ready.connect(lambda: _report_texts_when_filled(window))
    window.show()
    try:
        return application.exec()
    finally:
        from ngo_desktop.views.operations import wait_for_workers

        wait_for_workers()
        opened.dispose()


def _open_database(cli_value: str | None) -> Database | None:
    """The desk's database, or None after a refusal (already shown to the user).

    The whole-file check (``PRAGMA quick_check``) is left to the first automatic backup a few
    seconds later, so a large database does not slow the start; the cheap checks run here.
    A damaged or emptied file with a good automatic copy is offered to be restored from it.
    """
    from sqlalchemy.exc import OperationalError

    from ngo_desktop.database.desk import open_desk_database

    try:
        return open_desk_database(cli_value, verify=False)
    except OperationalError as refused:
        detail = _first_line(refused)
        if asks_for_password(detail):
            return _signed_in(cli_value)
        QMessageBox.critical(None, translate("Startup", "The database cannot be opened"),
                             sign_in_problem(detail) or _server_away(detail))
        return None
    except DatabaseDamaged as damaged:
        if damaged.good_backup is None or not _restore_asked(damaged):
            return None
        try:
            _restore_newest_good(cli_value, damaged.good_backup)
            return open_desk_database(cli_value, verify=False)
        except (DatabaseProblem, DomainError, OSError) as problem:
            QMessageBox.critical(None, translate("Startup", "The database cannot be opened"), str(problem))
            return None
    except DatabaseProblem as problem:
        QMessageBox.critical(None, translate("Startup", "The database cannot be opened"), str(problem))
        return None


def _first_line(error: Exception) -> str:
    original = getattr(error, "orig", None) or error
    return " ".join(str(original).strip().splitlines()[:1])


def _server_away(detail: str) -> str:
    return translate("Startup", "The database server cannot be used ({detail}). Check that the server is "
                                "running and the address in Settings is right.").format(detail=detail)


def _signed_in(cli_value: str | None) -> Database | None:
    """Ask for the login and password until the server accepts them (or the person gives up).

    "Remember" keeps the password in the credential store under the login typed, as Settings does."""
    from sqlalchemy import make_url
    from sqlalchemy.exc import OperationalError

    from ngo_desktop import settings
    from ngo_desktop.database.core import choose_database_url
    from ngo_desktop.database.desk import open_desk_database
    from ngo_desktop.views.sign_in_dialog import SignInDialog

    url = make_url(choose_database_url(cli_value, settings.database_location()))
    login, problem = url.username or "", ""
    while True:
        dialog = SignInDialog(login, f"{url.host or 'localhost'}/{url.database}", problem)
        if not dialog.exec():
            return None
        login = dialog.login.text().strip()
        password = dialog.password.text()
        with_password = url.set(username=login, password=password).render_as_string(hide_password=False)
        try:
            opened = open_desk_database(with_password, verify=False)
        except OperationalError as refused:
            detail = _first_line(refused)
            if not asks_for_password(detail):
                QMessageBox.critical(None, translate("Startup", "The database cannot be opened"),
                                     sign_in_problem(detail) or _server_away(detail))
                return None
            problem = translate("Startup", "The server did not accept this login and password; type them "
                                           "again.")
            continue
        except DatabaseProblem as unusable:
            QMessageBox.critical(None, translate("Startup", "The database cannot be opened"), str(unusable))
            return None
        if dialog.remember.isChecked():
            try:
                settings.store_password(with_password, password)
            except Exception:  # noqa: BLE001 - no usable credential store: say so, the sign-in stands
                QMessageBox.warning(None, translate("Startup", "Password not remembered"), translate(
                    "Startup", "This computer has no credential store, so the password was not remembered. "
                               "Use the password file (.pgpass) instead; see the user guide."))
        return opened


def _restore_asked(damaged: DatabaseDamaged) -> bool:
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Startup", "The database is damaged"), translate(
        "Startup", "The database {path} is damaged ({detail}); it was left untouched.\n\nThe newest good backup is "
                   "{backup}. Restore it now? The damaged file is kept as a backup first.").format(
        path=damaged.path, detail=damaged.detail, backup=damaged.good_backup))
    restore = box.addButton(translate("Startup", "Restore the newest good backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore


def _restore_newest_good(cli_value: str | None, backup: Path) -> None:
    from ngo_desktop.database.desk import open_desk_database
    from ngo_desktop.services.backup.copies import restore_backup

    database = open_desk_database(cli_value, replacing=True)
    try:
        result = restore_backup(database, backup, settings.backup_folder())
    finally:
        database.dispose()
    message = translate("Startup", "The data was restored from {backup}; the damaged file is kept as {kept}.").format(
        backup=backup, kept=result.previous_kept_as)
    forgotten_again = result.forgotten_again  # lupdate misses a translate() whose count is an expression
    if forgotten_again:
        message += "\n\n" + translate("Startup", "People forgotten earlier and forgotten again now: %n.", "",
                                       forgotten_again)
    QMessageBox.information(None, translate("Startup", "Restored"), message)


def _report_texts_when_filled(window: QMainWindow) -> None:
    """For tools/smoke.py: once the first section is built and every query it started has answered,
    print the window's title and the texts a person sees (side bar, labels, buttons, choices), one a
    line, then end the process. This is how an installed program or a bundle shows, without Python
    or a screen, that its window starts, reads its database and speaks the chosen language."""
    from ngo_desktop.views.operations import is_idle

    if not is_idle():
        QTimer.singleShot(20, lambda: _report_texts_when_filled(window))
        return
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
