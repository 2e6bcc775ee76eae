"""The check-in sheet the front desk carries round on a fair day, pen in hand.

One row per stall: the vendor and whom to ring, the fee and whether it is still to collect (in
red), two boxes to tick, arrived or no-show, and room for the vendor's signature. Rows are tall
enough to write in; totals and the checker's name close the list.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, LongTable, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from ngo_desktop.documents.common import (
    ACCENT,
    BASE_FONT,
    DUE,
    INK,
    MUTED,
    DocumentShell,
    Paper,
    TickBox,
    para,
    styles,
    table_header_style,
    wrapped,
)
from ngo_desktop.documents.data import CheckInSheetData, StallVendor
from ngo_desktop.documents.fonts import CONDENSED, CONDENSED_BOLD
from ngo_desktop.documents.labels import CHECK_IN_SHEET_LABELS, resolve_labels
from ngo_desktop.documents.richlines import RichLines, Run, layout

_PADDING = 4.0
_ROW_HEIGHT = 30.0  # room to sign by hand
_KEYS = ("column_stall", "column_vendor", "column_phone", "column_category", "column_fee",
         "column_arrived", "column_no_show", "column_signature")


def build_check_in_sheet(data: CheckInSheetData, *, paper: Paper = "A4", landscape: bool = False) -> bytes:
    """The check-in sheet as PDF bytes."""
    labels = resolve_labels(CHECK_IN_SHEET_LABELS, data.labels)
    shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels,
                          title=f"{labels['document_title']}: {data.fair}, {data.day}", paper=paper,
                          landscape=landscape)
    style = styles()
    widths = _column_widths(labels, shell.frame_width)
    subtitle = " · ".join(part for part in (data.fair, data.day, data.hours, data.place) if part)
    story: list[Flowable] = [
        para(labels["document_title"], style.title),
        para(subtitle, style.subtitle),
        _table(data.rows, labels, widths),
        _totals(labels, shell.frame_width),
    ]
    return shell.build(story)


def _column_widths(labels: dict[str, str], total: float) -> list[float]:
    """Stall, vendor, phone, category, fee, arrived, no-show, signature.

    Phone numbers get the width of their usual form and the tick columns the width of their
    heading's longest word, so neither wraps; the vendor column takes what is left.
    """
    def longest_word(text: str) -> float:
        return max((stringWidth(word, CONDENSED_BOLD, 8) for word in text.split()), default=0.0)

    phone = stringWidth("+371 00 000 000", CONDENSED, 8.5) + 2 * _PADDING + 1
    ticks = [max(34.0, longest_word(labels[key]) + 2 * _PADDING + 1) for key in ("column_arrived", "column_no_show")]
    stall, category, fee, signature = 36.0, total * 0.11, total * 0.12, total * 0.16
    vendor = total - stall - phone - category - fee - sum(ticks) - signature
    return [stall, vendor, phone, category, fee, *ticks, signature]


def _table(rows: tuple[StallVendor, ...], labels: dict[str, str], widths: list[float]) -> Table:
    inner = [width - 2 * _PADDING for width in widths]
    header = [wrapped(labels[key], CONDENSED_BOLD, 8, width) for key, width in zip(_KEYS, inner, strict=True)]
    cells: list[list[object]] = [header]
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
    table = LongTable(cells, colWidths=widths, repeatRows=1, minRowHeights=[0] + [_ROW_HEIGHT] * len(rows))
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
