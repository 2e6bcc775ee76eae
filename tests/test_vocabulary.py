"""One word for each enum value, agreeing with its noun in Latvian, and only vocabulary.py wording it."""

from __future__ import annotations

import ast
import datetime as dt
import enum
from pathlib import Path

import pytest

from ngo_desktop import models, vocabulary
from ngo_desktop.models import ApplicationStatus, BookingStatus, CheckIn, PaymentStatus

PACKAGE = Path(__file__).resolve().parent.parent / "ngo_desktop"
WORDED_ENUMS = ("OrganisationKind", "LegalForm", "MembershipStatus", "BookingStatus", "PaymentStatus", "FairKind",
                "VendorCategory", "ApplicationStatus", "CheckIn", "LandmarkKind")


@pytest.mark.parametrize("enum_name", WORDED_ENUMS)
def test_every_member_has_an_english_word_and_a_latvian_one(enum_name: str, latvian) -> None:
    enum_class: type[enum.Enum] = getattr(models, enum_name)
    for member in enum_class:
        english = vocabulary.source_word(member)
        shown = vocabulary.label(member)
        assert english and shown
        assert shown != english or english in {"Wi-Fi"}, f"{member!r} has no Latvian word"


def test_latvian_words_agree_with_their_noun(latvian) -> None:
    assert vocabulary.booking_status_label(BookingStatus.CANCELLED) == "atcelta"  # rezervācija
    assert vocabulary.application_status_label(ApplicationStatus.CANCELLED) == "atcelts"  # pieteikums
    assert vocabulary.booking_status_label(BookingStatus.PROVISIONAL) == "provizoriska"
    assert vocabulary.payment_label(PaymentStatus.WAIVED) == "atbrīvots no maksas"
    assert vocabulary.payment_label(PaymentStatus.UNPAID) == "nav samaksāts"
    assert vocabulary.check_in_label(CheckIn.NO_SHOW) == "neieradies"
    assert vocabulary.check_in_label(None) == ""


def test_english_words_are_the_source(english) -> None:
    assert vocabulary.booking_status_label(BookingStatus.PROVISIONAL) == "provisional"
    assert vocabulary.sentence_case(vocabulary.payment_label(PaymentStatus.NOT_DUE)) == "Free of charge"


def test_months_are_named_with_their_year_and_in_the_case_the_sentence_needs(latvian) -> None:
    november = dt.date(2026, 11, 1)
    assert vocabulary.month_name(november) == "2026. gada novembris"
    assert vocabulary.month_after_for(november) == "2026. gada novembri"
    assert vocabulary.month_after_for(dt.date(2026, 3, 1)) == "2026. gada martu"
    assert vocabulary.date_in_words(dt.date(2026, 7, 16)) == "2026. gada 16. jūlija"


def test_a_decision_keeps_one_number_word_and_its_date_in_words(latvian) -> None:
    text = vocabulary.decision_text("Nr. 214", dt.date(2026, 7, 16))
    assert text == "2026. gada 16. jūlija lēmums Nr. 214"
    assert vocabulary.decision_text("nr.40/2026", None) == "lēmums Nr. 40/2026"


def test_a_name_is_quoted_once(latvian) -> None:
    assert vocabulary.quoted("Mazā zāle") == "„Mazā zāle”"
    assert vocabulary.quoted("biedrība „Alūksnes pensionāri”") == "biedrība „Alūksnes pensionāri”"


def test_printed_document_kinds_have_names_and_an_unknown_code_stays(latvian) -> None:
    assert vocabulary.document_kind_label("tenancy-statement") == "Mēneša aprēķins"
    assert vocabulary.document_kind_label("booking-sheet") == "Rezervācijas lapa"
    assert vocabulary.document_kind_label("something-new") == "something-new"


def test_no_module_but_vocabulary_words_an_enum_value() -> None:
    """A dict from an enum member to translate()/QT_TRANSLATE_NOOP() outside vocabulary.py is a second wording."""
    second = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "vocabulary.py" or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Dict):
                continue
            for key, value in zip(node.keys, node.values, strict=True):
                if (isinstance(key, ast.Attribute) and isinstance(key.value, ast.Name) and key.value.id in WORDED_ENUMS
                        and isinstance(value, ast.Call)
                        and getattr(value.func, "attr", getattr(value.func, "id", "")) in {
                            "translate", "QT_TRANSLATE_NOOP", "tr"}):
                    second.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {key.value.id}")
                    break
    assert second == []


def test_a_weekday_after_every_is_in_the_accusative(latvian) -> None:
    assert [vocabulary.weekday_after_every(day) for day in (1, 5)] == ["otrdienu", "sestdienu"]


def test_a_booking_import_reads_the_status_words_of_now_and_of_earlier_exports(latvian) -> None:
    from ngo_desktop.services.bookings.importing import _status

    assert _status("Provizoriska") == BookingStatus.PROVISIONAL
    assert _status("Iepriekšēja") == BookingStatus.PROVISIONAL  # exported before the glossary retired it
    assert _status("provisional") == BookingStatus.PROVISIONAL
    assert _status("Atcelta") == BookingStatus.CANCELLED


def test_a_plain_code_from_a_form_gets_the_same_word_as_its_member(latvian) -> None:
    assert vocabulary.fair_kind_label("seasonal_market") == "sezonas tirgus"  # type: ignore[arg-type]
    assert vocabulary.payment_label("waived") == "atbrīvots no maksas"  # type: ignore[arg-type]
