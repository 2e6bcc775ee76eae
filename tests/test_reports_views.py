"""The Reports section: filters, charts with the table's numbers, export through the operations layer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries, QChartView
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView

from ngo_desktop.database.core import Database
from ngo_desktop.services.reports.presentation import cell_number
from ngo_desktop.views.reports.section import MONTH, ReportsSection
from ngo_desktop.views.reports.table_model import ReportTableModel
from ngo_desktop.views.sections import SECTIONS, Section
from tests.conftest import built_once
from tests.reports_fixtures import ReportData, build_report_data


@pytest.fixture
def data(database: Database) -> ReportData:
    return built_once(database, build_report_data)


def _march_room_use(qtbot, database: Database, wait_for_operations) -> ReportsSection:  # type: ignore[no-untyped-def]
    section = ReportsSection(database)
    qtbot.addWidget(section)
    section.year.setValue(2026)
    section.month.setCurrentIndex(2)
    section.period_kind.setCurrentIndex(MONTH)
    qtbot.waitUntil(lambda: section.view is not None and "01.03.2026–31.03.2026" in section.view.subtitle,
                    timeout=10_000)
    wait_for_operations()
    return section


def test_reports_is_the_sixth_section_and_keeps_the_protocol(qtbot, database: Database, wait_for_operations) -> None:
    assert [info.key for info in SECTIONS].index("reports") == 5  # Ctrl+6
    section = ReportsSection(database)
    qtbot.addWidget(section)
    wait_for_operations()
    assert isinstance(section, Section)
    assert not section.has_unsaved_edits() and "booking" in section.watched_kinds
    assert section.pages.currentWidget() is section.empty  # an empty database has nothing to report


def test_room_use_on_screen_has_the_hand_worked_figures(qtbot, database: Database, data: ReportData,
                                                        wait_for_operations, qtmodeltester) -> None:
    section = _march_room_use(qtbot, database, wait_for_operations)
    assert section.title.text() == "Telpu noslodze"
    rooms_page = section.page(2)
    model = rooms_page.model()
    assert isinstance(model, ReportTableModel)
    qtmodeltester.check(model)
    hall = next(row for row in range(model.rowCount()) if model.index(row, 1).data() == "Lielā zāle")
    assert [model.index(hall, column).data() for column in range(2, 6)] == ["434,0", "6,5", "1,5 %", "3"]
    assert "Lektors saslima" in [section.page(5).model().index(row, 0).data()
                                 for row in range(section.page(5).model().rowCount())]


def test_the_chart_shows_the_numbers_of_the_table_beneath(qtbot, database: Database, data: ReportData,
                                                           wait_for_operations) -> None:
    section = _march_room_use(qtbot, database, wait_for_operations)
    page = section.page(0)
    [chart_view] = page.findChildren(QChartView)
    [series] = [series for series in chart_view.chart().series() if isinstance(series, QBarSeries)]
    assert series.isLabelsVisible()
    table_section = section.view.sections[0]
    [bar_set] = series.barSets()
    assert [bar_set.at(index) for index in range(bar_set.count())] == [
        cell_number(row[3]) for row in table_section.rows[:-1]]
    assert bar_set.at(0) == 0.8  # (390 + 0) / (26 040 + 20 400) minutes = 0,84 % → 0,8


def test_filters_change_what_is_shown(qtbot, database: Database, data: ReportData, wait_for_operations) -> None:
    section = _march_room_use(qtbot, database, wait_for_operations)
    section.report_choice.setCurrentIndex(1)  # support in kind
    qtbot.waitUntil(lambda: section.view is not None and section.view.title == "Atbalsts natūrā", timeout=10_000)
    organisations = section.page(2).model()
    names = [organisations.index(row, 0).data() for row in range(organisations.rowCount())]
    assert 'Biedrība "Alūksnes pensionāri"' in names and 'SIA "Čiekuriņš"' not in names
    section.kind.setCurrentIndex(section.kind.findData("entrepreneur"))
    qtbot.waitUntil(lambda: "uzņēmēj" in section.view.subtitle, timeout=10_000)
    wait_for_operations()
    tenants = section.page(2).model()
    assert [tenants.index(row, 0).data() for row in range(tenants.rowCount())] == [
        "Ērikas nagu studija", 'IK "Līgas kosmētika"']  # the pop-up tenants; no entrepreneur booked a room
    section.kind.setCurrentIndex(section.kind.findData("municipal"))
    qtbot.waitUntil(lambda: section.pages.currentWidget() is section.empty, timeout=10_000)


def test_export_pdf_writes_the_file_off_the_gui_thread(qtbot, database: Database, data: ReportData,
                                                       wait_for_operations, tmp_path: Path, monkeypatch) -> None:
    section = _march_room_use(qtbot, database, wait_for_operations)
    target = tmp_path / "noslodze"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    section.export_pdf.click()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    written = tmp_path / "noslodze.pdf"
    assert written.read_bytes().startswith(b"%PDF") and str(written) in told[0]



def test_refresh_brings_new_sites_and_keeps_the_chosen_tab(qtbot, database: Database, data: ReportData,
                                                            wait_for_operations) -> None:
    from ngo_desktop.database.changes import Changes
    from ngo_desktop.services.bookings.rooms import SiteInput, create_site

    section = _march_room_use(qtbot, database, wait_for_operations)
    section.tabs.setCurrentIndex(2)
    create_site(database, SiteInput(name="Tirgus iela 3", address="Tirgus iela 3, Alūksne"))
    section.refresh(Changes.everything())
    qtbot.waitUntil(lambda: section.site.findText("Tirgus iela 3") > 0, timeout=10_000)
    wait_for_operations()
    assert section.tabs.currentIndex() == 2
    assert [section.site.itemText(index) for index in range(section.site.count())] == [
        "Visas filiāles", "Pils iela 14", "Tirgus iela 3"]


def test_a_tab_is_made_when_first_shown(qtbot, database: Database, data: ReportData, wait_for_operations) -> None:
    # Making every tab's table and chart at once stalled the window 40-50 ms (issue #11).
    section = _march_room_use(qtbot, database, wait_for_operations)
    shown = section.tabs.currentIndex()
    made = [index for index in range(section.tabs.count()) if section.tabs.widget(index).layout().count()]
    assert made == [shown]
    other = next(index for index in range(section.tabs.count()) if index != shown)
    section.tabs.setCurrentIndex(other)
    assert section.tabs.widget(other).findChild(QTableView) is not None
