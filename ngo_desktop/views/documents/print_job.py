"""Sending a built PDF to the printer chosen in the system's print dialog, as vector where possible.

Rendering every page to a bitmap at 1200 dpi made a one-page statement a 5.8 MB job taking five
seconds and a four-page directory 36 MB and 1.3 GB of memory. So:

- on Linux and other CUPS systems the PDF file itself goes to ``lp`` (or ``lpr``) with the printer,
  the number of copies and the page range chosen in the dialog: the printer gets the vector pages
  with their embedded fonts, exactly as previewed;
- "Print to file (PDF)" in Qt's dialog writes our PDF as it is;
- elsewhere (Windows) the pages are drawn through QPrinter at the printer's resolution, never above
  600 dpi, which is as sharp as an office printer prints text.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 600


class PrintFailed(Exception):
    """The job could not be handed to the printer; the message says why, in the user's words."""


def page_range(printer: QPrinter, pages: int) -> tuple[int, int]:
    """The first and last page (from 1) the user chose; all pages unless a range was given."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return printer.fromPage(), min(max(printer.toPage(), printer.fromPage()), pages)
    return 1, pages


def spooler() -> str | None:
    """``lp`` or ``lpr`` where CUPS (or another spooler taking PDF) is there; None on Windows."""
    if sys.platform == "win32":
        return None
    return shutil.which("lp") or shutil.which("lpr")


def print_pdf(pdf: bytes, document: QPdfDocument, printer: QPrinter, title: str) -> str:
    """Print ``pdf`` (already loaded in ``document``) on ``printer``; returns how it was sent:
    "file", "spooler" or "raster". Raises PrintFailed with the reason."""
    first, last = page_range(printer, document.pageCount())
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        _write_file(Path(printer.outputFileName()), pdf)
        return "file"
    command = spooler()
    if command is not None and printer.printerName():
        _spool(command, pdf, printer.printerName(), max(1, printer.copyCount()), first, last,
               document.pageCount(), title)
        return "spooler"
    _raster(document, printer, first, last)
    return "raster"


def _write_file(path: Path, pdf: bytes) -> None:
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(pdf)
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise PrintFailed(error.strerror or str(error)) from error


def _spool(command: str, pdf: bytes, printer_name: str, copies: int, first: int, last: int, pages: int,
           title: str) -> None:
    # The file is private (it may hold personal data) and removed once the spooler has its copy.
    handle, name = tempfile.mkstemp(prefix="ngo-desktop-", suffix=".pdf")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(pdf)
        if Path(command).name == "lp":
            arguments = [command, "-d", printer_name, "-n", str(copies), "-t", title]
            if (first, last) != (1, pages):
                arguments += ["-P", f"{first}-{last}"]
        else:
            arguments = [command, "-P", printer_name, f"-#{copies}", "-T", title]
        try:
            result = subprocess.run([*arguments, name], capture_output=True, text=True, timeout=60, check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise PrintFailed(str(error)) from error
        if result.returncode != 0:
            raise PrintFailed((result.stderr or result.stdout).strip() or f"{Path(command).name}: {result.returncode}")
    finally:
        Path(name).unlink(missing_ok=True)


def _raster(document: QPdfDocument, printer: QPrinter, first: int, last: int) -> None:
    """Each chosen page drawn at the printer's resolution (at most 600 dpi), fitted to the printable area."""
    printer.setResolution(min(printer.resolution(), MAX_DPI))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("")
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(first - 1, last):
            if index > first - 1:
                printer.newPage()
            points = document.pagePointSize(index)
            scale = min(area.width() / points.width(), area.height() / points.height())
            image = document.render(index, QSize(int(points.width() * scale), int(points.height() * scale)))
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
