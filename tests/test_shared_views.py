"""The shared-database parts of the window: refreshing on other desks' changes, the audit log viewer,
the server settings (password kept out of the settings), backup menu entries."""

from __future__ import annotations

import time
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractItemView, QMessageBox
from sqlalchemy import insert, select

from ngo_desktop.database.change_watch import ChangeWatcher
from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import open_database
from ngo_desktop.schema.documents import printed_document_table
from ngo_desktop.schema.enums import AuditAction
from ngo_desktop.services import audit
from ngo_desktop.services.bookings.rooms import RoomInput, SiteInput, create_room, create_site
from ngo_desktop.services.centre import CentreDetails, save_centre_details
from ngo_desktop.views.audit.dialog import AuditLogDialog
from ngo_desktop.views.main_window import PENDING_RETRY_MS, MainWindow
from ngo_desktop.views.settings_dialog import SettingsDialog
from tests.bookings_fixtures import add_organisation
from tests.qt_typing import type_text
from tests.unsaved_helpers import answer_questions


def _settings_dialog(qtbot, database) -> SettingsDialog:  # type: ignore[no-untyped-def]
    save_centre_details(database, CentreDetails(name="Alūksnes NVO centrs"))
    dialog = SettingsDialog(database)
    qtbot.addWidget(dialog)
    return dialog


def _other_desk(database):  # type: ignore[no-untyped-def]
    return open_database(database.url, operator="Otrā kase", migrate=False)


def _noticed_within(watcher: ChangeWatcher, *, seconds: float) -> bool:
    """Notifications reach the listener a moment after the commit, as on a real network."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if watcher.poll():
            return True
        time.sleep(0.02)
    return False


def _add_room(database, name: str = "Lielā zāle") -> None:  # type: ignore[no-untyped-def]
    site = create_site(database, SiteInput(name="Pils iela 14", address="Pils iela 14, Alūksne"))
    create_room(database, RoomInput(site_id=site.id, name=name, capacity=40))


def test_the_watcher_notices_another_desks_change_and_nothing_else(database) -> None:
    watcher = ChangeWatcher(database)
    other = _other_desk(database)
    announced: list[Changes] = []
    database.add_change_listener(announced.append)
    try:
        assert not watcher.poll()
        add_organisation(other, "Biedrība „Ūdensroze”")
        assert _noticed_within(watcher, seconds=2)
        assert not watcher.poll()
        add_organisation(database, "Biedrība „Rīts”")  # this desk's own change: announced, not watched
        assert not _noticed_within(watcher, seconds=0.5)
        assert len(announced) == 1 and announced[0].by_this_desk
        assert "organisation" in announced[0].kinds and announced[0].ids_of("organisation")
    finally:
        other.dispose()
        watcher.close()


def test_a_change_written_with_the_tables_alone_is_announced_noticed_and_all_or_nothing(database) -> None:
    """``write_connection`` (a printout's register entry, without the ORM) announces at this desk and
    notifies the other desks as a unit of work does, and keeps nothing of a block that fails."""
    watcher = ChangeWatcher(database)
    other = _other_desk(database)
    announced: list[Changes] = []
    database.add_change_listener(announced.append)
    try:
        with other.write_connection() as connection:
            connection.execute(insert(printed_document_table).values(
                kind="door-sign", title="Durvju zīme: Lielā zāle", parameters={}, operator="Otrā kase"))
        assert _noticed_within(watcher, seconds=2)
        with pytest.raises(RuntimeError), database.write_connection() as connection:
            connection.execute(insert(printed_document_table).values(
                kind="week-schedule", title="Nedēļas grafiks", parameters={}, operator="Kase"))
            raise RuntimeError("the printer jammed")
        assert announced == []
        with database.write_connection() as connection:
            audit.record_row(connection, operator="Kase", action=AuditAction.PRINT, entity="printed_document",
                             entity_id=None, summary="Durvju zīme: Lielā zāle")
        assert [(sorted(changes.kinds), changes.by_this_desk) for changes in announced] == [(["audit_entry"], True)]
        assert not _noticed_within(watcher, seconds=0.5)  # this desk's own
        with database.read_connection() as connection:
            titles = connection.scalars(select(printed_document_table.c.title)).all()
        assert titles == ["Durvju zīme: Lielā zāle"]
    finally:
        other.dispose()
        watcher.close()


def test_listening_resumes_after_the_server_was_away(database, monkeypatch) -> None:
    if database.is_sqlite:
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    from ngo_desktop.database import change_watch

    watcher = ChangeWatcher(database)
    other = _other_desk(database)
    real_connect = change_watch._listening_connection
    attempts: list[str] = []

    def server_away_once(url: str):  # type: ignore[no-untyped-def]
        attempts.append(url)
        if len(attempts) == 1:
            raise OSError("server away")
        return real_connect(url)

    monkeypatch.setattr(change_watch, "_listening_connection", server_away_once)
    try:
        watcher._listener.close()  # the network drops the connection
        assert watcher.poll() is None  # lost, and the first attempt to listen again fails
        polls = [watcher.poll() for _ in range(change_watch.RECONNECT_EVERY)]
        # Listening again; changes may have been missed meanwhile, so everything counts as changed.
        assert polls[-1] == Changes.everything() and len(attempts) == 2
        add_organisation(other, "Biedrība „Atgriešanās”")
        assert _noticed_within(watcher, seconds=2)
    finally:
        other.dispose()
        watcher.close()


def test_a_section_refreshes_by_itself_when_another_desk_adds_a_room(qtbot, database) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.show_section("bookings")
    page = window._pages["bookings"]
    qtbot.waitUntil(lambda: page.empty.isVisible())
    other = _other_desk(database)
    try:
        _add_room(other)
        qtbot.waitUntil(lambda: not page.empty.isVisible(), timeout=3000)
    finally:
        other.dispose()


def test_no_refresh_while_a_form_is_open_so_typing_is_not_lost(qtbot, database, monkeypatch) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.show_section("bookings")
    page = window._pages["bookings"]
    qtbot.waitUntil(lambda: page.empty.isVisible())
    dialog = SettingsDialog(database, window)
    dialog.setModal(True)
    dialog.show()
    type_text(dialog.operator, "Līga Bērziņa")
    other = _other_desk(database)
    try:
        _add_room(other)
        # The change arrived and is held back for the section (not merely not seen yet), and stays
        # held through two of the retries that look whether the form has closed.
        def held_back() -> bool:
            window.poll_changes()  # the timer's tick, without waiting up to a second for it
            return "bookings" in window._pending

        qtbot.waitUntil(held_back, timeout=3000)
        qtbot.wait(2 * PENDING_RETRY_MS)
        assert "bookings" in window._pending
        assert page.empty.isVisible()  # not refreshed under the open form
        assert dialog.operator.text() == "Līga Bērziņa"
        answer_questions(monkeypatch).answer = "discard"  # closing the changed form asks first
        dialog.reject()
        qtbot.waitUntil(lambda: not page.empty.isVisible(), timeout=3000)
    finally:
        other.dispose()


def test_the_audit_log_shows_who_did_what_filters_and_cannot_be_edited(qtbot, database, english,
                                                                       wait_for_operations) -> None:
    add_organisation(database, "Biedrība „Ūdensroze”")
    other = _other_desk(database)
    try:
        _add_room(other)
    finally:
        other.dispose()
    dialog = AuditLogDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    assert dialog.model.rowCount() >= 2
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    dialog.operator.setCurrentIndex(dialog.operator.findData("Otrā kase"))
    wait_for_operations()
    operators = {dialog.model.index(row, 1).data() for row in range(dialog.model.rowCount())}
    assert operators == {"Otrā kase"}
    assert dialog.model.total == dialog.model.rowCount() == 2  # the site and the room
    dialog.room.setCurrentIndex(dialog.room.findText("Lielā zāle"))
    wait_for_operations()
    assert dialog.model.rowCount() == 1
    assert dialog.count_label.text() == "Changes: 1"
    assert dialog.model.index(0, 2).data() == "created" and "Room" in dialog.model.index(0, 3).data()
    dialog.table.selectRow(0)
    wait_for_operations()
    fields = {dialog.changes.item(row, 0).text(): dialog.changes.item(row, 2).text()
              for row in range(dialog.changes.rowCount())}
    assert fields["name"] == "Lielā zāle" and fields["capacity"] == "40"


def test_the_audit_log_pages_through_many_entries(qtbot, qtmodeltester, database, wait_for_operations) -> None:
    for index in range(450):
        add_organisation(database, f"Biedrība Nr. {index}")
    from ngo_desktop.models import AuditAction, AuditEntry

    with database.unit_of_work() as session:
        session.add_all(AuditEntry(operator="tester", action=AuditAction.UPDATE, entity="organisation",
                                   entity_id=index + 1, organisation_id=index + 1) for index in range(450))
    dialog = AuditLogDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    assert dialog.model.total == 450 and dialog.model.rowCount() == 200
    dialog.model.fetchMore()
    wait_for_operations()
    dialog.model.fetchMore()
    wait_for_operations()
    assert dialog.model.rowCount() == 450 and not dialog.model.canFetchMore()
    qtmodeltester.check(dialog.model)


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> _MemoryKeyring:
    previous = keyring.get_keyring()
    store = _MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def test_a_server_password_goes_to_the_credential_store_never_to_the_settings(
        qtbot, database, memory_keyring, english) -> None:
    dialog = _settings_dialog(qtbot, database)
    dialog.database_location.setText("postgresql+psycopg://centrs:Slepens1@db.example.lv/ngo")
    dialog.save()
    saved = str(QSettings().value("database/url"))
    assert saved == "postgresql+psycopg://centrs@db.example.lv/ngo"
    assert "Slepens1" not in Path(QSettings().fileName()).read_text()
    assert memory_keyring.passwords == {("ngo_desktop", "centrs@db.example.lv:5432/ngo"): "Slepens1"}
    from ngo_desktop.database.core import with_stored_password

    assert with_stored_password(saved) == "postgresql+psycopg://centrs:Slepens1@db.example.lv/ngo"


def test_without_a_credential_store_the_password_is_not_saved_anywhere(qtbot, database, monkeypatch, english) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # as on a computer without any credential store
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: warnings.append(text))
    dialog = _settings_dialog(qtbot, database)
    dialog.database_location.setText("postgresql+psycopg://centrs@db.example.lv/ngo")
    dialog.server_password.setText("Slepens1")
    dialog.save()
    keyring.set_keyring(previous)
    assert warnings and "pgpass" in warnings[0]
    assert QSettings().value("database/url") in (None, "")


def test_test_connection_says_what_is_on_the_server(qtbot, database, english, wait_for_operations) -> None:
    dialog = SettingsDialog(database)
    qtbot.addWidget(dialog)
    dialog.database_location.setText(database.url if not database.is_sqlite
                                     else "postgresql+psycopg://nobody@127.0.0.1:1/none")
    dialog.test_connection()
    wait_for_operations()
    if database.is_sqlite:
        assert dialog.connection_result.text().startswith("Cannot connect")
    else:
        assert "Connected to PostgreSQL" in dialog.connection_result.text()
        assert "up to date" in dialog.connection_result.text()


@pytest.mark.sqlite_only
def test_test_connection_to_a_silent_server_waits_off_the_window(qtbot, database, english, monkeypatch) -> None:
    import socket

    from ngo_desktop.database import connection_check

    # A port that takes the connection and never answers, as a server behind a broken network might.
    monkeypatch.setattr(connection_check, "CONNECT_TIMEOUT_S", 2)
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    try:
        dialog = SettingsDialog(database)
        qtbot.addWidget(dialog)
        dialog.database_location.setText(f"postgresql+psycopg://nobody@127.0.0.1:{silent.getsockname()[1]}/ngo")
        started = time.monotonic()
        dialog.test_connection()
        # The window is free at once; the button waits for the answer and the note says what goes on.
        assert time.monotonic() - started < 1.0
        assert not dialog.test_button.isEnabled()
        assert dialog.connection_result.text() == "Connecting to the database…"
        qtbot.waitUntil(lambda: dialog.connection_result.text().startswith("Cannot connect"), timeout=15_000)
        assert dialog.test_button.isEnabled()
    finally:
        silent.close()


def test_a_booking_changed_at_another_desk_shows_both_versions_and_keeps_the_users(
        qtbot, database, monkeypatch, english, wait_for_operations) -> None:
    import datetime as dt

    from ngo_desktop.services.bookings.booking import (
        BookingDraft,
        create_booking,
        get_booking,
        update_booking,
    )
    from ngo_desktop.services.bookings.rooms import list_rooms
    from ngo_desktop.views.bookings.booking_dialog import BookingDialog
    from tests.bookings_fixtures import NOW, the_centre

    centre = the_centre(database)
    draft = BookingDraft(room_id=centre.hall.id, starts=dt.datetime(2026, 3, 4, 10), ends=dt.datetime(2026, 3, 4, 12),
                         title="Valdes sēde", attendees=8)
    saved = create_booking(database, draft, now=NOW)
    dialog = BookingDialog(database, list_rooms(database), booking=get_booking(database, saved.id))
    qtbot.addWidget(dialog)
    update_booking(database, saved.id, BookingDraft(**{**draft.__dict__, "title": "Kora mēģinājums"}),
                   expected_version=saved.version, now=NOW)  # the other desk
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text() + "\n" + box.informativeText()))
    dialog.title_edit.clear()
    type_text(dialog.title_edit, "Biedru kopsapulce")
    dialog.save()
    wait_for_operations()
    assert shown and "another desk" in shown[0]
    assert "Title: Kora mēģinājums  →  Biedru kopsapulce" in shown[0]
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.title_edit.text() == "Biedru kopsapulce"
    assert get_booking(database, saved.id).title == "Kora mēģinājums"
    dialog.save()  # saving again is a deliberate choice of the user's version
    wait_for_operations()
    assert get_booking(database, saved.id).title == "Biedru kopsapulce"


def test_every_kind_of_audited_record_has_a_readable_name(qtbot, database, latvian) -> None:
    """The audit log names what changed in words, not by the table it is stored in."""
    import re
    from pathlib import Path

    from ngo_desktop.views.audit.table_model import AuditTableModel

    package = Path(__file__).resolve().parent.parent / "ngo_desktop"
    written = {name for path in package.rglob("*.py")
               for name in re.findall(r'entity="([a-z_]+)"', path.read_text(encoding="utf-8"))}
    model = AuditTableModel(database)
    unnamed = sorted(entity for entity in written if model.entity_label(entity) == entity)
    assert written and unnamed == []
    assert model.entity_label("printed_document") == "Izdrukāts dokuments"
