"""A record edited at two desks: the second save is shown both versions and the user's stays in the form;
nothing is overwritten until the user saves again, deliberately.

Each test opens a form, changes the same record through the service (the other desk), changes a field in
the form and saves: the message lists the other desk's value beside the user's, the database keeps the
other desk's version, and a second save stores the user's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from ngo_desktop.services.bookings.rooms import RoomInput, get_room, update_room
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.organisations.registry import (
    ContactData,
    OrganisationData,
    create_organisation,
    get_organisation,
    update_organisation,
)
from ngo_desktop.services.premises.registry import get_premises, get_tenancy, update_premises, update_tenancy
from ngo_desktop.views.bookings.rooms_dialog import RoomsDialog
from ngo_desktop.views.fairs.fair_dialog import FairDialog, load_fair_form
from ngo_desktop.views.organisations.dialog import OrganisationDialog
from ngo_desktop.views.premises.premises_form import PremisesDialog
from ngo_desktop.views.premises.tenancy_form import TenancyDialog
from tests.bookings_fixtures import the_centre
from tests.fairs_fixtures import build_market
from tests.premises_fixtures import build_shared_salon
from tests.qt_typing import type_text


@pytest.fixture
def shown(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The text of every message box opened, instead of opening it."""
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(
        f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}"))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: messages.append(text))
    return messages


def retype(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.clear()
    type_text(widget, text)


def test_an_organisation_saved_at_another_desk_shows_both_versions_and_keeps_the_users(
        qtbot, database, shown, english, wait_for_operations) -> None:
    saved = create_organisation(database, OrganisationData(
        name="Biedrība „Alūksnes pensionāri”", address="Pils iela 1, Alūksne", membership_fee_cents=1500,
        contacts=(ContactData(name="Anna Kalniņa", phone="29123456"),)))
    dialog = OrganisationDialog(database, saved.id)
    qtbot.addWidget(dialog)
    wait_for_operations()
    other = get_organisation(database, saved.id)
    update_organisation(database, replace(other, address="Ezera iela 5, Alūksne", membership_fee_cents=1800))
    retype(dialog.form.fee, "20")

    dialog.save()
    wait_for_operations()
    assert not dialog.changed
    assert len(shown) == 1 and "another desk" in shown[0] and "this organisation" in shown[0]
    assert "Fee (€ a year): €18.00  →  €20.00" in shown[0]
    assert "Address: Ezera iela 5, Alūksne  →  Pils iela 1, Alūksne" in shown[0]
    assert "Name:" not in shown[0]  # only what differs
    assert dialog.form.fee.text() == "20"
    assert get_organisation(database, saved.id).membership_fee_cents == 1800

    assert dialog.save()  # saving again deliberately replaces the other desk's version
    wait_for_operations()
    assert dialog.changed
    stored = get_organisation(database, saved.id)
    assert (stored.membership_fee_cents, stored.address) == (2000, "Pils iela 1, Alūksne")
    assert [contact.name for contact in stored.contacts] == ["Anna Kalniņa"]


def test_an_organisation_whose_contact_was_removed_elsewhere_can_still_be_saved(
        qtbot, database, shown, english, wait_for_operations) -> None:
    saved = create_organisation(database, OrganisationData(
        name="Biedrība „Šūpoles”", contacts=(ContactData(name="Jānis Ozols"), ContactData(name="Līga Bērziņa"))))
    dialog = OrganisationDialog(database, saved.id)
    qtbot.addWidget(dialog)
    wait_for_operations()
    other = get_organisation(database, saved.id)
    update_organisation(database, replace(other, contacts=other.contacts[:1]))
    retype(dialog.form.phone, "29111222")

    dialog.save()
    wait_for_operations()
    assert not dialog.changed
    assert "Contact people: Jānis Ozols  →  Jānis Ozols; Līga Bērziņa" in shown[0]
    assert dialog.save()
    wait_for_operations()
    assert dialog.changed
    stored = get_organisation(database, saved.id)
    assert [contact.name for contact in stored.contacts] == ["Jānis Ozols", "Līga Bērziņa"]
    assert stored.phone.replace(" ", "").endswith("29111222")


def test_a_fair_saved_at_another_desk_shows_both_versions_and_keeps_the_users(
        qtbot, database, shown, english, wait_for_operations) -> None:
    market = build_market(database)
    dialog = FairDialog(database, load_fair_form(database, market.fair_id))
    qtbot.addWidget(dialog)
    other = fairs.get_fair(database, market.fair_id)
    fairs.update_fair(database, market.fair_id, replace(
        other.details, name="Alūksnes rudens tirdziņš", web_url="https://aluksne.lv/tirdzins",
        days=(*other.details.days, dt.date(2026, 6, 20))), version=other.version)
    retype(dialog.name, "Lielais labdarības tirdziņš")

    dialog.save()
    wait_for_operations()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert len(shown) == 1 and "this fair" in shown[0]
    assert "Name: Alūksnes rudens tirdziņš  →  Lielais labdarības tirdziņš" in shown[0]
    assert "Days: 06.06.2026, 13.06.2026, 20.06.2026  →  06.06.2026, 13.06.2026" in shown[0]
    assert "Kind:" not in shown[0]
    assert dialog.name.text() == "Lielais labdarības tirdziņš"
    assert fairs.get_fair(database, market.fair_id).details.name == "Alūksnes rudens tirdziņš"

    dialog.save()
    wait_for_operations()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = fairs.get_fair(database, market.fair_id).details
    assert stored.name == "Lielais labdarības tirdziņš"
    assert stored.web_url == "https://aluksne.lv/tirdzins"  # not edited in this form, so not wiped


def test_premises_saved_at_another_desk_show_both_versions_and_keep_the_users(
        qtbot, database, shown, english, wait_for_operations) -> None:
    salon = build_shared_salon(database)
    dialog = PremisesDialog(database, get_premises(database, salon.premises_id))
    qtbot.addWidget(dialog)
    other = get_premises(database, salon.premises_id)
    update_premises(database, premises_id=salon.premises_id, version=other.version,
                    data=replace(other.as_input(), base_rent_cents=45000, max_tenants=3))
    retype(dialog.rent, "420")

    dialog.save()
    wait_for_operations()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert len(shown) == 1 and "these premises" in shown[0]
    assert "Base rent a month: €450.00  →  €420.00" in shown[0]
    assert "Tenants at a time: 3  →  2" in shown[0]
    assert "Address:" not in shown[0]
    assert get_premises(database, salon.premises_id).base_rent_cents == 45000

    dialog.save()
    wait_for_operations()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = get_premises(database, salon.premises_id)
    assert (stored.base_rent_cents, stored.max_tenants) == (42000, 2)


def test_a_tenancy_saved_at_another_desk_shows_both_versions_and_keeps_the_users(
        qtbot, database, shown, english, wait_for_operations) -> None:
    salon = build_shared_salon(database)
    dialog = TenancyDialog(database, salon.premises_id, get_tenancy(database, salon.therapist_tenancy))
    qtbot.addWidget(dialog)
    other = get_tenancy(database, salon.therapist_tenancy)
    update_tenancy(database, tenancy_id=other.id, version=other.version, data=replace(
        other.as_input(), ends_on=dt.date(2026, 8, 31), rent_reduction=30))
    retype(dialog.activity, "Kosmetoloģe un masāža")

    dialog.save()
    wait_for_operations()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert len(shown) == 1 and "this tenancy" in shown[0]
    assert "Term (first and last day): 01.02.2026–31.08.2026  →  01.02.2026–31.07.2026" in shown[0]
    assert "What they do there: Kosmetoloģes pakalpojumi  →  Kosmetoloģe un masāža" in shown[0]
    assert "Rent reduction: percent off: 30 %  →  percent off: 50 %" in shown[0]
    stored = get_tenancy(database, other.id)
    assert (stored.activity, stored.ends_on) == ("Kosmetoloģes pakalpojumi", dt.date(2026, 8, 31))

    dialog.save()
    wait_for_operations()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = get_tenancy(database, other.id)
    assert (stored.activity, stored.ends_on, stored.rent_reduction) == (
        "Kosmetoloģe un masāža", dt.date(2026, 7, 31), 50)


def test_a_room_saved_at_another_desk_shows_both_versions_and_keeps_the_users(
        qtbot, database, shown, english, wait_for_operations) -> None:
    centre = the_centre(database)
    dialog = RoomsDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    assert dialog.name.text() == "Lielā zāle"
    hall = get_room(database, centre.hall.id)
    update_room(database, hall.id, RoomInput(
        site_id=hall.site_id, name=hall.name, capacity=80, equipment=hall.equipment,
        setup_minutes=hall.setup_minutes, cleanup_minutes=hall.cleanup_minutes,
        hourly_rate_cents=2500, half_day_rate_cents=hall.half_day_rate_cents,
        full_day_rate_cents=hall.full_day_rate_cents, member_discount_percent=hall.member_discount_percent,
        opening_hours=hall.opening_hours, notes="Skatuve remontā līdz jūnijam"), expected_version=hall.version)
    dialog.capacity.setValue(50)

    dialog.save()
    wait_for_operations()
    assert len(shown) == 1 and "this room" in shown[0]
    assert "Capacity: 80  →  50" in shown[0]
    assert "Hour / half day / day: €25.00 / €60.00 / €100.00  →  €20.00 / €60.00 / €100.00" in shown[0]
    assert "Name:" not in shown[0]
    assert dialog.capacity.value() == 50
    assert get_room(database, hall.id).capacity == 80

    dialog.save()
    wait_for_operations()
    stored = get_room(database, hall.id)
    assert (stored.capacity, stored.hourly_rate_cents) == (50, 2000)
    assert stored.notes == "Skatuve remontā līdz jūnijam"  # not edited in this form, so not wiped


def test_the_message_is_in_latvian_with_latvian_money(qtbot, database, shown, wait_for_operations) -> None:
    salon = build_shared_salon(database)
    dialog = PremisesDialog(database, get_premises(database, salon.premises_id))
    qtbot.addWidget(dialog)
    other = get_premises(database, salon.premises_id)
    update_premises(database, premises_id=salon.premises_id, version=other.version,
                    data=replace(other.as_input(), base_rent_cents=45000))
    retype(dialog.rent, "420")

    dialog.save()
    wait_for_operations()
    assert "Mainīts citā darba vietā" in shown[0] and "šīs telpas" in shown[0]
    assert "450,00\u00a0€  →  420,00\u00a0€" in shown[0].replace(" €", "\u00a0€")


def test_a_room_whose_opening_hours_alone_changed_elsewhere_is_not_overwritten(
        qtbot, database, shown, english, wait_for_operations) -> None:
    centre = the_centre(database)
    dialog = RoomsDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    hall = get_room(database, centre.hall.id)
    shorter = {**hall.opening_hours, 6: (dt.time(10, 0), dt.time(14, 0))}
    update_room(database, hall.id, RoomInput(
        site_id=hall.site_id, name=hall.name, capacity=hall.capacity, equipment=hall.equipment,
        setup_minutes=hall.setup_minutes, cleanup_minutes=hall.cleanup_minutes,
        hourly_rate_cents=hall.hourly_rate_cents, half_day_rate_cents=hall.half_day_rate_cents,
        full_day_rate_cents=hall.full_day_rate_cents, member_discount_percent=hall.member_discount_percent,
        opening_hours=shorter), expected_version=hall.version)
    dialog.capacity.setValue(70)

    dialog.save()
    wait_for_operations()
    assert len(shown) == 1 and "Sun 10:00–14:00" in shown[0] and "Sun 08:00–22:00" in shown[0]
    assert get_room(database, hall.id).opening_hours[6] == (dt.time(10, 0), dt.time(14, 0))
