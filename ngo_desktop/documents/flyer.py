"""The event flyer: a poster for the notice board, A4 or A5.

A full-bleed colour band carries the centre's name and the title in type as large as fits; under
it, when / time / where in bold, the description, the programme and who takes part; at the foot,
the partners' logos (under "Partners") and a QR code to the event's web page. Sizes follow the
page's short side, but never below 85 % of A4's and never under 8 pt: an A5 poster is set for A5,
not A4 shrunk, and landscape is no larger than portrait. A public poster carries no "Printed …" or
page numbers, and no colour runs into the 5 mm edge an office printer cannot print.

A long list of who takes part shows the first names and "and N more taking part".

A poster is one page. The body steps its type down until it fits; a programme too long to print
day by day becomes a compact one, a line per distinct item with repeats collapsed ("Every
Saturday 11:00 …", see ``flyer_programme``), in two columns; if even that is too long, the poster
shows the first items that fit and says where the full programme is (the web address and QR code).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ngo_desktop.documents.common import (
    ACCENT,
    ACCENT_DARK,
    ACCENT_TINT,
    BASE_FONT,
    INK,
    MUTED,
    RULE,
    WARM,
    WHITE,
    DocumentShell,
    draw_image_in_box,
    draw_qr,
    fill_template,
    fit_font_size,
    image_reader,
    page_size,
    para,
    shortened,
    story_height,
    text_width,
    wrap_lines,
    wrap_parts,
)
from ngo_desktop.documents.data import FlyerData, ProgrammeDay, ProgrammeEntry
from ngo_desktop.documents.flyer_programme import CompactItem, compact_items, in_columns, item_paragraph
from ngo_desktop.documents.fonts import SANS, SANS_BOLD
from ngo_desktop.documents.labels import FLYER_LABELS, resolve_labels
from ngo_desktop.documents.platypus import Flowable, FrameBreak, Spacer, Table, TableStyle

FlyerPaper = Literal["A4", "A5", "Letter"]
Arrangement = Literal["by_day", "side_by_side", "compact"]
_SCALES = (1.0, 0.92, 0.85, 0.78, 0.72)
_TITLE_SIZES = (54.0, 44.0, 36.0)
_LOW_TITLE_SIZES = (36.0, 30.0, 26.0)  # a low sheet's title on one line where it can be
_A4_WIDTH = 595.27
# Days side by side, three to a row, read well for a festival's few days, not for a season's twenty.
_MOST_DAYS_SIDE_BY_SIDE = 6
_FEWEST_ITEMS_KEPT = 6
_LEAST = 8.0  # no text on the poster is smaller
_EDGE = 16.0  # 5.6 mm: the colour band stays inside what an office printer prints
_MOST_NAMES = 24  # more names than this become "and N more taking part"
# The colour band's spaces (times k): above the centre's name, the name and contacts, down to the
# kicker, the kicker's line, under the title. A low sheet (A5 landscape) has them slimmer and its
# body in two columns; without that the band and the foot took all but 76 points of its height.
_BAND_SPACE = {"top": 30.0, "centre": 46.0, "gap": 26.0, "kicker": 24.0, "bottom": 30.0}
_LOW_BAND_SPACE = {"top": 20.0, "centre": 40.0, "gap": 16.0, "kicker": 20.0, "bottom": 18.0}
_LOW_PAGE = 450.0  # points: A5 landscape (420) is low, A4 and Letter landscape are not
_COLUMN_GAP = 22.0
_STACKED_FACTS = 300.0  # points: a body narrower than this has when / time / where one under another


def _pt(size: float, s: float) -> float:
    """``size`` at the scale ``s``, never under 8 pt."""
    return max(_LEAST, size * s)


@dataclass(frozen=True)
class _Layout:
    """How the body is set: type scale, programme arrangement, and how much of the lists is shown.

    ``shown`` counts the compact programme's items printed (None for all) and ``organisations``
    the names printed (None for all); what is left out is what did not fit on the page.
    """

    scale: float
    arrangement: Arrangement
    columns: int = 1
    shown: int | None = None
    organisations: int | None = None


@dataclass(frozen=True)
class _Geometry:
    """Where things go on the page, all proportional to ``k`` (1.0 on A4 portrait)."""

    width: float
    height: float
    k: float
    margin: float
    band_height: float
    title_size: float
    title_lines: tuple[str, ...]
    foot_height: float
    footer_top: float
    body_top: float
    body_bottom: float
    low: bool = False  # a sheet lower than it is wide (A5 landscape): slim band, the body in two columns

    @property
    def columns(self) -> int:
        return 2 if self.low else 1

    @property
    def column_width(self) -> float:
        return (self.width - 2 * self.margin - _COLUMN_GAP * self.k * (self.columns - 1)) / self.columns


def build_flyer(data: FlyerData, *, paper: FlyerPaper = "A4", landscape: bool = False) -> bytes:
    """The flyer as PDF bytes; ``paper`` is "A4", "A5" or "Letter"."""
    labels = resolve_labels(FLYER_LABELS, data.labels)
    papers = ("A4", "A5", "Letter")
    k = _k(page_size(paper, landscape, papers))
    shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels, title=data.title,
                          paper=paper, landscape=landscape, allowed_papers=papers, margin=40 * k, footer=False)
    logos = [image_reader(png) for png in data.partner_logos]
    geometry, story = _fit(data, labels, shell)
    k, margin = geometry.k, geometry.margin
    column = geometry.column_width
    frames = [shell.frame(f"column{index}", x=margin + index * (column + _COLUMN_GAP * k), width=column,
                          y=geometry.body_bottom, height=geometry.body_top - geometry.body_bottom)
              for index in range(geometry.columns)]
    later_frame = shell.frame("later", x=margin, width=geometry.width - 2 * margin, y=geometry.body_bottom,
                              height=geometry.height - 40 * k - geometry.body_bottom)

    def first_page(canvas: Canvas) -> None:
        _draw_band(canvas, data, geometry, full=True)
        _draw_foot(canvas, data, labels, geometry, logos)

    def later_page(canvas: Canvas) -> None:
        _draw_band(canvas, data, geometry, full=False)
        _draw_foot(canvas, data, labels, geometry, logos)

    first = shell.template("first", frame=frames[0], on_page=first_page, chrome=False)
    first.frames = frames
    templates = [first, shell.template("later", frame=later_frame, on_page=later_page, chrome=False)]
    templates[0].autoNextPageTemplate = "later"
    return shell.build(story, templates)


def _k(size: tuple[float, float]) -> float:
    """The poster's scale: its short side against A4's, between 0.85 (A5) and 1 (A4, Letter)."""
    return min(1.0, max(0.85, min(size) / _A4_WIDTH))


def _fit(data: FlyerData, labels: dict[str, str], shell: DocumentShell) -> tuple[_Geometry, list[Flowable]]:
    """The largest title, then the largest body, with which the poster fits on one page.

    A compact programme is the other way round: its small lines want the larger type more than
    the title needs its largest size. When nothing fits whole, the smallest title and type show
    as many programme items (then organisations) as fit, and a line says where the rest is.
    """
    items = compact_items(data.programme, labels)
    low = shell.page_height < _LOW_PAGE
    sizes = _LOW_TITLE_SIZES if low else _TITLE_SIZES
    geometries = {size: _geometry(data, shell, size) for size in sizes}
    layouts = _layouts(data, items, low)
    candidates = [(size, layout) for size in sizes for layout in layouts if layout.arrangement != "compact"]
    candidates += [(size, layout) for layout in layouts if layout.arrangement == "compact" for size in sizes]
    for size, layout in candidates:
        geometry = geometries[size]
        story = _body(data, labels, items, geometry.column_width, geometry.k, layout, columns=geometry.columns)
        if _fits(story, geometry):
            return geometry, story

    geometry = geometries[sizes[-1]]
    width = geometry.column_width

    def fits(layout: _Layout) -> bool:
        return _fits(_body(data, labels, items, width, geometry.k, layout, columns=geometry.columns), geometry)

    smallest = _Layout(_SCALES[-1], "compact", columns=2 if len(items) > 1 and not geometry.low else 1)
    # The programme comes before the names of who takes part: a few items are kept even when a
    # long list of organisations has to be cut for them.
    kept = min(len(items), _FEWEST_ITEMS_KEPT)
    if fits(replace(smallest, shown=kept)):
        layout = replace(smallest, shown=_most_that_fit(kept, len(items) - 1,
                                                        lambda n: fits(replace(smallest, shown=n))))
    elif fits(start := replace(smallest, shown=kept, organisations=0)):
        layout = replace(start, organisations=_most_that_fit(0, len(data.organisations) - 1,
                                                             lambda n: fits(replace(start, organisations=n))))
    elif fits(start := replace(smallest, shown=0, organisations=0)):
        layout = replace(start, shown=_most_that_fit(0, kept, lambda n: fits(replace(start, shown=n))))
    else:
        # A description longer than the page: let it run on, the whole programme with it.
        layout = _Layout(_SCALES[-1], "compact")
    return geometry, _body(data, labels, items, width, geometry.k, layout, columns=geometry.columns)


def _fits(story: list[Flowable], geometry: _Geometry) -> bool:
    """Whether ``story`` fits the body: each column's part (parts end at a ``FrameBreak``) in its height."""
    height = geometry.body_top - geometry.body_bottom
    parts: list[list[Flowable]] = [[]]
    for flowable in story:
        if flowable is FrameBreak:
            parts.append([])
        else:
            parts[-1].append(flowable)
    return len(parts) <= geometry.columns and all(
        story_height(part, geometry.column_width, height) <= height for part in parts)


def _most_that_fit(least: int, most: int, fits: Callable[[int], bool]) -> int:
    """The largest count from ``least`` to ``most`` for which ``fits`` holds, given it holds for ``least``."""
    low, high = least, max(most, least)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _layouts(data: FlyerData, items: list[CompactItem], low: bool = False) -> list[_Layout]:
    """Arrangements to try, best first.

    Day by day reads best, then days side by side (much less height, for a few days only), then
    the compact programme, in one column while the type is still large, then in two.
    """
    layouts = [_Layout(scale, "by_day") for scale in _SCALES[:3]]
    days = sum(1 for day in data.programme if day.entries)
    if 2 <= days <= _MOST_DAYS_SIDE_BY_SIDE:
        layouts += [_Layout(scale, "side_by_side") for scale in _SCALES]
    elif days < 2:
        layouts += [_Layout(scale, "by_day") for scale in _SCALES[3:]]
    if days >= 2 or len(items) > 6:
        layouts += [_Layout(scale, "compact") for scale in _SCALES[:3]]
        # A low sheet's body is in two columns already: a column is too narrow to split again.
        if len(items) > 1 and not low:
            layouts += [_Layout(scale, "compact", columns=2) for scale in _SCALES]
        elif low:
            layouts += [_Layout(scale, "compact") for scale in _SCALES[3:]]
    return layouts


def _geometry(data: FlyerData, shell: DocumentShell, title_size: float) -> _Geometry:
    k = _k((shell.page_width, shell.page_height))
    margin = 40 * k
    band_width = shell.page_width - 2 * margin
    size, lines = title_size * k, wrap_lines(data.title, SANS_BOLD, title_size * k, band_width)
    # Smaller type rather than a word cut in two ("Ziemassvētku" at 54 points on A5).
    while (len(lines) > 3 or _widest_word(data.title, size) > band_width) and size > 28 * k:
        size -= 2 * k
        lines = wrap_lines(data.title, SANS_BOLD, size, band_width)
    low = shell.page_height < _LOW_PAGE
    space = _LOW_BAND_SPACE if low else _BAND_SPACE
    kicker = space["kicker"] * k if data.kicker else 0.0
    band = (space["top"] + space["centre"] + space["gap"] + space["bottom"]) * k + kicker + len(lines) * size * 1.08
    # No page footer on a poster: the foot sits on the bottom margin.
    footer_top = shell.margin
    foot = footer_top + ((70 if low else 94) * k if data.partner_logos or data.web_url else 0.0)
    return _Geometry(shell.page_width, shell.page_height, k, margin, band, size, tuple(lines), foot,
                     footer_top, body_top=shell.page_height - band - (14 if low else 22) * k,
                     body_bottom=foot + 14 * k, low=low)


def _widest_word(text: str, size: float) -> float:
    return max((text_width(word, SANS_BOLD, size) for word in text.split()), default=0.0)


def _draw_band(canvas: Canvas, data: FlyerData, g: _Geometry, *, full: bool) -> None:
    k = g.k
    space = _LOW_BAND_SPACE if g.low else _BAND_SPACE
    height = (g.band_height if full else 26 * k) - _EDGE
    top = g.height - _EDGE
    # Inside the printable area: an office printer leaves a white edge, so the band does too, on purpose.
    canvas.saveState()
    clip = canvas.beginPath()
    clip.roundRect(_EDGE, top - height, g.width - 2 * _EDGE, height, 6 * k)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setFillColor(ACCENT)
    canvas.rect(_EDGE, top - height, g.width - 2 * _EDGE, height, stroke=0, fill=1)
    # Two discs break the rectangle up, the way a printed poster would; the warm one stays in the
    # top corner, above the title, so the white title never runs over it.
    canvas.setFillColor(WARM)
    canvas.circle(g.width - 30 * k, top + 10 * k, (90 if full else 30) * k, stroke=0, fill=1)
    canvas.setFillColor(Color(1, 1, 1, alpha=0.10))
    canvas.circle(g.width - 150 * k, top - height, 110 * k if full else 30 * k, stroke=0, fill=1)
    canvas.restoreState()
    canvas.setFillColor(WARM)
    canvas.rect(_EDGE, top - height - 6 * k, g.width * 0.38, 6 * k, stroke=0, fill=1)
    if not full:
        return

    x, y = g.margin, top - space["top"] * k
    if data.centre.logo_png:
        canvas.setFillColor(WHITE)
        canvas.roundRect(x, y - 40 * k, 40 * k, 40 * k, 6 * k, stroke=0, fill=1)
        draw_image_in_box(canvas, image_reader(data.centre.logo_png), x + 4 * k, y - 36 * k, 32 * k, 32 * k,
                          align="centre")
        x += 52 * k
    line_width = g.width * 0.62 - x
    canvas.setFillColor(WHITE)
    size = fit_font_size(data.centre.name, SANS_BOLD, 11 * k, _LEAST, line_width)
    canvas.setFont(SANS_BOLD, size)
    canvas.drawString(x, y - 13 * k, shortened(data.centre.name, SANS_BOLD, size, line_width))
    contacts = (data.centre.address, data.centre.phone, data.centre.email, data.centre.website)
    canvas.setFillColor(Color(1, 1, 1, alpha=0.85))
    canvas.setFont(SANS, _LEAST)
    for index, line in enumerate(wrap_parts(contacts, "  ·  ", SANS, _LEAST, line_width)[:3]):
        canvas.drawString(x, y - 26 * k - index * 10 * k, line)

    y = top - (space["top"] + space["centre"] + space["gap"]) * k
    if data.kicker:
        canvas.setFillColor(WARM)
        canvas.setFont(SANS_BOLD, 15 * k)
        canvas.drawString(g.margin, y, data.kicker)
        y -= space["kicker"] * k
    canvas.setFillColor(WHITE)
    canvas.setFont(SANS_BOLD, g.title_size)
    for line in g.title_lines:
        y -= g.title_size * 0.78
        canvas.drawString(g.margin, y, line)
        y -= g.title_size * 0.30


def _draw_foot(canvas: Canvas, data: FlyerData, labels: dict[str, str], g: _Geometry,
               logos: list[ImageReader]) -> None:
    """Partner logos on the left, the QR code and web address on the right, over the footer."""
    k = g.k
    if not (logos or data.web_url):
        return
    top = g.foot_height
    bottom = g.footer_top
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(g.margin, top, g.width - g.margin, top)
    right = g.width - g.margin
    qr_size = top - bottom - 14 * k
    left_limit = right
    if data.web_url:
        draw_qr(canvas, data.web_url, right - qr_size, bottom + 2 * k, qr_size)
        text_right = right - qr_size - 10 * k
        # As wide as a usual web address needs, so that it stays on one line to type from.
        address_width = max(150 * k, min(240 * k, stringWidth(data.web_url, SANS, _pt(8.5, k)) + 2))
        canvas.setFillColor(ACCENT_DARK)
        canvas.setFont(SANS_BOLD, 10 * k)
        y = bottom + qr_size / 2 + 10 * k
        canvas.drawRightString(text_right, y, labels["more_info"])
        canvas.setFillColor(INK)
        canvas.setFont(SANS, _pt(8.5, k))
        for line in wrap_lines(data.web_url, SANS, _pt(8.5, k), address_width)[:3]:
            y -= 11 * k
            canvas.drawRightString(text_right, y, line)
        left_limit = text_right - address_width - 16 * k
    if logos:
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS_BOLD, _LEAST)
        canvas.drawString(g.margin, top - 16 * k, labels["partners"])
        box_height, gap = 40 * k, 14 * k
        box_width = min(90 * k, (left_limit - g.margin - gap * (len(logos) - 1)) / len(logos))
        x = g.margin
        for logo in logos:
            used = draw_image_in_box(canvas, logo, x, bottom + 8 * k, box_width, box_height)
            x += used + gap


def _body(data: FlyerData, labels: dict[str, str], items: list[CompactItem], width: float, k: float,
          layout: _Layout, columns: int = 1) -> list[Flowable]:
    """The flowing part of the poster, its type at ``k`` (the page's scale) times the layout's.

    In two ``columns`` (a low sheet) when / time / where and the description fill the left one and
    the programme and who takes part the right one.
    """
    s = k * layout.scale
    compact = layout.arrangement == "compact"
    story: list[Flowable] = [_facts(data, labels, width, s)]
    description_style = ParagraphStyle("description", fontName=SANS, fontSize=_pt(11.5, s), leading=_pt(16.5, s),
                                       textColor=INK, spaceAfter=8 * s)
    for text in (part.strip() for part in data.description.split("\n\n")):
        if text:
            story.append(para(text, description_style))
    heading_style = ParagraphStyle("flyer_heading", fontName=SANS_BOLD, fontSize=_pt(16, s), leading=_pt(20, s),
                                   textColor=ACCENT, spaceBefore=12 * s, spaceAfter=6 * s,
                                   keepWithNext=1)
    days = [day for day in data.programme if day.entries]
    if columns > 1 and (days or data.organisations):
        story.append(FrameBreak)
        story.append(Spacer(1, 0))  # a column's first heading keeps its space before
    if days:
        story.append(para(labels["programme"], heading_style))
        if compact:
            story += _compact_programme(data, labels, items, width, s, layout)
        elif layout.arrangement == "side_by_side":
            story.append(_days_side_by_side(days, width, s))
        else:
            story += [_programme_day(day.heading, day.entries, width, s) for day in days]
    if data.organisations:
        # Beside a compact programme the names are a flowing line in smaller type.
        size, leading = (_pt(9, s), _pt(12.5, s)) if compact else (_pt(10.5, s), _pt(15, s))
        names_style = ParagraphStyle("organisations", fontName=SANS, fontSize=size, leading=leading,
                                     textColor=INK)
        shown = min(_MOST_NAMES if len(data.organisations) > _MOST_NAMES + 6 else len(data.organisations),
                    len(data.organisations) if layout.organisations is None else layout.organisations)
        # Non-breaking spaces inside a name keep "IK" or "SIA" from dangling at a line's end.
        names = "  ·  ".join(name.replace(" ", "\u00a0") if len(name) <= 40 else name
                             for name in data.organisations[:shown])
        if shown < len(data.organisations):
            rest = len(data.organisations) - shown
            key = "more_organisations_one" if rest % 10 == 1 and rest % 100 != 11 else "more_organisations"
            more = fill_template(labels[key], count=rest)
            names = f"{names}  ·  {more}" if names else more
        story.append(para(labels["organisations"], heading_style))
        story.append(para(names, names_style))
    return story


def _compact_programme(data: FlyerData, labels: dict[str, str], items: list[CompactItem], width: float,
                       s: float, layout: _Layout) -> list[Flowable]:
    """A line per item (in columns), and when items are left out, where to find them all."""
    item_style = ParagraphStyle("programme_line", fontName=SANS, fontSize=_pt(10.5, s), leading=_pt(13.5, s),
                                textColor=INK, leftIndent=12 * s, firstLineIndent=-12 * s,
                                spaceAfter=4 * s)
    shown = items[:layout.shown]
    paragraphs = [item_paragraph(item, item_style, ACCENT, MUTED) for item in shown]
    story: list[Flowable] = []
    if paragraphs and layout.columns > 1:
        story.append(in_columns(paragraphs, width, 18 * s, layout.columns))
    else:
        story += paragraphs
    if len(shown) < len(items):
        note_style = ParagraphStyle("full_programme", fontName=SANS_BOLD, fontSize=_pt(11, s), leading=_pt(14, s),
                                    textColor=ACCENT_DARK, spaceBefore=4 * s)
        note = labels["full_programme"] if data.web_url else labels["full_programme_centre"]
        story.append(para(f"→ {note}", note_style))
    return story


def _facts(data: FlyerData, labels: dict[str, str], width: float, s: float) -> Table:
    """When / time / where, side by side, each a small label over a bold value."""
    facts = [(labels["when"], data.dates), (labels["hours"], data.hours), (labels["where"], data.place)]
    facts = [(label, value) for label, value in facts if value]
    label_style = ParagraphStyle("fact_label", fontName=SANS_BOLD, fontSize=_pt(8.5, s), leading=_pt(11, s),
                                 textColor=ACCENT)
    value_style = ParagraphStyle("fact_value", fontName=SANS_BOLD, fontSize=_pt(14, s), leading=_pt(17.5, s),
                                 textColor=INK)
    padding = 18 * s
    if width < _STACKED_FACTS:
        # A column of a low sheet: the facts one under another, the place not squeezed into a third.
        rows = [[[para(label, label_style), Spacer(1, 1 * s), para(value, value_style)]] for label, value in facts]
        stacked = Table(rows or [[""]], colWidths=[width])
        stacked.setStyle(TableStyle([
            BASE_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBEFORE", (0, 0), (-1, -1), 3 * s, WARM),
            ("LEFTPADDING", (0, 0), (-1, -1), 10 * s),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1 * s),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * s),
        ]))
        stacked.spaceAfter = 12 * s
        return stacked
    shares = {1: [1.0], 2: [0.5, 0.5], 3: [0.3, 0.22, 0.48]}[len(facts)] if facts else [1.0]
    # A column is at least as wide as its longest word, so that "11:00–16:00" is not cut in two.
    needs = [padding + max(_widest(label, SANS_BOLD, _pt(8.5, s)), _widest(value, SANS_BOLD, _pt(14, s)))
             for label, value in facts]
    widths = _column_widths([width * share for share in shares], needs, width)
    cells = [[para(label, label_style), Spacer(1, 2 * s), para(value, value_style)] for label, value in facts]
    table = Table([cells or [""]], colWidths=widths)
    table.setStyle(TableStyle([
        BASE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBEFORE", (0, 0), (-1, -1), 3 * s, WARM),
        ("LEFTPADDING", (0, 0), (-1, -1), 10 * s),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8 * s),
        ("TOPPADDING", (0, 0), (-1, -1), 1 * s),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * s),
    ]))
    table.spaceAfter = 16 * s
    return table


def _widest(text: str, font: str, size: float) -> float:
    return max((text_width(word, font, size) for word in text.split()), default=0.0)


def _column_widths(wanted: list[float], needs: list[float], width: float) -> list[float]:
    """``wanted`` widths, widening a column to its need and taking that from the others' slack."""
    if not needs:
        return wanted
    if sum(needs) >= width:
        return [width * need / sum(needs) for need in needs]
    widths = [max(want, need) for want, need in zip(wanted, needs, strict=True)]
    excess = sum(widths) - width
    slack = [want - need if want > need else 0.0 for want, need in zip(wanted, needs, strict=True)]
    return [column - excess * share / sum(slack) for column, share in zip(widths, slack, strict=True)]


def _days_side_by_side(days: list[ProgrammeDay], width: float, s: float) -> Table:
    """Up to three days per row of columns, for a festival's programme."""
    per_row = min(3, len(days))
    gap = 14 * s
    column = (width - gap * (per_row - 1)) / per_row
    rows: list[list[object]] = []
    for start in range(0, len(days), per_row):
        cells: list[object] = []
        for index, day in enumerate(days[start:start + per_row]):
            if index:
                cells.append("")
            cells.append(_programme_day(day.heading, day.entries, column, s))
        rows.append(cells + [""] * (2 * per_row - 1 - len(cells)))
    widths = [column if index % 2 == 0 else gap for index in range(2 * per_row - 1)]
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([
        BASE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _programme_day(heading: str, entries: tuple[ProgrammeEntry, ...], width: float, s: float) -> Flowable:
    time_style_size = _pt(11.5, s)
    title_style = ParagraphStyle("programme_title", fontName=SANS_BOLD, fontSize=_pt(11.5, s),
                                 leading=_pt(14.5, s), textColor=INK)
    performer_style = ParagraphStyle("programme_performer", fontName=SANS, fontSize=_pt(9.5, s),
                                     leading=_pt(12.5, s), textColor=MUTED)
    time_width = max((stringWidth(entry.time, SANS_BOLD, time_style_size) for entry in entries),
                     default=0) + 14 * s
    rows: list[list[object]] = []
    if heading:
        rows.append([heading, ""])
    for entry in entries:
        text = [para(entry.title, title_style)]
        if entry.performer:
            text.append(para(entry.performer, performer_style))
        rows.append([entry.time, text])
    table = Table(rows, colWidths=[time_width, width - time_width])
    first_entry = 1 if heading else 0
    style = [
        BASE_FONT,
        ("FONT", (0, 0), (0, -1), SANS_BOLD, time_style_size, _pt(14.5, s)),
        ("TEXTCOLOR", (0, 0), (0, -1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4 * s),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * s),
        ("LINEBELOW", (0, first_entry), (-1, -2), 0.5, RULE),
    ]
    if heading:
        style += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), ACCENT_TINT),
                  ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT_DARK), ("LEFTPADDING", (0, 0), (-1, 0), 6 * s),
                  ("FONT", (0, 0), (-1, 0), SANS_BOLD, _pt(10.5, s), _pt(13, s))]
    table.setStyle(TableStyle(style))
    table.spaceAfter = 6 * s
    return table
