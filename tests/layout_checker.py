"""The layout checker: reads a built PDF back with pdfplumber and lists what a print designer would
reject.

- two pieces of text on top of each other (characters of different lines or labels overlapping);
- text outside the safe margin (5 mm from the paper's edge: office printers cannot print there);
- text smaller than the document's minimum size (8 pt for body text);
- a word broken in the middle ("pašnodarbināt|ais"): a printed word that is not a word of the
  source strings but the beginning or the end of one;
- more pages than the document's budget.

``source_words`` collects the words of a builder's input (dataclasses, tuples, labels), so the
broken-word check compares what was printed with what was meant to be printed.
"""

from __future__ import annotations

import dataclasses
import io
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pdfplumber

MM = 72 / 25.4
SAFE_MARGIN = 5 * MM
_PUNCTUATION = "()[]{},.;:!?„“”\"'«»‘’–—-·…/◇*%+="


@dataclass(frozen=True)
class Finding:
    page: int
    problem: str

    def __str__(self) -> str:
        return f"page {self.page}: {self.problem}"


def source_words(*values: object) -> set[str]:
    """Every word of every string inside ``values`` (dataclasses, mappings and sequences walked)."""
    words: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            for word in value.replace("\n", " ").split():
                stripped = word.strip(_PUNCTUATION)
                if stripped:
                    words.add(stripped.casefold())
                    # "Kosmētiskais/remonts" or "e-pasts": the parts may each end a line.
                    for part in _split_inner(stripped):
                        words.add(part.casefold())
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for field in dataclasses.fields(value):
                walk(getattr(value, field.name))
        elif isinstance(value, Mapping):
            for item in value.values():
                walk(item)
        elif isinstance(value, Iterable) and not isinstance(value, bytes):
            for item in value:
                walk(item)

    for value in values:
        walk(value)
    return words


def _split_inner(word: str) -> list[str]:
    parts = [word]
    for mark in "/-–@._":
        parts = [piece.strip(_PUNCTUATION) for part in parts for piece in part.split(mark)]
    return [part for part in parts if part]


def check_pdf(pdf: bytes, *, words: set[str], min_size: float, max_pages: int,
              allowed_small: Iterable[str] = ()) -> list[Finding]:
    """Everything wrong with ``pdf``; an empty list means it passes.

    ``allowed_small`` names texts that may be smaller than ``min_size`` (none by default).
    """
    findings: list[Finding] = []
    prefixes, suffixes = _fragments(words)
    small_ok = set(allowed_small)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        if len(document.pages) > max_pages:
            findings.append(Finding(len(document.pages), f"{len(document.pages)} pages, the budget is {max_pages}"))
        for number, page in enumerate(document.pages, start=1):
            chars = [char for char in page.chars if char["text"].strip()]
            findings += _margin(number, chars, float(page.width), float(page.height))
            findings += _sizes(number, page, chars, min_size, small_ok)
            findings += _overlaps(number, chars)
            findings += _broken_words(number, page, words, prefixes, suffixes)
    return findings


def _margin(number: int, chars: list[dict], width: float, height: float) -> list[Finding]:
    outside = [char for char in chars if char["x0"] < SAFE_MARGIN - 0.01 or char["x1"] > width - SAFE_MARGIN + 0.01
               or char["top"] < SAFE_MARGIN - 0.01 or char["bottom"] > height - SAFE_MARGIN + 0.01]
    if not outside:
        return []
    sample = "".join(char["text"] for char in outside[:30])
    return [Finding(number, f"{len(outside)} characters inside the 5 mm unprintable edge: {sample!r}")]


def _sizes(number: int, page, chars: list[dict], min_size: float, small_ok: set[str]) -> list[Finding]:  # type: ignore[no-untyped-def]
    small = [char for char in chars if char["size"] < min_size - 0.05]
    if not small:
        return []
    texts = {word["text"] for word in page.extract_words(extra_attrs=["size"], x_tolerance=1.5)
             if word["size"] < min_size - 0.05}
    texts -= small_ok
    if not texts:
        return []
    sizes = sorted({round(char["size"], 1) for char in small})
    return [Finding(number, f"text below {min_size} pt ({sizes}): {sorted(texts)[:8]}")]


def _overlaps(number: int, chars: list[dict]) -> list[Finding]:
    """Characters whose boxes cover each other, other than neighbours within one line of text."""
    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, char in enumerate(chars):
        for bx in range(int(char["x0"] // 12), int(char["x1"] // 12) + 1):
            for by in range(int(char["top"] // 12), int(char["bottom"] // 12) + 1):
                buckets[(bx, by)].append(index)
    clashes: set[tuple[int, int]] = set()
    for members in buckets.values():
        for position, first in enumerate(members):
            a = chars[first]
            for second in members[position + 1:]:
                if (first, second) in clashes:
                    continue
                b = chars[second]
                width = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
                height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                if width <= 0.6 or height <= 0.6:
                    continue
                smaller = min((a["x1"] - a["x0"]) * (a["bottom"] - a["top"]),
                              (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]))
                if width * height > 0.25 * smaller:
                    clashes.add((first, second))
    if not clashes:
        return []
    samples = sorted(clashes)[:5]
    described = ", ".join(f"{chars[a]['text']!r}@({chars[a]['x0']:.0f},{chars[a]['top']:.0f}) over "
                          f"{chars[b]['text']!r}" for a, b in samples)
    return [Finding(number, f"{len(clashes)} overlapping characters: {described}")]


def _fragments(words: set[str]) -> tuple[set[str], set[str]]:
    prefixes: set[str] = set()
    suffixes: set[str] = set()
    for word in words:
        for cut in range(2, len(word) - 1):
            prefixes.add(word[:cut])
            suffixes.add(word[cut:])
    return prefixes, suffixes


def _broken_words(number: int, page, words: set[str], prefixes: set[str], suffixes: set[str]) -> list[Finding]:  # type: ignore[no-untyped-def]
    broken = []
    for word in page.extract_words(x_tolerance=1.5, y_tolerance=2):
        text = word["text"].strip(_PUNCTUATION).casefold()
        if sum(character.isalpha() for character in text) < 2 or text in words:
            continue
        if any(part in words for part in _split_inner(text)) and all(
                part in words or not part.isalpha() for part in _split_inner(text)):
            continue
        if text in prefixes or text in suffixes:
            broken.append(word["text"])
    if not broken:
        return []
    return [Finding(number, f"{len(broken)} words broken mid-word: {broken[:8]}")]
