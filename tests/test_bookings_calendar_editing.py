"""Editing in the calendar itself: dragging a booking to move or stretch it, undo and redo of the
calendar's edits, the keyboard, what a screen reader is told, and the defaults of new bookings.

Every test drives the real section on a real database; the drags are real mouse events on the grid,
pressed, moved and released within milliseconds, and what counts is what the database then holds.
"""

# The ``centre`` fixture is imported, then named by the tests that use it.
# ruff: noqa: F811
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ngo_desktop.models import BookingStatus
from ngo_desktop.services.bookings.booking import (
    BookingDraft,
    create_booking,
    get_booking,
    update_booking,
)
from ngo_desktop.timeutil import to_local
from ngo_desktop.views.bookings.booking_dialog import BookingDialog
from ngo_desktop.views.bookings.calendar_grid import CalendarGrid
from ngo_desktop.views.bookings.section import BookingsSection
from ngo_desktop.views.operations import ChangeRelay
from ngo_desktop.views.undo import history_of
from tests.bookings_fixtures import at, centre  # noqa: F401

pytestmark = pytest.mark.usefixtures("english")
DAY = dt.date(2030, 3, 5)  # a Tuesday in the future, no holiday


@pytest.fixture
def shown(qtbot, database, wait_for_operations):  # type: ignore[no-untyped-def]
    """``shown()`` opens the section on DAY, refreshed from change events as in the main window."""

    def open_section() -> BookingsSection:
        widget = BookingsSection(database)
        qtbot.addWidget(widget)
        relay = ChangeRelay(database, widget)
        relay.changed.connect(widget.refresh)
        widget.resize(1100, 760)
        widget.show()
        wait_for_operations()
        widget.go_to(DAY)
        wait_for_operations()
        return widget

    return open_section


@pytest.fixture
def history(qapp):  # type: ignore[no-untyped-def]
    """The undo history a section shown on its own records into, emptied for each test."""
    found = history_of(QWidget())
    found.stack.clear()
    yield found
    found.stack.clear()


def drag(qtbot, grid: CalendarGrid, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    """Press, move once and release at once: a fast drag, as a hurried hand makes it."""
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid, end)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)


def local_span(database, booking_id: int) -> tuple[int, dt.datetime, dt.datetime]:  # type: ignore[no-untyped-def]
    saved = get_booking(database, booking_id)
    return (saved.room_id, to_local(saved.starts_at).replace(tzinfo=None),
            to_local(saved.ends_at).replace(tzinfo=None))


def book(database, room_id: int, start: int, end: int, title: str = "Valdes sēde") -> int:  # type: ignore[no-untyped-def]
    return create_booking(database, BookingDraft(room_id=room_id, starts=at(DAY, start), ends=at(DAY, end),
                                                 title=title)).id


def test_dragging_a_booking_moves_it_to_the_room_and_time_where_it_was_dropped(
        qtbot, database, centre, shown, wait_for_operations):
    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    grid = widget.grid
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=grid.point_for(0, 11 * 60))
    qtbot.mouseMove(grid, grid.point_for(1, 14 * 60 + 15))
    assert widget.has_unsaved_edits()  # no refresh while the block is in the hand
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=grid.point_for(1, 14 * 60 + 15))
    wait_for_operations()
    assert local_span(database, booking_id) == (centre.small_room.id, at(DAY, 13, 15), at(DAY, 15, 15))
    assert not widget.has_unsaved_edits()
    assert [booking.id for booking in grid.columns()[1].bookings] == [booking_id]
    assert grid.columns()[0].bookings == []


def test_several_fast_drags_in_a_row_store_exactly_the_last_drop(qtbot, database, centre, shown,
                                                                 wait_for_operations):
    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    grid = widget.grid
    # Three drags without waiting for any save: each starts on the block where the last one left it.
    drag(qtbot, grid, grid.point_for(0, 11 * 60), grid.point_for(0, 12 * 60))  # 11:00–13:00
    drag(qtbot, grid, grid.point_for(0, 12 * 60), grid.point_for(1, 9 * 60 + 30))  # 08:30–10:30, small room
    drag(qtbot, grid, grid.point_for(1, 9 * 60 + 30), grid.point_for(1, 10 * 60))  # 09:00–11:00
    # A press and a release with no move in between (the pointer jumped): still a drag, to 10:00–12:00.
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=grid.point_for(1, 10 * 60))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=grid.point_for(1, 11 * 60))
    wait_for_operations()
    assert local_span(database, booking_id) == (centre.small_room.id, at(DAY, 10), at(DAY, 12))
    assert get_booking(database, booking_id).version == 5  # four saves, none refused as stale
    [shown_booking] = grid.columns()[1].bookings
    assert to_local(shown_booking.starts_at).hour == 10


def test_a_drop_lands_inside_the_hours_shown_snapped_to_the_step() -> None:
    from ngo_desktop.views.bookings.calendar_drag import BookingDrag, Grip, dragged_to

    # 10:00–12:00 pressed at 11:00; where it lands does not depend on the booking itself.
    moving = BookingDrag(None, Grip.BODY, 0, 600, 720, 0, 660, 0, 600, 720, started=True)  # type: ignore[arg-type]
    assert dragged_to(moving, 1, 60, step=15, first=420, last=1380).start == 420  # never before 07:00
    assert dragged_to(moving, None, 2000, step=15, first=420, last=1380).end == 1380  # nor after 23:00
    assert dragged_to(moving, 2, 668, step=15, first=420, last=1380).start == 615  # 10:08 snaps to 10:15


def test_dragging_the_bottom_or_top_edge_stretches_the_booking(qtbot, database, centre, shown,
                                                               wait_for_operations):
    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    grid = widget.grid
    bottom = grid.booking_rect(0, grid.columns()[0].bookings[0]).bottom()
    drag(qtbot, grid, QPoint(grid.point_for(0, 0).x(), int(bottom) - 1), grid.point_for(0, 13 * 60 + 40))
    wait_for_operations()
    assert local_span(database, booking_id) == (centre.hall.id, at(DAY, 10), at(DAY, 13, 45))
    top = grid.booking_rect(0, grid.columns()[0].bookings[0]).top()
    drag(qtbot, grid, QPoint(grid.point_for(0, 0).x(), int(top) + 1), grid.point_for(0, 9 * 60))
    wait_for_operations()
    assert local_span(database, booking_id) == (centre.hall.id, at(DAY, 9), at(DAY, 13, 45))
    # Stretching the end above the start keeps one step of the grid.
    bottom = grid.booking_rect(0, grid.columns()[0].bookings[0]).bottom()
    drag(qtbot, grid, QPoint(grid.point_for(0, 0).x(), int(bottom) - 1), grid.point_for(0, 7 * 60))
    wait_for_operations()
    assert local_span(database, booking_id) == (centre.hall.id, at(DAY, 9), at(DAY, 9, 15))


def test_a_click_on_a_booking_does_not_move_it(qtbot, database, centre, shown, wait_for_operations):
    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    qtbot.mouseClick(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.point_for(0, 11 * 60))
    wait_for_operations()
    assert get_booking(database, booking_id).version == 1


def test_a_drop_the_rules_refuse_puts_the_booking_back_and_says_why(qtbot, database, centre, shown, monkeypatch,
                                                                     wait_for_operations):
    booking_id = book(database, centre.hall.id, 10, 12)
    book(database, centre.small_room.id, 10, 12, title="Jogas nodarbība")
    widget = shown()
    grid = widget.grid
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: said.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *rest: said.append(text))
    drag(qtbot, grid, grid.point_for(0, 11 * 60), grid.point_for(1, 11 * 60 + 30))
    assert [booking.id for booking in grid.columns()[1].bookings if booking.id == booking_id]  # shown at the drop
    wait_for_operations()
    assert local_span(database, booking_id) == (centre.hall.id, at(DAY, 10), at(DAY, 12))
    assert [booking.id for booking in grid.columns()[0].bookings] == [booking_id]
    assert all(booking.id != booking_id for booking in grid.columns()[1].bookings)
    assert said and "Jogas nodarbība" in said[0]
    assert not widget.has_unsaved_edits()


def test_a_drop_an_override_can_allow_opens_the_form_at_the_new_time(qtbot, database, centre, shown,
                                                                      wait_for_operations):
    booking_id = book(database, centre.hall.id, 10, 12)  # the hall opens at 08:00
    widget = shown()
    grid = widget.grid
    drag(qtbot, grid, grid.point_for(0, 11 * 60), grid.point_for(0, 8 * 60))  # 07:00–09:00
    wait_for_operations()
    assert local_span(database, booking_id)[1] == at(DAY, 10)  # not saved without a reason
    dialog = widget.findChildren(BookingDialog)[-1]
    assert (dialog.draft().starts, dialog.draft().ends) == (at(DAY, 7), at(DAY, 9))
    assert "opening hours" in dialog.warnings.text().lower() or "open" in dialog.warnings.text().lower()
    dialog.override.setText("Agrā kora mēģinājums")
    dialog.save()
    wait_for_operations()
    assert local_span(database, booking_id) == (centre.hall.id, at(DAY, 7), at(DAY, 9))
    assert get_booking(database, booking_id).override_reason == "Agrā kora mēģinājums"


def test_undo_and_redo_of_a_move_put_the_booking_back_and_again(qtbot, database, centre, shown, history,
                                                                wait_for_operations):
    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    grid = widget.grid
    drag(qtbot, grid, grid.point_for(0, 11 * 60), grid.point_for(1, 15 * 60))
    wait_for_operations()
    moved = (centre.small_room.id, at(DAY, 14), at(DAY, 16))
    assert local_span(database, booking_id) == moved
    assert history.stack.undoText() == "Move booking"
    history.undo()
    wait_for_operations()
    assert local_span(database, booking_id) == (centre.hall.id, at(DAY, 10), at(DAY, 12))
    assert [booking.id for booking in grid.columns()[0].bookings] == [booking_id]  # shown back in the hall
    history.redo()
    wait_for_operations()
    assert local_span(database, booking_id) == moved
    assert history.stack.canUndo() and not history.stack.canRedo()


def test_undo_of_a_stretch_and_of_a_form_edit_restore_the_saved_values(qtbot, database, centre, shown, history,
                                                                       wait_for_operations):
    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    grid = widget.grid
    bottom = grid.booking_rect(0, grid.columns()[0].bookings[0]).bottom()
    drag(qtbot, grid, QPoint(grid.point_for(0, 0).x(), int(bottom) - 1), grid.point_for(0, 14 * 60))
    wait_for_operations()
    assert history.stack.undoText() == "Stretch booking"
    widget.edit_booking(booking_id)
    wait_for_operations()
    dialog = widget.findChildren(BookingDialog)[-1]
    dialog.title_edit.setText("Kopsapulce")
    dialog.attendees.setValue(40)
    dialog.save()
    wait_for_operations()
    saved = get_booking(database, booking_id)
    assert (saved.title, saved.attendees, to_local(saved.ends_at).hour) == ("Kopsapulce", 40, 14)
    history.undo()
    wait_for_operations()
    saved = get_booking(database, booking_id)
    assert (saved.title, saved.attendees, to_local(saved.ends_at).hour) == ("Valdes sēde", 0, 14)
    history.undo()
    wait_for_operations()
    assert local_span(database, booking_id) == (centre.hall.id, at(DAY, 10), at(DAY, 12))
    history.redo()
    history.redo()  # waits: the first redo is still being saved
    wait_for_operations()
    history.redo()
    wait_for_operations()
    saved = get_booking(database, booking_id)
    assert (saved.title, to_local(saved.ends_at).hour) == ("Kopsapulce", 14)


def test_undo_of_a_new_booking_cancels_it_and_redo_books_it_again(qtbot, database, centre, shown, history,
                                                                  wait_for_operations):
    widget = shown()
    dialog = widget.open_booking(room_id=centre.hall.id, starts=at(DAY, 9), ends=at(DAY, 10))
    dialog.title_edit.setText("Rīta kafija")
    dialog.save()
    wait_for_operations()
    [booking_id] = dialog.saved_ids
    history.undo()
    wait_for_operations()
    undone = get_booking(database, booking_id)  # still there: nothing is deleted
    assert undone.status == BookingStatus.CANCELLED and undone.cancel_reason == "Booking undone"
    history.redo()
    wait_for_operations()
    again = get_booking(database, booking_id)
    assert (again.status, again.cancel_reason) == (BookingStatus.PROVISIONAL, "")


def test_undo_of_a_cancellation_and_of_a_confirmation(qtbot, database, centre, shown, history, monkeypatch,
                                                      wait_for_operations):
    from PySide6.QtWidgets import QInputDialog

    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    widget.confirm(booking_id)
    wait_for_operations()
    assert get_booking(database, booking_id).status == BookingStatus.CONFIRMED
    monkeypatch.setattr(QInputDialog, "getText", lambda *_arguments, **_keywords: ("Slimība", True))
    widget.cancel(widget.shown_booking(booking_id))
    wait_for_operations()
    assert get_booking(database, booking_id).status == BookingStatus.CANCELLED
    history.undo()
    wait_for_operations()
    assert get_booking(database, booking_id).status == BookingStatus.CONFIRMED
    history.undo()
    wait_for_operations()
    assert get_booking(database, booking_id).status == BookingStatus.PROVISIONAL


def test_undo_refuses_when_another_desk_changed_the_booking_and_leaves_the_history(
        qtbot, database, centre, shown, history, monkeypatch, wait_for_operations):
    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    grid = widget.grid
    drag(qtbot, grid, grid.point_for(0, 11 * 60), grid.point_for(0, 15 * 60))
    wait_for_operations()
    saved = get_booking(database, booking_id)
    # Another desk, with its own connection to the same database, renames it meanwhile.
    from dataclasses import replace

    from ngo_desktop.database.core import open_database

    other_desk = open_database(database.sqlite_path or database.url, operator="otra", migrate=False)
    try:
        update_booking(other_desk, booking_id, replace(saved.draft(), title="Cita"), expected_version=saved.version)
    finally:
        other_desk.dispose()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: said.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *rest: said.append(text))
    history.undo()
    wait_for_operations()
    assert said and "changed this booking meanwhile" in said[0]
    after = get_booking(database, booking_id)
    assert (after.title, to_local(after.starts_at).hour) == ("Cita", 14)
    assert history.stack.count() == 0 and not history.undo_action.isEnabled()


# --- the keyboard ---------------------------------------------------------------------------------
def test_arrows_move_the_focused_cell_and_enter_opens_a_booking_there(qtbot, database, centre, shown,
                                                                     wait_for_operations):
    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    grid = widget.grid
    grid.setFocus()
    grid.set_focus_cell(0, 9 * 60)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Down):  # → small room, 10:30
        qtbot.keyClick(grid, key)
    column, start = grid.focused_slot()
    assert (column.room.id, start) == (centre.small_room.id, at(DAY, 10, 30))
    widget.resize(1100, 420)  # shorter than the day: the grid scrolls
    qtbot.waitUntil(lambda: widget.scroll.verticalScrollBar().maximum() > 0)
    for _ in range(20):  # down to 20:30: the calendar scrolls to keep the focused cell in sight
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    visible = widget.scroll.viewport().rect().translated(0, widget.scroll.verticalScrollBar().value())
    assert visible.contains(grid.focus_rect().toRect().center())
    for _ in range(20):
        qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    dialog = widget.findChildren(BookingDialog)[-1]
    assert (dialog.draft().room_id, dialog.draft().starts, dialog.draft().ends) == (
        centre.small_room.id, at(DAY, 10, 30), at(DAY, 11, 30))
    dialog.reject()
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # onto the hall's booking: Enter opens it
    qtbot.keyClick(grid, Qt.Key.Key_Enter)
    wait_for_operations()
    edited = widget.findChildren(BookingDialog)[-1]
    assert edited is not dialog and edited.windowTitle() == f"Booking no. {booking_id}"


def test_ctrl_arrows_move_the_focused_booking_and_page_keys_change_the_day(qtbot, database, centre, shown,
                                                                          wait_for_operations):
    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    grid = widget.grid
    grid.setFocus()
    grid.set_focus_cell(0, 10 * 60)
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    wait_for_operations()
    assert local_span(database, booking_id) == (centre.small_room.id, at(DAY, 10, 15), at(DAY, 12, 30))
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    wait_for_operations()
    assert grid.columns()[0].day == DAY + dt.timedelta(days=1)
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    wait_for_operations()
    assert grid.columns()[0].day == DAY - dt.timedelta(days=1)
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    wait_for_operations()
    from ngo_desktop.timeutil import today_local

    assert grid.columns()[0].day == today_local()


def test_delete_offers_to_cancel_the_focused_booking(qtbot, database, centre, shown, monkeypatch,
                                                     wait_for_operations):
    from PySide6.QtWidgets import QInputDialog

    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda _parent, title, *_rest, **_keywords: (
        asked.append(title) or ("Telpa vajadzīga remontam", True)))
    widget.grid.setFocus()
    widget.grid.set_focus_cell(0, 11 * 60)
    qtbot.keyClick(widget.grid, Qt.Key.Key_Delete)
    wait_for_operations()
    assert asked == ["Cancel booking"]
    assert get_booking(database, booking_id).cancel_reason == "Telpa vajadzīga remontam"


def test_ctrl_n_in_the_window_opens_a_booking_on_the_viewed_day_and_room(qtbot, database, centre,
                                                                         wait_for_operations):
    from ngo_desktop.views.main_window import MainWindow

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.show_section("bookings")
    section = window._pages["bookings"]
    wait_for_operations()
    section.go_to(DAY)
    wait_for_operations()
    section.grid.set_focus_cell(1, 15 * 60)
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    window.new_action.trigger()
    dialog = section.findChildren(BookingDialog)[-1]
    assert (dialog.draft().room_id, dialog.draft().starts) == (centre.small_room.id, at(DAY, 15))
    dialog.reject()
    window.show_section("organisations")
    organisations = window._pages["organisations"]
    assert window.find_action.isEnabled() and window.new_action.isEnabled()
    window.find_action.trigger()
    assert organisations.search.hasFocus()
    window.show_section("premises")
    window.find_action.trigger()
    assert window._pages["premises"].premises_page.search.hasFocus()
    window.show_section("reports")
    assert not window.new_action.isEnabled()  # no "new" there: greyed out, not silently nothing


def test_enter_in_the_organisations_list_opens_the_row_once(qtbot, database, centre, monkeypatch,
                                                            wait_for_operations):
    from ngo_desktop.views.organisations.section import OrganisationsSection

    widget = OrganisationsSection(database)
    qtbot.addWidget(widget)
    widget.show()
    wait_for_operations()
    opened: list[int | None] = []
    monkeypatch.setattr(widget, "open_organisation", opened.append)
    widget.table.setFocus()
    widget.table.setCurrentIndex(widget.model.index(0, 0))
    qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert opened == [widget.model.organisation_id(0)]
    rect = widget.table.visualRect(widget.model.index(1, 0))
    qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [widget.model.organisation_id(0), widget.model.organisation_id(1)]  # once, not twice


def test_the_booking_form_tabs_in_the_order_it_reads(qtbot, database, centre, shown):
    widget = shown()
    dialog = widget.open_booking(room_id=centre.hall.id, starts=at(DAY, 9), ends=at(DAY, 10))
    order = [dialog.room]
    for _ in range(8):
        order.append(order[-1].nextInFocusChain())
        while not (order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus) or not order[-1].isVisibleTo(dialog):
            order[-1] = order[-1].nextInFocusChain()
    assert order[:6] == [dialog.room, dialog.organisation, dialog.contact, dialog.title_edit, dialog.purpose,
                         dialog.date.focusProxy() or dialog.date]


# --- what a screen reader is told, and status beyond colour -------------------------------------------
def test_the_focused_cell_is_described_in_words(qtbot, database, centre, shown):
    from ngo_desktop.i18n import install_language
    from ngo_desktop.services.bookings.booking import set_status

    install_language("lv")  # the module's English is put back afterwards by its own fixture

    booking_id = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                                       organisation_id=centre.member_id)).id
    set_status(database, booking_id, BookingStatus.CONFIRMED, expected_version=1)
    widget = shown()
    grid = widget.grid
    grid.set_focus_cell(0, 10 * 60)
    assert grid.accessibleName() == "Rezervāciju kalendārs"
    assert (widget.mode.accessibleName(), widget.room.accessibleName()) == ("Skats", "Telpa")
    assert grid.accessibleDescription() == (
        'Lielā zāle, otrdiena, 05.03.2030, 10:00–12:00, Biedrība "Alūksnes pensionāri", apstiprināta')
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.accessibleDescription() == "Mazā telpa, otrdiena, 05.03.2030, 10:00–10:30, brīvs"


def test_the_stall_plan_describes_the_chosen_stall(qtbot) -> None:
    from ngo_desktop.services.fairs.layouts import StallInfo, StallSpec
    from ngo_desktop.views.fairs.plan_scene import PlanScene
    from ngo_desktop.views.fairs.plan_view import PlanView

    scene = PlanScene()
    view = PlanView(scene)
    qtbot.addWidget(view)
    item = scene.add_stall_item(StallInfo(7, StallSpec(number="12", x_m=1, y_m=1, width_m=3, depth_m=2,
                                                       has_power=True)))
    assert view.accessibleName() == "Stall plan"
    item.setSelected(True)
    assert view.accessibleDescription().startswith("Stall 12: 3 × 2 m, power")


# --- defaults --------------------------------------------------------------------------------------
def test_find_a_free_room_passes_the_attendees_and_says_why_no_room_fits(qtbot, database, centre, shown,
                                                                         wait_for_operations):
    from ngo_desktop.views.bookings.free_room_dialog import FreeRoomDialog

    book(database, centre.hall.id, 10, 12, title="Kopsapulce")
    widget = shown()
    widget.find_free_room()
    dialog = widget.findChildren(FreeRoomDialog)[-1]
    dialog.attendees.setValue(30)
    dialog.search()
    wait_for_operations()
    assert dialog.results.rowCount() == 0
    summary = dialog.summary.text()
    assert summary.startswith("No room is free and fitting:")
    assert "Lielā zāle is already booked by Kopsapulce" in summary
    assert "The number of attendees (30) is more than “Mazā telpa” holds (12)" in summary
    dialog.starts.setTime(dialog.starts.time().addSecs(4 * 3600))
    dialog.ends.setTime(dialog.ends.time().addSecs(4 * 3600))
    dialog.search()
    wait_for_operations()
    dialog.results.setFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)  # Enter books the selected room
    [form] = widget.findChildren(BookingDialog)  # one form, not one for the table and one for the dialog
    assert (form.draft().room_id, form.draft().attendees) == (centre.hall.id, 30)


def test_the_door_sign_of_the_day_is_for_the_focused_room(qtbot, database, centre, shown, monkeypatch,
                                                          wait_for_operations):
    from ngo_desktop.views.bookings import section as section_module

    asked: list[tuple[int, dt.date]] = []
    monkeypatch.setattr(section_module, "print_door_sign",
                        lambda _database, _parent, room_id, day, whole_week: asked.append((room_id, day)))
    widget = shown()
    widget.grid.set_focus_cell(1, 12 * 60)
    widget.print_door_sign(whole_week=False)
    assert asked == [(centre.small_room.id, DAY)]


def test_a_series_saved_says_how_many_dates_and_shows_the_first(qtbot, database, centre, shown,
                                                                 wait_for_operations):
    from ngo_desktop.views.bookings.repeat_preview import RepeatPreviewDialog

    widget = shown()
    first = DAY + dt.timedelta(days=14)
    dialog = widget.open_booking(room_id=centre.hall.id, starts=at(first, 18), ends=at(first, 20))
    dialog.title_edit.setText("Koris")
    dialog.repeat.kind.setCurrentIndex(dialog.repeat.kind.findData("weekly"))
    dialog.repeat.count.setValue(4)
    dialog.save()
    wait_for_operations()
    dialog.findChildren(RepeatPreviewDialog)[-1].book_button.click()
    wait_for_operations()
    assert widget.notice.isVisible()
    assert widget.notice.text().startswith("Dates booked: 4;") and widget.notice.text().endswith("the first on 19.03.2030.")
    assert widget.grid.columns()[0].day == first
    assert [booking.title for booking in widget.grid.columns()[0].bookings] == ["Koris"]


def test_the_form_shows_the_reduced_price_as_the_organisation_changes(qtbot, database, centre, shown,
                                                                      wait_for_operations):
    widget = shown()
    dialog = widget.open_booking(room_id=centre.small_room.id, starts=at(DAY, 10), ends=at(DAY, 12))
    wait_for_operations()
    assert dialog.price.text() == "€16.00"
    dialog.organisation.setText('Biedrība "Alūksnes pensionāri"')
    dialog._organisations['Biedrība "Alūksnes pensionāri"'] = centre.member_id  # as the completer fills it
    dialog.organisation.editingFinished.emit()
    wait_for_operations()
    assert dialog.price.text().startswith("€8.00 to pay (full value €16.00; Member discount 50 %")
    dialog.end_time.setTime(dialog.end_time.time().addSecs(3600))
    wait_for_operations()
    assert dialog.price.text().startswith("€12.00 to pay (full value €24.00;")


def test_the_month_is_walked_with_the_arrows_and_enter_opens_the_day(qtbot, database, centre, shown,
                                                                     wait_for_operations):
    widget = shown()
    widget.mode.setCurrentIndex(widget.mode.findData("month"))
    wait_for_operations()
    month = widget.month
    assert month.focused_day() == DAY
    month.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right):
        qtbot.keyClick(month, key)
    assert month.focused_day() == DAY + dt.timedelta(days=9)
    assert month.accessibleDescription().startswith("Thursday, 14.03.2030, 0 % booked")
    qtbot.keyClick(month, Qt.Key.Key_Return)
    wait_for_operations()
    assert widget.mode.currentData() == "day" and widget.grid.columns()[0].day == DAY + dt.timedelta(days=9)


def test_undo_refuses_to_put_a_booking_back_where_the_room_is_now_taken(qtbot, database, centre, shown, history,
                                                                        monkeypatch, wait_for_operations):
    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    grid = widget.grid
    drag(qtbot, grid, grid.point_for(0, 11 * 60), grid.point_for(0, 16 * 60))  # 15:00–17:00
    wait_for_operations()
    book(database, centre.hall.id, 10, 12, title="Jaunā nodarbība")  # the old time is taken meanwhile
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: said.append(text))
    history.undo()
    wait_for_operations()
    assert said and "Jaunā nodarbība" in said[0]
    assert local_span(database, booking_id) == (centre.hall.id, at(DAY, 15), at(DAY, 17))
    assert history.stack.count() == 0


def test_a_volunteer_cannot_drag_a_booking_nor_make_one(qtbot, database, centre, shown, wait_for_operations):
    from ngo_desktop.database import roles
    from ngo_desktop.services.users import SignedIn

    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    widget.limit_to_role(SignedIn(login="janis", name="Jānis", role=roles.VOLUNTEER, shared=True))
    grid = widget.grid
    drag(qtbot, grid, grid.point_for(0, 11 * 60), grid.point_for(1, 15 * 60))
    drag(qtbot, grid, grid.point_for(1, 8 * 60), grid.point_for(1, 9 * 60))
    wait_for_operations()
    assert get_booking(database, booking_id).version == 1
    assert widget.new_item() is None and not widget.findChildren(BookingDialog)


def test_a_volunteer_sees_a_booking_in_a_form_that_cannot_change_it(qtbot, database, centre, shown,
                                                                      wait_for_operations):
    from PySide6.QtWidgets import QDialogButtonBox

    from ngo_desktop.database import roles
    from ngo_desktop.services.users import SignedIn

    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    widget.limit_to_role(SignedIn(login="janis", name="Jānis", role=roles.VOLUNTEER, shared=True))
    widget.edit_booking(booking_id)
    wait_for_operations()
    [dialog] = widget.findChildren(BookingDialog)
    assert dialog.title_edit.text() and not dialog.title_edit.isEnabled() and not dialog.date.isEnabled()
    assert not dialog.room.isEnabled() and not dialog.notes.isEnabled()
    assert dialog.save_button.isHidden()
    assert not dialog.override.isVisibleTo(dialog) and dialog.warnings.isHidden()  # nothing to override
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert close.isEnabled() and close.text() == "Close"
    close.click()
    assert not dialog.isVisible()
