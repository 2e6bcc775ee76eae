"""Reading the audit log for its viewer: filtered, newest first, one page at a time by the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select

from ngo_desktop.database.core import Database
from ngo_desktop.errors import NotFound
from ngo_desktop.i18n import translate
from ngo_desktop.models import AuditAction, AuditEntry, Organisation, Room
from ngo_desktop.sorting import sorted_latvian
from ngo_desktop.timeutil import local_day_bounds


@dataclass(frozen=True)
class AuditFilter:
    """``first_day``/``last_day`` are Riga calendar days, both included."""

    first_day: dt.date | None = None
    last_day: dt.date | None = None
    operator: str | None = None
    organisation_id: int | None = None
    room_id: int | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    operator: str
    action: AuditAction
    entity: str
    entity_id: int | None
    summary: str
    organisation: str
    room: str


@dataclass(frozen=True)
class AuditDetail:
    row: AuditRow
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def changed_fields(self) -> list[str]:
        """Fields whose value differs (all fields of a creation or a deletion), in a stable order."""
        before, after = self.before or {}, self.after or {}
        keys = list(dict.fromkeys([*before, *after]))
        return [key for key in keys if before.get(key) != after.get(key)]


def _filtered(statement: Select[Any], audit_filter: AuditFilter) -> Select[Any]:
    if audit_filter.first_day is not None:
        statement = statement.where(AuditEntry.at >= local_day_bounds(audit_filter.first_day)[0])
    if audit_filter.last_day is not None:
        statement = statement.where(AuditEntry.at < local_day_bounds(audit_filter.last_day)[1])
    if audit_filter.operator:
        statement = statement.where(AuditEntry.operator == audit_filter.operator)
    if audit_filter.organisation_id is not None:
        statement = statement.where(AuditEntry.organisation_id == audit_filter.organisation_id)
    if audit_filter.room_id is not None:
        statement = statement.where(AuditEntry.room_id == audit_filter.room_id)
    return statement


def count_entries(database: Database, audit_filter: AuditFilter) -> int:
    with database.read_session() as session:
        return session.scalar(_filtered(select(func.count(AuditEntry.id)), audit_filter)) or 0


def _rows_statement() -> Select[Any]:
    return (select(AuditEntry.id, AuditEntry.at, AuditEntry.operator, AuditEntry.action, AuditEntry.entity,
                   AuditEntry.entity_id, AuditEntry.summary, Organisation.name, Room.name)
            .outerjoin(Organisation, Organisation.id == AuditEntry.organisation_id)
            .outerjoin(Room, Room.id == AuditEntry.room_id))


def _row(values: Any) -> AuditRow:
    (entry_id, at, operator, action, entity, entity_id, summary, organisation, room) = values
    return AuditRow(entry_id, at, operator, action, entity, entity_id, summary or "", organisation or "", room or "")


def list_entries(database: Database, audit_filter: AuditFilter, *, offset: int = 0, limit: int = 200) -> list[AuditRow]:
    """Newest first; the index on ``at`` lets the database page without sorting the whole log."""
    statement = (_filtered(_rows_statement(), audit_filter)
                 .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).offset(offset).limit(limit))
    with database.read_session() as session:
        return [_row(values) for values in session.execute(statement)]


def get_entry(database: Database, entry_id: int) -> AuditDetail:
    with database.read_session() as session:
        values = session.execute(_rows_statement().where(AuditEntry.id == entry_id)).one_or_none()
        if values is None:
            raise NotFound(translate("AuditLog", "This audit entry does not exist."))
        before, after = session.execute(
            select(AuditEntry.before, AuditEntry.after).where(AuditEntry.id == entry_id)).one()
        return AuditDetail(_row(values), before, after)


def operators(database: Database) -> list[str]:
    """The people named in the log, in Latvian alphabetical order (Ārija before Zane)."""
    with database.read_session() as session:
        return sorted_latvian(session.scalars(select(AuditEntry.operator).distinct()))


def organisations_in_log(database: Database) -> list[tuple[int, str]]:
    """Organisations the log mentions, in Latvian alphabetical order."""
    with database.read_session() as session:
        mentioned = select(AuditEntry.organisation_id).where(AuditEntry.organisation_id.is_not(None)).distinct()
        return [(row.id, row.name) for row in session.execute(
            select(Organisation.id, Organisation.name).where(Organisation.id.in_(mentioned))
            .order_by(Organisation.sort_key))]


def rooms(database: Database) -> list[tuple[int, str]]:
    """Rooms in Latvian order of their names (no database sorts them so; rooms are few)."""
    with database.read_session() as session:
        rows = session.execute(select(Room.id, Room.name).order_by(Room.id)).all()
    return [(row.id, row.name) for row in sorted_latvian(rows, key=lambda row: row.name)]
