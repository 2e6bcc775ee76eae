"""The audit log: who changed what and when, with the values before and after.

The tables (Core); what each row and column means is told on the classes mapped onto them, in
``ngo_desktop.models.audit``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
)

from ngo_desktop.schema.base import UTCDateTime, enum_column, metadata, utcnow
from ngo_desktop.schema.enums import AuditAction

audit_entry_table = Table(
    "audit_entry",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime, default=utcnow, nullable=False),
    Column("operator", String(120), nullable=False),
    Column("action", enum_column(AuditAction), nullable=False),
    Column("entity", String(60), nullable=False),
    Column("entity_id", Integer),
    Column("summary", String(500), default="", nullable=False),
    Column("before", JSON),
    Column("after", JSON),
    Column("organisation_id", ForeignKey("organisation.id"), index=True),
    Column("room_id", ForeignKey("room.id"), index=True),
    Index("ix_audit_entry_at", "at"),
    Index("ix_audit_entry_entity", "entity", "entity_id"),
)
