"""Word-wrapped lines of mixed fonts and colours, drawn straight onto the canvas.

A week schedule holds a thousand or more short bookings; a Paragraph each would take most of a
second to parse and wrap. These lines are measured with ``stringWidth`` once, for the column's
fixed width, and drawn with one ``drawString`` per run. The space between runs is drawn as part
of the text, so copying or ``pdftotext`` gives "10:00–12:00 Title (Organisation)".

``LaidLines`` draws on a canvas directly (the week schedule); ``common.RichLines`` is the same
lines as a flowable for a platypus table (the check-in sheet).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from ngo_desktop.documents.page import text_width


class Run(NamedTuple):
    """Text in one font, size and colour; ``layout`` fills in its ``width``.

    A named tuple rather than a frozen dataclass: a busy week makes tens of thousands of runs,
    and a tuple is made several times faster.
    """

    text: str
    font: str
    size: float
    colour: Color
    width: float = 0.0


class Line(NamedTuple):
    runs: tuple[Run, ...]
    gap_before: float = 0.0


def layout(runs: Sequence[Run], width: float, gap_before: float = 0.0) -> list[Line]:
    """The runs broken into lines no wider than ``width``; the first line gets ``gap_before``.

    Called for every booking of a week schedule at every density tried, so it is lean: a run
    that fits whole on the line is measured once, not word by word, and neighbouring words of
    one style are joined into a run as they are placed rather than made runs and merged after.
    """
    widths = [text_width(run.text, run.font, run.size) for run in runs]
    if sum(widths) < width - _SLACK:
        # All on one line (most bookings of a dense week): no words to weigh.
        line: list[list] = []
        for run, run_width in zip(runs, widths, strict=True):
            if run.text:
                _place(line, run.text, run.font, run.size, run.colour, run_width)
        return [Line(_finished(line), gap_before)]
    lines: list[tuple[Run, ...]] = []
    # The line being filled, as [text, font, size, colour, width] of its runs, merged by style.
    line = []
    used = 0.0
    for run, whole in zip(runs, widths, strict=True):
        font, size, colour = run.font, run.size, run.colour
        # A run that fits whole (with a hair to spare, so rounding never decides a break) breaks
        # nowhere; the word-by-word loop below would place every word on this line too.
        if used + whole < width - _SLACK or not run.text:
            if run.text:
                _place(line, run.text, font, size, colour, whole)
            used += whole
            continue
        # This run's words on the current line, once one is placed: the rest are added to it.
        current: list | None = None
        for word in _words(run.text):
            word_width = text_width(word, font, size)
            if used + word_width > width and used > 0 and word.strip():
                lines.append(_finished(line))
                line = []
                used = 0.0
                current = None
                word = word.lstrip()
                word_width = text_width(word, font, size)
            while word_width > width and len(word) > 1:
                # A word wider than the column (a long e-mail address) is cut where it must be.
                head = _longest_prefix(word, font, size, width - used)
                _place(line, head, font, size, colour, text_width(head, font, size))
                lines.append(_finished(line))
                line = []
                used = 0.0
                current = None
                word = word[len(head):]
                word_width = text_width(word, font, size)
            if word:
                if current is None:
                    _place(line, word, font, size, colour, word_width)
                    current = line[-1]
                else:
                    current[0] += word
                    current[4] += word_width
                used += word_width
    lines.append(_finished(line))
    return [Line(runs_of_line, gap_before if index == 0 else 0.0) for index, runs_of_line in enumerate(lines)]


# Points a whole run must leave spare to be placed without measuring its words.
_SLACK = 1e-6


def _place(line: list[list], text: str, font: str, size: float, colour: Color, width: float) -> None:
    """``text`` added to the line's last run when it has the same style, else as a run of its own."""
    if line and (line[-1][1], line[-1][2], line[-1][3]) == (font, size, colour):
        line[-1][0] += text
        line[-1][4] += width
    else:
        line.append([text, font, size, colour, width])


def _finished(line: list[list]) -> tuple[Run, ...]:
    """The line's runs, the last one without trailing spaces (and measured again)."""
    if not line:
        return ()
    runs = [Run(text, font, size, colour, width) for text, font, size, colour, width in line[:-1]]
    text, font, size, colour, _width = line[-1]
    trimmed = text.rstrip()
    runs.append(Run(trimmed, font, size, colour, text_width(trimmed, font, size)))
    return tuple(runs)


def _words(text: str) -> list[str]:
    """``text`` as words that keep the space in front of them, so spacing survives wrapping."""
    first, *rest = text.split(" ")
    words = [" " + word for word in rest]
    return [first, *words] if first else words


def _longest_prefix(word: str, font: str, size: float, width: float) -> str:
    for end in range(len(word) - 1, 0, -1):
        if text_width(word[:end], font, size) <= width:
            return word[:end]
    return word[0]


class LaidLines:
    """Lines laid out in advance for a known width, with a fixed ``leading``; splits between lines."""

    __slots__ = ("lines", "leading")

    def __init__(self, lines: Sequence[Line], leading: float) -> None:
        self.lines = tuple(lines)
        self.leading = leading

    def height(self) -> float:
        return sum(self.leading + line.gap_before for line in self.lines)

    def split_at(self, height: float, *, whole_entries: bool = False) -> tuple[LaidLines, LaidLines | None]:
        """The lines that fit in ``height`` and the rest, or None when all fit.

        The cut goes before the start of an entry (its first line, or a line with ``gap_before``),
        so that an entry is not torn in two. With ``whole_entries`` an entry that does not fit goes
        to the rest whole, even the first one (the head is then empty); without, a first entry
        taller than ``height`` is cut between its lines (the head holds at least one line).
        """
        used = 0.0
        entry_start = 0
        for index, line in enumerate(self.lines):
            if line.gap_before:
                entry_start = index
            used += self.leading + line.gap_before
            if used > height and (index > 0 or whole_entries):
                cut = entry_start if entry_start > 0 or whole_entries else index
                rest = [Line(self.lines[cut].runs), *self.lines[cut + 1:]]
                return LaidLines(self.lines[:cut], self.leading), LaidLines(rest, self.leading)
        return self, None

    def draw(self, canvas: Canvas, x: float, top: float) -> None:
        """The lines with their first line's top at ``top`` and their left edge at ``x``."""
        # One text object for the whole block, placing each run at its measured offset: one
        # drawString per run would measure every run again and open a text object for each.
        text = canvas.beginText()
        style: tuple[str, float] | None = None
        colour: Color | None = None
        y = top
        for line in self.lines:
            y -= line.gap_before + self.leading
            left = x
            baseline = y + self.leading * 0.25
            for run in line.runs:
                if (run.font, run.size) != style:
                    style = (run.font, run.size)
                    text.setFont(run.font, run.size, self.leading)
                if run.colour is not colour:  # the documents' colours are shared constants: no compare
                    colour = run.colour
                    text.setFillColor(run.colour)
                text.setTextOrigin(left, baseline)
                text.textLine(run.text)
                left += run.width
        canvas.drawText(text)
