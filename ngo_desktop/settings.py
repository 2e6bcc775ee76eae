"""Per-computer preferences kept in QSettings (the centre's own details live in the database).

Language, paper, database location, backup folder, backups to keep, the operator's name; a server
password is never kept here (see the per-desk part below)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

# The database layer (and SQLAlchemy under it) is imported only by the functions that need it: the
# command line reads the language from here, and `--help` must not wait for SQLAlchemy to load.
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


# --- per desk: backups to keep, the operator's name, server passwords ----------------------------
# A server password is never written to the settings: it goes to the system's credential store
# (keyring), or the user keeps it in PostgreSQL's own password file (~/.pgpass).
BACKUPS_TO_KEEP_KEY = "backup/keep"
OPERATOR_KEY = "desk/operator"
DEFAULT_BACKUPS_TO_KEEP = 10


def backups_to_keep() -> int:
    try:
        value = int(settings().value(BACKUPS_TO_KEEP_KEY, DEFAULT_BACKUPS_TO_KEEP))
    except (TypeError, ValueError):
        return DEFAULT_BACKUPS_TO_KEEP
    return max(1, value)


def stored_operator_name() -> str:
    """The name the person at this desk gave (first start or Settings); empty if nobody has yet."""
    return str(settings().value(OPERATOR_KEY, "") or "").strip()


def operator_name() -> str:
    """The name the audit log and the printed-documents register show for this desk: the one given
    on first start or in Settings, else the computer's login name."""
    from ngo_desktop.database.core import default_operator

    return stored_operator_name() or default_operator()


def save_operator_name(name: str) -> None:
    store = settings()
    store.setValue(OPERATOR_KEY, name.strip())
    store.sync()


def chosen_operator_name() -> str:
    """The name the operator typed in Settings, or "" (papers then leave the line to be written by hand)."""
    return str(settings().value(OPERATOR_KEY, "") or "").strip()


def save_desk(*, keep: int, operator: str) -> None:
    store = settings()
    store.setValue(BACKUPS_TO_KEEP_KEY, max(1, int(keep)))
    store.setValue(OPERATOR_KEY, operator.strip())
    store.sync()


def without_password(url: str) -> tuple[str, str]:
    """A server URL split into the URL without its password (for the settings) and the password.

    The password may be in the user part (``user:secret@``) or a ``?password=secret`` parameter.
    """
    if "://" not in url:
        return url, ""  # a file path
    from sqlalchemy import make_url

    from ngo_desktop.database.core import PASSWORD_QUERY_KEY, password_in_query

    parsed = make_url(url)
    password = str(parsed.password or "") or password_in_query(url)
    if not password:
        return url, ""
    parsed = parsed.difference_update_query([PASSWORD_QUERY_KEY])
    # URL.set() ignores None, so the password is dropped with _replace (a public namedtuple method).
    return parsed._replace(password=None).render_as_string(hide_password=False), password


def store_password(url: str, password: str) -> None:
    """Keep a server password in the system's credential store; raises if there is none."""
    import keyring

    from ngo_desktop.database.core import CREDENTIAL_SERVICE, credential_key

    keyring.set_password(CREDENTIAL_SERVICE, credential_key(url), password)
