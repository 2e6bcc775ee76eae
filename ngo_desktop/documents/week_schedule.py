"""The week schedule of a site: every room a row, the seven days the columns, landscape.

Designed to be pinned up: booking text is never smaller than 8 pt, every page carries the title,
the site and the week at its top (a page that falls off the board still says what it is), and a
slim header leaves the page to the grid, so a 22-room site with some 240 bookings fits on three
landscape A4 pages. A day the room is shut (no opening hours, a closure, a public holiday) is
shaded and says so in words; a provisional booking is marked with "◇" and set in italics, so the
difference survives a black-and-white printer.

Cells are laid out with ``richlines`` rather than Paragraphs because a busy week has well over a
thousand bookings (see ``bench/documents_bench.py``). The grid is drawn straight onto the canvas,
not as a platypus table: the pages are worked out before anything is drawn (so the page budget is
checked without drawing, and "Page X of Y" is known on page 1), and a whole ``print week-schedule``
process does not load ReportLab's platypus (40-50 ms; issue #16). A room's row that meets the
page's end is cut between two bookings and goes on under the heading row of the next page with the
room's name again, page after page for a room busier than a page; only a single booking longer than
a whole page is cut between its lines.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from ngo_desktop.documents.data import ScheduleEntry, ScheduleRoom, WeekScheduleData
from ngo_desktop.documents.fonts import CONDENSED, CONDENSED_BOLD, SANS, SANS_BOLD, SANS_ITALIC
from ngo_desktop.documents.labels import WEEK_SCHEDULE_LABELS, resolve_labels
from ngo_desktop.documents.page import (
    ACCENT,
    ACCENT_TINT,
    CLOSED_SHADE,
    FOOTER_HEIGHT,
    INK,
    MUTED,
    RULE,
    WHITE,
    PageShell,
    Paper,
    shortened,
    text_width,
)
from ngo_desktop.documents.richlines import LaidLines, Line, Run, layout

DAYS = 7
PROVISIONAL_MARK = "◇"
MARGIN = 20.0  # 7 mm: inside every office printer's printable area (5 mm)
_TOP_BAND = 32.0  # the title line, the legend and the rule under them
_ROOM_COLUMN = 84.0
_PADDING = 3.0
SIZE = 8.0  # the smallest type on the page: bookings, closed days, the legend
_LEADING = 8.9
_ENTRY_GAP = 1.5
_NARROWEST_DAY = 50.0  # a closed day still fits its heading and "Slēgts"
_ROOM_SHARE = 55.0  # the height a room's row may take on average, which sets the page budget
# The share of the budget's pages the grid's rows may fill, tried in turn until the pages fit: rows
# are split across pages, so the rest goes to the heading rows and the breaks.
_BUDGET_SHARES = (0.9, 0.85, 0.8, 0.75, 0.7)
# How a booking is set, from the fullest to the densest: 0 everything wrapped; 1 the organisation's
# name cut to one line after a whole word; 2 the title too ("08:00–09:00 Title…" and the name
# under it: two lines a booking); 3 one line a booking, the title then the name, cut at a word.
# The time is never cut. A site of a few rooms (a one-page budget) keeps every title whole and
# rather takes a second page; a large site's schedule holds to its pages.
_DENSITIES = (0, 1, 2, 3)
_WHOLE_TITLES = 1
# The grid's cells: padding inside a cell, as the heading row and a room's row have them.
_HEAD_TOP, _HEAD_BOTTOM = 3.0, 3.5
_ROW_TOP, _ROW_BOTTOM = 2.0, 3.0
_STRIPES = (WHITE, HexColor("#F6F8F9"))  # every other room's row, faintly tinted


def build_week_schedule(data: WeekScheduleData, *, paper: Paper = "A4", landscape: bool = True) -> bytes:
    """The week schedule as PDF bytes; landscape unless asked otherwise."""
    _check(data)
    labels = resolve_labels(WEEK_SCHEDULE_LABELS, data.labels)
    shell = PageShell(centre=data.centre, printed=data.printed, labels=labels,
                      title=f"{labels['document_title']}: {data.site}, {data.week}",
                      paper=paper, landscape=landscape, margin=MARGIN)
    width = shell.frame_width
    room_column = min(_ROOM_COLUMN, width * 0.15)
    day_widths = _day_widths(data, width - room_column)
    frame_y = MARGIN + FOOTER_HEIGHT + 4
    frame_height = shell.page_height - MARGIN - _TOP_BAND - 6 - frame_y
    heading = _heading_row(data, labels, room_column, day_widths)

    # The page budget: one page per so many rooms (``_ROOM_SHARE``). The grid's height is only an
    # estimate of its pages (the heading rows, rows split at a page's end), so a grid over budget
    # is set denser and paged again, at most a few times; only the last paging is drawn.
    budget_pages = max(1, -(-len(data.rooms) * _ROOM_SHARE // frame_height))
    densest = _DENSITIES[-1] if budget_pages > 1 else _WHOLE_TITLES
    inner = [day_width - 2 * _PADDING for day_width in day_widths]
    setting = _RoomSetting(data, inner)
    room_cells = [_room_cell(room, room_column - 2 * _PADDING) for room in data.rooms]
    pages: list[list[_Row]] = []
    previous: list[int] | None = None  # a site without rooms still gets its page of day headings
    for share in _BUDGET_SHARES:
        densities = setting.fitting(budget_pages * frame_height * share, densest)
        if densities == previous:
            break  # as dense as it gets: another try would print the same pages
        previous = densities
        over_budget = sum(setting.height(index, density) for index, density in enumerate(densities)) \
            > budget_pages * frame_height
        rows = [_Row(room_cells[index], tuple(setting.cells(index, density)), _shut(room), index % 2)
                for index, (room, density) in enumerate(zip(data.rooms, densities, strict=True))]
        pages = _pages(rows, heading.height(), frame_height)
        # Fitting, or beyond its pages even as dense as it gets (a week of 1,680 bookings): done.
        if len(pages) <= budget_pages or over_budget and all(density == densest for density in densities):
            break
    return _draw(shell, data, labels, heading, pages, [room_column, *day_widths], frame_y + frame_height)


def _draw(shell: PageShell, data: WeekScheduleData, labels: dict[str, str], heading: _Row,
          pages: list[list[_Row]], columns: list[float], grid_top: float) -> bytes:
    """The pages as PDF: the top band, footer and page number, then the grid under ``grid_top``."""
    legend = _legend(data, labels)
    buffer = io.BytesIO()
    canvas = shell.new_canvas(buffer)
    for number, rows in enumerate(pages, start=1):
        canvas.saveState()
        _draw_top_band(canvas, shell, data, labels["document_title"], legend)
        shell.draw_footer(canvas)
        shell.draw_page_number(canvas, number, len(pages))
        canvas.restoreState()
        _draw_grid(canvas, heading, rows, MARGIN, grid_top, columns)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


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
    # A quiet day still fits its heading's longest word ("Piektdiena" is never broken).
    heading_word = max((text_width(word, CONDENSED_BOLD, 8.5) for heading in data.day_headings
                        for word in heading.split()), default=0.0) + 2 * _PADDING + 1
    narrowest = min(max(_NARROWEST_DAY, heading_word), equal)
    demand = [0.0] * DAYS
    for room in data.rooms:
        for day, entries in enumerate(room.days):
            demand[day] += sum(text_width(f"{entry.time} {entry.title} ({entry.organisation})", CONDENSED, SIZE)
                               for entry in entries)
        for day, closed in enumerate(room.closed):
            # A day closed for the whole site says so once per room; its words wrap in a narrow column.
            demand[day] += text_width(closed, CONDENSED_BOLD, SIZE) * 0.2
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


def _draw_top_band(canvas: Canvas, shell: PageShell, data: WeekScheduleData, title: str, legend: str) -> None:
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


@dataclass(frozen=True)
class _Row:
    """One row of the grid: the room's cell, its seven day cells, which days are shaded (shut), and
    the stripe of its room (a room's continued rows keep its stripe)."""

    room: _RoomCell
    days: tuple[LaidLines, ...]
    shut: tuple[bool, ...]
    stripe: int
    top: float = _ROW_TOP
    bottom: float = _ROW_BOTTOM

    def height(self) -> float:
        return max(cell.height() for cell in (self.room.laid, *self.days)) + self.top + self.bottom

    def split(self, height: float, *, whole_entries: bool = True) -> tuple[_Row, _Row] | None:
        """The row cut where ``height`` ends and its rest under the room's name, or None when
        nothing but the room's name would be left above the cut.

        With ``whole_entries`` each day is cut between two bookings (a booking that does not fit
        goes to the rest whole); without (on an empty page, for a booking taller than the page) a
        booking may be cut between its lines.
        """
        inner = height - self.top - self.bottom
        room_head, room_rest = self.room.split(inner)
        heads, rests = zip(*(cell.split_at(inner, whole_entries=whole_entries) for cell in self.days), strict=True)
        if any(cell.height() > inner for cell in (room_head.laid, *heads)):
            return None
        room_cut = len(room_head.laid.lines) < len(self.room.laid.lines)
        if not (any(head.lines for head in heads) or room_cut and len(room_head.laid.lines) > room_head.name_lines):
            return None  # only the name would stand there: the row starts the next page instead
        if all(rest is None for rest in rests) and not room_cut:
            return None  # nothing to cut: the row fits
        return (_Row(room_head, heads, self.shut, self.stripe),
                _Row(room_rest, tuple(rest or LaidLines((), _LEADING) for rest in rests), self.shut, self.stripe))


@dataclass(frozen=True)
class _RoomCell:
    """The room's name (and what it holds) in the first column; ``name_lines`` of it are the name."""

    laid: LaidLines
    name_lines: int

    def split(self, height: float) -> tuple[_RoomCell, _RoomCell]:
        """The part that fits in ``height`` (at least a line) and the cell of the row's continuation:
        the room's name again, so a page read alone says whose bookings these are, and whatever of
        the cell did not fit."""
        head, rest = self.laid.split_at(height)
        cut = len(head.lines)
        if rest is None or cut >= self.name_lines:
            more = () if rest is None else rest.lines
            again = LaidLines((*self.laid.lines[:self.name_lines], *more), self.laid.leading)
            return _RoomCell(head, min(self.name_lines, cut)), _RoomCell(again, self.name_lines)
        return _RoomCell(head, cut), _RoomCell(rest, self.name_lines - cut)


def _heading_row(data: WeekScheduleData, labels: dict[str, str], room_column: float,
                 day_widths: list[float]) -> _Row:
    """The row of day headings, repeated at the top of the grid on every page."""
    notes = data.day_notes or ("",) * DAYS
    room = _header_cell(labels["column_room"], "", room_column - 2 * _PADDING)
    days = tuple(_header_cell(heading, note, width - 2 * _PADDING)
                 for heading, note, width in zip(data.day_headings, notes, day_widths, strict=True))
    return _Row(_RoomCell(room, len(room.lines)), days, tuple(bool(note) for note in notes), stripe=0,
                top=_HEAD_TOP, bottom=_HEAD_BOTTOM)


def _shut(room: ScheduleRoom) -> tuple[bool, ...]:
    """Which of the week's days the room is shut (its cells shaded)."""
    return tuple(bool(text) for text in room.closed) if room.closed else (False,) * DAYS


def _pages(rows: list[_Row], heading_height: float, frame_height: float) -> list[list[_Row]]:
    """The rows page by page under each page's heading row. A row that meets a page's end is cut
    between bookings and goes on at the top of the next page; a row of which not even one booking
    of a day fits starts the next page."""
    pages: list[list[_Row]] = [[]]
    used = heading_height
    for row in rows:
        rest = row
        while True:
            height = rest.height()
            if used + height <= frame_height + 1e-6:
                pages[-1].append(rest)
                used += height
                break
            parts = rest.split(frame_height - used)
            if parts is None and not pages[-1]:
                # Not even one booking fits an empty page (it is longer than the page): cut inside it.
                parts = rest.split(frame_height - used, whole_entries=False)
                if parts is None:  # a single line taller than the page: nothing to cut
                    pages[-1].append(rest)
                    used += height
                    break
            if parts is not None:
                pages[-1].append(parts[0])
                rest = parts[1]
            pages.append([])
            used = heading_height
    return pages


def _draw_grid(canvas: Canvas, heading: _Row, rows: list[_Row], left: float, top: float,
               columns: list[float]) -> None:
    """The heading row and ``rows`` from ``top`` down: backgrounds, then the text, then the rules."""
    edges = [left]
    for width in columns:
        edges.append(edges[-1] + width)
    right = edges[-1]
    placed: list[tuple[_Row, float, float]] = []  # each row with its top and bottom
    y = top
    for row in (heading, *rows):
        height = row.height()
        placed.append((row, y, y - height))
        y -= height
    bottom = y
    canvas.saveState()
    for row, row_top, row_bottom in placed:
        fill = ACCENT_TINT if row is heading else _STRIPES[row.stripe]
        if fill != WHITE:
            canvas.setFillColor(fill)
            canvas.rect(left, row_bottom, right - left, row_top - row_bottom, stroke=0, fill=1)
        canvas.setFillColor(CLOSED_SHADE)
        for day, shut in enumerate(row.shut):
            if shut:
                canvas.rect(edges[day + 1], row_bottom, columns[day + 1], row_top - row_bottom, stroke=0, fill=1)
    for row, row_top, _row_bottom in placed:
        for column, cell in enumerate((row.room.laid, *row.days)):
            cell.draw(canvas, edges[column] + _PADDING, row_top - row.top)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    for _row, _row_top, row_bottom in placed[1:]:
        canvas.line(left, row_bottom, right, row_bottom)
    canvas.setLineWidth(0.25)
    for edge in edges[2:-1]:
        canvas.line(edge, top, edge, bottom)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1)
    canvas.line(left, placed[0][2], right, placed[0][2])
    canvas.setLineWidth(0.8)
    canvas.line(edges[1], top, edges[1], bottom)
    canvas.restoreState()


class _RoomSetting:
    """Each room's seven cells at each density, laid out once however many budgets are tried."""

    def __init__(self, data: WeekScheduleData, inner: list[float]) -> None:
        self.data, self.inner = data, inner
        self._lines: dict[tuple[int, int], list[LaidLines]] = {}
        self._heights: dict[tuple[int, int], float] = {}
        self._texts = _Texts()

    def _laid(self, room: int, density: int) -> list[LaidLines]:
        key = (room, density)
        if key not in self._lines:
            days = self.data.rooms[room]
            self._lines[key] = [_day_cell(entries, closed_text, width, density, self._texts)
                                for entries, closed_text, width
                                in zip(days.days, days.closed or ("",) * DAYS, self.inner, strict=True)]
        return self._lines[key]

    def cells(self, room: int, density: int) -> list[LaidLines]:
        return self._laid(room, density)

    def height(self, room: int, density: int) -> float:
        key = (room, density)
        if key not in self._heights:
            self._heights[key] = max(cell.height() for cell in self._laid(room, density)) + _ROW_TOP + _ROW_BOTTOM
        return self._heights[key]

    def _one_line_each(self, room: int, density: int) -> bool:
        """Whether each booking (and closure) of the room takes a single line at ``density``."""
        days = self.data.rooms[room]
        for cell, entries, closed_text, width in zip(self._laid(room, density), days.days,
                                                     days.closed or ("",) * DAYS, self.inner, strict=True):
            closed_lines = len(layout([Run(closed_text, CONDENSED_BOLD, SIZE, MUTED)], width)) if closed_text else 0
            if len(cell.lines) != closed_lines + len(entries):
                return False
        return True

    def fitting(self, allowed: float, densest: int) -> list[int]:
        """Each room's density, set as fully as ``allowed`` (points of grid height) allows.

        Every room starts fully set; while the grid is taller the tallest room is set one step
        denser (``_DENSITIES``), so quiet rooms keep their full text and only the busiest rows are
        shortened. Time and type size never change (the booking sheet and the door sign carry the
        full names).
        """
        rooms = range(len(self.data.rooms))
        if densest == _DENSITIES[-1] and sum(self.height(index, densest) for index in rooms) > allowed \
                and all(self._one_line_each(index, densest) for index in rooms):
            # Even the densest setting is taller than allowed, and no fuller setting of a room is
            # shorter (there each booking takes one line; at every density it takes at least one):
            # the steps below would end with every room densest, so the fuller ones are not laid out.
            return [densest] * len(rooms)
        densities = [_DENSITIES[0]] * len(self.data.rooms)
        heights = [self.height(index, densities[index]) for index in range(len(densities))]
        while sum(heights) > allowed:
            denser = [index for index, density in enumerate(densities) if density < densest]
            if not denser:
                break
            tallest = max(denser, key=lambda index: (heights[index], -index))
            densities[tallest] += 1
            heights[tallest] = self.height(tallest, densities[tallest])
        return densities


def _header_cell(heading: str, note: str, width: float) -> LaidLines:
    lines = layout([Run(heading, CONDENSED_BOLD, 8.5, INK)], width)
    if note:
        lines += layout([Run(note, CONDENSED, SIZE, MUTED)], width)
    return LaidLines(lines, 10.0)


def _room_cell(room: ScheduleRoom, width: float) -> _RoomCell:
    lines = layout([Run(room.name, CONDENSED_BOLD, 8.5, INK)], width)
    name_lines = len(lines)
    if room.detail:
        lines += layout([Run(room.detail, CONDENSED, SIZE, MUTED)], width)
    return _RoomCell(LaidLines(lines, _LEADING), name_lines)


class _Texts:
    """What several densities of one build share: a title or a name cut to the same width, and the
    name's line under the title (densities 1 and 2), worked out once per build."""

    def __init__(self) -> None:
        self._cut: dict[tuple[str, str, float], str] = {}
        self._name_lines: dict[tuple[str, str, float], list[Line]] = {}

    def shortened(self, text: str, font: str, width: float) -> str:
        key = (text, font, width)
        if key not in self._cut:
            self._cut[key] = shortened(text, font, SIZE, width)
        return self._cut[key]

    def name_line(self, organisation: str, font: str, width: float) -> list[Line]:
        """The organisation on a line of its own, cut to it."""
        key = (organisation, font, width)
        if key not in self._name_lines:
            self._name_lines[key] = layout([Run(self.shortened(organisation, font, width), font, SIZE, MUTED)], width)
        return self._name_lines[key]


def _day_cell(entries: tuple[ScheduleEntry, ...], closed: str, width: float, density: int, texts: _Texts) -> LaidLines:
    lines: list[Line] = []
    if closed:
        lines += layout([Run(closed, CONDENSED_BOLD, SIZE, MUTED)], width)
    for entry in entries:
        gap = _ENTRY_GAP if lines else 0.0
        # A title that only repeats the organisation's name is printed once.
        organisation = entry.organisation if entry.organisation != entry.title else ""
        if entry.closure:
            runs = [Run(f"{entry.time} ", CONDENSED_BOLD, SIZE, MUTED), Run(entry.title, CONDENSED_BOLD, SIZE, MUTED)]
            lines += layout(runs, width, gap_before=gap)
            continue
        # DejaVu has no condensed italic; a provisional booking takes the oblique regular face.
        text_font = SANS_ITALIC if entry.provisional else CONDENSED
        time = f"{PROVISIONAL_MARK} {entry.time} " if entry.provisional else f"{entry.time} "
        time_run = Run(time, CONDENSED_BOLD, SIZE, MUTED if entry.provisional else ACCENT)
        if density == 0:
            runs = [time_run, Run(entry.title, text_font, SIZE, INK)]
            if organisation:
                runs.append(Run(f" ({organisation})", text_font, SIZE, MUTED))
            lines += layout(runs, width, gap_before=gap)
            continue
        if density == 1:
            lines += layout([time_run, Run(entry.title, text_font, SIZE, INK)], width, gap_before=gap)
            if organisation:
                lines += texts.name_line(organisation, text_font, width)
            continue
        title_room = width - text_width(time_run.text, CONDENSED_BOLD, SIZE)
        if density == 2:
            lines += layout([time_run, Run(texts.shortened(entry.title, text_font, title_room), text_font, SIZE, INK)],
                            width, gap_before=gap)
            if organisation:
                lines += texts.name_line(organisation, text_font, width)
            continue
        title = texts.shortened(entry.title, text_font, title_room)
        runs = [time_run, Run(title, text_font, SIZE, INK)]
        name_room = title_room - text_width(f"{title} · ", text_font, SIZE)
        if organisation and not title.endswith("…") and name_room > 3 * SIZE:
            name = texts.shortened(organisation, text_font, name_room)
            if name != "…":
                runs.append(Run(f" · {name}", text_font, SIZE, MUTED))
        lines += layout(runs, width, gap_before=gap)
    return LaidLines(lines, _LEADING)
