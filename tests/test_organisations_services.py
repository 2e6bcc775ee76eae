"""The registry's rules: validation, Latvian order, search, duplicates, archive, delete, personal data."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from ngo_desktop.errors import ChangedElsewhere, DomainError, ValidationFailed
from ngo_desktop.models import AuditAction, AuditEntry, Booking, ContactPerson, OrganisationKind
from ngo_desktop.services.organisations.history import bookings_of, fair_days_of, history_counts
from ngo_desktop.services.organisations.listing import (
    Column,
    ListFilter,
    ListOrder,
    count_rows,
    fetch_page,
    fetch_rows,
)
from ngo_desktop.services.organisations.privacy import export_person_data, forget_contact
from ngo_desktop.services.organisations.registry import (
    ContactData,
    OrganisationData,
    create_organisation,
    delete_organisation,
    find_similar,
    get_organisation,
    has_history,
    list_fields,
    organisation_names,
    set_archived,
    update_organisation,
)
from ngo_desktop.services.organisations.validation import PhoneProblem, normalise_phone
from tests.organisations_fixtures import add_booking


def add(database, name: str, **values) -> int:  # type: ignore[no-untyped-def]
    return create_organisation(database, OrganisationData(name=name, **values)).id


def names(database, list_filter: ListFilter | None = None, order: ListOrder | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    return [row.name for row in fetch_rows(database, list_filter or ListFilter(), order or ListOrder())]


@pytest.mark.parametrize(("typed", "kept"), [
    ("29123456", "+371 29123456"),
    ("+371 2912 3456", "+371 29123456"),
    ("00371-29123456", "+371 29123456"),
    ("37129123456", "+371 29123456"),
    ("+370 612 34567", "+370 612 34567"),
    ("", ""),
])
def test_phone_numbers_are_kept_in_one_format(typed: str, kept: str) -> None:
    assert normalise_phone(typed) == kept


@pytest.mark.parametrize("typed", ["+371 2912345", "12", "phone me", "+3712912345678"])
def test_unusable_phone_numbers_are_refused(typed: str) -> None:
    with pytest.raises(PhoneProblem):
        normalise_phone(typed)


def test_invalid_organisation_is_refused_with_a_message_per_field(database, english) -> None:
    with pytest.raises(ValidationFailed) as failed:
        create_organisation(database, OrganisationData(
            name="  ", registration_number="4000801234", email="valde@", phone="123",
            contacts=(ContactData(name="", email="x@y"),)))
    problems = failed.value.problems
    assert set(problems) == {"name", "registration_number", "email", "phone", "contacts.0.name", "contacts.0.email"}
    assert "11 digits" in problems["registration_number"]
    assert organisation_names(database) == []


def test_messages_are_in_latvian_by_default(database, latvian) -> None:
    with pytest.raises(ValidationFailed) as failed:
        create_organisation(database, OrganisationData(name="", registration_number="1"))
    assert "11 cipari" in failed.value.problems["registration_number"]


def test_registration_number_is_unique(database, english) -> None:
    add(database, "Biedrība Sudrabs", registration_number="40008012345")
    with pytest.raises(ValidationFailed) as failed:
        add(database, "Cita biedrība", registration_number="4000 801 2345")
    assert "Sudrabs" in failed.value.problems["registration_number"]


def test_saving_stores_the_kept_formats_and_writes_the_audit_log(database) -> None:
    organisation_id = add(database, "  biedrība   „Sudrabs”  ", phone="29123456", fields=("Kultūra", "kultūra"),
                          contacts=(ContactData(name="Jānis Bērziņš", phone="26 123 456",
                                                consent_date=dt.date(2026, 3, 5)),))
    saved = get_organisation(database, organisation_id)
    assert saved.name == "biedrība „Sudrabs”"
    assert saved.phone == "+371 29123456"
    assert saved.fields == ("Kultūra",)
    assert saved.contacts[0].phone == "+371 26123456" and saved.contacts[0].is_main
    with database.read_session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [(entry.entity, entry.action) for entry in entries] == [
        ("contact_person", AuditAction.CREATE), ("organisation", AuditAction.CREATE)]
    assert entries[1].operator == "tester" and entries[1].after["fields"] == ["Kultūra"]


def test_an_edit_based_on_an_old_version_is_refused(database) -> None:
    organisation_id = add(database, "Ozols")
    first = get_organisation(database, organisation_id)
    update_organisation(database, replace(first, notes="Pirmais labojums"))
    with pytest.raises(ChangedElsewhere):
        update_organisation(database, replace(first, notes="Otrais labojums"))
    assert get_organisation(database, organisation_id).notes == "Pirmais labojums"


def test_names_sort_by_the_latvian_alphabet_ignoring_quotes_and_legal_form(database) -> None:
    for name in ("Šulcs", "Čakste", "Ābele", "Saule", "Cepure", "Abele", "biedrība „Sudrabs”", "SIA Zebra",
                 "Zīle", "Žagata", "Celms"):
        add(database, name)
    assert names(database) == ["Abele", "Ābele", "Celms", "Cepure", "Čakste", "Saule", "biedrība „Sudrabs”",
                               "Šulcs", "SIA Zebra", "Zīle", "Žagata"]
    assert names(database, order=ListOrder(Column.NAME, descending=True))[0] == "Žagata"
    assert [name for _id, name in organisation_names(database)][:3] == ["Abele", "Ābele", "Celms"]


def test_search_finds_names_without_diacritics_contacts_phones_and_numbers(database) -> None:
    add(database, "Čakstes biedrība", registration_number="40008012345")
    add(database, "Saulīte", email="info@saulite.lv",
        contacts=(ContactData(name="Ēriks Ļaviņš", phone="29111222", email="eriks@example.com"),))
    add(database, "Ozols")
    assert names(database, ListFilter(search="cakst")) == ["Čakstes biedrība"]
    assert names(database, ListFilter(search="čakst")) == ["Čakstes biedrība"]
    assert names(database, ListFilter(search="Ēriks")) == ["Saulīte"]
    assert names(database, ListFilter(search="ļaviņš")) == ["Saulīte"]
    assert names(database, ListFilter(search="29111")) == ["Saulīte"]
    assert names(database, ListFilter(search="ERIKS@EXAMPLE")) == ["Saulīte"]
    assert names(database, ListFilter(search="8012345")) == ["Čakstes biedrība"]
    assert names(database, ListFilter(search="100%_")) == []


def test_filters_by_kind_membership_field_and_archived(database) -> None:
    add(database, "Amatnieki", kind=OrganisationKind.ENTREPRENEUR, fields=("Amatniecība",))
    youth = add(database, "Jaunieši", fields=("Jaunatne",))
    archived = add(database, "Vecie")
    set_archived(database, archived, True)
    assert names(database, ListFilter(kind=OrganisationKind.ENTREPRENEUR)) == ["Amatnieki"]
    assert get_organisation(database, youth).fields == ("Jaunatne",)
    field_id = next(item.id for item in list_fields(database) if item.name == "Jaunatne")
    assert names(database, ListFilter(field_id=field_id)) == ["Jaunieši"]
    assert "Vecie" not in names(database)
    rows = fetch_rows(database, ListFilter(include_archived=True), ListOrder())
    assert [row.name for row in rows if row.archived] == ["Vecie"]
    assert count_rows(database, ListFilter(include_archived=True)) == 3


def test_paging_returns_consecutive_slices_of_the_same_order(database) -> None:
    for number in range(25):
        add(database, f"Biedrība {number:02d}")
    everything = names(database)
    pages = [row.name for offset in range(0, 25, 10)
             for row in fetch_rows(database, ListFilter(), ListOrder(), offset=offset, limit=10)]
    assert pages == everything and len(everything) == 25


def test_the_first_page_is_counted_with_every_filter_and_search(database) -> None:
    """The count is read apart from the page without a search and beside it with one: both must
    agree with the whole list, archived organisations counted only when they are shown."""
    for name in ("Ābele", "Abele", "Čakste", "Cepure", "Šulcs", "Saule"):
        add(database, name)
    add(database, "Amatnieki", kind=OrganisationKind.ENTREPRENEUR)
    set_archived(database, add(database, "Vecā biedrība"), True)
    for list_filter in (ListFilter(), ListFilter(include_archived=True), ListFilter(kind=OrganisationKind.ENTREPRENEUR),
                        ListFilter(search="e"), ListFilter(search="biedrība"),
                        ListFilter(search="biedrība", include_archived=True), ListFilter(search="nekā")):
        for order in (ListOrder(), ListOrder(Column.NAME, descending=True), ListOrder(Column.KIND)):
            everything = fetch_rows(database, list_filter, order)
            total, first = fetch_page(database, list_filter, order, limit=3)
            assert (total, first) == (len(everything), everything[:3]), (list_filter, order)
    assert fetch_page(database, ListFilter(), ListOrder(), limit=3)[0] == 7
    assert [row.name for row in fetch_page(database, ListFilter(), ListOrder(), limit=3)[1]] == \
        ["Abele", "Ābele", "Amatnieki"]


def test_sorting_by_other_columns(database) -> None:
    add(database, "Bērzs", contacts=(ContactData(name="Zane"),), fields=("Vide",))
    add(database, "Ābols", contacts=(ContactData(name="Anna"),), fields=("Kultūra",))
    assert names(database, order=ListOrder(Column.MAIN_CONTACT)) == ["Ābols", "Bērzs"]
    assert names(database, order=ListOrder(Column.FIELDS, descending=True)) == ["Bērzs", "Ābols"]


def test_similar_names_and_numbers_are_found(database) -> None:
    existing = add(database, "biedrība „Sudrabs”", registration_number="40008012345")
    assert [item.id for item in find_similar(database, name="SUDRABS")] == [existing]
    assert [item.id for item in find_similar(database, name="Sudrabs biedrība")] == [existing]
    by_number = find_similar(database, name="Kaut kas cits", registration_number="40008012345")
    assert by_number[0].same_registration_number
    assert find_similar(database, name="Sudrabi") == []


def test_delete_without_history_but_archive_with_history(database) -> None:
    demo_free = add(database, "Tukšā biedrība", contacts=(ContactData(name="Anna"),))
    assert not has_history(database, demo_free)
    delete_organisation(database, demo_free)
    assert organisation_names(database, include_archived=True) == []
    with database.read_session() as session:
        deleted = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.DELETE,
                                                          AuditEntry.entity == "organisation")).one()
    assert deleted.before["name"] == "Tukšā biedrība" and deleted.entity_id == demo_free


def test_an_organisation_with_bookings_cannot_be_deleted_and_shows_its_history(database, english) -> None:
    organisation_id = add(database, "Pensionāru biedrība")
    add_booking(database, organisation_id)
    assert has_history(database, organisation_id)
    with pytest.raises(DomainError, match="Archive it instead"):
        delete_organisation(database, organisation_id)
    counts = history_counts(database, organisation_id)
    assert counts.bookings == len(bookings_of(database, organisation_id)) > 0
    assert counts.fair_days == len(fair_days_of(database, organisation_id))
    set_archived(database, organisation_id, True)
    assert get_organisation(database, organisation_id).archived
    set_archived(database, organisation_id, False)
    assert not get_organisation(database, organisation_id).archived


def test_forgetting_a_person_keeps_the_history_and_scrubs_the_audit_log(database, tmp_path: Path) -> None:
    organisation_id = add(database, "Pensionāru biedrība",
                          contacts=(ContactData(name="Skaidrīte Ņikitina", phone="26640092"),))
    contact = get_organisation(database, organisation_id).contacts[0]
    name, phone = contact.name, contact.phone
    booking_id = add_booking(database, organisation_id, contact.id)
    update_organisation(database, replace(get_organisation(database, organisation_id),
                                          contacts=(replace(contact, email="skaidrite@example.com"),)))
    exported = json.loads(export_person_data(database, contact.id, tmp_path / "person.json").read_text("utf-8"))
    assert exported["person"]["name"] == name and exported["bookings"]
    forget_contact(database, contact.id)
    with database.read_session() as session:
        forgotten = session.get(ContactPerson, contact.id)
        assert forgotten.anonymised_at is not None and forgotten.phone == "" and forgotten.name != name
        assert session.get(Booking, booking_id).contact_person_id == contact.id
        text = json.dumps([(entry.summary, entry.before, entry.after)
                           for entry in session.scalars(select(AuditEntry))], ensure_ascii=False)
        assert name not in text and phone not in text and "skaidrite@" not in text
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == AuditAction.ANONYMISE)) is not None


def test_an_organisation_has_exactly_one_main_contact(database) -> None:
    organisation_id = add(database, "Ozols", contacts=(
        ContactData(name="Anna"), ContactData(name="Baiba", is_main=True), ContactData(name="Cilda", is_main=True)))
    assert [contact.is_main for contact in get_organisation(database, organisation_id).contacts] == [
        False, True, False]
    [row] = fetch_rows(database, ListFilter(), ListOrder())
    assert row.main_contact == "Baiba"
