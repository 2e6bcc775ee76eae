"""Confirmations of what cannot be taken back, and defaults that save work, driven in real widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ngo_desktop.models import LegalForm
from ngo_desktop.services.bookings.booking import BookingDraft, create_booking
from ngo_desktop.services.fairs import vendors
from ngo_desktop.services.organisations.registry import (
    ContactData,
    OrganisationData,
    create_organisation,
    get_organisation,
)
from ngo_desktop.services.premises.registry import get_premises
from ngo_desktop.views.bookings.booking_dialog import BookingDialog
from ngo_desktop.views.bookings.rooms_dialog import RoomsDialog
from ngo_desktop.views.documents.new_document_panel import NewDocumentPanel
from ngo_desktop.views.fairs.reason_dialog import ReasonDialog
from ngo_desktop.views.fairs.vendors_page import VendorsPage
from ngo_desktop.views.main_window import MainWindow
from ngo_desktop.views.organisations.dialog import OrganisationDialog
from ngo_desktop.views.premises.tenancy_form import TenancyDialog
from ngo_desktop.views.sections import SECTIONS
from tests.bookings_fixtures import at, the_centre
from tests.fairs_fixtures import apply_all, build_market, follow_changes
from tests.premises_fixtures import build_shared_salon
from tests.qt_typing import type_text
from tests.unsaved_helpers import answer_questions

DAY = dt.date(2030, 3, 5)  # a Tuesday in the future: "now" is real in the window


def record_questions(monkeypatch, answer: QMessageBox.StandardButton) -> list[tuple[str, str, object]]:  # type: ignore[no-untyped-def]
    """QMessageBox.question answered with ``answer``; each (title, text, default button) is kept."""
    asked: list[tuple[str, str, object]] = []

    def question(_parent, title, text, _buttons=None, default=QMessageBox.StandardButton.NoButton):  # type: ignore[no-untyped-def]
        asked.append((title, text, default))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


# --- confirming what cannot be taken back ------------------------------------------------------
def test_archiving_an_organisation_asks_by_name_with_no_as_the_default(qtbot, database, latvian, monkeypatch,
                                                                     wait_for_operations) -> None:
    organisation_id = create_organisation(database, OrganisationData(
        name="biedrība „Sudrabs”", legal_form=LegalForm.ASSOCIATION)).id
    dialog = OrganisationDialog(database, organisation_id)
    qtbot.addWidget(dialog)
    wait_for_operations()
    asked = record_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog.archive_button.click()
    wait_for_operations()
    [(_title, text, default)] = asked
    assert text.startswith("Arhivēt biedrību „Sudrabs”?") and default == QMessageBox.StandardButton.No
    assert not get_organisation(database, organisation_id).archived
    asked = record_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.archive_button.click()
    wait_for_operations()
    assert get_organisation(database, organisation_id).archived
    dialog.archive_button.click()  # restoring from the archive takes nothing away: no question
    wait_for_operations()
    assert len(asked) == 1 and not get_organisation(database, organisation_id).archived


def test_deleting_an_organisation_defaults_to_no(qtbot, database, monkeypatch, wait_for_operations) -> None:
    organisation_id = create_organisation(database, OrganisationData(name="Tukša biedrība")).id
    dialog = OrganisationDialog(database, organisation_id)
    qtbot.addWidget(dialog)
    wait_for_operations()
    asked = record_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog.delete()
    wait_for_operations()
    assert [default for _title, _text, default in asked] == [QMessageBox.StandardButton.No]
    assert get_organisation(database, organisation_id).name == "Tukša biedrība"


def test_archiving_premises_asks_by_name_with_no_as_the_default(qtbot, database, latvian, monkeypatch,
                                                                wait_for_operations) -> None:
    from ngo_desktop.views.premises.premises_page import PremisesPage

    salon = build_shared_salon(database)
    page = PremisesPage(database)
    qtbot.addWidget(page)
    wait_for_operations()
    page.select_premises(salon.premises_id)
    asked = record_questions(monkeypatch, QMessageBox.StandardButton.No)
    page.toggle_archived()
    wait_for_operations()
    [(_title, text, default)] = asked
    assert text.startswith("Arhivēt telpas „Skaistumkopšanas salons”?") and default == QMessageBox.StandardButton.No
    assert not get_premises(database, salon.premises_id).archived


def test_taking_a_room_out_of_use_asks_with_no_as_the_default(qtbot, database, monkeypatch,
                                                              wait_for_operations) -> None:
    from ngo_desktop.services.bookings.rooms import list_rooms

    the_centre(database)
    dialog = RoomsDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    asked = record_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog.archive()
    wait_for_operations()
    assert [default for _title, _text, default in asked] == [QMessageBox.StandardButton.No]
    assert "„Lielā zāle”" in asked[0][1] and len(list_rooms(database)) == 2


def test_waiving_a_fee_without_a_reason_keeps_the_dialog_and_the_selection(qtbot, database, latvian,
                                                                          wait_for_operations) -> None:
    market = build_market(database)
    days = apply_all(database, market)
    chosen = days[market.organisation_ids[0]][0]
    page = VendorsPage(database)
    qtbot.addWidget(page)
    follow_changes(page, database)
    page.set_fair(market.fair_id)
    wait_for_operations()
    page.table.selectionModel().select(page.model.index(page.model.row_of(chosen), 0),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)
    page.waive_fee()
    [dialog] = page.findChildren(ReasonDialog)
    dialog.accept()  # OK with the reason empty
    assert dialog.isVisible() and not dialog.problem.isHidden()
    assert dialog.problem.text() == "Norādiet, kāpēc atbrīvo no maksas, piemēram, labdarības NVO."
    assert [row.application_day_id for row in page.selected_rows()] == [chosen]
    type_text(dialog.edit, "Labdarības biedrība")
    assert dialog.problem.isHidden()
    dialog.accept()
    wait_for_operations()
    waived = vendors.get_application_day(database, chosen)
    assert (waived.fee_cents, waived.fee_reduction_reason) == (0, "Labdarības biedrība")
    assert [row.application_day_id for row in page.selected_rows()] == [chosen]


# --- defaults ---------------------------------------------------------------------------------
def test_a_booking_takes_the_organisations_main_contact(qtbot, database, monkeypatch, wait_for_operations) -> None:
    centre = the_centre(database)
    create_organisation(database, OrganisationData(name="Biedrība „Sudrabs”", contacts=(
        ContactData(name="Anna Ozola"), ContactData(name="Baiba Liepa", is_main=True))))
    answer_questions(monkeypatch).answer = "discard"  # the form is left changed: closing it discards
    dialog = BookingDialog(database, [centre.hall], room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.organisation, "Sudr")
    wait_for_operations()
    completer = dialog.organisation.completer()
    completer.setCompletionPrefix("Sudr")
    assert completer.currentCompletion() == "Biedrība „Sudrabs”"
    dialog.organisation.setText(completer.currentCompletion())  # what choosing the completion does
    completer.activated.emit(completer.currentCompletion())
    wait_for_operations()
    assert dialog.contact.currentText() == "Baiba Liepa"


def test_an_existing_booking_keeps_its_empty_contact(qtbot, database, wait_for_operations) -> None:
    from ngo_desktop.services.bookings.booking import get_booking

    centre = the_centre(database)
    organisation = create_organisation(database, OrganisationData(name="Biedrība „Sudrabs”", contacts=(
        ContactData(name="Baiba Liepa"),)))
    booking = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 10), ends=at(DAY, 12),
                                                    organisation_id=organisation.id, title="Sēde"))
    dialog = BookingDialog(database, [centre.hall], booking=get_booking(database, booking.id))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_operations()
    dialog.organisation.editingFinished.emit()  # tabbing through the field changes nothing
    wait_for_operations()
    assert dialog.contact.currentData() is None and not dialog.has_unsaved_changes()


def test_a_new_site_keeps_the_room_being_typed(qtbot, database, monkeypatch, wait_for_operations) -> None:
    answer_questions(monkeypatch).answer = "discard"  # the form is left changed: closing it discards
    the_centre(database)
    dialog = RoomsDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    dialog._show_room(-1)  # New room
    type_text(dialog.name, "Dārza zāle")
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("Dārza iela 3", True))
    dialog.add_site()
    wait_for_operations()
    assert dialog.name.text() == "Dārza zāle" and dialog.site.currentText() == "Dārza iela 3"


def test_the_tenant_box_lists_matches_as_you_type(qtbot, database, monkeypatch, wait_for_operations) -> None:
    answer_questions(monkeypatch).answer = "discard"  # the form is left changed: closing it discards
    salon = build_shared_salon(database)
    dialog = TenancyDialog(database, salon.premises_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_for_operations()
    dialog.tenant.lineEdit().setFocus()
    qtbot.waitUntil(dialog.tenant.lineEdit().hasFocus)
    type_text(dialog.tenant.lineEdit(), "nagu")  # a word inside the name, not its beginning
    wait_for_operations()
    popup = dialog.tenant.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert shown == ["Ērikas nagu studija"]
    assert not dialog.tenant.view().isVisible()  # the drop-down itself was never opened


def test_the_documents_booking_chooser_is_searchable_and_names_a_missing_organisation(
        qtbot, database, latvian, wait_for_operations) -> None:
    import ngo_desktop.timeutil as timeutil

    centre = the_centre(database)
    tomorrow = timeutil.today_local() + dt.timedelta(days=1)
    create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(tomorrow, 10), ends=at(tomorrow, 12),
                                          title="Atvērto durvju diena"))
    create_booking(database, BookingDraft(room_id=centre.small_room.id, starts=at(tomorrow, 14),
                                          ends=at(tomorrow, 15), organisation_id=centre.member_id))
    panel = NewDocumentPanel(database)
    qtbot.addWidget(panel)
    wait_for_operations()
    texts = [panel.booking_box.itemText(row) for row in range(panel.booking_box.count())]
    day = tomorrow.strftime("%d.%m.%Y")
    assert texts == [f"{day} 10:00 — Lielā zāle — (bez organizācijas): Atvērto durvju diena",
                     f"{day} 14:00 — Mazā telpa — Biedrība \"Alūksnes pensionāri\""]
    completer = panel.booking_box.completer()
    completer.setCompletionPrefix("pensionāri")
    assert completer.completionCount() == 1 and completer.currentCompletion() == texts[1]


# --- quitting ---------------------------------------------------------------------------------
def test_quitting_with_a_changed_booking_form_asks_first(qtbot, database, monkeypatch,
                                                         wait_for_operations) -> None:
    the_centre(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    window.show_section("bookings")
    wait_for_operations()
    section = window.section_widget(next(info for info in SECTIONS if info.key == "bookings"))
    dialog = section.open_booking(starts=at(DAY, 10), ends=at(DAY, 12))
    type_text(dialog.title_edit, "Valdes sēde")
    assert section.has_unsaved_edits()
    answers = answer_questions(monkeypatch)
    answers.answer = "cancel"
    window.close()
    assert window.isVisible() and dialog.isVisible() and dialog.title_edit.text() == "Valdes sēde"
    answers.answer = "discard"
    window.close()
    assert not window.isVisible() and len(answers.asked) == 2


def test_the_first_person_added_is_ticked_as_main_at_once(qtbot, database, wait_for_operations) -> None:
    dialog = OrganisationDialog(database)
    qtbot.addWidget(dialog)
    dialog.contacts.add_button.click()
    dialog.contacts.add_button.click()
    main = [dialog.contacts.table.item(row, 4).checkState() for row in range(2)]
    assert main == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]


# --- look-alikes -----------------------------------------------------------------------------
def test_renaming_to_a_look_alike_name_warns_and_can_save_anyway(qtbot, database, monkeypatch,
                                                                 wait_for_operations) -> None:
    create_organisation(database, OrganisationData(name="Pensionāru biedrība „Sudrabs”"))
    renamed = create_organisation(database, OrganisationData(name="Zelta rudens")).id
    dialog = OrganisationDialog(database, renamed)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_operations()
    answers = answer_questions(monkeypatch)
    dialog.form.phone.setText("29111222")
    dialog.save()  # the name is as saved: no look-alike question
    wait_for_operations()
    assert answers.asked == [] and get_organisation(database, renamed).phone == "+371 29111222"
    dialog.form.name.setText("biedrība „Sudrabs”")
    answers.answer = "cancel"
    dialog.save()
    wait_for_operations()
    assert "Pensionāru biedrība „Sudrabs”" in answers.asked[0]["text"]
    assert get_organisation(database, renamed).name == "Zelta rudens"
    answers.answer = "discard"  # the DestructiveRole button: Save anyway
    dialog.save()
    wait_for_operations()
    assert "Tomēr saglabāt" in answers.asked[1]["buttons"]
    assert get_organisation(database, renamed).name == "biedrība „Sudrabs”"


def test_the_import_dialog_lists_rows_that_look_like_registered_organisations(
        qtbot, database, latvian, tmp_path, wait_for_operations) -> None:
    from ngo_desktop.views.organisations.import_dialog import ImportDialog

    create_organisation(database, OrganisationData(name="Pensionāru biedrība „Sudrabs”"))
    path = tmp_path / "jaunas.csv"
    path.write_text("Nosaukums\nbiedrība „Sudrabs”\nZelta rudens\n", encoding="utf-8")
    dialog = ImportDialog(database)
    qtbot.addWidget(dialog)
    assert dialog.load_file(path)
    wait_for_operations()
    assert "Rindas, kas izskatās pēc reģistrā jau esošas organizācijas: 1" in dialog.summary.text()
    assert [dialog.problems.item(row).text() for row in range(dialog.problems.count())] == [
        "2. rinda: „biedrība „Sudrabs”” izskatās pēc reģistrā jau esošās „Pensionāru biedrība „Sudrabs””. "
        "To pievienos kā citu organizāciju."]
    assert dialog.import_button.isEnabled()  # a warning, not a refusal


def test_the_series_question_defaults_to_cancel(qtbot, database, monkeypatch) -> None:
    from ngo_desktop.services.bookings.booking import create_series, get_booking
    from ngo_desktop.services.bookings.repeats import RepeatKind, RepeatRule
    from ngo_desktop.views.bookings.series_scope import ask_scope

    centre = the_centre(database)
    series = create_series(database, BookingDraft(room_id=centre.hall.id, starts=at(DAY, 18), ends=at(DAY, 20),
                                                  title="Koris"), RepeatRule(RepeatKind.WEEKLY, count=3))
    answers = answer_questions(monkeypatch)
    assert ask_scope(QWidget(), get_booking(database, series.booking_ids[0]), "Atcelt kuras dienas?") is None
    assert answers.asked[0]["default"] == "Atcelt"


def test_choosing_another_room_asks_about_the_changed_one(qtbot, database, monkeypatch,
                                                          wait_for_operations) -> None:
    from ngo_desktop.services.bookings.rooms import list_rooms

    the_centre(database)
    dialog = RoomsDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_operations()
    answers = answer_questions(monkeypatch)
    type_text(dialog.name, " (augšā)")
    answers.answer = "cancel"
    dialog.list.setCurrentRow(1)
    assert dialog.list.currentRow() == 0 and dialog.name.text() == "Lielā zāle (augšā)"
    answers.answer = "save"
    dialog.list.setCurrentRow(1)
    wait_for_operations()
    assert "Lielā zāle (augšā)" in [room.name for room in list_rooms(database)]
    assert answers.asked[0]["text"] == "Vispirms saglabāt šīs telpas izmaiņas?"
    dialog.list.setCurrentRow(1)  # nothing changed now: no question
    assert len(answers.asked) == 2 and dialog.name.text() == "Mazā telpa"


def test_quitting_with_a_programme_entry_typed_in_asks_first(qtbot, database, latvian, monkeypatch,
                                                            wait_for_operations) -> None:
    build_market(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    window.show_section("fairs")
    wait_for_operations()
    section = window.section_widget(next(info for info in SECTIONS if info.key == "fairs"))
    assert not section.has_unsaved_edits()
    type_text(section.details_page.item_title, "Koncerts")
    assert section.has_unsaved_edits()
    answers = answer_questions(monkeypatch)
    window.close()
    assert window.isVisible() and answers.asked[0]["text"] == "Izmaiņas sadaļā Tirdziņi un tirgi vēl nav saglabātas."
    assert answers.asked[0]["default"] == "Atcelt"
    answers.answer = "discard"  # the DestructiveRole button: Quit without saving
    window.close()
    assert not window.isVisible()


def test_archiving_with_changes_not_saved_asks_to_save_them_first(qtbot, database, monkeypatch,
                                                                  wait_for_operations) -> None:
    organisation_id = create_organisation(database, OrganisationData(name="Saulīte")).id
    dialog = OrganisationDialog(database, organisation_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_operations()
    answers = answer_questions(monkeypatch)
    dialog.form.phone.setText("29111222")
    answers.answer = "cancel"
    dialog.toggle_archived()
    wait_for_operations()
    assert answers.asked[0]["text"] == "Vispirms saglabāt izmaiņas?" and dialog.form.phone.text() == "29111222"
    answers.answer = "save"
    dialog.toggle_archived()  # saves; the archive waits for another click
    wait_for_operations()
    saved = get_organisation(database, organisation_id)
    assert saved.phone == "+371 29111222" and not saved.archived and dialog.isVisible()
