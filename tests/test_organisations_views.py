"""The Organisations section driven like a user would: typing, sorting, the form, the import dialog."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ngo_desktop.models import LegalForm, MembershipStatus, OrganisationKind
from ngo_desktop.services.organisations.registry import (
    ContactData,
    OrganisationData,
    create_organisation,
    get_organisation,
    organisation_names,
    set_archived,
)
from ngo_desktop.views.organisations.dialog import OrganisationDialog
from ngo_desktop.views.organisations.import_dialog import ImportDialog
from ngo_desktop.views.organisations.section import OrganisationsSection
from ngo_desktop.views.organisations.table_model import BATCH_SIZE, OrganisationTableModel
from tests.conftest import built_once, holds_no_rows
from tests.organisations_fixtures import add_booking, add_organisations
from tests.qt_typing import type_text


def add(database, name: str, **values) -> int:  # type: ignore[no-untyped-def]
    return create_organisation(database, OrganisationData(name=name, **values)).id


def shown_names(section: OrganisationsSection) -> list[str]:
    model = section.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def build_registry(database) -> None:  # type: ignore[no-untyped-def]
    for name in ("Šulcs", "Čakste", "Ābele", "Saule", "Cepure", "Abele", "biedrība „Sudrabs”"):
        add(database, name)
    add(database, "Saulīte", contacts=(ContactData(name="Ēriks Ļaviņš", phone="29111222"),))


@pytest.fixture
def registry(database):  # type: ignore[no-untyped-def]
    assert holds_no_rows(database)  # built_once's copy would replace what is there
    built_once(database, build_registry)  # saved once per backend, then copied
    return database


def test_an_empty_registry_shows_the_empty_state_with_buttons(qtbot, database, latvian,
                                                              wait_for_operations) -> None:
    section = OrganisationsSection(database)
    qtbot.addWidget(section)
    wait_for_operations()
    assert section._stack.currentWidget() is section._empty
    assert "pievienojiet pirmo" in section._empty.heading.text()
    add(database, "Ozols")
    section.refresh()
    wait_for_operations()
    assert section._stack.currentWidget() is section._page and shown_names(section) == ["Ozols"]


def test_the_list_opens_in_latvian_order_and_typing_filters_it(qtbot, registry, latvian,
                                                               wait_for_operations) -> None:
    section = OrganisationsSection(registry)
    qtbot.addWidget(section)
    wait_for_operations()
    assert shown_names(section) == ["Abele", "Ābele", "Cepure", "Čakste", "Saule", "Saulīte",
                                    "biedrība „Sudrabs”", "Šulcs"]
    type_text(section.search, "ļaviņ")
    wait_for_operations()
    assert shown_names(section) == ["Saulīte"]
    section.search.clear()
    type_text(section.search, "cak")
    wait_for_operations()
    assert shown_names(section) == ["Čakste"]
    assert section.status.text() == "Parādīta 1 organizācija"


def test_clicking_a_header_sorts_in_the_database(qtbot, registry, wait_for_operations) -> None:
    section = OrganisationsSection(registry)
    qtbot.addWidget(section)
    wait_for_operations()
    section.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    wait_for_operations()
    assert shown_names(section)[:2] == ["Šulcs", "biedrība „Sudrabs”"]
    section.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    wait_for_operations()
    assert shown_names(section)[0] == "Saulīte"


def test_re_sorting_and_sorting_back_keeps_the_latvian_order(qtbot, registry, wait_for_operations) -> None:
    """Every sort is read again from the database: back on the name the order is Latvian again,
    Ā beside A, Č after every C, Š after every S, either way round."""
    section = OrganisationsSection(registry)
    qtbot.addWidget(section)
    wait_for_operations()
    latvian_order = ["Abele", "Ābele", "Cepure", "Čakste", "Saule", "Saulīte", "biedrība „Sudrabs”", "Šulcs"]
    for column in (5, 1, 8):
        section.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        wait_for_operations()
        section.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        wait_for_operations()
        assert shown_names(section) == latvian_order[::-1]
        section.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        wait_for_operations()
        assert shown_names(section) == latvian_order


def test_every_cell_shows_its_words_in_latvian_on_every_page(qtbot, database, latvian,
                                                             wait_for_operations) -> None:
    """The cells' texts are written on the worker with the rows: the closed sets in Latvian words,
    the main contact's phone where the organisation has none, the fields of activity joined."""
    add(database, "Ābeļzieds", legal_form=LegalForm.FOUNDATION, registration_number="40008000001",
        kind=OrganisationKind.ENTREPRENEUR, membership=MembershipStatus.LAPSED, fields=("Vide", "Kultūra"),
        contacts=(ContactData(name="Ēriks Ļaviņš", phone="29111222", email="eriks@example.lv"),))
    add_organisations(database, (f"Žubīte {number:03d}" for number in range(BATCH_SIZE)))
    model = OrganisationTableModel(database)
    model.reload()
    wait_for_operations()
    assert [model.index(0, column).data() for column in range(model.columnCount())] == [
        "Ābeļzieds", "nodibinājums", "40008000001", "uzņēmējs", "dalība beigusies", "Ēriks Ļaviņš",
        "+371 29111222", "eriks@example.lv", "Kultūra, Vide"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Juridiskā forma"
    model.fetchMore()
    wait_for_operations()
    last = model.rowCount() - 1
    assert (last, model.index(last, 0).data(), model.index(last, 1).data()) == (BATCH_SIZE, "Žubīte 199", "biedrība")
    assert model.index(last, model.columnCount()).data() is None and model.index(-1, 0).data() is None


def test_the_model_pages_rows_and_passes_qts_model_checks(qtbot, qtmodeltester, database,
                                                          wait_for_operations) -> None:
    add_organisations(database, (f"Biedrība {number:03d}" for number in range(BATCH_SIZE + 30)))
    model = OrganisationTableModel(database)
    model.reload()
    wait_for_operations()
    assert model.rowCount() == BATCH_SIZE and model.canFetchMore()
    model.fetchMore()
    wait_for_operations()
    assert model.rowCount() == BATCH_SIZE + 30 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_archived_organisations_are_hidden_then_shown_greyed(qtbot, registry, wait_for_operations) -> None:
    set_archived(registry, next(i for i, name in organisation_names(registry) if name == "Saule"), True)
    section = OrganisationsSection(registry)
    qtbot.addWidget(section)
    wait_for_operations()
    assert "Saule" not in shown_names(section)
    section.show_archived.setChecked(True)
    wait_for_operations()
    row = shown_names(section).index("Saule")
    assert section.model.index(row, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert section.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert section.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_new_organisation_is_typed_in_and_saved_with_a_contact(qtbot, database, latvian,
                                                                  wait_for_operations) -> None:
    dialog = OrganisationDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    type_text(dialog.form.name, "Alūksnes pensionāru biedrība")
    type_text(dialog.form.registration_number, "40008012345")
    type_text(dialog.form.phone, "29123456")
    dialog.form.new_field.setText("Sociālā aprūpe")
    dialog.form.add_new_field()
    dialog.contacts.add_contact(ContactData(name="Skaidrīte Ņikitina", email="skaidrite@example.com"))
    assert dialog.save()
    wait_for_operations()
    assert dialog.changed
    saved = get_organisation(database, dialog.organisation_id)
    assert saved.phone == "+371 29123456" and saved.fields == ("Sociālā aprūpe",)
    assert [contact.name for contact in saved.contacts] == ["Skaidrīte Ņikitina"]
    assert dialog.windowTitle() == "Alūksnes pensionāru biedrība"
    dialog.form.notes.setPlainText("Tiekas otrdienās")
    assert dialog.save()
    wait_for_operations()
    assert get_organisation(database, saved.id).notes == "Tiekas otrdienās"


def test_a_failed_validation_shows_latvian_messages_and_saves_nothing(qtbot, database, latvian) -> None:
    dialog = OrganisationDialog(database)
    qtbot.addWidget(dialog)
    type_text(dialog.form.name, "Biedrība")
    type_text(dialog.form.registration_number, "123")
    type_text(dialog.form.email, "nav-epasts")
    dialog.contacts.add_contact(ContactData(name="", phone="12"))
    assert not dialog.save()
    assert dialog.form.problem_text("registration_number") == \
        "Latvijas reģistrācijas numurs ir 11 cipari, piem., 40008012345."
    assert "E-pasta adrese nav derīga" in dialog.form.problem_text("email")
    assert "Ierakstiet kontaktpersonas" in dialog.contacts.problems.text()
    assert organisation_names(database) == []


def test_creating_a_look_alike_offers_to_open_the_existing_one(qtbot, database, monkeypatch,
                                                               wait_for_operations) -> None:
    existing = add(database, "biedrība „Sudrabs”")

    def click_open(box: QMessageBox) -> int:
        opener = next(button for button in box.buttons()
                      if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole)
        opener.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_open)
    dialog = OrganisationDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    dialog.form.name.setText("SUDRABS")
    dialog.save()
    wait_for_operations()
    assert not dialog.changed  # nothing was saved: the existing organisation was opened instead
    assert dialog.organisation_id == existing
    assert len(organisation_names(database)) == 1


def test_forgetting_a_person_from_the_page(qtbot, database, monkeypatch, wait_for_operations) -> None:
    organisation_id = add(database, "Saulīte", contacts=(ContactData(name="Ēriks Ļaviņš", phone="29111222"),))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    dialog = OrganisationDialog(database, organisation_id)
    qtbot.addWidget(dialog)
    wait_for_operations()
    dialog.contacts.table.selectRow(0)
    assert dialog.contacts.forget_button.isEnabled()
    dialog.contacts.forget_button.click()
    wait_for_operations()
    forgotten = get_organisation(database, organisation_id).contacts[0]
    assert forgotten.anonymised and forgotten.phone == "" and forgotten.name != "Ēriks Ļaviņš"
    assert not dialog.contacts.forget_button.isEnabled()


def test_delete_is_offered_only_without_history(qtbot, database, latvian, monkeypatch,
                                                wait_for_operations) -> None:
    with_history = add(database, "Pensionāri")
    add_booking(database, with_history)
    without = add(database, "Tukša biedrība")
    dialog = OrganisationDialog(database, with_history)
    qtbot.addWidget(dialog)
    wait_for_operations()
    assert dialog.delete_button.isHidden() and not dialog.archive_button.isHidden()
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    other = OrganisationDialog(database, without)
    qtbot.addWidget(other)
    wait_for_operations()
    assert not other.delete_button.isHidden()
    other.delete_button.click()
    wait_for_operations()
    assert other.changed and other.result() == OrganisationDialog.DialogCode.Accepted
    assert [name for _id, name in organisation_names(database)] == ["Pensionāri"]
    titles = [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())]
    bookings_tab = dialog.tabs.widget(titles.index("Rezervācijas (1)"))
    assert bookings_tab.rowCount() == 1 and bookings_tab.item(0, 1).text() == "Lielā zāle"
    assert bookings_tab.item(0, 0).text() == "05.03.2026 18:00–20:00"  # stored in UTC, shown in Riga time


def test_import_dialog_end_to_end_with_a_windows_1257_file(qtbot, database, latvian, monkeypatch,
                                                            tmp_path: Path, wait_for_operations) -> None:
    header = "Nosaukums;Reģistrācijas numurs;Tālrunis;Kontaktpersona\n"
    good = "biedrība „Ziemeļvidzemes pūtēji”;40008099991;29111222;Ģirts Ķēniņš\n"
    bad = "Ļaudonas amatnieki;123;29111333;Žanna Šņore\n"
    path = tmp_path / "biedribas.csv"
    path.write_bytes((header + good + bad).encode("cp1257"))
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *rest: messages.append(text))
    dialog = ImportDialog(database)
    qtbot.addWidget(dialog)
    assert dialog.load_file(path)
    wait_for_operations()
    assert "Windows-1257" in dialog.file_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.count() == 1 and dialog.problems.item(0).text().startswith(
        "3. rinda, kolonna „Reģistrācijas numurs”")
    assert dialog.preview.item(1, 1).toolTip().startswith("Latvijas reģistrācijas numurs")
    dialog.set_column("registration_number", None)
    wait_for_operations()
    assert dialog.import_button.isEnabled()
    assert dialog.run_import()
    wait_for_operations()
    assert dialog.imported is not None and dialog.imported.added == 2
    assert messages == ["Pievienotas: 2, atjauninātas: 0, izlaistas: 0."]
    assert [name for _id, name in organisation_names(database)] == [
        "Ļaudonas amatnieki", "biedrība „Ziemeļvidzemes pūtēji”"]
    again = ImportDialog(database)
    qtbot.addWidget(again)
    again.load_file(path)
    assert again.current_mapping().get("registration_number") is None  # the mapping was remembered


def test_exporting_what_the_list_shows(qtbot, registry, monkeypatch, tmp_path: Path, wait_for_operations) -> None:
    target = tmp_path / "redzamie.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "CSV (*.csv)"))
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: None)
    section = OrganisationsSection(registry)
    qtbot.addWidget(section)
    section.search.setText("saul")
    section.export_file(shown_only=True)
    wait_for_operations()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert [line.split(";")[0] for line in lines[1:]] == ["Saule", "Saulīte"]


def test_a_large_file_is_checked_and_imported_off_the_gui_thread(qtbot, database, monkeypatch,
                                                                 tmp_path: Path, wait_for_operations) -> None:
    from ngo_desktop.views.organisations.import_dialog import CHECK_IN_BACKGROUND_ROWS

    rows = CHECK_IN_BACKGROUND_ROWS + 200
    path = tmp_path / "liels.csv"
    path.write_text("Nosaukums;Tālrunis\n" + "".join(f"Biedrība {n:04d};2{n:07d}\n" for n in range(rows)),
                    encoding="utf-8-sig")
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: None)
    dialog = ImportDialog(database)
    qtbot.addWidget(dialog)
    assert dialog.load_file(path)
    assert not dialog.import_button.isEnabled()  # until the check's answer is back
    wait_for_operations()
    assert dialog.import_button.isEnabled() and dialog.preview.rowCount() == 300
    assert dialog.run_import()
    wait_for_operations()
    assert dialog.imported.added == rows and len(organisation_names(database)) == rows


def test_print_directory_opens_the_preview_in_latvian_order(qtbot, registry, latvian) -> None:
    import io

    from pypdf import PdfReader

    from ngo_desktop.services.centre import CentreDetails, save_centre_details
    from ngo_desktop.views.documents.preview_dialog import PreviewDialog

    save_centre_details(registry, CentreDetails(name="Alūksnes NVO atbalsta centrs"))
    section = OrganisationsSection(registry)
    qtbot.addWidget(section)
    section.print_button.click()
    qtbot.waitUntil(lambda: bool(section.findChildren(PreviewDialog)))
    preview = section.findChildren(PreviewDialog)[0]
    qtbot.addWidget(preview)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert text.index("Cepure") < text.index("Čakste") < text.index("Saule") < text.index("Šulcs")


def test_saving_through_the_contacts_editor_keeps_each_persons_notes(qtbot, database, latvian) -> None:
    from ngo_desktop.services.organisations.registry import get_organisation, update_organisation
    from ngo_desktop.views.organisations.contacts import ContactsEditor

    organisation_id = add(database, "Biedrība „Ozolzīle”", contacts=(
        ContactData(name="Ērika Kļaviņa", phone="29111222", notes="Zvanīt pēc 17:00"),))
    saved = get_organisation(database, organisation_id)
    editor = ContactsEditor()
    qtbot.addWidget(editor)
    editor.load(saved.contacts)
    contacts, problems = editor.contacts()
    assert problems == {}
    update_organisation(database, replace(saved, contacts=contacts))
    assert get_organisation(database, organisation_id).contacts[0].notes == "Zvanīt pēc 17:00"


def test_import_preview_numbers_rows_as_the_spreadsheet_does(qtbot, database, latvian, tmp_path: Path,
                                                             wait_for_operations) -> None:
    path = tmp_path / "ar-tuksu-rindu.csv"
    path.write_text("Nosaukums;E-pasts\nLabā biedrība;a@b.lv\n;\nSliktā biedrība;nav-epasts\n", encoding="utf-8")
    dialog = ImportDialog(database)
    qtbot.addWidget(dialog)
    assert dialog.load_file(path)
    wait_for_operations()
    assert dialog.problems.item(0).text().startswith("4. rinda, kolonna „E-pasts”")
    assert [dialog.preview.verticalHeaderItem(row).text() for row in range(2)] == ["2", "4"]
    assert dialog.preview.item(1, 1).toolTip() != "" and dialog.preview.item(0, 1).toolTip() == ""


def test_typing_a_word_quickly_runs_one_search_not_one_per_letter(qtbot, registry, wait_for_operations) -> None:
    from ngo_desktop.views.operations import TYPING_PAUSE_MS

    section = OrganisationsSection(registry)
    qtbot.addWidget(section)
    wait_for_operations()
    searched: list[str] = []
    first_page = section.model.first_page

    def counted(database, limit):  # type: ignore[no-untyped-def]
        searched.append(section.model.list_filter.search)
        return first_page(database, limit)

    section.model.first_page = counted  # type: ignore[method-assign]
    type_text(section.search, "Ābele")  # five key presses, faster than the typing pause
    wait_for_operations()
    assert searched == ["Ābele"]
    assert shown_names(section) == ["Abele", "Ābele"]
    qtbot.wait(TYPING_PAUSE_MS * 2)
    assert searched == ["Ābele"]  # and nothing more afterwards


def test_the_section_opens_at_once_and_the_rows_follow(qtbot, registry, latvian) -> None:
    section = OrganisationsSection(registry)
    qtbot.addWidget(section)
    assert section.model.rowCount() == 0  # built without waiting for the database
    with qtbot.waitSignal(section.model.loaded, timeout=5000):
        pass
    assert len(shown_names(section)) == 8 and section.status.text() == "Parādītas 8 organizācijas"


def test_a_refresh_keeps_the_selected_organisation_and_the_scroll_position(qtbot, database,
                                                                           wait_for_operations) -> None:
    from ngo_desktop.database.changes import Changes

    add_organisations(database, (f"Biedrība {number:03d}" for number in range(BATCH_SIZE + 100)))
    section = OrganisationsSection(database)
    qtbot.addWidget(section)
    section.resize(1280, 800)
    section.show()
    wait_for_operations()
    while section.model.rowCount() < BATCH_SIZE + 100:
        section.model.fetchMore()
        wait_for_operations()
    section.table.selectRow(250)
    chosen = section.model.organisation_id(250)
    section.table.scrollTo(section.model.index(250, 0))
    scrolled = section.table.verticalScrollBar().value()
    assert scrolled > 0
    add(database, "0 Ābeļu biedrība")  # another desk adds one at the top
    section.refresh(Changes(frozenset({"organisation"})))
    wait_for_operations()
    # As many rows as were loaded before are loaded again at once (the last one follows on scrolling).
    assert section.model.rowCount() == BATCH_SIZE + 100 and section.model.total == BATCH_SIZE + 101
    selected = section.table.selectionModel().selectedRows()
    assert [section.model.organisation_id(index.row()) for index in selected] == [chosen]
    assert selected[0].row() == 251 and section.model.index(251, 0).data() == "Biedrība 250"
    assert section.table.verticalScrollBar().value() == scrolled


def test_exporting_a_person_to_a_missing_folder_says_what_to_do(qtbot, database, monkeypatch, tmp_path: Path,
                                                                latvian, wait_for_operations) -> None:
    organisation_id = add(database, "Saulīte", contacts=(ContactData(name="Ēriks Ļaviņš", phone="29111222"),))
    target = tmp_path / "nav-tādas-mapes" / "eriks.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "JSON"))
    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *rest: shown.append(text))
    dialog = OrganisationDialog(database, organisation_id)
    qtbot.addWidget(dialog)
    wait_for_operations()
    dialog.contacts.table.selectRow(0)
    dialog.contacts.export_button.click()
    wait_for_operations()
    assert len(shown) == 1 and not target.exists()
    # The operations layer's one line for a file problem, naming the file (not a success message).
    assert str(target) in shown[0] and "ir ierakstīts failā" not in shown[0]


def test_changing_the_mapping_quickly_shows_only_the_newest_check(qtbot, database, tmp_path: Path,
                                                                  wait_for_operations) -> None:
    path = tmp_path / "biedribas.csv"
    path.write_text("Nosaukums;Reģistrācijas numurs\nbiedrība „Ūdensroze”;123\n", encoding="utf-8-sig")
    dialog = ImportDialog(database)
    qtbot.addWidget(dialog)
    assert dialog.load_file(path)
    dialog.set_column("registration_number", None)  # asked for before the first check answered
    assert not dialog.import_button.isEnabled()
    wait_for_operations()
    assert dialog.problems.count() == 0 and dialog.import_button.isEnabled()
    dialog.set_column("registration_number", 1)
    wait_for_operations()
    assert dialog.problems.count() == 1 and not dialog.import_button.isEnabled()
