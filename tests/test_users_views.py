"""The window and people on the shared server (issue #18): who is signed in, what is hidden, the Users
dialog, the sign-in at start, and a server refusal shown as one line. Needs NGO_DESKTOP_TEST_POSTGRES_URL
for the server tests; the SQLite ones always run.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QWidget
from sqlalchemy import make_url

from ngo_desktop import gui
from ngo_desktop.database.core import Database
from ngo_desktop.services import users
from ngo_desktop.services.bookings import rooms
from ngo_desktop.services.centre import CentreDetails, get_centre_details, save_centre_details
from ngo_desktop.services.fairs import layouts as stall_layouts
from ngo_desktop.services.premises.registry import get_premises
from ngo_desktop.views.main_window import MainWindow
from ngo_desktop.views.operations import Operation
from ngo_desktop.views.premises.premises_form import PremisesDialog
from ngo_desktop.views.settings_dialog import SettingsDialog
from ngo_desktop.views.sign_in_dialog import SignInDialog
from ngo_desktop.views.users_dialog import UsersDialog
from tests.bookings_fixtures import build_centre
from tests.fairs_fixtures import apply_all, build_market
from tests.premises_fixtures import build_shared_salon
from tests.test_main_window import make_window
from tests.users_helpers import PASSWORD

# The people fixtures (postgres, person), shared with test_users.py.


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


def test_a_volunteer_only_looks_at_vendors_and_the_stall_plan(qtbot, postgres: Database, person,
                                                               wait_for_operations, latvian) -> None:
    market = build_market(postgres)
    apply_all(postgres, market)
    volunteer = person("ilze", "volunteer")
    with signed_in_window(qtbot, volunteer, wait_for_operations) as window:
        window.resize(1280, 800)
        window.show_section("fairs")
        fairs = window._pages["fairs"]
        wait_for_operations()
        vendors = fairs.vendors_page
        shown = [text for text, button in vendors.buttons.items() if not button.isHidden()]
        assert shown == ["Eksportēt tirdzniecības vietas…"]  # only reads; check-in is on its own tab
        assert vendors.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        fairs.tabs.setCurrentWidget(vendors)
        wait_for_operations()
        vendors.grab().save("/tmp/volunteer_vendors.png")

        fairs.tabs.setCurrentWidget(fairs.plan_page)
        wait_for_operations()
        plan = fairs.plan_page
        assert len(plan.scene.stall_items) == 3
        assert all(button.isHidden() for button in plan.editing_buttons)
        assert plan.create_plan_button.isHidden() and plan.reuse_plan_button.isHidden()
        assert not plan.vendor_table.dragEnabled() and plan.stall_form.apply_button.isHidden()
        stall = plan.scene.stall_items[market.stall_ids["1"]]
        landmark = next(iter(plan.scene.landmark_items.values()))
        assert not stall.flags() & stall.GraphicsItemFlag.ItemIsMovable
        assert not landmark.flags() & landmark.GraphicsItemFlag.ItemIsMovable
        assert not stall.acceptDrops()
        edits: list[object] = []
        plan.scene.plan_edited.connect(edits.append)
        before = stall.pos()
        viewport = plan.view.viewport()
        start = plan.view.mapFromScene(stall.mapToScene(stall.boundingRect().center()))
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(viewport, start + QPoint(5, 5))
        qtbot.mouseMove(viewport, start + QPoint(80, 60))
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(80, 60))
        plan.scene.turn_selected(90)
        wait_for_operations()
        assert stall.pos() == before and stall.rotation() == 0 and edits == []
        saved = {info.id: info.spec for info in stall_layouts.load_layout(postgres, market.layout_id).stalls}
        assert saved[stall.stall_id] == stall.spec
        assert stall.isSelected() and not plan.stall_form.isEnabled()  # chosen and shown, not editable
        plan.grab().save("/tmp/volunteer_plan.png")


def test_a_volunteer_lets_no_premises_and_records_no_payments(qtbot, postgres: Database, person,
                                                              wait_for_operations, english) -> None:
    build_shared_salon(postgres)
    volunteer = person("ilze", "volunteer")
    with signed_in_window(qtbot, volunteer, wait_for_operations) as window:
        window.show_section("premises")
        premises = window._pages["premises"]
        wait_for_operations()
        page = premises.premises_page
        for button in (page.add_button, page.edit_button, page.archive_button, page.let_button,
                       page.edit_tenancy_button, page.end_button):
            assert button.isHidden()
        assert not page.summary_button.isHidden()
        assert premises.statements.pay_button.isHidden() and not premises.statements.print_button.isHidden()


def test_a_volunteer_opens_an_organisation_read_only(qtbot, postgres: Database, person, wait_for_operations,
                                                     monkeypatch, english) -> None:
    from ngo_desktop.views.organisations.dialog import OrganisationDialog

    centre = build_centre(postgres)
    volunteer = person("ilze", "volunteer")
    seen: list[str] = []

    def look(dialog: OrganisationDialog) -> int:
        """Looked at while open: the section drops the dialog once exec() returns."""
        wait_for_operations()
        assert dialog.form.name.text() and not dialog.form.isEnabled()
        for button in (dialog.save_button, dialog.archive_button, dialog.delete_button,
                       dialog.contacts.add_button, dialog.contacts.remove_button, dialog.contacts.forget_button):
            assert button.isHidden()
        assert not dialog.contacts.export_button.isHidden()
        seen.append(dialog.form.name.text())
        return 0

    monkeypatch.setattr(OrganisationDialog, "exec", look)
    with signed_in_window(qtbot, volunteer, wait_for_operations) as window:
        window.show_section("organisations")
        organisations = window._pages["organisations"]
        wait_for_operations()
        organisations.new_item()  # Ctrl+N makes no organisation for a volunteer
        assert seen == []
        organisations.open_organisation(centre.member_id)
        assert len(seen) == 1


def test_a_desk_user_edits_premises_but_not_their_rent(qtbot, postgres: Database, person, wait_for_operations,
                                                       monkeypatch, english) -> None:
    salon = build_shared_salon(postgres)
    desk = person("anna", "desk")
    opened: list[PremisesDialog] = []
    monkeypatch.setattr(PremisesDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    with signed_in_window(qtbot, desk, wait_for_operations) as window:
        window.show_section("premises")
        page = window._pages["premises"].premises_page
        wait_for_operations()
        assert not page.let_button.isHidden() and not page.edit_tenancy_button.isHidden()
        page.select_premises(salon.premises_id)
        page.edit_premises()
        wait_for_operations()
        dialog = opened[0]
        assert not any(edit.isEnabled() for edit in (dialog.rent, dialog.electricity, dialog.water, dialog.heating))
        assert dialog.name.isEnabled() and not dialog.rent_note.isHidden()
        dialog.name.setText("Skaistumkopšanas salons „Pūpols”")
        dialog.save()
        wait_for_operations()
        saved = get_premises(postgres, salon.premises_id)
        assert saved.name == "Skaistumkopšanas salons „Pūpols”"  # the server took what the desk may change
        new = PremisesDialog(desk, None, may_change_rent=False)
        qtbot.addWidget(new)
        assert new.rent.isEnabled() and new.rent_note.isHidden()  # new premises come with their rent


def test_a_desk_user_sees_the_centre_read_only_in_settings(qtbot, postgres: Database, person,
                                                           wait_for_operations, latvian) -> None:
    save_centre_details(postgres, CentreDetails(name="Alūksnes NVO centrs"))
    desk = person("anna", "desk")
    dialog = SettingsDialog(desk)  # who is signed in is read with the details
    qtbot.addWidget(dialog)
    wait_for_operations()
    form = dialog.centre_form
    assert form.name.text() == "Alūksnes NVO centrs"
    assert not any(widget.isEnabled() for widget in (form.name, form.address, form.email, form.house_rules,
                                                     form.logo))
    assert not dialog.centre_note.isHidden()
    assert dialog.centre_note.text() == "Centra datus var mainīt tikai administrators."
    dialog.language.setCurrentIndex(dialog.language.findData("lv"))
    dialog.tabs.setCurrentWidget(form)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/desk_settings.png")
    dialog.save()  # this desk's own settings still save; the centre's details are not sent
    wait_for_operations()
    assert dialog.result() == dialog.DialogCode.Accepted
    administrator = person("liga", "administrator")
    allowed = SettingsDialog(administrator, signed_in=users.signed_in(administrator))
    qtbot.addWidget(allowed)
    wait_for_operations()
    assert allowed.centre_form.name.isEnabled() and allowed.centre_note.isHidden()


def test_the_settings_read_and_save_the_centre_on_the_worker(qtbot, database: Database, wait_for_operations,
                                                             english) -> None:
    save_centre_details(database, CentreDetails(name="Rīgas NVO nams", phone="+371 6700 0000"))
    dialog = SettingsDialog(database)
    qtbot.addWidget(dialog)
    # Nothing was read while the dialog was built: the details arrive from the worker.
    assert dialog.centre_form.name.text() == "" and not dialog.centre_form.name.isEnabled()
    wait_for_operations()
    assert dialog.centre_form.name.text() == "Rīgas NVO nams" and dialog.centre_form.name.isEnabled()
    dialog.show()
    assert not dialog.has_unsaved_changes()  # the details arriving are no change of the user's
    dialog.centre_form.email.setText("not an address")
    dialog.save()
    wait_for_operations()
    assert dialog.isVisible() and not dialog.centre_form._errors["email"].isHidden()
    assert get_centre_details(database).email == ""
    dialog.centre_form.email.setText("info@nvonams.lv")
    dialog.save()
    wait_for_operations()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert get_centre_details(database) == CentreDetails(name="Rīgas NVO nams", phone="+371 6700 0000",
                                                         email="info@nvonams.lv")


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
