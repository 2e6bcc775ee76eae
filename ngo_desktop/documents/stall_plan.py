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
from ngo_desktop.documents.platypus import Flowable, LongTable, PageBreak, Table, TableStyle

POINTS_PER_METRE_AT_1_TO_1 = 72 / 0.0254
_RATIOS = (20, 25, 50, 75, 100, 125, 150, 200, 250, 300, 400, 500, 750, 1000, 1250, 1500, 2000, 2500, 5000)
_BAR_LENGTHS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500)
_LEGEND_HEIGHT = 30.0
_TITLE_HEIGHT = 50.0  # the title and subtitle above the plan
_SPLIT_BELOW = 18.0  # points across a typical stall on one page, below which the plan is split into sheets
_READABLE_STALL = 40.0  # points across a typical stall on a sheet, for its number and a short name
_MOST_SHEETS = 3  # sheets a side of the ground at most
_SHEET_DISC = 13.0  # the radius of a sheet's number on the key map
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
    story: list[Flowable] = [para(labels["document_title"], style.title), para(subtitle, style.subtitle)]
    sheets = _sheets(data, labels, shell.frame_width, shell.frame_height - _TITLE_HEIGHT)
    if len(sheets) == 1:
        story.append(_PlanDrawing(data, labels))
    else:
        # Too many stalls to read on one page: a key map of the whole ground with the sheets marked,
        # then each sheet at the larger scale, numbered.
        story.append(para(labels["key_map"], style.subtitle))
        story.append(_PlanDrawing(data, labels, sheets=sheets))
        for number, window in enumerate(sheets, start=1):
            sheet_title = fill_template(labels["sheet"], number=number, count=len(sheets))
            story += [PageBreak(), para(f"{labels['document_title']} · {sheet_title}", style.title),
                      para(subtitle, style.subtitle), _PlanDrawing(data, labels, window=window)]
    if data.vendors:
        story += [PageBreak(), para(labels["vendor_list"], style.title), para(subtitle, style.subtitle),
                  _vendor_table(data.vendors, labels, shell.frame_width)]
    return shell.build(story)


def _sheets(data: StallPlanData, labels: dict[str, str], width: float,
            height: float) -> list[tuple[float, float, float, float]]:
    """The parts of the ground (x0, y0, x1, y1 in metres) each printed on a sheet of its own.

    One part, the whole ground, while a typical stall prints at least ``_SPLIT_BELOW`` points
    across on one page (its number reads); else the fewest columns × rows of equal parts at which
    it prints ``_READABLE_STALL`` across, number and name (at most ``_MOST_SHEETS`` a side),
    meeting in aisles where the stalls allow.
    """
    if not data.stalls:
        return [(0.0, 0.0, data.area_width, data.area_depth)]
    overview = _PlanDrawing(data, labels)
    overview.wrap(width, height)
    sides = sorted(min(stall.width, stall.depth) for stall in data.stalls)
    typical = sides[len(sides) // 2]
    if typical * overview.scale >= _SPLIT_BELOW:
        return [(0.0, 0.0, data.area_width, data.area_depth)]
    best: tuple[int, int] = (_MOST_SHEETS, _MOST_SHEETS)
    for count in range(2, _MOST_SHEETS * _MOST_SHEETS + 1):
        found = None
        for columns in range(1, min(count, _MOST_SHEETS) + 1):
            if count % columns or count // columns > _MOST_SHEETS:
                continue
            rows = count // columns
            part = _PlanDrawing(data, labels, window=(0.0, 0.0, data.area_width / columns, data.area_depth / rows))
            part.wrap(width, height)
            if typical * part.scale >= _READABLE_STALL:
                found = (columns, rows)
                break
        if found:
            best = found
            break
    columns, rows = best
    xs = _seams([(stall.x, stall.x + stall.width) for stall in data.stalls], data.area_width, columns)
    ys = _seams([(stall.y, stall.y + stall.depth) for stall in data.stalls], data.area_depth, rows)
    return [(xs[column], ys[row], xs[column + 1], ys[row + 1]) for row in range(rows) for column in range(columns)]


def _seams(spans: list[tuple[float, float]], length: float, parts: int) -> list[float]:
    """Where ``parts`` equal parts of ``length`` meet, each moved (by up to a quarter part) into an
    aisle no stall crosses, so a stall is whole on one sheet rather than cut on two."""
    part = length / parts
    seams = [0.0]
    for index in range(1, parts):
        wanted = index * part
        free = [position / 4 for position in range(math.ceil((wanted - part / 4) * 4),
                                                     math.floor((wanted + part / 4) * 4) + 1)
                if not any(start < position / 4 < end for start, end in spans)]
        seams.append(min(free, key=lambda position: abs(position - wanted)) if free else wanted)
    return [*seams, length]


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

    def __init__(self, data: StallPlanData, labels: dict[str, str], *,
                 window: tuple[float, float, float, float] | None = None,
                 sheets: list[tuple[float, float, float, float]] | None = None) -> None:
        """``window`` (x0, y0, x1, y1 in metres) draws that part only (a sheet); ``sheets`` marks the
        parts on the whole ground (the key map, which leaves the stall numbers to the sheets)."""
        super().__init__()
        self.data = data
        self.labels = labels
        self.window = window or (0.0, 0.0, data.area_width, data.area_depth)
        self.sheets = sheets or []
        self.ratio = _RATIOS[-1]
        self.scale = POINTS_PER_METRE_AT_1_TO_1 / self.ratio
        self._outside_labels: list[tuple[float, float, float, float]] = []  # boxes of labels set beside
        self._stall_boxes: list[tuple[float, float, float, float]] = []  # where stalls are, on the page

    @property
    def _area(self) -> tuple[float, float]:
        x0, y0, x1, y1 = self.window
        return x1 - x0, y1 - y0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        area_width, area_depth = self._area
        fit = min(avail_width / area_width, (avail_height - _LEGEND_HEIGHT) / area_depth)
        needed = POINTS_PER_METRE_AT_1_TO_1 / max(fit, 1e-6)
        self.ratio = next((ratio for ratio in _RATIOS if ratio >= needed), math.ceil(needed))
        self.scale = POINTS_PER_METRE_AT_1_TO_1 / self.ratio
        self.width = avail_width
        self.height = area_depth * self.scale + _LEGEND_HEIGHT
        return self.width, self.height

    def _inside(self, x: float, y: float, width: float, depth: float) -> bool:
        """Whether a shape's centre (unrotated) lies in this drawing's part of the ground."""
        x0, y0, x1, y1 = self.window
        return x0 <= x + width / 2 < x1 and y0 <= y + depth / 2 < y1

    def draw(self) -> None:
        self._outside_labels = []
        canvas, s = self.canv, self.scale
        area_width, area_depth = self._area
        plan_width, plan_depth = area_width * s, area_depth * s
        # Shapes are placed in the ground's own metres: the window's corner moves to the plan's.
        left = (self.width - plan_width) / 2 - self.window[0] * s
        top = self.height + self.window[1] * s
        plan_left, plan_top = left + self.window[0] * s, top - self.window[1] * s
        self._draw_ground(canvas, plan_left, plan_top, plan_width, plan_depth)
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(plan_left, plan_top - plan_depth, plan_width, plan_depth)
        canvas.clipPath(clip, stroke=0, fill=0)
        self._stall_boxes = [self._box(left, top, stall.x, stall.y, stall.width, stall.depth, stall.rotation)
                             for stall in self.data.stalls]
        for landmark in self.data.landmarks:
            self._draw_landmark_shape(canvas, landmark, left, top)
        for stall in self.data.stalls:
            self._draw_stall(canvas, stall, left, top, numbered=not self.sheets and self._inside(
                stall.x, stall.y, stall.width, stall.depth))
        canvas.restoreState()
        for box in self._sheet_boxes(plan_left, plan_top):
            self._outside_labels.append(box)
        for landmark in self.data.landmarks:
            if self._inside(landmark.x, landmark.y, landmark.width, landmark.depth):
                self._draw_landmark_label(canvas, landmark, left, top, (plan_left, plan_top, plan_width, plan_depth))
        self._draw_legend(canvas, plan_left, plan_width)

    def _box(self, left: float, top: float, x: float, y: float, width: float, depth: float,
             rotation: float) -> tuple[float, float, float, float]:
        """A shape's upright bounding box on the page: left, bottom, right, top."""
        cx, cy, _w, _h = self._centre(left, top, x, y, width, depth, rotation)
        angle = math.radians(rotation)
        half_w = (abs(math.cos(angle)) * width + abs(math.sin(angle)) * depth) * self.scale / 2
        half_h = (abs(math.sin(angle)) * width + abs(math.cos(angle)) * depth) * self.scale / 2
        return cx - half_w, cy - half_h, cx + half_w, cy + half_h

    def _sheet_boxes(self, plan_left: float, plan_top: float) -> list[tuple[float, float, float, float]]:
        """The key map's sheets: each outlined, its number in a white disc at its centre."""
        boxes = []
        canvas, s = self.canv, self.scale
        for number, (x0, y0, x1, y1) in enumerate(self.sheets, start=1):
            canvas.saveState()
            canvas.setStrokeColor(WARM)
            canvas.setLineWidth(1.6)
            canvas.setDash(6, 3)
            canvas.rect(plan_left + x0 * s, plan_top - y1 * s, (x1 - x0) * s, (y1 - y0) * s, stroke=1, fill=0)
            canvas.restoreState()
            cx, cy = plan_left + (x0 + x1) / 2 * s, plan_top - (y0 + y1) / 2 * s
            canvas.setFillColor(WHITE)
            canvas.setStrokeColor(WARM)
            canvas.setLineWidth(1.6)
            canvas.circle(cx, cy, _SHEET_DISC, stroke=1, fill=1)
            canvas.setFillColor(INK)
            canvas.setFont(SANS_BOLD, 16)
            canvas.drawCentredString(cx, cy - 5.5, str(number))
            boxes.append((cx - _SHEET_DISC, cy - _SHEET_DISC, cx + _SHEET_DISC, cy + _SHEET_DISC))
        return boxes

    def _draw_ground(self, canvas: Canvas, left: float, top: float, width: float, depth: float) -> None:
        canvas.setFillColor(colors.HexColor("#F8FAFA"))
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.2)
        canvas.rect(left, top - depth, width, depth, stroke=1, fill=1)
        # A one-metre grid where it is dense enough to read, otherwise every five metres.
        step = 1 if self.scale >= 8 else 5
        canvas.setLineWidth(0.25)
        x0, y0, x1, y1 = self.window  # the grid stays on the ground's own metres on every sheet
        for metre in range(math.floor(x0 / step) * step + step, math.ceil(x1), step):
            if metre <= x0:
                continue
            canvas.setStrokeColor(RULE if metre % 5 == 0 else colors.HexColor("#E6EBEE"))
            canvas.line(left + (metre - x0) * self.scale, top, left + (metre - x0) * self.scale, top - depth)
        for metre in range(math.floor(y0 / step) * step + step, math.ceil(y1), step):
            if metre <= y0:
                continue
            canvas.setStrokeColor(RULE if metre % 5 == 0 else colors.HexColor("#E6EBEE"))
            canvas.line(left, top - (metre - y0) * self.scale, left + width, top - (metre - y0) * self.scale)

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

    def _draw_landmark_shape(self, canvas: Canvas, landmark: PlanLandmark, left: float, top: float) -> None:
        fill, stroke = _LANDMARK_COLOURS.get(landmark.kind, _LANDMARK_COLOURS["other"])
        canvas.saveState()
        self._placed(canvas, left, top, landmark.x, landmark.y, landmark.rotation)
        canvas.setFillColor(fill)
        canvas.setStrokeColor(stroke)
        canvas.setLineWidth(0.9)
        canvas.rect(0, -landmark.depth * self.scale, landmark.width * self.scale, landmark.depth * self.scale,
                    stroke=1, fill=1)
        canvas.restoreState()

    def _draw_landmark_label(self, canvas: Canvas, landmark: PlanLandmark, left: float, top: float,
                             plan: tuple[float, float, float, float]) -> None:
        cx, cy, box_width, box_height = self._centre(left, top, landmark.x, landmark.y, landmark.width,
                                                     landmark.depth, landmark.rotation)
        size = max(_SMALLEST_LANDMARK_TEXT, min(9.0, box_height * 0.3))
        label = [(landmark.label, SANS_BOLD, size, INK)]
        lines, used, cut = _lay_out(label, box_width - 4, box_height - 2, _SMALLEST_LANDMARK_TEXT)
        inside = (cx - box_width / 2, cy - used / 2, cx + box_width / 2, cy + used / 2)
        if not cut and not self._covered(inside):
            _draw_lines(canvas, lines, cx, cy, used)
            self._outside_labels.append(inside)
            return
        # Beside the landmark: under, over, right or left of it, where neither a stall nor another
        # label is ("Ieeja" and "Informācija" side by side), kept inside the plan.
        plan_left, plan_top, plan_width, plan_depth = plan
        shape_left, shape_bottom, shape_right, shape_top = self._box(left, top, landmark.x, landmark.y, landmark.width,
                                                                     landmark.depth, landmark.rotation)
        size = _OUTSIDE_LABEL_SIZE
        label_width = stringWidth(landmark.label, SANS_BOLD, size)
        centre_y = (shape_bottom + shape_top) / 2 - size / 2
        candidates = [(cx - label_width / 2, shape_bottom - size - 1.5), (cx - label_width / 2, shape_top + 1.5),
                      (shape_right + 2, centre_y), (shape_left - 2 - label_width, centre_y)]
        for step in range(1, 4):  # then further down, a line at a time
            candidates.append((cx - label_width / 2, shape_bottom - size - 1.5 - step * (size + 1.5)))
        fitting = [(x, y) for x, y in candidates
                   if plan_left + 1 <= x and x + label_width <= plan_left + plan_width - 1
                   and plan_top - plan_depth + 1 <= y and y + size <= plan_top - 1]
        free = [(x, y) for x, y in fitting if not self._covered((x, y, x + label_width, y + size))]
        if not free:
            return  # no free place on this drawing: the key under the plan and the sheets still name it
        x, y = free[0]
        self._outside_labels.append((x, y, x + label_width, y + size))
        canvas.setFont(SANS_BOLD, size)
        canvas.setFillColor(INK)
        canvas.drawString(x, y + size * 0.2, landmark.label)

    def _covered(self, box: tuple[float, float, float, float]) -> bool:
        """Whether ``box`` (left, bottom, right, top) meets a stall or a label already placed."""
        left, bottom, right, top = box
        return any(left < other_right and right > other_left and bottom < other_top and top > other_bottom
                   for other_left, other_bottom, other_right, other_top in (*self._stall_boxes, *self._outside_labels))

    def _draw_stall(self, canvas: Canvas, stall: PlanStall, left: float, top: float, *, numbered: bool) -> None:
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
        if not numbered:
            return
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
