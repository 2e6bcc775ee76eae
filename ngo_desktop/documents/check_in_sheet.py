"""The check-in sheet the front desk carries round on a fair day, pen in hand.

One row per stall: the vendor and whom to ring, the fee and whether it is still to collect (in
red), two boxes to tick, arrived or no-show, and room for the vendor's signature. Rows are tall
enough to write in; totals and the checker's name close the list.

The fee column is as wide as its longest amount or payment word, so a row stays one line tall.
The rows are shared out over the pages in advance (each page its own table under the heading
row), so that the last page never holds a lone row: it takes at least three rows from the page
before, and the totals always stand under rows of the list.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from ngo_desktop.documents.common import (
    ACCENT,
    BASE_FONT,
    DUE,
    INK,
    MUTED,
    DocumentShell,
    Paper,
    RichLines,
    TickBox,
    para,
    styles,
    table_header_style,
    wrapped,
)
from ngo_desktop.documents.data import CheckInSheetData, StallVendor
from ngo_desktop.documents.fonts import CONDENSED, CONDENSED_BOLD
from ngo_desktop.documents.labels import CHECK_IN_SHEET_LABELS, resolve_labels
from ngo_desktop.documents.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle
from ngo_desktop.documents.richlines import Run, layout

_PADDING = 4.0
_ROW_HEIGHT = 30.0  # room to sign by hand
_FEWEST_ON_LAST_PAGE = 3
_TOTALS_HEIGHT = 62.0  # the spacer and the three lines to fill in
_KEYS = ("column_stall", "column_vendor", "column_phone", "column_category", "column_fee",
         "column_arrived", "column_no_show", "column_signature")


def build_check_in_sheet(data: CheckInSheetData, *, paper: Paper = "A4", landscape: bool = False) -> bytes:
    """The check-in sheet as PDF bytes."""
    labels = resolve_labels(CHECK_IN_SHEET_LABELS, data.labels)
    shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels,
                          title=f"{labels['document_title']}: {data.fair}, {data.day}", paper=paper,
                          landscape=landscape)
    style = styles()
    widths = _column_widths(labels, shell.frame_width, data.rows)
    subtitle = " · ".join(part for part in (data.fair, data.day, data.hours, data.place) if part)
    story: list[Flowable] = [para(labels["document_title"], style.title), para(subtitle, style.subtitle)]
    above = sum(flowable.wrap(shell.frame_width, shell.frame_height)[1] + flowable.getSpaceAfter()
                for flowable in story)
    header, rows = _cells(data.rows, labels, widths)
    heights = [_row_height(row, widths) for row in rows]
    header_height = _row_height(header, widths, least=0.0) - 2
    # A little kept in hand: the tables' own measure may round a row up.
    first = shell.frame_height - above - header_height - 6
    later = shell.frame_height - header_height - 6
    pages = _share_out(heights, first, later)
    for index, (start, end) in enumerate(pages):
        if index:
            story.append(PageBreak())
        story.append(_table(header, rows[start:end], widths))
    story.append(_totals(labels, shell.frame_width))
    return shell.build(story)


def _share_out(heights: list[float], first: float, later: float) -> list[tuple[int, int]]:
    """Rows (start, end) per page: filled in order, the totals kept under the last rows, and no
    page left with fewer than ``_FEWEST_ON_LAST_PAGE`` rows while the page before can spare them."""
    pages: list[tuple[int, int]] = []
    start, used, room = 0, 0.0, first
    for index, height in enumerate(heights):
        if used + height > room and index > start:
            pages.append((start, index))
            start, used, room = index, 0.0, later
        used += height
    if used + _TOTALS_HEIGHT > room and len(heights) - start > 1:
        # The totals would stand alone on a new page: they take the last rows with them.
        cut = len(heights)
        while cut > start + 1 and used + _TOTALS_HEIGHT > room:
            cut -= 1
            used -= heights[cut]
        pages.append((start, cut))
        start = cut
    pages.append((start, len(heights)))
    if len(pages) > 1:
        (previous_start, previous_end), (_last_start, last_end) = pages[-2], pages[-1]
        while last_end - previous_end < _FEWEST_ON_LAST_PAGE and previous_end - previous_start > _FEWEST_ON_LAST_PAGE:
            previous_end -= 1
        pages[-2:] = [(previous_start, previous_end), (previous_end, last_end)]
    return pages


def _column_widths(labels: dict[str, str], total: float, rows: tuple[StallVendor, ...]) -> list[float]:
    """Stall, vendor, phone, category, fee, arrived, no-show, signature.

    Phone numbers get the width of their usual form, the fee column that of its longest amount or
    word of a payment, and the tick columns the width of their heading's longest word, so none wraps;
    the vendor column takes what is left.
    """
    def longest_word(text: str) -> float:
        return max((stringWidth(word, CONDENSED_BOLD, 8) for word in text.split()), default=0.0)

    phone = stringWidth("+371 00 000 000", CONDENSED, 8.5) + 2 * _PADDING + 1
    ticks = [max(34.0, longest_word(labels[key]) + 2 * _PADDING + 1) for key in ("column_arrived", "column_no_show")]
    # The amount stays on one line; the payment words may wrap ("atbrīvots no / maksas"), so that the
    # vendor's name, the column people read first, keeps the width.
    fee_text = max((max(stringWidth(row.fee, CONDENSED_BOLD, 8.5),
                        *(stringWidth(word, CONDENSED_BOLD, 8.5) for word in row.payment.split()))
                    for row in rows), default=0.0)
    fee = min(total * 0.2, max(total * 0.09, longest_word(labels["column_fee"]), fee_text) + 2 * _PADDING + 1)
    category_text = max((stringWidth(row.category, CONDENSED, 8.5) for row in rows), default=0.0)
    category = min(total * 0.11, max(longest_word(labels["column_category"]), category_text) + 2 * _PADDING + 1)
    stall, signature = 36.0, total * 0.16
    vendor = total - stall - phone - category - fee - sum(ticks) - signature
    return [stall, vendor, phone, category, fee, *ticks, signature]


def _cells(rows: tuple[StallVendor, ...], labels: dict[str, str],
           widths: list[float]) -> tuple[list[object], list[list[object]]]:
    inner = [width - 2 * _PADDING for width in widths]
    header: list[object] = [wrapped(labels[key], CONDENSED_BOLD, 8, width) for key, width in zip(_KEYS, inner, strict=True)]
    cells: list[list[object]] = []
    for row in rows:
        cells.append([
            wrapped(row.stall, CONDENSED_BOLD, 10, inner[0]),
            [_vendor_cell(row, inner[1])],
            wrapped(row.phone, CONDENSED, 8.5, inner[2]),
            wrapped(row.category, CONDENSED, 8.5, inner[3]),
            [_fee_cell(row, inner[4])],
            TickBox(12),
            TickBox(12),
            "",
        ])
    return header, cells


def _row_height(row: list[object], widths: list[float], least: float = _ROW_HEIGHT) -> float:
    """How tall the table will make ``row``: its tallest cell with the paddings, at least ``least``."""
    tallest = 0.0
    for cell, width in zip(row, widths, strict=True):
        if isinstance(cell, str):
            leading = 12.0 if "\n" not in cell and cell[:1].isdigit() else 10.5
            tallest = max(tallest, (cell.count("\n") + 1) * leading if cell else 0.0)
        else:
            for flowable in cell if isinstance(cell, list) else [cell]:
                tallest = max(tallest, flowable.wrap(width - 2 * _PADDING, 1000)[1])
    return max(least, tallest + 5 + 3.5)


def _table(header: list[object], rows: list[list[object]], widths: list[float]) -> Table:
    cells = [header, *rows]
    table = Table(cells, colWidths=widths, minRowHeights=[0] + [_ROW_HEIGHT] * len(rows))
    table.setStyle(TableStyle([
       BASE_FONT,
        *table_header_style(len(widths)),
        ("FONT", (0, 1), (0, -1), CONDENSED_BOLD, 10, 12),
        ("TEXTCOLOR", (0, 1), (0, -1), ACCENT),
        ("ALIGN", (5, 0), (6, -1), "CENTER"),
        ("VALIGN", (5, 1), (6, -1), "MIDDLE"),
        ("LINEBEFORE", (5, 0), (-1, -1), 0.25, MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
        ("TOPPADDING", (0, 1), (-1, -1), 5),
    ]))
    return table


def _vendor_cell(row: StallVendor, width: float) -> RichLines:
    lines = layout([Run(row.vendor, CONDENSED_BOLD, 8.5, INK)], width)
    if row.contact:
        lines += layout([Run(row.contact, CONDENSED, 8, MUTED)], width, gap_before=1)
    return RichLines(lines, 10.5)


def _fee_cell(row: StallVendor, width: float) -> RichLines:
    lines = layout([Run(row.fee, CONDENSED_BOLD, 8.5, INK)], width)
    if row.payment:
        colour, font = (DUE, CONDENSED_BOLD) if row.payment_due else (MUTED, CONDENSED)
        lines += layout([Run(row.payment, font, 8, colour)], width, gap_before=1)
    return RichLines(lines, 10.5)


def _totals(labels: dict[str, str], width: float) -> Flowable:
    """Three lines to fill in by hand once the round is done."""
    gap = 24.0
    column = (width - 2 * gap) / 3
    labels_row = [labels["total_arrived"], "", labels["total_no_show"], "", labels["checked_by"]]
    table = Table([[""] * 5, labels_row], colWidths=[column, gap, column, gap, column], rowHeights=[28, 14])
    table.setStyle(TableStyle([
        BASE_FONT,
        ("FONT", (0, 1), (-1, 1), CONDENSED, 8, 10),
        ("TEXTCOLOR", (0, 1), (-1, 1), MUTED),
        *(("LINEBELOW", (index, 0), (index, 0), 0.8, INK) for index in (0, 2, 4)),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 1), (-1, 1), "TOP"),
    ]))
    return KeepTogether([Spacer(1, 18), table])
