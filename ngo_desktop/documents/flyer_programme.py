"""The flyer's compact programme: one line per distinct item, for programmes too long to print by day.

A season market held every Saturday from May to September has twenty-odd days, and most of its
items come back: the brass band on the first Saturday of each month, the dance group on the
second. Printed day by day that is several pages; here each distinct item (same time, title and
performer) becomes one line that says when it is on: "Every Saturday" when it is on every day
the event is held (all of them the same weekday), else the list of its dates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle

from ngo_desktop.documents.common import BASE_FONT, fill_template
from ngo_desktop.documents.data import ProgrammeDay
from ngo_desktop.documents.fonts import SANS, SANS_BOLD, register_fonts
from ngo_desktop.documents.platypus import Flowable, Paragraph, Table, TableStyle

_EVERY_WEEKDAY = ("every_monday", "every_tuesday", "every_wednesday", "every_thursday", "every_friday",
                  "every_saturday", "every_sunday")
# "Every Saturday except …" only while the exceptions are few next to the days it is on.
_MOST_EXCEPTIONS = 2
_FEWEST_DAYS_FOR_EXCEPTIONS = 4


@dataclass(frozen=True, slots=True)
class CompactItem:
    """One line of the compact programme; ``when`` is "01.05.", "01.05., 05.06." or "Every Saturday"."""

    when: str
    time: str
    title: str
    performer: str


def compact_items(days: Sequence[ProgrammeDay], labels: Mapping[str, str]) -> list[CompactItem]:
    """The distinct items of ``days`` in the order they first happen, each with when it is on."""
    occurrences: dict[tuple[str, str, str], list[int]] = {}
    for index, day in enumerate(days):
        for entry in day.entries:
            occurrences.setdefault((entry.time, entry.title, entry.performer), []).append(index)
    items = []
    for (time, title, performer), indexes in occurrences.items():
        # "Koncerts: Alūksnes pūtēju orķestris — Alūksnes pūtēju orķestris" says the name twice.
        if performer and performer.casefold() in title.casefold():
            performer = ""
        items.append(CompactItem(_when(days, indexes, labels), time, title, performer))
    return items


def _when(days: Sequence[ProgrammeDay], indexes: list[int], labels: Mapping[str, str]) -> str:
    dates = [_short_date(day) for day in days]
    weekdays = {day.weekday for day in days}
    if len(days) > 1 and len(weekdays) == 1 and 1 <= (weekday := next(iter(weekdays))) <= 7:
        every = labels[_EVERY_WEEKDAY[weekday - 1]]
        on = set(indexes)
        missing = [dates[index] for index in range(len(days)) if index not in on]
        if not missing:
            return every
        if len(missing) <= _MOST_EXCEPTIONS and len(indexes) >= _FEWEST_DAYS_FOR_EXCEPTIONS:
            return fill_template(labels["every_except"], every=every, dates=", ".join(missing))
    return ", ".join(dates[index] for index in indexes if dates[index])


def _short_date(day: ProgrammeDay) -> str:
    return day.date or day.heading


def item_paragraph(item: CompactItem, style: ParagraphStyle, accent: Color, muted: Color) -> Paragraph:
    """"01.05., 05.06.  11:00–12:00  Title — performer", the dates in the accent colour."""
    register_fonts()
    parts = []
    if item.when:
        parts.append(f'<font name="{SANS_BOLD}" color="{accent.hexval()}">{escape(item.when)}</font>')
    if item.time:
        parts.append(f'<font name="{SANS_BOLD}">{escape(item.time)}</font>')
    text = "&nbsp;&nbsp;".join(parts)
    text = f"{text}&nbsp;&nbsp;{escape(item.title)}" if text else escape(item.title)
    if item.performer:
        text += f' <font name="{SANS}" color="{muted.hexval()}">— {escape(item.performer)}</font>'
    return Paragraph(text, style)


def in_columns(paragraphs: Sequence[Paragraph], width: float, gap: float, columns: int) -> Flowable:
    """The paragraphs in ``columns`` columns of even height, read down the first column first."""
    column = (width - gap * (columns - 1)) / columns
    heights = [paragraph.wrap(column, 1e6)[1] + paragraph.getSpaceAfter() for paragraph in paragraphs]
    cells: list[list[Paragraph]] = []
    start = 0
    for remaining in range(columns, 0, -1):
        share = sum(heights[start:]) / remaining
        end, used = start, 0.0
        # Take items until the column reaches its share; stop before an item that overshoots more
        # than it would leave short, so that the columns end level.
        while end < len(paragraphs) and (remaining == 1 or used + heights[end] / 2 <= share):
            used += heights[end]
            end += 1
        cells.append(list(paragraphs[start:end]))
        start = end
    row: list[object] = []
    for index, cell in enumerate(cells):
        if index:
            row.append("")
        row.append(cell)
    widths = [column if index % 2 == 0 else gap for index in range(2 * columns - 1)]
    table = Table([row], colWidths=widths)
    table.setStyle(TableStyle([
        BASE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table
