"""An SQLite migration that rebuilds a table other rows point at (0007 rebuilds organisation) upgrades a
real database: foreign keys are off during the rebuild and checked as a whole before the commit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from ngo_desktop.database.core import HEAD_REVISION, alembic_config, current_revision, open_database

ORGANISATION = (
    "INSERT INTO organisation (id, name, sort_key, match_key, legal_form, kind, membership, "
    "membership_fee_cents, discount_percent, discount_reason, address, phone, email, website, notes, archived, "
    "created_at, updated_at, version) VALUES (1, 'Z/S „Medus pūrs”', 'z/s medus purs', 'zs medus purs', 'other', "
    "'ngo', 'none', 0, 0, '', '', '', '', '', '', 0, '2026-01-01', '2026-01-01', 1)")
CONTACT = ("INSERT INTO contact_person (id, organisation_id, name, role, phone, email, is_main, notes, version) "
           "VALUES ({id}, {organisation}, 'Anna Bērziņa', '', '', '', 1, '', 1)")


def test_a_database_with_an_organisations_contact_person_upgrades_and_keeps_its_keys(tmp_path: Path) -> None:
    path = tmp_path / "centrs.sqlite3"
    database = open_database(path, backup_dir=tmp_path / "backups")
    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006_organisation_sort_keys")
    database.dispose()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(ORGANISATION)
        connection.execute(CONTACT.format(id=1, organisation=1))
    connection.close()

    database = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(database) == HEAD_REVISION
        with database.engine.begin() as connection:
            assert connection.exec_driver_sql("SELECT legal_form FROM organisation").scalar() == "farm"
            assert connection.exec_driver_sql("SELECT organisation_id FROM contact_person").scalar() == 1
            # The keys are enforced again on the connection the migration used.
            with pytest.raises(Exception, match="FOREIGN KEY"):
                connection.exec_driver_sql(CONTACT.format(id=2, organisation=99))
    finally:
        database.dispose()
