"""Where the program keeps the user's files: the data folder (the shipped ones: resource_files)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORGANISATION_NAME = "ngo_desktop"
APPLICATION_NAME = "ngo_desktop"
DATABASE_FILE_NAME = "ngo_desktop.sqlite3"


def set_application_identity() -> None:
    """Names that QStandardPaths and QSettings build their folders from; call before either."""
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APPLICATION_NAME)


def data_dir() -> Path:
    """The user's data folder (AppDataLocation), created on first use."""
    set_application_identity()
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE_NAME


def default_backup_dir() -> Path:
    return data_dir() / "backups"
