"""Fairs and markets: their days and programme, stall layouts, vendor applications and stalls.

The tables (Core); what each row and column means is told on the classes mapped onto them, in
``ngo_desktop.models.fairs``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)

from ngo_desktop.schema.base import UTCDateTime, enum_column, metadata, utcnow
from ngo_desktop.schema.enums import (
    ApplicationStatus,
    CheckIn,
    FairKind,
    LandmarkKind,
    PaymentStatus,
    VendorCategory,
)

fair_partner_table = Table(
    "fair_partner",
    metadata,
    Column("fair_id", ForeignKey("fair.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisation.id"), primary_key=True),
)


stall_layout_table = Table(
    "stall_layout",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), unique=True, nullable=False),
    Column("width_m", Float, default=50.0, nullable=False),
    Column("depth_m", Float, default=30.0, nullable=False),
    Column("notes", Text, default="", nullable=False),
    Column("created_at", UTCDateTime, default=utcnow, nullable=False),
    CheckConstraint("width_m > 0 AND depth_m > 0", name="positive_size"),
)


stall_table = Table(
    "stall",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("layout_id", ForeignKey("stall_layout.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("number", String(20), nullable=False),
    Column("sort_order", Integer, default=0, nullable=False),
    Column("x_m", Float, default=0.0, nullable=False),
    Column("y_m", Float, default=0.0, nullable=False),
    Column("width_m", Float, default=3.0, nullable=False),
    Column("depth_m", Float, default=3.0, nullable=False),
    Column("rotation_deg", Float, default=0.0, nullable=False),
    Column("has_power", Boolean, default=False, nullable=False),
    Column("has_table", Boolean, default=False, nullable=False),
    Column("under_cover", Boolean, default=False, nullable=False),
    Column("archived", Boolean, default=False, nullable=False),
    UniqueConstraint("layout_id", "number"),
    CheckConstraint("width_m > 0 AND depth_m > 0", name="positive_size"),
    # The services keep a stall inside its plan; the database at least refuses a negative place.
    CheckConstraint("x_m >= 0 AND y_m >= 0", name="position_on_plan"),
)


landmark_table = Table(
    "landmark",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("layout_id", ForeignKey("stall_layout.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("kind", enum_column(LandmarkKind), default=LandmarkKind.OTHER, nullable=False),
    Column("label", String(120), default="", nullable=False),
    Column("x_m", Float, default=0.0, nullable=False),
    Column("y_m", Float, default=0.0, nullable=False),
    Column("width_m", Float, default=4.0, nullable=False),
    Column("depth_m", Float, default=4.0, nullable=False),
    Column("rotation_deg", Float, default=0.0, nullable=False),
    CheckConstraint("x_m >= 0 AND y_m >= 0", name="position_on_plan"),
)


fair_table = Table(
    "fair",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False),
    Column("kind", enum_column(FairKind), default=FairKind.MARKET_DAY, nullable=False),
    Column("site_id", ForeignKey("site.id")),
    Column("address", String(300), default="", nullable=False),
    Column("description", Text, default="", nullable=False),
    Column("web_url", String(300), default="", nullable=False),
    Column("opens", Time, default=dt.time(9, 0), nullable=False),
    Column("closes", Time, default=dt.time(15, 0), nullable=False),
    Column("repeat_rule", String(500), default="", nullable=False),
    Column("layout_id", ForeignKey("stall_layout.id")),
    Column("archived", Boolean, default=False, nullable=False),
    Column("created_at", UTCDateTime, default=utcnow, nullable=False),
    Column("version", Integer, default=1, nullable=False),
)


fair_day_table = Table(
    "fair_day",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("fair_id", ForeignKey("fair.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("day", Date, nullable=False),
    Column("opens", Time, nullable=False),
    Column("closes", Time, nullable=False),
    Column("cancelled", Boolean, default=False, nullable=False),
    UniqueConstraint("fair_id", "day"),
)


programme_item_table = Table(
    "programme_item",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("fair_day_id", ForeignKey("fair_day.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("starts", Time, nullable=False),
    Column("ends", Time),
    Column("title", String(300), nullable=False),
    Column("performer", String(300), default="", nullable=False),
)


stall_price_table = Table(
    "stall_price",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("fair_id", ForeignKey("fair.id", ondelete="CASCADE"), nullable=False),
    Column("width_m", Float, nullable=False),
    Column("depth_m", Float, nullable=False),
    Column("price_cents", Integer, nullable=False),
    UniqueConstraint("fair_id", "width_m", "depth_m"),
    CheckConstraint("price_cents >= 0", name="price_not_negative"),
)


vendor_application_table = Table(
    "vendor_application",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("fair_id", ForeignKey("fair.id"), index=True, nullable=False),
    Column("organisation_id", ForeignKey("organisation.id"), index=True, nullable=False),
    Column("contact_person_id", ForeignKey("contact_person.id")),
    Column("goods", String(500), default="", nullable=False),
    Column("category", enum_column(VendorCategory), default=VendorCategory.OTHER, nullable=False),
    Column("needs_power", Boolean, default=False, nullable=False),
    Column("notes", Text, default="", nullable=False),
    Column("applied_at", UTCDateTime, default=utcnow, nullable=False),
    Column("version", Integer, default=1, nullable=False),
    UniqueConstraint("fair_id", "organisation_id"),
)


application_day_table = Table(
    "application_day",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("application_id", ForeignKey("vendor_application.id", ondelete="CASCADE"), nullable=False),
    Column("fair_day_id", ForeignKey("fair_day.id"), index=True, nullable=False),
    Column("status", enum_column(ApplicationStatus), default=ApplicationStatus.APPLIED, nullable=False),
    Column("waitlist_position", Integer),
    Column("fee_cents", Integer, default=0, nullable=False),
    Column("fee_reduction_reason", String(300), default="", nullable=False),
    Column("payment_status", enum_column(PaymentStatus), default=PaymentStatus.UNPAID, nullable=False),
    Column("paid_on", Date),
    Column("check_in", enum_column(CheckIn)),
    Column("offered_at", UTCDateTime),
    UniqueConstraint("application_id", "fair_day_id"),
    CheckConstraint("fee_cents >= 0", name="fee_not_negative"),
)


stall_assignment_table = Table(
    "stall_assignment",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("application_day_id", ForeignKey("application_day.id", ondelete="CASCADE"), unique=True, nullable=False),
    Column("fair_day_id", ForeignKey("fair_day.id"), index=True, nullable=False),
    Column("stall_id", ForeignKey("stall.id"), nullable=False),
    Column("assigned_at", UTCDateTime, default=utcnow, nullable=False),
    UniqueConstraint("fair_day_id", "stall_id"),
)
