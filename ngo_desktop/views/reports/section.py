"""The Reports section: choose the report, period, site and kind of organisation; see it as charts
with the tables beneath them; export it as PDF or XLSX.

Everything is worked out off the GUI thread (``build_view`` in an Operation); the screen, the PDF and
the spreadsheet are made from the same laid-out view, so they show the same numbers.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import Database
from ngo_desktop.i18n import translate
from ngo_desktop.models import OrganisationKind
from ngo_desktop.services.bookings.rooms import list_sites
from ngo_desktop.services.organisations.labels import label as organisation_label
from ngo_desktop.services.reports.period import Period, ReportFilter
from ngo_desktop.services.reports.presentation import REPORT_TITLES, REPORTS, ReportView, build_view
from ngo_desktop.timeutil import today_local
from ngo_desktop.views.date_input import DateEdit
from ngo_desktop.views.empty_state import EmptyState
from ngo_desktop.views.operations import TYPING_PAUSE_MS, LatestOnly, Operation
from ngo_desktop.views.reports.chart import bar_chart
from ngo_desktop.views.reports.table_model import ReportTableModel

WHOLE_YEAR, QUARTER, MONTH, SPAN = range(4)


class ReportsSection(QWidget):
    """``view`` is the report shown (None before the first answer); ``_latest`` runs the newest request
    only (turning through the months asks for many reports, only the last one matters)."""

    watched_kinds = frozenset({"booking", "room", "site", "opening_hours", "organisation", "fair", "fair_day",
                               "application_day", "vendor_application", "stall_assignment", "stall_price",
                               "tenancy", "tenancy_payment", "premises"})

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.view: ReportView | None = None
        self._latest = LatestOnly(self, database, delay_ms=TYPING_PAUSE_MS)

        self.report_choice = QComboBox()
        for name in REPORTS:
            self.report_choice.addItem(translate("Reports", REPORT_TITLES[name]), name)
        today = today_local()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.period_kind = QComboBox()
        self.period_kind.addItems([self.tr("Whole year"), self.tr("Quarter"), self.tr("Month"),
                                   self.tr("From – to")])
        self.quarter = QSpinBox()
        self.quarter.setRange(1, 4)
        self.quarter.setValue((today.month - 1) // 3 + 1)
        self.month = QComboBox()
        for number in range(1, 13):
            self.month.addItem(self.locale().standaloneMonthName(number), number)
        self.month.setCurrentIndex(today.month - 1)
        self.first_day = DateEdit(dt.date(today.year, 1, 1))
        self.last_day = DateEdit(today)
        self.site = QComboBox()
        self.site.addItem(self.tr("All sites"), None)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in OrganisationKind:
            self.kind.addItem(organisation_label(kind), kind.value)
        self.export_pdf = QPushButton(self.tr("Export PDF…"))
        self.export_xlsx = QPushButton(self.tr("Export XLSX…"))
        self.export_pdf.clicked.connect(lambda: self.export(".pdf"))
        self.export_xlsx.clicked.connect(lambda: self.export(".xlsx"))

        filters = QFormLayout()
        filters.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        first_row = QHBoxLayout()
        for widget in (self.report_choice, QLabel(self.tr("Year")), self.year, self.period_kind, self.quarter,
                       self.month, self.first_day, QLabel("–"), self.last_day):
            first_row.addWidget(widget)
        first_row.addStretch(1)
        self._span_dash = first_row.itemAt(7).widget()
        second_row = QHBoxLayout()
        for widget in (QLabel(self.tr("Site")), self.site, QLabel(self.tr("Organisations")), self.kind):
            second_row.addWidget(widget)
        second_row.addStretch(1)
        second_row.addWidget(self.export_pdf)
        second_row.addWidget(self.export_xlsx)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #5C6B75;")
        self.notes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(self._fill_page)
        self.empty = EmptyState(self.tr("Nothing to report for this choice"), self.tr(
            "Nothing was counted in this period for this site and kind of organisation. Choose another "
            "period or filter, or add rooms, bookings, fairs and members first."))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(first_row)
        layout.addLayout(second_row)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.notes)
        layout.addWidget(self.pages, 1)

        self._show_period_fields()
        self.period_kind.currentIndexChanged.connect(self._show_period_fields)
        for combo in (self.report_choice, self.period_kind, self.month, self.site, self.kind):
            combo.currentIndexChanged.connect(self.load)
        for spin in (self.year, self.quarter):
            spin.valueChanged.connect(self.load)
        for editor in (self.first_day, self.last_day):
            editor.dateChanged.connect(self.load)
        self._load_sites()
        # The first report is worked out at once: the pause is for typing, and nobody has typed yet.
        self.load(at_once=True)

    # --- Section protocol ------------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        """Any change to what a report counts: work the shown report out again, keeping the tab; a new
        or renamed site also refreshes the site filter."""
        if changes.touches({"site"}):
            self._load_sites()
        self.load()

    def has_unsaved_edits(self) -> bool:
        return False

    def save_layout(self) -> None:
        """Nothing to remember: the tables size themselves to each report."""

    # --- filters -----------------------------------------------------------------------------------

    def _show_period_fields(self) -> None:
        kind = self.period_kind.currentIndex()
        self.quarter.setVisible(kind == QUARTER)
        self.month.setVisible(kind == MONTH)
        for widget in (self.first_day, self._span_dash, self.last_day):
            widget.setVisible(kind == SPAN)
        self.year.setEnabled(kind != SPAN)

    def _load_sites(self) -> None:
        Operation(self, self._database, lambda db: [(site.id, site.name) for site in list_sites(db)]) \
            .success(self._show_sites).run()

    def _show_sites(self, sites: list[tuple[int, str]]) -> None:
        """The sites in the filter, keeping the chosen one (without asking for a new report)."""
        chosen = self.site.currentData()
        self.site.blockSignals(True)
        while self.site.count() > 1:
            self.site.removeItem(1)
        for site_id, name in sites:
            self.site.addItem(name, site_id)
        self.site.setCurrentIndex(max(0, self.site.findData(chosen)) if chosen is not None else 0)
        self.site.blockSignals(False)

    def report_filter(self) -> ReportFilter | None:
        """The filter the controls describe; None for a span that ends before it starts."""
        kind = self.period_kind.currentIndex()
        year = self.year.value()
        if kind == QUARTER:
            period = Period.quarter(year, self.quarter.value())
        elif kind == MONTH:
            period = Period.month(year, int(self.month.currentData()))
        elif kind == SPAN:
            # While a date is being corrected the report stays on the dates it was made for.
            first, last = self.first_day.shown_value(), self.last_day.shown_value()
            if not isinstance(first, dt.date) or not isinstance(last, dt.date) or last < first:
                return None
            period = Period.span(first, last)
        else:
            period = Period.year(year)
        kind_value = self.kind.currentData()
        return ReportFilter(period, self.site.currentData(),
                            OrganisationKind(kind_value) if kind_value is not None else None)

    def report_name(self) -> str:
        return str(self.report_choice.currentData())

    # --- showing -----------------------------------------------------------------------------------

    def load(self, *, at_once: bool = False) -> None:
        report_filter = self.report_filter()
        if report_filter is None:
            self.subtitle.setText(self.tr("The period ends before it starts: choose an end date on or after "
                                          "the start date."))
            return
        name = self.report_name()
        self._latest.request(lambda db: build_view(db, name, report_filter), self._show, at_once=at_once)

    def _show(self, view: ReportView) -> None:
        current = self.tabs.currentIndex()
        self.view = view
        self.title.setText(view.title)
        self.subtitle.setText(view.subtitle)
        self.notes.setText("\n".join(view.notes))
        # Each tab is an empty holder; its table and chart are made when the tab is first shown.
        # Making all of them at once took 40-50 ms on the GUI thread (a stall while the section is
        # built ahead at start, and at every change of the filters).
        self.tabs.blockSignals(True)
        self.tabs.clear()
        for section in view.sections:
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, section.title)
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self._fill_page(self.tabs.currentIndex())
        self.pages.setCurrentWidget(self.tabs if view.has_data else self.empty)

    def page(self, index: int) -> QWidget:
        """The table (or table and chart) of tab ``index``, made now if it was not shown yet."""
        self._fill_page(index)
        holder = self.tabs.widget(index)
        return holder.layout().itemAt(0).widget()

    def _fill_page(self, index: int) -> None:
        holder = self.tabs.widget(index)
        if self.view is None or holder is None or holder.layout().count():
            return
        holder.layout().addWidget(self._section_page(self.view.sections[index]))

    def _section_page(self, section) -> QWidget:  # type: ignore[no-untyped-def]
        table = QTableView()
        table.setModel(ReportTableModel(section, table))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        # Columns fit their texts; a long table (2,000 organisations) is measured on 100 of its rows
        # rather than left at the default width that cut every name to "biedrība „Alū…".
        table.horizontalHeader().setResizeContentsPrecision(100)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(False)
        chart = bar_chart(section)
        if chart is None:
            return table
        # Horizontal bars (long names) stand beside the table, where the tab's whole height gives each
        # name its line; upright bars (months) sit above it.
        beside = chart.property("horizontal") is True
        splitter = QSplitter(Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical)
        splitter.addWidget(table if beside else chart)
        splitter.addWidget(chart if beside else table)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3 if not beside else 1)
        splitter.setStretchFactor(1, 2 if not beside else 1)
        return splitter

    # --- export ------------------------------------------------------------------------------------

    def export(self, suffix: str) -> None:
        """Ask where, then write the file off the GUI thread with a progress dialog."""
        from ngo_desktop.services.reports.export import write_report

        report_filter = self.report_filter()
        if report_filter is None:
            return
        name = self.report_name()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        title = translate("Reports", REPORT_TITLES[name])
        suggested = Path(folder) / f"{title} {report_filter.period.text()}{suffix}"
        file_filter = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Excel (*.xlsx)")
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Export report"), str(suggested), file_filter)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        # The file dialog has already asked whether to replace an existing file.
        Operation(self, self._database, lambda db, progress: write_report(
            db, name, report_filter, Path(path), force=True, progress=progress.report)) \
            .with_progress(self.tr("Writing the report…"), cancellable=False) \
            .success(lambda _view: QMessageBox.information(self, self.tr("Report exported"),
                                                           self.tr("Written to {file}").format(file=path))) \
            .refusal_title(self.tr("Report not exported")).run()
