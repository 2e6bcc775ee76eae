"""Words for an organisation's closed sets of values (legal form, kind, membership).

One place for them so the table, the form, exports and the command line say the same thing, and
so an import can recognise a value written either as its code or as its English or Latvian word.
"""

from __future__ import annotations

import enum
from functools import lru_cache
from typing import TypeVar, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ngo_desktop.i18n import current_language, translate
from ngo_desktop.models import LegalForm, MembershipStatus, OrganisationKind
from ngo_desktop.services.spreadsheet import both_languages

CONTEXT = "OrganisationLabels"
E = TypeVar("E", bound=enum.Enum)

# Keyed by (enum class, value): the string enums' members compare equal across classes, so
# LegalForm.OTHER and OrganisationKind.OTHER would otherwise be one key with one word.
_LABELS: dict[tuple[type, str], str] = {(type(member), member.value): text for member, text in (
    (LegalForm.ASSOCIATION, QT_TRANSLATE_NOOP("OrganisationLabels", "association")),
    (LegalForm.FOUNDATION, QT_TRANSLATE_NOOP("OrganisationLabels", "foundation")),
    (LegalForm.LIMITED_COMPANY, QT_TRANSLATE_NOOP("OrganisationLabels", "limited company")),
    (LegalForm.INDIVIDUAL_MERCHANT, QT_TRANSLATE_NOOP("OrganisationLabels", "individual merchant")),
    (LegalForm.SELF_EMPLOYED, QT_TRANSLATE_NOOP("OrganisationLabels", "self-employed")),
    (LegalForm.MUNICIPAL_INSTITUTION, QT_TRANSLATE_NOOP("OrganisationLabels", "municipal institution")),
    (LegalForm.RELIGIOUS, QT_TRANSLATE_NOOP("OrganisationLabels", "religious organisation")),
    (LegalForm.INFORMAL_GROUP, QT_TRANSLATE_NOOP("OrganisationLabels", "informal group")),
    (LegalForm.OTHER, QT_TRANSLATE_NOOP("OrganisationLabels", "other form")),
    (OrganisationKind.NGO, QT_TRANSLATE_NOOP("OrganisationLabels", "NGO")),
    (OrganisationKind.ENTREPRENEUR, QT_TRANSLATE_NOOP("OrganisationLabels", "entrepreneur")),
    (OrganisationKind.MUNICIPAL, QT_TRANSLATE_NOOP("OrganisationLabels", "municipal body")),
    (OrganisationKind.OTHER, QT_TRANSLATE_NOOP("OrganisationLabels", "other")),
    (MembershipStatus.NONE, QT_TRANSLATE_NOOP("OrganisationLabels", "not a member")),
    (MembershipStatus.MEMBER, QT_TRANSLATE_NOOP("OrganisationLabels", "member")),
    (MembershipStatus.LAPSED, QT_TRANSLATE_NOOP("OrganisationLabels", "membership lapsed")),
)}

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
    "pašnodarbinātais": LegalForm.SELF_EMPLOYED,
    "saimnieciskās darbības veicējs": LegalForm.SELF_EMPLOYED,
    "pašvaldības iestāde": LegalForm.MUNICIPAL_INSTITUTION,
    "reliģiska organizācija": LegalForm.RELIGIOUS,
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
    """The value's word in the current language."""
    return translate(CONTEXT, source_label(value))


def source_label(value: enum.Enum | str) -> str:
    """The value's English word (the source text), independent of the current language.

    A plain code (a form may hold one) is looked up in the legal forms, then kinds, then
    memberships; pass the member itself where the code could be ambiguous ("other").
    """
    if isinstance(value, enum.Enum):
        return _LABELS[(type(value), value.value)]
    return next(text for (_kind, code), text in _LABELS.items() if code == value)


def parse_choice(enum_class: type[E], text: str) -> E | None:
    """The member of ``enum_class`` written as ``text``: its code, or its English or Latvian word.

    None when the text names none of them (an empty text is the caller's decision).
    """
    return cast("E | None", _parse_choice(enum_class, " ".join(text.split()).casefold(), current_language()))


# An import asks the same few words 100,000 times; each answer looks through every translation file.
@lru_cache(maxsize=1024)
def _parse_choice(enum_class: type[enum.Enum], wanted: str, _language: str) -> enum.Enum | None:
    for member in enum_class:
        if wanted in {str(member.value).casefold(), *(word.casefold() for word in both_languages(CONTEXT, _LABELS[(enum_class, member.value)]))}:
            return member
    extra = _EXTRA_WORDS.get(wanted)
    return extra if isinstance(extra, enum_class) else None
