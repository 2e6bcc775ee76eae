"""The week schedule of a site: every room a row, the seven days the columns, landscape.

Designed to be pinned up: booking text is never smaller than 8 pt, every page carries the title,
the site and the week at its top (a page that falls off the board still says what it is), and a
slim header leaves the page to the grid, so a 22-room site with some 240 bookings fits on three
landscape A4 pages. A day the room is shut (no opening hours, a closure, a public holiday) is
shaded and says so in words; a provisional booking is marked with "◇" and set in italics, so the
difference survives a black-and-white printer.

Cells are drawn with ``RichLines`` rather than Paragraphs because a busy week has well over a
thousand bookings (see ``bench/documents_bench.py``). A room whose bookings would not fit on one
page continues in a second row, so no row is ever taller than a page.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, TableStyle
from reportlab.platypus.flowables import Flowable

from ngo_desktop.documents.common import (
    ACCENT,
    CLOSED_SHADE,
    FOOTER_HEIGHT,
    INK,
    MUTED,
    RULE,
    DocumentShell,
    Paper,
    shortened,
    table_header_style,
    text_width,
)
from ngo_desktop.documents.data import ScheduleEntry, ScheduleRoom, WeekScheduleData
from ngo_desktop.documents.fonts import CONDENSED, CONDENSED_BOLD, SANS, SANS_BOLD, SANS_ITALIC
from ngo_desktop.documents.labels import WEEK_SCHEDULE_LABELS, resolve_labels
from ngo_desktop.documents.richlines import Line, RichLines, Run, layout

DAYS = 7
PROVISIONAL_MARK = "◇"
MARGIN = 22.0  # 7.8 mm: inside every office printer's printable area
_TOP_BAND = 32.0  # the title line, the legend and the rule under them
_ROOM_COLUMN = 66.0
_PADDING = 3.0
SIZE = 8.0  # the smallest type on the page: bookings, closed days, the legend
_LEADING = 9.2
_ENTRY_GAP = 2.0
_NARROWEST_DAY = 66.0  # a day with nothing on it still fits its heading and the longest word


def build_week_schedule(data: WeekScheduleData, *, paper: Paper = "A4", landscape: bool = True) -> bytes:
    """The week schedule as PDF bytes; landscape unless asked otherwise."""
    _check(data)
    labels = resolve_labels(WEEK_SCHEDULE_LABELS, data.labels)
    shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels,
                          title=f"{labels['document_title']}: {data.site}, {data.week}",
                          paper=paper, landscape=landscape, margin=MARGIN)
    width = shell.frame_width
    room_column = min(_ROOM_COLUMN, width * 0.14)
    day_widths = _day_widths(data, width - room_column)
    frame_y = MARGIN + FOOTER_HEIGHT + 4
    frame_height = shell.page_height - MARGIN - _TOP_BAND - 6 - frame_y
    frame = shell.frame(y=frame_y, height=frame_height)
    legend = _legend(data, labels)

    def top_band(canvas: Canvas) -> None:
        _draw_top_band(canvas, shell, data, labels["document_title"], legend)

    # Low enough that a room's row fits under the heading row on any page.
    grid = _grid(data, labels, room_column, day_widths, max_cell_height=frame_height - 40)
    return shell.build([grid], [shell.template(frame=frame, on_page=top_band, chrome=False)])


def _check(data: WeekScheduleData) -> None:
    if len(data.day_headings) != DAYS:
        raise ValueError(f"A week schedule needs {DAYS} day headings, got {len(data.day_headings)}.")
    if data.day_notes and len(data.day_notes) != DAYS:
        raise ValueError(f"A week schedule needs {DAYS} day notes or none, got {len(data.day_notes)}.")
    for room in data.rooms:
        if len(room.days) != DAYS:
            raise ValueError(f"Room {room.name!r} has {len(room.days)} days of bookings instead of {DAYS}.")
        if room.closed and len(room.closed) != DAYS:
            raise ValueError(f"Room {room.name!r} has {len(room.closed)} closed-day notes instead of {DAYS}.")


def _day_widths(data: WeekScheduleData, width: float) -> list[float]:
    """Each day's column as wide as its share of the week's text: a busy Friday gets room, a
    closed Sunday only what its heading needs; the rows, and so the pages, get fewer."""
    equal = width / DAYS
    narrowest = min(_NARROWEST_DAY, equal)
    demand = [0.0] * DAYS
    for room in data.rooms:
        for day, entries in enumerate(room.days):
            demand[day] += sum(text_width(f"{entry.time} {entry.title} ({entry.organisation})", CONDENSED, SIZE)
                               for entry in entries)
        for day, closed in enumerate(room.closed):
            demand[day] += text_width(closed, CONDENSED_BOLD, SIZE)
    if sum(demand) <= 0:
        return [equal] * DAYS
    # Square roots temper the shares (twice the text gets more room, not twice the room), and no
    # day takes more than twice its equal share, so a quiet week still looks like a week.
    shares = [value ** 0.5 for value in demand]
    spare = width - narrowest * DAYS
    widths = [narrowest + spare * share / sum(shares) for share in shares]
    widest = 2 * equal
    excess = sum(max(0.0, column - widest) for column in widths)
    capped = [min(column, widest) for column in widths]
    room_left = [widest - column for column in capped]
    if excess and sum(room_left):
        capped = [column + excess * left / sum(room_left) for column, left in zip(capped, room_left, strict=True)]
    return capped


def _legend(data: WeekScheduleData, labels: dict[str, str]) -> str:
    """The key to the marks that this week's grid actually uses."""
    parts = []
    if any(entry.provisional for room in data.rooms for day in room.days for entry in day):
        parts.append(f"{PROVISIONAL_MARK} {labels['provisional_legend']}")
    if any(any(room.closed) for room in data.rooms):
        parts.append(labels["closed_legend"])
    return "   ·   ".join(parts)


def _draw_top_band(canvas: Canvas, shell: DocumentShell, data: WeekScheduleData, title: str, legend: str) -> None:
    """Title, site and week on the left, the centre's name and the legend on the right: every page."""
    top = shell.page_height - MARGIN
    left, right = MARGIN, shell.page_width - MARGIN
    canvas.setFillColor(INK)
    canvas.setFont(SANS_BOLD, 15)
    canvas.drawString(left, top - 15, title)
    title_end = left + text_width(title, SANS_BOLD, 15) + 10
    centre_width = min(text_width(shell.centre.name, SANS_BOLD, 9), (right - left) * 0.3)
    subtitle_room = right - title_end - centre_width - 16
    canvas.setFont(SANS, 11)
    canvas.setFillColor(ACCENT)
    canvas.drawString(title_end, top - 15, shortened(f"{data.site} · {data.week}", SANS, 11, subtitle_room))
    canvas.setFillColor(INK)
    canvas.setFont(SANS_BOLD, 9)
    canvas.drawRightString(right, top - 12, shortened(shell.centre.name, SANS_BOLD, 9, centre_width))
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, SIZE)
    contact = shell.centre.phone or shell.centre.website or shell.centre.email
    if legend:
        canvas.drawString(left, top - 29, shortened(legend, SANS, SIZE, (right - left) * 0.62))
    if contact:
        canvas.drawRightString(right, top - 29, shortened(contact, SANS, SIZE, (right - left) * 0.3))
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    canvas.line(left, top - _TOP_BAND, right, top - _TOP_BAND)


def _grid(data: WeekScheduleData, labels: dict[str, str], room_column: float, day_widths: list[float],
          max_cell_height: float) -> LongTable:
    inner = [day_width - 2 * _PADDING for day_width in day_widths]
    notes = data.day_notes or ("",) * DAYS
    header: list[object] = [_header_cell(labels["column_room"], "", room_column - 2 * _PADDING)]
    header += [_header_cell(heading, note, width)
               for heading, note, width in zip(data.day_headings, notes, inner, strict=True)]
    rows: list[list[object]] = [header]
    shading: list[tuple[object, ...]] = []
    for room in data.rooms:
        closed = room.closed or ("",) * DAYS
        cells = [_day_cell(entries, closed_text, width)
                 for entries, closed_text, width in zip(room.days, closed, inner, strict=True)]
        first_row = len(rows)
        rows += _room_rows(_room_cell(room, room_column - 2 * _PADDING), cells, max_cell_height)
        for day, closed_text in enumerate(closed):
            if closed_text:
                shading.append(("BACKGROUND", (day + 1, first_row), (day + 1, len(rows) - 1), CLOSED_SHADE))
    for day, note in enumerate(notes):
        if note:
            shading.append(("BACKGROUND", (day + 1, 0), (day + 1, 0), CLOSED_SHADE))
    table = LongTable(rows, colWidths=[room_column, *day_widths], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([
        *table_header_style(DAYS + 1),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
        ("TOPPADDING", (0, 1), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 3.5),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), ["#FFFFFF", "#F6F8F9"]),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.25, RULE),
        ("LINEAFTER", (0, 0), (0, -1), 0.8, ACCENT),
        *shading,
    ]))
    return table


def _header_cell(heading: str, note: str, width: float) -> RichLines:
    lines = layout([Run(heading, CONDENSED_BOLD, 8.5, INK)], width)
    if note:
        lines += layout([Run(note, CONDENSED, SIZE, MUTED)], width)
    return RichLines(lines, 10.0)


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


class _RoomCell(RichLines):
    """The room's name cell; when its row runs on to the next page the name goes with it."""

    def __init__(self, lines: list[Line], leading: float, name_lines: int) -> None:
        super().__init__(lines, leading)
        self.name_lines = name_lines

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        head, _rest = self.split_at(avail_height)
        if head._height() > avail_height:
            return []
        return [head, RichLines(self.lines[:self.name_lines], self.leading)]


def _room_cell(room: ScheduleRoom, width: float) -> RichLines:
    lines = layout([Run(room.name, CONDENSED_BOLD, 9, INK)], width)
    name_lines = len(lines)
    if room.detail:
        lines += layout([Run(room.detail, CONDENSED, SIZE, MUTED)], width)
    return _RoomCell(lines, 10.5, name_lines)


def _day_cell(entries: tuple[ScheduleEntry, ...], closed: str, width: float) -> RichLines:
    lines: list[Line] = []
    if closed:
        lines += layout([Run(closed, CONDENSED_BOLD, SIZE, MUTED)], width)
    for entry in entries:
        gap = _ENTRY_GAP if lines else 0.0
        # A title that only repeats the organisation's name is printed once.
        organisation = entry.organisation if entry.organisation != entry.title else ""
        if entry.closure:
            runs = [Run(f"{entry.time} ", CONDENSED_BOLD, SIZE, MUTED), Run(entry.title, CONDENSED_BOLD, SIZE, MUTED)]
        elif entry.provisional:
            # DejaVu has no condensed italic; the oblique face is the wider regular one.
            runs = [Run(f"{PROVISIONAL_MARK} {entry.time} ", CONDENSED_BOLD, SIZE, MUTED),
                    Run(entry.title, SANS_ITALIC, SIZE, INK)]
            if organisation:
                runs.append(Run(f" ({organisation})", SANS_ITALIC, SIZE, MUTED))
        else:
            runs = [Run(f"{entry.time} ", CONDENSED_BOLD, SIZE, ACCENT), Run(entry.title, CONDENSED, SIZE, INK)]
            if organisation:
                runs.append(Run(f" ({organisation})", CONDENSED, SIZE, MUTED))
        lines += layout(runs, width, gap_before=gap)
    return RichLines(lines, _LEADING)
