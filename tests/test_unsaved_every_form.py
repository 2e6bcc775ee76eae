"""Every editing dialog asks before closing with changes, and keeps quiet when nothing changed.

One table of dialogs (rooms, closures, fair, vendor application, premises, tenancy, settings, the
first-start welcome, a new user), each opened on a real SQLite file with a field changed as a user would; Esc is pressed and the
question answered: Cancel keeps the form and the value, Discard closes with nothing saved, Save saves
(read back from the database) and closes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QDialog

from ngo_desktop.database.core import Database
from ngo_desktop.services import centre as centre_service
from ngo_desktop.services.bookings.rooms import list_rooms
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.fairs import vendors
from ngo_desktop.services.premises.registry import get_premises, get_tenancy
from ngo_desktop.views.bookings import closures_dialog
from ngo_desktop.views.bookings.closures_dialog import ClosuresDialog
from ngo_desktop.views.bookings.rooms_dialog import RoomsDialog
from ngo_desktop.views.fairs.application_dialog import ApplicationDialog
from ngo_desktop.views.fairs.fair_dialog import FairDialog, load_fair_form
from ngo_desktop.views.premises.premises_form import PremisesDialog
from ngo_desktop.views.premises.tenancy_form import TenancyDialog
from ngo_desktop.views.settings_dialog import SettingsDialog
from ngo_desktop.views.users_dialog import AddUserForm
from ngo_desktop.views.welcome_dialog import WelcomeDialog
from tests.bookings_fixtures import the_centre
from tests.fairs_fixtures import build_market
from tests.premises_fixtures import build_shared_salon
from tests.qt_typing import type_text
from tests.unsaved_helpers import answer_questions, press_escape


@dataclass(frozen=True)
class Form:
    """``open(database)`` the dialog with its data; ``change(dialog)`` one field as a user would;
    ``saved(database, dialog)`` whether that change is in the database (or, for a form that only
    hands its values on, whether it was accepted)."""

    open: Callable[[Database], QDialog]
    change: Callable[[QDialog], None]
    saved: Callable[[Database, QDialog], bool]
    shown: Callable[[QDialog], str]


def _rooms(database: Database) -> QDialog:
    the_centre(database)
    return RoomsDialog(database)


def _closures(database: Database) -> QDialog:
    the_centre(database)
    return ClosuresDialog(database)


def _fair(database: Database) -> QDialog:
    return FairDialog(database, load_fair_form(database, build_market(database).fair_id))


def _application(database: Database) -> QDialog:
    return ApplicationDialog(database, build_market(database).fair_id)


def _premises(database: Database) -> QDialog:
    return PremisesDialog(database, get_premises(database, build_shared_salon(database).premises_id))


def _tenancy(database: Database) -> QDialog:
    salon = build_shared_salon(database)
    return TenancyDialog(database, salon.premises_id, get_tenancy(database, salon.therapist_tenancy))


def _application_saved(database: Database, dialog: QDialog) -> bool:
    assert isinstance(dialog, ApplicationDialog)
    return any(row.goods == "Medus" for row in vendors.list_applications(
        database, vendors.ApplicationFilter(fair_id=dialog.fair_id)))


FORMS = {
    "rooms": Form(_rooms, lambda dialog: type_text(dialog.name, " 2"),
                  lambda database, _dialog: "Lielā zāle 2" in [room.name for room in list_rooms(database)],
                  lambda dialog: dialog.name.text()),
    "closures": Form(_closures, lambda dialog: type_text(dialog.reason, "Grīdas remonts"),
                     lambda database, _dialog: [closure.reason for closure in closures_dialog._upcoming(database)]
                     == ["Grīdas remonts"],
                     lambda dialog: dialog.reason.text()),
    "fair": Form(_fair, lambda dialog: type_text(dialog.name, " 2027"),
                 lambda database, dialog: fairs.get_fair(database, dialog.fair_id).details.name
                 == "Alūksnes vasaras tirdziņš 2027",
                 lambda dialog: dialog.name.text()),
    "vendor": Form(_application, lambda dialog: (dialog.organisations.setCurrentRow(0), type_text(dialog.goods, "Medus")),
                   _application_saved,
                   lambda dialog: dialog.goods.text()),
    "premises": Form(_premises, lambda dialog: type_text(dialog.address, ", 2. stāvs"),
                     lambda database, dialog: get_premises(database, dialog.existing.id).address
                     == "Pils iela 12, Alūksne, 2. stāvs",
                     lambda dialog: dialog.address.text()),
    "tenancy": Form(_tenancy, lambda dialog: type_text(dialog.activity, " un masāža"),
                    lambda database, dialog: get_tenancy(database, dialog.existing.id).activity
                    == "Kosmetoloģes pakalpojumi un masāža",
                    lambda dialog: dialog.activity.text()),
    "settings": Form(SettingsDialog, lambda dialog: type_text(dialog.centre_form.name, "Alūksnes NVO centrs"),
                     lambda database, _dialog: centre_service.get_centre_details(database).name
                     == "Alūksnes NVO centrs",
                     lambda dialog: dialog.centre_form.name.text()),
    "welcome": Form(WelcomeDialog, lambda dialog: type_text(dialog.form.name, "Alūksnes NVO centrs"),
                    lambda database, _dialog: centre_service.get_centre_details(database).name
                    == "Alūksnes NVO centrs",
                    lambda dialog: dialog.form.name.text()),
    "new user": Form(lambda _database: AddUserForm(), lambda dialog: type_text(dialog.login, "anna.berzina"),
                     lambda _database, dialog: dialog.result() == QDialog.DialogCode.Accepted
                     and dialog.values()[0] == "anna.berzina",
                     lambda dialog: dialog.login.text()),
}


def open_form(qtbot, database: Database, form: Form, wait_for_operations) -> QDialog:  # type: ignore[no-untyped-def]
    dialog = form.open(database)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_operations()
    return dialog


@pytest.mark.parametrize("name", FORMS)
def test_cancel_keeps_the_form_open_with_the_change(qtbot, database, monkeypatch, name: str,
                                                    wait_for_operations) -> None:
    answers = answer_questions(monkeypatch)
    form = FORMS[name]
    dialog = open_form(qtbot, database, form, wait_for_operations)
    form.change(dialog)
    changed = form.shown(dialog)
    answers.answer = "cancel"
    press_escape(qtbot, dialog)
    wait_for_operations()
    assert len(answers.asked) == 1 and answers.asked[0]["default"] == "Saglabāt"
    assert dialog.isVisible() and form.shown(dialog) == changed
    assert not form.saved(database, dialog)


@pytest.mark.parametrize("name", FORMS)
def test_discard_closes_the_form_and_saves_nothing(qtbot, database, monkeypatch, name: str,
                                                  wait_for_operations) -> None:
    answers = answer_questions(monkeypatch)
    form = FORMS[name]
    dialog = open_form(qtbot, database, form, wait_for_operations)
    form.change(dialog)
    answers.answer = "discard"
    dialog.close()  # the window's ×
    wait_for_operations()
    assert len(answers.asked) == 1 and not dialog.isVisible()
    assert not form.saved(database, dialog)


@pytest.mark.parametrize("name", FORMS)
def test_save_saves_the_change_and_closes(qtbot, database, monkeypatch, name: str, wait_for_operations) -> None:
    answers = answer_questions(monkeypatch)
    form = FORMS[name]
    dialog = open_form(qtbot, database, form, wait_for_operations)
    form.change(dialog)
    answers.answer = "save"
    press_escape(qtbot, dialog)
    wait_for_operations()
    assert len(answers.asked) == 1
    assert form.saved(database, dialog) and not dialog.isVisible()


@pytest.mark.parametrize("name", FORMS)
def test_an_unchanged_form_closes_without_a_question(qtbot, database, name: str, wait_for_operations) -> None:
    dialog = open_form(qtbot, database, FORMS[name], wait_for_operations)
    press_escape(qtbot, dialog)  # a question would fail the test (conftest)
    assert not dialog.isVisible()
