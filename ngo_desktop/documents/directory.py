"""The organisation directory: organisations grouped by field of activity, portrait.

It must stay quick for the whole registry (5,000 organisations in well under five seconds), so the
cells are plain strings wrapped with ``wrapped`` to fixed column widths instead of Paragraphs,
and each group is its own table so that splitting a table at a page end never re-measures the
whole registry. The group's name and the column headings head each group and repeat on every
page the group runs onto.
"""

from __future__ import annotations

from reportlab.platypus import LongTable, Spacer, TableStyle
from reportlab.platypus.flowables import Flowable

from ngo_desktop.documents.common import (
    ACCENT,
    ACCENT_DARK,
    ACCENT_TINT,
    BASE_FONT,
    INK,
    MUTED,
    RULE,
    WHITE,
    ZEBRA,
    DocumentShell,
    Paper,
    para,
    styles,
    text_width,
    wrapped,
)
from ngo_desktop.documents.data import DirectoryData, DirectoryGroup
from ngo_desktop.documents.fonts import CONDENSED, CONDENSED_BOLD, SANS_BOLD
from ngo_desktop.documents.labels import DIRECTORY_LABELS, resolve_labels

_SIZE = 8.0
_LEADING = 9.8
_PADDING = 4.0


def build_directory(data: DirectoryData, *, paper: Paper = "A4", landscape: bool = False) -> bytes:
    """The directory as PDF bytes."""
    labels = resolve_labels(DIRECTORY_LABELS, data.labels)
    shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels,
                          title=labels["document_title"], paper=paper, landscape=landscape)
    style = styles()
    headings = [labels[key] for key in ("column_name", "column_legal_form", "column_registration_number",
                                        "column_contact_person", "column_phone", "column_email")]
    widths = _column_widths(shell.frame_width, data.groups, headings)
    story: list[Flowable] = [para(labels["document_title"], style.title)]
    if data.subtitle:
        story.append(para(data.subtitle, style.subtitle))
    story.append(Spacer(1, 4))
    for group in data.groups:
        story.append(_group_table(group, headings, widths))
        story.append(Spacer(1, 12))
    return shell.build(story)


def _column_widths(total: float, groups: tuple[DirectoryGroup, ...], headings: list[str]) -> list[float]:
    """Name, legal form, reg. No., contact person, phone, e-mail.

    No column is narrower than the longest word of its heading ("Kontaktpersona" is not broken).

    Registration numbers and phone numbers get exactly the width of their usual form so they never
    wrap; the contact and e-mail columns are as wide as their longest text (within limits), since
    an address broken over two lines is easily mistyped; the name column takes what is left.
    """
    def fitting(sample: str) -> float:
        return text_width(sample, CONDENSED, _SIZE) + 2 * _PADDING + 1

    def widest(texts: set[str], least: float, most: float) -> float:
        return min(total * most, max(total * least, max(map(fitting, texts), default=0.0)))

    registration, phone = fitting("40000000000"), fitting("+371 00 000 000")
    # Wide enough for the longest single word ("pašnodarbinātais"): a legal form wraps only at spaces.
    legal_form = max(total * 0.1, max((fitting(word) for group in groups for entry in group.entries
                                       for word in entry.legal_form.split()), default=0.0))
    contact = widest({entry.contact_person for group in groups for entry in group.entries}, 0.12, 0.17)
    email = widest({entry.email for group in groups for entry in group.entries}, 0.16, 0.26)
    others = [max(width, max((text_width(word, CONDENSED_BOLD, 8) for word in heading.split()), default=0.0)
                  + 2 * _PADDING + 1)
              for width, heading in zip((legal_form, registration, contact, phone, email), headings[1:], strict=True)]
    return [total - sum(others), *others]


def _group_table(group: DirectoryGroup, headings: list[str], widths: list[float]) -> LongTable:
    inner = [width - 2 * _PADDING for width in widths]
    rows: list[list[str]] = [
        [f"{group.field_of_activity}  ·  {len(group.entries)}", "", "", "", "", ""],
        [wrapped(text, CONDENSED_BOLD, 8, width) for text, width in zip(headings, inner, strict=True)],
    ]
    for entry in group.entries:
        rows.append([
            wrapped(entry.name, CONDENSED_BOLD, _SIZE, inner[0]),
            wrapped(entry.legal_form, CONDENSED, _SIZE, inner[1]),
            wrapped(entry.registration_number, CONDENSED, _SIZE, inner[2]),
            wrapped(entry.contact_person, CONDENSED, _SIZE, inner[3]),
            wrapped(entry.phone, CONDENSED, _SIZE, inner[4]),
            wrapped(entry.email, CONDENSED, _SIZE, inner[5]),
        ])
    table = LongTable(rows, colWidths=widths, repeatRows=2)
    table.setStyle(TableStyle([
        BASE_FONT,
        ("SPAN", (0, 0), (-1, 0)),
        ("FONT", (0, 0), (-1, 0), SANS_BOLD, 10.5, 13),
        ("TEXTCOLOR", (0, 0), (-1, 0), WHITE),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
        ("FONT", (0, 1), (-1, 1), CONDENSED_BOLD, 8, 9.5),
        ("TEXTCOLOR", (0, 1), (-1, 1), ACCENT_DARK),
        ("BACKGROUND", (0, 1), (-1, 1), ACCENT_TINT),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, ACCENT),
        ("FONT", (0, 2), (0, -1), CONDENSED_BOLD, _SIZE, _LEADING),
        ("FONT", (1, 2), (-1, -1), CONDENSED, _SIZE, _LEADING),
        ("TEXTCOLOR", (0, 2), (-1, -1), INK),
        ("TEXTCOLOR", (1, 2), (2, -1), MUTED),
        ("ROWBACKGROUNDS", (0, 2), (-1, -1), [WHITE, ZEBRA]),
        ("LINEBELOW", (0, 2), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
        ("TOPPADDING", (0, 1), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 3.5),
    ]))
    return table
