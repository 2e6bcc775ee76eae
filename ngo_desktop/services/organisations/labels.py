"""Words for an organisation's closed sets of values (legal form, kind, membership).

The words themselves live in ngo_desktop/vocabulary.py with every other enum's words; this module
lets an import recognise a value written as its code, as its English or Latvian word, or as an
everyday abbreviation.
"""

from __future__ import annotations

import enum
from functools import lru_cache
from typing import TypeVar, cast

from ngo_desktop.i18n import current_language
from ngo_desktop.models import LegalForm, MembershipStatus, OrganisationKind
from ngo_desktop.services.spreadsheet import both_languages
from ngo_desktop.vocabulary import context_of, source_word
from ngo_desktop.vocabulary import label as vocabulary_label

E = TypeVar("E", bound=enum.Enum)

# Latvian words and everyday abbreviations a spreadsheet may hold, recognised whatever the
# program's language is (the translations may not be loaded, e.g. on an English command line).
_EXTRA_WORDS: dict[str, enum.Enum] = {
    "biedrība": LegalForm.ASSOCIATION,
    "nodibinājums": LegalForm.FOUNDATION,
    "fonds": LegalForm.FOUNDATION,
    "sia": LegalForm.LIMITED_COMPANY,
    "sabiedrība ar ierobežotu atbildību": LegalForm.LIMITED_COMPANY,
    "ik": LegalForm.INDIVIDUAL_MERCHANT,
    "individuālais komersants": LegalForm.INDIVIDUAL_MERCHANT,
    "z/s": LegalForm.FARM,
    "zemnieku saimniecība": LegalForm.FARM,
    "pašnodarbinātais": LegalForm.SELF_EMPLOYED,
    "saimnieciskās darbības veicējs": LegalForm.SELF_EMPLOYED,
    "pašvaldības iestāde": LegalForm.MUNICIPAL_INSTITUTION,
    "reliģiskā organizācija": LegalForm.RELIGIOUS,
    "reliģiska organizācija": LegalForm.RELIGIOUS,  # the word of earlier versions, still in old files
    "neformāla grupa": LegalForm.INFORMAL_GROUP,
    "cita forma": LegalForm.OTHER,
    "nvo": OrganisationKind.NGO,
    "uzņēmējs": OrganisationKind.ENTREPRENEUR,
    "pašvaldība": OrganisationKind.MUNICIPAL,
    "pašvaldības institūcija": OrganisationKind.MUNICIPAL,
    "cits": OrganisationKind.OTHER,
    "nav biedrs": MembershipStatus.NONE,
    "biedrs": MembershipStatus.MEMBER,
    "dalība beigusies": MembershipStatus.LAPSED,
}


def label(value: enum.Enum | str) -> str:
    """The value's word in the current language (docs/glossary.md; the words live in vocabulary.py)."""
    return vocabulary_label(_member(value))


def source_label(value: enum.Enum | str) -> str:
    """The value's English word (the source text), independent of the current language.

    A plain code (a form may hold one) is looked up in the legal forms, then kinds, then
    memberships; pass the member itself where the code could be ambiguous ("other").
    """
    return source_word(_member(value))


def _member(value: enum.Enum | str) -> enum.Enum:
    if isinstance(value, enum.Enum):
        return value
    return next(enum_class(value) for enum_class in (LegalForm, OrganisationKind, MembershipStatus)
                if value in {member.value for member in enum_class})


def parse_choice(enum_class: type[E], text: str) -> E | None:
    """The member of ``enum_class`` written as ``text``: its code, or its English or Latvian word.

    None when the text names none of them (an empty text is the caller's decision).
    """
    return cast("E | None", _parse_choice(enum_class, " ".join(text.split()).casefold(), current_language()))


# An import asks the same few words 100,000 times; each answer looks through every translation file.
@lru_cache(maxsize=1024)
def _parse_choice(enum_class: type[enum.Enum], wanted: str, _language: str) -> enum.Enum | None:
    for member in enum_class:
        if wanted in {str(member.value).casefold(), *(word.casefold() for word in both_languages(context_of(member), source_word(member)))}:
            return member
    extra = _EXTRA_WORDS.get(wanted)
    return extra if isinstance(extra, enum_class) else None
