"""Sorting the registry by its main contact follows the Latvian alphabet, on SQLite and PostgreSQL alike.

Each contact person carries a stored sort key (``ngo_desktop.sorting.sort_key`` of the name) that
the services write on every name change: the form, an import, forgetting a person, the demo data;
migration 0008 adds and fills it for the contact people of an older database. The registry's
list sorts by the main contact's key, so Ābele comes first and Zariņš last whatever the bytes say.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from alembic import command
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select, text

from ngo_desktop.database.core import HEAD_REVISION, alembic_config, current_revision, run_alembic_upgrade
from ngo_desktop.models import AuditEntry, ContactPerson
from ngo_desktop.services.audit_log import operators
from ngo_desktop.services.organisations.importing import OnDuplicate, import_organisations
from ngo_desktop.services.organisations.listing import Column, ListFilter, ListOrder, fetch_page, fetch_rows
from ngo_desktop.services.organisations.privacy import forget_contact, forgotten_name
from ngo_desktop.services.organisations.registry import (
    ContactData,
    OrganisationData,
    create_organisation,
    get_organisation,
    update_organisation,
)
from ngo_desktop.sorting import sort_key
from ngo_desktop.views.organisations.section import OrganisationsSection

LATVIAN_ORDER = ["Ābele", "Cīrulis", "Čakste", "Skride", "Šņore", "Zariņš"]
# Byte order (and lower() on SQLite) puts Ābele, Čakste and Šņore after Zariņš.
BYTE_ORDER = ["Cīrulis", "Skride", "Zariņš", "Ābele", "Čakste", "Šņore"]
# Organisations named so that their own order is not the contacts' order; two of them have a second,
# non-main person whose name would come first or last if the list took any contact but the main one.
ORGANISATIONS = (
    ("Ūdensrozes", ("Šņore",)),
    ("Ezerkrasts", ("Ābele", "Zīle")),
    ("Apīnis", ("Zariņš", "Aija")),
    ("Dzērves", ("Čakste",)),
    ("Kalnieši", ("Skride",)),
    ("Bērzi", ("Cīrulis",)),
)


def add_registry(database) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The six organisations; returns their ids by the main contact's name."""
    ids = {}
    for name, people in ORGANISATIONS:
        contacts = tuple(ContactData(name=person, is_main=position == 0) for position, person in enumerate(people))
        ids[people[0]] = create_organisation(database, OrganisationData(name=name, contacts=contacts)).id
    return ids


def by_main_contact(database, *, descending: bool = False) -> list[str]:  # type: ignore[no-untyped-def]
    order = ListOrder(Column.MAIN_CONTACT, descending=descending)
    rows = fetch_rows(database, ListFilter(), order)
    # The first page (as the list reads it) agrees with the whole list.
    assert fetch_page(database, ListFilter(), order, limit=3)[1] == rows[:3]
    return [row.main_contact for row in rows]


def stored_keys(database) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with database.read_session() as session:
        return dict(session.execute(select(ContactPerson.name, ContactPerson.sort_key)).all())


def test_the_main_contacts_sort_in_latvian_order_both_ways(database) -> None:  # type: ignore[no-untyped-def]
    add_registry(database)
    assert sorted(LATVIAN_ORDER, key=str.lower) == BYTE_ORDER  # what the list did before
    assert by_main_contact(database) == LATVIAN_ORDER
    assert by_main_contact(database, descending=True) == LATVIAN_ORDER[::-1]
    assert all(key == sort_key(name) for name, key in stored_keys(database).items())


def test_a_renamed_contact_moves_to_its_new_place(database) -> None:  # type: ignore[no-untyped-def]
    ids = add_registry(database)
    saved = get_organisation(database, ids["Zariņš"])
    renamed = (replace(saved.contacts[0], name="Ādamsons"), *saved.contacts[1:])
    update_organisation(database, replace(saved, contacts=renamed))
    assert stored_keys(database)["Ādamsons"] == sort_key("Ādamsons")
    assert by_main_contact(database) == ["Ābele", "Ādamsons", "Cīrulis", "Čakste", "Skride", "Šņore"]
    assert by_main_contact(database, descending=True) == ["Šņore", "Skride", "Čakste", "Cīrulis", "Ādamsons", "Ābele"]


def test_imported_contacts_sort_in_latvian_order(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "registrs.csv"
    rows = [f"Biedrība {number};{person}" for number, person in enumerate(BYTE_ORDER, start=1)]
    path.write_bytes(("Nosaukums;Kontaktpersona\n" + "\n".join(rows) + "\n").encode("cp1257"))
    assert import_organisations(database, path).added == 6
    assert by_main_contact(database) == LATVIAN_ORDER
    assert by_main_contact(database, descending=True) == LATVIAN_ORDER[::-1]
    # An update from a file brings a new main contact for „Biedrība 3” (Zariņš until now).
    update = tmp_path / "labojums.csv"
    update.write_bytes("Nosaukums;Kontaktpersona\nBiedrība 3;Āboliņa\n".encode("cp1257"))
    assert import_organisations(database, update, on_duplicate=OnDuplicate.UPDATE).updated == 1
    assert by_main_contact(database) == ["Ābele", "Āboliņa", "Cīrulis", "Čakste", "Skride", "Šņore"]
    assert all(key == sort_key(name) for name, key in stored_keys(database).items())


def test_a_forgotten_persons_key_no_longer_spells_their_name(database, latvian) -> None:  # type: ignore[no-untyped-def]
    ids = add_registry(database)
    [contact_id] = [contact.id for contact in get_organisation(database, ids["Ābele"]).contacts
                    if contact.name == "Ābele"]
    forget_contact(database, contact_id)
    with database.read_session() as session:
        forgotten = session.get_one(ContactPerson, contact_id)
        assert (forgotten.name, forgotten.sort_key) == (forgotten_name(), sort_key(forgotten_name()))
        logged = [values for entry in session.scalars(select(AuditEntry).where(AuditEntry.entity == "contact_person"))
                  for values in (entry.before, entry.after) if values]
    assert all(values.get("sort_key") != sort_key("Ābele") for values in logged)
    assert any(values.get("sort_key") == sort_key(forgotten_name()) for values in logged)
    # The organisation's other person, Zīle, is its main contact now and sorts it last.
    assert by_main_contact(database) == ["Cīrulis", "Čakste", "Skride", "Šņore", "Zariņš", "Zīle"]
    assert by_main_contact(database, descending=True) == ["Zīle", "Zariņš", "Šņore", "Skride", "Čakste", "Cīrulis"]


def test_the_upgrade_fills_the_keys_of_existing_contact_people(database) -> None:  # type: ignore[no-untyped-def]
    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007_legal_form_farm")
    organisation = ("INSERT INTO organisation (id, name, sort_key, match_key, legal_form, kind, membership, "
                    "membership_fee_cents, discount_percent, discount_reason, address, phone, email, website, notes, "
                    "archived, created_at, updated_at, version) VALUES (:id, :name, :key, :name, 'association', "
                    "'ngo', 'none', 0, 0, '', '', '', '', '', '', false, '2026-01-01', '2026-01-01', 1)")
    contact = ("INSERT INTO contact_person (id, organisation_id, name, role, phone, email, is_main, notes, version) "
               "VALUES (:id, :organisation, :name, '', '', '', :main, '', 1)")
    with database.engine.begin() as connection:
        for number, person in enumerate(BYTE_ORDER, start=1):
            name = f"Biedrība {number}"
            connection.execute(text(organisation), {"id": number, "name": name, "key": sort_key(name)})
            connection.execute(text(contact), {"id": number, "organisation": number, "name": person, "main": True})
        # More people than one batch of the migration holds.
        connection.execute(text(contact), [{"id": 100 + number, "organisation": 1, "name": f"Persona {number:04d}",
                                            "main": False} for number in range(2100)])
    run_alembic_upgrade(database, alembic_config(database))
    assert current_revision(database) == HEAD_REVISION
    keys = stored_keys(database)
    assert len(keys) == 2106 and all(key == sort_key(name) for name, key in keys.items())
    assert by_main_contact(database) == LATVIAN_ORDER
    assert by_main_contact(database, descending=True) == LATVIAN_ORDER[::-1]
    if database.engine.dialect.name == "postgresql":
        with database.engine.connect() as connection:
            assert connection.execute(text(
                "SELECT collation_name FROM information_schema.columns "
                "WHERE table_name = 'contact_person' AND column_name = 'sort_key'")).scalar() == "C"


def test_clicking_the_main_contact_header_sorts_in_latvian_order(qtbot, database, latvian,  # type: ignore[no-untyped-def]
                                                                 wait_for_operations) -> None:
    ids = add_registry(database)
    section = OrganisationsSection(database)
    qtbot.addWidget(section)
    section.resize(1280, 800)
    section.show()
    wait_for_operations()
    column = list(Column).index(Column.MAIN_CONTACT)
    header = section.table.horizontalHeader()
    assert section.model.headerData(column, Qt.Orientation.Horizontal) == "Kontaktpersona"

    def click_header() -> list[str]:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2))
        wait_for_operations()
        assert header.sortIndicatorSection() == column
        shown = [section.model.index(row, column).data() for row in range(section.model.rowCount())]
        return shown if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder else shown[::-1]

    # One click sorts one way, the next the other: both read as A→Ž.
    assert click_header() == LATVIAN_ORDER
    assert click_header() == LATVIAN_ORDER
    # An edit made elsewhere reaches the list; re-sorting reads the new key.
    saved = get_organisation(database, ids["Zariņš"])
    update_organisation(database, replace(saved, contacts=(replace(saved.contacts[0], name="Ādamsons"),
                                                           *saved.contacts[1:])))
    assert click_header() == ["Ābele", "Ādamsons", "Cīrulis", "Čakste", "Skride", "Šņore"]


def test_the_audit_logs_people_are_offered_in_latvian_order(database) -> None:  # type: ignore[no-untyped-def]
    for person in BYTE_ORDER:
        database.operator = person
        create_organisation(database, OrganisationData(name=f"Biedrība {person}"))
    assert operators(database) == LATVIAN_ORDER
