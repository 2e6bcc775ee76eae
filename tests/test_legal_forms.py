"""A farm (zemnieku saimniecība, Z/S) is a legal form of its own, like SIA and IK: stored, worded,
read from a spreadsheet, printed alike, and older databases' Z/S organisations become farms."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from ngo_desktop.database.core import HEAD_REVISION, alembic_config, current_revision, run_alembic_upgrade
from ngo_desktop.i18n import install_language
from ngo_desktop.models import LegalForm, Organisation
from ngo_desktop.services.organisations.labels import label, parse_choice
from ngo_desktop.services.organisations.registry import OrganisationData, create_organisation
from ngo_desktop.services.printing.directory import _directory_legal_form

INSERT = ("INSERT INTO organisation (name, sort_key, match_key, legal_form, kind, membership, membership_fee_cents, "
          "discount_percent, discount_reason, address, phone, email, website, notes, archived, created_at, "
          "updated_at, version) VALUES (:name, :name, :name, :form, 'entrepreneur', 'none', 0, 0, '', '', '', '', "
          "'', '', false, '2026-01-01', '2026-01-01', 1)")


def test_a_farm_is_stored_and_worded_in_both_languages(database, latvian) -> None:  # type: ignore[no-untyped-def]
    saved = create_organisation(database, OrganisationData(name="Z/S „Medus pūrs”", legal_form=LegalForm.FARM))
    with database.read_session() as session:
        assert session.get(Organisation, saved.id).legal_form is LegalForm.FARM  # type: ignore[union-attr]
    # Written alike: the three everyday abbreviations.
    assert [label(form) for form in (LegalForm.LIMITED_COMPANY, LegalForm.INDIVIDUAL_MERCHANT, LegalForm.FARM)] == [
        "SIA", "IK", "Z/S"]
    assert label(LegalForm.RELIGIOUS) == "reliģiskā organizācija"
    for written in ("farm", "Z/S", "zemnieku saimniecība", "Zemnieku saimniecība"):
        assert parse_choice(LegalForm, written) is LegalForm.FARM, written
    install_language("en")
    assert label(LegalForm.FARM) == "farm"


def test_sia_ik_and_z_s_are_printed_alike_in_the_directory(latvian) -> None:  # type: ignore[no-untyped-def]
    # The name says the form: the column stays empty for all three, as for a biedrība.
    assert _directory_legal_form(LegalForm.LIMITED_COMPANY.value, "SIA „Lauku gaļa”") == ""
    assert _directory_legal_form(LegalForm.INDIVIDUAL_MERCHANT.value, "IK „Dūmu zivis”") == ""
    assert _directory_legal_form(LegalForm.FARM.value, "Z/S „Medus pūrs”") == ""
    # A farm whose name does not say so gets its form as SIA and IK do, never "cita forma".
    assert _directory_legal_form(LegalForm.FARM.value, "„Lejas Ķiķi”") == "Z/S"
    assert _directory_legal_form(LegalForm.LIMITED_COMPANY.value, "„Lejas Ķiķi”") == "SIA"


def test_an_older_database_turns_its_z_s_organisations_into_farms(database) -> None:  # type: ignore[no-untyped-def]
    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006_organisation_sort_keys")
    with database.engine.begin() as connection:
        for name, form in (("Z/S „Medus pūrs”", "other"), ("zemnieku saimniecība „Lejas”", "other"),
                           ("SIA „Zemenes”", "other"), ("Biedrība „Z/S draugi”", "association")):
            connection.execute(text(INSERT), {"name": name, "form": form})
    run_alembic_upgrade(database, alembic_config(database))
    assert current_revision(database) == HEAD_REVISION
    with database.engine.connect() as connection:
        forms = dict(connection.execute(text("SELECT name, legal_form FROM organisation")).all())
    assert forms == {"Z/S „Medus pūrs”": "farm", "zemnieku saimniecība „Lejas”": "farm",
                     "SIA „Zemenes”": "other", "Biedrība „Z/S draugi”": "association"}
