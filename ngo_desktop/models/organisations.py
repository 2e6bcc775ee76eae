"""The registry: organisations, their contact people and fields of activity."""

from __future__ import annotations

import datetime as dt

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
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ngo_desktop.models.base import Base, UTCDateTime, enum_column, sort_key_column_type, utcnow
from ngo_desktop.models.enums import LegalForm, MembershipStatus, OrganisationKind

organisation_field = Table(
    "organisation_field",
    Base.metadata,
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
    Column("field_id", ForeignKey("field_of_activity.id", ondelete="CASCADE"), primary_key=True),
)


class FieldOfActivity(Base):
    """A field such as social care, culture, youth, environment."""

    __tablename__ = "field_of_activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    sort_key: Mapped[str] = mapped_column(sort_key_column_type(), default="")


class Organisation(Base):
    """An association, foundation, entrepreneur, municipal body or other partner.

    ``sort_key`` is the Latvian collation key of the name without quotes and legal-form words,
    so the database can sort and page by it; ``match_key`` is the name folded for finding
    near-duplicates (case, quotes, diacritics and legal-form words ignored). Both are written
    by the services whenever the name changes.
    """

    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint("discount_percent BETWEEN 0 AND 100", name="discount_is_percent"),
        CheckConstraint("membership_fee_cents >= 0", name="fee_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    sort_key: Mapped[str] = mapped_column(sort_key_column_type(), default="", index=True)
    match_key: Mapped[str] = mapped_column(String(300), default="", index=True)
    legal_form: Mapped[LegalForm] = mapped_column(enum_column(LegalForm), default=LegalForm.ASSOCIATION)
    registration_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    kind: Mapped[OrganisationKind] = mapped_column(enum_column(OrganisationKind), default=OrganisationKind.NGO)
    membership: Mapped[MembershipStatus] = mapped_column(
        enum_column(MembershipStatus), default=MembershipStatus.NONE
    )
    member_since: Mapped[dt.date | None] = mapped_column(Date)
    membership_fee_cents: Mapped[int] = mapped_column(Integer, default=0)
    last_paid_year: Mapped[int | None] = mapped_column(Integer)
    discount_percent: Mapped[int] = mapped_column(Integer, default=0)
    discount_reason: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)  # printed on flyers of fairs it partners
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="organisation", order_by="ContactPerson.id", cascade="all, delete-orphan"
    )
    fields: Mapped[list[FieldOfActivity]] = relationship(secondary=organisation_field)

    __mapper_args__ = {"version_id_col": version}


class ContactPerson(Base):
    """A person who speaks for an organisation. Anonymised, never deleted, once they have history.

    ``sort_key`` is the Latvian collation key of the name as written (``ngo_desktop.sorting.sort_key``),
    so lists sorted by a contact person sort in the database; the services write it whenever the
    name changes, and forgetting a person replaces it with the placeholder's key.
    """

    __tablename__ = "contact_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    sort_key: Mapped[str] = mapped_column(sort_key_column_type(), default="")
    role: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")

    __mapper_args__ = {"version_id_col": version}
