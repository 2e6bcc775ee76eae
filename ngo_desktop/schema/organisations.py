"""The registry: organisations, their contact people and fields of activity.

The tables (Core); what each row and column means is told on the classes mapped onto them, in
``ngo_desktop.models.organisations``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)

from ngo_desktop.schema.base import UTCDateTime, enum_column, metadata, sort_key_column_type, utcnow
from ngo_desktop.schema.enums import LegalForm, MembershipStatus, OrganisationKind

organisation_field_table = Table(
    "organisation_field",
    metadata,
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
    Column("field_id", ForeignKey("field_of_activity.id", ondelete="CASCADE"), primary_key=True),
)


field_of_activity_table = Table(
    "field_of_activity",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(120), unique=True, nullable=False),
    Column("sort_key", sort_key_column_type(), default="", nullable=False),
)


organisation_table = Table(
    "organisation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False),
    Column("sort_key", sort_key_column_type(), default="", index=True, nullable=False),
    Column("match_key", String(300), default="", index=True, nullable=False),
    Column("legal_form", enum_column(LegalForm), default=LegalForm.ASSOCIATION, nullable=False),
    Column("registration_number", String(20), unique=True),
    Column("kind", enum_column(OrganisationKind), default=OrganisationKind.NGO, nullable=False),
    Column("membership", enum_column(MembershipStatus), default=MembershipStatus.NONE, nullable=False),
    Column("member_since", Date),
    Column("membership_fee_cents", Integer, default=0, nullable=False),
    Column("last_paid_year", Integer),
    Column("discount_percent", Integer, default=0, nullable=False),
    Column("discount_reason", String(300), default="", nullable=False),
    Column("address", String(300), default="", nullable=False),
    Column("phone", String(40), default="", nullable=False),
    Column("email", String(200), default="", nullable=False),
    Column("website", String(300), default="", nullable=False),
    Column("logo_png", LargeBinary),  # printed on flyers of fairs it partners
    Column("notes", Text, default="", nullable=False),
    Column("archived", Boolean, default=False, index=True, nullable=False),
    Column("archived_at", UTCDateTime),
    Column("created_at", UTCDateTime, default=utcnow, nullable=False),
    Column("updated_at", UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False),
    Column("version", Integer, default=1, nullable=False),
    CheckConstraint("discount_percent BETWEEN 0 AND 100", name="discount_is_percent"),
    CheckConstraint("membership_fee_cents >= 0", name="fee_not_negative"),
)


contact_person_table = Table(
    "contact_person",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("organisation_id", ForeignKey("organisation.id"), index=True, nullable=False),
    Column("name", String(200), nullable=False),
    Column("sort_key", sort_key_column_type(), default="", nullable=False),
    Column("role", String(120), default="", nullable=False),
    Column("phone", String(40), default="", nullable=False),
    Column("email", String(200), default="", nullable=False),
    Column("is_main", Boolean, default=False, nullable=False),
    Column("consent_date", Date),
    Column("notes", Text, default="", nullable=False),
    Column("anonymised_at", UTCDateTime),
    Column("version", Integer, default=1, nullable=False),
)
