"""The print command's exit codes and files, and the Documents section with its preview dialog."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from ngo_desktop.cli import run_command_line
from ngo_desktop.services.printing.register import DocumentRequest, list_printed
from ngo_desktop.views.documents.preview_dialog import PreviewDialog
from ngo_desktop.views.documents.section import DocumentsSection
from ngo_desktop.views.operations import ChangeRelay
from tests.printing_fixtures import SINGLE_TITLE, PrintingData


def database_file(database) -> str:  # type: ignore[no-untyped-def]
    return database.url


def opened_section(qtbot, database, wait_for_operations) -> DocumentsSection:  # type: ignore[no-untyped-def]
    """The section as the main window keeps it: refreshed by the database's change announcements."""
    section = DocumentsSection(database)
    qtbot.addWidget(section)
    relay = ChangeRelay(database, section)
    relay.changed.connect(section.refresh)
    wait_for_operations()
    return section


def made(qtbot, section: DocumentsSection, wait_for_operations) -> PreviewDialog:  # type: ignore[no-untyped-def]
    """The preview of the document just asked for, once it is built."""
    before = section.last_preview
    qtbot.waitUntil(lambda: section.last_preview is not before, timeout=20_000)
    wait_for_operations()
    assert section.last_preview is not None
    qtbot.addWidget(section.last_preview)
    return section.last_preview


def test_print_door_sign_writes_the_pdf_and_exits_zero(database, printing_data: PrintingData, tmp_path: Path,
                                                       capsys) -> None:
    output = tmp_path / "zime.pdf"
    code = run_command_line(["--database", database_file(database), "print", "door-sign", "--room", "Lielā zāle",
                             "--date", "02.03.2026", "--paper", "Letter", "-o", str(output)])
    assert code == 0
    reader = PdfReader(io.BytesIO(output.read_bytes()))
    assert SINGLE_TITLE in " ".join(reader.pages[0].extract_text().split())
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "zime.pdf" in capsys.readouterr().out


@pytest.mark.parametrize("arguments", [
    ["booking-sheet", "--booking", "999"],
    ["door-sign", "--room", "Nav tādas"],
    ["week-schedule", "--site", "Rīgas iela 1"],
    ["flyer", "--fair", "Nezināms tirdziņš"],
    ["stall-plan", "--fair", "1", "--date", "01.01.2026"],
])
def test_print_refuses_a_missing_selection_with_exit_one(database, printing_data: PrintingData, tmp_path: Path,
                                                          capsys, arguments: list[str]) -> None:
    output = tmp_path / "x.pdf"
    code = run_command_line(["--database", database_file(database), "print", *arguments, "-o", str(output)])
    assert code == 1
    assert not output.exists()
    assert capsys.readouterr().err.strip()


def test_print_usage_errors_exit_two(database, tmp_path: Path) -> None:
    base = ["--database", database_file(database), "print"]
    assert run_command_line([*base, "door-sign", "-o", str(tmp_path / "x.pdf")]) == 2  # --room missing
    assert run_command_line([*base, "directory", "--paper", "A3", "-o", str(tmp_path / "x.pdf")]) == 2


def test_print_flyer_a5_and_week_schedule_from_the_command_line(database, printing_data: PrintingData,
                                                                 tmp_path: Path) -> None:
    flyer = tmp_path / "afisa.pdf"
    assert run_command_line(["--database", database_file(database), "print", "flyer", "--fair", "1", "--size", "A5",
                             "-o", str(flyer)]) == 0
    assert round(float(PdfReader(flyer).pages[0].mediabox.width)) == 420
    schedule = tmp_path / "grafiks.pdf"
    assert run_command_line(["--database", database_file(database), "print", "week-schedule", "--site", "1",
                             "--week", "2026-W10", "-o", str(schedule)]) == 0
    page = PdfReader(schedule).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)


def test_section_shows_the_empty_state_then_the_register(qtbot, qtmodeltester, database,
                                                         printing_data: PrintingData, wait_for_operations) -> None:
    section = opened_section(qtbot, database, wait_for_operations)
    assert section.stack.currentWidget() is section.empty
    section.make(DocumentRequest("booking-sheet", booking_id=printing_data.single_booking_id))
    made(qtbot, section, wait_for_operations)
    assert section.stack.currentWidget() is not section.empty
    assert section.model.rowCount() == 1
    assert section.model.data(section.model.index(0, 1)) == "Rezervācijas lapa"
    qtmodeltester.check(section.model)


def test_the_register_pages_and_a_refresh_keeps_the_chosen_document(qtbot, qtmodeltester, database,
                                                                    printing_data: PrintingData, monkeypatch,
                                                                    wait_for_operations) -> None:
    from ngo_desktop.services.printing.register import make_document
    from ngo_desktop.views.documents import register_model

    monkeypatch.setattr(register_model, "PAGE_SIZE", 4)  # pages of four, so a few documents make two pages
    for _ in range(register_model.PAGE_SIZE + 5):
        make_document(database, DocumentRequest("booking-sheet", booking_id=printing_data.single_booking_id))
    section = opened_section(qtbot, database, wait_for_operations)
    section.model.new_list()  # one page from the top, whatever refresh came before
    wait_for_operations()
    assert section.model.total == register_model.PAGE_SIZE + 5
    assert section.model.rowCount() == register_model.PAGE_SIZE and section.model.canFetchMore()
    section.model.fetchMore()
    wait_for_operations()
    assert section.model.rowCount() == register_model.PAGE_SIZE + 5 and not section.model.canFetchMore()
    qtmodeltester.check(section.model)
    section.table.selectRow(3)
    chosen = section.model.row_at(3).id
    make_document(database, DocumentRequest("directory"))  # printed at another desk: the newest comes first
    wait_for_operations()
    selected = section.table.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [4] and section.model.row_at(4).id == chosen


def test_panel_makes_a_week_door_sign_and_the_register_makes_it_again(qtbot, database, printing_data: PrintingData,
                                                                      wait_for_operations) -> None:
    section = opened_section(qtbot, database, wait_for_operations)
    section.panel.set_kind("door-sign")
    assert section.panel.room_box.isVisibleTo(section.panel) or not section.isVisible()
    section.panel.day_edit.setDate(dt.date(2026, 3, 4))
    section.panel.whole_week.setChecked(True)
    request = section.panel.request()
    assert request.room_id == printing_data.hall_id and request.week == "2026-W10" and request.day is None
    section.panel.make_button.click()
    made(qtbot, section, wait_for_operations)
    assert list_printed(database)[0].parameters["week"] == "2026-W10"
    section.reopen(0)
    again = made(qtbot, section, wait_for_operations)
    assert len(list_printed(database)) == 2
    assert again.page_count() >= 1


def test_preview_shows_pages_zooms_and_saves_a_valid_pdf(qtbot, database, printing_data: PrintingData,
                                                         tmp_path: Path, monkeypatch, wait_for_operations) -> None:
    section = opened_section(qtbot, database, wait_for_operations)
    section.make(DocumentRequest("directory"))
    preview = made(qtbot, section, wait_for_operations)
    assert preview.page_count() >= 1
    assert preview.page_count_label.text() == f"no {preview.page_count()}"
    preview.set_zoom(1.0)
    before = preview.view.zoomFactor()
    preview.findChild(type(preview.view)).setZoomFactor(before)  # the view the buttons act on
    [button for button in preview.findChildren(type(section.reopen_button)) if button.text() == "Tuvināt"][0].click()
    assert preview.view.zoomFactor() == pytest.approx(before * 1.25)
    target = tmp_path / "katalogs"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF"))
    saved = preview.save_as()
    assert saved == target.with_suffix(".pdf")
    reader = PdfReader(saved)
    assert "Kultūra" in reader.pages[0].extract_text()
