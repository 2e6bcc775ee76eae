"""The one word for each value of the data model's closed sets: statuses, kinds, categories.

The window, the printed documents, the exports and the command line all take these words from here,
so a booking is "provizoriska" everywhere and never "iepriekšēja" in one place (docs/glossary.md).
Each enum has its own translation context, named after the enum, because Latvian agrees the word
with its noun: a cancelled booking is "atcelta", a cancelled application "atcelts".

The words are written as they stand in a table cell or a sentence, in lower case; ``sentence_case``
gives the form that starts a line (a list entry, a heading on paper).
"""

from __future__ import annotations

import datetime as dt
import enum
import re

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


# The printed documents' kinds are codes kept in the register (services/printing/common.py, and the
# tenancy papers of services/premises/documents.py).
_DOCUMENT_KINDS = {
    "booking-sheet": QT_TRANSLATE_NOOP("DocumentKinds", "Booking sheet"),
    "door-sign": QT_TRANSLATE_NOOP("DocumentKinds", "Door sign"),
    "week-schedule": QT_TRANSLATE_NOOP("DocumentKinds", "Week schedule"),
    "flyer": QT_TRANSLATE_NOOP("DocumentKinds", "Flyer"),
    "stall-plan": QT_TRANSLATE_NOOP("DocumentKinds", "Stall plan"),
    "check-in": QT_TRANSLATE_NOOP("DocumentKinds", "Check-in sheet"),
    "directory": QT_TRANSLATE_NOOP("DocumentKinds", "Organisation directory"),
    "tenancy-summary": QT_TRANSLATE_NOOP("DocumentKinds", "Tenancy agreement summary"),
    "tenancy-statement": QT_TRANSLATE_NOOP("DocumentKinds", "Monthly statement"),
}


def quoted(name: str) -> str:
    """A name as a message quotes it: „Mazā zāle” in Latvian, “Mazā zāle” in English. A name that
    already holds quotes (biedrība „Alūksnes pensionāri”) is left as it is, never quoted twice."""
    if any(mark in name for mark in "„“”\"«»"):
        return name
    return translate("Quotes", "“{name}”").format(name=name)


def date_in_words(day: dt.date) -> str:
    """"2026. gada 16. jūlija" / "16 July 2026", as a decision or an agreement is dated."""
    return translate("MonthsOfDate", "{day} {month} {year}").format(
        day=day.day, month=translate("MonthsOfDate", _MONTHS_OF_DATE[day.month - 1]), year=day.year)


def decision_text(number: str, day: dt.date | None) -> str:
    """A municipal decision as one phrase: "2026. gada 16. jūlija lēmums Nr. 214" / "decision No. 214
    of 16 July 2026"; a number typed with its own "Nr." keeps only one."""
    number = _NUMBER_WORD.sub("", number.strip())
    if day is None:
        return translate("Decisions", "decision No. {number}").format(number=number)
    return translate("Decisions", "decision No. {number} of {date}").format(number=number, date=date_in_words(day))


def document_kind_label(kind: str) -> str:
    """The printed document's kind as a heading names it ("Rezervācijas lapa"); an unknown code as it is."""
    source = _DOCUMENT_KINDS.get(kind)
    return translate("DocumentKinds", source) if source is not None else kind


# A month is named with its year, "2026. gada novembris", never "11.2026". Latvian puts it in the
# accusative after "par" ("par 2026. gada novembri"), so the names come twice, once per context.
_MONTHS = (
    QT_TRANSLATE_NOOP("Months", "January"),
    QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"),
    QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"),
    QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"),
    QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"),
    QT_TRANSLATE_NOOP("Months", "December"),
)
_MONTHS_AFTER_FOR = (
    QT_TRANSLATE_NOOP("MonthsAfterFor", "January"),
    QT_TRANSLATE_NOOP("MonthsAfterFor", "February"),
    QT_TRANSLATE_NOOP("MonthsAfterFor", "March"),
    QT_TRANSLATE_NOOP("MonthsAfterFor", "April"),
    QT_TRANSLATE_NOOP("MonthsAfterFor", "May"),
    QT_TRANSLATE_NOOP("MonthsAfterFor", "June"),
    QT_TRANSLATE_NOOP("MonthsAfterFor", "July"),
    QT_TRANSLATE_NOOP("MonthsAfterFor", "August"),
    QT_TRANSLATE_NOOP("MonthsAfterFor", "September"),
    QT_TRANSLATE_NOOP("MonthsAfterFor", "October"),
    QT_TRANSLATE_NOOP("MonthsAfterFor", "November"),
    QT_TRANSLATE_NOOP("MonthsAfterFor", "December"),
)


# A date in words needs the month's genitive in Latvian: "2026. gada 16. jūlija".
_MONTHS_OF_DATE = (
    QT_TRANSLATE_NOOP("MonthsOfDate", "January"),
    QT_TRANSLATE_NOOP("MonthsOfDate", "February"),
    QT_TRANSLATE_NOOP("MonthsOfDate", "March"),
    QT_TRANSLATE_NOOP("MonthsOfDate", "April"),
    QT_TRANSLATE_NOOP("MonthsOfDate", "May"),
    QT_TRANSLATE_NOOP("MonthsOfDate", "June"),
    QT_TRANSLATE_NOOP("MonthsOfDate", "July"),
    QT_TRANSLATE_NOOP("MonthsOfDate", "August"),
    QT_TRANSLATE_NOOP("MonthsOfDate", "September"),
    QT_TRANSLATE_NOOP("MonthsOfDate", "October"),
    QT_TRANSLATE_NOOP("MonthsOfDate", "November"),
    QT_TRANSLATE_NOOP("MonthsOfDate", "December"),
)
# "Nr. 214", "No. 214", "nr.214": the word is the sentence's, not the number's.
_NUMBER_WORD = re.compile(r"^(?:nr|no)\.?\s*", re.IGNORECASE)


# After "every" Latvian puts the weekday in the accusative: "katru sestdienu".
_WEEKDAYS_AFTER_EVERY = (
    QT_TRANSLATE_NOOP("WeekdaysAfterEvery", "Monday"),
    QT_TRANSLATE_NOOP("WeekdaysAfterEvery", "Tuesday"),
    QT_TRANSLATE_NOOP("WeekdaysAfterEvery", "Wednesday"),
    QT_TRANSLATE_NOOP("WeekdaysAfterEvery", "Thursday"),
    QT_TRANSLATE_NOOP("WeekdaysAfterEvery", "Friday"),
    QT_TRANSLATE_NOOP("WeekdaysAfterEvery", "Saturday"),
    QT_TRANSLATE_NOOP("WeekdaysAfterEvery", "Sunday"),
)


def month_name(month: dt.date) -> str:
    """The month as a heading or a cell names it: "2026. gada novembris" / "November 2026"."""
    return translate("Months", "{month} {year}").format(month=month_alone(month), year=month.year)


def weekday_after_every(weekday: int) -> str:
    """The weekday (0 = Monday) as it follows "every": "sestdienu" / "Saturday"."""
    return translate("WeekdaysAfterEvery", _WEEKDAYS_AFTER_EVERY[weekday])


def month_alone(month: dt.date) -> str:
    """The month without its year, in lower case: "novembris" / "November"."""
    return translate("Months", _MONTHS[month.month - 1])


def month_after_for(month: dt.date) -> str:
    """The month after "for" ("par"): "2026. gada novembri" / "November 2026"."""
    return translate("Months", "{month} {year}").format(
        month=translate("MonthsAfterFor", _MONTHS_AFTER_FOR[month.month - 1]), year=month.year)


# The typed functions below also take the plain code a form or a combo box may hold ("seasonal_market"):
# a string enum's member and its value name the same word.


def booking_status_label(status: BookingStatus) -> str:
    return label(BookingStatus(status))


def payment_label(status: PaymentStatus) -> str:
    return label(PaymentStatus(status))


def application_status_label(status: ApplicationStatus) -> str:
    return label(ApplicationStatus(status))


def check_in_label(check_in: CheckIn | None) -> str:
    """The vendor's check-in on a fair day; empty while nobody has marked it."""
    return label(CheckIn(check_in)) if check_in is not None else ""


def fair_kind_label(kind: FairKind) -> str:
    return label(FairKind(kind))


def vendor_category_label(category: VendorCategory) -> str:
    return label(VendorCategory(category))


def landmark_label(kind: LandmarkKind) -> str:
    return label(LandmarkKind(kind))


def legal_form_label(form: LegalForm) -> str:
    return label(LegalForm(form))


def organisation_kind_label(kind: OrganisationKind) -> str:
    return label(OrganisationKind(kind))


def membership_label(status: MembershipStatus) -> str:
    return label(MembershipStatus(status))
