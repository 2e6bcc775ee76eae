"""The sign on a room's door: the room in huge letters, the day's or week's bookings, a QR code.

Read from across a corridor, so the type is large. The whole sign is meant to fit one page: the
builder tries the story at full size and steps the type down until it fits (a week of a busy
room still needs smaller type than one quiet day); only a sign that does not fit at the smallest
step runs onto a second page. The QR code with the front desk's contact sits at the foot of
every page, outside the flowing text.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ngo_desktop.documents.common import (
    ACCENT,
    ACCENT_TINT,
    BASE_FONT,
    CLOSED_SHADE,
    INK,
    MUTED,
    RULE,
    WHITE,
    DocumentShell,
    Paper,
    draw_qr,
    fit_font_size,
    para,
    story_height,
    wrap_lines,
)
from ngo_desktop.documents.data import DoorSignData, SignBooking, SignDay
from ngo_desktop.documents.fonts import SANS, SANS_BOLD, SANS_BOLD_ITALIC, register_fonts
from ngo_desktop.documents.labels import DOOR_SIGN_LABELS, resolve_labels
from ngo_desktop.documents.platypus import Flowable, Spacer, Table, TableStyle

_QR_SIZE = 92.0
# A landscape sheet is low: its code is smaller (25 mm still scans from arm's length) and leaves
# the height to the bookings.
_QR_SIZE_LANDSCAPE = 72.0
_QR_GAP = 14.0  # between the bookings and the code's rule
_SCALES = (1.0, 0.9, 0.8, 0.7, 0.62, 0.55, 0.5, 0.45, 0.4)
_LEAST = 8.0  # no text on the sign is smaller, whatever the scale
_COLUMN_GAP = 24.0
_TWO_COLUMNS_FROM = 4  # landscape: below this many scale steps (0.7), two columns are tried first


def _size(points: float, scale: float) -> float:
    return max(_LEAST, points * scale)


def build_door_sign(data: DoorSignData, *, paper: Paper = "A4", landscape: bool = False) -> bytes:
    """The door sign as PDF bytes: a day sign for one ``SignDay``, a week sign for several."""
    register_fonts()
    labels = resolve_labels(DOOR_SIGN_LABELS, data.labels)
    shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels,
                          title=f"{labels['document_title']}: {data.room}", paper=paper, landscape=landscape)
    has_qr = bool(data.qr_text)
    qr_size = _QR_SIZE_LANDSCAPE if landscape else _QR_SIZE
    reserved = qr_size + _QR_GAP if has_qr else 0.0
    frame = shell.frame(y=shell.frame_y + reserved, height=shell.frame_height - reserved)
    width, height = shell.frame_width, shell.frame_height - reserved

    story: list[Flowable] = []
    # A landscape sheet is wide and low: a long day's bookings go into two columns side by side
    # before the type gets smaller than the one-column sign would need.
    layouts = [(scale, 1) for scale in _SCALES]
    if landscape:
        layouts = [*layouts[:_TWO_COLUMNS_FROM], *((scale, 2) for scale in _SCALES), *layouts[_TWO_COLUMNS_FROM:]]
    for scale, columns in layouts:
        story = _story(data, labels, width, scale, columns)
        if story_height(story, width, height) <= height:
            break

    def draw_qr(canvas: Canvas) -> None:
        _draw_qr_block(canvas, data, labels, shell, qr_size)

    return shell.build(story, [shell.template(frame=frame, on_page=draw_qr if has_qr else None)])


def _story(data: DoorSignData, labels: dict[str, str], width: float, scale: float, columns: int = 1) -> list[Flowable]:
    is_week = len(data.days) > 1
    room_size = fit_font_size(data.room, SANS_BOLD, 64 * scale, 34 * scale, width)
    room_style = ParagraphStyle("room", fontName=SANS_BOLD, fontSize=room_size,
                                leading=room_size * 1.12, textColor=INK)
    site_style = ParagraphStyle("site", fontName=SANS, fontSize=_size(15, scale), leading=_size(15, scale) * 1.33,
                                textColor=MUTED, spaceBefore=7 * scale)
    story: list[Flowable] = [para(data.room, room_style)]
    if data.site:
        story.append(para(data.site, site_style))
    story += [Spacer(1, 14 * scale), _period_band(data.period, width, scale), Spacer(1, 10 * scale)]
    if is_week:
        story.append(_week(data, labels, width, scale))
    else:
        day = data.days[0] if data.days else SignDay("")
        if day.closed:
            story.append(_day_band(day.closed, width, scale, closed=True))
            if day.bookings:
                story.append(Spacer(1, 10 * scale))
        if day.bookings:
            sizes = (_size(24, scale), _size(21, scale), _size(14.5, scale))
            story.append(_columns([_bookings(part, labels, (width - _COLUMN_GAP * (columns - 1)) / columns, sizes=sizes,
                                             padding=10 * scale, separators=True)
                                   for part in _parts(day.bookings, columns)], width))
        elif not day.closed:
            story.append(_day_band(labels["free_all_day"], width, scale, closed=False))
    return story


def _parts(bookings: tuple[SignBooking, ...], columns: int) -> list[tuple[SignBooking, ...]]:
    """The bookings in ``columns`` runs, read down the first column and on down the next."""
    per_column = -(-len(bookings) // columns)
    return [bookings[start:start + per_column] for start in range(0, len(bookings), per_column)]


def _columns(tables: list[Table], width: float) -> Flowable:
    if len(tables) == 1:
        return tables[0]
    column = (width - _COLUMN_GAP * (len(tables) - 1)) / len(tables)
    widths = [column if index % 2 == 0 else _COLUMN_GAP for index in range(2 * len(tables) - 1)]
    cells: list[object] = []
    for index, table in enumerate(tables):
        if index:
            cells.append("")
        cells.append(table)
    outer = Table([cells], colWidths=widths)
    outer.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return outer


def _period_band(period: str, width: float, scale: float) -> Table:
    size = fit_font_size(period, SANS_BOLD, 22 * scale, 12, width - 28)
    band = Table([[period]], colWidths=[width])
    band.setStyle(TableStyle([
        BASE_FONT,
        ("FONT", (0, 0), (-1, -1), SANS_BOLD, size, size * 1.2),
        ("TEXTCOLOR", (0, 0), (-1, -1), WHITE),
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 14),
        ("TOPPADDING", (0, 0), (-1, -1), 8 * scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10 * scale),
    ]))
    return band


def _week(data: DoorSignData, labels: dict[str, str], width: float, scale: float) -> Table:
    """One row per day: the day on the left, its bookings (or "free all day") on the right."""
    # Measured at the size the day is set in, plus both paddings, so "Ceturtdiena 03.12." stays on one line.
    inset = 6 * scale
    day_width = max(stringWidth(day.heading, SANS_BOLD, _size(14, scale)) for day in data.days) + 2 * inset + 2
    day_width = min(day_width, width * 0.36)
    day_style = ParagraphStyle("sign_day", fontName=SANS_BOLD, fontSize=_size(14, scale), leading=_size(14, scale) * 1.2,
                               textColor=ACCENT)
    free_style = ParagraphStyle("sign_free", fontName=SANS, fontSize=_size(13, scale), leading=_size(13, scale) * 1.3,
                                textColor=MUTED)
    closed_style = ParagraphStyle("sign_closed", fontName=SANS_BOLD, fontSize=_size(13, scale),
                                  leading=_size(13, scale) * 1.3,
                                  textColor=INK)
    rows = []
    shaded = []
    # The day column's padding is inside its width, so a closed row's shade has room at the left.
    for index, day in enumerate(data.days):
        content: list[Flowable] = []
        if day.closed:
            content.append(para(day.closed, closed_style))
            shaded.append(("BACKGROUND", (0, index), (-1, index), CLOSED_SHADE))
        if day.bookings:
            content.append(_bookings(day.bookings, labels, width - day_width - inset,
                                     sizes=(_size(15, scale), _size(13, scale), _size(10.5, scale)), padding=3 * scale,
                                     separators=False))
        elif not day.closed:
            content.append(para(labels["free_all_day"], free_style))
        rows.append([para(day.heading, day_style), content])
    table = Table(rows, colWidths=[day_width, width - day_width])
    table.setStyle(TableStyle([
        BASE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), inset),
        ("LEFTPADDING", (1, 0), (1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), inset),
        ("TOPPADDING", (0, 0), (-1, -1), 7 * scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8 * scale),
        ("LINEBELOW", (0, 0), (-1, -1), 0.8, RULE),
        *shaded,
    ]))
    return table


def _bookings(bookings: tuple[SignBooking, ...], labels: dict[str, str], width: float, *,
              sizes: tuple[float, float, float], padding: float, separators: bool) -> Table:
    """Time | title over organisation, one row per booking; ``sizes`` are the three font sizes.

    A provisional booking says so in words under its title (and prints in italics), so the mark
    survives a black-and-white printer.
    """
    time_size, title_size, organisation_size = sizes
    time_width = max(stringWidth(booking.time, SANS_BOLD, time_size) for booking in bookings) + time_size
    text_width = width - time_width
    title_style = ParagraphStyle("sign_title", fontName=SANS_BOLD, fontSize=title_size,
                                 leading=title_size * 1.18, textColor=INK)
    organisation_style = ParagraphStyle("sign_org", fontName=SANS, fontSize=organisation_size,
                                        leading=organisation_size * 1.3, textColor=MUTED,
                                        spaceBefore=organisation_size * 0.15)
    provisional_title = ParagraphStyle("sign_title_provisional", parent=title_style, fontName=SANS_BOLD_ITALIC)
    mark_style = ParagraphStyle("sign_provisional", parent=organisation_style, fontName=SANS_BOLD, textColor=INK)
    closure_style = ParagraphStyle("sign_closure", parent=title_style, textColor=MUTED)
    rows = []
    for booking in bookings:
        style = closure_style if booking.closure else provisional_title if booking.provisional else title_style
        text: list[Flowable] = [para(booking.title, style)]
        if booking.organisation:
            text.append(para(booking.organisation, organisation_style))
        if booking.provisional:
            text.append(para(labels["provisional"], mark_style))
        rows.append([booking.time, text])
    table = Table(rows, colWidths=[time_width, text_width])
    table.setStyle(TableStyle([
        BASE_FONT,
        ("FONT", (0, 0), (0, -1), SANS_BOLD, time_size, title_size * 1.18),
        ("TEXTCOLOR", (0, 0), (0, -1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding * 1.1),
    ]))
    if separators:
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -2), 0.6, RULE)]))
    return table


def _day_band(text: str, width: float, scale: float, *, closed: bool) -> Table:
    """"Free all day" on a light tint, or a closed day's words white on near-black, wrapped to fit."""
    size = 26 * scale
    lines = wrap_lines(text, SANS_BOLD, size, width - 28)
    table = Table([["\n".join(lines)]], colWidths=[width])
    table.setStyle(TableStyle([
        BASE_FONT,
        ("FONT", (0, 0), (-1, -1), SANS_BOLD, size, size * 1.2),
        ("TEXTCOLOR", (0, 0), (-1, -1), WHITE if closed else ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), INK if closed else ACCENT_TINT),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 22 * scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 24 * scale),
    ]))
    return table


def _draw_qr_block(canvas: Canvas, data: DoorSignData, labels: dict[str, str], shell: DocumentShell,
                   size: float) -> None:
    """The QR code at the foot of the page with its heading and caption to its left."""
    right = shell.page_width - shell.margin
    bottom = shell.frame_y
    draw_qr(canvas, data.qr_text, right - size, bottom, size)
    text_right = right - size - 12
    text_width = text_right - shell.margin
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(shell.margin, bottom + size + _QR_GAP - 4, right, bottom + size + _QR_GAP - 4)
    caption_lines = wrap_lines(data.qr_caption, SANS, 12, text_width)[:3]
    y = bottom + size / 2 + (len(caption_lines) * 15) / 2
    canvas.setFillColor(INK)
    canvas.setFont(SANS_BOLD, 12)
    canvas.drawRightString(text_right, y, labels["qr_heading"])
    canvas.setFont(SANS, 12)
    canvas.setFillColor(MUTED)
    for line in caption_lines:
        y -= 15
        canvas.drawRightString(text_right, y, line)
