"""Where the program keeps its files: the user's data folder and the shipped resources."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORGANISATION_NAME = "ngo_desktop"
APPLICATION_NAME = "ngo_desktop"
DATABASE_FILE_NAME = "ngo_desktop.sqlite3"
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
FONTS_DIR = RESOURCES_DIR / "fonts"
ICONS_DIR = RESOURCES_DIR / "icons"


def set_application_identity() -> None:
    """Names that QStandardPaths and QSettings build their folders from; call before either."""
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APPLICATION_NAME)


def data_dir() -> Path:
    """The user's data folder (AppDataLocation), created on first use; private (0700) on POSIX,
    since it holds the database, its backups and the register of forgotten people."""
    set_application_identity()
    folder = make_private_folder(Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation)))
    make_private(folder, PRIVATE_FOLDER)
    return folder


def make_private_folder(folder: Path) -> Path:
    """Create ``folder`` and its missing parents as 0700 on POSIX; existing folders are left as they are."""
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    folder.mkdir(parents=True, exist_ok=True)
    for created in missing:
        make_private(created, PRIVATE_FOLDER)
    return folder


def make_private(path: Path, mode: int) -> None:
    """Set ``mode`` (0600 for a file, 0700 for a folder) on POSIX when it is wider; Windows keeps the
    user profile's own permissions."""
    if os.name == "posix" and path.exists() and path.stat().st_mode & 0o777 != mode:
        os.chmod(path, mode)


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE_NAME


def default_backup_dir() -> Path:
    return data_dir() / "backups"
