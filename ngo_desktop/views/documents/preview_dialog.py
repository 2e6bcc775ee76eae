"""A printed document's preview inside the program: pages, zoom, Print, Save as PDF, Open in a viewer.

The PDF bytes are loaded into QPdfDocument through a QBuffer (no temporary file needed to look at
it). Print… opens the system's print dialog and hands the PDF itself to the chosen printer where the
system takes PDF (see ``print_job``). ``on_output`` is told "print" or "save" when the document
was printed or saved, so the register can note each separately from the preview.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.outputs import OutputRefused, write_output
from ngo_desktop.views.documents.print_job import PrintFailed, print_pdf

ZOOM_STEP = 1.25


class PreviewDialog(QDialog):
    """Shows ``pdf`` (bytes). ``_buffer`` must outlive the document, which reads from it lazily."""

    def __init__(self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None,
                 on_output: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self._on_output = on_output
        self.setWindowTitle(title)
        self.resize(900, 640)  # fits a 1024×768 screen with its title and task bars
        self.pdf = pdf
        self.file_name = file_name
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(1, self.document.pageCount()))
        self.page_box.valueChanged.connect(self._go_to_page)
        self.page_count_label = QLabel(self.tr("of %1").replace("%1", str(self.document.pageCount())))
        previous_button = QPushButton(self.tr("◀ Previous"))
        previous_button.clicked.connect(lambda: self.page_box.setValue(self.page_box.value() - 1))
        next_button = QPushButton(self.tr("Next ▶"))
        next_button.clicked.connect(lambda: self.page_box.setValue(self.page_box.value() + 1))
        zoom_out = QPushButton(self.tr("Zoom out"))
        zoom_out.clicked.connect(lambda: self.set_zoom(self.view.zoomFactor() / ZOOM_STEP))
        zoom_in = QPushButton(self.tr("Zoom in"))
        zoom_in.clicked.connect(lambda: self.set_zoom(self.view.zoomFactor() * ZOOM_STEP))
        fit = QPushButton(self.tr("Fit page"))
        fit.clicked.connect(self.fit_page)
        self.view.pageNavigator().currentPageChanged.connect(lambda page: self.page_box.setValue(page + 1))

        navigation = QHBoxLayout()
        navigation.addWidget(QLabel(self.tr("Page")))
        for widget in (self.page_box, self.page_count_label, previous_button, next_button):
            navigation.addWidget(widget)
        navigation.addStretch(1)
        for widget in (zoom_out, zoom_in, fit):
            navigation.addWidget(widget)

        print_button = QPushButton(self.tr("Print…"))
        print_button.setDefault(True)
        print_button.clicked.connect(self.print_document)
        save_button = QPushButton(self.tr("Save as PDF…"))
        save_button.clicked.connect(self.save_as)
        open_button = QPushButton(self.tr("Open in PDF viewer"))
        open_button.clicked.connect(self.open_externally)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.accept)
        actions = QHBoxLayout()
        for widget in (print_button, save_button, open_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)

    def page_count(self) -> int:
        return self.document.pageCount()

    def _go_to_page(self, number: int) -> None:
        self.view.pageNavigator().jump(number - 1, QPointF(), self.view.pageNavigator().currentZoom())

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(8.0, max(0.1, factor)))

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def save_as(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), str(Path(folder) / self.file_name),
                                                      self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        # The dialog asked before replacing the file it returned, not one with ".pdf" added.
        confirmed = path.suffix.lower() == ".pdf"
        if not confirmed:
            path = path.with_suffix(".pdf")
        try:
            write_output(path, self.pdf, force=confirmed)
        except OutputRefused as refused:
            QMessageBox.warning(self, self.tr("Not saved"), str(refused))
            return None
        except OSError as error:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("The file could not be written: %1")
                                .replace("%1", error.strerror or str(error)))
            return None
        if self._on_output is not None:
            self._on_output("save")
        return path

    def open_externally(self) -> Path:
        """Write a temporary copy and hand it to the system's PDF viewer."""
        folder = Path(tempfile.mkdtemp(prefix="ngo-desktop-"))
        path = write_output(folder / self.file_name, self.pdf)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self, self.tr("No PDF viewer"), self.tr(
                "No program to open PDF files was found. The document was saved as %1.").replace("%1", str(path)))
        return path

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Send the document to ``printer`` as chosen in the dialog; a failure is told, not raised."""
        try:
            print_pdf(self.pdf, self.document, printer, self.windowTitle())
        except PrintFailed as error:
            reason = str(error) or self.tr("The printer could not be started.")
            QMessageBox.warning(self, self.tr("Not printed"), self.tr("The document was not printed: %1")
                                .replace("%1", reason))
            return False
        if self._on_output is not None:
            self._on_output("print")
        return True
