"""Pop-up premises let to new entrepreneurs, their tenancies and monthly payments.

The tables (Core); what each row and column means is told on the classes mapped onto them, in
``ngo_desktop.models.premises``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from ngo_desktop.schema.base import UTCDateTime, enum_column, metadata, utcnow
from ngo_desktop.schema.enums import ReductionKind

premises_table = Table(
    "premises",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("address", String(300), nullable=False),
    Column("area_m2", Float),
    Column("photo", LargeBinary),
    Column("owner_organisation_id", ForeignKey("organisation.id")),
    Column("owner_name", String(200), default="", nullable=False),
    Column("base_rent_cents", Integer, default=0, nullable=False),
    Column("electricity_cents", Integer, default=0, nullable=False),
    Column("water_cents", Integer, default=0, nullable=False),
    Column("heating_cents", Integer, default=0, nullable=False),
    Column("max_tenants", Integer, default=1, nullable=False),
    Column("notes", Text, default="", nullable=False),
    Column("archived", Boolean, default=False, nullable=False),
    Column("created_at", UTCDateTime, default=utcnow, nullable=False),
    Column("version", Integer, default=1, nullable=False),
    CheckConstraint("max_tenants >= 1", name="at_least_one_tenant"),
    CheckConstraint(
        "base_rent_cents >= 0 AND electricity_cents >= 0 AND water_cents >= 0 AND heating_cents >= 0",
        name="money_not_negative",
    ),
)


tenancy_table = Table(
    "tenancy",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("premises_id", ForeignKey("premises.id"), index=True, nullable=False),
    Column("organisation_id", ForeignKey("organisation.id"), index=True, nullable=False),
    Column("starts_on", Date, nullable=False),
    Column("ends_on", Date, nullable=False),
    Column("activity", String(300), default="", nullable=False),
    Column("rent_share_percent", Integer, default=100, nullable=False),
    Column("rent_reduction_kind", enum_column(ReductionKind), default=ReductionKind.NONE, nullable=False),
    Column("rent_reduction", Integer, default=0, nullable=False),
    Column("utilities_reduction_kind", enum_column(ReductionKind, name="utilities_reductionkind"),
           default=ReductionKind.NONE, nullable=False),
    Column("utilities_reduction", Integer, default=0, nullable=False),
    Column("decision_number", String(60), default="", nullable=False),
    Column("decision_date", Date),
    Column("payment_due_day", Integer, default=10, server_default="10", nullable=False),
    Column("ended_early_on", Date),
    Column("notes", Text, default="", nullable=False),
    Column("created_at", UTCDateTime, default=utcnow, nullable=False),
    Column("version", Integer, default=1, nullable=False),
    CheckConstraint("ends_on >= starts_on", name="ends_after_starts"),
    CheckConstraint("rent_share_percent BETWEEN 0 AND 100", name="share_is_percent"),
    CheckConstraint("rent_reduction >= 0 AND utilities_reduction >= 0", name="reduction_not_negative"),
    CheckConstraint("payment_due_day BETWEEN 1 AND 28", name="due_day_in_every_month"),
)


tenancy_payment_table = Table(
    "tenancy_payment",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("tenancy_id", ForeignKey("tenancy.id"), nullable=False),
    Column("month", Date, nullable=False),
    Column("amount_cents", Integer, nullable=False),
    Column("paid_on", Date, nullable=False),
    Column("note", String(300), default="", nullable=False),
    UniqueConstraint("tenancy_id", "month"),
    CheckConstraint("amount_cents >= 0", name="amount_not_negative"),
)
