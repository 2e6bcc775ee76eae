"""Undo and redo of archiving (organisations, fairs, rooms, premises) and of vendors' status changes
(accept, cancel with the waitlist, fee waived, paid, arrived, stalls copied to another day), each
done through its real view; a change at another desk in between makes the undo refuse and the step
leave the history."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ngo_desktop.database.core import Database, open_database
from ngo_desktop.models import ApplicationStatus, CheckIn, PaymentStatus
from ngo_desktop.services.bookings.rooms import list_rooms, set_room_archived
from ngo_desktop.services.fairs import assignments, vendors
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.organisations.registry import get_organisation, update_organisation
from ngo_desktop.services.premises.registry import get_premises, update_premises
from ngo_desktop.views.fairs.reason_dialog import ReasonDialog
from ngo_desktop.views.premises.table_models import ID_ROLE
from ngo_desktop.views.undo import UndoHistory, history_of
from tests.bookings_fixtures import add_organisation, the_centre
from tests.fairs_fixtures import apply_all, build_market
from tests.premises_fixtures import build_shared_salon


@pytest.fixture
def other_desk(database: Database, tmp_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    desk = open_database(database.url, operator="otra", backup_dir=tmp_path / "other-backups")
    yield desk
    desk.dispose()


@pytest.fixture
def refusals(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: shown.append(text))
    return shown


@pytest.fixture
def yes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Confirmations are answered Yes (an "Archive X?" question included)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)


def _history(widget: QWidget) -> UndoHistory:
    history = history_of(widget)
    history.stack.clear()  # the application's history is shared by the views shown on their own
    return history


def _step(history: UndoHistory, back: bool, wait_for_operations) -> None:  # type: ignore[no-untyped-def]
    history.undo() if back else history.redo()
    wait_for_operations()


def test_archiving_an_organisation_in_its_form_is_undone_and_redone(qtbot, database, other_desk, english, yes,
                                                                      refusals, wait_for_operations) -> None:
    from ngo_desktop.views.organisations.dialog import OrganisationDialog

    organisation_id = add_organisation(database, "Biedrība „Ābele”")
    dialog = OrganisationDialog(database, organisation_id)
    qtbot.addWidget(dialog)
    wait_for_operations()
    history = _history(dialog)
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    wait_for_operations()
    assert get_organisation(database, organisation_id).archived
    assert history.undo_action.text().replace("&", "") == "Undo Archive Biedrība „Ābele”"
    _step(history, True, wait_for_operations)
    assert not get_organisation(database, organisation_id).archived
    _step(history, False, wait_for_operations)
    assert get_organisation(database, organisation_id).archived

    changed = get_organisation(other_desk, organisation_id)  # another desk edits it meanwhile
    update_organisation(other_desk, replace(changed, phone="+371 2000 0001"))
    _step(history, True, wait_for_operations)
    assert get_organisation(database, organisation_id).archived  # left as the other desk saw it
    assert len(refusals) == 1 and history.stack.count() == 0


def test_archiving_a_fair_is_undone(qtbot, database, english, yes, wait_for_operations) -> None:
    from ngo_desktop.views.fairs.section import FairsSection

    market = build_market(database, stalls=1)
    section = FairsSection(database)
    qtbot.addWidget(section)
    wait_for_operations()
    history = _history(section)
    section.select_fair(market.fair_id)
    wait_for_operations()
    section.archive_fair()
    wait_for_operations()
    assert [fair.id for fair in fairs.list_fairs(database)] == []
    assert history.undo_action.text().replace("&", "") == "Undo Archive Alūksnes vasaras tirdziņš"
    _step(history, True, wait_for_operations)
    assert [fair.id for fair in fairs.list_fairs(database)] == [market.fair_id]


def test_archiving_a_room_is_undone_unless_changed_elsewhere(qtbot, database, other_desk, english, refusals,
                                                             wait_for_operations, yes) -> None:
    from ngo_desktop.views.bookings.rooms_dialog import RoomsDialog

    centre = the_centre(database)
    dialog = RoomsDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    history = _history(dialog)
    assert dialog.name.text() == centre.hall.name
    dialog.archive()
    wait_for_operations()
    assert centre.hall.id not in [room.id for room in list_rooms(database)]
    _step(history, True, wait_for_operations)
    assert centre.hall.id in [room.id for room in list_rooms(database)]
    _step(history, False, wait_for_operations)
    set_room_archived(other_desk, centre.hall.id, False)  # restored at another desk meanwhile
    _step(history, True, wait_for_operations)
    assert len(refusals) == 1 and history.stack.count() == 0


def test_archiving_premises_is_undone_unless_changed_elsewhere(qtbot, database, other_desk, english, refusals,
                                                               wait_for_operations, yes) -> None:
    from ngo_desktop.views.premises.premises_page import PremisesPage

    salon = build_shared_salon(database)
    page = PremisesPage(database)
    qtbot.addWidget(page)
    wait_for_operations()
    page.premises_table.selectRow(0)
    wait_for_operations()
    history = _history(page)
    page.toggle_archived()
    wait_for_operations()
    assert get_premises(database, salon.premises_id).archived
    _step(history, True, wait_for_operations)
    assert not get_premises(database, salon.premises_id).archived
    _step(history, False, wait_for_operations)
    assert get_premises(database, salon.premises_id).archived
    details = get_premises(other_desk, salon.premises_id)
    from dataclasses import fields

    from ngo_desktop.services.premises.registry import PremisesInput
    data = PremisesInput(**{field.name: getattr(details, field.name) for field in fields(PremisesInput)})
    update_premises(other_desk, premises_id=salon.premises_id, version=details.version,
                    data=data.__class__(**{**data.__dict__, "notes": "Jauna grīda"}))
    _step(history, True, wait_for_operations)
    assert get_premises(database, salon.premises_id).archived
    assert len(refusals) == 1 and history.stack.count() == 0


def _vendors_page(qtbot, database, market, wait_for_operations):  # type: ignore[no-untyped-def]
    from ngo_desktop.views.fairs.vendors_page import VendorsPage

    page = VendorsPage(database)
    qtbot.addWidget(page)
    page.set_fair(market.fair_id)
    wait_for_operations()
    return page


def _select(page, *application_day_ids: int, wait_for_operations) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    page.model.reload()
    wait_for_operations()
    chosen = QItemSelection()
    for application_day_id in application_day_ids:
        row = page.model.row_of(application_day_id)
        assert row >= 0
        chosen.select(page.model.index(row, 0), page.model.index(row, page.model.columnCount() - 1))
    page.table.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_vendor_statuses_are_undone_and_redone(qtbot, database, english, monkeypatch,
                                               wait_for_operations) -> None:
    market = build_market(database, stalls=1)
    days = apply_all(database, market)
    first, second = (days[organisation_id][0] for organisation_id in market.organisation_ids[:2])
    page = _vendors_page(qtbot, database, market, wait_for_operations)
    history = _history(page)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)  # "went on the waitlist"

    _select(page, first, second, wait_for_operations=wait_for_operations)
    page.accept_selected()
    wait_for_operations()
    assert vendors.get_application_day(database, second).status == ApplicationStatus.WAITLISTED
    assert history.undo_action.text().startswith("&Undo Accept ")
    _step(history, True, wait_for_operations)
    assert {vendors.get_application_day(database, i).status for i in (first, second)} == {ApplicationStatus.APPLIED}
    _step(history, False, wait_for_operations)
    assert vendors.get_application_day(database, first).status == ApplicationStatus.ACCEPTED
    assert vendors.get_application_day(database, second).waitlist_position == 1

    assignments.assign(database, application_day_id=first, stall_id=market.stall_ids["1"])
    _select(page, first, wait_for_operations=wait_for_operations)
    page.waive_fee()
    [reason] = page.findChildren(ReasonDialog)
    reason.edit.setText("Labdarības biedrība")
    reason.accept()
    wait_for_operations()
    assert vendors.get_application_day(database, first).payment_status == PaymentStatus.WAIVED
    _step(history, True, wait_for_operations)
    row = vendors.get_application_day(database, first)
    assert (row.payment_status, row.fee_cents) == (PaymentStatus.UNPAID, 1000)

    page.mark_paid()
    wait_for_operations()
    assert vendors.get_application_day(database, first).payment_status == PaymentStatus.PAID
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Slims", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    page.cancel_selected()
    wait_for_operations()
    assert vendors.get_application_day(database, first).status == ApplicationStatus.CANCELLED
    assert vendors.get_application_day(database, second).offered
    _step(history, True, wait_for_operations)
    row = vendors.get_application_day(database, first)
    assert (row.status, row.stall_id, row.payment_status) == (
        ApplicationStatus.ACCEPTED, market.stall_ids["1"], PaymentStatus.PAID)
    assert not vendors.get_application_day(database, second).offered


def test_a_vendor_changed_at_another_desk_refuses_the_undo(qtbot, database, other_desk, english, refusals,
                                                           wait_for_operations) -> None:
    market = build_market(database, stalls=2)
    days = apply_all(database, market)
    first = days[market.organisation_ids[0]][0]
    page = _vendors_page(qtbot, database, market, wait_for_operations)
    history = _history(page)
    _select(page, first, wait_for_operations=wait_for_operations)
    page.accept_selected()
    wait_for_operations()
    vendors.mark_paid(other_desk, first, paid_on=fairs.list_days(other_desk, market.fair_id)[0].day)
    _step(history, True, wait_for_operations)
    row = vendors.get_application_day(database, first)
    assert (row.status, row.payment_status) == (ApplicationStatus.ACCEPTED, PaymentStatus.PAID)
    assert len(refusals) == 1 and "changed at another desk" in refusals[0]
    assert history.stack.count() == 0


def test_arrival_ticked_and_stalls_copied_to_another_day_are_undone(qtbot, database, english, monkeypatch,
                                                                    wait_for_operations) -> None:
    market = build_market(database, stalls=2)
    days = apply_all(database, market)
    vendor_days = [days[organisation_id] for organisation_id in market.organisation_ids[:2]]
    for (saturday, next_saturday), number in zip(vendor_days, ("1", "2"), strict=True):
        vendors.accept(database, [saturday, next_saturday])
        assignments.assign(database, application_day_id=saturday, stall_id=market.stall_ids[number])
    page = _vendors_page(qtbot, database, market, wait_for_operations)
    history = _history(page)

    labels = [page_day for page_day in (fairs.list_days(database, market.fair_id))]
    answers = iter([(label, True) for label in
                    (labels[0].day.strftime("%d.%m.%Y"), labels[1].day.strftime("%d.%m.%Y"))])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: next(answers))
    reports: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *rest: reports.append(text))
    page.copy_to_day()
    wait_for_operations()
    assert [vendors.get_application_day(database, day[1]).stall_id for day in vendor_days] == [
        market.stall_ids["1"], market.stall_ids["2"]]
    _step(history, True, wait_for_operations)
    assert [vendors.get_application_day(database, day[1]).stall_id for day in vendor_days] == [None, None]
    _step(history, False, wait_for_operations)
    assert vendors.get_application_day(database, vendor_days[0][1]).stall_id == market.stall_ids["1"]

    from ngo_desktop.views.fairs.applications_model import Column
    from ngo_desktop.views.fairs.checkin_page import CheckInPage

    check_in = CheckInPage(database)
    qtbot.addWidget(check_in)
    check_in.set_fair(market.fair_id)
    wait_for_operations()
    row = check_in.model.row_of(vendor_days[0][0])
    arrived = check_in.model.index(row, check_in.model.columns.index(Column.ARRIVED))
    assert check_in.model.setData(arrived, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    wait_for_operations()
    assert vendors.get_application_day(database, vendor_days[0][0]).check_in == CheckIn.ARRIVED
    assert history.undo_action.text().replace("&", "").startswith("Undo Mark ")
    assert history.undo_action.text().endswith("as arrived")
    _step(history, True, wait_for_operations)
    assert vendors.get_application_day(database, vendor_days[0][0]).check_in is None


def test_ending_a_tenancy_early_is_undone_unless_changed_elsewhere(qtbot, database, other_desk, english, refusals,
                                                                   monkeypatch, wait_for_operations) -> None:
    import datetime as dt

    from ngo_desktop.services.premises.registry import end_tenancy_early, get_tenancy
    from ngo_desktop.views.premises.premises_page import PremisesPage
    from ngo_desktop.views.premises.tenancy_form import EndEarlyDialog

    salon = build_shared_salon(database)
    page = PremisesPage(database)
    qtbot.addWidget(page)
    wait_for_operations()
    page.premises_table.selectRow(0)
    wait_for_operations()
    rows = [page.tenancies_model.data(page.tenancies_model.index(row, 0), ID_ROLE)
            for row in range(page.tenancies_model.rowCount())]
    page.tenancies_table.selectRow(rows.index(salon.nails_tenancy))
    history = _history(page)

    def answer(dialog: EndEarlyDialog) -> int:
        dialog.last_day.setDate(dt.date(2026, 5, 31))
        return 1

    monkeypatch.setattr(EndEarlyDialog, "exec", answer)
    page.end_selected_early()
    wait_for_operations()
    assert get_tenancy(database, salon.nails_tenancy).ended_early_on == dt.date(2026, 5, 31)
    assert history.undo_action.text().replace("&", "") == "Undo End the tenancy of Ērikas nagu studija early"
    _step(history, True, wait_for_operations)
    assert get_tenancy(database, salon.nails_tenancy).ended_early_on is None
    _step(history, False, wait_for_operations)
    assert get_tenancy(database, salon.nails_tenancy).ended_early_on == dt.date(2026, 5, 31)

    changed = get_tenancy(other_desk, salon.nails_tenancy)
    end_tenancy_early(other_desk, tenancy_id=salon.nails_tenancy, version=changed.version,
                      last_day=dt.date(2026, 6, 30))
    _step(history, True, wait_for_operations)
    assert get_tenancy(database, salon.nails_tenancy).ended_early_on == dt.date(2026, 6, 30)
    assert len(refusals) == 1 and history.stack.count() == 0
