"""The booking sheet an organisation signs: who, which room, when, for how much, and the rules.

Portrait by default. The organisation and the booking sit side by side as two labelled cards, the
dates follow as a table (a long series in columns, several dates a line, with the cancellation
reasons listed full width under it), then the price, and the house rules kept together with the
two signature blocks, so that the rules never split and no page holds only signatures. A
cancelled booking's status box is white on red, unlike the teal of a confirmed one.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from ngo_desktop.documents.common import (
    ACCENT,
    ACCENT_DARK,
    ACCENT_TINT,
    BASE_FONT,
    DUE,
    FAINT,
    INK,
    MUTED,
    RULE,
    WHITE,
    DocumentShell,
    Paper,
    markup,
    para,
    styles,
    table_header_style,
    wrapped,
)
from ngo_desktop.documents.data import BookingSheetData
from ngo_desktop.documents.fonts import SANS, SANS_BOLD
from ngo_desktop.documents.labels import BOOKING_SHEET_LABELS, resolve_labels
from ngo_desktop.documents.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

_CARD_GAP = 18.0
_LABEL_WIDTH = 82.0
# Up to this many dates the price box stands beside the dates, which keeps a usual sheet, with
# its signatures, on one page; a longer series needs the table to break across pages.
_DATES_BESIDE_PRICE = 12
# More dates than this are set in columns: a 52-week series on half a page, not three.
_DATES_IN_COLUMNS = 16
_STATUS_LOOKS = {  # text colour, background
    "cancelled": (WHITE, DUE),
    "provisional": (INK, colors.HexColor("#FCE3BE")),
    "enquiry": (INK, colors.HexColor("#EEF0F1")),
}


def build_booking_sheet(data: BookingSheetData, *, paper: Paper = "A4", landscape: bool = False) -> bytes:
    """The booking sheet as PDF bytes."""
    labels = resolve_labels(BOOKING_SHEET_LABELS, data.labels)
    title = f"{labels['document_title']} {labels['reference']} {data.reference}".strip()
    shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels, title=title,
                          paper=paper, landscape=landscape)
    width = shell.frame_width
    story: list[Flowable] = [
        _title_block(data, labels, width),
        Spacer(1, 8),
        _cards(data, labels, width),
        # The purpose is free text of any length, so it gets the full width under both cards.
        _key_values([(labels["purpose"], data.purpose)], width),
        *_dates_and_price(data, labels, width),
        # Rules and signatures go together: what is signed stands above the signatures.
        KeepTogether([*_house_rules(data, labels), *_signatures(data, labels, width)]),
    ]
    return shell.build(story)


def _title_block(data: BookingSheetData, labels: dict[str, str], width: float) -> Table:
    style = styles()
    reference_style = ParagraphStyle("reference", parent=style.value_bold, alignment=TA_RIGHT,
                                     fontSize=11, leading=14, textColor=ACCENT)
    event_style = ParagraphStyle("event", parent=style.value_bold, fontSize=13, leading=17)
    left: list[Flowable] = [para(labels["document_title"], style.title)]
    if data.title:
        left.append(para(data.title, event_style))
    right: list[Flowable] = [para(f"{labels['reference']} {data.reference}", reference_style)]
    if data.status:
        right.append(Spacer(1, 4))
        right.append(_status_pill(data.status, data.status_code))
    table = Table([[left, right]], colWidths=[width * 0.68, width * 0.32])
    table.setStyle(TableStyle([
        BASE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
    ]))
    return table


def _status_pill(status: str, code: str) -> Table:
    """The booking's status in a box whose look follows it: cancelled white on red, provisional
    on amber, confirmed teal, so "Atcelta" cannot be taken for "Apstiprināta"."""
    size = 10.0 if code == "cancelled" else 8.5
    ink, background = _STATUS_LOOKS.get(code, (ACCENT_DARK, ACCENT_TINT))
    width = stringWidth(status, SANS_BOLD, size) + 16
    pill = Table([[status]], colWidths=[width], hAlign="RIGHT")
    pill.setStyle(TableStyle([
        BASE_FONT,
        ("FONT", (0, 0), (-1, -1), SANS_BOLD, size, size * 1.2),
        ("TEXTCOLOR", (0, 0), (-1, -1), ink),
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return pill


def _key_values(rows: list[tuple[str, str]], width: float) -> Table:
    """A card's body: muted labels on the left, values wrapping on the right."""
    style = styles()
    cells = [[para(label, style.label), para(value, style.value)] for label, value in rows if value]
    table = Table(cells or [["", ""]], colWidths=[_LABEL_WIDTH, width - _LABEL_WIDTH])
    table.setStyle(TableStyle([
        BASE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        # The smaller label sits lower so that label and value share a baseline.
        ("TOPPADDING", (0, 0), (0, -1), 3.8),
    ]))
    return table


def _card(heading: str, first: str, rows: list[tuple[str, str]], width: float) -> list[Flowable]:
    style = styles()
    heading_style = ParagraphStyle("card_heading", parent=style.heading, spaceBefore=0)
    lead_style = ParagraphStyle("card_lead", parent=style.value_bold, fontSize=11, leading=14,
                                spaceAfter=5)
    return [para(heading, heading_style), para(first, lead_style), _key_values(rows, width)]


def _cards(data: BookingSheetData, labels: dict[str, str], width: float) -> Table:
    card_width = (width - _CARD_GAP) / 2
    organisation = _card(labels["section_organisation"], data.organisation, [
        (labels["registration_number"], data.registration_number),
        (labels["contact_person"], data.contact_person),
        (labels["phone"], data.contact_phone),
        # An address too long for the card breaks after "@" or ".", never inside a word.
        (labels["email"], wrapped(data.contact_email, SANS, 9.5, card_width - _LABEL_WIDTH - 6)),
    ], card_width)
    place = ", ".join(part for part in (data.site, data.site_address) if part)
    booking = _card(labels["section_booking"], data.room, [
        (labels["site"], place),
        (labels["attendees"], data.attendees),
        (labels["equipment"], ", ".join(data.equipment)),
        (labels["setup"], data.setup),
        (labels["repeat_rule"], data.repeat_rule),
    ], card_width)
    table = Table([[organisation, "", booking]], colWidths=[card_width, _CARD_GAP, card_width])
    table.setStyle(TableStyle([
        BASE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _dates_and_price(data: BookingSheetData, labels: dict[str, str], width: float) -> list[Flowable]:
    heading = para(labels["section_dates"], styles().heading)
    if len(data.occurrences) <= _DATES_BESIDE_PRICE:
        price_width = min(240.0, width * 0.42)
        dates_width = width - price_width - _CARD_GAP
        row = Table([[_dates(data, labels, dates_width), "", _price(data, labels, price_width)]],
                    colWidths=[dates_width, _CARD_GAP, price_width])
        row.setStyle(TableStyle([
            BASE_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
        ]))
        return [heading, row]
    price = _price(data, labels, min(300.0, width))
    price.hAlign = "RIGHT"
    dates: list[Flowable] = [_dates(data, labels, width)]
    if len(data.occurrences) > _DATES_IN_COLUMNS:
        dates = _dates_in_columns(data, labels, width)
    return [heading, *dates, KeepTogether([Spacer(1, 12), price])]


def _dates_in_columns(data: BookingSheetData, labels: dict[str, str], width: float) -> list[Flowable]:
    """A long series as "number, date, time" in columns, cancelled dates struck through and marked,
    then each cancelled date's reason on a line of its own across the page."""
    style = styles()
    cell = ParagraphStyle("date_cell", parent=style.cell, fontSize=8.5, leading=11)
    struck = ParagraphStyle("date_struck", parent=cell, textColor=FAINT)
    sample = f"52. {data.occurrences[0].date} {data.occurrences[0].time}  ✕"
    column_width = stringWidth(sample, SANS, 8.5) + 12
    columns = max(1, min(4, int(width // column_width)))
    per_column = -(-len(data.occurrences) // columns)
    entries: list[Flowable] = []
    for number, occurrence in enumerate(data.occurrences, start=1):
        text = f"{number}. {markup(occurrence.date)} {markup(occurrence.time)}"
        if occurrence.cancelled:
            entries.append(Paragraph(f"<strike>{text}</strike> <b>✕</b>", struck))
        else:
            entries.append(Paragraph(text, cell))
    grid = [[entries[column * per_column + row] if column * per_column + row < len(entries) else ""
             for column in range(columns)] for row in range(per_column)]
    table = Table(grid, colWidths=[width / columns] * columns, repeatRows=0)
    table.setStyle(TableStyle([
        BASE_FONT,
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (1, 0), (-1, -1), 6),
    ]))
    story: list[Flowable] = [table]
    notes = [(number, occurrence) for number, occurrence in enumerate(data.occurrences, start=1)
             if occurrence.cancelled or occurrence.note]
    if notes:
        note_style = ParagraphStyle("date_note", parent=style.body, fontSize=8.5, leading=11.5, spaceAfter=1)
        story.append(Spacer(1, 6))
        story += [para(f"{'✕ ' if occurrence.cancelled else ''}{number}. {occurrence.date}: {occurrence.note}".rstrip(": "),
                       note_style) for number, occurrence in notes]
    return story


def _dates(data: BookingSheetData, labels: dict[str, str], width: float) -> LongTable:
    cell = styles().cell
    struck = ParagraphStyle("struck", parent=cell, textColor=FAINT)
    rows: list[list[object]] = [["#", labels["column_date"], labels["column_weekday"],
                                 labels["column_time"], labels["column_note"]]]
    for number, occurrence in enumerate(data.occurrences, start=1):
        if occurrence.cancelled:
            # Struck through rather than left out: the sheet must show which dates were given up.
            rows.append([str(number), *(Paragraph(f"<strike>{markup(text)}</strike>", struck)
                                        for text in (occurrence.date, occurrence.weekday, occurrence.time)),
                         para(occurrence.note, struck)])
        else:
            rows.append([str(number), occurrence.date, occurrence.weekday, occurrence.time,
                         para(occurrence.note, cell)])
    fixed = [24.0, 64.0, 72.0, 66.0]
    table = LongTable(rows, colWidths=[*fixed, width - sum(fixed)], repeatRows=1)
    table.setStyle(TableStyle([*table_header_style(5), ("TEXTCOLOR", (0, 1), (0, -1), MUTED)]))
    return table


def _price(data: BookingSheetData, labels: dict[str, str], width: float) -> Table:
    """Full value, reduction, the amount to pay (emphasised) and the payment status."""
    style = styles()
    value_style = ParagraphStyle("price_value", parent=style.value, fontSize=9, leading=12, alignment=TA_RIGHT)
    total_style = ParagraphStyle("price_total", parent=value_style, fontName=SANS_BOLD, fontSize=12,
                                 leading=15, textColor=ACCENT)
    rows = [(labels["full_value"], data.full_value), (labels["reduction"], data.reduction)]
    cells: list[list[object]] = [[label, para(value, value_style)] for label, value in rows if value]
    total_at = len(cells)
    cells.append([labels["price"], para(data.price, total_style)])
    if data.payment_status:
        cells.append([labels["payment_status"], para(data.payment_status, value_style)])
    table = Table(cells, colWidths=[width * 0.4, width * 0.6])
    table.setStyle(TableStyle([
        BASE_FONT,
        ("FONT", (0, 0), (-1, -1), SANS, 9, 12),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, total_at), (0, total_at), SANS_BOLD, 12, 15),
        ("TEXTCOLOR", (0, total_at), (0, total_at), ACCENT),
        ("BACKGROUND", (0, total_at), (-1, total_at), ACCENT_TINT),
        ("LINEABOVE", (0, total_at), (-1, total_at), 1, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, total_at), (-1, total_at), 6),
        ("BOTTOMPADDING", (0, total_at), (-1, total_at), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def _house_rules(data: BookingSheetData, labels: dict[str, str]) -> list[Flowable]:
    if not data.house_rules.strip():
        return []
    style = styles()
    rule_style = ParagraphStyle("rules", parent=style.body, fontSize=8.5, leading=12, textColor=INK)
    paragraphs = [part.strip() for part in data.house_rules.replace("\r\n", "\n").split("\n\n")]
    return [para(labels["section_house_rules"], style.heading),
            *(para(text, rule_style) for text in paragraphs if text)]


def _signatures(data: BookingSheetData, labels: dict[str, str], width: float) -> list[Flowable]:
    """For each side: a line to sign on, then the name and the date side by side on lines."""
    style = styles()
    gap, inner_gap = 36.0, 12.0
    block = (width - gap) / 2
    name_width = (block - inner_gap) * 0.64
    date_width = block - inner_gap - name_width
    under_style = ParagraphStyle("under_line", parent=style.small, fontSize=8, leading=10)
    name_style = ParagraphStyle("signatory", parent=style.value, fontSize=9.5)
    heading_style = ParagraphStyle("signature_heading", parent=style.value_bold, spaceAfter=0)

    def side(heading: str, signatory: str) -> list[list[object]]:
        return [
            [para(heading, heading_style), "", ""],
            ["", "", ""],  # room for the signature itself
            [para(labels["signature"], under_style), "", ""],
            [para(signatory, name_style), "", ""],
            [para(labels["signature_name"], under_style), "", para(labels["signature_date"], under_style)],
        ]

    left = side(labels["signature_centre"], data.centre_signatory)
    right = side(labels["signature_organisation"], data.organisation_signatory)
    rows = [[*a, "", *b] for a, b in zip(left, right, strict=True)]
    table = Table(rows, colWidths=[name_width, inner_gap, date_width, gap, name_width, inner_gap, date_width],
                  rowHeights=[16, 30, 13, 20, 12])
    commands: list[tuple[object, ...]] = [
        BASE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("VALIGN", (0, 2), (-1, 2), "TOP"),
        ("VALIGN", (0, 4), (-1, 4), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for first in (0, 4):
        commands += [
            ("SPAN", (first, 0), (first + 2, 0)),
            ("SPAN", (first, 1), (first + 2, 1)),
            ("SPAN", (first, 2), (first + 2, 2)),
            ("LINEBELOW", (first, 1), (first + 2, 1), 0.8, INK),
            ("LINEBELOW", (first, 3), (first, 3), 0.8, INK),
            ("LINEBELOW", (first + 2, 3), (first + 2, 3), 0.8, INK),
        ]
    table.setStyle(TableStyle(commands))
    return [para(labels["section_signatures"], style.heading), table]
