"""A record of each document printed, so an organisation's page can list what it was given.

The tables (Core); what each row and column means is told on the classes mapped onto them, in
``ngo_desktop.models.documents``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
)

from ngo_desktop.schema.base import UTCDateTime, metadata, utcnow

printed_document_table = Table(
    "printed_document",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("title", String(300), default="", nullable=False),
    Column("parameters", JSON, default=dict, nullable=False),
    Column("organisation_id", ForeignKey("organisation.id"), index=True),
    Column("created_at", UTCDateTime, default=utcnow, nullable=False),
    Column("operator", String(120), default="", nullable=False),
)
