"""The audit log: who changed what and when, with the values before and after."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ngo_desktop.models.base import Base, UTCDateTime, enum_column, utcnow
from ngo_desktop.models.enums import AuditAction


class AuditEntry(Base):
    """One change. ``organisation_id`` and ``room_id`` are kept for filtering, not as ownership."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_at", "at"),
        Index("ix_audit_entry_entity", "entity", "entity_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    operator: Mapped[str] = mapped_column(String(120))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(String(500), default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
