"""Personal data: a password given as ?password= goes to the credential store and is shown masked,
an import that changes contact people says so and audits it, and moving to a server forgets again."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select

from ngo_desktop.database.core import masked_url, with_stored_password
from ngo_desktop.models import AuditAction, AuditEntry, ContactPerson
from ngo_desktop.services.organisations.importing import OnDuplicate, import_organisations
from ngo_desktop.services.organisations.registry import (
    ContactData,
    OrganisationData,
    create_organisation,
    get_organisation,
)
from tests.test_shared_views import _settings_dialog, memory_keyring  # noqa: F401 - the fixture is used by name

SERVER = "postgresql+psycopg://centrs@db.example.lv/ngo"


def test_a_password_url_parameter_goes_to_the_credential_store_not_the_settings(
        qtbot, database, memory_keyring, english) -> None:  # noqa: F811 - pytest's fixture by name
    dialog = _settings_dialog(qtbot, database)
    dialog.database_location.setText(f"{SERVER}?password=Slepens1&sslmode=require")
    dialog.save()
    saved = str(QSettings().value("database/url"))
    assert saved == f"{SERVER}?sslmode=require"
    assert "Slepens1" not in Path(QSettings().fileName()).read_text()
    assert memory_keyring.passwords == {("ngo_desktop", "centrs@db.example.lv:5432/ngo"): "Slepens1"}
    assert with_stored_password(saved) == "postgresql+psycopg://centrs:Slepens1@db.example.lv/ngo?sslmode=require"


def test_every_shown_url_is_masked() -> None:
    for url in (f"{SERVER}?password=Slepens1", "postgresql+psycopg://centrs:Slepens1@db.example.lv/ngo"):
        shown = masked_url(url)
        assert "Slepens1" not in shown and shown.startswith("postgresql+psycopg://centrs:***@db.example.lv")


def test_an_import_update_of_a_contact_person_is_counted_and_audited(database, tmp_path: Path) -> None:
    organisation_id = create_organisation(database, OrganisationData(
        name="Alūksnes pensionāru biedrība", registration_number="40008012345",
        contacts=(ContactData(name="Skaidrīte Ņikitina", role="valdes locekle", phone="26640092"),))).id
    path = tmp_path / "kontakti.csv"
    path.write_text("Name;Registration number;Contact person;Contact's role;Contact's phone\n"
                    "Alūksnes pensionāru biedrība;40008012345;Skaidrīte Ņikitina;valdes priekšsēdētāja;29111222\n",
                    encoding="utf-8")
    summary = import_organisations(database, path, on_duplicate=OnDuplicate.UPDATE)
    assert (summary.updated, summary.skipped) == (1, 0)
    [contact] = get_organisation(database, organisation_id).contacts
    assert (contact.role, contact.phone) == ("valdes priekšsēdētāja", "+371 29111222")
    with database.read_session() as session:
        [entry] = session.scalars(select(AuditEntry).where(
            AuditEntry.entity == "contact_person", AuditEntry.action == AuditAction.IMPORT)).all()
        assert entry.entity_id == contact.id and entry.organisation_id == organisation_id
        assert (entry.before["phone"], entry.after["phone"]) == ("+371 26640092", "+371 29111222")
    again = import_organisations(database, path, on_duplicate=OnDuplicate.UPDATE)
    assert (again.updated, again.skipped) == (0, 1)  # the same values again change nothing


def test_moving_to_a_server_forgets_again_and_carries_the_register(tmp_path: Path, postgres_url: str,
                                                                  english) -> None:
    from ngo_desktop.database.core import open_database
    from ngo_desktop.services import forgetting_register
    from ngo_desktop.services.backup.transfer import move_to_server
    from ngo_desktop.services.forgetting_register import forgotten_people, register_path
    from ngo_desktop.services.organisations.privacy import forget_contact
    from tests.conftest import empty_postgres_tables

    source = open_database(tmp_path / "centrs.sqlite3", operator="tester")
    organisation_id = create_organisation(source, OrganisationData(
        name="Biedrība „Saulrieti”", contacts=(ContactData(name="Ilze Ķirsone", phone="26111222"),))).id
    contact_id = get_organisation(source, organisation_id).contacts[0].id
    old_copy = tmp_path / "vecs.sqlite3"
    from ngo_desktop.services.backup.copies import back_up

    back_up(source, old_copy)
    forget_contact(source, contact_id)
    source.dispose()
    # A copy from before the forgetting still holds the person; the register names them for that file
    # too (as it would after the copy was opened by a program older than the register).
    old = open_database(old_copy, operator="tester")
    [entry] = [entry for entry in json.loads(register_path().read_text(encoding="utf-8"))["people"]
               if entry["database"] == str((tmp_path / "centrs.sqlite3").resolve())]
    forgetting_register.remember(old, contact_id, entry["key"])
    empty_postgres_tables(postgres_url)
    try:
        report = move_to_server(old, postgres_url)
        assert report.forgotten_again == 1
        server = open_database(postgres_url, operator="tester")
        try:
            with server.read_session() as session:
                moved = session.get(ContactPerson, contact_id)
                assert moved.anonymised_at is not None and moved.name != "Ilze Ķirsone"
            assert contact_id in [entry.contact_id for entry in forgotten_people(server)]
        finally:
            server.dispose()
    finally:
        old.dispose()
        empty_postgres_tables(postgres_url)


@pytest.fixture(autouse=True)
def _english_headers(english) -> None:  # type: ignore[no-untyped-def]
    """The import reads the headers in the program's language: these tests write English ones."""


@pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX matter")
def test_a_server_dump_is_private(postgres_url: str, tmp_path: Path) -> None:
    import shutil
    import stat

    from ngo_desktop.database.core import open_database
    from ngo_desktop.services.backup.copies import back_up

    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    previous = os.umask(0o022)
    server = open_database(postgres_url, operator="tester")
    try:
        dump = back_up(server, tmp_path / "new-folder" / "server.dump")
    finally:
        server.dispose()
        os.umask(previous)
    assert dump.read_bytes().startswith(b"PGDMP")
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    assert stat.S_IMODE(dump.parent.stat().st_mode) == 0o700
