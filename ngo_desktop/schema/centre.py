"""The centre's own details, printed on every document and shared by every front desk.

The tables (Core); what each row and column means is told on the classes mapped onto them, in
``ngo_desktop.models.centre``.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)

from ngo_desktop.schema.base import UTCDateTime, metadata, utcnow

centre_profile_table = Table(
    "centre_profile",
    metadata,
    Column("id", Integer, primary_key=True, default=1),
    Column("name", String(200), default="", nullable=False),
    Column("address", String(300), default="", nullable=False),
    Column("phone", String(40), default="", nullable=False),
    Column("email", String(200), default="", nullable=False),
    Column("website", String(300), default="", nullable=False),
    Column("registration_number", String(20), default="", nullable=False),
    Column("logo_png", LargeBinary),
    Column("house_rules", Text, default="", nullable=False),
    Column("updated_at", UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False),
    CheckConstraint("id = 1", name="single_row"),
)
