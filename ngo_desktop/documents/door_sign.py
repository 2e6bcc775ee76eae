"""The sign on a room's door: the room in huge letters, the day's or week's bookings, a QR code.

Read from across a corridor, so the type is large. The whole sign is meant to fit one page: the
builder lays the sign out at full size and steps the type down until it fits (a week of a busy
room still needs smaller type than one quiet day); only a sign that does not fit at the smallest
step runs onto a second page. The QR code with the front desk's contact sits at the foot of
every page, below the bookings.

Drawn straight onto the canvas (``documents/page.py``), as the week schedule is: the sign is a
column of blocks (the room's name, the day's band, one block per booking or per day of a week),
each measured once and drawn where it falls. Without ReportLab's platypus a ``print door-sign``
process loads 30-45 ms less and lays the sign out in a third of the time (issue #16).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from ngo_desktop.documents.data import DoorSignData, SignBooking, SignDay
from ngo_desktop.documents.fonts import SANS, SANS_BOLD, SANS_BOLD_ITALIC, register_fonts
from ngo_desktop.documents.labels import DOOR_SIGN_LABELS, resolve_labels
from ngo_desktop.documents.page import (
    ACCENT,
    ACCENT_TINT,
    CLOSED_SHADE,
    INK,
    MUTED,
    RULE,
    WHITE,
    PageShell,
    Paper,
    draw_qr,
    fit_font_size,
    shortened,
    text_width,
    wrap_lines,
)

_QR_SIZE = 92.0
# A landscape sheet is low: its code is smaller (25 mm still scans from arm's length) and leaves
# the height to the bookings.
_QR_SIZE_LANDSCAPE = 72.0
_QR_GAP = 14.0  # between the bookings and the code's rule
_SCALES = (1.0, 0.9, 0.8, 0.7, 0.62, 0.55, 0.5, 0.45, 0.4)
_LEAST = 8.0  # no text on the sign is smaller, whatever the scale
_COLUMN_GAP = 24.0
_TWO_COLUMNS_FROM = 4  # landscape: below this many scale steps (0.7), two columns are tried first
# Where a line's baseline sits in its line box: the capitals centred (DejaVu's capitals are 0.73 of the size).
_CAP_HEIGHT = 0.73


def _size(points: float, scale: float) -> float:
    return max(_LEAST, points * scale)


@dataclass(frozen=True, slots=True)
class _Text:
    """Lines of one font, size and colour, each ``leading`` high."""

    lines: tuple[str, ...]
    font: str
    size: float
    leading: float
    colour: Color
    space_before: float = 0.0

    @property
    def height(self) -> float:
        return self.space_before + len(self.lines) * self.leading

    def draw(self, canvas: Canvas, x: float, top: float, *, width: float = 0.0, centred: bool = False) -> float:
        """Drawn from ``top`` down (centred in ``width`` when asked); returns the top of what follows."""
        canvas.setFont(self.font, self.size)
        canvas.setFillColor(self.colour)
        top -= self.space_before
        for line in self.lines:
            baseline = top - (self.leading + _CAP_HEIGHT * self.size) / 2
            if centred:
                canvas.drawCentredString(x + width / 2, baseline, line)
            else:
                canvas.drawString(x, baseline, line)
            top -= self.leading
        return top


def _text(text: str, font: str, size: float, leading: float, colour: Color, width: float,
          space_before: float = 0.0) -> _Text:
    return _Text(tuple(wrap_lines(text, font, size, width)), font, size, leading, colour, space_before)


@dataclass(frozen=True, slots=True)
class _Block:
    """A piece of the sign: ``draw(canvas, x, top)`` fills ``height`` below ``top``.

    ``split(height)``, where a block has it, gives the part that fits ``height`` and the rest, or
    None when not even a first part fits (a day of a week sign, split between its bookings).
    """

    height: float
    draw: Callable[[Canvas, float, float], None]
    split: Callable[[float], tuple[_Block, _Block] | None] | None = None


def _draw_nothing(_canvas: Canvas, _x: float, _top: float) -> None:
    pass


def _space(height: float) -> _Block:
    return _Block(height, _draw_nothing)


def build_door_sign(data: DoorSignData, *, paper: Paper = "A4", landscape: bool = False) -> bytes:
    """The door sign as PDF bytes: a day sign for one ``SignDay``, a week sign for several."""
    register_fonts()
    labels = resolve_labels(DOOR_SIGN_LABELS, data.labels)
    shell = PageShell(centre=data.centre, printed=data.printed, labels=labels,
                      title=f"{labels['document_title']}: {data.room}", paper=paper, landscape=landscape)
    has_qr = bool(data.qr_text)
    qr_size = _QR_SIZE_LANDSCAPE if landscape else _QR_SIZE
    reserved = qr_size + _QR_GAP if has_qr else 0.0
    width, height = shell.frame_width, shell.frame_height - reserved

    # A landscape sheet is wide and low: a long day's bookings go into two columns side by side
    # before the type gets smaller than the one-column sign would need.
    layouts = [(scale, 1) for scale in _SCALES]
    if landscape:
        layouts = [*layouts[:_TWO_COLUMNS_FROM], *((scale, 2) for scale in _SCALES), *layouts[_TWO_COLUMNS_FROM:]]
    blocks: list[_Block] = []
    for scale, columns in layouts:
        blocks = _blocks(data, labels, width, height, scale, columns)
        if sum(block.height for block in blocks) <= height:
            break

    pages = _pages(blocks, height)
    buffer = io.BytesIO()
    canvas = shell.new_canvas(buffer)
    top = shell.frame_y + shell.frame_height
    for number, page in enumerate(pages, start=1):
        shell.draw_header(canvas)
        shell.draw_footer(canvas)
        shell.draw_page_number(canvas, number, len(pages))
        if has_qr:
            _draw_qr_block(canvas, data, labels, shell, qr_size)
        y = top
        for block in page:
            canvas.saveState()
            block.draw(canvas, shell.frame_x, y)
            canvas.restoreState()
            y -= block.height
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _pages(blocks: Sequence[_Block], height: float) -> list[list[_Block]]:
    """The blocks in pages of ``height``. A block that does not fit on what is left of a page is
    split there if it can be, else starts the next page; a space at the top of a page is dropped."""
    pages: list[list[_Block]] = [[]]
    used = 0.0
    waiting = list(reversed(blocks))
    while waiting:
        block = waiting.pop()
        if not pages[-1] and block.draw is _draw_nothing:
            continue
        if used + block.height > height:
            parts = block.split(height - used) if block.split is not None else None
            if parts is not None:
                block, rest = parts
                waiting.append(rest)
            elif pages[-1]:
                pages.append([])
                used = 0.0
                waiting.append(block)
                continue
        pages[-1].append(block)
        used += block.height
        if waiting and used >= height:
            pages.append([])
            used = 0.0
    return pages


def _blocks(data: DoorSignData, labels: dict[str, str], width: float, height: float, scale: float,
            columns: int = 1) -> list[_Block]:
    """The sign's blocks at ``scale``, ``width`` wide, for pages ``height`` high."""
    is_week = len(data.days) > 1
    room_size = fit_font_size(data.room, SANS_BOLD, 64 * scale, 34 * scale, width)
    heading = [_text(data.room, SANS_BOLD, room_size, room_size * 1.12, INK, width)]
    if data.site:
        heading.append(_text(data.site, SANS, _size(15, scale), _size(15, scale) * 1.33, MUTED, width,
                             space_before=7 * scale))

    def draw_heading(canvas: Canvas, x: float, top: float) -> None:
        for text in heading:
            top = text.draw(canvas, x, top)

    blocks = [_Block(sum(text.height for text in heading), draw_heading), _space(14 * scale),
              _period_band(data.period, width, scale), _space(10 * scale)]
    if is_week:
        blocks += _week(data, labels, width, height, scale)
        return blocks
    day = data.days[0] if data.days else SignDay("")
    if day.closed:
        blocks.append(_day_band(day.closed, width, scale, closed=True))
        if day.bookings:
            blocks.append(_space(10 * scale))
    if day.bookings:
        sizes = (_size(24, scale), _size(21, scale), _size(14.5, scale))
        column_width = (width - _COLUMN_GAP * (columns - 1)) / columns
        runs = [_booking_rows(part, labels, column_width, height, sizes=sizes, padding=10 * scale, separators=True)
                for part in _parts(day.bookings, columns)]
        blocks += runs[0] if len(runs) == 1 else [_side_by_side(runs, column_width)]
    elif not day.closed:
        blocks.append(_day_band(labels["free_all_day"], width, scale, closed=False))
    return blocks


def _parts(bookings: tuple[SignBooking, ...], columns: int) -> list[tuple[SignBooking, ...]]:
    """The bookings in ``columns`` runs, read down the first column and on down the next."""
    per_column = -(-len(bookings) // columns)
    return [bookings[start:start + per_column] for start in range(0, len(bookings), per_column)]


def _side_by_side(runs: list[list[_Block]], column_width: float) -> _Block:
    """Columns of booking rows as one block, as tall as the longest column."""

    def draw(canvas: Canvas, x: float, top: float) -> None:
        for index, run in enumerate(runs):
            y = top
            for block in run:
                block.draw(canvas, x + index * (column_width + _COLUMN_GAP), y)
                y -= block.height

    return _Block(max(sum(block.height for block in run) for run in runs), draw)


def _band(texts: Sequence[_Text], width: float, background: Color, *, padding: tuple[float, float, float],
          centred: bool = False) -> _Block:
    """Text on a coloured band; ``padding`` is (left, top, bottom)."""
    left, top_padding, bottom_padding = padding
    height = top_padding + sum(text.height for text in texts) + bottom_padding

    def draw(canvas: Canvas, x: float, top: float) -> None:
        canvas.setFillColor(background)
        canvas.rect(x, top - height, width, height, stroke=0, fill=1)
        y = top - top_padding
        for text in texts:
            y = text.draw(canvas, x + left, y, width=width - 2 * left, centred=centred)

    return _Block(height, draw)


def _period_band(period: str, width: float, scale: float) -> _Block:
    size = fit_font_size(period, SANS_BOLD, 22 * scale, 12, width - 28)
    return _band([_text(period, SANS_BOLD, size, size * 1.2, WHITE, width - 28)], width, ACCENT,
                 padding=(14, 8 * scale, 10 * scale))


def _day_band(text: str, width: float, scale: float, *, closed: bool) -> _Block:
    """"Free all day" on a light tint, or a closed day's words white on near-black, wrapped to fit."""
    size = 26 * scale
    return _band([_text(text, SANS_BOLD, size, size * 1.2, WHITE if closed else ACCENT, width - 28)], width,
                 INK if closed else ACCENT_TINT, padding=(14, 22 * scale, 24 * scale), centred=True)


def _week(data: DoorSignData, labels: dict[str, str], width: float, height: float, scale: float) -> list[_Block]:
    """One row per day: the day on the left, its bookings (or "free all day") on the right. A day
    too long for what is left of a page goes on in a row of its own on the next."""
    # Measured at the size the day is set in, plus both paddings, so "Ceturtdiena 03.12." stays on one line.
    inset = 6 * scale
    day_size = _size(14, scale)
    day_width = max(text_width(day.heading, SANS_BOLD, day_size) for day in data.days) + 2 * inset + 2
    day_width = min(day_width, width * 0.36)
    content_width = width - day_width - inset
    note_size = _size(13, scale)
    top_padding, bottom_padding = 7 * scale, 8 * scale
    rows = []
    for day in data.days:
        heading = _text(day.heading, SANS_BOLD, day_size, day_size * 1.2, ACCENT, day_width - 2 * inset)
        content: list[_Text | _Block] = []
        if day.closed:
            content.append(_text(day.closed, SANS_BOLD, note_size, note_size * 1.3, INK, content_width))
        if day.bookings:
            content += _booking_rows(day.bookings, labels, content_width, height - top_padding - bottom_padding,
                                     sizes=(_size(15, scale), _size(13, scale), _size(10.5, scale)),
                                     padding=3 * scale, separators=False)
        elif not day.closed:
            content.append(_text(labels["free_all_day"], SANS, note_size, note_size * 1.3, MUTED, content_width))
        rows.append(_week_row(heading, content, width, day_width, inset, (top_padding, bottom_padding),
                              shaded=bool(day.closed)))
    return rows


def _week_row(heading: _Text, content: list[_Text | _Block], width: float, day_width: float, inset: float,
              padding: tuple[float, float], *, shaded: bool) -> _Block:
    top_padding, bottom_padding = padding
    height = top_padding + max(heading.height, sum(part.height for part in content)) + bottom_padding

    def draw(canvas: Canvas, x: float, top: float) -> None:
        if shaded:
            canvas.setFillColor(CLOSED_SHADE)
            canvas.rect(x, top - height, width, height, stroke=0, fill=1)
        heading.draw(canvas, x + inset, top - top_padding)
        y = top - top_padding
        for part in content:
            if isinstance(part, _Text):
                y = part.draw(canvas, x + day_width, y)
            else:
                part.draw(canvas, x + day_width, y)
                y -= part.height
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(x, top - height, x + width, top - height)

    def split(allowed: float) -> tuple[_Block, _Block] | None:
        """The bookings that fit ``allowed`` under the day's heading, and the rest under none."""
        room = allowed - top_padding - bottom_padding
        fitting = 0
        while fitting < len(content) and sum(part.height for part in content[:fitting + 1]) <= room:
            fitting += 1
        if fitting == 0 or fitting == len(content) or heading.height > room:
            return None
        rest = _Text((), heading.font, heading.size, heading.leading, heading.colour)
        return (_week_row(heading, content[:fitting], width, day_width, inset, padding, shaded=shaded),
                _week_row(rest, content[fitting:], width, day_width, inset, padding, shaded=shaded))

    return _Block(height, draw, split if len(content) > 1 else None)


def _booking_rows(bookings: tuple[SignBooking, ...], labels: dict[str, str], width: float, most: float, *,
                  sizes: tuple[float, float, float], padding: float, separators: bool) -> list[_Block]:
    """Time | title over organisation, one block per booking, none taller than ``most``; ``sizes``
    are the three font sizes.

    A provisional booking says so in words under its title (and prints in italics), so the mark
    survives a black-and-white printer.
    """
    time_size, title_size, organisation_size = sizes
    time_width = max(text_width(booking.time, SANS_BOLD, time_size) for booking in bookings) + time_size
    text_column = width - time_width
    title_leading = title_size * 1.18
    organisation_leading = organisation_size * 1.3
    rows = []
    for index, booking in enumerate(bookings):
        font = SANS_BOLD_ITALIC if booking.provisional and not booking.closure else SANS_BOLD
        texts = [_text(booking.title, font, title_size, title_leading, MUTED if booking.closure else INK,
                       text_column)]
        if booking.organisation:
            texts.append(_text(booking.organisation, SANS, organisation_size, organisation_leading, MUTED,
                               text_column, space_before=organisation_size * 0.15))
        if booking.provisional:
            texts.append(_text(labels["provisional"], SANS_BOLD, organisation_size, organisation_leading, INK,
                               text_column, space_before=organisation_size * 0.15))
        time = _Text((booking.time,), SANS_BOLD, time_size, title_leading, ACCENT)
        rule = separators and index < len(bookings) - 1
        texts = _within(texts, most - padding * 2.1, text_column)
        rows.append(_booking_row(time, texts, time_width, width, padding, rule=rule))
    return rows


def _within(texts: list[_Text], height: float, width: float) -> list[_Text]:
    """``texts`` cut to ``height``, the longest first, a cut one ending in "…": a booking's text is
    never drawn past the page. (The database holds 300 characters of a title, which need a fifth
    of a page at the smallest type; only a text far longer than that is ever cut.)"""
    texts = list(texts)
    while sum(text.height for text in texts) > height:
        index = max(range(len(texts)), key=lambda number: len(texts[number].lines))
        text = texts[index]
        if len(text.lines) < 2:
            break
        last = shortened(f"{text.lines[-2]} {text.lines[-1].removesuffix(' …')} …", text.font, text.size, width)
        texts[index] = replace(text, lines=(*text.lines[:-2], last))
    return texts


def _booking_row(time: _Text, texts: list[_Text], time_width: float, width: float, padding: float, *,
                 rule: bool) -> _Block:
    height = padding + max(time.height, sum(text.height for text in texts)) + padding * 1.1

    def draw(canvas: Canvas, x: float, top: float) -> None:
        time.draw(canvas, x, top - padding)
        y = top - padding
        for text in texts:
            y = text.draw(canvas, x + time_width, y)
        if rule:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.line(x, top - height, x + width, top - height)

    return _Block(height, draw)


def _draw_qr_block(canvas: Canvas, data: DoorSignData, labels: dict[str, str], shell: PageShell,
                   size: float) -> None:
    """The QR code at the foot of the page with its heading and caption to its left."""
    right = shell.page_width - shell.margin
    bottom = shell.frame_y
    draw_qr(canvas, data.qr_text, right - size, bottom, size)
    text_right = right - size - 12
    caption_width = text_right - shell.margin
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(shell.margin, bottom + size + _QR_GAP - 4, right, bottom + size + _QR_GAP - 4)
    caption_lines = wrap_lines(data.qr_caption, SANS, 12, caption_width)[:3]
    y = bottom + size / 2 + (len(caption_lines) * 15) / 2
    canvas.setFillColor(INK)
    canvas.setFont(SANS_BOLD, 12)
    canvas.drawRightString(text_right, y, labels["qr_heading"])
    canvas.setFont(SANS, 12)
    canvas.setFillColor(MUTED)
    for line in caption_lines:
        y -= 15
        canvas.drawRightString(text_right, y, line)
