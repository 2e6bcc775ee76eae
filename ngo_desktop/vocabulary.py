"""The one word for each value of the data model's closed sets: statuses, kinds, categories.

The window, the printed documents, the exports and the command line all take these words from here,
so a booking is "provizoriska" everywhere and never "iepriekšēja" in one place (docs/glossary.md).
Each enum has its own translation context, named after the enum, because Latvian agrees the word
with its noun: a cancelled booking is "atcelta", a cancelled application "atcelts".

The words are written as they stand in a table cell or a sentence, in lower case; ``sentence_case``
gives the form that starts a line (a list entry, a heading on paper).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ngo_desktop.i18n import translate
from ngo_desktop.models import (
    ApplicationStatus,
    BookingStatus,
    CheckIn,
    FairKind,
    LandmarkKind,
    LegalForm,
    MembershipStatus,
    OrganisationKind,
    PaymentStatus,
    VendorCategory,
)

# Keyed by (enum class, value): the string enums' members compare equal across classes, so
# LegalForm.OTHER and OrganisationKind.OTHER would otherwise be one key with one word.
_WORDS: dict[tuple[type, str], str] = {(type(member), member.value): text for member, text in (
    (BookingStatus.ENQUIRY, QT_TRANSLATE_NOOP("BookingStatus", "enquiry")),
    (BookingStatus.PROVISIONAL, QT_TRANSLATE_NOOP("BookingStatus", "provisional")),
    (BookingStatus.CONFIRMED, QT_TRANSLATE_NOOP("BookingStatus", "confirmed")),
    (BookingStatus.CANCELLED, QT_TRANSLATE_NOOP("BookingStatus", "cancelled")),
    (PaymentStatus.NOT_DUE, QT_TRANSLATE_NOOP("PaymentStatus", "free of charge")),
    (PaymentStatus.UNPAID, QT_TRANSLATE_NOOP("PaymentStatus", "unpaid")),
    (PaymentStatus.PAID, QT_TRANSLATE_NOOP("PaymentStatus", "paid")),
    (PaymentStatus.WAIVED, QT_TRANSLATE_NOOP("PaymentStatus", "waived")),
    (ApplicationStatus.APPLIED, QT_TRANSLATE_NOOP("ApplicationStatus", "applied")),
    (ApplicationStatus.ACCEPTED, QT_TRANSLATE_NOOP("ApplicationStatus", "accepted")),
    (ApplicationStatus.WAITLISTED, QT_TRANSLATE_NOOP("ApplicationStatus", "on the waiting list")),
    (ApplicationStatus.REJECTED, QT_TRANSLATE_NOOP("ApplicationStatus", "rejected")),
    (ApplicationStatus.CANCELLED, QT_TRANSLATE_NOOP("ApplicationStatus", "cancelled")),
    (CheckIn.ARRIVED, QT_TRANSLATE_NOOP("CheckIn", "arrived")),
    (CheckIn.NO_SHOW, QT_TRANSLATE_NOOP("CheckIn", "no-show")),
    (FairKind.CHARITY_FAIR, QT_TRANSLATE_NOOP("FairKind", "charity fair")),
    (FairKind.SEASONAL_MARKET, QT_TRANSLATE_NOOP("FairKind", "seasonal market")),
    (FairKind.MARKET_DAY, QT_TRANSLATE_NOOP("FairKind", "market day")),
    (FairKind.OTHER, QT_TRANSLATE_NOOP("FairKind", "other event")),
    (VendorCategory.HANDICRAFT, QT_TRANSLATE_NOOP("VendorCategory", "handicraft")),
    (VendorCategory.FOOD, QT_TRANSLATE_NOOP("VendorCategory", "food")),
    (VendorCategory.SECOND_HAND, QT_TRANSLATE_NOOP("VendorCategory", "second-hand")),
    (VendorCategory.SERVICES, QT_TRANSLATE_NOOP("VendorCategory", "services")),
    (VendorCategory.INFORMATION, QT_TRANSLATE_NOOP("VendorCategory", "information stand")),
    (VendorCategory.PLANTS, QT_TRANSLATE_NOOP("VendorCategory", "plants")),
    (VendorCategory.OTHER, QT_TRANSLATE_NOOP("VendorCategory", "other")),
    (LandmarkKind.STAGE, QT_TRANSLATE_NOOP("LandmarkKind", "stage")),
    (LandmarkKind.ENTRANCE, QT_TRANSLATE_NOOP("LandmarkKind", "entrance")),
    (LandmarkKind.TOILETS, QT_TRANSLATE_NOOP("LandmarkKind", "toilets")),
    (LandmarkKind.INFORMATION, QT_TRANSLATE_NOOP("LandmarkKind", "information")),
    (LandmarkKind.POWER, QT_TRANSLATE_NOOP("LandmarkKind", "power point")),
    (LandmarkKind.OTHER, QT_TRANSLATE_NOOP("LandmarkKind", "label")),
    (LegalForm.ASSOCIATION, QT_TRANSLATE_NOOP("LegalForm", "association")),
    (LegalForm.FOUNDATION, QT_TRANSLATE_NOOP("LegalForm", "foundation")),
    (LegalForm.LIMITED_COMPANY, QT_TRANSLATE_NOOP("LegalForm", "limited company")),
    (LegalForm.INDIVIDUAL_MERCHANT, QT_TRANSLATE_NOOP("LegalForm", "individual merchant")),
    (LegalForm.FARM, QT_TRANSLATE_NOOP("LegalForm", "farm")),
    (LegalForm.SELF_EMPLOYED, QT_TRANSLATE_NOOP("LegalForm", "self-employed")),
    (LegalForm.MUNICIPAL_INSTITUTION, QT_TRANSLATE_NOOP("LegalForm", "municipal institution")),
    (LegalForm.RELIGIOUS, QT_TRANSLATE_NOOP("LegalForm", "religious organisation")),
    (LegalForm.INFORMAL_GROUP, QT_TRANSLATE_NOOP("LegalForm", "informal group")),
    (LegalForm.OTHER, QT_TRANSLATE_NOOP("LegalForm", "other form")),
    (OrganisationKind.NGO, QT_TRANSLATE_NOOP("OrganisationKind", "NGO")),
    (OrganisationKind.ENTREPRENEUR, QT_TRANSLATE_NOOP("OrganisationKind", "entrepreneur")),
    (OrganisationKind.MUNICIPAL, QT_TRANSLATE_NOOP("OrganisationKind", "municipal body")),
    (OrganisationKind.OTHER, QT_TRANSLATE_NOOP("OrganisationKind", "other")),
    (MembershipStatus.NONE, QT_TRANSLATE_NOOP("MembershipStatus", "not a member")),
    (MembershipStatus.MEMBER, QT_TRANSLATE_NOOP("MembershipStatus", "member")),
    (MembershipStatus.LAPSED, QT_TRANSLATE_NOOP("MembershipStatus", "membership lapsed")),
)}


def context_of(value: enum.Enum) -> str:
    """The translation context of the value's word: the name of its enum."""
    return type(value).__name__


def source_word(value: enum.Enum) -> str:
    """The value's English word (the source text), whatever the current language."""
    return _WORDS[(type(value), value.value)]


def label(value: enum.Enum) -> str:
    """The value's word in the current language, in lower case (as inside a sentence)."""
    return translate(context_of(value), source_word(value))


def sentence_case(text: str) -> str:
    """The word as it starts a line: its first letter in capitals, the rest as it is."""
    return text[:1].upper() + text[1:]


def booking_status_label(status: BookingStatus) -> str:
    return label(status)


def payment_label(status: PaymentStatus) -> str:
    return label(status)


def application_status_label(status: ApplicationStatus) -> str:
    return label(status)


def check_in_label(check_in: CheckIn | None) -> str:
    """The vendor's check-in on a fair day; empty while nobody has marked it."""
    return label(check_in) if check_in is not None else ""


def fair_kind_label(kind: FairKind) -> str:
    return label(kind)


def vendor_category_label(category: VendorCategory) -> str:
    return label(category)


def landmark_label(kind: LandmarkKind) -> str:
    return label(kind)


def legal_form_label(form: LegalForm) -> str:
    return label(form)


def organisation_kind_label(kind: OrganisationKind) -> str:
    return label(kind)


def membership_label(status: MembershipStatus) -> str:
    return label(status)
