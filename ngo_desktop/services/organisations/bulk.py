"""Adding many organisations at once (an import), with their contacts, fields and audit entries.

Thousands of rows through the ORM's unit of work take seconds. Here each table's rows go as one
executemany of the database driver, inside the caller's transaction, so an import stays all or
nothing. SQLAlchemy's own executemany converts every value of every row on its own, two thirds of
the time of writing 100,000 organisations; ``_insert_many`` converts them with the same SQLAlchemy
conversions column by column, a value repeated from the row before (the import's time stamp)
converted once. The new rows' ids are the ones the database itself would give them
(``_new_ids``), so contacts, links and audit entries name their organisation without an
INSERT … RETURNING per batch.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from sqlalchemy import Dialect, Table, func, insert, select
from sqlalchemy.engine.interfaces import Compiled
from sqlalchemy.orm import Session

from ngo_desktop.database.core import record_driver_write
from ngo_desktop.models import (
    AuditAction,
    AuditEntry,
    ContactPerson,
    FieldOfActivity,
    Organisation,
)
from ngo_desktop.schema.organisations import organisation_field_table
from ngo_desktop.services.organisations.registry import OrganisationData
from ngo_desktop.sorting import sort_key
from ngo_desktop.timeutil import now_utc

# The values of the rows below that JSON cannot hold as they are: dates and times, written as ISO
# text. (The choices are StrEnums: JSON writes them as their text, as it writes any string.)
_ORGANISATION_DATES = ("member_since", "archived_at", "created_at", "updated_at")
_CONTACT_DATES = ("consent_date",)


def _jsonable(row: dict[str, Any], dates: tuple[str, ...]) -> dict[str, Any]:
    """``row`` as the audit entry's JSON holds it: its dates as ISO text."""
    values = row.copy()
    for key in dates:
        value = values[key]
        if value is not None:
            values[key] = value.isoformat()
    return values


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
    session: Session, operator: str, items: list[tuple[OrganisationData, bool, tuple[str, str]]]
) -> list[int]:
    """Insert already validated organisations (with their archived flag and their name's
    ``sorting.organisation_keys``); returns their new ids, in the items' order."""
    if not items:
        return []
    now = now_utc()
    ids_of_fields = field_ids(session, {name for data, _archived, _keys in items for name in data.fields})
    ids = _new_ids(session, Organisation.__table__, len(items))
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
        for data, archived, keys in items
    ]
    _insert_many(session, Organisation.__table__, [{"id": organisation_id, **row}
                                                   for organisation_id, row in zip(ids, rows, strict=True)])
    links = [{"organisation_id": organisation_id, "field_id": ids_of_fields[name]}
             for organisation_id, (data, _archived, _keys) in zip(ids, items, strict=True)
             # "Kultūra, kultūra" names one field: the link table holds each pair once.
             for name in dict.fromkeys(name.casefold() for name in data.fields)]
    _insert_many(session, organisation_field_table, links)
    contact_rows: list[dict[str, Any]] = []
    contact_ids: list[int] = []
    # The n-th contacts of all organisations in one statement each (ids in the order of
    # the organisations, as the statements of earlier versions gave them).
    for index in range(max(len(data.contacts) for data, _archived, _keys in items)):
        round_rows = [
            {"organisation_id": organisation_id, "name": contact.name, "sort_key": sort_key(contact.name),
             "role": contact.role, "phone": contact.phone, "email": contact.email, "is_main": index == 0,
             "consent_date": contact.consent_date, "notes": contact.notes, "version": 1}
            for organisation_id, (data, _archived, _keys) in zip(ids, items, strict=True)
            if len(data.contacts) > index
            for contact in (data.contacts[index],)
        ]
        round_ids = _new_ids(session, ContactPerson.__table__, len(round_rows))
        _insert_many(session, ContactPerson.__table__, [{"id": contact_id, **row}
                                                        for contact_id, row in zip(round_ids, round_rows, strict=True)])
        contact_ids += round_ids
        contact_rows += round_rows
    entries = [
        {"at": now, "operator": operator, "action": AuditAction.IMPORT, "entity": "organisation",
         "entity_id": organisation_id, "summary": row["name"][:500], "organisation_id": organisation_id,
         "after": {**_jsonable(row, _ORGANISATION_DATES), "id": organisation_id, "fields": list(dict.fromkeys(data.fields))}}
        for organisation_id, row, (data, _archived, _keys) in zip(ids, rows, items, strict=True)
    ]
    entries += [
        {"at": now, "operator": operator, "action": AuditAction.IMPORT, "entity": "contact_person",
         "entity_id": contact_id, "summary": row["name"][:500], "organisation_id": row["organisation_id"],
         "after": {**_jsonable(row, _CONTACT_DATES), "id": contact_id}}
        for contact_id, row in zip(contact_ids, contact_rows, strict=True)
    ]
    _insert_many(session, AuditEntry.__table__, entries)
    return ids


def _new_ids(session: Session, table: Table, count: int) -> list[int]:
    """Ids for ``count`` new rows of ``table``: the ones the database would give them itself."""
    if not count:
        return []
    if session.get_bind().dialect.name == "sqlite":
        # The unit of work holds SQLite's write lock from its BEGIN IMMEDIATE, and SQLite gives a
        # new row the largest id plus one (no table here is AUTOINCREMENT).
        largest = session.scalar(select(func.max(table.c.id))) or 0
        return list(range(largest + 1, largest + 1 + count))
    # PostgreSQL: drawn from the id column's own sequence, as INSERT draws them; ascending, as the
    # rows would have drawn them one after another.
    sequence = func.pg_get_serial_sequence(table.name, "id")
    return sorted(session.scalars(select(func.nextval(sequence)).select_from(func.generate_series(1, count))))


def _insert_many(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT ``rows`` (dicts with the same keys, in the same order) into ``table`` in one executemany.

    The statement is SQLAlchemy's, compiled once for the database; each value is converted by its
    column type's own SQLAlchemy conversion for that database, as ``session.execute`` would, and a
    column the rows leave out gets its default as there. Written past the session, so the table
    is recorded for the unit of work's announcement of what changed.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    keys = tuple(rows[0])
    compiled = _compiled_insert(dialect, table, keys)
    values: dict[str, list[Any]] = {key: [row[key] for row in rows] for key in keys}
    for column in compiled.insert_prefetch:
        if column.key in values:
            continue
        default = column.default
        if default is None or not default.is_scalar:
            raise ValueError(f"{table.name}.{column.key} needs a value in every row")
        values[column.key] = [default.arg] * len(rows)
    for key, column_values in values.items():
        process = _bind_processor(dialect, table, key)
        if process is not None:
            values[key] = _converted(column_values, process)
    if compiled.positional:
        parameters: list[Any] = list(zip(*(values[name] for name in compiled.positiontup), strict=True))
    else:
        names = list(values)
        parameters = [dict(zip(names, row, strict=True)) for row in zip(*values.values(), strict=True)]
    connection.exec_driver_sql(str(compiled), parameters)
    record_driver_write(session, table.name)


# An import writes its rows in batches of a few hundred: each table's statement is compiled once.
@lru_cache(maxsize=64)  # a few tables, per engine: bounded, as engines come and go
def _compiled_insert(dialect: Dialect, table: Table, keys: tuple[str, ...]) -> Compiled:
    return insert(table).compile(dialect=dialect, column_keys=list(keys))


@lru_cache(maxsize=64)  # a few tables, per engine: bounded, as engines come and go
def _bind_processor(dialect: Dialect, table: Table, key: str) -> Callable[[Any], Any] | None:
    return table.c[key].type.dialect_impl(dialect).bind_processor(dialect)


def _converted(values: list[Any], process: Callable[[Any], Any]) -> list[Any]:
    """``process`` of each value; a value that is the very object before it is not converted again."""
    converted: list[Any] = []
    last: object = object()
    last_converted: Any = None
    for value in values:
        if value is not last:
            last, last_converted = value, process(value)
        converted.append(last_converted)
    return converted
