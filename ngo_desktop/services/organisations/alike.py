"""Names that look like the same organisation though they are not spelt the same.

„Sudrabs”, biedrība "Sudrabs" and SUDRABS already share one match key (``sorting.organisation_match_key``:
case, quotes, diacritics and a legal form at either end folded away). A look-alike goes further:
"biedrība „Sudrabs”" beside "Pensionāru biedrība „Sudrabs”" — every word of one name is in the
other, once legal-form words are dropped wherever they stand — or a name one slip of the keyboard
away in one of its words ("Sudrabs" and "Sudrbs"). It is a warning, never a refusal: two organisations may share a word.

``AlikeIndex`` holds the registry's match keys by word, so the form's save asks only the names that
share a word with it, and an import of thousands of rows checks each row without a query of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher

from ngo_desktop.sorting import LEGAL_FORM_WORDS, organisation_match_key

# Letters the shorter name must keep, so that a name of two letters ("AS") matches nothing.
MIN_LETTERS = 4
# difflib's ratio from which two words differ only by a slip of the keyboard ("Sudrabs", "Sudrbs"),
# the one word in which two names differ.
SLIP_RATIO = 0.85
# "fonds" ends many names ("Līgatnes kopienas fonds"), and "ar", "s", "z" (of "z/s") are no words to drop.
_LEGAL_WORDS = frozenset(
    word for phrase in LEGAL_FORM_WORDS for word in organisation_match_key(f"x {phrase} x").split()
) - {"x", "fonds", "ar", "s", "z"}


def alike_words(match_key: str) -> frozenset[str]:
    """The words of a match key that name the organisation: legal-form words dropped anywhere."""
    return frozenset(match_key.split()) - _LEGAL_WORDS


def looks_alike(first_key: str, second_key: str) -> bool:
    """Whether two match keys probably name the same organisation."""
    return bool(first_key) and first_key == second_key or \
        _words_look_alike(alike_words(first_key), alike_words(second_key))


def _words_look_alike(first: frozenset[str], second: frozenset[str]) -> bool:
    if not first or not second:
        return False
    if first == second:
        return True
    shorter, longer = (first, second) if len(first) <= len(second) else (second, first)
    if shorter <= longer:
        return sum(len(word) for word in shorter) >= MIN_LETTERS
    mine, theirs = first - second, second - first
    if len(mine) != 1 or len(theirs) != 1:
        return False  # a slip of the keyboard changes one word, not the number of words
    (one,), (other,) = mine, theirs
    if min(len(one), len(other)) < MIN_LETTERS:
        return False
    matcher = SequenceMatcher(None, one, other)
    # The quick upper bounds first: most pairs are far apart, and ratio() is the slow part.
    return matcher.real_quick_ratio() >= SLIP_RATIO and matcher.quick_ratio() >= SLIP_RATIO \
        and matcher.ratio() >= SLIP_RATIO


class AlikeIndex:
    """The registry's names by word. Private: ``_keys`` id → match key; ``_words`` id → its words;
    ``_by_word`` word → ids;
    ``_by_key`` match key → ids (a name of legal-form words only has no words of its own)."""

    def __init__(self, rows: Iterable[tuple[int, str]]) -> None:
        self._keys: dict[int, str] = {}
        self._words: dict[int, frozenset[str]] = {}
        self._by_word: dict[str, set[int]] = {}
        self._by_key: dict[str, list[int]] = {}
        for organisation_id, match_key in rows:
            self.add(organisation_id, match_key)

    def add(self, organisation_id: int, match_key: str) -> None:
        self._keys[organisation_id] = match_key
        self._words[organisation_id] = words = alike_words(match_key)
        self._by_key.setdefault(match_key, []).append(organisation_id)
        for word in words:
            self._by_word.setdefault(word, set()).add(organisation_id)

    def matches(self, name: str, *, exclude_id: int | None = None, common: int | None = None) -> list[int]:
        """Ids of the organisations whose names look like ``name``, fewest extra words first.

        ``common``: a word found in more names than this ("latvijas") is no lead of its own, so an
        import of thousands of rows does not compare each with half the registry. A name is compared
        in full only when it shares enough words to pass (all of the shorter name's, or all but one
        of two names as long): counting the shared words is quick, the comparison is not."""
        return self.matches_key(organisation_match_key(name), exclude_id=exclude_id, common=common)

    def matches_key(self, key: str, *, exclude_id: int | None = None, common: int | None = None) -> list[int]:
        """``matches`` for a name whose match key is known already (an import computes it anyway)."""
        words = alike_words(key)
        leads = []
        unknown = 0  # words left out as common: they may be shared, so each counts as if it were
        for word in words:
            ids = self._by_word.get(word)
            if not ids:
                continue
            if common is not None and len(ids) > common:
                unknown += 1
                continue
            leads.append(ids)
        found = [candidate for candidate in self._by_key.get(key, ()) if candidate != exclude_id] if key else []
        if not leads:
            return found
        shared: Counter[int] = Counter()
        for ids in leads:
            shared.update(ids)
        size = len(words)
        for candidate, count in shared.items():
            other = len(self._words[candidate])
            needed = min(size, other) - (1 if size == other else 0)
            if count + unknown >= needed and candidate != exclude_id and candidate not in found \
                    and _words_look_alike(words, self._words[candidate]):
                found.append(candidate)
        return sorted(found, key=lambda candidate: (len(self._words[candidate] ^ words), candidate))
