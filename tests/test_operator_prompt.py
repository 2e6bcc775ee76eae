"""Who works at this desk: asked on the first start of the window, kept in the settings, written to
the audit log and the printed-documents register by the window and the command line alike."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ngo_desktop import settings
from ngo_desktop.app import main
from ngo_desktop.database.core import default_operator
from ngo_desktop.database.desk import open_desk_database
from ngo_desktop.models import AuditEntry, PrintedDocument
from ngo_desktop.services.bookings.rooms import SiteInput, create_site
from ngo_desktop.views.main_window import MainWindow
from ngo_desktop.views.operator_dialog import OperatorNameDialog


def test_the_dialog_is_latvian_starts_empty_and_needs_a_name(qtbot) -> None:
    dialog = OperatorNameDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Kas strādā šajā darba vietā?"
    assert dialog.name.text() == "" and not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.name, "   ")
    assert not dialog.save_button.isEnabled()
    # QTest types Latin-1 only; the name goes in as a paste would.
    dialog.name.setText("  Anna   Bērziņa ")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == OperatorNameDialog.DialogCode.Accepted
    assert settings.stored_operator_name() == "Anna Bērziņa"
    assert settings.operator_name() == "Anna Bērziņa"


def _answer_the_prompt_with(qtbot, name: str | None) -> list[str]:  # type: ignore[no-untyped-def]
    """Answers the modal dialog once it is up: types ``name`` and saves, or 'Later' for None."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OperatorNameDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.windowTitle())
        if name is None:
            qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
        else:
            dialog.name.setText(name)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def _start_window(qtbot, database) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(database, ask_operator=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    return window


def test_first_start_asks_the_name_and_changes_are_recorded_under_it(qtbot, database) -> None:
    database.operator = default_operator()
    seen = _answer_the_prompt_with(qtbot, "Anna Bērziņa")
    _start_window(qtbot, database)
    qtbot.waitUntil(lambda: database.operator == "Anna Bērziņa")
    assert seen == ["Kas strādā šajā darba vietā?"]
    assert settings.stored_operator_name() == "Anna Bērziņa"
    create_site(database, SiteInput(name="Alūksnes NVO nams"))
    with database.read_session() as session:
        assert session.scalars(select(AuditEntry.operator)).all() == ["Anna Bērziņa"]


def test_later_keeps_the_login_name_and_asks_again_next_start(qtbot, database) -> None:
    database.operator = default_operator()
    seen = _answer_the_prompt_with(qtbot, None)
    _start_window(qtbot, database)
    qtbot.waitUntil(lambda: seen != [])
    assert settings.stored_operator_name() == ""
    assert database.operator == default_operator()
    again = _answer_the_prompt_with(qtbot, "Reģistratūra")
    _start_window(qtbot, database)
    qtbot.waitUntil(lambda: database.operator == "Reģistratūra")
    assert len(again) == 1


def test_a_desk_with_a_name_is_not_asked(qtbot, database, monkeypatch) -> None:
    settings.save_operator_name("Jānis Kalniņš")
    shown = []
    monkeypatch.setattr(OperatorNameDialog, "exec", lambda self: shown.append(self) or 0)
    _start_window(qtbot, database)
    assert shown == []


def test_the_command_line_uses_the_stored_name_or_the_login(tmp_path, capsys) -> None:
    path = tmp_path / "centrs.sqlite3"
    opened = open_desk_database(str(path))
    assert opened.operator == default_operator()
    opened.dispose()
    settings.save_operator_name("Anna Bērziņa")
    assert main(["--database", str(path), "demo"]) == 0
    pdf = tmp_path / "katalogs.pdf"
    assert main(["--database", str(path), "print", "directory", "-o", str(pdf)]) == 0
    assert pdf.stat().st_size > 0
    opened = open_desk_database(str(path))
    try:
        with opened.read_session() as session:
            assert session.scalars(select(PrintedDocument.operator)).all() == ["Anna Bērziņa"]
    finally:
        opened.dispose()
