"""A report for the board or the municipality: the centre's header, the title and filter, then for
each section a vector chart (ReportLab graphics) and the table with the same numbers beneath it.

Plain data in (``ReportDocumentData``, texts already translated and formatted, chart values as
numbers), PDF bytes out; landscape A4 so that twelve months or a day's hours fit across.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

# Before ReportLab's graphics, which import its platypus: through documents/platypus.py (see there).
import ngo_desktop.documents.platypus  # noqa: F401

# isort: split
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfgen.textobject import PDFTextObject

from ngo_desktop.documents.common import (
    ACCENT,
    ACCENT_DARK,
    ACCENT_TINT,
    BASE_FONT,
    INK,
    MUTED,
    RULE,
    WARM,
    DocumentShell,
    para,
    shortened,
    styles,
    text_width,
    wrap_lines,
)
from ngo_desktop.documents.data import CentreInfo
from ngo_desktop.documents.fonts import CONDENSED, CONDENSED_BOLD, SANS, SANS_BOLD
from ngo_desktop.documents.labels import COMMON_LABELS, QT_TRANSLATE_NOOP, resolve_labels
from ngo_desktop.documents.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle
from ngo_desktop.documents.rows import MeasuredRows

REPORT_LABELS: dict[str, str] = {
    **COMMON_LABELS,
    "nothing": QT_TRANSLATE_NOOP("DocumentLabels", "Nothing in this period."),
}
SERIES_COLOURS = (ACCENT, WARM, colors.HexColor("#6C8EBF"), colors.HexColor("#9A6FB0"),
                  colors.HexColor("#7A9A3A"))
HEAT_LOW = colors.HexColor("#F4F7F8")
CHART_HEIGHT = 170.0
SIDE_BY_SIDE_COLUMNS = 4  # a bar chart's table this narrow stands beside the chart
KEEP_TOGETHER_ROWS = 25
MOST_LABELLED_BARS = 26
# The tables' type and padding, as common.table_header_style gives the documents' other tables.
_HEAD_SIZE, _HEAD_LEADING = 8.0, 10.0
_CELL_SIZE, _CELL_LEADING = 8.5, 10.5
_TOP_PADDING, _PADDING_HEIGHT, _SIDE_PADDING = 3.0, 6.5, 5.0


@dataclass(frozen=True, slots=True)
class ChartData:
    """``series`` are (name, values per category); for a heat map, one series per row."""

    kind: Literal["bar", "heat"]
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    value_texts: tuple[tuple[str, ...], ...] = ()  # the texts of the values, per series (per row for a heat map)


@dataclass(frozen=True, slots=True)
class TableData:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]  # right-aligned columns
    has_total_row: bool = False
    chart: ChartData | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportDocumentData:
    centre: CentreInfo
    printed: str
    title: str
    subtitle: str
    sections: tuple[TableData, ...]
    notes: tuple[str, ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict)


def _bar_chart(chart: ChartData, width: float) -> Drawing:
    drawing = Drawing(width, CHART_HEIGHT, initialFontName=SANS, initialFontSize=8)
    drawing.add(String(0, CHART_HEIGHT - 12, chart.title, fontName=SANS_BOLD, fontSize=9, fillColor=MUTED))
    many = len(chart.categories) > 8 or width < 450
    legend_height = 16 if len(chart.series) > 1 else 0
    bars = VerticalBarChart()
    bars.x, bars.y = 48, 34 + (14 if many else 0) + legend_height
    # A few bars stay bar-shaped: the plot grows with the number of bars, up to the whole width.
    bars.width = min(width - 60, 40 + 70 * len(chart.categories) * len(chart.series))
    bars.height = CHART_HEIGHT - bars.y - 24
    bars.data = [list(values) for _name, values in chart.series]
    bars.categoryAxis.categoryNames = [shortened(name, CONDENSED, 7, 80 if many else 120)
                                       for name in chart.categories]
    bars.categoryAxis.labels.fontName = CONDENSED
    bars.categoryAxis.labels.fontSize = 7
    if many:
        bars.categoryAxis.labels.angle = 30
        bars.categoryAxis.labels.boxAnchor = "ne"
    bars.categoryAxis.strokeColor = RULE
    bars.valueAxis.labels.fontName = CONDENSED
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.labelTextFormat = _number_text
    bars.valueAxis.strokeColor = RULE
    bars.valueAxis.gridStrokeColor = RULE
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.valueMin = 0
    highest = max((value for _name, values in chart.series for value in values), default=0)
    # Headroom above the tallest bar for its value, clear of the chart's title.
    bars.valueAxis.valueMax = highest * 1.15 if highest else 1
    if len(chart.series) * len(chart.categories) <= MOST_LABELLED_BARS:
        # The values on the bars, written as in the table beneath; more bars than this would overlap.
        bars.barLabels.fontName = CONDENSED
        bars.barLabels.fontSize = 7
        bars.barLabels.fillColor = INK
        bars.barLabels.nudge = 6
        bars.barLabelFormat = "values"
        bars.barLabelArray = [[text if value else "" for text, value in zip(texts, values, strict=True)]
                              for texts, (_name, values) in zip(chart.value_texts, chart.series, strict=True)]
    bars.groupSpacing = 6
    for index in range(len(chart.series)):
        bars.bars[index].fillColor = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        bars.bars[index].strokeColor = None
    drawing.add(bars)
    if legend_height:
        legend = Legend()
        legend.x, legend.y = 48, 8
        legend.alignment = "right"
        legend.fontName = SANS
        legend.fontSize = 7.5
        legend.columnMaximum = 1
        legend.deltax = max(text_width(name, SANS, 7.5) for name, _values in chart.series) + 30
        legend.dxTextSpace = 4
        legend.colorNamePairs = [(SERIES_COLOURS[index % len(SERIES_COLOURS)], name)
                                 for index, (name, _values) in enumerate(chart.series)]
        drawing.add(legend)
    return drawing


def _number_text(value: float) -> str:
    """A bar's label in the Latvian way: 1 234,5 (no label on a zero bar)."""
    if not value:
        return ""
    text = f"{value:,.1f}" if value % 1 else f"{value:,.0f}"
    return text.replace(",", "\u00a0").replace(".", ",")


def _heat_map(chart: ChartData, width: float) -> Drawing:
    """A grid of cells shaded from pale to the accent by their value, the value written in each."""
    columns = len(chart.categories)
    label_width = 44.0
    cell_width = (width - label_width) / max(1, columns)
    cell_height = 17.0
    rows = len(chart.series)
    height = 14 + rows * cell_height
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=8)
    top = height - 14
    for column, name in enumerate(chart.categories):
        drawing.add(String(label_width + (column + 0.5) * cell_width, top + 4, name, fontName=CONDENSED,
                           fontSize=7, fillColor=MUTED, textAnchor="middle"))
    highest = max((value for _name, values in chart.series for value in values), default=0) or 1
    for row, (name, values) in enumerate(chart.series):
        y = top - (row + 1) * cell_height
        drawing.add(String(0, y + 5, name, fontName=CONDENSED_BOLD, fontSize=7.5, fillColor=INK))
        for column, value in enumerate(values):
            share = value / highest
            fill = colors.linearlyInterpolatedColor(HEAT_LOW, ACCENT, 0, 1, share)
            drawing.add(Rect(label_width + column * cell_width, y, cell_width - 1, cell_height - 1,
                             fillColor=fill, strokeColor=None))
            text = chart.value_texts[row][column] if chart.value_texts else _number_text(value)
            if value:
                drawing.add(String(label_width + (column + 0.5) * cell_width, y + 5, text, fontName=CONDENSED,
                                   fontSize=6.5, textAnchor="middle",
                                   fillColor=colors.white if share > 0.55 else INK))
    return drawing


def _column_widths(section: TableData, width: float) -> list[float]:
    """Numbers as wide as their longest text; the text columns share what is left."""
    widths = []
    for column, numeric in enumerate(section.numeric):
        # A header may wrap between words, a number may not: the widest value or header word decides.
        header_word = max((text_width(word, CONDENSED_BOLD, 8) for word in section.header[column].split()),
                          default=0.0)
        widest = max([header_word, *(text_width(row[column], CONDENSED, 8.5) for row in section.rows[:400])])
        widths.append(min(widest + 12, 110.0) if numeric else 0.0)
    text_columns = [column for column, numeric in enumerate(section.numeric) if not numeric]
    left = max(width - sum(widths), 80.0 * len(text_columns))
    if text_columns:
        for column in text_columns:
            widths[column] = left / len(text_columns)
    elif sum(widths) > width:
        widths = [value * width / sum(widths) for value in widths]
    return widths


class _ReportRows(MeasuredRows):
    """A section's table: the tinted head repeated on every page, zebra rows, numbers to the right.

    Drawn from measured rows rather than as a platypus Table (see ``documents.rows``): the support
    report's table of every organisation has some fifteen thousand cells.
    """

    keep = 2  # a totals row never stands alone under the repeated head

    def __init__(self, header: list[list[str]], rows: list[list[list[str]]], numeric: tuple[bool, ...],
                 widths: list[float], has_total_row: bool) -> None:
        heights = [max(map(len, row)) * _CELL_LEADING + _PADDING_HEIGHT for row in rows]
        super().__init__(heights, sum(widths), max(map(len, header)) * _HEAD_LEADING + _PADDING_HEIGHT)
        self.header, self.rows, self.numeric, self.widths = header, rows, numeric, widths
        self.has_total_row = has_total_row

    def _write_row(self, text: PDFTextObject, cells: list[list[str]], top: float, font: str, size: float,
                   leading: float) -> None:
        left = 0.0
        for lines, numeric, width in zip(cells, self.numeric, self.widths, strict=True):
            for number, line in enumerate(lines):
                x = left + width - _SIDE_PADDING - text_width(line, font, size) if numeric else left + _SIDE_PADDING
                text.setTextOrigin(x, top - _TOP_PADDING - size - number * leading)
                text.textOut(line)
            left += width

    def draw(self) -> None:
        canvas = self.canv
        header_bottom = self.rows_height()
        canvas.setFillColor(ACCENT_TINT)
        canvas.rect(0, header_bottom, self.table_width, self.heading_height, stroke=0, fill=1)
        bands = self.bands(header_bottom)
        self.draw_bands(canvas, bands)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1)
        canvas.line(0, header_bottom, self.table_width, header_bottom)
        total_index = len(self.rows) - 1 if self.has_total_row and self.end == len(self.rows) else -1
        if total_index >= 0:
            canvas.setStrokeColor(ACCENT_DARK)
            canvas.setLineWidth(0.8)
            _index, bottom, height = bands[-1]
            canvas.line(0, bottom + height, self.table_width, bottom + height)
        # Row by row, so that text read back from the PDF comes in the rows' order.
        text = canvas.beginText()
        text.setFillColor(ACCENT_DARK)
        text.setFont(CONDENSED_BOLD, _HEAD_SIZE)
        self._write_row(text, self.header, header_bottom + self.heading_height, CONDENSED_BOLD, _HEAD_SIZE,
                        _HEAD_LEADING)
        text.setFillColor(INK)
        text.setFont(CONDENSED, _CELL_SIZE)
        for index, bottom, height in bands:
            font = CONDENSED_BOLD if index == total_index else CONDENSED
            if font != CONDENSED:
                text.setFont(font, _CELL_SIZE)
            self._write_row(text, self.rows[index], bottom + height, font, _CELL_SIZE, _CELL_LEADING)
        canvas.drawText(text)


def _table(section: TableData, width: float) -> _ReportRows:
    widths = _column_widths(section, width)
    header = [wrap_lines(title, CONDENSED_BOLD, _HEAD_SIZE, column_width - 2 * _SIDE_PADDING)
              for title, column_width in zip(section.header, widths, strict=True)]
    rows = [[(text if numeric else shortened(text, CONDENSED, _CELL_SIZE, column_width - 2 * _SIDE_PADDING))
             .split("\n") for text, numeric, column_width in zip(row, section.numeric, widths, strict=True)]
            for row in section.rows]
    return _ReportRows(header, rows, section.numeric, widths, section.has_total_row)


def build_report(data: ReportDocumentData, *, paper: str = "A4") -> bytes:
    labels = resolve_labels(REPORT_LABELS, data.labels)
    shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels, title=data.title, paper=paper,
                          landscape=True)
    style = styles()
    width = shell.frame_width
    story: list[Flowable] = [para(data.title, style.title), para(data.subtitle, style.subtitle)]
    story += [para(note, style.body) for note in data.notes]
    for section in data.sections:
        story.append(CondPageBreak(CHART_HEIGHT + 90 if section.chart else 90))
        heading = para(section.title, style.heading)
        if not section.rows:
            story += [heading, para(labels["nothing"], style.small)]
            continue
        chart = section.chart
        if chart is not None and chart.kind == "bar" and len(section.header) <= SIDE_BY_SIDE_COLUMNS:
            table_width = min(width * 0.42, 330.0)
            chart_width = width - table_width - 18
            pair = Table([[_bar_chart(chart, chart_width), _table(section, table_width)]],
                         colWidths=[chart_width + 18, table_width], hAlign="LEFT")
            pair.setStyle(TableStyle([BASE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(KeepTogether([heading, pair]) if len(section.rows) <= KEEP_TOGETHER_ROWS
                         else heading)
            if len(section.rows) > KEEP_TOGETHER_ROWS:
                story += [_bar_chart(chart, width), _table(section, width)]
            continue
        table = _table(section, width)
        short = len(section.rows) <= KEEP_TOGETHER_ROWS
        if chart is not None:
            drawing = (_heat_map if chart.kind == "heat" else _bar_chart)(chart, width)
            story += [KeepTogether([heading, drawing, Spacer(1, 8)]), KeepTogether([table]) if short else table]
        else:
            # A short table goes with its heading: the heading never stays alone at a page's foot.
            story += [KeepTogether([heading, table])] if short else [heading, table]
    return shell.build(story)

