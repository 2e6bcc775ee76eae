"""Word-wrapped lines of mixed fonts and colours, drawn straight onto the canvas.

A week schedule holds a thousand or more short bookings; a Paragraph each would take most of a
second to parse and wrap. These lines are measured with ``stringWidth`` once, for the column's
fixed width, and drawn with one ``drawString`` per run. The space between runs is drawn as part
of the text, so copying or ``pdftotext`` gives "10:00–12:00 Title (Organisation)".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.platypus.flowables import Flowable

from ngo_desktop.documents.common import text_width


@dataclass(frozen=True, slots=True)
class Run:
    """Text in one font, size and colour; ``layout`` fills in its ``width``."""

    text: str
    font: str
    size: float
    colour: Color
    width: float = 0.0


@dataclass(frozen=True, slots=True)
class Line:
    runs: tuple[Run, ...]
    gap_before: float = 0.0


def layout(runs: Sequence[Run], width: float, gap_before: float = 0.0) -> list[Line]:
    """The runs broken into lines no wider than ``width``; the first line gets ``gap_before``."""
    lines: list[list[Run]] = [[]]
    used = 0.0
    for run in runs:
        for word in _words(run.text):
            word_width = text_width(word, run.font, run.size)
            if used + word_width > width and used > 0 and word.strip():
                lines.append([])
                used = 0.0
                word = word.lstrip()
                word_width = text_width(word, run.font, run.size)
            while word_width > width and len(word) > 1:
                # A word wider than the column (a long e-mail address) is cut where it must be.
                head = _longest_prefix(word, run.font, run.size, width - used)
                lines[-1].append(Run(head, run.font, run.size, run.colour, text_width(head, run.font, run.size)))
                lines.append([])
                used = 0.0
                word = word[len(head):]
                word_width = text_width(word, run.font, run.size)
            if word:
                lines[-1].append(Run(word, run.font, run.size, run.colour, word_width))
                used += word_width
    return [Line(_merged(line), gap_before if index == 0 else 0.0) for index, line in enumerate(lines)]


def _words(text: str) -> list[str]:
    """``text`` as words that keep the space in front of them, so spacing survives wrapping."""
    words: list[str] = []
    for index, word in enumerate(text.split(" ")):
        words.append(word if index == 0 else " " + word)
    return [word for word in words if word]


def _longest_prefix(word: str, font: str, size: float, width: float) -> str:
    for end in range(len(word) - 1, 0, -1):
        if text_width(word[:end], font, size) <= width:
            return word[:end]
    return word[0]


def _merged(runs: list[Run]) -> tuple[Run, ...]:
    """Neighbouring words of the same style joined into one run, to be drawn in one go."""
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if last is not None and (last.font, last.size, last.colour) == (run.font, run.size, run.colour):
            merged[-1] = Run(last.text + run.text, run.font, run.size, run.colour, last.width + run.width)
        else:
            merged.append(run)
    if merged:
        last = merged[-1]
        trimmed = last.text.rstrip()
        merged[-1] = Run(trimmed, last.font, last.size, last.colour, text_width(trimmed, last.font, last.size))
    return tuple(merged)


class RichLines(Flowable):
    """Lines laid out in advance for a known width, with a fixed ``leading``; splits between lines."""

    def __init__(self, lines: Sequence[Line], leading: float) -> None:
        super().__init__()
        self.lines = tuple(lines)
        self.leading = leading

    def _height(self) -> float:
        return sum(self.leading + line.gap_before for line in self.lines)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = self._height()
        return avail_width, self.height

    def split_at(self, height: float) -> tuple[RichLines, RichLines | None]:
        """The lines that fit in ``height`` (at least one) and the rest, or None when all fit.

        The cut goes before a line with ``gap_before`` (the start of an entry) where one fits,
        so that an entry is not torn in two.
        """
        used = 0.0
        entry_start = 0
        for index, line in enumerate(self.lines):
            if line.gap_before:
                entry_start = index
            used += self.leading + line.gap_before
            if used > height and index > 0:
                cut = entry_start if entry_start > 0 else index
                rest = [Line(self.lines[cut].runs), *self.lines[cut + 1:]]
                return RichLines(self.lines[:cut], self.leading), RichLines(rest, self.leading)
        return self, None

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        head, rest = self.split_at(avail_height)
        if rest is None:
            # All of it fits: a table splitting its row across pages wants two parts all the same.
            return [self, RichLines((), self.leading)]
        if head._height() > avail_height:
            return []
        return [head, rest]

    def draw(self) -> None:
        # One text object for the whole cell, placing each run at its measured offset: one
        # drawString per run would measure every run again and open a text object for each.
        text = self.canv.beginText()
        style: tuple[str, float] | None = None
        colour: Color | None = None
        y = self._height()
        for line in self.lines:
            y -= line.gap_before + self.leading
            x = 0.0
            baseline = y + self.leading * 0.25
            for run in line.runs:
                if (run.font, run.size) != style:
                    style = (run.font, run.size)
                    text.setFont(run.font, run.size, self.leading)
                if run.colour != colour:
                    colour = run.colour
                    text.setFillColor(run.colour)
                text.setTextOrigin(x, baseline)
                text.textLine(run.text)
                x += run.width
        self.canv.drawText(text)
