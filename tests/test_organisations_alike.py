"""Look-alike names: found on every save that renames, on import, and by the rules themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from ngo_desktop.services.organisations.alike import AlikeIndex, looks_alike
from ngo_desktop.services.organisations.importing import RowAction, plan_import, read_table
from ngo_desktop.services.organisations.privacy import forget_contact
from ngo_desktop.services.organisations.registry import (
    ContactData,
    OrganisationData,
    create_organisation,
    find_similar,
    get_organisation,
)
from ngo_desktop.sorting import organisation_match_key


def alike(first: str, second: str) -> bool:
    return looks_alike(organisation_match_key(first), organisation_match_key(second))


@pytest.mark.parametrize(("first", "second"), [
    ("biedrība „Sudrabs”", "Pensionāru biedrība „Sudrabs”"),
    ("SUDRABS", "biedrība \"Sudrabs\""),
    ("Rotaļu darbnīca", "SIA «Rotaļu darbnīca»"),
    ("nodibinājums „Labie darbi”", "Labie darbi IK"),
    ("Rīgas Sudrabs", "Rigas Sudrbs"),  # one word mistyped
])
def test_names_of_the_same_organisation_look_alike(first: str, second: str) -> None:
    assert alike(first, second) and alike(second, first)


@pytest.mark.parametrize(("first", "second"), [
    ("Alūksnes pensionāru biedrība", "Pensionāru biedrība „Sudrabs”"),
    ("Teātra studija", "Mūzikas studija"),
    ("AS", "AS Koks"),
    ("Ozols", "Ozoli"),
])
def test_other_organisations_do_not_look_alike(first: str, second: str) -> None:
    assert not alike(first, second)


def test_the_index_finds_the_closest_first_and_leaves_out_the_organisation_itself() -> None:
    index = AlikeIndex([(1, organisation_match_key("Pensionāru biedrība „Sudrabs”")),
                        (2, organisation_match_key("Sudrabs")), (3, organisation_match_key("Zelts"))])
    assert index.matches("biedrība „Sudrabs”") == [2, 1]
    assert index.matches("Sudrabs", exclude_id=2) == [1]
    assert index.matches("Sudrabs un draugi") == [2]
    assert index.matches("Sudrabs un draugi", common=1) == []  # "sudrabs" is in two names: no lead alone
    assert index.matches("SUDRABS", common=1) == [2]  # the same name always counts


def test_find_similar_flags_a_look_alike_name_and_not_the_organisation_itself(database) -> None:
    existing = create_organisation(database, OrganisationData(name="Pensionāru biedrība „Sudrabs”")).id
    create_organisation(database, OrganisationData(name="Zelta rudens"))
    [found] = find_similar(database, name="biedrība „Sudrabs”")
    assert (found.id, found.same_registration_number) == (existing, False)
    assert find_similar(database, name="Pensionāru biedrība Sudrabs", exclude_id=existing) == []


def test_the_import_reports_rows_that_look_like_an_organisation_already_there(database, english,
                                                                               tmp_path: Path) -> None:
    create_organisation(database, OrganisationData(name="Pensionāru biedrība „Sudrabs”"))
    path = tmp_path / "jaunas.csv"
    path.write_text("Nosaukums\nbiedrība „Sudrabs”\nZelta rudens\n", encoding="utf-8")
    plan = plan_import(database, read_table(path))
    assert [row.action for row in plan.rows] == [RowAction.ADD, RowAction.ADD] and not plan.problems
    [look_alike] = plan.look_alikes
    assert (look_alike.row, look_alike.existing_name) == (2, "Pensionāru biedrība „Sudrabs”")
    assert "looks like “Pensionāru biedrība „Sudrabs””" in look_alike.describe()


def test_a_lone_person_left_after_the_main_contact_is_forgotten_becomes_main(database) -> None:
    saved = create_organisation(database, OrganisationData(name="Saulīte", contacts=(
        ContactData(name="Anna Ozola", is_main=True), ContactData(name="Baiba Liepa"))))
    forget_contact(database, saved.contact_ids[0])
    contacts = get_organisation(database, saved.id).contacts
    assert [(contact.name, contact.is_main) for contact in contacts if not contact.anonymised] == [("Baiba Liepa", True)]


def test_a_lone_contact_person_is_saved_as_main_without_ticking_it(database) -> None:
    saved = create_organisation(database, OrganisationData(name="Saulīte", contacts=(ContactData(name="Anna Ozola"),)))
    assert get_organisation(database, saved.id).contacts[0].is_main
