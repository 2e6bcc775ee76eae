"""Adding many organisations at once (an import), with their contacts, fields and audit entries.

Thousands of rows through the ORM's unit of work take seconds; bulk INSERT … RETURNING statements
(SQLite 3.35+ and PostgreSQL) write the same rows and audit entries in a fraction of that, inside
the caller's transaction, so an import stays all or nothing.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Table, insert, select
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
from ngo_desktop.sorting import organisation_keys, sort_key
from ngo_desktop.timeutil import now_utc

_PLAIN = frozenset({str, int, bool, type(None)})  # stored in JSON as they are


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value if type(value) in _PLAIN else _json_value(value) for key, value in values.items()}


def _json_value(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):  # datetimes are dates too
        return value.isoformat()
    return value


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
    """Insert already validated organisations (with their archived flag); returns their new ids.

    No two items may share their registration number, nor (both without one) their name's match
    key, as a checked import plan guarantees: the new ids are matched back to the items by those.
    """
    if not items:
        return []
    now = now_utc()
    ids_of_fields = field_ids(session, {name for data, _archived in items for name in data.fields})
    rows = [
        {
            "name": data.name, "sort_key": keys[0], "match_key": keys[1], "legal_form": data.legal_form,
            "registration_number": data.registration_number or None, "kind": data.kind,
            "membership": data.membership, "member_since": data.member_since,
            "last_paid_year": data.last_paid_year, "membership_fee_cents": data.membership_fee_cents,
            "address": data.address, "phone": data.phone, "email": data.email, "website": data.website,
            "notes": data.notes, "archived": archived, "archived_at": now if archived else None,
            "created_at": now, "updated_at": now, "version": 1,
        }
        for data, archived in items
        for keys in (organisation_keys(data.name),)
    ]
    ids = _insert_returning_ids(session, Organisation.__table__, rows, ("registration_number", "match_key"))
    links = [{"organisation_id": organisation_id, "field_id": ids_of_fields[name]}
             for organisation_id, (data, _archived) in zip(ids, items, strict=True)
             # "Kultūra, kultūra" names one field: the link table holds each pair once.
             for name in dict.fromkeys(name.casefold() for name in data.fields)]
    if links:
        session.execute(insert(organisation_field), links)
    contact_rows: list[dict[str, Any]] = []
    contact_ids: list[int] = []
    # The n-th contacts of all organisations in one statement each, so that an organisation's id
    # tells which contact each new id belongs to.
    for index in range(max(len(data.contacts) for data, _archived in items)):
        round_rows = [
            {"organisation_id": organisation_id, "name": contact.name, "sort_key": sort_key(contact.name),
             "role": contact.role, "phone": contact.phone, "email": contact.email, "is_main": index == 0,
             "consent_date": contact.consent_date, "notes": contact.notes, "version": 1}
            for organisation_id, (data, _archived) in zip(ids, items, strict=True) if len(data.contacts) > index
            for contact in (data.contacts[index],)
        ]
        contact_ids += _insert_returning_ids(session, ContactPerson.__table__, round_rows, ("organisation_id",))
        contact_rows += round_rows
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
    session.execute(insert(AuditEntry.__table__), entries)
    return ids


def _insert_returning_ids(session: Session, table: Table, rows: list[dict[str, Any]],
                          key: tuple[str, ...]) -> list[int]:
    """Insert ``rows`` into ``table`` and return their new ids in the rows' order.

    The rows go as few multi-row INSERT … RETURNING statements; asking for the ids in the
    parameters' order would make SQLite send them one row at a time (its RETURNING has no
    guaranteed order), so each returned id is matched to its row by ``key``, unique among ``rows``.
    """
    if not rows:
        return []
    wanted = [tuple(row[column] for column in key) for row in rows]
    if len(set(wanted)) != len(wanted):
        raise ValueError(f"rows inserted into {table.name} must differ in {key}")
    statement = insert(table).returning(table.c.id, *(table.c[column] for column in key))
    id_of = {tuple(found[1:]): found[0] for found in session.execute(statement, rows)}
    return [id_of[row_key] for row_key in wanted]
