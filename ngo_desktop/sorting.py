"""Latvian alphabetical order, as keys the database can sort by.

The front desk's lists are sorted and paged by the database, so the order must be a stored
string that compares byte by byte the way Latvian collation compares names: Č after every C,
Š after every S, Ž after every Z (likewise Ģ, Ķ, Ļ, Ņ), while Ā Ē Ī Ū differ from A E I U only
when everything else is equal ("Ābele" beside "Abele"). Qt's QCollator gives that order for
lists in memory (``collator()``); a test checks that sorting by ``sort_key`` agrees with it.

Organisation names sort without quotes and legal-form words: „Sudrabs" and
biedrība "Sudrabs" both sort under S. Only a legal form in front, or an abbreviation at the end
("Koks SIA"), is dropped: a trailing "fonds" or "biedrība" is part of the name, so „Līgatnes
kopienas centrs” sorts before „Līgatnes kopienas fonds”. A contact person's key is ``sort_key`` of
the name as written. The keys are stored (organisations, fields of activity, contact people); a
change here needs a migration that recomputes them (see migrations/versions/0006_organisation_sort_keys.py
and 0008_contact_sort_keys.py).
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
_QUOTES_TO_SPACES = str.maketrans(dict.fromkeys(QUOTES, " "))
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")
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
_LEGAL_FORM_PATTERN = re.compile(
    r"^(?:(?:" + "|".join(re.escape(word) for word in LEGAL_FORM_WORDS) + r")\s+)+"
    r"|(?:\s+(?:" + "|".join(re.escape(word) for word in LEGAL_FORM_WORDS) + r"))+$",
    re.IGNORECASE,
)


_LEADING_LEGAL_FORM = re.compile(
    r"^(?:(?:" + "|".join(re.escape(word) for word in LEGAL_FORM_WORDS) + r")\s+)+", re.IGNORECASE)


def without_legal_form(name: str) -> str:
    """A name as a poster or schedule shows it: a leading legal form and the quotes it needs dropped.

    biedrība „Teātra studija Saulespuķe” → Teātra studija Saulespuķe; a legal-form word inside or at
    the end of the name ("Latvijas Sarkanā Krusta biedrība") is part of the name and stays.
    """
    stripped = _LEADING_LEGAL_FORM.sub("", name.strip())
    if stripped == name.strip():
        return stripped
    unquoted = stripped.strip(QUOTES).strip()
    if unquoted and not any(character in QUOTES for character in unquoted):
        return unquoted
    return stripped or name.strip()


# Abbreviations that may trail a name ("Koks SIA", "Zariņi Z/S"); whole words never do for sorting.
TRAILING_LEGAL_FORMS = ("sia", "z/s", "ik", "as")
_SORT_LEGAL_FORM_PATTERN = re.compile(
    r"^(?:(?:" + "|".join(re.escape(word) for word in LEGAL_FORM_WORDS) + r")\s+)+"
    r"|(?:\s+(?:" + "|".join(re.escape(word) for word in TRAILING_LEGAL_FORMS) + r"))+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # a handful of distinct letters, folded for every name of an import
def _fold_letter(character: str) -> str:
    """A letter outside the Latvian alphabet (é, ö, ß) sorts as its base letter."""
    decomposed = unicodedata.normalize("NFKD", character)
    return "".join(part for part in decomposed if not unicodedata.combining(part)) or character


# The keys of text made of the alphabet's letters, digits and single spaces, written by str.translate
# (an import computes 200,000 of them); any other character takes the loop of ``sort_key``.
_PRIMARY_TABLE = str.maketrans({**_PRIMARY_WEIGHT, " ": _SPACE_WEIGHT})
_SECONDARY_TABLE = str.maketrans({**_SECONDARY_WEIGHT, " ": "0"})
_TRANSLATABLE = frozenset((*_PRIMARY_WEIGHT, " "))


def sort_key(text: str) -> str:
    """The Latvian collation key of ``text``: primary letters, then their accents."""
    collapsed = " ".join(text.casefold().split())
    if _TRANSLATABLE.issuperset(collapsed):
        return (collapsed.translate(_PRIMARY_TABLE) + _LEVEL_SEPARATOR
                + collapsed.translate(_SECONDARY_TABLE))[:SORT_KEY_LENGTH]
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


def _without_quotes(name: str) -> str:
    return " ".join(name.translate(_QUOTES_TO_SPACES).split())


def strip_quotes_and_legal_form(name: str) -> str:
    """The part of an organisation's name that decides whether two are the same: no quotes, no legal form."""
    collapsed = _without_quotes(name)
    stripped = _LEGAL_FORM_PATTERN.sub("", collapsed).strip()
    return stripped or collapsed


def _sort_core(collapsed: str) -> str:
    return _SORT_LEGAL_FORM_PATTERN.sub("", collapsed).strip() or collapsed


def organisation_sort_key(name: str) -> str:
    """The stored sort key of an organisation: its name without quotes and a leading legal form."""
    return sort_key(_sort_core(_without_quotes(name)))


def organisation_match_key(name: str) -> str:
    """Folds what does not make two names different organisations: case, quotes, diacritics,
    punctuation and legal-form words."""
    return _match_key_of_core(strip_quotes_and_legal_form(name))


def organisation_keys(name: str) -> tuple[str, str]:
    """``organisation_sort_key`` and ``organisation_match_key`` of ``name``, unquoting it once (imports)."""
    collapsed = _without_quotes(name)
    matched = _LEGAL_FORM_PATTERN.sub("", collapsed).strip() or collapsed
    return sort_key(_sort_core(collapsed)), _match_key_of_core(matched)


class _FoldedLetters(dict[int, str]):
    """A str.translate table of ``_fold_letter``, each letter folded the first time it is met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_letter(chr(code))
        return folded


_FOLDED_LETTERS = _FoldedLetters()


def _match_key_of_core(core: str) -> str:
    folded = core.casefold().translate(_FOLDED_LETTERS)
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
