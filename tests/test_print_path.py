"""The print path: the PDF itself goes to the printer (the spooler on CUPS, the file for "print to
PDF"), never a 1200-dpi bitmap; elsewhere the raster path stays at or under 600 dpi; and the register
tells previews, prints and saves apart."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from ngo_desktop.services.printing.register import DocumentRequest, list_printed
from ngo_desktop.views.documents import print_job
from ngo_desktop.views.documents.register_model import RegisterModel
from ngo_desktop.views.documents.section import DocumentsSection
from tests.printing_fixtures import PrintingData


def _preview(qtbot, database, printing_data: PrintingData):  # type: ignore[no-untyped-def]
    from ngo_desktop.views.operations import is_idle

    section = DocumentsSection(database)
    qtbot.addWidget(section)
    section.make(DocumentRequest("booking-sheet", booking_id=printing_data.single_booking_id))
    qtbot.waitUntil(lambda: section.last_preview is not None and is_idle(), timeout=10_000)
    preview = section.last_preview
    qtbot.addWidget(preview)
    return section, preview


def test_print_to_a_pdf_file_writes_the_document_itself(qtbot, database, printing_data: PrintingData,
                                                        tmp_path: Path) -> None:
    section, preview = _preview(qtbot, database, printing_data)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    assert preview.print_to(printer)
    assert (tmp_path / "out.pdf").read_bytes() == preview.pdf  # vector, byte for byte


def test_preview_print_and_save_are_registered_separately(qtbot, database, printing_data: PrintingData,
                                                          tmp_path: Path, monkeypatch) -> None:
    section, preview = _preview(qtbot, database, printing_data)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    preview.print_to(printer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "lapa.pdf"), "PDF"))
    preview.save_as()
    qtbot.waitUntil(lambda: len(list_printed(database)) == 3, timeout=5000)  # noted in the register off the GUI thread
    assert [record.action for record in list_printed(database)] == ["save", "print", "preview"]
    model = RegisterModel(database)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.reload()
    assert [model.data(model.index(row, 5)) for row in range(3)] == ["Saglabāts PDF", "Izdrukāts", "Apskatīts"]


def test_the_raster_path_never_goes_above_600_dpi(qtbot, database, printing_data: PrintingData,
                                                  tmp_path: Path) -> None:
    _section, preview = _preview(qtbot, database, printing_data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "raster.pdf"))
    printer.setResolution(1200)
    print_job._raster(preview.document, printer, 1, preview.page_count())  # the Windows path
    assert printer.resolution() == print_job.MAX_DPI
    assert (tmp_path / "raster.pdf").stat().st_size > 0


def _cups_pdf_printer() -> str | None:
    if shutil.which("lpstat") is None:
        return None
    result = subprocess.run(["lpstat", "-v"], capture_output=True, text=True, check=False)
    for line in result.stdout.splitlines():
        if "cups-pdf:" in line:
            return line.split()[2].rstrip(":")
    return None


@pytest.mark.skipif(_cups_pdf_printer() is None, reason="no CUPS-PDF printer on this machine")
def test_a_cups_printer_gets_the_pdf_through_the_spooler(qtbot, database, printing_data: PrintingData) -> None:
    _section, preview = _preview(qtbot, database, printing_data)
    printer = QPrinter()
    printer.setPrinterName(_cups_pdf_printer() or "")
    printer.setCopyCount(1)
    output = Path.home() / "PDF"
    before = set(output.glob("*.pdf")) if output.exists() else set()
    assert print_job.print_pdf(preview.pdf, preview.document, printer, "Rezervācijas lapa") == "spooler"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not (set(output.glob("*.pdf")) - before if output.exists() else set()):
        time.sleep(0.2)
    made = (set(output.glob("*.pdf")) - before) if output.exists() else set()
    assert made, "CUPS-PDF wrote the job"
    for path in made:
        path.unlink()
