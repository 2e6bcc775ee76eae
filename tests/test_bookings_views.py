"""The Bookings section driven with qtbot: empty state, drag to book, edit, cancel one date of a series.

The section reads and saves off the GUI thread: a test waits for the answers (``wait_for_operations``)
before it looks. Outside the main window nothing refreshes the section after a save, so ``shown`` wires
the database's change announcements to ``refresh`` the way the main window does.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ngo_desktop.models import BookingStatus, PaymentStatus
from ngo_desktop.services.bookings.booking import (
    BookingDraft,
    Scope,
    create_booking,
    create_series,
    get_booking,
)
from ngo_desktop.services.bookings.queries import bookings_between
from ngo_desktop.services.bookings.repeats import RepeatKind, RepeatRule
from ngo_desktop.settings import settings
from ngo_desktop.timeutil import local_day_bounds, to_local, to_utc, today_local, week_start
from ngo_desktop.views.bookings import booking_dialog
from ngo_desktop.views.bookings import section as section_module
from ngo_desktop.views.bookings.section import BookingsSection
from ngo_desktop.views.operations import ChangeRelay
from tests.bookings_fixtures import at, centre  # noqa: F401

pytestmark = pytest.mark.usefixtures("english")
DAY = dt.date(2030, 3, 5)  # a Tuesday in the future: "now" is real in the window


@pytest.fixture
def shown(qtbot, database, wait_for_operations):  # type: ignore[no-untyped-def]
    """``shown()`` opens the section on DAY, refreshed from change events as in the main window."""

    def open_section(*, follow_changes: bool = True) -> BookingsSection:
        widget = BookingsSection(database)
        qtbot.addWidget(widget)
        if follow_changes:
            relay = ChangeRelay(database, widget)
            relay.changed.connect(widget.refresh)
        widget.resize(1100, 760)
        widget.show()
        wait_for_operations()
        widget.go_to(DAY)
        wait_for_operations()
        return widget

    return open_section


def test_empty_database_shows_the_empty_state_with_a_button(qtbot, database, wait_for_operations):
    widget = BookingsSection(database)
    qtbot.addWidget(widget)
    wait_for_operations()
    assert widget._stack.currentWidget() is widget.empty
    assert widget.empty.heading.text().startswith("No rooms yet")


def test_day_grid_shows_rooms_side_by_side_with_their_bookings(qtbot, database, centre, shown, wait_for_operations):  # noqa: F811
    create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                          organisation_id=centre.member_id))
    widget = shown()
    columns = widget.grid.columns()
    assert [column.title for column in columns] == ["Lielā zāle", "Mazā telpa"]
    assert [booking.organisation_name for booking in columns[0].bookings] == ['Biedrība "Alūksnes pensionāri"']
    widget.step(1)
    wait_for_operations()
    assert widget.grid.columns()[0].bookings == []


def test_drag_over_free_time_opens_a_prefilled_booking_and_saves_it(qtbot, database, centre, shown, wait_for_operations):  # noqa: F811
    widget = shown()
    qtbot.mousePress(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.point_for(1, 14 * 60))
    qtbot.mouseMove(widget.grid, widget.grid.point_for(1, 15 * 60 + 30))
    qtbot.mouseRelease(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.point_for(1, 15 * 60 + 30))
    dialog = widget.findChildren(booking_dialog.BookingDialog)[-1]
    draft = dialog.draft()
    assert (draft.room_id, draft.starts, draft.ends) == (centre.small_room.id, at(DAY, 14), at(DAY, 15, 30))
    dialog.title_edit.setText("Jauniešu tikšanās")
    dialog.attendees.setValue(8)
    dialog.save()
    wait_for_operations()
    assert dialog.result() == dialog.DialogCode.Accepted
    [saved] = bookings_between(database, *local_day_bounds(DAY))
    assert saved.title == "Jauniešu tikšanās" and to_local(saved.starts_at).hour == 14
    assert [booking.id for booking in widget.grid.columns()[1].bookings] == [saved.id]


def test_form_warns_while_typing_and_refuses_with_the_reason(qtbot, database, centre, monkeypatch, shown, wait_for_operations):  # noqa: F811
    widget = shown()
    dialog = widget.open_booking(room_id=centre.small_room.id, starts=at(DAY, 10), ends=at(DAY, 12))
    dialog.title_edit.setText("Lekcija")
    dialog.attendees.setValue(30)
    wait_for_operations()
    assert "number of attendees (30) is more than" in dialog.warnings.text()
    shown_messages: list[str] = []
    monkeypatch.setattr(booking_dialog.QMessageBox, "warning", lambda _parent, _title, text: shown_messages.append(text))
    dialog.save()
    wait_for_operations()
    assert "number of attendees (30) is more than" in shown_messages[0]
    dialog.override.setText("Daļa stāvēs")
    dialog.save()
    wait_for_operations()
    assert get_booking(database, dialog.saved_ids[0]).override_reason == "Daļa stāvēs"


def test_double_click_edits_the_booking(qtbot, database, centre, monkeypatch, shown, wait_for_operations):  # noqa: F811
    booking = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                                    title="Valdes sēde"))
    widget = shown()
    qtbot.mouseDClick(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.point_for(0, 11 * 60))
    wait_for_operations()
    dialog = widget.findChildren(booking_dialog.BookingDialog)[-1]
    assert dialog.title_edit.text() == "Valdes sēde"
    dialog.end_time.setTime(dialog.end_time.time().addSecs(3600))
    dialog.save()
    wait_for_operations()
    assert to_local(get_booking(database, booking.id).ends_at).hour == 13
    assert to_local(widget.grid.columns()[0].bookings[0].ends_at).hour == 13


def test_cancel_one_date_of_a_series_from_the_context_menu(qtbot, database, centre, monkeypatch, shown, wait_for_operations):  # noqa: F811
    result = create_series(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 18), ends=at(DAY, 20),
                                                  title="Koris"), RepeatRule(RepeatKind.WEEKLY, count=3))
    widget = shown()
    monkeypatch.setattr(section_module, "ask_scope", lambda *_: Scope.THIS)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("Koncerts", True))
    menu = widget.booking_menu(result.booking_ids[0], widget.grid.mapToGlobal(widget.grid.point_for(0, 19 * 60)))
    [cancel_action] = [action for action in menu.actions() if action.text().startswith("Cancel booking")]
    cancel_action.trigger()
    wait_for_operations()
    statuses = [get_booking(database, booking_id).status for booking_id in result.booking_ids]
    assert statuses == [BookingStatus.CANCELLED, BookingStatus.PROVISIONAL, BookingStatus.PROVISIONAL]
    assert widget.grid.columns()[0].bookings[0].status == BookingStatus.CANCELLED


def test_week_and_month_views_load_their_span(qtbot, database, centre, shown, wait_for_operations):  # noqa: F811
    create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 8), ends=at(DAY, 22), title="Forums"))
    widget = shown()
    widget.mode.setCurrentIndex(widget.mode.findData("week"))
    wait_for_operations()
    columns = widget.grid.columns()
    assert len(columns) == 7 and columns[0].day == dt.date(2030, 3, 4)
    assert [len(column.bookings) for column in columns] == [0, 1, 0, 0, 0, 0, 0]
    widget.mode.setCurrentIndex(widget.mode.findData("month"))
    wait_for_operations()
    assert widget.views.currentWidget() is widget.month
    assert widget.month._fullness[DAY] > 0.3 and widget.month._fullness[dt.date(2030, 3, 6)] == 0


def test_context_menu_prints_the_booking_sheet_into_the_preview(qtbot, database, centre, shown, wait_for_operations,  # noqa: F811
                                                                 monkeypatch):
    import io

    from pypdf import PdfReader

    from ngo_desktop.services.printing.register import count_printed
    from ngo_desktop.views.bookings.print_action import print_booking_sheet
    from ngo_desktop.views.documents.preview_dialog import PreviewDialog

    booking = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                                    organisation_id=centre.member_id, title="Valdes sēde"))
    widget = shown()
    menu = widget.booking_menu(booking.id, widget.grid.mapToGlobal(widget.grid.point_for(0, 11 * 60)))
    [print_entry] = [action for action in menu.actions() if action.text().startswith("Print booking sheet")]
    print_entry.trigger()
    wait_for_operations()
    [preview] = widget.findChildren(PreviewDialog)
    assert preview.pdf.startswith(b"%PDF") and preview.document.pageCount() >= 1
    assert "Valdes sēde" in "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert count_printed(database) == 1  # noted in the register of printed documents

    refusals: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *rest: refusals.append((title, text)))
    print_booking_sheet(database, widget, booking.id + 1000)  # deleted meanwhile, say
    wait_for_operations()
    assert refusals and refusals[0][0] == "Cannot print" and len(widget.findChildren(PreviewDialog)) == 1


def test_print_menu_makes_the_week_schedule_of_the_site(qtbot, database, centre, shown, wait_for_operations):  # noqa: F811
    from ngo_desktop.views.documents.preview_dialog import PreviewDialog

    create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                          organisation_id=centre.member_id, title="Valdes sēde"))
    widget = shown()
    widget.print_week_schedule()
    qtbot.waitUntil(lambda: bool(widget.findChildren(PreviewDialog)))
    preview = widget.findChildren(PreviewDialog)[0]
    assert preview.document.pageCount() >= 1


def test_payment_is_marked_in_the_form(qtbot, database, centre, shown, wait_for_operations):  # noqa: F811
    booking = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                                    organisation_id=centre.paying_id))
    widget = shown()
    widget.edit_booking(booking.id)
    wait_for_operations()
    dialog = widget.findChildren(booking_dialog.BookingDialog)[-1]
    assert "40,00" in dialog.price.text() or "40.00" in dialog.price.text()
    dialog.payment.setCurrentIndex(dialog.payment.findData(PaymentStatus.PAID))
    dialog.save()
    wait_for_operations()
    assert get_booking(database, booking.id).payment_status == PaymentStatus.PAID


# --- off the GUI thread -----------------------------------------------------------------------------
def test_the_section_paints_its_frame_before_the_database_answers(qtbot, database, centre):  # noqa: F811
    from ngo_desktop.views.operations import is_idle

    widget = BookingsSection(database)
    qtbot.addWidget(widget)
    # Built without a single query: the calendar frame is there, its rooms and bookings are on the way.
    assert widget._stack.currentIndex() == 1 and widget.grid.columns() == [] and not is_idle()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.show()
    assert [column.title for column in widget.grid.columns()] == ["Lielā zāle", "Mazā telpa"]


def test_the_section_opens_on_today_with_its_bookings_read_together_with_the_rooms(
        qtbot, database, centre, wait_for_operations) -> None:  # noqa: F811
    today = today_local()
    create_booking(database, BookingDraft(room_id=centre.small_room.id, starts=at(today, 10), ends=at(today, 12),
                                          title="Šodienas sanāksme", override_reason="test"),
                   now=to_utc(at(today, 0)))
    requests: list[object] = []
    widget = BookingsSection(database)
    qtbot.addWidget(widget)
    asked_for_span = widget._shown.request

    def recorded(*arguments, **options) -> None:  # type: ignore[no-untyped-def]
        requests.append(arguments)
        asked_for_span(*arguments, **options)

    widget._shown.request = recorded  # type: ignore[method-assign]
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.show()
    wait_for_operations()
    assert {column.room.name: [booking.title for booking in column.bookings] for column in widget.grid.columns()} == {
        "Lielā zāle": [], "Mazā telpa": ["Šodienas sanāksme"]}
    # One call of the worker brought the rooms and the day's bookings: no second request followed.
    assert requests == []


def test_the_week_of_a_room_opens_on_the_first_rooms_week(qtbot, database, centre, wait_for_operations) -> None:  # noqa: F811
    today = today_local()
    create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(today, 10), ends=at(today, 12),
                                          title="Nedēļas forums", override_reason="test"), now=to_utc(at(today, 0)))
    settings().setValue(section_module.MODE_KEY, "week")
    try:
        widget = BookingsSection(database)
        qtbot.addWidget(widget)
        widget.show()
        wait_for_operations()
    finally:
        settings().remove(section_module.MODE_KEY)
    columns = widget.grid.columns()
    assert widget.room.currentText() == "Lielā zāle" and len(columns) == 7
    assert columns[0].day == week_start(today) and {column.room.name for column in columns} == {"Lielā zāle"}
    assert [booking.title for column in columns for booking in column.bookings] == ["Nedēļas forums"]


def test_a_day_chosen_before_the_first_answer_is_the_day_shown(qtbot, database, centre, wait_for_operations) -> None:  # noqa: F811
    create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                          title="Izvēlētā diena"))
    widget = BookingsSection(database)
    qtbot.addWidget(widget)
    widget.show()
    widget.go_to(DAY)  # before the rooms and today's bookings have come
    wait_for_operations()
    [hall, _small] = widget.grid.columns()
    assert hall.day == DAY and [booking.title for booking in hall.bookings] == ["Izvēlētā diena"]


def test_moving_quickly_shows_the_last_day_asked_for(qtbot, database, centre, shown, wait_for_operations):  # noqa: F811
    create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY + dt.timedelta(days=3), 10),
                                          ends=at(DAY + dt.timedelta(days=3), 12), title="Ceturtdiena"))
    widget = shown()
    for _ in range(3):
        widget.step(1)
    wait_for_operations()
    [column, _small] = widget.grid.columns()
    assert column.day == DAY + dt.timedelta(days=3) and [booking.title for booking in column.bookings] == ["Ceturtdiena"]
    assert widget.date.date().toPython() == DAY + dt.timedelta(days=3)


def test_the_live_check_waits_for_typing_and_answers_the_newest_input(
        qtbot, database, centre, shown, wait_for_operations, monkeypatch):  # noqa: F811
    import threading
    import time

    real_check = booking_dialog.check_draft
    checked: list[int] = []
    started = threading.Event()

    def slow_check(database, draft, **kwargs):  # type: ignore[no-untyped-def]
        checked.append(draft.attendees)
        started.set()
        time.sleep(0.3)  # a slow server: later input arrives while this check is in flight
        return real_check(database, draft, **kwargs)

    widget = shown()
    dialog = widget.open_booking(room_id=centre.small_room.id, starts=at(DAY, 10), ends=at(DAY, 12))
    wait_for_operations()
    monkeypatch.setattr(booking_dialog, "check_draft", slow_check)
    for attendees in (2, 3, 4):  # typed quickly: one check after the pause
        dialog.attendees.setValue(attendees)
    qtbot.waitUntil(started.is_set)
    for attendees in (20, 25, 30):  # typed while that check runs: only the newest is checked after it
        dialog.attendees.setValue(attendees)
    wait_for_operations()
    assert checked == [4, 30]
    assert "number of attendees (30) is more than" in dialog.warnings.text()


def test_a_refresh_keeps_the_day_room_mode_and_scroll_position(qtbot, database, centre, shown, wait_for_operations):  # noqa: F811
    from ngo_desktop.database.changes import Changes
    from ngo_desktop.services.bookings.rooms import RoomInput, create_room

    widget = shown(follow_changes=False)
    widget.mode.setCurrentIndex(widget.mode.findData("week"))
    widget.room.setCurrentIndex(widget.room.findData(centre.small_room.id))
    wait_for_operations()
    widget.resize(1100, 420)  # a small window: the day's hours scroll
    qtbot.waitUntil(lambda: widget.scroll.verticalScrollBar().maximum() > 300)
    widget.scroll.verticalScrollBar().setValue(300)
    booking = create_booking(database, BookingDraft(room_id=centre.small_room.id, starts=at(DAY, 18),
                                                    ends=at(DAY, 20), title="Šahs"))
    widget.refresh(Changes(frozenset({"booking"}), {"booking": frozenset({booking.id})}))
    wait_for_operations()
    assert [b.title for column in widget.grid.columns() for b in column.bookings] == ["Šahs"]
    create_room(database, RoomInput(site_id=centre.hall.site_id, name="Ārzemju bērnu klase", capacity=8))
    widget.refresh(Changes(frozenset({"room"})))
    wait_for_operations()
    assert widget.room.count() == 3 and widget.room.currentData() == centre.small_room.id
    assert widget.mode.currentData() == "week" and widget.grid.columns()[1].day == DAY
    assert widget.scroll.verticalScrollBar().value() == 300


def test_a_save_refreshes_the_section_once_through_the_change_event(qtbot, database, centre, wait_for_operations,  # noqa: F811
                                                                    monkeypatch):
    from ngo_desktop.views.main_window import MainWindow

    loads: list[int] = []
    real_span = section_module._span
    monkeypatch.setattr(section_module, "_span", lambda db, plan: loads.append(len(plan)) or real_span(db, plan))
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.show_section("bookings")
    widget = window._pages["bookings"]
    wait_for_operations()
    widget.go_to(DAY)
    wait_for_operations()
    loads.clear()
    dialog = widget.open_booking(room_id=centre.hall.id, starts=at(DAY, 9), ends=at(DAY, 10))
    dialog.title_edit.setText("Rīta kafija")
    dialog.save()
    qtbot.waitUntil(lambda: any(booking.title == "Rīta kafija" for booking in widget.grid.columns()[0].bookings),
                    timeout=5000)
    wait_for_operations()
    assert loads == [2]  # one reload of the day, from the change event; none of the section's own


def test_a_drag_in_progress_holds_back_refreshes(qtbot, database, centre, shown):  # noqa: F811
    widget = shown()
    qtbot.mousePress(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.point_for(0, 9 * 60))
    qtbot.mouseMove(widget.grid, widget.grid.point_for(0, 10 * 60))
    assert widget.has_unsaved_edits()
    qtbot.mouseRelease(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.point_for(0, 10 * 60))
    assert not widget.has_unsaved_edits()


def test_a_weekly_series_is_previewed_then_booked(qtbot, database, centre, shown, wait_for_operations):  # noqa: F811
    from ngo_desktop.views.bookings.repeat_preview import RepeatPreviewDialog

    widget = shown()
    dialog = widget.open_booking(room_id=centre.hall.id, starts=at(DAY, 18), ends=at(DAY, 20))
    dialog.title_edit.setText("Koris")
    dialog.repeat.kind.setCurrentIndex(dialog.repeat.kind.findData("weekly"))
    dialog.repeat.count.setValue(3)
    dialog.save()
    wait_for_operations()
    preview = dialog.findChildren(RepeatPreviewDialog)[-1]
    assert preview.table.rowCount() == 3 and preview.isVisible()
    preview.book_button.click()
    wait_for_operations()
    assert dialog.result() == dialog.DialogCode.Accepted and len(dialog.saved_ids) == 3
    assert {get_booking(database, booking_id).title for booking_id in dialog.saved_ids} == {"Koris"}


def test_closures_are_added_refused_and_removed(qtbot, database, centre, wait_for_operations, monkeypatch):  # noqa: F811
    from PySide6.QtCore import QDateTime

    from ngo_desktop.views.bookings.closures_dialog import ClosuresDialog

    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: refusals.append(text))
    dialog = ClosuresDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    assert [dialog.where.itemText(index) for index in range(dialog.where.count())] == [
        "Whole site: Pils iela 14", "Pils iela 14 — Lielā zāle", "Pils iela 14 — Mazā telpa"]
    dialog.where.setCurrentIndex(1)
    dialog.reason.setText("Grīdas remonts")
    dialog.add()
    wait_for_operations()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "Grīdas remonts"
    assert dialog.reason.text() == ""
    dialog.ends.setDateTime(QDateTime(dialog.starts.dateTime()).addDays(-1))
    dialog.reason.setText("Otrādi")
    dialog.add()
    wait_for_operations()
    assert refusals and dialog.table.rowCount() == 1 and dialog.reason.text() == "Otrādi"
    dialog.table.selectRow(0)
    asked: list[tuple[str, object]] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, _buttons, default: asked.append(
        (text, default)) or QMessageBox.StandardButton.Yes)
    dialog.remove()
    assert asked == [("Remove the closure of Pils iela 14 — Lielā zāle (" + dialog.table.item(0, 1).text() + ")?",
                      QMessageBox.StandardButton.No)]
    wait_for_operations()
    assert dialog.table.rowCount() == 0


def test_find_a_free_room_lists_the_rooms_that_fit(qtbot, database, centre, wait_for_operations):  # noqa: F811
    from ngo_desktop.views.bookings.free_room_dialog import FreeRoomDialog

    dialog = FreeRoomDialog(database, DAY)
    qtbot.addWidget(dialog)
    dialog.attendees.setValue(30)
    dialog.search()
    assert not dialog.search_button.isEnabled()  # against a second click while it searches
    wait_for_operations()
    assert dialog.search_button.isEnabled()
    assert [dialog.results.item(row, 0).text() for row in range(dialog.results.rowCount())] == ["Lielā zāle"]
    dialog.book()
    assert dialog.chosen == (centre.hall.id, at(DAY, 10), at(DAY, 12))


def test_rooms_are_imported_with_progress_and_bookings_exported(qtbot, database, centre, wait_for_operations,  # noqa: F811
                                                                  monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from ngo_desktop.services.bookings.rooms import list_rooms
    from ngo_desktop.views.bookings.exchange_actions import (
        export_bookings_interactively,
        import_interactively,
    )

    create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12), title="Sēde"))
    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *rest: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *rest: told.append(f"{title}: {text}"))
    rooms = tmp_path / "telpas.csv"
    rooms.write_text("site;room;capacity\nPils iela 14;Bibliotēkas zāle;25\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(rooms), ""))
    import_interactively(database, parent, "rooms")
    wait_for_operations()
    assert told == ["Rows imported: 1."]
    assert "Bibliotēkas zāle" in [room.name for room in list_rooms(database)]

    rooms.write_text("site;room;capacity\nPils iela 14;Pagrabs;daudz\n", encoding="utf-8")
    import_interactively(database, parent, "rooms")
    wait_for_operations()
    assert told[-1].startswith("Nothing was imported: ") and "daudz" in told[-1]
    assert "Pagrabs" not in [room.name for room in list_rooms(database)]

    exported = tmp_path / "rezervacijas.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(exported), ""))
    export_bookings_interactively(database, parent, DAY)
    wait_for_operations()
    assert told[-1] == "Bookings exported: 1." and "Sēde" in exported.read_text(encoding="utf-8-sig")


def test_confirm_from_the_context_menu_shows_through_the_change_event(qtbot, database, centre, shown,  # noqa: F811
                                                                       wait_for_operations):
    booking = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                                    title="Valdes sēde"))
    widget = shown()
    menu = widget.booking_menu(booking.id, widget.grid.mapToGlobal(widget.grid.point_for(0, 11 * 60)))
    [confirm] = [action for action in menu.actions() if action.text() == "Confirm"]
    assert confirm.isEnabled()
    confirm.trigger()
    wait_for_operations()
    assert get_booking(database, booking.id).status == BookingStatus.CONFIRMED
    assert widget.grid.columns()[0].bookings[0].status == BookingStatus.CONFIRMED


def test_rooms_dialog_adds_a_site_and_retires_a_room(qtbot, database, centre, wait_for_operations, monkeypatch):  # noqa: F811
    from ngo_desktop.services.bookings.rooms import list_rooms
    from ngo_desktop.views.bookings.rooms_dialog import RoomsDialog

    dialog = RoomsDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    assert dialog.list.count() == 2 and dialog.name.text() == "Lielā zāle"
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("Dārza iela 3", True))
    dialog.add_site()
    wait_for_operations()
    assert dialog.site.currentText() == "Dārza iela 3" and dialog.name.text() == "" and dialog._current is None
    dialog.name.setText("Dārza zāle")
    dialog.save()
    wait_for_operations()
    assert dialog.name.text() == "Dārza zāle" and dialog.list.count() == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    dialog.archive()
    wait_for_operations()
    assert "Dārza zāle" not in [room.name for room in list_rooms(database)] and dialog.list.count() == 2


def test_a_closure_added_from_the_section_shows_in_its_grid(qtbot, database, centre, shown, wait_for_operations):  # noqa: F811
    from PySide6.QtCore import QDateTime

    from ngo_desktop.views.bookings.closures_dialog import ClosuresDialog

    widget = shown()
    widget.open_closures()
    wait_for_operations()
    [dialog] = widget.findChildren(ClosuresDialog)
    dialog.where.setCurrentIndex(dialog.where.findText("Pils iela 14 — Lielā zāle"))
    dialog.starts.setDateTime(QDateTime(at(DAY, 9)))
    dialog.ends.setDateTime(QDateTime(at(DAY, 12)))
    dialog.reason.setText("Logu maiņa")
    dialog.add()
    wait_for_operations()
    dialog.accept()
    qtbot.waitUntil(lambda: not widget.findChildren(ClosuresDialog))  # closed and gone
    assert [closure.reason for closure in widget.grid.columns()[0].closures] == ["Logu maiņa"]
    assert widget.grid.columns()[1].closures == []


def test_no_query_of_the_bookings_views_runs_on_the_gui_thread(qtbot, database, centre, wait_for_operations,  # noqa: F811
                                                               monkeypatch):
    """Every statement sent while the calendar and its forms are used comes from a worker thread."""
    import threading

    from sqlalchemy import event

    from ngo_desktop.views.bookings.free_room_dialog import FreeRoomDialog
    from ngo_desktop.views.bookings.rooms_dialog import RoomsDialog

    booking = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                                    organisation_id=centre.member_id))
    on_gui_thread: list[str] = []

    def note(_connection, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append(statement.split("\n")[0][:80])

    for engine in {database.engine, database.write_engine}:
        event.listen(engine, "before_cursor_execute", note)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("Remonts", True))
    monkeypatch.setattr(section_module, "ask_scope", lambda *_: Scope.THIS)
    try:
        widget = BookingsSection(database)
        qtbot.addWidget(widget)
        widget.show()
        widget.go_to(DAY)
        widget.step(1)
        widget.step(-1)
        for mode in ("week", "month", "day"):
            widget.mode.setCurrentIndex(widget.mode.findData(mode))
        wait_for_operations()
        dialog = widget.open_booking(room_id=centre.small_room.id, starts=at(DAY, 14), ends=at(DAY, 16))
        dialog.organisation.setText("Šūp")
        dialog._search_organisations("Šūp")
        dialog.attendees.setValue(5)
        wait_for_operations()
        dialog.organisation.setText('Biedrība "Šūpoles"')
        dialog._load_contacts()
        dialog.save()
        wait_for_operations()
        widget.edit_booking(booking.id)
        wait_for_operations()
        widget.booking_menu(booking.id, widget.mapToGlobal(widget.rect().center())).actions()[2].trigger()  # cancel
        wait_for_operations()
        rooms = RoomsDialog(database, widget)
        wait_for_operations()
        rooms.save()
        free = FreeRoomDialog(database, DAY, widget)
        free.search()
        wait_for_operations()
    finally:
        for engine in {database.engine, database.write_engine}:
            event.remove(engine, "before_cursor_execute", note)
    assert get_booking(database, booking.id).status == BookingStatus.CANCELLED  # the drive did reach the database
    assert len(dialog.saved_ids) == 1
    assert on_gui_thread == []


def test_holidays_are_looked_up_off_the_window_thread(qtbot, database, centre, shown, wait_for_operations,  # noqa: F811
                                                       tmp_path, monkeypatch):
    """A year not in the holidays cache imports the holidays package (about a second): never on the
    GUI thread. The day, the week and the month all show the holiday all the same."""
    import threading

    from ngo_desktop.services.bookings import holidays as holidays_lv

    monkeypatch.setattr(holidays_lv, "data_dir", lambda: tmp_path)
    holidays_lv._year.cache_clear()
    holidays_lv._cache_contents.cache_clear()
    asked_from: list[threading.Thread] = []
    from_package = holidays_lv._from_package

    def recorded(year: int, language: str) -> dict[dt.date, str]:
        asked_from.append(threading.current_thread())
        return from_package(year, language)

    monkeypatch.setattr(holidays_lv, "_from_package", recorded)
    widget = shown()
    holiday = dt.date(2030, 5, 4)  # Restoration of Independence Day, a Saturday in 2030
    widget.go_to(holiday)
    wait_for_operations()
    assert "Independence" in widget.grid.columns()[0].holiday
    widget.mode.setCurrentIndex(widget.mode.findData(section_module.MONTH))
    wait_for_operations()
    assert asked_from, "the holidays of 2030 were looked up"
    assert threading.main_thread() not in asked_from
    holidays_lv._year.cache_clear()
    holidays_lv._cache_contents.cache_clear()
