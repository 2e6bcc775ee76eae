"""Writing to the audit log. Every service that changes data calls ``record`` in its transaction."""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, insert, inspect

from ngo_desktop import models
from ngo_desktop.schema.audit import audit_entry_table
from ngo_desktop.schema.enums import AuditAction

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ngo_desktop.database.core import Executor
    from ngo_desktop.models import AuditEntry, Base


def snapshot(instance: Base) -> dict[str, Any]:
    """The column values of a model instance as JSON-friendly values, for before/after."""
    values: dict[str, Any] = {}
    for attribute in inspect(instance).mapper.column_attrs:
        value = getattr(instance, attribute.key)
        values[attribute.key] = _jsonable(value)
    return values


def snapshot_of_row(row: Row[Any]) -> dict[str, Any]:
    """``snapshot`` of a row written with the table's columns (Core), as the insert returned it
    (``returning(*table.c)``: every column, defaults included)."""
    return {key: _jsonable(value) for key, value in row._mapping.items()}


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    return value


def record(
    session: Session,
    *,
    operator: str,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    summary: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    organisation_id: int | None = None,
    room_id: int | None = None,
) -> AuditEntry:
    # Through the package: the entry's model loads at the first change, not with the services.
    entry = models.AuditEntry(**_entry_values(
        operator=operator, action=action, entity=entity, entity_id=entity_id, summary=summary, before=before,
        after=after, organisation_id=organisation_id, room_id=room_id))
    session.add(entry)
    return entry


def record_row(session: Executor, *, operator: str, action: AuditAction, entity: str, entity_id: int | None,
               summary: str = "", after: dict[str, Any] | None = None, organisation_id: int | None = None,
               room_id: int | None = None) -> None:
    """``record`` for a change written with the table's columns (Core), such as a printed paper's
    entry in the register: the entry is inserted the same way, without an ORM object."""
    session.execute(insert(audit_entry_table).values(**_entry_values(
        operator=operator, action=action, entity=entity, entity_id=entity_id, summary=summary, before=None,
        after=after, organisation_id=organisation_id, room_id=room_id)))


def _entry_values(*, operator: str, action: AuditAction, entity: str, entity_id: int | None, summary: str,
                  before: dict[str, Any] | None, after: dict[str, Any] | None, organisation_id: int | None,
                  room_id: int | None) -> dict[str, Any]:
    return {"operator": operator, "action": action, "entity": entity, "entity_id": entity_id,
            "summary": summary[:500], "before": before, "after": after, "organisation_id": organisation_id,
            "room_id": room_id}
