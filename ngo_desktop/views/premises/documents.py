"""The premises section's files: PDF documents in the preview, CSV/XLSX exports saved with a file dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ngo_desktop.db import Database
from ngo_desktop.services.errors import DomainError
from ngo_desktop.views.background import Cancelled, run_with_progress

if TYPE_CHECKING:
    from ngo_desktop.views.documents.preview_dialog import PreviewDialog


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def _ask_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(_documents_folder()) / suggested), filters)
    return Path(path) if path else None


def _write(parent: QWidget, path: Path, make: object) -> bool:
    """Make the file off the GUI thread; report a refusal in a message box."""
    try:
        run_with_progress(parent, QCoreApplication.translate("PremisesFiles", "Writing %1…").replace("%1", path.name),
                          lambda _report, _cancelled: make())  # type: ignore[operator]
    except Cancelled:
        return False
    except (DomainError, OSError) as error:
        QMessageBox.warning(parent, QCoreApplication.translate("PremisesFiles", "Not saved"), str(error))
        return False
    return True


def preview_summary_pdf(parent: QWidget, database: Database, tenancy_id: int) -> PreviewDialog | None:
    """The tenancy agreement summary in the program's preview (print, save as PDF, open)."""
    from ngo_desktop.services.premises_documents import tenancy_summary_pdf

    return _preview(parent, lambda: tenancy_summary_pdf(database, tenancy_id=tenancy_id),
                    QCoreApplication.translate("PremisesFiles", "Tenancy agreement summary"),
                    f"ires-kopsavilkums-{tenancy_id}.pdf")


def preview_statement_pdf(parent: QWidget, database: Database, tenancy_id: int,
                          month: dt.date) -> PreviewDialog | None:
    """The month's statement for one tenant in the program's preview."""
    from ngo_desktop.services.premises_documents import monthly_statement_pdf

    return _preview(parent, lambda: monthly_statement_pdf(database, tenancy_id=tenancy_id, month=month),
                    QCoreApplication.translate("PremisesFiles", "Monthly statement {month}").format(
                        month=f"{month:%m.%Y}"),
                    f"rekins-{month:%Y-%m}-{tenancy_id}.pdf")


def _preview(parent: QWidget, build: Callable[[], bytes], title: str, file_name: str) -> PreviewDialog | None:
    from ngo_desktop.views.documents.preview_dialog import PreviewDialog

    try:
        pdf = run_with_progress(parent, QCoreApplication.translate("PremisesFiles", "Preparing the document…"),
                                lambda _report, _cancelled: build())
    except Cancelled:
        return None
    except DomainError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("PremisesFiles", "Cannot print"), str(error))
        return None
    dialog = PreviewDialog(pdf, title, file_name, parent)
    dialog.open()
    return dialog


def _spreadsheet_path(parent: QWidget, title: str, suggested: str) -> tuple[Path, bool] | None:
    """The chosen file, and whether the dialog confirmed replacing it (not so after adding an ending)."""
    path = _ask_path(parent, title, suggested, QCoreApplication.translate("PremisesFiles", "Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)"))
    if path is None:
        return None
    if path.suffix.lower() not in (".csv", ".xlsx"):
        return path.with_suffix(".xlsx"), False
    return path, True


def export_tenancies_file(parent: QWidget, database: Database) -> Path | None:
    chosen = _spreadsheet_path(parent, QCoreApplication.translate("PremisesFiles", "Export tenancies"), "pop-up-ires-ligumi.xlsx")
    if chosen is None:
        return None
    from ngo_desktop.services.premises_export import export_tenancies

    path, confirmed = chosen
    return path if _write(parent, path, lambda: export_tenancies(database, path, force=confirmed)) else None


def export_support_file(parent: QWidget, database: Database, year: int) -> Path | None:
    chosen = _spreadsheet_path(parent, QCoreApplication.translate("PremisesFiles", "Export the support given"), f"pasvaldibas-atbalsts-{year}.xlsx")
    if chosen is None:
        return None
    from ngo_desktop.services.premises_export import export_support

    path, confirmed = chosen
    return path if _write(parent, path, lambda: export_support(database, path, year=year, force=confirmed)) else None
