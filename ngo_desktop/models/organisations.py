"""The registry: organisations, their contact people and fields of activity."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Mapped, relationship

from ngo_desktop.models.base import Base
from ngo_desktop.schema.enums import LegalForm, MembershipStatus, OrganisationKind
from ngo_desktop.schema.organisations import (
    contact_person_table,
    field_of_activity_table,
    organisation_field_table,
    organisation_table,
)


class FieldOfActivity(Base):
    """A field such as social care, culture, youth, environment."""

    __table__ = field_of_activity_table

    id: Mapped[int]
    name: Mapped[str]
    sort_key: Mapped[str]


class Organisation(Base):
    """An association, foundation, entrepreneur, municipal body or other partner.

    ``sort_key`` is the Latvian collation key of the name without quotes and legal-form words,
    so the database can sort and page by it; ``match_key`` is the name folded for finding
    near-duplicates (case, quotes, diacritics and legal-form words ignored). Both are written
    by the services whenever the name changes.
    """

    __table__ = organisation_table

    id: Mapped[int]
    name: Mapped[str]
    sort_key: Mapped[str]
    match_key: Mapped[str]
    legal_form: Mapped[LegalForm]
    registration_number: Mapped[str | None]
    kind: Mapped[OrganisationKind]
    membership: Mapped[MembershipStatus]
    member_since: Mapped[dt.date | None]
    membership_fee_cents: Mapped[int]
    last_paid_year: Mapped[int | None]
    discount_percent: Mapped[int]
    discount_reason: Mapped[str]
    address: Mapped[str]
    phone: Mapped[str]
    email: Mapped[str]
    website: Mapped[str]
    logo_png: Mapped[bytes | None]  # printed on flyers of fairs it partners
    notes: Mapped[str]
    archived: Mapped[bool]
    archived_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    version: Mapped[int]

    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="organisation", order_by="ContactPerson.id", cascade="all, delete-orphan"
    )
    fields: Mapped[list[FieldOfActivity]] = relationship(secondary=organisation_field_table)

    __mapper_args__ = {"version_id_col": organisation_table.c.version}


class ContactPerson(Base):
    """A person who speaks for an organisation. Anonymised, never deleted, once they have history.

    ``sort_key`` is the Latvian collation key of the name as written (``ngo_desktop.sorting.sort_key``),
    so lists sorted by a contact person sort in the database; the services write it whenever the
    name changes, and forgetting a person replaces it with the placeholder's key.
    """

    __table__ = contact_person_table

    id: Mapped[int]
    organisation_id: Mapped[int]
    name: Mapped[str]
    sort_key: Mapped[str]
    role: Mapped[str]
    phone: Mapped[str]
    email: Mapped[str]
    is_main: Mapped[bool]
    consent_date: Mapped[dt.date | None]
    notes: Mapped[str]
    anonymised_at: Mapped[dt.datetime | None]
    version: Mapped[int]

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")

    __mapper_args__ = {"version_id_col": contact_person_table.c.version}
