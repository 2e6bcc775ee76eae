"""Closing a changed form asks Save / Discard changes / Cancel; an unchanged one closes silently.

Each form is a real dialog on a real SQLite file: a field is changed, Esc (or Close, or the window's
×) is pressed, and the question is answered the three ways; what Save saved is read back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from ngo_desktop.services.bookings.booking import get_booking
from ngo_desktop.services.bookings.queries import bookings_between
from ngo_desktop.services.organisations.registry import (
    ContactData,
    OrganisationData,
    create_organisation,
    get_organisation,
    organisation_names,
)
from ngo_desktop.timeutil import local_day_bounds
from ngo_desktop.views.bookings.booking_dialog import BookingDialog
from ngo_desktop.views.organisations.dialog import OrganisationDialog
from tests.bookings_fixtures import Centre, at, the_centre
from tests.qt_typing import type_text
from tests.unsaved_helpers import answer_questions, press_escape

DAY = dt.date(2030, 3, 5)  # a Tuesday in the future: "now" is real in the window


def open_organisation(qtbot, database, wait_for_operations, organisation_id: int | None = None) -> OrganisationDialog:  # type: ignore[no-untyped-def]
    dialog = OrganisationDialog(database, organisation_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_operations()
    return dialog


def test_the_question_in_latvian_has_save_as_default(qtbot, database, latvian, monkeypatch,
                                                     wait_for_operations) -> None:
    answers = answer_questions(monkeypatch)
    dialog = open_organisation(qtbot, database, wait_for_operations)
    type_text(dialog.form.name, "Sudrabs")
    press_escape(qtbot, dialog)
    [asked] = answers.asked
    assert asked["text"] == "Saglabāt izmaiņas pirms aizvēršanas?"
    assert sorted(asked["buttons"]) == ["Atcelt", "Atmest izmaiņas", "Saglabāt"] and asked["default"] == "Saglabāt"


def test_cancel_keeps_the_organisation_form_open_with_what_was_typed(qtbot, database, monkeypatch,
                                                                     wait_for_operations) -> None:
    answers = answer_questions(monkeypatch)
    dialog = open_organisation(qtbot, database, wait_for_operations)
    type_text(dialog.form.name, "Sudrabs")
    answers.answer = "cancel"
    press_escape(qtbot, dialog)
    assert len(answers.asked) == 1
    assert dialog.isVisible() and dialog.form.name.text() == "Sudrabs"


def test_discard_closes_the_organisation_form_and_saves_nothing(qtbot, database, monkeypatch,
                                                                wait_for_operations) -> None:
    answers = answer_questions(monkeypatch)
    dialog = open_organisation(qtbot, database, wait_for_operations)
    type_text(dialog.form.name, "Sudrabs")
    answers.answer = "discard"
    dialog.buttons.rejected.emit()  # the Close button
    wait_for_operations()
    assert len(answers.asked) == 1 and not dialog.isVisible()
    assert organisation_names(database) == []


def test_save_saves_the_new_organisation_then_closes(qtbot, database, monkeypatch,
                                                     wait_for_operations) -> None:
    answers = answer_questions(monkeypatch)
    dialog = open_organisation(qtbot, database, wait_for_operations)
    type_text(dialog.form.name, "Sudrabs")
    answers.answer = "save"
    dialog.close()  # the window's ×
    wait_for_operations()
    assert [name for _id, name in organisation_names(database)] == ["Sudrabs"]
    assert not dialog.isVisible() and dialog.changed


def test_save_with_a_problem_keeps_the_form_open_with_the_message(qtbot, database, latvian,
                                                                  monkeypatch, wait_for_operations) -> None:
    answers = answer_questions(monkeypatch)
    dialog = open_organisation(qtbot, database, wait_for_operations)
    type_text(dialog.form.registration_number, "123")
    answers.answer = "save"
    press_escape(qtbot, dialog)
    wait_for_operations()
    assert dialog.isVisible() and dialog.form.problem_text("name") == "Ierakstiet organizācijas nosaukumu."
    assert organisation_names(database) == []


def test_a_changed_contact_person_of_a_saved_organisation_is_saved_on_closing(
        qtbot, database, monkeypatch, wait_for_operations) -> None:
    answers = answer_questions(monkeypatch)
    organisation_id = create_organisation(database, OrganisationData(
        name="Saulīte", contacts=(ContactData(name="Ēriks Ļaviņš", phone="29111222"),))).id
    dialog = open_organisation(qtbot, database, wait_for_operations, organisation_id)
    dialog.contacts.table.item(0, 2).setText("29333444")
    answers.answer = "save"
    press_escape(qtbot, dialog)
    wait_for_operations()
    assert get_organisation(database, organisation_id).contacts[0].phone == "+371 29333444"
    assert not dialog.isVisible()


def test_an_unchanged_organisation_closes_without_a_question(qtbot, database, wait_for_operations) -> None:
    organisation_id = create_organisation(database, OrganisationData(
        name="Saulīte", contacts=(ContactData(name="Ēriks Ļaviņš"),))).id
    dialog = open_organisation(qtbot, database, wait_for_operations, organisation_id)
    press_escape(qtbot, dialog)  # a question would fail the test (conftest)
    assert not dialog.isVisible()
    fresh = open_organisation(qtbot, database, wait_for_operations)
    fresh.buttons.rejected.emit()
    assert not fresh.isVisible()


@pytest.fixture
def rooms(database) -> Centre:  # type: ignore[no-untyped-def]
    return the_centre(database)


def open_booking(qtbot, database, centre: Centre, wait_for_operations) -> BookingDialog:  # type: ignore[no-untyped-def]
    dialog = BookingDialog(database, [centre.hall, centre.small_room], room_id=centre.hall.id,
                           starts=at(DAY, 10), ends=at(DAY, 12))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_operations()
    return dialog


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_the_booking_form_asks_before_closing(qtbot, database, rooms, monkeypatch, answer: str,
                                              wait_for_operations) -> None:
    answers = answer_questions(monkeypatch)
    dialog = open_booking(qtbot, database, rooms, wait_for_operations)
    type_text(dialog.title_edit, "Valdes sēde")
    answers.answer = answer
    press_escape(qtbot, dialog)
    wait_for_operations()
    assert len(answers.asked) == 1
    saved = bookings_between(database, *local_day_bounds(DAY))
    if answer == "cancel":
        assert dialog.isVisible() and dialog.title_edit.text() == "Valdes sēde" and saved == []
    elif answer == "discard":
        assert not dialog.isVisible() and saved == []
    else:
        assert not dialog.isVisible() and [booking.title for booking in saved] == ["Valdes sēde"]
        assert get_booking(database, dialog.saved_ids[0]).title == "Valdes sēde"


def test_a_changed_repeat_counts_as_a_change(qtbot, database, rooms, monkeypatch,
                                             wait_for_operations) -> None:
    answers = answer_questions(monkeypatch)
    dialog = open_booking(qtbot, database, rooms, wait_for_operations)
    dialog.repeat.kind.setCurrentIndex(1)
    dialog.findChild(QDialogButtonBox).rejected.emit()  # Cancel
    assert len(answers.asked) == 1 and dialog.isVisible()


def test_an_unchanged_booking_form_closes_without_a_question(qtbot, database, rooms,
                                                             wait_for_operations) -> None:
    dialog = open_booking(qtbot, database, rooms, wait_for_operations)
    press_escape(qtbot, dialog)
    assert not dialog.isVisible()
