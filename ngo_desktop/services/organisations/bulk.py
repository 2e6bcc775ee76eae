"""Adding many organisations at once (an import), with their contacts, fields and audit entries.

Thousands of rows through the ORM's unit of work take seconds; bulk INSERT … RETURNING statements
(SQLite 3.35+ and PostgreSQL) write the same rows and audit entries in a fraction of that, inside
the caller's transaction, so an import stays all or nothing.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ngo_desktop.models import (
    AuditAction,
    AuditEntry,
    ContactPerson,
    FieldOfActivity,
    Organisation,
    organisation_field,
)
from ngo_desktop.services.organisations.registry import OrganisationData
from ngo_desktop.sorting import organisation_match_key, organisation_sort_key, sort_key
from ngo_desktop.timeutil import now_utc


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    converted: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, enum.Enum):
            value = value.value
        elif isinstance(value, dt.date | dt.datetime):
            value = value.isoformat()
        converted[key] = value
    return converted


def field_ids(session: Session, names: set[str]) -> dict[str, int]:
    """casefolded name -> id of each field of activity named, creating the missing ones."""
    known = {item.name.casefold(): item for item in session.scalars(select(FieldOfActivity))}
    for name in sorted(names, key=str.casefold):
        if name.casefold() not in known:
            created = FieldOfActivity(name=name, sort_key=sort_key(name))
            session.add(created)
            known[name.casefold()] = created
    session.flush()
    return {key: item.id for key, item in known.items()}


def insert_organisations(
    session: Session, operator: str, items: list[tuple[OrganisationData, bool]]
) -> list[int]:
    """Insert already validated organisations (with their archived flag); returns their new ids."""
    if not items:
        return []
    now = now_utc()
    ids_of_fields = field_ids(session, {name for data, _archived in items for name in data.fields})
    rows = [
        {
            "name": data.name, "sort_key": organisation_sort_key(data.name),
            "match_key": organisation_match_key(data.name), "legal_form": data.legal_form,
            "registration_number": data.registration_number or None, "kind": data.kind,
            "membership": data.membership, "member_since": data.member_since,
            "last_paid_year": data.last_paid_year, "membership_fee_cents": data.membership_fee_cents,
            "address": data.address, "phone": data.phone, "email": data.email, "website": data.website,
            "notes": data.notes, "archived": archived, "archived_at": now if archived else None,
            "created_at": now, "updated_at": now, "version": 1,
        }
        for data, archived in items
    ]
    ids = list(session.scalars(insert(Organisation).returning(Organisation.id, sort_by_parameter_order=True), rows))
    links = [{"organisation_id": organisation_id, "field_id": ids_of_fields[name]}
             for organisation_id, (data, _archived) in zip(ids, items, strict=True)
             # "Kultūra, kultūra" names one field: the link table holds each pair once.
             for name in dict.fromkeys(name.casefold() for name in data.fields)]
    if links:
        session.execute(insert(organisation_field), links)
    contact_rows = [
        {"organisation_id": organisation_id, "name": contact.name, "role": contact.role, "phone": contact.phone,
         "email": contact.email, "is_main": index == 0, "consent_date": contact.consent_date,
         "notes": contact.notes, "version": 1}
        for organisation_id, (data, _archived) in zip(ids, items, strict=True)
        for index, contact in enumerate(data.contacts)
    ]
    contact_ids = list(session.scalars(
        insert(ContactPerson).returning(ContactPerson.id, sort_by_parameter_order=True), contact_rows
    )) if contact_rows else []
    entries = [
        {"at": now, "operator": operator, "action": AuditAction.IMPORT, "entity": "organisation",
         "entity_id": organisation_id, "summary": row["name"][:500], "organisation_id": organisation_id,
         "after": {**_jsonable(row), "id": organisation_id, "fields": list(dict.fromkeys(data.fields))}}
        for organisation_id, row, (data, _archived) in zip(ids, rows, items, strict=True)
    ]
    entries += [
        {"at": now, "operator": operator, "action": AuditAction.IMPORT, "entity": "contact_person",
         "entity_id": contact_id, "summary": row["name"][:500], "organisation_id": row["organisation_id"],
         "after": {**_jsonable(row), "id": contact_id}}
        for contact_id, row in zip(contact_ids, contact_rows, strict=True)
    ]
    session.execute(insert(AuditEntry), entries)
    return ids
