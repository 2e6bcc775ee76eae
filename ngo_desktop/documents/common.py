"""What the flowing documents share on top of ``documents/page.py``: text styles, table looks,
flowables, and the build of a story into pages.

``DocumentShell`` draws the centre's header and the footer (printed date, "Page X of Y") on every
page and builds the PDF with ``invariant=1``, so identical input gives identical bytes. The total
page count is only known at the end, so ``_NumberedCanvas`` keeps each finished page and writes the
page numbers when the document is saved.

The page basics are imported here under their own names as well, so a document needs one import.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from ngo_desktop.documents.fonts import CONDENSED, CONDENSED_BOLD, SANS, SANS_BOLD, register_fonts
from ngo_desktop.documents.page import (  # noqa: F401 - the page basics, for the documents
    ACCENT,
    ACCENT_DARK,
    ACCENT_TINT,
    CLOSED_SHADE,
    DUE,
    FAINT,
    INK,
    MUTED,
    RULE,
    WARM,
    WHITE,
    ZEBRA,
    PageShell,
    Paper,
    draw_image_in_box,
    draw_qr,
    fill_template,
    fit_font_size,
    image_reader,
    page_size,
    qr_encoder,
    shortened,
    text_width,
    wrap_lines,
    wrap_parts,
)
from ngo_desktop.documents.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from ngo_desktop.documents.richlines import LaidLines, Line


def markup(text: str) -> str:
    """Plain text made safe for a Paragraph; line breaks are kept.

    html.escape, not xml.sax.saxutils.escape (the same three characters): the latter loads
    urllib.request and http.client, which nothing else a document needs imports (issue #16).
    """
    return escape(text, quote=False).replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain ``text``; the fonts must be registered before the text is parsed."""
    register_fonts()
    return Paragraph(markup(text), style)


def wrapped(text: str, font: str, size: float, width: float) -> str:
    """A table cell's plain string, wrapped to its column (Table draws ``\\n`` as a new line)."""
    return "\n".join(wrap_lines(text, font, size, width))


def story_height(story: Sequence[Flowable], width: float, height: float) -> float:
    """How tall ``story`` is in one column ``width`` wide (KeepTogether is not measurable here)."""
    return sum(flowable.wrap(width, height)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
               for flowable in story)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the office documents (the flyer and door sign make their own)."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    value_bold: ParagraphStyle
    cell: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register_fonts()
    return Styles(
        title=ParagraphStyle("title", fontName=SANS_BOLD, fontSize=20, leading=24, textColor=INK,
                             spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", fontName=SANS, fontSize=10.5, leading=14, textColor=MUTED,
                                spaceAfter=10),
        heading=ParagraphStyle("heading", fontName=SANS_BOLD, fontSize=11.5, leading=14,
                               textColor=ACCENT, spaceBefore=14, spaceAfter=6),
        body=ParagraphStyle("body", fontName=SANS, fontSize=9, leading=13, textColor=INK, spaceAfter=5),
        small=ParagraphStyle("small", fontName=SANS, fontSize=8, leading=10.5, textColor=MUTED),
        label=ParagraphStyle("label", fontName=SANS, fontSize=8, leading=11, textColor=MUTED),
        value=ParagraphStyle("value", fontName=SANS, fontSize=9.5, leading=12.5, textColor=INK),
        value_bold=ParagraphStyle("value_bold", fontName=SANS_BOLD, fontSize=9.5, leading=12.5,
                                  textColor=INK),
        cell=ParagraphStyle("cell", fontName=CONDENSED, fontSize=8.5, leading=10.5, textColor=INK),
    )


# Every table starts from this: a cell without a FONT command would name Helvetica on the page
# (ReportLab's default), a font that is not embedded, even when the cell holds no text.
BASE_FONT: tuple[Any, ...] = ("FONT", (0, 0), (-1, -1), SANS, 9, 11)


def table_header_style(columns: int) -> list[tuple[Any, ...]]:
    """The look of a data table's repeated header row and body: tinted head, zebra rows, hairlines."""
    return [
        BASE_FONT,
        ("FONT", (0, 0), (-1, 0), CONDENSED_BOLD, 8, 10),
        ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT_DARK),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_TINT),
        ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
        ("FONT", (0, 1), (-1, -1), CONDENSED, 8.5, 10.5),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, ZEBRA]),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]


class TickBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 11) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class RichLines(Flowable):
    """Lines laid out in advance (``richlines.layout``) as a flowable, e.g. a table cell; a table
    that splits its row across pages splits them between lines."""

    def __init__(self, lines: Sequence[Line], leading: float) -> None:
        super().__init__()
        self.laid = LaidLines(lines, leading)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = self.laid.height()
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        head, rest = self.laid.split_at(avail_height)
        if rest is None:
            # All of it fits: a table splitting its row across pages wants two parts all the same.
            return [self, RichLines((), self.laid.leading)]
        if head.height() > avail_height:
            return []
        return [RichLines(head.lines, head.leading), RichLines(rest.lines, rest.leading)]

    def draw(self) -> None:
        self.laid.draw(self.canv, 0.0, self.laid.height())


class _NumberedCanvas(Canvas):
    """A canvas that holds back its pages until ``save`` so each can say "Page X of Y"."""

    def __init__(self, *args: Any, draw_page_number: Callable[[Canvas, int, int], None] | None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._draw_page_number = draw_page_number
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            if self._draw_page_number is not None:
                self._draw_page_number(self, number, total)
            super().showPage()
        super().save()


class DocumentShell(PageShell):
    """A ``PageShell`` that flows a story of flowables into its frame, page after page.

    Builders that draw more on a page (the door sign's QR code) pass ``on_page`` and their own
    frame to ``template``. After ``build``, ``pages`` is the page count and ``last_page_filled`` how
    much of the last page's frame the story filled (0 to 1).
    """

    pages = 0
    last_page_filled = 0.0

    def _decorate(self, on_page: Callable[[Canvas], None] | None, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        self.draw_header(canvas)
        self.draw_footer(canvas)
        if on_page is not None:
            on_page(canvas)
        canvas.restoreState()

    # -- building -------------------------------------------------------------------------------

    def frame(self, frame_id: str = "body", *, x: float | None = None, y: float | None = None,
              width: float | None = None, height: float | None = None) -> Frame:
        return Frame(self.frame_x if x is None else x, self.frame_y if y is None else y,
                     self.frame_width if width is None else width,
                     self.frame_height if height is None else height,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=frame_id)

    def template(self, template_id: str = "page", *, frame: Frame | None = None,
                 on_page: Callable[[Canvas], None] | None = None, chrome: bool = True) -> PageTemplate:
        """A page template; ``chrome=False`` leaves the header to ``on_page`` (the flyer's band)."""
        if chrome:
            decorate = functools.partial(self._decorate, on_page)
        else:
            def decorate(canvas: Canvas, _doc: Any) -> None:
                canvas.saveState()
                if on_page is not None:
                    on_page(canvas)
                if self.footer:
                    self.draw_footer(canvas)
                canvas.restoreState()
        return PageTemplate(id=template_id, frames=[frame or self.frame()], onPage=decorate,
                            pagesize=(self.page_width, self.page_height))

    def build(self, story: list[Flowable], templates: Sequence[PageTemplate] | None = None) -> bytes:
        buffer = io.BytesIO()
        document = BaseDocTemplate(
            buffer, pagesize=(self.page_width, self.page_height),
            leftMargin=self.margin, rightMargin=self.margin, topMargin=self.margin,
            bottomMargin=self.margin, title=self.title, author=self.centre.name,
            creator="ngo_desktop", invariant=1,
            # Otherwise each page names Helvetica as its starting font, a font not embedded.
            initialFontName=SANS,
            pageTemplates=list(templates) if templates else [self.template()],
        )
        document.build(story, canvasmaker=functools.partial(
            _NumberedCanvas, draw_page_number=self.draw_page_number if self.footer else None))
        # How much of the last page's frame the story filled (0 to 1): a builder may set its
        # story tighter and build again rather than print a last page with one line on it.
        frame = document.frame
        self.pages = document.page
        self.last_page_filled = (frame._y2 - frame._y) / max(frame._y2 - frame._y1, 1.0)
        return buffer.getvalue()
