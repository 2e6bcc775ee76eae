"""The one date, month and time editor: what is typed is what is kept, in every form.

The parser is checked for every format a Latvian user types and for texts that are not dates; then
keystrokes are typed into every date and time field of every form and dialog, and the three cases
that used to save another date (series "until", tenancy end, member since) are saved into the
database and read back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ngo_desktop.database.core import Database
from ngo_desktop.services.bookings.booking import get_booking
from ngo_desktop.services.bookings.queries import bookings_between
from ngo_desktop.services.bookings.rooms import list_rooms
from ngo_desktop.services.organisations.registry import get_organisation
from ngo_desktop.services.premises.registry import tenancies_of_premises
from ngo_desktop.services.premises.statements import statements_for_month
from ngo_desktop.timeutil import local_day_bounds, to_local
from ngo_desktop.views.date_input import (
    DateEdit,
    MonthEdit,
    NotADate,
    TimeEdit,
    parse_date,
    parse_month,
    parse_time,
)
from tests.bookings_fixtures import at, centre  # noqa: F401
from tests.premises_fixtures import SharedSalon, add_organisation, salon  # noqa: F401

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize(("text", "day"), [
    ("30.06.2027", dt.date(2027, 6, 30)),
    ("30062027", dt.date(2027, 6, 30)),
    ("30.6.27", dt.date(2027, 6, 30)),
    ("3.6.2027", dt.date(2027, 6, 3)),
    ("300627", dt.date(2027, 6, 30)),
    ("31052027", dt.date(2027, 5, 31)),
    (" 15.03.2019 ", dt.date(2019, 3, 15)),
    ("30.06.2027.", dt.date(2027, 6, 30)),
    ("30/06/2027", dt.date(2027, 6, 30)),
    ("30-6-2027", dt.date(2027, 6, 30)),
    ("2027-06-30", dt.date(2027, 6, 30)),
    ("01.03.95", dt.date(1995, 3, 1)),  # a member since 1995, not 2095
    ("29.02.2028", dt.date(2028, 2, 29)),
    ("20270630", dt.date(2027, 6, 30)),  # ISO without its dashes: no year 0630 is ever meant
])
def test_every_way_a_date_is_typed_gives_that_day(text: str, day: dt.date) -> None:
    assert parse_date(text, TODAY) == day


@pytest.mark.parametrize(("text", "reason"), [
    ("31.02.2027", "no_such_day"),
    ("99.99.9999", "unreadable"),  # no year 9999 is ever meant
    ("30.06.0027", "unreadable"),  # a slip for 2027, never silently year 27
    ("05030305", "unreadable"),  # neither ddmmyyyy nor yyyymmdd gives a year the centre keeps
    ("29.02.2027", "no_such_day"),
    ("31042027", "no_such_day"),
    ("", "unreadable"),
    ("rīt", "unreadable"),
    ("30.06", "unreadable"),  # no year: not guessed
    ("3006", "unreadable"),
    ("3006202", "unreadable"),
    ("30.06.202", "unreadable"),
    ("30.06.2027 10:00", "unreadable"),
])
def test_a_text_that_is_not_a_real_date_is_refused_with_its_reason(text: str, reason: str) -> None:
    with pytest.raises(NotADate) as refused:
        parse_date(text, TODAY)
    assert refused.value.reason == reason


@pytest.mark.parametrize(("text", "moment"), [
    ("9", dt.time(9, 0)), ("09", dt.time(9, 0)), ("930", dt.time(9, 30)), ("0930", dt.time(9, 30)),
    ("9:30", dt.time(9, 30)), ("09.30", dt.time(9, 30)), ("9,30", dt.time(9, 30)), ("18:05", dt.time(18, 5)),
    ("0", dt.time(0, 0)), ("2359", dt.time(23, 59)),
])
def test_every_way_a_time_is_typed_gives_that_time(text: str, moment: dt.time) -> None:
    assert parse_time(text) == moment


@pytest.mark.parametrize(("text", "reason"), [
    ("25:00", "no_such_time"), ("9:75", "no_such_time"), ("2400", "no_such_time"),
    ("9:3", "unreadable"), ("pusdeviņi", "unreadable"), ("", "unreadable"), ("93000", "unreadable"),
])
def test_a_text_that_is_not_a_time_is_refused(text: str, reason: str) -> None:
    with pytest.raises(NotADate) as refused:
        parse_time(text)
    assert refused.value.reason == reason


@pytest.mark.parametrize(("text", "month"), [
    ("06.2027", dt.date(2027, 6, 1)), ("6.2027", dt.date(2027, 6, 1)), ("6.27", dt.date(2027, 6, 1)),
    ("062027", dt.date(2027, 6, 1)), ("0627", dt.date(2027, 6, 1)),
])
def test_a_month_is_typed_as_month_and_year(text: str, month: dt.date) -> None:
    assert parse_month(text, TODAY) == month
    with pytest.raises(NotADate):
        parse_month("13.2027", TODAY)


def retype(editor: QWidget, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` over the whole field, as a user does after selecting what is there."""
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, text)


def test_the_editor_keeps_the_typed_date_and_announces_it_once_on_enter(qtbot, english) -> None:
    edit = DateEdit(dt.date(2027, 2, 28))
    qtbot.addWidget(edit)
    announced: list[QDate] = []
    edit.dateChanged.connect(announced.append)
    retype(edit, qtbot, "30062027")
    assert announced == []  # nothing half way through typing
    assert edit.date().toPython() == dt.date(2027, 6, 30) and edit.problem() is None
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert [day.toPython() for day in announced] == [dt.date(2027, 6, 30)]
    assert edit.text() == "30.06.2027"  # shown as the day understood, once the typing is done
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "01.07.2027" and announced[-1].toPython() == dt.date(2027, 7, 1)


def test_a_day_that_does_not_exist_is_named_and_nothing_is_announced(qtbot, english) -> None:
    edit = DateEdit(dt.date(2027, 2, 28))
    qtbot.addWidget(edit)
    announced: list[QDate] = []
    edit.dateChanged.connect(announced.append)
    retype(edit, qtbot, "31.02.2027")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert announced == [] and not edit.date().isValid() and edit.value() is None
    assert edit.problem() == "There is no day „31.02.2027”: check the day and the month (for example 30.06.2027)."
    assert edit.shown_value() == dt.date(2027, 2, 28)  # a view driven by the field stays where it was
    assert edit.text() == "31.02.2027"  # not silently turned into another day
    retype(edit, qtbot, "abc")
    assert "„abc” is not a date" in (edit.problem() or "")


def test_the_message_is_in_latvian_in_the_latvian_program(qtbot, latvian) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    retype(edit, qtbot, "31.02.2027")
    assert edit.problem() == "Dienas „31.02.2027” nav: pārbaudiet dienu un mēnesi (piemēram, 30.06.2027)."
    times = TimeEdit()
    qtbot.addWidget(times)
    retype(times, qtbot, "25:00")
    assert times.problem() == "Laika „25:00” nav: stundas ir no 0 līdz 23, minūtes no 0 līdz 59."
    assert edit.placeholderText() == "dd.mm.gggg"


def test_a_date_outside_the_allowed_days_is_refused_not_moved(qtbot, english) -> None:
    edit = DateEdit(dt.date(2026, 3, 1))
    qtbot.addWidget(edit)
    edit.setMinimumDate(dt.date(2026, 2, 1))
    edit.setMaximumDate(QDate(2026, 7, 31))
    retype(edit, qtbot, "01082026")
    assert edit.date().toPython() == dt.date(2026, 8, 1)
    assert edit.problem() == "The date must be from 01.02.2026 to 31.07.2026."


def test_the_calendar_button_picks_a_day(qtbot, english) -> None:
    edit = DateEdit(dt.date(2027, 2, 28))
    qtbot.addWidget(edit)
    edit.show()
    edit.calendar_action.trigger()
    popup = edit._popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate().toPython() == dt.date(2027, 2, 28)
    assert popup.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    popup.calendar.clicked.emit(QDate(2027, 6, 15))
    assert edit.date().toPython() == dt.date(2027, 6, 15) and not popup.isVisible()


def test_an_optional_date_may_be_left_empty(qtbot, english) -> None:
    edit = DateEdit(optional=True)
    required = DateEdit()
    for widget in (edit, required):
        qtbot.addWidget(widget)
    assert edit.problem() is None and edit.value() is None and not edit.date().isValid()
    assert required.problem() == "Enter a date, for example 30.06.2027."


# --- every date and time field of every form ------------------------------------------------------

Builder = Callable[[Database, pytest.FixtureRequest], QWidget]


def _tenancy_dialog(database: Database, request: pytest.FixtureRequest) -> QWidget:
    from ngo_desktop.views.premises.tenancy_form import TenancyDialog

    shared: SharedSalon = request.getfixturevalue("salon")
    dialog = TenancyDialog(database, shared.premises_id)
    dialog.has_decision_date.setChecked(True)
    return dialog


def _end_early(database: Database, request: pytest.FixtureRequest) -> QWidget:
    from ngo_desktop.views.premises.tenancy_form import EndEarlyDialog

    shared: SharedSalon = request.getfixturevalue("salon")
    dialog = EndEarlyDialog(tenancies_of_premises(database, shared.premises_id)[0])
    dialog.last_day.setMinimumDate(dt.date(2000, 1, 1))  # the typing below is about reading, not the range
    dialog.last_day.setMaximumDate(dt.date(2099, 12, 31))
    return dialog


def _payment(database: Database, request: pytest.FixtureRequest) -> QWidget:
    from ngo_desktop.views.premises.statements_view import PaymentDialog

    request.getfixturevalue("salon")
    return PaymentDialog(database, statements_for_month(database, month=dt.date(2026, 3, 1))[0])


def _booking_dialog(database: Database, request: pytest.FixtureRequest) -> QWidget:
    from ngo_desktop.views.bookings.booking_dialog import BookingDialog

    request.getfixturevalue("centre")
    dialog = BookingDialog(database, list_rooms(database))
    dialog.repeat.kind.setCurrentIndex(dialog.repeat.kind.findData("weekly"))
    return dialog


def _simple(path: str, class_name: str, *arguments: object) -> Builder:
    def build(database: Database, _request: pytest.FixtureRequest) -> QWidget:
        module = __import__(path, fromlist=[class_name])
        return getattr(module, class_name)(database, *arguments)
    return build


def _organisation_form(_database: Database, _request: pytest.FixtureRequest) -> QWidget:
    from ngo_desktop.views.organisations.form import OrganisationForm

    return OrganisationForm()


def _repeat_form(_database: Database, _request: pytest.FixtureRequest) -> QWidget:
    from ngo_desktop.views.bookings.repeat_form import RepeatForm

    form = RepeatForm()
    form.kind.setCurrentIndex(1)
    return form


FIELDS: list[tuple[str, Builder, str]] = [
    ("audit log from", _simple("ngo_desktop.views.audit.dialog", "AuditLogDialog"), "first_day"),
    ("audit log until", _simple("ngo_desktop.views.audit.dialog", "AuditLogDialog"), "last_day"),
    ("fair single day", _simple("ngo_desktop.views.fairs.fair_dialog", "FairDialog"), "single_day"),
    ("fair repeat from", _simple("ngo_desktop.views.fairs.fair_dialog", "FairDialog"), "repeat_from"),
    ("fair repeat until", _simple("ngo_desktop.views.fairs.fair_dialog", "FairDialog"), "repeat_until"),
    ("fair opens", _simple("ngo_desktop.views.fairs.fair_dialog", "FairDialog"), "opens"),
    ("fair closes", _simple("ngo_desktop.views.fairs.fair_dialog", "FairDialog"), "closes"),
    ("fair programme item", _simple("ngo_desktop.views.fairs.details_page", "DetailsPage"), "item_starts"),
    ("tenancy first day", _tenancy_dialog, "starts_on"),
    ("tenancy last day", _tenancy_dialog, "ends_on"),
    ("tenancy decision date", _tenancy_dialog, "decision_date"),
    ("tenancy ended early", _end_early, "last_day"),
    ("payment date", _payment, "paid_on"),
    ("statements month", _simple("ngo_desktop.views.premises.statements_view", "StatementsView"), "month"),
    ("report from", _simple("ngo_desktop.views.reports.section", "ReportsSection"), "first_day"),
    ("report until", _simple("ngo_desktop.views.reports.section", "ReportsSection"), "last_day"),
    ("calendar day", _simple("ngo_desktop.views.bookings.section", "BookingsSection"), "date"),
    ("free room day", _simple("ngo_desktop.views.bookings.free_room_dialog", "FreeRoomDialog", dt.date(2030, 3, 5)),
     "date"),
    ("free room from", _simple("ngo_desktop.views.bookings.free_room_dialog", "FreeRoomDialog", dt.date(2030, 3, 5)),
     "starts"),
    ("free room until", _simple("ngo_desktop.views.bookings.free_room_dialog", "FreeRoomDialog", dt.date(2030, 3, 5)),
     "ends"),
    ("room opens on Monday", _simple("ngo_desktop.views.bookings.rooms_dialog", "RoomsDialog"), "hours.0.1"),
    ("room closes on Sunday", _simple("ngo_desktop.views.bookings.rooms_dialog", "RoomsDialog"), "hours.6.2"),
    ("closure from day", _simple("ngo_desktop.views.bookings.closures_dialog", "ClosuresDialog"), "starts.date_edit"),
    ("closure from time", _simple("ngo_desktop.views.bookings.closures_dialog", "ClosuresDialog"), "starts.time_edit"),
    ("closure until day", _simple("ngo_desktop.views.bookings.closures_dialog", "ClosuresDialog"), "ends.date_edit"),
    ("closure until time", _simple("ngo_desktop.views.bookings.closures_dialog", "ClosuresDialog"), "ends.time_edit"),
    ("booking day", _booking_dialog, "date"),
    ("booking start", _booking_dialog, "start_time"),
    ("booking end", _booking_dialog, "end_time"),
    ("booking series until", _booking_dialog, "repeat.until"),
    ("repeat form until", _repeat_form, "until"),
    ("organisation member since", _organisation_form, "member_since"),
    ("document day", _simple("ngo_desktop.views.documents.new_document_panel", "NewDocumentPanel"), "day_edit"),
]

DATE_TYPING = [("30062027", dt.date(2027, 6, 30)), ("30.6.27", dt.date(2027, 6, 30)),
               ("3.6.2027", dt.date(2027, 6, 3)), ("300627", dt.date(2027, 6, 30)),
               ("15.03.2019", dt.date(2019, 3, 15)), ("31052027", dt.date(2027, 5, 31))]
MONTH_TYPING = [("062027", dt.date(2027, 6, 1)), ("6.27", dt.date(2027, 6, 1)), ("03.2019", dt.date(2019, 3, 1))]
TIME_TYPING = [("9", dt.time(9, 0)), ("930", dt.time(9, 30)), ("9:30", dt.time(9, 30)), ("09.30", dt.time(9, 30)),
               ("1745", dt.time(17, 45))]


def _field(widget: object, path: str) -> QWidget:
    for step in path.split("."):
        widget = widget[int(step)] if step.isdigit() else getattr(widget, step)  # type: ignore[index]
    assert isinstance(widget, QWidget)
    return widget


@pytest.mark.parametrize(("build", "path"), [pytest.param(build, path, id=name) for name, build, path in FIELDS])
def test_typing_into_every_date_and_time_field_keeps_exactly_what_was_typed(
        qtbot, database, request, english, wait_for_operations, build: Builder, path: str) -> None:
    form = build(database, request)
    qtbot.addWidget(form)
    wait_for_operations()
    editor = _field(form, path)
    assert editor.isEnabled()
    if isinstance(editor, MonthEdit):
        typing, read = MONTH_TYPING, lambda: editor.date().toPython()
    elif isinstance(editor, DateEdit):
        typing, read = DATE_TYPING, lambda: editor.date().toPython()
    else:
        assert isinstance(editor, TimeEdit)
        typing, read = TIME_TYPING, lambda: editor.time().toPython()
    for text, expected in typing:
        retype(editor, qtbot, text)
        assert editor.text() == text
        assert (read(), editor.problem()) == (expected, None), text
    retype(editor, qtbot, "31.02.2027" if isinstance(editor, DateEdit) else "25:61")
    assert editor.problem() is not None and editor.value() is None


# --- the three dates that used to be saved wrong -----------------------------------------------------

def test_a_series_until_typed_as_digits_books_every_meeting_up_to_that_day(
        qtbot, database, centre, wait_for_operations) -> None:  # noqa: F811
    from ngo_desktop.views.bookings.booking_dialog import BookingDialog
    from ngo_desktop.views.bookings.repeat_preview import RepeatPreviewDialog

    day = dt.date(2030, 3, 5)
    dialog = BookingDialog(database, list_rooms(database), room_id=centre.hall.id, starts=at(day, 18),
                           ends=at(day, 20))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Koris")
    dialog.repeat.kind.setCurrentIndex(dialog.repeat.kind.findData("weekly"))
    retype(dialog.repeat.until, qtbot, "19032030")
    assert dialog.repeat.by_date.isChecked()  # typing the end date chooses "until"
    retype(dialog.start_time, qtbot, "1830")
    dialog.save()
    wait_for_operations()
    preview = dialog.findChildren(RepeatPreviewDialog)[-1]
    preview.book_button.click()
    wait_for_operations()
    booked = sorted(get_booking(database, booking_id).starts_at for booking_id in dialog.saved_ids)
    assert [to_local(moment).replace(tzinfo=None) for moment in booked] == [
        dt.datetime(2030, 3, 5, 18, 30), dt.datetime(2030, 3, 12, 18, 30), dt.datetime(2030, 3, 19, 18, 30)]


def test_a_tenancy_end_typed_as_digits_is_saved_as_that_day(qtbot, database, salon, english,  # noqa: F811
                                                             wait_for_operations) -> None:
    from ngo_desktop.views.premises.tenancy_form import TenancyDialog

    add_organisation(database, "SIA Frizētava")
    dialog = TenancyDialog(database, salon.premises_id)
    qtbot.addWidget(dialog)
    dialog.tenant.lineEdit().setText("Frizētava")
    dialog.tenant.refill()
    wait_for_operations()
    dialog.tenant.setCurrentIndex(0)
    retype(dialog.starts_on, qtbot, "15.8.26")
    retype(dialog.ends_on, qtbot, "31.02.2027")
    dialog.save()
    wait_for_operations()
    assert "There is no day „31.02.2027”" in dialog.errors.message("ends_on")
    assert len(tenancies_of_premises(database, salon.premises_id)) == 2  # nothing saved
    retype(dialog.ends_on, qtbot, "31052027")
    dialog.save()
    wait_for_operations()
    assert dialog.result() == TenancyDialog.DialogCode.Accepted
    newest = tenancies_of_premises(database, salon.premises_id)[0]
    assert (newest.tenant_name, newest.starts_on, newest.ends_on) == (
        "SIA Frizētava", dt.date(2026, 8, 15), dt.date(2027, 5, 31))


def test_member_since_starts_empty_and_keeps_a_date_typed_over_another(qtbot, database, english,
                                                                       wait_for_operations) -> None:
    from ngo_desktop.views.organisations.dialog import OrganisationDialog

    dialog = OrganisationDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    assert dialog.form.member_since.text() == "" and dialog.form.member_since.isEnabled()
    dialog.form.name.setText("Alūksnes pensionāru biedrība")
    assert dialog.save()
    wait_for_operations()
    assert get_organisation(database, dialog.organisation_id).member_since is None
    retype(dialog.form.member_since, qtbot, "01.03.2019")
    retype(dialog.form.member_since, qtbot, "15.03.2019")
    assert dialog.save()
    wait_for_operations()
    assert get_organisation(database, dialog.organisation_id).member_since == dt.date(2019, 3, 15)
    retype(dialog.form.member_since, qtbot, "32.03.2019")
    assert not dialog.save()
    assert "There is no day „32.03.2019”" in dialog.form._errors["member_since"].text()
    assert get_organisation(database, dialog.organisation_id).member_since == dt.date(2019, 3, 15)


def test_a_booking_with_a_time_that_does_not_exist_is_refused_with_a_message(
        qtbot, database, centre, english, monkeypatch, wait_for_operations) -> None:  # noqa: F811
    from ngo_desktop.views.bookings.booking_dialog import BookingDialog

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_rest: said.append(text))
    day = dt.date(2030, 3, 5)
    dialog = BookingDialog(database, list_rooms(database), room_id=centre.hall.id, starts=at(day, 9),
                           ends=at(day, 10))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Rīta kafija")
    retype(dialog.end_time, qtbot, "25:00")
    dialog.save()
    wait_for_operations()
    assert said == ["There is no time „25:00”: hours go from 0 to 23 and minutes from 0 to 59."]
    assert bookings_between(database, *local_day_bounds(day)) == []



def test_no_form_uses_qts_section_editors_any_more() -> None:
    # QDateEdit and its kin put typed digits into whichever section they think fits: one editor
    # everywhere, the one above.
    views = Path(__file__).resolve().parent.parent / "ngo_desktop" / "views"
    users = [path.name for path in views.rglob("*.py") if path.name != "date_input.py"
             and any(name in path.read_text(encoding="utf-8") for name in ("QDateEdit", "QTimeEdit", "QDateTimeEdit"))]
    assert users == []
