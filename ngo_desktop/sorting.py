"""Latvian alphabetical order, as keys the database can sort by.

The front desk's lists are sorted and paged by the database, so the order must be a stored
string that compares byte by byte the way Latvian collation compares names: Č after every C,
Š after every S, Ž after every Z (likewise Ģ, Ķ, Ļ, Ņ), while Ā Ē Ī Ū differ from A E I U only
when everything else is equal ("Ābele" beside "Abele"). Qt's QCollator gives that order for
lists in memory (``collator()``); a test checks that sorting by ``sort_key`` agrees with it.

Organisation names sort without quotes and legal-form words: „Sudrabs" and
biedrība "Sudrabs" both sort under S.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

# The Latvian alphabet with the foreign letters in their Latin places. Letters on one line of
# _SECONDARY differ only at the second level.
_PRIMARY_ORDER = "aābcčdeēfgģhiījkķlļmnņoōpqrŗsštuūvwxyzž"
_SECONDARY_VARIANTS = {"ā": "a", "ē": "e", "ī": "i", "ū": "u", "ō": "o", "ŗ": "r"}

_PRIMARY_WEIGHT: dict[str, str] = {}
_SECONDARY_WEIGHT: dict[str, str] = {}
_weight = 0x41
for _letter in _PRIMARY_ORDER:
    base = _SECONDARY_VARIANTS.get(_letter)
    if base is not None:
        _PRIMARY_WEIGHT[_letter] = _PRIMARY_WEIGHT[base]
        _SECONDARY_WEIGHT[_letter] = "1"
    else:
        _PRIMARY_WEIGHT[_letter] = chr(_weight)
        _SECONDARY_WEIGHT[_letter] = "0"
        _weight += 1
for _digit in "0123456789":
    _PRIMARY_WEIGHT[_digit] = chr(0x30 + int(_digit))
    _SECONDARY_WEIGHT[_digit] = "0"

_SPACE_WEIGHT = "!"  # after the level separator, before digits and letters
_LEVEL_SEPARATOR = " "
SORT_KEY_LENGTH = 400

QUOTES = "„“”\"«»‘’'`‹›"
LEGAL_FORM_WORDS = (
    "sabiedrība ar ierobežotu atbildību",
    "individuālais komersants",
    "reliģiskā organizācija",
    "zemnieku saimniecība",
    "nodibinājums",
    "biedrība",
    "fonds",
    "sia",
    "z/s",
    "ik",
    "as",
)
_QUOTES_TO_SPACES = str.maketrans(dict.fromkeys(QUOTES, " "))
# What str.isalnum() refuses: \W is every character that is not alphanumeric, or "_".
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")
_LEGAL_FORM_PATTERN = re.compile(
    r"^(?:(?:" + "|".join(re.escape(word) for word in LEGAL_FORM_WORDS) + r")\s+)+"
    r"|(?:\s+(?:" + "|".join(re.escape(word) for word in LEGAL_FORM_WORDS) + r"))+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # a handful of distinct letters, folded for every name of an import
def _fold_letter(character: str) -> str:
    """A letter outside the Latvian alphabet (é, ö, ß) sorts as its base letter."""
    decomposed = unicodedata.normalize("NFKD", character)
    return "".join(part for part in decomposed if not unicodedata.combining(part)) or character


def sort_key(text: str) -> str:
    """The Latvian collation key of ``text``: primary letters, then their accents."""
    primary: list[str] = []
    secondary: list[str] = []
    for character in text.casefold():
        if character.isspace():
            if primary and primary[-1] != _SPACE_WEIGHT:
                primary.append(_SPACE_WEIGHT)
                secondary.append("0")
            continue
        if character not in _PRIMARY_WEIGHT:
            folded = _fold_letter(character)
            if len(folded) != 1 or folded not in _PRIMARY_WEIGHT:
                for part in folded:
                    if part in _PRIMARY_WEIGHT:
                        primary.append(_PRIMARY_WEIGHT[part])
                        secondary.append(_SECONDARY_WEIGHT[part])
                continue
            character = folded
        primary.append(_PRIMARY_WEIGHT[character])
        secondary.append(_SECONDARY_WEIGHT[character])
    while primary and primary[-1] == _SPACE_WEIGHT:
        primary.pop()
        secondary.pop()
    return ("".join(primary) + _LEVEL_SEPARATOR + "".join(secondary))[:SORT_KEY_LENGTH]


def strip_quotes_and_legal_form(name: str) -> str:
    """The part of an organisation's name that decides its place: no quotes, no legal form."""
    without_quotes = name.translate(_QUOTES_TO_SPACES)
    collapsed = " ".join(without_quotes.split())
    stripped = _LEGAL_FORM_PATTERN.sub("", collapsed).strip()
    return stripped or collapsed


def organisation_sort_key(name: str) -> str:
    return sort_key(strip_quotes_and_legal_form(name))


def organisation_match_key(name: str) -> str:
    """Folds what does not make two names different organisations: case, quotes, diacritics,
    punctuation and legal-form words."""
    return _match_key_of_core(strip_quotes_and_legal_form(name))


def organisation_keys(name: str) -> tuple[str, str]:
    """``organisation_sort_key`` and ``organisation_match_key`` of ``name``, stripping it once (imports)."""
    core = strip_quotes_and_legal_form(name)
    return sort_key(core), _match_key_of_core(core)


def _match_key_of_core(core: str) -> str:
    core = core.casefold()
    folded = "".join(map(_fold_letter, core))
    return " ".join(_NOT_LETTER_OR_DIGIT.sub(" ", folded).split())


@cache
def collator():  # type: ignore[no-untyped-def]
    """Qt's Latvian collator, for sorting short lists in memory."""
    from PySide6.QtCore import QCollator, QLocale

    latvian = QCollator(QLocale(QLocale.Language.Latvian, QLocale.Country.Latvia))
    latvian.setNumericMode(True)
    return latvian


def sorted_latvian(items, key=lambda item: item):  # type: ignore[no-untyped-def]
    """Sort any iterable by the Latvian order of ``key(item)``."""
    return sorted(items, key=lambda item: sort_key(key(item)))
