"""A report table's bar chart with Qt's own charts: the same numbers as the table beneath it.

Values are written on the bars and the axis in the program's language (decimal comma in Latvian),
with a legend when there is more than one series.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPainter

from ngo_desktop.i18n import locale as current_locale
from ngo_desktop.services.reports.presentation import Section, cell_number, cell_text

COLOURS = ("#0B6E74", "#F2A33A", "#6C8EBF", "#9A6FB0", "#7A9A3A")
MOST_LABELLED_BARS = 26  # more values than this on the bars would overlap
LONGEST_UPRIGHT_NAME = 16


def bar_chart(section: Section) -> QChartView | None:
    """The section's bar chart, or None when it has none (or no rows)."""
    spec = section.chart
    if spec is None or spec.kind != "bar" or not section.rows:
        return None
    rows = section.rows[:-1] if spec.skip_last_row else section.rows
    if not rows:
        return None  # only a totals row: nothing to draw
    # Long names (fairs, rooms) read better beside horizontal bars than cut short under upright ones.
    horizontal = max(len(cell_text(row[spec.category_column])) for row in rows) > LONGEST_UPRIGHT_NAME
    if horizontal:
        rows = tuple(reversed(rows))  # Qt draws the first category at the bottom; the table's first row is on top
    names = [cell_text(row[spec.category_column]) for row in rows]
    series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    highest = 0.0
    for index, column in enumerate(spec.value_columns):
        bar_set = QBarSet(section.header[column])
        bar_set.setColor(QColor(COLOURS[index % len(COLOURS)]))
        bar_set.setLabelColor(QColor("#1E2A32"))
        for row in rows:
            value = cell_number(row[column])
            highest = max(highest, value)
            bar_set.append(value)
        series.append(bar_set)
    labelled = len(rows) * len(spec.value_columns) <= MOST_LABELLED_BARS
    series.setLabelsVisible(labelled)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(6)

    chart = QChart()
    chart.setLocale(current_locale())
    chart.setLocalizeNumbers(True)
    chart.addSeries(series)
    chart.setTitle(spec.title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    years = {name.rsplit(" ", 1)[-1] for name in names}
    if not horizontal and len(years) == 1 and next(iter(years)).isdigit() and all(" " in name for name in names):
        # Months of one year: the year once in the title and the short month names ("sept."), so each
        # fits under its bar even with four bars a month.
        locale = current_locale()
        short = {locale.standaloneMonthName(month, QLocale.FormatType.LongFormat):
                 locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat) for month in range(1, 13)}
        names = [short.get(name.rsplit(" ", 1)[0], name.rsplit(" ", 1)[0]) for name in names]
        chart.setTitle(f"{spec.title} ({next(iter(years))})")
    categories = QBarCategoryAxis()
    categories.append([_short(name) for name in names])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    values = QValueAxis()
    values.setRange(0, highest * 1.15 if highest else 1)
    values.setLabelFormat("%.0f")
    values.applyNiceNumbers()
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
    chart.legend().setVisible(len(spec.value_columns) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(200)
    view.setMinimumWidth(360)
    view.setProperty("horizontal", horizontal)
    return view


def _short(text: str) -> str:
    """A category name short enough to sit beside its bar ("Ziemassvētku labdarības tirdziņš" stays whole)."""
    return text if len(text) <= 34 else text[:32].rstrip() + "…"
