"""The audit log: who changed what and when, with the values before and after."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Mapped

from ngo_desktop.models.base import Base
from ngo_desktop.schema.audit import audit_entry_table
from ngo_desktop.schema.enums import AuditAction


class AuditEntry(Base):
    """One change. ``organisation_id`` and ``room_id`` are kept for filtering, not as ownership."""

    __table__ = audit_entry_table

    id: Mapped[int]
    at: Mapped[dt.datetime]
    operator: Mapped[str]
    action: Mapped[AuditAction]
    entity: Mapped[str]
    entity_id: Mapped[int | None]
    summary: Mapped[str]
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]
    organisation_id: Mapped[int | None]
    room_id: Mapped[int | None]
