"""The premises section's files: PDF documents in the preview, CSV/XLSX exports saved with a file dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ngo_desktop.database.core import Database
from ngo_desktop.views.operations import Operation
from ngo_desktop.vocabulary import month_after_for

if TYPE_CHECKING:
    from ngo_desktop.views.documents.preview_dialog import PreviewDialog


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def _ask_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(_documents_folder()) / suggested), filters)
    return Path(path) if path else None


def _write(parent: QWidget, database: Database, path: Path, make: Callable[[Database], object],
           done: Callable[[Path], None] | None = None) -> Operation[object]:
    """Make the file on the long-work thread, with a progress dialog if it takes a while."""
    operation = Operation(parent, database, lambda db, _progress: make(db)) \
        .with_progress(QCoreApplication.translate("PremisesFiles", "Writing %1…").replace("%1", path.name),
                       cancellable=False) \
        .refusal_title(QCoreApplication.translate("PremisesFiles", "Not saved"))
    if done is not None:
        operation.success(lambda _result: done(path))
    return operation.run()


def preview_summary_pdf(parent: QWidget, database: Database, tenancy_id: int,
                        shown: Callable[[PreviewDialog], None] | None = None) -> Operation[bytes]:
    """The tenancy agreement summary in the program's preview (print, save as PDF, open)."""
    from ngo_desktop.services.premises.documents import tenancy_summary_pdf

    return _preview(parent, database, lambda db: tenancy_summary_pdf(db, tenancy_id=tenancy_id),
                    QCoreApplication.translate("PremisesFiles", "Tenancy agreement summary"),
                    f"ires-kopsavilkums-{tenancy_id}.pdf", shown)


def preview_statement_pdf(parent: QWidget, database: Database, tenancy_id: int, month: dt.date,
                          shown: Callable[[PreviewDialog], None] | None = None) -> Operation[bytes]:
    """The month's statement for one tenant in the program's preview."""
    from ngo_desktop.services.premises.documents import monthly_statement_pdf

    return _preview(parent, database, lambda db: monthly_statement_pdf(db, tenancy_id=tenancy_id, month=month),
                    QCoreApplication.translate("PremisesFiles", "Monthly statement for {month}").format(
                        month=month_after_for(month)),
                    f"rekins-{month:%Y-%m}-{tenancy_id}.pdf", shown)


def _preview(parent: QWidget, database: Database, build: Callable[[Database], bytes], title: str, file_name: str,
             shown: Callable[[PreviewDialog], None] | None) -> Operation[bytes]:
    def show(pdf: bytes) -> None:
        from ngo_desktop.views.documents.preview_dialog import PreviewDialog

        dialog = PreviewDialog(pdf, title, file_name, parent)
        dialog.open()
        if shown is not None:
            shown(dialog)

    return Operation(parent, database, lambda db, _progress: build(db)) \
        .with_progress(QCoreApplication.translate("PremisesFiles", "Preparing the document…"), cancellable=False) \
        .refusal_title(QCoreApplication.translate("PremisesFiles", "Cannot print")) \
        .success(show).run()


def _spreadsheet_path(parent: QWidget, title: str, suggested: str) -> tuple[Path, bool] | None:
    """The chosen file, and whether the dialog confirmed replacing it (not so after adding an ending)."""
    path = _ask_path(parent, title, suggested, QCoreApplication.translate(
        "PremisesFiles", "Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)"))
    if path is None:
        return None
    if path.suffix.lower() not in (".csv", ".xlsx"):
        return path.with_suffix(".xlsx"), False
    return path, True


def export_tenancies_file(parent: QWidget, database: Database,
                          done: Callable[[Path], None] | None = None) -> Operation[object] | None:
    chosen = _spreadsheet_path(parent, QCoreApplication.translate("PremisesFiles", "Export tenancies"),
                               "pop-up-ires-ligumi.xlsx")
    if chosen is None:
        return None
    from ngo_desktop.services.premises.exporting import export_tenancies

    path, confirmed = chosen
    return _write(parent, database, path, lambda db: export_tenancies(db, path, force=confirmed), done)


def export_support_file(parent: QWidget, database: Database, year: int,
                        done: Callable[[Path], None] | None = None) -> Operation[object] | None:
    chosen = _spreadsheet_path(parent, QCoreApplication.translate("PremisesFiles", "Export the support given"),
                               f"pasvaldibas-atbalsts-{year}.xlsx")
    if chosen is None:
        return None
    from ngo_desktop.services.premises.exporting import export_support

    path, confirmed = chosen
    return _write(parent, database, path, lambda db: export_support(db, path, year=year, force=confirmed), done)
