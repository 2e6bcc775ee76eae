"""The week schedule of a site: every room a row, the seven days the columns, landscape.

Forty rooms with several bookings a day run over many pages; the day headings repeat at the top
of each. Cells are drawn with ``RichLines`` rather than Paragraphs because a busy week has well
over a thousand bookings (see ``bench/documents_bench.py``). A room whose bookings would not fit
on one page continues in a second row, so no row is ever taller than a page.
"""

from __future__ import annotations

from reportlab.platypus import LongTable, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from ngo_desktop.documents.common import (
    ACCENT,
    FAINT,
    INK,
    MUTED,
    RULE,
    DocumentShell,
    Paper,
    para,
    styles,
    table_header_style,
)
from ngo_desktop.documents.data import ScheduleEntry, ScheduleRoom, WeekScheduleData
from ngo_desktop.documents.fonts import CONDENSED, CONDENSED_BOLD, SANS_ITALIC
from ngo_desktop.documents.labels import WEEK_SCHEDULE_LABELS, resolve_labels
from ngo_desktop.documents.richlines import Line, RichLines, Run, layout

DAYS = 7
_ROOM_COLUMN = 96.0
_PADDING = 4.0
_SIZE = 7.2
_LEADING = 8.8
_ENTRY_GAP = 3.0


def build_week_schedule(data: WeekScheduleData, *, paper: Paper = "A4", landscape: bool = True) -> bytes:
    """The week schedule as PDF bytes; landscape unless asked otherwise."""
    _check(data)
    labels = resolve_labels(WEEK_SCHEDULE_LABELS, data.labels)
    shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels,
                          title=f"{labels['document_title']}: {data.site}, {data.week}",
                          paper=paper, landscape=landscape)
    style = styles()
    width = shell.frame_width
    room_column = min(_ROOM_COLUMN, width * 0.16)
    day_width = (width - room_column) / DAYS
    story: list[Flowable] = [
        para(labels["document_title"], style.title),
        para(f"{data.site} · {data.week}", style.subtitle),
    ]
    if any(entry.provisional for room in data.rooms for day in room.days for entry in day):
        story.append(para(labels["provisional_legend"], style.small))
    story.append(Spacer(1, 6))
    # Low enough that the first row fits under the title, and with room for the heading row.
    story.append(_grid(data, labels, room_column, day_width, max_cell_height=shell.frame_height - 110))
    return shell.build(story)


def _check(data: WeekScheduleData) -> None:
    if len(data.day_headings) != DAYS:
        raise ValueError(f"A week schedule needs {DAYS} day headings, got {len(data.day_headings)}.")
    for room in data.rooms:
        if len(room.days) != DAYS:
            raise ValueError(f"Room {room.name!r} has {len(room.days)} days of bookings instead of {DAYS}.")


def _grid(data: WeekScheduleData, labels: dict[str, str], room_column: float, day_width: float,
          max_cell_height: float) -> Table:
    inner = day_width - 2 * _PADDING
    header: list[object] = [labels["column_room"], *data.day_headings]
    rows: list[list[object]] = [header]
    for room in data.rooms:
        rows += _room_rows(_room_cell(room, room_column - 2 * _PADDING),
                           [_day_cell(entries, inner) for entries in room.days], max_cell_height)
    table = LongTable(rows, colWidths=[room_column] + [day_width] * DAYS, repeatRows=1)
    table.setStyle(TableStyle([
        *table_header_style(DAYS + 1),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
        ("TOPPADDING", (0, 1), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.25, RULE),
        ("LINEAFTER", (0, 0), (0, -1), 0.8, ACCENT),
    ]))
    return table


def _room_rows(room: RichLines, days: list[RichLines], max_height: float) -> list[list[object]]:
    """The room's row, or several rows when its busiest day is taller than a page can hold."""
    rows: list[list[object]] = []
    while True:
        heads, rests = zip(*(cell.split_at(max_height) for cell in days), strict=True)
        rows.append([[room], *([cell] for cell in heads)])
        if all(rest is None for rest in rests):
            return rows
        days = [rest or RichLines((), _LEADING) for rest in rests]
        room = RichLines(room.lines[:1], room.leading)


def _room_cell(room: ScheduleRoom, width: float) -> RichLines:
    lines = layout([Run(room.name, CONDENSED_BOLD, 8.5, INK)], width)
    if room.detail:
        lines += layout([Run(room.detail, CONDENSED, _SIZE, MUTED)], width, gap_before=1.5)
    return RichLines(lines, 10.5)


def _day_cell(entries: tuple[ScheduleEntry, ...], width: float) -> RichLines:
    lines: list[Line] = []
    for index, entry in enumerate(entries):
        gap = _ENTRY_GAP if index else 0.0
        if entry.provisional:
            # DejaVu has no condensed italic; the wider oblique face is set a little smaller.
            runs = [Run(f"{entry.time} ", CONDENSED_BOLD, _SIZE, FAINT),
                    Run(entry.title, SANS_ITALIC, _SIZE - 0.6, FAINT)]
            if entry.organisation:
                runs.append(Run(f" ({entry.organisation})", SANS_ITALIC, _SIZE - 0.6, FAINT))
        else:
            runs = [Run(f"{entry.time} ", CONDENSED_BOLD, _SIZE, ACCENT),
                    Run(entry.title, CONDENSED, _SIZE, INK)]
            if entry.organisation:
                runs.append(Run(f" ({entry.organisation})", CONDENSED, _SIZE, MUTED))
        lines += layout(runs, width, gap_before=gap)
    return RichLines(lines, _LEADING)
