"""Latvian details of paper and screen: amounts with thousands, a decision number said once, months in
words, and a trailing "fonds" or "biedrība" kept when sorting (with the migration that recomputes the
stored keys of an existing registry)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from PySide6.QtCore import QLocale
from sqlalchemy import select, text

from ngo_desktop.database.core import HEAD_REVISION, alembic_config, current_revision, open_database
from ngo_desktop.models import Organisation
from ngo_desktop.money import format_cents
from ngo_desktop.services.premises.documents import _decision
from ngo_desktop.services.premises.registry import TenancyDetails
from ngo_desktop.sorting import organisation_match_key, organisation_sort_key
from ngo_desktop.vocabulary import date_in_words, month_after_for
from ngo_desktop.vocabulary import month_name as month_words

LATVIAN = QLocale(QLocale.Language.Latvian, QLocale.Country.Latvia)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
NBSP = "\u00a0"


def test_amounts_show_thousands_with_a_non_breaking_space() -> None:
    assert format_cents(390000, LATVIAN) == f"3{NBSP}900,00{NBSP}€"
    assert format_cents(123456789, LATVIAN) == f"1{NBSP}234{NBSP}567,89{NBSP}€"
    assert format_cents(1250, LATVIAN) == f"12,50{NBSP}€"
    assert format_cents(-390000, LATVIAN) == f"-3{NBSP}900,00{NBSP}€"
    assert format_cents(390000, ENGLISH) == "€3,900.00"


def test_amounts_on_screen_use_the_same_formatter(latvian) -> None:  # type: ignore[no-untyped-def]
    assert format_cents(390000) == f"3{NBSP}900,00{NBSP}€"


def _tenancy(number: str, day: dt.date | None) -> TenancyDetails:
    fields = {name: None for name in TenancyDetails.__dataclass_fields__}
    return TenancyDetails(**{**fields, "decision_number": number, "decision_date": day})  # type: ignore[arg-type]


def test_a_decision_number_typed_with_nr_is_not_printed_twice(latvian) -> None:  # type: ignore[no-untyped-def]
    assert _decision(_tenancy("Nr. 214", dt.date(2026, 7, 16))) == "2026. gada 16. jūlija lēmums Nr. 214"
    assert _decision(_tenancy("214", dt.date(2026, 3, 12))) == "2026. gada 12. marta lēmums Nr. 214"
    assert _decision(_tenancy("nr.214", None)) == "lēmums Nr. 214"
    assert _decision(_tenancy("", dt.date(2026, 3, 12))) == "2026. gada 12. marta lēmums"


def test_a_decision_in_english(english) -> None:  # type: ignore[no-untyped-def]
    assert _decision(_tenancy("No. 214", dt.date(2026, 7, 16))) == "decision No. 214 of 16 July 2026"


def test_every_month_has_its_genitive_and_accusative(latvian) -> None:  # type: ignore[no-untyped-def]
    assert [date_in_words(dt.date(2026, month, 1)) for month in (1, 3, 4, 12)] == [
        "2026. gada 1. janvāra", "2026. gada 1. marta", "2026. gada 1. aprīļa", "2026. gada 1. decembra"]
    assert month_after_for(dt.date(2026, 11, 1)) == "2026. gada novembri"
    assert month_after_for(dt.date(2026, 3, 1)) == "2026. gada martu"


def test_a_month_is_written_in_words(latvian) -> None:  # type: ignore[no-untyped-def]
    assert month_words(dt.date(2026, 11, 1)) == "2026. gada novembris"


def test_a_month_in_english(english) -> None:  # type: ignore[no-untyped-def]
    assert month_words(dt.date(2026, 11, 1)) == "November 2026"
    assert month_after_for(dt.date(2026, 11, 1)) == "November 2026"


def test_a_trailing_fonds_or_biedriba_is_part_of_the_name_when_sorting() -> None:
    centre, fund = "„Līgatnes kopienas centrs”", "„Līgatnes kopienas fonds”"
    assert organisation_sort_key(centre) < organisation_sort_key(fund)
    assert organisation_sort_key("Latvijas Sarkanā Krusta biedrība") > organisation_sort_key("Latvijas Sarkanā Krusta")
    # A leading legal form and a trailing abbreviation still do not count.
    assert organisation_sort_key('biedrība "Sudrabs"') == organisation_sort_key("Sudrabs")
    assert organisation_sort_key("Koks SIA") == organisation_sort_key("Koks")
    # Finding duplicates is unchanged.
    assert organisation_match_key("biedrība „Sudrabs”") == organisation_match_key("Sudrabs")


def test_the_migration_recomputes_stored_sort_keys(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    opened = open_database(path)
    with opened.unit_of_work() as session:
        name = "Līgatnes kopienas fonds"
        session.add(Organisation(name=name, sort_key="", match_key=organisation_match_key(name)))
    config = alembic_config(opened)
    with opened.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003_booking_no_overlap")
        # The key as the old rules wrote it: the trailing "fonds" dropped.
        connection.execute(text("UPDATE organisation SET sort_key = :old"),
                           {"old": organisation_sort_key("Līgatnes kopienas")})
    opened.dispose()
    reopened = open_database(path)
    assert current_revision(reopened) == HEAD_REVISION
    with reopened.read_session() as session:
        key = session.scalar(select(Organisation.sort_key).where(Organisation.name == "Līgatnes kopienas fonds"))
    assert key == organisation_sort_key("Līgatnes kopienas fonds")
    reopened.dispose()


def test_the_directory_says_a_legal_form_once_and_spells_out_z_s(latvian) -> None:  # type: ignore[no-untyped-def]
    from ngo_desktop.models import LegalForm
    from ngo_desktop.services.printing.directory import _directory_legal_form

    assert _directory_legal_form(LegalForm.ASSOCIATION, 'Biedrība "Sudrabs"') == ""
    assert _directory_legal_form(LegalForm.LIMITED_COMPANY, 'SIA "Koks"') == ""
    assert _directory_legal_form(LegalForm.OTHER, "Z/S „Medus pūrs”") == "zemnieku saimniecība"
    assert _directory_legal_form(LegalForm.ASSOCIATION, "Alūksnes pensionāri") == "biedrība"
