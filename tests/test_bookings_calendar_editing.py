"""Editing in the calendar itself: dragging a booking to move or stretch it, undo and redo of the
calendar's edits, the keyboard, what a screen reader is told, and the defaults of new bookings.

Every test drives the real section on a real database; the drags are real mouse events on the grid,
pressed, moved and released within milliseconds, and what counts is what the database then holds.
"""

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
        qtbot, database, centre, shown, wait_for_operations):  # noqa: F811
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
                                                                 wait_for_operations):  # noqa: F811
    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    grid = widget.grid
    # Three drags without waiting for any save: each starts on the block where the last one left it.
    drag(qtbot, grid, grid.point_for(0, 11 * 60), grid.point_for(0, 12 * 60))  # 11:00–13:00
    drag(qtbot, grid, grid.point_for(0, 12 * 60), grid.point_for(1, 9 * 60 + 30))  # 08:30–10:30, small room
    drag(qtbot, grid, grid.point_for(1, 9 * 60 + 30), grid.point_for(1, 10 * 60))  # 09:00–11:00
    wait_for_operations()
    assert local_span(database, booking_id) == (centre.small_room.id, at(DAY, 9), at(DAY, 11))
    assert get_booking(database, booking_id).version == 4  # three saves, none refused as stale
    [shown_booking] = grid.columns()[1].bookings
    assert to_local(shown_booking.starts_at).hour == 9


def test_a_drop_lands_inside_the_hours_shown_snapped_to_the_step() -> None:
    from ngo_desktop.views.bookings.calendar_drag import BookingDrag, Grip, dragged_to

    # 10:00–12:00 pressed at 11:00; where it lands does not depend on the booking itself.
    moving = BookingDrag(None, Grip.BODY, 0, 600, 720, 0, 660, 0, 600, 720, started=True)  # type: ignore[arg-type]
    assert dragged_to(moving, 1, 60, step=15, first=420, last=1380).start == 420  # never before 07:00
    assert dragged_to(moving, None, 2000, step=15, first=420, last=1380).end == 1380  # nor after 23:00
    assert dragged_to(moving, 2, 668, step=15, first=420, last=1380).start == 615  # 10:08 snaps to 10:15


def test_dragging_the_bottom_or_top_edge_stretches_the_booking(qtbot, database, centre, shown,
                                                               wait_for_operations):  # noqa: F811
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


def test_a_click_on_a_booking_does_not_move_it(qtbot, database, centre, shown, wait_for_operations):  # noqa: F811
    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    qtbot.mouseClick(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.point_for(0, 11 * 60))
    wait_for_operations()
    assert get_booking(database, booking_id).version == 1


def test_a_drop_the_rules_refuse_puts_the_booking_back_and_says_why(qtbot, database, centre, shown, monkeypatch,
                                                                     wait_for_operations):  # noqa: F811
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
                                                                      wait_for_operations):  # noqa: F811
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
                                                                wait_for_operations):  # noqa: F811
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
                                                                       wait_for_operations):  # noqa: F811
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
                                                                  wait_for_operations):  # noqa: F811
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
                                                      wait_for_operations):  # noqa: F811
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
        qtbot, database, centre, shown, history, monkeypatch, wait_for_operations):  # noqa: F811
    booking_id = book(database, centre.hall.id, 10, 12)
    widget = shown()
    grid = widget.grid
    drag(qtbot, grid, grid.point_for(0, 11 * 60), grid.point_for(0, 15 * 60))
    wait_for_operations()
    saved = get_booking(database, booking_id)
    # Another desk renames it meanwhile.
    update_booking(database, booking_id, saved.draft().__class__(**{**saved.draft().__dict__, "title": "Cita"}),
                   expected_version=saved.version)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: said.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *rest: said.append(text))
    history.undo()
    wait_for_operations()
    assert said and "changed this booking meanwhile" in said[0]
    after = get_booking(database, booking_id)
    assert (after.title, to_local(after.starts_at).hour) == ("Cita", 14)
    assert history.stack.count() == 0 and not history.undo_action.isEnabled()
