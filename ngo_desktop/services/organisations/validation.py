"""Checks and clean-ups for an organisation's registration number, phone numbers and e-mail.

Phone numbers are kept in one format so the desk can search and dial them the same way:
Latvian numbers as ``+371 29123456`` (the country code, a space and eight digits); numbers of
other countries are accepted as given as long as they start with their country code.
"""

from __future__ import annotations

import re

from ngo_desktop.i18n import translate
from ngo_desktop.validation import is_valid_email

LATVIAN_CODE = "+371"
_SEPARATORS = re.compile(r"[\s\-().\u00a0/]")
_DIGITS = re.compile(r"^\d+$")


class PhoneProblem(ValueError):
    """A phone number that cannot be kept; ``str()`` is the translated message."""


def normalise_phone(text: str) -> str:
    """``+371 29123456`` for a Latvian number, the number as given for other countries, "" for "".

    Raises PhoneProblem with a message saying what to type instead.
    """
    given = " ".join(text.split())
    if not given:
        return ""
    if given.isascii() and given.isdigit() and len(given) == 8 and not given.startswith("00"):
        return f"{LATVIAN_CODE} {given}"  # as most are typed: the rules below give the same, slower
    if len(given) == 13 and given.startswith(LATVIAN_CODE + " ") and given[5:].isascii() and given[5:].isdigit():
        return given  # already kept this way
    compact = _SEPARATORS.sub("", given)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if _DIGITS.match(compact) and len(compact) == 11 and compact.startswith("371"):
        compact = "+" + compact
    if _DIGITS.match(compact) and len(compact) == 8:
        # A Latvian number typed without the country code, as people usually do.
        compact = LATVIAN_CODE + compact
    if compact.startswith(LATVIAN_CODE):
        local = compact[len(LATVIAN_CODE):]
        if _DIGITS.match(local) and len(local) == 8:
            return f"{LATVIAN_CODE} {local}"
        raise PhoneProblem(translate(
            "OrganisationValidation",
            "A Latvian phone number has eight digits after +371, e.g. +371 29123456.",
        ))
    if compact.startswith("+") and _DIGITS.match(compact[1:]) and 7 <= len(compact) - 1 <= 15:
        return given if given.startswith("+") else compact
    raise PhoneProblem(translate(
        "OrganisationValidation",
        "Write the phone number as +371 and eight digits, or another country's number with its "
        "code, e.g. +370 61234567.",
    ))


def normalise_registration_number(text: str) -> str:
    """The registration number without spaces; "" when none was given."""
    return "".join(text.split())


def registration_number_problem(number: str) -> str | None:
    """Why ``number`` (already normalised) is not a Latvian registration number, or None."""
    if number and not (len(number) == 11 and number.isdigit()):
        return translate(
            "OrganisationValidation",
            "A Latvian registration number is 11 digits, e.g. 40008012345.",
        )
    return None


def email_problem(email: str) -> str | None:
    if email and not is_valid_email(email):
        return translate(
            "OrganisationValidation",
            "The e-mail address is not valid. Check it, e.g. valde@biedriba.lv.",
        )
    return None
