"""The organisation directory: organisations grouped by field of activity, portrait.

It must stay quick for the whole registry (5,000 organisations in about a second), so the cells
are plain strings wrapped with ``wrap_lines`` to fixed column widths instead of Paragraphs, and
each group is one flowable drawing its rows itself (``_GroupRows``). The group's name and the
column headings head each group and repeat on every page the group runs onto.
"""

from __future__ import annotations

from ngo_desktop.documents.common import (
    ACCENT,
    ACCENT_DARK,
    ACCENT_TINT,
    INK,
    MUTED,
    WHITE,
    DocumentShell,
    Paper,
    para,
    shortened,
    styles,
    text_width,
    wrap_lines,
)
from ngo_desktop.documents.data import DirectoryData, DirectoryGroup
from ngo_desktop.documents.fonts import CONDENSED, CONDENSED_BOLD, SANS_BOLD
from ngo_desktop.documents.labels import DIRECTORY_LABELS, resolve_labels
from ngo_desktop.documents.platypus import Flowable, Spacer
from ngo_desktop.documents.rows import MeasuredRows

_SIZE = 8.0
_LEADING = 9.8
_PADDING = 4.0
_ROW_PADDING = 6.5  # above and below an organisation's lines
_TIGHT_ROW_PADDING = 3.5
_GROUP_GAP = 12.0
_TIGHT_GROUP_GAP = 6.0
_BALANCED_PAGES = 12
_SPARSE_LAST_PAGE = 0.3
_TITLE_HEIGHT = 24.0  # the band with the field of activity's name
_KEEP = 3  # the fewest organisations of a group a page may begin or end with


def build_directory(data: DirectoryData, *, paper: Paper = "A4", landscape: bool = False) -> bytes:
    """The directory as PDF bytes."""
    labels = resolve_labels(DIRECTORY_LABELS, data.labels)
    shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels,
                          title=labels["document_title"], paper=paper, landscape=landscape)
    style = styles()
    headings = [labels[key] for key in ("column_name", "column_legal_form", "column_registration_number",
                                        "column_contact_person", "column_phone", "column_email")]
    widths = _column_widths(shell.frame_width, data.groups, headings)

    def story(row_padding: float, gap: float) -> list[Flowable]:
        flowables: list[Flowable] = [para(labels["document_title"], style.title)]
        if data.subtitle:
            flowables.append(para(data.subtitle, style.subtitle))
        flowables.append(Spacer(1, 4))
        for group in data.groups:
            flowables.append(_group_rows(group, headings, widths, row_padding))
            flowables.append(Spacer(1, gap))
        return flowables

    pdf = shell.build(story(_ROW_PADDING, _GROUP_GAP))
    # A last page holding a line or two (a small last group, a few organisations): the rows are set
    # a little closer to bring it back onto the pages before. Only for short directories, where a
    # second build costs little; the whole registry's last page is one of hundreds.
    if 1 < shell.pages <= _BALANCED_PAGES and shell.last_page_filled < _SPARSE_LAST_PAGE:
        pages = shell.pages
        tighter = shell.build(story(_TIGHT_ROW_PADDING, _TIGHT_GROUP_GAP))
        if shell.pages < pages:
            return tighter
    return pdf


def _column_widths(total: float, groups: tuple[DirectoryGroup, ...], headings: list[str]) -> list[float]:
    """Name, legal form, reg. No., contact person, phone, e-mail.

    No column is narrower than the longest word of its heading ("Kontaktpersona" is not broken).

    Registration numbers and phone numbers get exactly the width of their usual form so they never
    wrap; the contact and e-mail columns are as wide as their longest text (within limits), since
    an address broken over two lines is easily mistyped; the name column takes what is left. No
    column is narrower than the longest word of its heading ("Kontaktpersona" is not broken).
    """
    def fitting(sample: str) -> float:
        return text_width(sample, CONDENSED, _SIZE) + 2 * _PADDING + 1

    def widest(texts: set[str], least: float, most: float) -> float:
        return min(total * most, max(total * least, max(map(fitting, texts), default=0.0)))

    heading_words = [max((text_width(word, CONDENSED_BOLD, 8) + 2 * _PADDING + 1 for word in heading.split()),
                         default=0.0) for heading in headings]
    registration = max(fitting("40000000000"), heading_words[2])
    phone = max(fitting("+371 00 000 000"), heading_words[4])
    # Wide enough for the longest single word ("pašnodarbinātais"): a legal form wraps only at spaces.
    legal_form = max(total * 0.1, max((fitting(word) for group in groups for entry in group.entries
                                       for word in entry.legal_form.split()), default=0.0))
    legal_form = max(legal_form, heading_words[1])
    contact = max(widest({entry.contact_person for group in groups for entry in group.entries}, 0.12, 0.17),
                  heading_words[3])
    email = max(widest({entry.email for group in groups for entry in group.entries}, 0.16, 0.26), heading_words[5])
    name = total - registration - phone - legal_form - contact - email
    return [name, legal_form, registration, contact, phone, email]


class _GroupRows(MeasuredRows):
    """One field of activity: its name and the column headings, then a band per organisation.

    Drawn from measured rows (``documents.rows``) rather than as a ReportLab Table, so a page
    break costs nothing per row. The name and headings repeat on every page the group runs onto,
    and a page never ends with fewer than ``keep`` of a group's organisations or begins with fewer
    (unless the group is that short).
    """

    keep = _KEEP

    def __init__(self, title: str, headings: list[list[str]], cells: list[list[list[str]]], widths: list[float],
                 row_padding: float) -> None:
        super().__init__([max(map(len, row)) * _LEADING + row_padding for row in cells], sum(widths),
                         _TITLE_HEIGHT + max(map(len, headings)) * 9.5 + 6.5)
        self.title, self.headings, self.cells, self.widths = title, headings, cells, widths
        self.row_padding = row_padding

    def draw(self) -> None:
        canvas = self.canv
        x_positions = [sum(self.widths[:column]) for column in range(len(self.widths))]
        top = self.heading_height + self.rows_height()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, top - _TITLE_HEIGHT, self.table_width, _TITLE_HEIGHT, stroke=0, fill=1)
        header_bottom = top - self.heading_height
        canvas.setFillColor(ACCENT_TINT)
        canvas.rect(0, header_bottom, self.table_width, self.heading_height - _TITLE_HEIGHT, stroke=0, fill=1)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(0, header_bottom, self.table_width, header_bottom)
        # Bands and rules first, then all the text in one text object.
        bands = self.bands(header_bottom)
        self.draw_bands(canvas, bands)
        text = canvas.beginText()
        text.setFillColor(WHITE)
        text.setFont(SANS_BOLD, 10.5)
        text.setTextOrigin(_PADDING, top - 5 - 10.5)
        text.textOut(shortened(self.title, SANS_BOLD, 10.5, self.table_width - 2 * _PADDING))
        text.setFillColor(ACCENT_DARK)
        text.setFont(CONDENSED_BOLD, 8)
        for column, lines in enumerate(self.headings):
            for number, line in enumerate(lines):
                text.setTextOrigin(x_positions[column] + _PADDING, top - _TITLE_HEIGHT - 3 - 8 - number * 9.5)
                text.textOut(line)
        # Column by column, so the font and colour are set once per column and page, not per cell.
        for column, x in enumerate(x_positions):
            text.setFillColor(INK if column == 0 or column > 2 else MUTED)
            text.setFont(CONDENSED_BOLD if column == 0 else CONDENSED, _SIZE)
            for index, bottom, height in bands:
                first_baseline = bottom + height - self.row_padding * 0.46 - _SIZE
                for number, line in enumerate(self.cells[index][column]):
                    text.setTextOrigin(x + _PADDING, first_baseline - number * _LEADING)
                    text.textOut(line)
        canvas.drawText(text)


def _group_rows(group: DirectoryGroup, headings: list[str], widths: list[float], row_padding: float) -> _GroupRows:
    inner = [width - 2 * _PADDING for width in widths]
    fonts = [CONDENSED_BOLD] + [CONDENSED] * 5
    cells = [[wrap_lines(text, font, _SIZE, width)
              for text, font, width in zip((entry.name, entry.legal_form, entry.registration_number,
                                            entry.contact_person, entry.phone, entry.email), fonts, inner, strict=True)]
             for entry in group.entries]
    return _GroupRows(f"{group.field_of_activity}  ·  {len(group.entries)}",
                      [wrap_lines(text, CONDENSED_BOLD, 8, width) for text, width in zip(headings, inner, strict=True)],
                      cells, widths, row_padding)
