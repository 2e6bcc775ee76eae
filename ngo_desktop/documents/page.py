"""What every document's page shares, drawn straight onto a ReportLab canvas: paper sizes,
colours, measuring and cutting text, the centre's header, the footer and the page numbers.

Nothing here imports ReportLab's platypus (flowables, tables, paragraphs): a document drawn on the
canvas itself (the week schedule, the door sign) then prints without loading it, 30-50 ms less of a
whole ``print week-schedule`` or ``print door-sign`` process (issue #16). ``documents/common.py`` builds the flowing documents on
top of this module.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import itertools
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5, LETTER
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ngo_desktop.documents.data import CentreInfo
from ngo_desktop.documents.fonts import SANS, SANS_BOLD, register_fonts

Paper = Literal["A4", "Letter"]
PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER, "A5": A5}

# One restrained accent on near-black and greys; tints of the accent for bands and table heads.
INK = colors.HexColor("#1E2A32")
MUTED = colors.HexColor("#5C6B75")
FAINT = colors.HexColor("#8B98A1")
RULE = colors.HexColor("#CBD3D9")
ACCENT = colors.HexColor("#0B6E74")
ACCENT_DARK = colors.HexColor("#08525A")
ACCENT_TINT = colors.HexColor("#E4F1F1")
ZEBRA = colors.HexColor("#F4F7F8")
WARM = colors.HexColor("#F2A33A")
DUE = colors.HexColor("#B3412A")  # money still to collect
WHITE = colors.white
CLOSED_SHADE = colors.HexColor("#E3E6E8")  # a day or room that is shut: grey, unlike any booking

HEADER_LOGO_HEIGHT = 34.0
HEADER_HEIGHT = 52.0  # from the top margin to the accent rule under the header
FOOTER_HEIGHT = 28.0  # from the bottom margin up to the rule over the footer
FOOTER_SIZE = 8.0  # the printed date, the title and "Page X of Y": no text on paper is smaller


def page_size(paper: str, landscape: bool, allowed: Iterable[str] = ("A4", "Letter")) -> tuple[float, float]:
    """Width and height in points; a paper name outside ``allowed`` is a programming error."""
    allowed = tuple(allowed)
    if paper not in allowed:
        raise ValueError(f"Unknown paper {paper!r}: use one of {', '.join(allowed)}.")
    width, height = PAPER_SIZES[paper]
    return (height, width) if landscape else (width, height)


# ReportLab measures TrueType text in pure Python unless the optional rl_accel package is there;
# schedules and directories measure the same words thousands of times, so remember the answers.
text_width = functools.lru_cache(maxsize=131072)(stringWidth)


def fill_template(template: str, **values: object) -> str:
    """``template.format(**values)``, surviving a translation that broke its placeholders.

    A translator may drop or misspell a ``{placeholder}``; a page number printed oddly is better
    than a document that cannot be printed at all.
    """
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return " ".join([template, *(str(value) for value in values.values())])


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``, at spaces, or inside a word that is
    itself too wide (long e-mail addresses). Far cheaper than a Paragraph for big tables."""
    lines: list[str] = []
    for raw in text.split("\n"):
        if text_width(raw, font, size) <= width:
            lines.append(raw)
            continue
        for line in simpleSplit(raw, font, size, width) or [""]:
            if text_width(line, font, size) <= width:
                lines.append(line)
            else:
                lines.extend(_break_word(line, font, size, width))
    return lines


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A too-wide word in pieces, cut after "@", ".", "-", "/" or "_" where possible."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, font, size) > width:
            cut = max(current.rfind(mark) for mark in "@.-/_") + 1
            if 0 < cut < len(current):
                pieces.append(current[:cut])
                current = current[cut:]
            else:
                pieces.append(current)
                current = ""
        current += char
    pieces.append(current)
    return pieces


def wrap_parts(parts: Sequence[str], separator: str, font: str, size: float, width: float) -> list[str]:
    """Parts such as an address, a phone and an e-mail packed into lines, broken only between
    parts, so that a separator never dangles at a line's end or a phone number splits."""
    lines: list[str] = []
    current = ""
    for part in (part for part in parts if part):
        candidate = f"{current}{separator}{part}" if current else part
        if current and text_width(candidate, font, size) > width:
            lines.append(current)
            candidate = part
        if text_width(candidate, font, size) > width:
            *full, candidate = wrap_lines(candidate, font, size, width)
            lines += full
        current = candidate
    if current:
        lines.append(current)
    return lines


def shortened(text: str, font: str, size: float, width: float) -> str:
    """``text`` as it is if it fits ``width``, else cut after a whole word and ended with "…"."""
    if text_width(text, font, size) <= width:
        return text
    words = text.split()
    while words and text_width(" ".join(words) + " …", font, size) > width:
        words.pop()
    return " ".join(words).rstrip(",.:;·–-") + " …" if words else "…"


def fit_font_size(text: str, font: str, largest: float, smallest: float, width: float) -> float:
    """The largest size, not below ``smallest``, at which ``text`` fits on one line."""
    natural = text_width(text, font, largest)
    if natural <= width:
        return largest
    return max(smallest, largest * width / natural)


@functools.cache
def qr_encoder() -> ModuleType:
    """ReportLab's QR encoder (``reportlab.graphics.barcode.qrencoder``), loaded on its own where it can be.

    Importing it the ordinary way first runs its package's ``__init__``, which imports every barcode
    widget and ReportLab's graphics library (12-15 ms of a door sign from the command line, issue #16)
    although the encoder itself needs nothing of ReportLab. Where the module is a file on disk it is
    loaded alone, from the same file; otherwise (a bundle keeps it in an archive) it is imported.
    """
    graphics = importlib.util.find_spec("reportlab.graphics")
    for folder in (graphics.submodule_search_locations or []) if graphics is not None else []:
        path = Path(folder) / "barcode" / "qrencoder.py"
        spec = importlib.util.spec_from_file_location("ngo_desktop.documents._qrencoder", path)
        if path.is_file() and spec is not None and spec.loader is not None:
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    from reportlab.graphics.barcode import qrencoder

    return qrencoder


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code ``size`` points square with its lower left corner at (x, y), quiet zone included.

    Drawn as rectangles straight onto the canvas: ReportLab's QR widget goes through renderPDF,
    which names Helvetica on the page, a font that is not embedded.
    """
    qrencoder = qr_encoder()
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    quiet = 2
    module = size / (code.getModuleCount() + 2 * quiet)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    for row_number, row in enumerate(code.modules):
        column = 0
        for dark, run in itertools.groupby(bool(cell) for cell in row):
            length = len(list(run))
            if dark:
                canvas.rect(x + (quiet + column) * module, y + size - (quiet + row_number + 1) * module,
                            length * module, module, stroke=0, fill=1)
            column += length
    canvas.restoreState()


def image_reader(png: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(png))


def draw_image_in_box(canvas: Canvas, image: ImageReader, x: float, y: float, width: float,
                      height: float, align: Literal["left", "centre", "right"] = "left") -> float:
    """Draw ``image`` as large as fits the box, keeping its shape; returns the width used."""
    image_width, image_height = image.getSize()
    scale = min(width / image_width, height / image_height)
    drawn_width, drawn_height = image_width * scale, image_height * scale
    offset = {"left": 0.0, "centre": (width - drawn_width) / 2, "right": width - drawn_width}[align]
    canvas.drawImage(image, x + offset, y + (height - drawn_height) / 2, drawn_width, drawn_height,
                     mask="auto")
    return drawn_width


class PageShell:
    """Page geometry, header and footer of one document.

    ``frame_*`` is the area between header and footer where a document's body goes.
    ``DocumentShell`` (documents/common.py) flows a story there; a document drawn on the canvas
    itself starts from ``new_canvas()`` and draws each page's furniture with ``draw_header``,
    ``draw_footer`` and ``draw_page_number``.
    """

    def __init__(self, *, centre: CentreInfo, printed: str, labels: Mapping[str, str], title: str,
                 paper: str, landscape: bool, allowed_papers: Sequence[str] = ("A4", "Letter"),
                 margin: float | None = None, footer: bool = True) -> None:
        """``footer=False`` leaves out the printed date, title and page numbers (a public poster)."""
        register_fonts()
        self.footer = footer
        self.centre = centre
        self.labels = labels
        self.title = title
        self.printed_text = fill_template(labels["printed_on"], date=printed) if printed else ""
        self.page_width, self.page_height = page_size(paper, landscape, allowed_papers)
        self.margin = margin if margin is not None else (30.0 if self.page_width < 500 else 36.0)
        self.frame_x = self.margin
        self.frame_width = self.page_width - 2 * self.margin
        self.frame_y = self.margin + FOOTER_HEIGHT + 6
        self.frame_height = self.page_height - self.margin - HEADER_HEIGHT - 12 - self.frame_y
        self._logo = image_reader(centre.logo_png) if centre.logo_png else None

    # -- page furniture -------------------------------------------------------------------------

    def draw_header(self, canvas: Canvas) -> None:
        top = self.page_height - self.margin
        x = self.margin
        if self._logo is not None:
            used = draw_image_in_box(canvas, self._logo, x, top - HEADER_LOGO_HEIGHT - 4,
                                     HEADER_LOGO_HEIGHT * 2.6, HEADER_LOGO_HEIGHT + 4)
            x += used + 12
        available = self.page_width - self.margin - x
        name_size = fit_font_size(self.centre.name, SANS_BOLD, 12.5, 9, available)
        canvas.setFillColor(INK)
        canvas.setFont(SANS_BOLD, name_size)
        canvas.drawString(x, top - 13, self.centre.name)
        contacts = (self.centre.address, self.centre.phone, self.centre.email, self.centre.website)
        canvas.setFont(SANS, 8)
        canvas.setFillColor(MUTED)
        for index, line in enumerate(wrap_parts(contacts, "  ·  ", SANS, 8, available)[:3]):
            canvas.drawString(x, top - 27 - index * 10, line)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.4)
        canvas.line(self.margin, top - HEADER_HEIGHT, self.page_width - self.margin, top - HEADER_HEIGHT)

    def draw_footer(self, canvas: Canvas) -> None:
        rule_y = self.margin + FOOTER_HEIGHT - 12
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(self.margin, rule_y, self.page_width - self.margin, rule_y)
        canvas.setFont(SANS, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawString(self.margin, rule_y - 11, self.printed_text)
        # The title is centred between the printed date and the page number and must not touch
        # either: a long fair name on A5 is shortened at a word (8 pt is the least any text prints).
        page_label = fill_template(self.labels["page_of"], page=99, pages=99)
        side = max(text_width(self.printed_text, SANS, FOOTER_SIZE), text_width(page_label, SANS, FOOTER_SIZE)) + 12
        room = self.page_width - 2 * self.margin - 2 * side
        canvas.drawCentredString(self.page_width / 2, rule_y - 11, shortened(self.title, SANS, FOOTER_SIZE, room))

    def draw_page_number(self, canvas: Canvas, page: int, pages: int) -> None:
        """"Page X of Y" at the footer's right end."""

        canvas.saveState()
        canvas.setFont(SANS, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(self.page_width - self.margin, self.margin + FOOTER_HEIGHT - 23,
                               fill_template(self.labels["page_of"], page=page, pages=pages))
        canvas.restoreState()

    def new_canvas(self, buffer: io.BytesIO) -> Canvas:
        """A canvas writing this document into ``buffer``, as ``DocumentShell.build`` sets its own:
        the same metadata, identical bytes for identical input (``invariant``), and DejaVu as each
        page's starting font (else every page names Helvetica, a font that is not embedded)."""
        canvas = Canvas(buffer, pagesize=(self.page_width, self.page_height), invariant=1, initialFontName=SANS)
        canvas.setTitle(self.title)
        canvas.setAuthor(self.centre.name)
        canvas.setCreator("ngo_desktop")
        return canvas
