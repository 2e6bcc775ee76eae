"""Saving the premises section's files: PDF documents and CSV/XLSX exports, chosen with a file dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ngo_desktop.db import Database
from ngo_desktop.services.errors import DomainError
from ngo_desktop.views.background import Cancelled, run_with_progress


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


def save_summary_pdf(parent: QWidget, database: Database, tenancy_id: int) -> Path | None:
    path = _ask_path(parent, QCoreApplication.translate("PremisesFiles", "Save the tenancy agreement summary"), f"ires-kopsavilkums-{tenancy_id}.pdf",
                     QCoreApplication.translate("PremisesFiles", "PDF documents (*.pdf)"))
    if path is None:
        return None
    from ngo_desktop.services.premises_documents import tenancy_summary_pdf

    return path if _write(parent, path, lambda: path.write_bytes(
        tenancy_summary_pdf(database, tenancy_id=tenancy_id))) else None


def save_statement_pdf(parent: QWidget, database: Database, tenancy_id: int, month: dt.date) -> Path | None:
    path = _ask_path(parent, QCoreApplication.translate("PremisesFiles", "Save the monthly statement"), f"rekins-{month:%Y-%m}-{tenancy_id}.pdf",
                     QCoreApplication.translate("PremisesFiles", "PDF documents (*.pdf)"))
    if path is None:
        return None
    from ngo_desktop.services.premises_documents import monthly_statement_pdf

    return path if _write(parent, path, lambda: path.write_bytes(
        monthly_statement_pdf(database, tenancy_id=tenancy_id, month=month))) else None


def _spreadsheet_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    path = _ask_path(parent, title, suggested, QCoreApplication.translate("PremisesFiles", "Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)"))
    if path is not None and path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_suffix(".xlsx")
    return path


def export_tenancies_file(parent: QWidget, database: Database) -> Path | None:
    path = _spreadsheet_path(parent, QCoreApplication.translate("PremisesFiles", "Export tenancies"), "pop-up-ires-ligumi.xlsx")
    if path is None:
        return None
    from ngo_desktop.services.premises_export import export_tenancies

    return path if _write(parent, path, lambda: export_tenancies(database, path)) else None


def export_support_file(parent: QWidget, database: Database, year: int) -> Path | None:
    path = _spreadsheet_path(parent, QCoreApplication.translate("PremisesFiles", "Export the support given"), f"pasvaldibas-atbalsts-{year}.xlsx")
    if path is None:
        return None
    from ngo_desktop.services.premises_export import export_support

    return path if _write(parent, path, lambda: export_support(database, path, year=year)) else None
