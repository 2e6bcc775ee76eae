"""One organisation: reading, validating, creating, changing, archiving and deleting it.

The form hands in an ``OrganisationData`` with its contact people and gets back ids and versions;
every change is one transaction with its audit entries. Near-duplicates (same registration number,
or a name differing only in case, quotes, diacritics or legal-form words) are found with
``find_similar`` so the form can warn before creating a second record of the same organisation.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Select, delete, exists, func, or_, select, update
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.orm.exc import StaleDataError

from ngo_desktop.database.core import Database
from ngo_desktop.database.together import read_together
from ngo_desktop.errors import ChangedElsewhere, DomainError, NotFound, ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.models import (
    AuditAction,
    AuditEntry,
    Booking,
    BookingSeries,
    ContactPerson,
    FieldOfActivity,
    LegalForm,
    MembershipStatus,
    Organisation,
    OrganisationKind,
    Premises,
    PrintedDocument,
    Tenancy,
    VendorApplication,
)
from ngo_desktop.schema.fairs import fair_partner_table
from ngo_desktop.services import audit
from ngo_desktop.services.organisations.alike import AlikeIndex, alike_words
from ngo_desktop.services.organisations.validation import (
    PhoneProblem,
    email_problem,
    normalise_phone,
    normalise_registration_number,
    registration_number_problem,
)
from ngo_desktop.sorting import organisation_match_key, organisation_sort_key, sort_key, sorted_latvian
from ngo_desktop.timeutil import now_utc, today_local
from ngo_desktop.vocabulary import quoted

EARLIEST_PAID_YEAR = 1990


@dataclass(frozen=True, slots=True)
class ContactData:
    """A contact person as the form edits it; ``id`` None for a new one."""

    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    is_main: bool = False
    consent_date: dt.date | None = None
    notes: str = ""
    id: int | None = None
    anonymised: bool = False


@dataclass(frozen=True)  # no slots: the form copies one through its __dict__
class OrganisationData:
    """An organisation as the form edits it; ``id`` None and ``version`` 0 for a new one."""

    name: str
    legal_form: LegalForm = LegalForm.ASSOCIATION
    registration_number: str = ""
    kind: OrganisationKind = OrganisationKind.NGO
    membership: MembershipStatus = MembershipStatus.NONE
    member_since: dt.date | None = None
    last_paid_year: int | None = None
    membership_fee_cents: int = 0
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_png: bytes | None = None
    notes: str = ""
    fields: tuple[str, ...] = ()
    contacts: tuple[ContactData, ...] = ()
    id: int | None = None
    version: int = 0
    archived: bool = False


@dataclass(frozen=True)
class SimilarOrganisation:
    id: int
    name: str
    registration_number: str
    archived: bool
    same_registration_number: bool


@dataclass(frozen=True)
class FieldInfo:
    id: int
    name: str


@dataclass(frozen=True)
class SaveResult:
    """``saved`` is the organisation as it was written (version and contact ids included), so the
    form shows it without reading it back."""

    id: int
    version: int
    contact_ids: tuple[int, ...] = field(default_factory=tuple)
    saved: OrganisationData | None = None


# --- reading ------------------------------------------------------------------------------
def _with_contacts_and_fields(session: Session) -> tuple[Any, ...]:
    """Loading options for an organisation with its contact people and fields of activity.

    On a server one statement (a row per person and field: a handful), not three: each is a round
    trip across town. SQLite has no round trips, and for the fields' nested join its planner builds a
    temporary index over every organisation's fields (4 ms instead of 0.8 on the large demo data),
    so there the fields come in a statement of their own."""
    if session.get_bind().dialect.name == "sqlite":
        return joinedload(Organisation.contacts), selectinload(Organisation.fields)
    return joinedload(Organisation.contacts), joinedload(Organisation.fields)


def get_organisation(database: Database, organisation_id: int) -> OrganisationData:
    with database.read_session() as session:
        return organisation_in(session, organisation_id)


def organisation_in(session: Session, organisation_id: int) -> OrganisationData:
    """``get_organisation`` in a session the caller holds."""
    organisation = session.get(Organisation, organisation_id, options=_with_contacts_and_fields(session))
    if organisation is None:
        raise NotFound(translate("Organisations", "This organisation no longer exists."))
    return _to_data(organisation)


def _to_data(organisation: Organisation) -> OrganisationData:
    return OrganisationData(
        id=organisation.id,
        version=organisation.version,
        name=organisation.name,
        legal_form=organisation.legal_form,
        registration_number=organisation.registration_number or "",
        kind=organisation.kind,
        membership=organisation.membership,
        member_since=organisation.member_since,
        last_paid_year=organisation.last_paid_year,
        membership_fee_cents=organisation.membership_fee_cents,
        address=organisation.address,
        phone=organisation.phone,
        email=organisation.email,
        website=organisation.website,
        logo_png=organisation.logo_png,
        notes=organisation.notes,
        archived=organisation.archived,
        fields=tuple(sorted_latvian(item.name for item in organisation.fields)),
        contacts=tuple(
            ContactData(
                id=contact.id, name=contact.name, role=contact.role, phone=contact.phone,
                email=contact.email, is_main=contact.is_main, consent_date=contact.consent_date,
                notes=contact.notes, anonymised=contact.anonymised_at is not None,
            )
            for contact in organisation.contacts
        ),
    )


def list_fields(database: Database) -> list[FieldInfo]:
    """Every field of activity in Latvian order."""
    with database.read_session() as session:
        rows = session.execute(select(FieldOfActivity.id, FieldOfActivity.name)
                               .order_by(FieldOfActivity.sort_key, FieldOfActivity.id))
        return [FieldInfo(id=row.id, name=row.name) for row in rows]


def field_names_statement() -> Select[tuple[str]]:
    """The names of ``list_fields``, one a row."""
    return select(FieldOfActivity.name).order_by(FieldOfActivity.sort_key, FieldOfActivity.id)


def find_similar(
    database: Database, *, name: str, registration_number: str = "", exclude_id: int | None = None
) -> list[SimilarOrganisation]:
    """Organisations that are probably the one described: the same number first, then names that
    look alike (``alike.looks_alike``: "biedrība „Sudrabs”" beside "Pensionāru biedrība „Sudrabs”")."""
    with database.read_session() as session:
        return similar_in(session, name=name, registration_number=registration_number, exclude_id=exclude_id)


def similar_in(
    session: Session, *, name: str, registration_number: str = "", exclude_id: int | None = None
) -> list[SimilarOrganisation]:
    """``find_similar`` in a session the caller holds (the save's own transaction)."""
    number = normalise_registration_number(registration_number)
    match_key = organisation_match_key(name)
    # Short words ("un", "a") would fetch half the registry to compare; they cannot decide alone.
    conditions = [Organisation.match_key.like(f"%{word}%") for word in alike_words(match_key) if len(word) >= 3]
    if match_key:
        conditions.append(Organisation.match_key == match_key)
    if number:
        conditions.append(Organisation.registration_number == number)
    if not conditions:
        return []
    statement = select(Organisation.id, Organisation.name, Organisation.registration_number,
                       Organisation.archived, Organisation.match_key).where(or_(*conditions))
    if exclude_id is not None:
        statement = statement.where(Organisation.id != exclude_id)
    rows = {row.id: row for row in session.execute(statement)}
    same_number = [row.id for row in rows.values() if number and row.registration_number == number]
    alike = AlikeIndex((row.id, row.match_key) for row in rows.values()).matches(name)
    return [
        SimilarOrganisation(id=found.id, name=found.name, registration_number=found.registration_number or "",
                            archived=found.archived, same_registration_number=found.id in same_number)
        for found in (rows[organisation_id] for organisation_id in dict.fromkeys(same_number + alike))
    ]


# --- validation ---------------------------------------------------------------------------
def clean_and_validate(data: OrganisationData) -> OrganisationData:
    """``data`` with trimmed text and phones in the kept format; raises ValidationFailed.

    Problem keys are the field names, and ``contacts.N.field`` for the N-th contact person.
    """
    problems: dict[str, str] = {}
    name = " ".join(data.name.split())
    if not name:
        problems["name"] = translate("Organisations", "Enter the organisation's name.")
    number = normalise_registration_number(data.registration_number)
    if problem := registration_number_problem(number):
        problems["registration_number"] = problem
    email = data.email.strip()
    if problem := email_problem(email):
        problems["email"] = problem
    phone = _clean_phone(data.phone, "phone", problems)
    # Today asked only for a year to check: an import checks 100,000 rows, nearly all without one.
    if data.last_paid_year is not None:
        this_year = today_local().year
        if not EARLIEST_PAID_YEAR <= data.last_paid_year <= this_year + 1:
            problems["last_paid_year"] = translate(
                "Organisations", "The last paid year must be between {first} and {last}."
            ).format(first=EARLIEST_PAID_YEAR, last=this_year + 1)
    if data.membership_fee_cents < 0:
        problems["membership_fee_cents"] = translate("Organisations", "The membership fee cannot be negative.")
    contacts = []
    for index, contact in enumerate(data.contacts):
        prefix = f"contacts.{index}."
        contact_name = " ".join(contact.name.split())
        if not contact_name:
            problems[prefix + "name"] = translate("Organisations", "Enter the contact person's name.")
        contact_email = contact.email.strip()
        if problem := email_problem(contact_email):
            problems[prefix + "email"] = problem
        cleaned = {"name": contact_name, "role": contact.role.strip(), "email": contact_email,
                   "phone": _clean_phone(contact.phone, prefix + "phone", problems), "notes": contact.notes.strip()}
        # Copied only when something changed: an import checks 100,000 contacts, nearly all clean.
        changed = any(getattr(contact, key) != value for key, value in cleaned.items())
        contacts.append(replace(contact, **cleaned) if changed else contact)
    if problems:
        raise ValidationFailed(problems)
    # Exactly one main contact among the living: the first ticked, else the first person.
    living = [index for index, contact in enumerate(contacts) if not contact.anonymised]
    main = next((index for index in living if contacts[index].is_main), living[0] if living else None)
    for index in living:
        if contacts[index].is_main != (index == main):
            contacts[index] = replace(contacts[index], is_main=index == main)
    return replace(
        data, name=name, registration_number=number, email=email, phone=phone,
        address=data.address.strip(), website=data.website.strip(), notes=data.notes.strip(),
        # Interned: an import holds 100,000 organisations naming the same few fields.
        fields=tuple(dict.fromkeys(sys.intern(" ".join(item.split())) for item in data.fields if item.strip())),
        contacts=tuple(contacts),
    )


def _clean_phone(text: str, key: str, problems: dict[str, str]) -> str:
    try:
        return normalise_phone(text)
    except PhoneProblem as problem:
        problems[key] = str(problem)
        return text


def _check_number_is_free(session: Session, number: str, organisation_id: int | None) -> None:
    if not number:
        return
    statement = select(Organisation.name).where(Organisation.registration_number == number)
    if organisation_id is not None:
        statement = statement.where(Organisation.id != organisation_id)
    holder = session.scalar(statement)
    if holder is not None:
        raise ValidationFailed({"registration_number": translate(
            "Organisations", "The registration number {number} already belongs to {name}."
        ).format(number=number, name=quoted(holder))})


# --- changing -----------------------------------------------------------------------------
def create_organisation(database: Database, data: OrganisationData) -> SaveResult:
    cleaned = clean_and_validate(data)
    with database.unit_of_work() as session:
        return _create_in(session, database.operator, cleaned)


def update_organisation(database: Database, data: OrganisationData) -> SaveResult:
    if data.id is None:
        raise NotFound(translate("Organisations", "This organisation no longer exists."))
    cleaned = clean_and_validate(data)
    try:
        with database.unit_of_work() as session:
            return _update_in(session, database.operator, cleaned)
    except StaleDataError as error:
        raise _changed_elsewhere() from error


def save_unless_similar(database: Database, data: OrganisationData) -> SaveResult | list[SimilarOrganisation]:
    """Create (``data.id`` None) or update the organisation, unless the registry holds look-alikes
    (``find_similar``): then nothing is written and they are returned, for the user to choose.

    The look-alikes are asked for in the save's own transaction: to a server across town a
    separate call would cost a BEGIN and a ROLLBACK more, and a wait between the two calls."""
    cleaned = clean_and_validate(data)
    try:
        with database.unit_of_work() as session:
            similar = similar_in(session, name=cleaned.name, registration_number=cleaned.registration_number,
                                 exclude_id=cleaned.id)
            if similar:
                return similar
            if cleaned.id is None:
                return _create_in(session, database.operator, cleaned)
            return _update_in(session, database.operator, cleaned)
    except StaleDataError as error:
        raise _changed_elsewhere() from error


def _create_in(session: Session, operator: str, cleaned: OrganisationData) -> SaveResult:
    _check_number_is_free(session, cleaned.registration_number, None)
    organisation = Organisation(name=cleaned.name)
    session.add(organisation)
    _apply_fields(session, organisation, cleaned)
    session.flush()
    contact_ids = _apply_contacts(session, operator, organisation, cleaned.contacts)
    audit.record(session, operator=operator, action=AuditAction.CREATE,
                 entity="organisation", entity_id=organisation.id, summary=organisation.name,
                 after=organisation_snapshot(organisation), organisation_id=organisation.id)
    return SaveResult(organisation.id, organisation.version, contact_ids, _to_data(organisation))


def _update_in(session: Session, operator: str, cleaned: OrganisationData) -> SaveResult:
    organisation = _load_for_change(session, cleaned.id, cleaned.version)
    if cleaned.registration_number != (organisation.registration_number or ""):
        # A number it keeps is its own (the column is unique): no round trip to ask.
        _check_number_is_free(session, cleaned.registration_number, organisation.id)
    before = organisation_snapshot(organisation)
    _apply_fields(session, organisation, cleaned)
    contact_ids = _apply_contacts(session, operator, organisation, cleaned.contacts)
    session.flush()
    after = organisation_snapshot(organisation)
    if before != after:
        audit.record(session, operator=operator, action=AuditAction.UPDATE,
                     entity="organisation", entity_id=organisation.id, summary=organisation.name,
                     before=before, after=after, organisation_id=organisation.id)
    return SaveResult(organisation.id, organisation.version, contact_ids, _to_data(organisation))


def _changed_elsewhere() -> ChangedElsewhere:
    return ChangedElsewhere(translate(
        "Organisations",
        "Someone else saved this organisation while you were editing it. Close the form, open the "
        "organisation again and make your change once more.",
    ))


def _load_for_change(session: Session, organisation_id: int | None, version: int | None) -> Organisation:
    organisation = session.get(Organisation, organisation_id, options=_with_contacts_and_fields(session))
    if organisation is None:
        raise NotFound(translate("Organisations", "This organisation no longer exists."))
    if version is not None and organisation.version != version:
        raise _changed_elsewhere()
    return organisation


def organisation_snapshot(organisation: Organisation) -> dict[str, Any]:
    """The organisation's columns plus its fields of activity, for the audit log."""
    values = audit.snapshot(organisation)
    values["fields"] = sorted_latvian(item.name for item in organisation.fields)
    return values


def _apply_fields(session: Session, organisation: Organisation, data: OrganisationData) -> None:
    """Copy the scalar values and the fields of activity (creating fields not yet known)."""
    kept = {item.name.casefold() for item in organisation.fields}
    if kept == {name.casefold() for name in data.fields}:
        fields = list(organisation.fields)  # the same fields: no need to read every known one
    else:
        # Looked up first: the query may autoflush, and a half-filled new organisation must not be.
        with session.no_autoflush:
            fields = fields_by_name(session, data.fields)
    organisation.name = data.name
    organisation.sort_key = organisation_sort_key(data.name)
    organisation.match_key = organisation_match_key(data.name)
    organisation.legal_form = data.legal_form
    organisation.registration_number = data.registration_number or None
    organisation.kind = data.kind
    organisation.membership = data.membership
    organisation.member_since = data.member_since
    organisation.last_paid_year = data.last_paid_year
    organisation.membership_fee_cents = data.membership_fee_cents
    organisation.address = data.address
    organisation.phone = data.phone
    organisation.email = data.email
    organisation.website = data.website
    organisation.logo_png = data.logo_png
    organisation.notes = data.notes
    organisation.fields = fields


def fields_by_name(session: Session, names: tuple[str, ...] | list[str]) -> list[FieldOfActivity]:
    """The fields of activity with these names, matched without regard to case; new ones created."""
    if not names:
        return []
    known = {item.name.casefold(): item for item in session.scalars(select(FieldOfActivity))}
    chosen = []
    for name in names:
        found = known.get(name.casefold())
        if found is None:
            found = FieldOfActivity(name=name, sort_key=sort_key(name))
            session.add(found)
            known[name.casefold()] = found
        if found not in chosen:
            chosen.append(found)
    return chosen


def _apply_contacts(
    session: Session, operator: str, organisation: Organisation, contacts: tuple[ContactData, ...]
) -> tuple[int, ...]:
    existing = {contact.id: contact for contact in organisation.contacts}
    kept_ids = {contact.id for contact in contacts if contact.id is not None}
    for removed_id in set(existing) - kept_ids:
        removed = existing[removed_id]
        if contact_has_history(session, removed_id):
            raise ValidationFailed({"contacts": translate(
                "Organisations", "{name} is named on bookings or applications and cannot be removed. Use "
                "“Forget this person” to remove their personal data instead."
            ).format(name=removed.name)})
        audit.record(session, operator=operator, action=AuditAction.DELETE, entity="contact_person",
                     entity_id=removed_id, summary=removed.name, before=audit.snapshot(removed),
                     organisation_id=organisation.id)
        organisation.contacts.remove(removed)
    session.flush()
    saved: list[ContactPerson] = []
    for data in contacts:
        contact = existing.get(data.id) if data.id is not None else None
        if data.id is not None and contact is None:
            raise _changed_elsewhere()
        if contact is not None and contact.anonymised_at is not None:
            saved.append(contact)  # a forgotten person stays forgotten
            continue
        before = audit.snapshot(contact) if contact is not None else None
        if contact is None:
            contact = ContactPerson(name=data.name)
            organisation.contacts.append(contact)
        contact.name, contact.role, contact.phone, contact.email = data.name, data.role, data.phone, data.email
        contact.sort_key = sort_key(data.name)
        contact.is_main, contact.consent_date, contact.notes = data.is_main, data.consent_date, data.notes
        session.flush()
        after = audit.snapshot(contact)
        if before != after:
            audit.record(session, operator=operator,
                         action=AuditAction.CREATE if before is None else AuditAction.UPDATE,
                         entity="contact_person", entity_id=contact.id, summary=contact.name,
                         before=before, after=after, organisation_id=organisation.id)
        saved.append(contact)
    return tuple(contact.id for contact in saved)


def contact_has_history(session: Session, contact_id: int) -> bool:
    return bool(session.scalar(select(
        exists().where(Booking.contact_person_id == contact_id)
        | exists().where(VendorApplication.contact_person_id == contact_id)
    )))


def has_history(database: Database, organisation_id: int) -> bool:
    """Whether anything the centre did involved this organisation (then it is archived, not deleted)."""
    with database.read_session() as session:
        return has_history_in(session, organisation_id)


def has_history_in(session: Session, organisation_id: int) -> bool:
    return bool(session.scalar(has_history_statement(organisation_id)))


def has_history_statement(organisation_id: int) -> Select[tuple[bool]]:
    """One row with whether the organisation has bookings, applications, tenancies, documents,
    premises or fair partnerships (then it cannot be deleted)."""
    contact_ids = select(ContactPerson.id).where(ContactPerson.organisation_id == organisation_id)
    return select(
        exists().where(Booking.organisation_id == organisation_id)
        | exists().where(Booking.contact_person_id.in_(contact_ids))
        | exists().where(BookingSeries.organisation_id == organisation_id)
        | exists().where(VendorApplication.organisation_id == organisation_id)
        | exists().where(Tenancy.organisation_id == organisation_id)
        | exists().where(PrintedDocument.organisation_id == organisation_id)
        | exists().where(Premises.owner_organisation_id == organisation_id)
        | exists().where(fair_partner_table.c.organisation_id == organisation_id)
    )


def set_archived(database: Database, organisation_id: int, archived: bool, *,
                 expected_version: int | None = None) -> int:
    """Archive or restore; returns the organisation's version after it. With ``expected_version``
    (an undo step), a change made at another desk since refuses with ``ChangedElsewhere``."""
    with database.unit_of_work() as session:
        organisation = _load_for_change(session, organisation_id, expected_version)
        if organisation.archived == archived:
            return organisation.version
        before = organisation_snapshot(organisation)
        organisation.archived = archived
        organisation.archived_at = now_utc() if archived else None
        session.flush()
        audit.record(session, operator=database.operator,
                     action=AuditAction.ARCHIVE if archived else AuditAction.RESTORE,
                     entity="organisation", entity_id=organisation.id, summary=organisation.name,
                     before=before, after=organisation_snapshot(organisation), organisation_id=organisation.id)
        return organisation.version


def delete_organisation(database: Database, organisation_id: int) -> None:
    """Delete an organisation the centre never did anything with; otherwise refuse (archive it)."""
    with database.unit_of_work() as session:
        organisation = _load_for_change(session, organisation_id, None)
        if has_history_in(session, organisation_id):
            raise DomainError(translate(
                "Organisations", "{name} has bookings, applications, tenancies or documents, so it cannot be "
                "deleted. Archive it instead: it will be hidden from the list but its history is kept."
            ).format(name=quoted(organisation.name)))
        before = organisation_snapshot(organisation)
        before["contacts"] = [audit.snapshot(contact) for contact in organisation.contacts]
        # The audit log keeps its entries (entity and id still name the organisation); only the
        # filtering link, a foreign key, has to let go of the row being deleted.
        session.execute(update(AuditEntry).where(AuditEntry.organisation_id == organisation_id)
                        .values(organisation_id=None))
        session.execute(delete(ContactPerson).where(ContactPerson.organisation_id == organisation_id))
        session.expunge(organisation)
        session.execute(delete(Organisation).where(Organisation.id == organisation_id))
        audit.record(session, operator=database.operator, action=AuditAction.DELETE,
                     entity="organisation", entity_id=organisation_id, summary=before["name"], before=before)


def organisation_names(database: Database, *, include_archived: bool = False) -> list[tuple[int, str]]:
    """(id, name) of every organisation in Latvian order, for pick lists in other sections."""
    statement = select(Organisation.id, Organisation.name).order_by(Organisation.sort_key, Organisation.id)
    if not include_archived:
        statement = statement.where(Organisation.archived.is_(False))
    with database.read_session() as session:
        return [(row.id, row.name) for row in session.execute(statement)]


def count_organisations(database: Database) -> int:
    with database.read_session() as session:
        return session.scalar(select(func.count()).select_from(Organisation)) or 0


def registry_overview(database: Database) -> tuple[int, list[FieldInfo]]:
    """``count_organisations`` and ``list_fields`` sent together: one round trip to a server."""
    with database.read_session() as session:
        counted, fields = read_together(session, (
            select(func.count()).select_from(Organisation),
            select(FieldOfActivity.id, FieldOfActivity.name).order_by(FieldOfActivity.sort_key, FieldOfActivity.id)))
    return counted[0][0] or 0, [FieldInfo(id=row.id, name=row.name) for row in fields]
