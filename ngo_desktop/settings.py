"""Per-computer preferences kept in QSettings (the centre's own details live in the database)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from ngo_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES
from ngo_desktop.paths import (
    ORGANISATION_NAME,
    PRIVATE_FILE,
    PRIVATE_FOLDER,
    default_backup_dir,
    make_private,
    set_application_identity,
)

PAPER_SIZES = ("A4", "Letter")

LANGUAGE_KEY = "ui/language"
PAPER_KEY = "print/paper"
DATABASE_KEY = "database/url"
BACKUP_FOLDER_KEY = "backup/folder"


def settings() -> QSettings:
    set_application_identity()
    store = QSettings()
    _keep_private(store)
    return store


def _keep_private(store: QSettings) -> None:
    """The settings file (it names the database and the operator) is 0600 in a 0700 folder on POSIX.

    Created empty and private before Qt first writes it; Qt keeps a file's permissions when it saves.
    """
    path = Path(store.fileName())
    # An ini file of ours (Linux's native format too); macOS keeps a plist in a shared folder.
    if os.name != "posix" or not path.is_absolute() or path.suffix not in (".conf", ".ini"):
        return
    if path.exists():
        make_private(path, PRIVATE_FILE)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.parent.name == ORGANISATION_NAME:  # our own folder, never a shared one like ~/.config
            make_private(path.parent, PRIVATE_FOLDER)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except OSError:
        pass  # Qt reports a settings file it cannot write by not saving; nothing to add here


def language() -> str:
    value = str(settings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def paper_size() -> str:
    value = str(settings().value(PAPER_KEY, "A4"))
    return value if value in PAPER_SIZES else "A4"


def database_location() -> str:
    return str(settings().value(DATABASE_KEY, "") or "")


def backup_folder() -> Path:
    value = str(settings().value(BACKUP_FOLDER_KEY, "") or "")
    return Path(value) if value else default_backup_dir()


def save(*, language_code: str, paper: str, database: str, backup: str) -> None:
    store = settings()
    store.setValue(LANGUAGE_KEY, language_code)
    store.setValue(PAPER_KEY, paper)
    store.setValue(DATABASE_KEY, database.strip())
    store.setValue(BACKUP_FOLDER_KEY, backup.strip())
    store.sync()
