"""The window and people on the shared server (issue #18): who is signed in, what is hidden, the Users
dialog, the sign-in at start, and a server refusal shown as one line. Needs NGO_DESKTOP_TEST_POSTGRES_URL
for the server tests; the SQLite ones always run.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import make_url

from ngo_desktop import gui
from ngo_desktop.database.core import Database
from ngo_desktop.services import users
from ngo_desktop.services.bookings import rooms
from ngo_desktop.views.main_window import MainWindow
from ngo_desktop.views.operations import Operation
from ngo_desktop.views.sign_in_dialog import SignInDialog
from ngo_desktop.views.users_dialog import UsersDialog
from tests.test_main_window import make_window
from tests.users_helpers import PASSWORD

# The people fixtures (postgres, person), shared with test_users.py.
pytest_plugins = ["tests.users_fixtures"]


@pytest.fixture
def shown_messages(monkeypatch) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, title, text, *rest, **named: shown.append(
            (title, text)) or QMessageBox.StandardButton.Ok)
    return shown


def test_on_sqlite_nobody_signs_in_and_nothing_is_hidden(qtbot, database: Database, wait_for_operations,
                                                         english) -> None:
    if not database.is_sqlite:
        pytest.skip("about the SQLite file")
    with signed_in_window(qtbot, database, wait_for_operations) as window:
        assert window.signed_in is not None and not window.signed_in.shared
        assert window.signed_in_label.isHidden()
        assert window.backup_action.isVisible() and window.restore_action.isVisible()
        assert not window.users_action.isVisible()


def test_a_volunteer_sees_who_is_signed_in_and_no_booking_or_backup(qtbot, person, wait_for_operations,
                                                                    english) -> None:
    volunteer = person("ilze", "volunteer")
    with signed_in_window(qtbot, volunteer, wait_for_operations) as window:
        assert window.signed_in_label.text() == "Signed in: Ilze Bērziņa (volunteer)"
        for action in (window.backup_action, window.restore_action, window.users_action, window.demo_action):
            assert not action.isVisible()
        bookings = window.section_widget(window_section(window, "bookings"))
        assert all(button.isHidden() for button in bookings._booking_buttons)
        assert not any(action.isVisible() for action in bookings._administrator_actions)
        assert bookings._first_room_button.isHidden()
        fairs = window.section_widget(window_section(window, "fairs"))
        assert fairs.new_button.isHidden()
        assert all(widget.isHidden() for widget in fairs.details_page._price_editing)
        organisations = window.section_widget(window_section(window, "organisations"))
        assert organisations.new_button.isHidden() and organisations.import_button.isHidden()
        premises = window.section_widget(window_section(window, "premises"))
        assert premises.premises_page.add_button.isHidden()
        window.show_section("bookings")
        window.resize(1280, 800)
        window.grab().save("/tmp/volunteer_window.png")


def test_a_desk_user_books_but_sees_no_rooms_prices_or_users(qtbot, person, wait_for_operations, english) -> None:
    desk = person("anna", "desk")
    with signed_in_window(qtbot, desk, wait_for_operations) as window:
        assert window.signed_in_label.text() == "Signed in: Anna Bērziņa (desk)"
        bookings = window.section_widget(window_section(window, "bookings"))
        assert not any(button.isHidden() for button in bookings._booking_buttons)
        assert not any(action.isVisible() for action in bookings._administrator_actions)
        assert not window.users_action.isVisible() and not window.restore_action.isVisible()
        organisations = window.section_widget(window_section(window, "organisations"))
        assert not organisations.new_button.isHidden()


def test_an_administrator_gets_the_users_dialog(qtbot, person, wait_for_operations, english) -> None:
    administrator = person("liga", "administrator")
    with signed_in_window(qtbot, administrator, wait_for_operations) as window:
        assert window.users_action.isVisible() and window.restore_action.isVisible()


def test_the_users_dialog_lists_changes_the_role_and_disables(qtbot, postgres: Database, person,
                                                              wait_for_operations, monkeypatch, english) -> None:
    volunteer = person("ilze", "volunteer")
    login = make_url(volunteer.url).username
    dialog = UsersDialog(postgres)
    qtbot.addWidget(dialog)
    wait_for_operations()
    row = [dialog.table.item(index, 0).text() for index in range(dialog.table.rowCount())].index(login)
    assert dialog.table.item(row, 1).text() == "Ilze Bērziņa"
    assert dialog.table.item(row, 2).text() == "volunteer"
    dialog.table.selectRow(row)
    dialog.role.setCurrentIndex(dialog.role.findData("desk"))
    dialog.role_button.click()
    wait_for_operations()
    assert dialog.table.item(row, 2).text() == "desk"
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **named: QMessageBox.StandardButton.Yes)
    dialog.disable_button.click()
    wait_for_operations()
    assert dialog.table.item(row, 3).text() == "no (disabled)"
    person_now = next(found for found in users.list_people(postgres) if found.login == login)
    assert person_now.role == "desk" and not person_now.can_sign_in
    dialog.grab().save("/tmp/users_dialog.png")


def test_a_refusal_by_the_server_is_one_line_in_the_window(qtbot, postgres: Database, person, shown_messages,
                                                           wait_for_operations, english) -> None:
    site = rooms.create_site(postgres, rooms.SiteInput(name="Pils iela 14"))
    desk = person("anna", "desk")
    parent = QWidget()
    qtbot.addWidget(parent)
    Operation(parent, desk, lambda db: rooms.create_room(db, rooms.RoomInput(
        site_id=site.id, name="Jaunā telpa", capacity=4))).refusal_title("Room not saved").run()
    wait_for_operations()
    assert len(shown_messages) == 1
    title, text = shown_messages[0]
    assert title == "Room not saved" and "does not allow this change" in text and "\n" not in text


def test_the_window_asks_for_the_password_at_start_and_retries(qtbot, postgres: Database, person, monkeypatch,
                                                               english) -> None:
    desk = person("anna", "desk")
    login = make_url(desk.url).username
    without_password = make_url(desk.url).set(password="").render_as_string(hide_password=False) \
        .replace(":@", "@")
    answers = iter(["wrong-password", PASSWORD])
    asked: list[tuple[str, str]] = []

    def answer(dialog: SignInDialog) -> int:
        asked.append((dialog.login.text(), dialog.problem.text()))
        dialog.password.setText(next(answers))
        return 1

    monkeypatch.setattr(SignInDialog, "exec", answer)
    opened = gui._open_database(without_password)
    assert opened is not None
    try:
        assert users.signed_in(opened).login == login
    finally:
        opened.dispose()
    assert asked[0] == (login, "")
    assert "did not accept" in asked[1][1]


@contextmanager
def signed_in_window(qtbot, database: Database,  # type: ignore[no-untyped-def]
                     wait_for_operations) -> Iterator[MainWindow]:
    window = make_window(qtbot, database)
    wait_for_operations()
    yield window
    # Gone while the login still exists: its timers would otherwise query as a dropped login.
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    wait_for_operations()


def window_section(window, key: str):  # type: ignore[no-untyped-def]
    from ngo_desktop.views.sections import SECTIONS

    return next(section for section in SECTIONS if section.key == key)
