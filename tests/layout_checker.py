"""The layout checker: reads a built PDF back and lists what a print designer would reject.

- two pieces of text on top of each other (characters of different lines or labels overlapping);
- text outside the safe margin (5 mm from the paper's edge: office printers cannot print there);
- text smaller than the document's minimum size (8 pt for body text);
- a word broken in the middle ("pašnodarbināt|ais"): a printed word that is not a word of the
  source strings but the beginning or the end of one;
- more pages than the document's budget.

``source_words`` collects the words of a builder's input (dataclasses, tuples, labels), so the
broken-word check compares what was printed with what was meant to be printed.

The characters are read with pdfminer, the parser under pdfplumber, through a device that keeps only
the characters: the same boxes, sizes and order as pdfplumber's ``page.chars``, in half the time (the
layout tests read some 200 documents; pdfplumber also turns every path and every attribute of every
object into a dictionary). Words are grouped by pdfplumber's own word extractor. PDFium and MuPDF
read pages faster still, but they round each glyph's width to a whole thousandth of an em, so a
long line drifts by up to a point from where it is printed. tests/test_layout_checker.py feeds the
checker a PDF with each fault and checks that it is reported.
"""

from __future__ import annotations

import dataclasses
import io
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pdfminer.converter import PDFLayoutAnalyzer
from pdfminer.layout import LTChar, LTPage
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfplumber.utils import extract_words

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
    pages = list(_pages(pdf))
    if len(pages) > max_pages:
        findings.append(Finding(len(pages), f"{len(pages)} pages, the budget is {max_pages}"))
    for number, (width, height, all_chars) in enumerate(pages, start=1):
        chars = [char for char in all_chars if char["text"].strip()]
        findings += _margin(number, chars, width, height)
        findings += _sizes(number, all_chars, chars, min_size, small_ok)
        findings += _overlaps(number, chars)
        findings += _broken_words(number, all_chars, words, prefixes, suffixes)
    return findings


class _CharacterDevice(PDFLayoutAnalyzer):
    """Keeps each page's characters as pdfplumber lists them; paths and images are not collected."""

    def __init__(self, resources: PDFResourceManager) -> None:
        super().__init__(resources, laparams=None)
        self.page: tuple[float, float, list[dict[str, Any]]] = (0.0, 0.0, [])

    def paint_path(self, *_: object, **__: object) -> None:
        pass

    def render_image(self, *_: object, **__: object) -> None:
        pass

    def receive_layout(self, ltpage: LTPage) -> None:
        # pdfplumber's coordinates: "top" and "bottom" measured down from the page's top edge.
        height = ltpage.y1
        self.page = (ltpage.width, ltpage.height, [
            {"text": char.get_text(), "x0": char.x0, "x1": char.x1, "top": height - char.y1,
             "bottom": height - char.y0, "doctop": height - char.y1, "size": char.size, "upright": char.upright}
            for char in ltpage if isinstance(char, LTChar)])


def _pages(pdf: bytes) -> Iterator[tuple[float, float, list[dict[str, Any]]]]:
    """Each page's width, height and characters (spaces included), in the order they are drawn."""
    resources = PDFResourceManager(caching=True)
    device = _CharacterDevice(resources)
    interpreter = PDFPageInterpreter(resources, device)
    for page in PDFPage.get_pages(io.BytesIO(pdf)):
        interpreter.process_page(page)
        yield device.page


def _margin(number: int, chars: list[dict], width: float, height: float) -> list[Finding]:
    outside = [char for char in chars if char["x0"] < SAFE_MARGIN - 0.01 or char["x1"] > width - SAFE_MARGIN + 0.01
               or char["top"] < SAFE_MARGIN - 0.01 or char["bottom"] > height - SAFE_MARGIN + 0.01]
    if not outside:
        return []
    sample = "".join(char["text"] for char in outside[:30])
    return [Finding(number, f"{len(outside)} characters inside the 5 mm unprintable edge: {sample!r}")]


def _sizes(number: int, all_chars: list[dict], chars: list[dict], min_size: float,
           small_ok: set[str]) -> list[Finding]:
    small = [char for char in chars if char["size"] < min_size - 0.05]
    if not small:
        return []
    texts = {word["text"] for word in extract_words(all_chars, extra_attrs=["size"], x_tolerance=1.5)
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


def _broken_words(number: int, all_chars: list[dict], words: set[str], prefixes: set[str],
                  suffixes: set[str]) -> list[Finding]:
    broken = []
    for word in extract_words(all_chars, x_tolerance=1.5, y_tolerance=2):
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
