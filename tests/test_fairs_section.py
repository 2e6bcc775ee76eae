"""The Fairs & markets section: empty state, the fair dialog, vendor actions and the check-in list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ngo_desktop.models import ApplicationStatus, CheckIn
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.fairs import vendors
from ngo_desktop.services.fairs.vendors import ApplicationFilter
from ngo_desktop.views.fairs.applications_model import ApplicationsModel
from ngo_desktop.views.fairs.checkin_page import CheckInPage
from ngo_desktop.views.fairs.fair_dialog import FairDialog, load_fair_form
from ngo_desktop.views.fairs.section import FairsSection
from ngo_desktop.views.fairs.vendors_page import VendorsPage
from tests.fairs_fixtures import add_organisations, apply_all, build_market, follow_changes


def test_an_empty_database_shows_the_empty_state_with_a_button(qtbot, database, english, wait_for_operations) -> None:
    section = FairsSection(database)
    qtbot.addWidget(section)
    wait_for_operations()
    assert section._stack.currentWidget() is section.empty
    assert "plan the first one" in section.empty.heading.text()


def test_planning_a_weekly_market_in_the_dialog(qtbot, database, english, wait_for_operations) -> None:
    partner = add_organisations(database, ["Alūksnes novada pašvaldība"])[0]
    dialog = FairDialog(database, load_fair_form(database, None))
    qtbot.addWidget(dialog)
    dialog.name.setText("Sestdienas tirdziņš")
    dialog.address.setText("Pilsētas laukums, Alūksne")
    dialog.repeat_from.setDate(QDate(2026, 5, 1))
    dialog.repeat_until.setDate(QDate(2026, 9, 30))
    dialog.repeat_weekday.setCurrentIndex(5)
    dialog.add_repeated_days()
    dialog.partner_search.setText("aluksnes novada")
    qtbot.waitUntil(lambda: dialog.partner_results.count() == 1)
    dialog._add_partner(dialog.partner_results.item(0))
    dialog.save()
    wait_for_operations()
    assert dialog.result() == FairDialog.DialogCode.Accepted
    record = fairs.get_fair(database, dialog.fair_id)
    assert len(record.details.days) == 22 and record.details.days[0] == dt.date(2026, 5, 2)
    assert record.details.partner_ids == (partner,)
    assert "FREQ=WEEKLY" in record.details.repeat_rule


def test_the_dialog_shows_what_is_missing_and_saves_nothing(qtbot, database, english, wait_for_operations) -> None:
    dialog = FairDialog(database, load_fair_form(database, None))
    qtbot.addWidget(dialog)
    dialog.save()
    wait_for_operations()
    assert not dialog.problems.isHidden()
    assert "Enter the fair's name" in dialog.problems.text()
    assert fairs.list_fairs(database) == []


def test_the_section_lists_fairs_and_fills_the_tabs(qtbot, database, english, wait_for_operations) -> None:
    market = build_market(database)
    apply_all(database, market)
    section = FairsSection(database)
    qtbot.addWidget(section)
    wait_for_operations()
    assert section.fair_list.count() == 1 and section.current_fair_id() == market.fair_id
    assert "Alūksnes vasaras tirdziņš" in section.details_page.summary.text()
    section.tabs.setCurrentWidget(section.vendors_page)
    wait_for_operations()
    assert section.vendors_page.model.total == 10
    section.tabs.setCurrentWidget(section.plan_page)
    wait_for_operations()
    assert len(section.plan_page.scene.stall_items) == 3


def _select(page: VendorsPage, application_day_id: int) -> None:
    row = page.model.row_of(application_day_id)
    page.table.selectionModel().select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)


def test_cancelling_in_the_vendor_list_offers_the_place_and_the_operator_confirms(qtbot, database, english,
                                                                                  monkeypatch, wait_for_operations) -> None:
    market = build_market(database, stalls=3)
    days = apply_all(database, market)
    first_day = [days[organisation][0] for organisation in market.organisation_ids]
    page = VendorsPage(database)
    qtbot.addWidget(page)
    follow_changes(page, database)
    page.set_fair(market.fair_id)
    wait_for_operations()
    page.day_filter.setCurrentIndex(1)
    wait_for_operations()
    for application_day in first_day:
        page.table.selectionModel().select(page.model.index(page.model.row_of(application_day), 0),
                                           QItemSelectionModel.SelectionFlag.Select
                                           | QItemSelectionModel.SelectionFlag.Rows)
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: informed.append(text))
    page.accept_selected()
    wait_for_operations()
    assert informed and "waiting list in the order chosen: 2." in informed[0]
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("slimība", True))
    asked: list[str] = []

    def answer_yes(parent, title, text, *rest):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    waiting_first = vendors.list_applications(database, ApplicationFilter(
        fair_id=market.fair_id, fair_day_id=market.day_ids[0], statuses=(ApplicationStatus.WAITLISTED,)))[0]
    accepted = vendors.list_applications(database, ApplicationFilter(
        fair_id=market.fair_id, fair_day_id=market.day_ids[0], statuses=(ApplicationStatus.ACCEPTED,)))[0]
    _select(page, accepted.application_day_id)
    page.cancel_selected()
    wait_for_operations()
    assert asked and waiting_first.organisation in asked[0]
    assert vendors.get_application_day(database, waiting_first.application_day_id).status == ApplicationStatus.ACCEPTED
    assert vendors.get_application_day(database, accepted.application_day_id).status == ApplicationStatus.CANCELLED


def test_filtering_the_vendor_list_by_text_and_status(qtbot, database, english, wait_for_operations) -> None:
    market = build_market(database)
    apply_all(database, market)
    page = VendorsPage(database)
    qtbot.addWidget(page)
    page.set_fair(market.fair_id)
    wait_for_operations()
    loads: list[int] = []
    page.model.loaded.connect(lambda: loads.append(page.model.total))
    for typed in ("š", "šū", "šūp", "šūpu", "šūpulis"):  # typed quickly: one query after the pause
        page.search.setText(typed)
    assert page.has_unsaved_edits()
    qtbot.waitUntil(lambda: loads == [2])
    wait_for_operations()
    assert loads == [2] and page.model.row_at(0).organisation == "IK „Šūpulis”"
    assert "Vendor days: 2" in page.count_label.text()
    page.search.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData(ApplicationStatus.ACCEPTED))
    wait_for_operations()
    assert page.model.total == 0


def test_ticking_arrived_in_the_check_in_list(qtbot, database, english, wait_for_operations) -> None:
    market = build_market(database)
    days = apply_all(database, market)
    first, second = (days[organisation][0] for organisation in market.organisation_ids[:2])
    vendors.accept(database, [first, second])
    page = CheckInPage(database)
    qtbot.addWidget(page)
    page.set_fair(market.fair_id)
    wait_for_operations()
    assert page.model.rowCount() == 2
    arrived_column = 2
    index = page.model.index(page.model.row_of(first), arrived_column)
    assert page.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    wait_for_operations()
    assert vendors.get_application_day(database, first).check_in == CheckIn.ARRIVED
    assert page.arrived_label.text() == "1 of 2 arrived"
    assert page.totals.rowCount() == 3  # two days and the whole event


def test_the_applications_model_passes_qt_model_checks(qtbot, qtmodeltester, database, wait_for_operations) -> None:
    market = build_market(database)
    apply_all(database, market)
    model = ApplicationsModel(database, page_rows=4)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_filter(ApplicationFilter(fair_id=market.fair_id))
    assert model.total == 10 and model.rowCount() == 4
    while model.canFetchMore():
        model.fetchMore()
        wait_for_operations()
    assert model.rowCount() == 10
    assert [model.data(model.index(row, 0)) for row in range(10)] == [
        row.organisation for row in vendors.list_applications(database, ApplicationFilter(fair_id=market.fair_id))]
    qtmodeltester.check(model)


def test_exporting_stalls_from_the_vendor_list(qtbot, database, english, monkeypatch, tmp_path, wait_for_operations) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ngo_desktop.services.fairs import assignments as stall_assignments

    market = build_market(database)
    days = apply_all(database, market)
    vendors.accept(database, [days[market.organisation_ids[0]][0]])
    stall_assignments.assign(database, application_day_id=days[market.organisation_ids[0]][0],
                             stall_id=market.stall_ids["1"])
    target = tmp_path / "tirdzins.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: told.append(text))
    page = VendorsPage(database)
    qtbot.addWidget(page)
    page.set_fair(market.fair_id)
    wait_for_operations()
    page.export_stalls()
    wait_for_operations()
    assert told == ["Rows written: 1."]
    assert "Biedrība „Alūksnes invalīdu biedrība”" in target.read_text(encoding="utf-8-sig")


def test_the_section_and_refusals_speak_latvian(qtbot, database, latvian, wait_for_operations) -> None:
    from ngo_desktop.errors import DomainError
    from ngo_desktop.services.fairs import assignments as stall_assignments

    market = build_market(database, powered=())
    days = apply_all(database, market, needs_power=True)
    vendors.accept(database, [days[market.organisation_ids[0]][0]])
    section = FairsSection(database)
    qtbot.addWidget(section)
    wait_for_operations()
    assert [section.tabs.tabText(index) for index in range(4)] == [
        "Pasākums", "Tirdzniecības vietu plāns", "Tirgotāji", "Ierašanās un maksas"]
    assert "sezonas tirgus" in section.details_page.summary.text()
    try:
        stall_assignments.assign(database, application_day_id=days[market.organisation_ids[0]][0],
                                 stall_id=market.stall_ids["1"])
    except DomainError as refusal:
        assert "vajadzīga elektrība" in str(refusal)
    else:
        raise AssertionError("a vendor needing power was put on a stall without it")


def test_picking_a_stall_in_the_vendors_row(qtbot, database, english, monkeypatch, wait_for_operations) -> None:
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    from ngo_desktop.views.fairs.applications_model import ALL_COLUMNS, Column

    market = build_market(database, powered=())
    days = apply_all(database, market)
    first, second = (days[organisation][0] for organisation in market.organisation_ids[:2])
    vendors.accept(database, [first, second])
    page = VendorsPage(database)
    qtbot.addWidget(page)
    page.set_fair(market.fair_id)
    wait_for_operations()
    column = ALL_COLUMNS.index(Column.STALL)
    index = page.model.index(page.model.row_of(first), column)
    delegate = page.table.itemDelegateForColumn(column)
    editor = delegate.createEditor(page.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    wait_for_operations()
    assert [editor.itemText(i) for i in range(editor.count())] == ["—", "1", "2", "3"]
    editor.setCurrentIndex(editor.findText("2"))
    delegate.setModelData(editor, page.model, index)
    wait_for_operations()
    assert vendors.get_application_day(database, first).stall_number == "2"
    assert page.model.row_at(index.row()).stall_number == "2"
    other = page.model.index(page.model.row_of(second), column)
    offered = delegate.createEditor(page.table.viewport(), QStyleOptionViewItem(), other)
    wait_for_operations()
    assert "2" not in [offered.itemText(i) for i in range(offered.count())]


def test_the_vendor_list_keeps_the_chosen_vendors_when_it_follows_a_change(qtbot, database, english,
                                                                           wait_for_operations) -> None:
    from ngo_desktop.models import PaymentStatus

    market = build_market(database)
    days = apply_all(database, market)
    chosen = [days[organisation][0] for organisation in market.organisation_ids[1:3]]
    vendors.accept(database, chosen)
    page = VendorsPage(database)
    qtbot.addWidget(page)
    follow_changes(page, database)
    page.set_fair(market.fair_id)
    wait_for_operations()
    for application_day in chosen:
        page.table.selectionModel().select(page.model.index(page.model.row_of(application_day), 0),
                                           QItemSelectionModel.SelectionFlag.Select
                                           | QItemSelectionModel.SelectionFlag.Rows)
    page.mark_paid()
    wait_for_operations()
    assert [row.payment_status for row in page.selected_rows()] == [PaymentStatus.PAID, PaymentStatus.PAID]
    assert sorted(row.application_day_id for row in page.selected_rows()) == sorted(chosen)


def test_a_vendor_applies_in_the_dialog_found_by_a_few_letters(qtbot, database, english,
                                                               wait_for_operations) -> None:
    from ngo_desktop.views.fairs.application_dialog import ApplicationDialog

    market = build_market(database)
    dialog = ApplicationDialog(database, market.fair_id)
    qtbot.addWidget(dialog)
    wait_for_operations()
    assert dialog.days.count() == 2 and len(dialog.chosen_days()) == 2
    dialog.save()
    assert "Choose the organisation" in dialog.problems.text()
    dialog.search.setText("ciekurs")
    qtbot.waitUntil(lambda: dialog.organisations.count() == 1)
    assert dialog.organisations.currentItem().text() == "SIA „Čiekurs”"
    dialog.days.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.goods.setText("Medus")
    dialog.save()
    wait_for_operations()
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = vendors.list_applications(database, ApplicationFilter(fair_id=market.fair_id))
    assert (row.organisation, row.goods, row.fair_day_id) == ("SIA „Čiekurs”", "Medus", market.day_ids[0])


def test_ctrl_n_plans_a_new_fair_and_ctrl_f_finds_a_vendor(qtbot, database, english, monkeypatch,
                                                            wait_for_operations) -> None:
    from ngo_desktop.views.main_window import MainWindow

    market = build_market(database)
    apply_all(database, market)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    window.show_section("fairs")
    section = window._pages["fairs"]
    wait_for_operations()
    opened: list[FairDialog] = []
    monkeypatch.setattr(FairDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    assert window.new_action.isEnabled() and window.find_action.isEnabled()
    window.new_action.trigger()
    wait_for_operations()
    assert len(opened) == 1 and opened[0].name.text() == ""  # an empty form: a new fair
    window.find_action.trigger()
    assert section.tabs.currentWidget() is section.vendors_page
    assert section.vendors_page.search.hasFocus()
