"""The stall plan of a fair day: the ground drawn to scale, then the vendors by stall number.

Landscape. The plan takes the first page at the largest usual map scale (1:100, 1:200, …) that
fits, so the printed scale bar and ratio are true when printed at 100 %. Stall numbers and
vendor names are set upright whatever the stall's rotation; a name too long for its stall is
shortened on the plan (to its quoted part, "Medus pūrs" for Z/S „Medus pūrs”, then with "…"),
and the list that follows gives every name in full. A landmark too small for its label has the
label beside it rather than a word cut in two.

Given no orientation, the plan takes the one that gives the larger scale. Every stall's number is
printed, at 6 pt or more even when that means it overflows a tiny stall; a vendor's name is
printed only whole (6 pt or more), else left to the list. The line under the plan carries the
scale bar and a key: a solid outline is a taken stall, a dashed one a free stall.
"""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, PageBreak, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from ngo_desktop.documents.common import (
    ACCENT,
    ACCENT_DARK,
    ACCENT_TINT,
    DUE,
    FAINT,
    INK,
    MUTED,
    RULE,
    WARM,
    WHITE,
    DocumentShell,
    Paper,
    fill_template,
    para,
    styles,
    table_header_style,
    wrapped,
)
from ngo_desktop.documents.data import PlanLandmark, PlanStall, StallPlanData, StallVendor
from ngo_desktop.documents.fonts import CONDENSED, CONDENSED_BOLD, SANS, SANS_BOLD
from ngo_desktop.documents.labels import STALL_PLAN_LABELS, resolve_labels

POINTS_PER_METRE_AT_1_TO_1 = 72 / 0.0254
_RATIOS = (20, 25, 50, 75, 100, 125, 150, 200, 250, 300, 400, 500, 750, 1000, 1250, 1500, 2000, 2500, 5000)
_BAR_LENGTHS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500)
_LEGEND_HEIGHT = 30.0
_SMALLEST_TEXT = 6.0  # the least any label on the plan prints
_SMALLEST_LANDMARK_TEXT = 6.0
_OUTSIDE_LABEL_SIZE = 6.5
_LANDMARK_COLOURS = {
    "stage": (ACCENT_TINT, ACCENT),
    "entrance": (colors.HexColor("#FDEBD3"), WARM),
    "toilets": (colors.HexColor("#E4ECF7"), colors.HexColor("#6C8EBF")),
    "information": (colors.HexColor("#ECE6F5"), colors.HexColor("#8C74B8")),
    "power": (colors.HexColor("#FFF5C8"), colors.HexColor("#C9A227")),
    "other": (colors.HexColor("#EEF0F1"), FAINT),
}


def build_stall_plan(data: StallPlanData, *, paper: Paper = "A4", landscape: bool | None = None) -> bytes:
    """The plan and the vendor list as PDF bytes; ``landscape`` None picks the orientation that
    shows the plan at the larger scale."""
    if data.area_width <= 0 or data.area_depth <= 0:
        raise ValueError("The plan's area needs a positive width and depth in metres.")
    labels = resolve_labels(STALL_PLAN_LABELS, data.labels)
    if landscape is None:
        landscape = _landscape_is_larger(data, paper, labels)
    shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels,
                          title=f"{labels['document_title']}: {data.fair}, {data.day}", paper=paper,
                          landscape=landscape)
    style = styles()
    subtitle = " · ".join(part for part in (data.fair, data.day, data.place) if part)
    story: list[Flowable] = [
        para(labels["document_title"], style.title),
        para(subtitle, style.subtitle),
        _PlanDrawing(data, labels),
    ]
    if data.vendors:
        story += [PageBreak(), para(labels["vendor_list"], style.title), para(subtitle, style.subtitle),
                  _vendor_table(data.vendors, labels, shell.frame_width)]
    return shell.build(story)


def _landscape_is_larger(data: StallPlanData, paper: str, labels: dict[str, str]) -> bool:
    """Whether the plan's scale on a landscape page is at least that on a portrait one."""
    ratios = []
    for landscape in (True, False):
        shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels, title="", paper=paper,
                              landscape=landscape)
        # The title and subtitle above the plan take about 50 points.
        drawing = _PlanDrawing(data, labels)
        drawing.wrap(shell.frame_width, shell.frame_height - 50)
        ratios.append(drawing.ratio)
    return ratios[0] <= ratios[1]


class _PlanDrawing(Flowable):
    """The plan at a standard ratio, as large as the space left on the page allows."""

    def __init__(self, data: StallPlanData, labels: dict[str, str]) -> None:
        super().__init__()
        self.data = data
        self.labels = labels
        self.ratio = _RATIOS[-1]
        self.scale = POINTS_PER_METRE_AT_1_TO_1 / self.ratio
        self._outside_labels: list[tuple[float, float, float, float]] = []  # boxes of labels set beside

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        fit = min(avail_width / self.data.area_width, (avail_height - _LEGEND_HEIGHT) / self.data.area_depth)
        needed = POINTS_PER_METRE_AT_1_TO_1 / max(fit, 1e-6)
        self.ratio = next((ratio for ratio in _RATIOS if ratio >= needed), math.ceil(needed))
        self.scale = POINTS_PER_METRE_AT_1_TO_1 / self.ratio
        self.width = avail_width
        self.height = self.data.area_depth * self.scale + _LEGEND_HEIGHT
        return self.width, self.height

    def draw(self) -> None:
        self._outside_labels = []
        canvas, s = self.canv, self.scale
        plan_width, plan_depth = self.data.area_width * s, self.data.area_depth * s
        left = (self.width - plan_width) / 2
        top = self.height
        self._draw_ground(canvas, left, top, plan_width, plan_depth)
        for landmark in self.data.landmarks:
            self._draw_landmark(canvas, landmark, left, top)
        for stall in self.data.stalls:
            self._draw_stall(canvas, stall, left, top)
        self._draw_legend(canvas, left, plan_width)

    def _draw_ground(self, canvas: Canvas, left: float, top: float, width: float, depth: float) -> None:
        canvas.setFillColor(colors.HexColor("#F8FAFA"))
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.2)
        canvas.rect(left, top - depth, width, depth, stroke=1, fill=1)
        # A one-metre grid where it is dense enough to read, otherwise every five metres.
        step = 1 if self.scale >= 8 else 5
        canvas.setLineWidth(0.25)
        for metre in range(step, math.ceil(self.data.area_width), step):
            canvas.setStrokeColor(RULE if metre % 5 == 0 else colors.HexColor("#E6EBEE"))
            canvas.line(left + metre * self.scale, top, left + metre * self.scale, top - depth)
        for metre in range(step, math.ceil(self.data.area_depth), step):
            canvas.setStrokeColor(RULE if metre % 5 == 0 else colors.HexColor("#E6EBEE"))
            canvas.line(left, top - metre * self.scale, left + width, top - metre * self.scale)

    def _placed(self, canvas: Canvas, left: float, top: float, x: float, y: float, rotation: float) -> None:
        """Move the canvas to a shape's corner and turn it clockwise, as on screen."""
        canvas.translate(left + x * self.scale, top - y * self.scale)
        canvas.rotate(-rotation)

    def _centre(self, left: float, top: float, x: float, y: float, width: float, depth: float,
                rotation: float) -> tuple[float, float, float, float]:
        """The page position of a shape's centre and the upright box available for its text."""
        angle = math.radians(-rotation)
        half_x, half_y = width * self.scale / 2, -depth * self.scale / 2
        cx = left + x * self.scale + half_x * math.cos(angle) - half_y * math.sin(angle)
        cy = top - y * self.scale + half_x * math.sin(angle) + half_y * math.cos(angle)
        across, along = abs(math.cos(angle)), abs(math.sin(angle))
        if across >= 0.9:
            box = (width * self.scale, depth * self.scale)
        elif along >= 0.9:
            box = (depth * self.scale, width * self.scale)
        else:
            side = min(width, depth) * self.scale * 0.7
            box = (side, side)
        return cx, cy, box[0], box[1]

    def _draw_landmark(self, canvas: Canvas, landmark: PlanLandmark, left: float, top: float) -> None:
        fill, stroke = _LANDMARK_COLOURS.get(landmark.kind, _LANDMARK_COLOURS["other"])
        canvas.saveState()
        self._placed(canvas, left, top, landmark.x, landmark.y, landmark.rotation)
        canvas.setFillColor(fill)
        canvas.setStrokeColor(stroke)
        canvas.setLineWidth(0.9)
        canvas.rect(0, -landmark.depth * self.scale, landmark.width * self.scale, landmark.depth * self.scale,
                    stroke=1, fill=1)
        canvas.restoreState()
        cx, cy, box_width, box_height = self._centre(left, top, landmark.x, landmark.y, landmark.width,
                                                     landmark.depth, landmark.rotation)
        size = max(_SMALLEST_LANDMARK_TEXT, min(9.0, box_height * 0.3))
        label = [(landmark.label, SANS_BOLD, size, INK)]
        lines, used, cut = _lay_out(label, box_width - 4, box_height - 2, _SMALLEST_LANDMARK_TEXT)
        if not cut:
            _draw_lines(canvas, lines, cx, cy, used)
            return
        # Under the landmark, or over it at the plan's lower edge, kept inside the plan.
        angle = math.radians(landmark.rotation)
        half_height = (abs(math.sin(angle)) * landmark.width + abs(math.cos(angle)) * landmark.depth) * self.scale / 2
        size = _OUTSIDE_LABEL_SIZE
        label_width = stringWidth(landmark.label, SANS_BOLD, size)
        plan_right, plan_bottom = left + self.data.area_width * self.scale, top - self.data.area_depth * self.scale
        x = min(max(cx, left + label_width / 2 + 2), plan_right - label_width / 2 - 2)
        y = cy - half_height - size - 1.5
        if y < plan_bottom + 2:
            y = cy + half_height + 2
        # Two small landmarks side by side ("Ieeja", "Informācija") must not print over each other.
        while any(x - label_width / 2 < right and x + label_width / 2 > other_left and y < top_edge
                  and y + size > bottom for other_left, bottom, right, top_edge in self._outside_labels):
            y -= size + 1.5
        self._outside_labels.append((x - label_width / 2, y, x + label_width / 2, y + size))
        canvas.setFont(SANS_BOLD, size)
        canvas.setFillColor(INK)
        canvas.drawCentredString(x, y + size * 0.2, landmark.label)

    def _draw_stall(self, canvas: Canvas, stall: PlanStall, left: float, top: float) -> None:
        canvas.saveState()
        self._placed(canvas, left, top, stall.x, stall.y, stall.rotation)
        canvas.setLineWidth(0.9)
        if stall.vendor:
            canvas.setFillColor(WHITE)
            canvas.setStrokeColor(ACCENT)
        else:
            canvas.setFillColor(colors.HexColor("#FBFCFC"))
            canvas.setStrokeColor(FAINT)
            canvas.setDash(2, 2)
        canvas.rect(0, -stall.depth * self.scale, stall.width * self.scale, stall.depth * self.scale,
                    stroke=1, fill=1)
        canvas.restoreState()
        cx, cy, box_width, box_height = self._centre(left, top, stall.x, stall.y, stall.width, stall.depth,
                                                     stall.rotation)
        number_size = max(_SMALLEST_TEXT, min(11.0, box_height * 0.32, box_width * 0.4))
        number = (stall.number, SANS_BOLD, number_size, ACCENT_DARK if stall.vendor else MUTED)
        vendor_size = max(_SMALLEST_TEXT, min(7.5, box_height * 0.16))
        width, height = box_width - 3, box_height - 2
        names = [stall.vendor, _plan_name(stall.vendor)] if stall.vendor else [self.labels["vacant_stall"]]
        for name in names:
            lines, used, cut = _lay_out([number, (name, CONDENSED, vendor_size, INK if stall.vendor else FAINT)],
                                        width, height)
            if not cut:
                break
        if cut:
            # A name cut to "Alūks…" tells nobody anything: the number alone, the list gives the name;
            # the number is printed even when it is wider than a tiny stall.
            lines, used = [number], number_size * 1.15
        _draw_lines(canvas, lines, cx, cy, used)

    def _draw_legend(self, canvas: Canvas, left: float, plan_width: float) -> None:
        """A scale bar of a round length and the ratio, under the plan's left edge."""
        target = plan_width / 4 / self.scale
        metres = max((length for length in _BAR_LENGTHS if length <= target), default=_BAR_LENGTHS[0])
        bar = metres * self.scale
        y = _LEGEND_HEIGHT - 16
        canvas.setLineWidth(0.6)
        canvas.setStrokeColor(INK)
        for index in range(2):
            canvas.setFillColor(INK if index == 0 else WHITE)
            canvas.rect(left + index * bar / 2, y, bar / 2, 4, stroke=1, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(SANS, 7)
        unit = self.labels["metre_symbol"]
        canvas.drawCentredString(left, y - 9, "0")
        canvas.drawCentredString(left + bar / 2, y - 9, _number(metres / 2))
        canvas.drawCentredString(left + bar, y - 9, f"{_number(metres)} {unit}")
        canvas.setFont(SANS_BOLD, 7.5)
        canvas.setFillColor(MUTED)
        scale_text = fill_template(self.labels["scale"], ratio=self.ratio)
        x = left + bar + 24
        canvas.drawString(x, y - 1, scale_text)
        x += stringWidth(scale_text, SANS_BOLD, 7.5) + 18
        # The key: a solid outline is a taken stall, a dashed one a free stall.
        for dashed, text in ((False, self.labels["legend_taken"]), (True, self.labels["legend_vacant"])):
            canvas.saveState()
            canvas.setLineWidth(0.9)
            canvas.setStrokeColor(FAINT if dashed else ACCENT)
            canvas.setFillColor(WHITE)
            if dashed:
                canvas.setDash(2, 2)
            canvas.rect(x, y - 2, 14, 8, stroke=1, fill=1)
            canvas.restoreState()
            canvas.setFont(SANS, 7.5)
            canvas.setFillColor(INK)
            canvas.drawString(x + 18, y - 1, text)
            x += 18 + stringWidth(text, SANS, 7.5) + 14


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _lay_out(parts: list[tuple[str, str, float, colors.Color]], width: float, height: float,
             smallest: float = _SMALLEST_TEXT) -> tuple[list[tuple[str, str, float, colors.Color]], float, bool]:
    """Lines of each part wrapped to ``width``, their height, and whether some text was cut.

    A part's type shrinks (not below ``smallest``) until its longest word fits; lines are broken
    only between words, and a line or a word that still does not fit is shortened with "…".
    """
    lines: list[tuple[str, str, float, colors.Color]] = []
    used = 0.0
    for text, font, largest, colour in parts:
        longest = max((stringWidth(word, font, largest) for word in text.split()), default=0.0)
        size = max(smallest, min(largest, largest * width / longest)) if longest else largest
        for line in simpleSplit(text, font, size, max(width, 1)) or [""]:
            if used + size * 1.15 > height and lines:
                last_text, last_font, last_size, last_colour = lines[-1]
                lines[-1] = (_shortened(last_text + " " + line, last_font, last_size, width), last_font,
                             last_size, last_colour)
                return lines, used, True
            if stringWidth(line, font, size) > width:
                lines.append((_shortened(line, font, size, width), font, size, colour))
                return lines, used + size * 1.15, True
            lines.append((line, font, size, colour))
            used += size * 1.15
    return lines, used, False


def _plan_name(name: str) -> str:
    """The part of a vendor's name in quotes ("Medus pūrs" of Z/S „Medus pūrs”), else the name."""
    for opening, closing in (("„", "”"), ("„", "“"), ('"', '"'), ("«", "»")):
        start = name.find(opening)
        end = name.find(closing, start + 1)
        if start >= 0 and end > start + 1:
            return name[start + 1:end]
    return name


def _shortened(text: str, font: str, size: float, width: float) -> str:
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_lines(canvas: Canvas, lines: list[tuple[str, str, float, colors.Color]], cx: float, cy: float,
                height: float) -> None:
    y = cy + height / 2
    for text, font, size, colour in lines:
        y -= size * 1.15
        canvas.setFont(font, size)
        canvas.setFillColor(colour)
        canvas.drawCentredString(cx, y + size * 0.25, text)


def _vendor_table(vendors: tuple[StallVendor, ...], labels: dict[str, str], width: float) -> Table:
    shares = (0.07, 0.29, 0.17, 0.12, 0.13, 0.09, 0.13)
    widths = [width * share for share in shares]
    inner = [column - 10 for column in widths]
    header = [labels[key] for key in ("column_stall", "column_vendor", "column_contact", "column_phone",
                                      "column_category", "column_fee", "column_payment")]
    rows: list[list[str]] = [header]
    for vendor in vendors:
        rows.append([
            wrapped(vendor.stall, CONDENSED_BOLD, 8.5, inner[0]),
            wrapped(vendor.vendor, CONDENSED, 8.5, inner[1]),
            wrapped(vendor.contact, CONDENSED, 8.5, inner[2]),
            wrapped(vendor.phone, CONDENSED, 8.5, inner[3]),
            wrapped(vendor.category, CONDENSED, 8.5, inner[4]),
            wrapped(vendor.fee, CONDENSED, 8.5, inner[5]),
            wrapped(vendor.payment, CONDENSED, 8.5, inner[6]),
        ])
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    style = [*table_header_style(len(header)),
             ("FONT", (0, 1), (0, -1), CONDENSED_BOLD, 8.5, 10.5),
             ("TEXTCOLOR", (0, 1), (0, -1), ACCENT),
             ("ALIGN", (5, 0), (5, -1), "RIGHT")]
    for row, vendor in enumerate(vendors, start=1):
        if vendor.payment_due:
            style += [("TEXTCOLOR", (6, row), (6, row), DUE), ("FONT", (6, row), (6, row), CONDENSED_BOLD, 8.5, 10.5)]
    table.setStyle(TableStyle(style))
    return table
