"""A contact person's personal data: forgetting them, and writing out everything held about them.

Forgetting keeps the row (bookings and applications still point at it, so the organisation's
history stays whole) but replaces the name and clears phone, e-mail, role, notes and consent, in
the row and in the audit log's earlier copies of it. The act itself is recorded in the audit log
and in the register of forgotten people (forgetting_register.py), which outlives a restore:
``reapply_forgetting`` forgets again whoever an older backup or a move brought back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ngo_desktop.database.core import Database
from ngo_desktop.errors import NotFound
from ngo_desktop.i18n import translate
from ngo_desktop.models import (
    AuditAction,
    AuditEntry,
    Booking,
    ContactPerson,
    Fair,
    Room,
    VendorApplication,
)
from ngo_desktop.outputs import write_output
from ngo_desktop.services import audit, forgetting_register
from ngo_desktop.sorting import sort_key
from ngo_desktop.timeutil import now_utc

PERSONAL_FIELDS = ("name", "role", "phone", "email", "notes", "consent_date")


def forgotten_name() -> str:
    return translate("Organisations", "Forgotten person")


def forget_contact(database: Database, contact_id: int, *, remember_in_register: bool = True) -> None:
    """Anonymise the contact person everywhere they appear; their organisation's history stays."""
    placeholder = forgotten_name()
    with database.unit_of_work() as session:
        contact = session.get(ContactPerson, contact_id)
        if contact is None:
            raise NotFound(translate("Organisations", "This contact person no longer exists."))
        if contact.anonymised_at is not None:
            return
        key = forgetting_register.key_for(contact)
        for entry in session.scalars(select(AuditEntry).where(
            AuditEntry.entity == "contact_person", AuditEntry.entity_id == contact_id
        )):
            entry.before = _scrubbed(entry.before, placeholder)
            entry.after = _scrubbed(entry.after, placeholder)
            entry.summary = placeholder
        was_main = contact.is_main
        contact.name = placeholder
        contact.sort_key = sort_key(placeholder)  # the old key spells the old name
        contact.role = contact.phone = contact.email = contact.notes = ""
        contact.consent_date = None
        contact.is_main = False
        contact.anonymised_at = now_utc()
        session.flush()
        if was_main:
            _next_main_contact(session, database.operator, contact.organisation_id)
        audit.record(session, operator=database.operator, action=AuditAction.ANONYMISE,
                     entity="contact_person", entity_id=contact_id, summary=placeholder,
                     after=audit.snapshot(contact), organisation_id=contact.organisation_id)
    if remember_in_register:
        forgetting_register.remember(database, contact_id, key)


def _next_main_contact(session: Session, operator: str, organisation_id: int) -> None:
    """The main contact was forgotten: the first living person takes over (as on every save), so a
    lone remaining person is the main contact without anyone ticking it."""
    successor = session.scalars(
        select(ContactPerson).where(ContactPerson.organisation_id == organisation_id,
                                    ContactPerson.anonymised_at.is_(None))
        .order_by(ContactPerson.id).limit(1)).first()
    if successor is not None:
        before = audit.snapshot(successor)
        successor.is_main = True
        session.flush()
        audit.record(session, operator=operator, action=AuditAction.UPDATE, entity="contact_person",
                     entity_id=successor.id, summary=successor.name, before=before,
                     after=audit.snapshot(successor), organisation_id=organisation_id)


def reapply_forgetting(database: Database) -> int:
    """Forget again every registered person that a restore or a move brought back; returns how many."""
    entries = forgetting_register.forgotten_people(database)
    if not entries:
        return 0
    salt = forgetting_register.install_salt()
    with database.read_session() as session:
        contacts = {contact.id: contact for contact in session.scalars(
            select(ContactPerson).where(ContactPerson.id.in_([entry.contact_id for entry in entries]),
                                        ContactPerson.anonymised_at.is_(None)))}
    again: set[int] = set()
    for entry in entries:
        contact = contacts.get(entry.contact_id)
        # Only the same person: an id now used by someone else is left alone.
        if contact is not None and entry.contact_id not in again and forgetting_register.person_key(
                salt, contact.name, contact.email, contact.phone) == entry.key:
            forget_contact(database, entry.contact_id, remember_in_register=False)
            again.add(entry.contact_id)
    return len(again)


def _scrubbed(values: dict[str, Any] | None, placeholder: str) -> dict[str, Any] | None:
    if values is None:
        return None
    cleaned = dict(values)
    for key in PERSONAL_FIELDS:
        if key in cleaned:
            cleaned[key] = placeholder if key == "name" else None
    if "sort_key" in cleaned:  # the name's collation key: the name letter for letter
        cleaned["sort_key"] = sort_key(placeholder)
    return cleaned


def person_data(database: Database, contact_id: int) -> dict[str, Any]:
    """Everything the centre holds about one contact person, as JSON-friendly values."""
    with database.read_session() as session:
        contact = session.get(ContactPerson, contact_id)
        if contact is None:
            raise NotFound(translate("Organisations", "This contact person no longer exists."))
        bookings = session.execute(
            select(Booking.starts_at, Booking.ends_at, Room.name, Booking.title, Booking.status)
            .join(Room, Room.id == Booking.room_id)
            .where(Booking.contact_person_id == contact_id)
            .order_by(Booking.starts_at)
        ).all()
        applications = session.execute(
            select(Fair.name, VendorApplication.goods, VendorApplication.applied_at)
            .join(Fair, Fair.id == VendorApplication.fair_id)
            .where(VendorApplication.contact_person_id == contact_id)
            .order_by(VendorApplication.applied_at)
        ).all()
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "contact_person", AuditEntry.entity_id == contact_id)
            .order_by(AuditEntry.at, AuditEntry.id)
        ).all()
        return {
            "person": audit.snapshot(contact),
            "organisation": {"id": contact.organisation.id, "name": contact.organisation.name},
            "bookings": [
                {"starts_at": row[0].isoformat(), "ends_at": row[1].isoformat(), "room": row[2],
                 "title": row[3], "status": row[4].value}
                for row in bookings
            ],
            "fair_applications": [
                {"fair": row[0], "goods": row[1], "applied_at": row[2].isoformat()} for row in applications
            ],
            "audit_log": [
                {"at": entry.at.isoformat(), "operator": entry.operator, "action": entry.action.value,
                 "before": entry.before, "after": entry.after}
                for entry in entries
            ],
        }


def export_person_data(database: Database, contact_id: int, path: Path, *, force: bool = False) -> Path:
    """Write ``person_data`` as an indented UTF-8 JSON file a person can be given (private, 0600)."""
    data = person_data(database, contact_id)
    return write_output(path, json.dumps(data, ensure_ascii=False, indent=2), force=force)
