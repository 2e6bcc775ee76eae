"""The booking sheet an organisation signs: who, which room, when, for how much, and the rules.

Portrait by default. The organisation and the booking sit side by side as two labelled cards, the
dates follow as a table that repeats its header if a long series runs onto another page, then the
price, the house rules and the two signature blocks, which are never split across pages.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, LongTable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from ngo_desktop.documents.common import (
    ACCENT,
    ACCENT_DARK,
    ACCENT_TINT,
    BASE_FONT,
    FAINT,
    INK,
    MUTED,
    RULE,
    DocumentShell,
    Paper,
    markup,
    para,
    styles,
    table_header_style,
)
from ngo_desktop.documents.data import BookingSheetData
from ngo_desktop.documents.fonts import SANS, SANS_BOLD
from ngo_desktop.documents.labels import BOOKING_SHEET_LABELS, resolve_labels

_CARD_GAP = 18.0
_LABEL_WIDTH = 82.0


def build_booking_sheet(data: BookingSheetData, *, paper: Paper = "A4", landscape: bool = False) -> bytes:
    """The booking sheet as PDF bytes."""
    labels = resolve_labels(BOOKING_SHEET_LABELS, data.labels)
    title = f"{labels['document_title']} {labels['reference']} {data.reference}".strip()
    shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels, title=title,
                          paper=paper, landscape=landscape)
    width = shell.frame_width
    story: list[Flowable] = [
        _title_block(data, labels, width),
        Spacer(1, 10),
        _cards(data, labels, width),
        *_dates(data, labels, width),
        _price(data, labels, width),
        *_house_rules(data, labels),
        _signatures(data, labels, width),
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
        right.append(_status_pill(data.status))
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


def _status_pill(status: str) -> Table:
    """The booking's status in a tinted box, so "provisional" cannot be overlooked."""
    width = stringWidth(status, SANS_BOLD, 8.5) + 16
    pill = Table([[status]], colWidths=[width], hAlign="RIGHT")
    pill.setStyle(TableStyle([
        BASE_FONT,
        ("FONT", (0, 0), (-1, -1), SANS_BOLD, 8.5, 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), ACCENT_DARK),
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_TINT),
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
        (labels["email"], data.contact_email),
    ], card_width)
    place = ", ".join(part for part in (data.site, data.site_address) if part)
    booking = _card(labels["section_booking"], data.room, [
        (labels["site"], place),
        (labels["purpose"], data.purpose),
        (labels["attendees"], data.attendees),
        (labels["equipment"], ", ".join(data.equipment)),
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


def _dates(data: BookingSheetData, labels: dict[str, str], width: float) -> list[Flowable]:
    style = styles()
    cell = style.cell
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
    fixed = 28 + 78 + 92 + 86
    table = LongTable(rows, colWidths=[28, 78, 92, 86, width - fixed], repeatRows=1)
    table.setStyle(TableStyle([*table_header_style(5), ("TEXTCOLOR", (0, 1), (0, -1), MUTED)]))
    return [para(labels["section_dates"], style.heading), table]


def _price(data: BookingSheetData, labels: dict[str, str], width: float) -> Flowable:
    rows = [(labels["full_value"], data.full_value), (labels["reduction"], data.reduction)]
    cells: list[list[object]] = [[label, value] for label, value in rows if value]
    total_at = len(cells)
    cells.append([labels["price"], data.price])
    if data.payment_status:
        cells.append([labels["payment_status"], data.payment_status])
    box_width = min(300.0, width)
    table = Table(cells, colWidths=[box_width * 0.45, box_width * 0.55], hAlign="RIGHT")
    table.setStyle(TableStyle([
        BASE_FONT,
        ("FONT", (0, 0), (-1, -1), SANS, 9, 12),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("TEXTCOLOR", (1, 0), (1, -1), INK),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("FONT", (0, total_at), (-1, total_at), SANS_BOLD, 12, 15),
        ("TEXTCOLOR", (0, total_at), (-1, total_at), ACCENT),
        ("BACKGROUND", (0, total_at), (-1, total_at), ACCENT_TINT),
        ("LINEABOVE", (0, total_at), (-1, total_at), 1, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, total_at), (-1, total_at), 6),
        ("BOTTOMPADDING", (0, total_at), (-1, total_at), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]))
    # The rows name themselves ("To pay"), so the box goes without a heading to save room.
    return KeepTogether([Spacer(1, 12), table])


def _house_rules(data: BookingSheetData, labels: dict[str, str]) -> list[Flowable]:
    if not data.house_rules.strip():
        return []
    style = styles()
    rule_style = ParagraphStyle("rules", parent=style.body, fontSize=8.5, leading=12, textColor=INK)
    paragraphs = [part.strip() for part in data.house_rules.replace("\r\n", "\n").split("\n\n")]
    return [para(labels["section_house_rules"], style.heading),
            *(para(text, rule_style) for text in paragraphs if text)]


def _signatures(data: BookingSheetData, labels: dict[str, str], width: float) -> Flowable:
    style = styles()
    block_width = (width - 36) / 2
    line_style = ParagraphStyle("under_line", parent=style.small, fontSize=7, leading=9)
    name_style = ParagraphStyle("signatory", parent=style.value, fontSize=9.5)
    heading_style = ParagraphStyle("signature_heading", parent=style.value_bold, spaceAfter=0)

    def block(heading: str, signatory: str) -> list[list[object]]:
        return [
            [para(heading, heading_style)],
            [""],  # room for the signature itself
            [para(labels["signature"], line_style)],
            [para(signatory, name_style)],
            [para(labels["signature_name"], line_style)],
            [""],
            [para(labels["signature_date"], line_style)],
        ]

    left = block(labels["signature_centre"], data.centre_signatory)
    right = block(labels["signature_organisation"], data.organisation_signatory)
    rows = [[a[0], "", b[0]] for a, b in zip(left, right, strict=True)]
    table = Table(rows, colWidths=[block_width, 36, block_width],
                  rowHeights=[18, 30, 12, 19, 12, 22, 12])
    table.setStyle(TableStyle([
        BASE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("VALIGN", (0, 2), (-1, 2), "TOP"),
        ("VALIGN", (0, 4), (-1, 4), "TOP"),
        ("VALIGN", (0, 6), (-1, 6), "TOP"),
        *(("LINEBELOW", (column, row), (column, row), 0.8, INK) for column in (0, 2) for row in (1, 3, 5)),
    ]))
    return KeepTogether([para(labels["section_signatures"], style.heading), Spacer(1, 4), table])
