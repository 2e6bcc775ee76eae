"""A report written as PDF (ReportLab, vector charts) or XLSX (real numbers, native Excel charts).

Both are made from the same ``ReportView`` the window shows. The file goes through
``outputs.output_path``: written beside the target, renamed into place when complete, an existing
file replaced only with ``force``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from ngo_desktop.database.core import Database
from ngo_desktop.errors import ValidationFailed
from ngo_desktop.i18n import locale as current_locale
from ngo_desktop.i18n import translate
from ngo_desktop.outputs import output_path
from ngo_desktop.services.reports.period import ReportFilter
from ngo_desktop.services.reports.presentation import (
    Cell,
    Hours,
    Money,
    Percent,
    ReportView,
    Section,
    build_view,
    cell_number,
    cell_text,
)
from ngo_desktop.timeutil import format_date, format_time, now_utc, to_local

FORMATS = (".pdf", ".xlsx")
Progress = Callable[[int, int], None]


def check_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationFailed({"path": translate(
            "Reports", "{name}: a report is written as .pdf or .xlsx; give the file one of these endings.").format(
            name=path.name)})
    return suffix


def _is_numeric(cell: Cell) -> bool:
    return isinstance(cell, int | Money | Hours | Percent)


# --- PDF ---------------------------------------------------------------------------------------

def report_pdf(database: Database, view: ReportView, *, now: dt.datetime | None = None) -> bytes:
    from ngo_desktop.documents.data import CentreInfo
    from ngo_desktop.documents.labels import LABEL_CONTEXT, translate_labels
    from ngo_desktop.documents.report import (
        REPORT_LABELS,
        ChartData,
        ReportDocumentData,
        TableData,
        build_report,
    )
    from ngo_desktop.services.centre import get_centre_details

    # Thousands of cells repeat a few hundred texts ("0,00 €"): each is formatted once.
    locale = current_locale()
    texts: dict[Cell, str] = {}

    def text_of(cell: Cell) -> str:
        text = texts.get(cell)
        if text is None:
            text = texts[cell] = cell_text(cell, locale)
        return text

    def chart_of(section: Section) -> ChartData | None:
        chart = section.chart
        if chart is None or not section.rows:
            return None
        rows = section.rows[:-1] if chart.skip_last_row else section.rows
        if not rows:
            return None  # only a totals row: nothing to draw
        if chart.kind == "heat":
            return ChartData("heat", chart.title, section.header[1:],
                             tuple((str(row[0]), tuple(cell_number(cell) for cell in row[1:])) for row in rows),
                             tuple(tuple(text_of(cell) for cell in row[1:]) for row in rows))
        return ChartData("bar", chart.title, tuple(text_of(row[chart.category_column]) for row in rows),
                         tuple((section.header[column], tuple(cell_number(row[column]) for row in rows))
                               for column in chart.value_columns),
                         tuple(tuple(text_of(row[column]) for row in rows) for column in chart.value_columns))

    sections = tuple(
        TableData(section.title, section.header, tuple(tuple(text_of(cell) for cell in row) for row in section.rows),
                  tuple(any(_is_numeric(row[column]) for row in section.rows) for column in range(len(section.header))),
                  section.has_total_row, chart_of(section))
        for section in view.sections if section.in_pdf)
    local = to_local(now or now_utc())
    details = get_centre_details(database)
    centre = CentreInfo(name=details.name or "ngo_desktop", address=details.address, phone=details.phone,
                        email=details.email, website=details.website, logo_png=details.logo_png)
    return build_report(ReportDocumentData(
        centre=centre, printed=f"{format_date(local.date())} {format_time(local)}", title=view.title,
        subtitle=view.subtitle, sections=sections, notes=view.notes,
        labels=translate_labels(REPORT_LABELS, lambda text: translate(LABEL_CONTEXT, text))))


# --- XLSX --------------------------------------------------------------------------------------

MONEY_FORMAT = '#,##0.00 "€"'


def _write_xlsx(view: ReportView, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    summary = workbook.active
    summary.title = translate("Reports", "Report")[:31]
    summary.append([view.title])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append([view.subtitle])
    for note in view.notes:
        summary.append([note])
    summary.column_dimensions["A"].width = 120
    used_names: set[str] = {summary.title}
    bold = Font(bold=True)
    for section in view.sections:
        name = _sheet_name(section.sheet_name or section.title, used_names)
        sheet = workbook.create_sheet(name)
        sheet.append(list(section.header))
        for cell in sheet[1]:
            cell.font = bold
        sheet.freeze_panes = "B2"
        for row in section.rows:
            sheet.append([_value(cell) for cell in row])
        for column in range(len(section.header)):
            formats = {_format(row[column]) for row in section.rows} - {None}
            letter = get_column_letter(column + 1)
            for cell in sheet[letter][1:]:
                cell_format = _format(section.rows[cell.row - 2][column])
                if cell_format:
                    cell.number_format = cell_format
                elif isinstance(cell.value, str):
                    cell.data_type = "s"  # text is never run as a formula
            widest = max([len(section.header[column]), *(len(cell_text(row[column])) for row in section.rows[:500])])
            sheet.column_dimensions[letter].width = min(50, max(8, widest + 2)) if not formats else max(
                12, len(section.header[column]) + 2)
        if section.has_total_row and section.rows:
            for cell in sheet[sheet.max_row]:
                cell.font = bold
        chart = section.chart
        if chart is None or not section.rows:
            continue
        last_row = len(section.rows) + 1 - (1 if chart.skip_last_row else 0)
        if chart.kind == "heat":
            area = f"B2:{get_column_letter(len(section.header))}{last_row}"
            sheet.conditional_formatting.add(area, ColorScaleRule(start_type="min", start_color="F4F7F8",
                                                                  end_type="max", end_color="0B6E74"))
            continue
        bars = BarChart()
        bars.type = "col"
        bars.title = chart.title
        bars.height, bars.width = 9, max(16, min(32, 1.4 * (last_row - 1) * len(chart.value_columns)))
        for column in chart.value_columns:
            bars.add_data(Reference(sheet, min_col=column + 1, min_row=1, max_row=last_row), titles_from_data=True)
        bars.set_categories(Reference(sheet, min_col=chart.category_column + 1, min_row=2, max_row=last_row))
        if len(chart.value_columns) == 1:
            bars.legend = None
        sheet.add_chart(bars, f"{get_column_letter(len(section.header) + 2)}2")
    workbook.save(path)


def _sheet_name(name: str, used: set[str]) -> str:
    """A valid, unique tab name: at most 31 characters, none of []:*?/\\ ."""
    clean = "".join(" " if char in "[]:*?/\\" else char for char in name)[:31].strip() or "1"
    candidate, number = clean, 2
    while candidate in used:
        suffix = f" ({number})"
        candidate, number = clean[:31 - len(suffix)] + suffix, number + 1
    used.add(candidate)
    return candidate


def _value(cell: Cell) -> object:
    if isinstance(cell, Money):
        return cell.cents / 100
    if isinstance(cell, Hours):
        return cell.hours
    if isinstance(cell, Percent):
        return None if cell.value is None else cell.value / 100
    return cell


def _format(cell: Cell) -> str | None:
    if isinstance(cell, Money):
        return MONEY_FORMAT
    if isinstance(cell, Hours):
        return "0.0"
    if isinstance(cell, Percent):
        return "0.0%"
    if isinstance(cell, dt.date):
        return "DD.MM.YYYY"
    return None


# --- the whole job -----------------------------------------------------------------------------

def write_report(database: Database, name: str, report_filter: ReportFilter, path: Path, *, force: bool = False,
                 progress: Progress | None = None, now: dt.datetime | None = None) -> ReportView:
    """Work out report ``name`` and write it to ``path`` (.pdf or .xlsx); returns what was written."""
    path = Path(path).expanduser()
    suffix = check_format(path)
    report = progress or (lambda _done, _total: None)
    report(0, 3)
    view = build_view(database, name, report_filter)
    report(1, 3)
    with output_path(path, force=force) as temporary:
        if suffix == ".pdf":
            temporary.write_bytes(report_pdf(database, view, now=now))
        else:
            _write_xlsx(view, temporary)
        report(2, 3)
    report(3, 3)
    return view
