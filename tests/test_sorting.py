"""Latvian alphabetical order: stored keys agree with Qt's Latvian collator."""

from __future__ import annotations

from functools import cmp_to_key

from ngo_desktop.sorting import (
    collator,
    organisation_match_key,
    organisation_sort_key,
    sort_key,
    strip_quotes_and_legal_form,
)

NAMES = [
    "Čakste", "Cīrulis", "Celms", "Zeltiņš", "Šulcs", "Sudrabs", "Svītra", "Ābele", "Abele", "Ozols",
    "Žagars", "Zaķis", "Ģirts", "Gulbis", "Kalns", "Ķirsis", "Ņikita", "Nora", "Ļaudis", "Lapa",
    "Ēvalds", "Egle", "Ūdris", "Upe", "Īve", "Ieva", "Zvaigzne", "Dārziņš", "Bērziņš", "Bērzs",
]


def test_sort_key_agrees_with_the_latvian_collator() -> None:
    by_key = sorted(NAMES, key=sort_key)
    by_qt = sorted(NAMES, key=cmp_to_key(collator().compare))
    assert by_key == by_qt


def test_hacek_letters_come_after_every_plain_letter() -> None:
    ordered = sorted(["Čakste", "Cvetkovs", "Šulcs", "Svilis", "Žagars", "Zvejnieks"], key=sort_key)
    assert ordered == ["Cvetkovs", "Čakste", "Svilis", "Šulcs", "Zvejnieks", "Žagars"]


def test_long_vowel_sorts_beside_the_short_one() -> None:
    assert sorted(["Abele", "Acis", "Ābele"], key=sort_key) == ["Abele", "Ābele", "Acis"]


def test_quotes_and_legal_form_do_not_decide_the_order() -> None:
    names = ['Biedrība „Sudrabs"', "SIA Ābols", "Rozes", 'nodibinājums "Tilts"', "„Čiekurs”"]
    ordered = sorted(names, key=organisation_sort_key)
    assert ordered == ["SIA Ābols", "„Čiekurs”", "Rozes", 'Biedrība „Sudrabs"', 'nodibinājums "Tilts"']
    assert strip_quotes_and_legal_form('Biedrība „Sudrabs"') == "Sudrabs"
    assert strip_quotes_and_legal_form("Z/S „Ziedu dārzs”") == "Ziedu dārzs"
    assert strip_quotes_and_legal_form("zemnieku saimniecība „Ābeles”") == "Ābeles"


def test_match_key_ignores_case_quotes_diacritics_and_legal_form() -> None:
    assert organisation_match_key('biedrība „Alūksnes Pensionāri"') == organisation_match_key(
        "ALUKSNES PENSIONARI")
    assert organisation_match_key("Zaķis") != organisation_match_key("Zaķi")


def test_any_spacing_punctuation_or_foreign_letter_gives_the_key_of_the_plain_name() -> None:
    # Names of the alphabet's letters, digits and single spaces take a quick path; everything
    # else takes the letter-by-letter loop: both must agree.
    assert sort_key("  Ābele \t Bērziņš\u00a0") == sort_key("Ābele Bērziņš")
    assert sort_key("Ābele-Bērziņš, Jr.") == sort_key("ĀbeleBērziņš Jr")
    assert sort_key("Müller Éva") == sort_key("Muller Eva") != sort_key("Mullers Eva")
    assert sort_key("Straße 12") == sort_key("strasse 12")
    assert organisation_match_key("Ünité „Café”") == organisation_match_key("unite cafe")
