"""Per-desk settings of the shared-database work: backups to keep, the operator's name, server passwords.

Kept in QSettings beside ngo_desktop.settings. A server password is never written there: it goes to
the system's credential store (the ``keyring`` package: Windows Credential Manager, macOS Keychain,
Secret Service on Linux), or the user keeps it in PostgreSQL's own password file (~/.pgpass).
"""

from __future__ import annotations

from sqlalchemy import make_url

from ngo_desktop.db import (
    CREDENTIAL_SERVICE,
    PASSWORD_QUERY_KEY,
    credential_key,
    default_operator,
    password_in_query,
)
from ngo_desktop.settings import settings

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
    return stored_operator_name() or default_operator()


def save_operator_name(name: str) -> None:
    store = settings()
    store.setValue(OPERATOR_KEY, name.strip())
    store.sync()


def chosen_operator_name() -> str:
    """The name the operator typed in Settings, or "" (papers then leave the line to be written by hand)."""
    return str(settings().value(OPERATOR_KEY, "") or "").strip()


def save(*, keep: int, operator: str) -> None:
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

    keyring.set_password(CREDENTIAL_SERVICE, credential_key(url), password)
