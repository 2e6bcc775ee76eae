"""The register of forgotten people: forgetting survives restoring an older backup and moving the data.

Forgetting a contact person erases them from the database, but a backup made before still holds
them, and a restore would bring them back. So each act of forgetting is also written to a small
file in the user's data folder (``forgotten-people.json``, 0600), which a restore does not replace.
After every restore and every ``db move-to`` the register is applied again
(organisations_privacy.reapply_forgetting): a contact person with
the same id who still has the same name, e-mail and phone is forgotten once more.

The register holds no personal data in clear: per database (the SQLite file's full path, or the
server and database name) it keeps the contact's id, a salted SHA-256 of their normalised name,
e-mail and phone (the salt is made once per installation and kept in the same file), who forgot
them and when. The hash only tells "the same person is back", it cannot be read as a name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import make_url

from ngo_desktop.database.core import Database
from ngo_desktop.models import ContactPerson
from ngo_desktop.outputs import write_output
from ngo_desktop.paths import data_dir

REGISTER_FILE_NAME = "forgotten-people.json"


@dataclass(frozen=True)
class ForgottenPerson:
    """One act of forgetting, as the register keeps it."""

    database: str
    contact_id: int
    key: str
    operator: str
    at: str


def register_path() -> Path:
    return data_dir() / REGISTER_FILE_NAME


def database_identity(database: Database) -> str:
    """What the register files entries under: the SQLite file's full path, or server:port/name."""
    if database.sqlite_path is not None:
        return str(database.sqlite_path.resolve())
    url = make_url(database.url)
    return f"{url.get_backend_name()}://{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def person_key(salt: str, name: str, email: str, phone: str) -> str:
    """A salted hash of what makes a contact person recognisable; equal for the same person."""
    normalised = "\0".join((
        unicodedata.normalize("NFC", " ".join(name.split())).casefold(),
        unicodedata.normalize("NFC", email.strip()).casefold(),
        "".join(character for character in phone if character.isdigit()),
    ))
    return hashlib.sha256(f"{salt}\0{normalised}".encode()).hexdigest()


def _load() -> dict:
    path = register_path()
    if not path.is_file():
        return {"salt": secrets.token_hex(16), "people": []}
    data = json.loads(path.read_text(encoding="utf-8"))
    data.setdefault("people", [])
    return data


def _save(data: dict) -> None:
    write_output(register_path(), json.dumps(data, ensure_ascii=False, indent=1), force=True)


def key_for(contact: ContactPerson) -> str:
    return person_key(install_salt(), contact.name, contact.email, contact.phone)


def install_salt() -> str:
    """This installation's salt, saved with the register the first time it is needed."""
    data = _load()
    if not register_path().is_file():
        _save(data)
    return str(data["salt"])


def remember(database: Database, contact_id: int, key: str) -> None:
    """Add one act of forgetting (called after it was committed)."""
    data = _load()
    data["people"].append({"database": database_identity(database), "contact_id": contact_id, "key": key,
                           "operator": database.operator, "at": dt.datetime.now(dt.UTC).isoformat()})
    _save(data)


def forgotten_people(database: Database) -> list[ForgottenPerson]:
    """The register's entries for ``database``."""
    identity = database_identity(database)
    return [ForgottenPerson(**entry) for entry in _load()["people"] if entry["database"] == identity]


def copy_entries(source: Database, target: Database) -> None:
    """After moving the data, the target database's register holds the source's entries too."""
    data = _load()
    identity, target_identity = database_identity(source), database_identity(target)
    # The same id may already be there for another person (an older server's data): the key tells.
    known = {(entry["database"], entry["contact_id"], entry["key"]) for entry in data["people"]}
    for entry in list(data["people"]):
        if entry["database"] == identity and (target_identity, entry["contact_id"], entry["key"]) not in known:
            data["people"].append({**entry, "database": target_identity})
    _save(data)
