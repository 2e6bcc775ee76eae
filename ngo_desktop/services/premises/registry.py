"""Pop-up premises and their tenancies: saving them, the capacity rule, and recorded payments.

A tenancy's term is a range of whole days, both ends included: a term ending on 31.03 and the
next one starting on 01.04 share no day. A tenancy ended early counts only up to
``ended_early_on``. At no day may more tenancies run in one premises than its ``max_tenants``;
that rule lives here and nowhere else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ngo_desktop.database.core import Database
from ngo_desktop.errors import ChangedElsewhere, NotFound, ValidationFailed
from ngo_desktop.i18n import locale, translate
from ngo_desktop.models import AuditAction, Organisation, Premises, ReductionKind, Tenancy, TenancyPayment
from ngo_desktop.services import audit
from ngo_desktop.sorting import organisation_match_key, sort_key
from ngo_desktop.timeutil import format_date


@dataclass(frozen=True)
class PremisesInput:
    """What the premises form edits; money in cents per month."""

    name: str
    address: str
    area_m2: float | None = None
    owner_organisation_id: int | None = None
    owner_name: str = ""
    base_rent_cents: int = 0
    electricity_cents: int = 0
    water_cents: int = 0
    heating_cents: int = 0
    max_tenants: int = 1
    notes: str = ""
    photo: bytes | None = None


@dataclass(frozen=True)
class PremisesDetails(PremisesInput):
    id: int = 0
    version: int = 0
    archived: bool = False
    owner_organisation_name: str = ""

    @property
    def utilities_cents(self) -> int:
        return self.electricity_cents + self.water_cents + self.heating_cents

    def as_input(self) -> PremisesInput:
        return PremisesInput(**{field.name: getattr(self, field.name) for field in fields(PremisesInput)})


def area_text(area_m2: float | None) -> str:
    """The area as the language of the window writes numbers ("48.5 m²", "48,5 m²"); empty when
    unknown. The list, the form and the agreement summary all write it this way."""
    return "" if area_m2 is None else f"{locale().toString(area_m2, 'g', 6)} m²"


@dataclass(frozen=True)
class PremisesRow:
    """One line of the premises list: the premises and who is in it on the given day."""

    id: int
    name: str
    address: str
    area_m2: float | None
    base_rent_cents: int
    utilities_cents: int
    max_tenants: int
    current_tenants: int
    tenant_names: tuple[str, ...]
    archived: bool


# The day of the month a month's rent falls due unless the agreement names another; the latest day
# an agreement may name is the 28th, which every month has.
DEFAULT_PAYMENT_DUE_DAY = 10
LATEST_PAYMENT_DUE_DAY = 28


@dataclass(frozen=True)
class TenancyInput:
    """What the tenancy form edits. A reduction is a percentage (0–100) or cents off per month."""

    premises_id: int
    organisation_id: int
    starts_on: dt.date
    ends_on: dt.date
    activity: str = ""
    rent_share_percent: int = 100
    rent_reduction_kind: ReductionKind = ReductionKind.NONE
    rent_reduction: int = 0
    utilities_reduction_kind: ReductionKind = ReductionKind.NONE
    utilities_reduction: int = 0
    decision_number: str = ""
    decision_date: dt.date | None = None
    notes: str = ""
    payment_due_day: int = DEFAULT_PAYMENT_DUE_DAY


@dataclass(frozen=True)
class TenancyDetails(TenancyInput):
    id: int = 0
    version: int = 0
    ended_early_on: dt.date | None = None
    premises_name: str = ""
    tenant_name: str = ""

    @property
    def last_day(self) -> dt.date:
        """The last day the tenant holds the premises: the early end if there is one."""
        return self.ended_early_on or self.ends_on

    def as_input(self) -> TenancyInput:
        return TenancyInput(**{field.name: getattr(self, field.name) for field in fields(TenancyInput)})


@dataclass(frozen=True)
class OrganisationChoice:
    id: int
    name: str


def last_day_column():  # type: ignore[no-untyped-def]
    """SQL for the last day a tenancy runs (early end, else the agreed end)."""
    return func.coalesce(Tenancy.ended_early_on, Tenancy.ends_on)


# --- premises ------------------------------------------------------------------------------


def _check_premises(data: PremisesInput) -> None:
    problems: dict[str, str] = {}
    if not data.name.strip():
        problems["name"] = translate("Premises", "Enter a name for the premises, e.g. the shop's sign or street.")
    if not data.address.strip():
        problems["address"] = translate("Premises", "Enter the address of the premises.")
    if data.area_m2 is not None and data.area_m2 <= 0:
        problems["area_m2"] = translate("Premises", "The area must be more than 0 m², or left empty.")
    for key in ("base_rent_cents", "electricity_cents", "water_cents", "heating_cents"):
        if getattr(data, key) < 0:
            problems[key] = translate("Premises", "An amount cannot be negative.")
    if data.max_tenants < 1:
        problems["max_tenants"] = translate("Premises", "At least one tenant must fit in the premises.")
    if problems:
        raise ValidationFailed(problems)


def _apply_premises(premises: Premises, data: PremisesInput) -> None:
    premises.name = data.name.strip()
    premises.address = data.address.strip()
    premises.area_m2 = data.area_m2
    premises.owner_organisation_id = data.owner_organisation_id
    premises.owner_name = "" if data.owner_organisation_id else data.owner_name.strip()
    premises.base_rent_cents = data.base_rent_cents
    premises.electricity_cents = data.electricity_cents
    premises.water_cents = data.water_cents
    premises.heating_cents = data.heating_cents
    premises.max_tenants = data.max_tenants
    premises.notes = data.notes.strip()
    premises.photo = data.photo


def create_premises(database: Database, *, data: PremisesInput) -> int:
    _check_premises(data)
    with database.unit_of_work() as session:
        premises = Premises()
        _apply_premises(premises, data)
        session.add(premises)
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.CREATE, entity="premises",
                     entity_id=premises.id, summary=premises.name, after=audit.snapshot(premises),
                     organisation_id=premises.owner_organisation_id)
        return premises.id


def update_premises(database: Database, *, premises_id: int, version: int, data: PremisesInput) -> None:
    _check_premises(data)
    try:
        with database.unit_of_work() as session:
            premises = _premises_for_change(session, premises_id, version)
            before = audit.snapshot(premises)
            if data.max_tenants < premises.max_tenants:
                peak = _peak_occupancy(session, premises_id, None, None, exclude_id=None)
                if peak > data.max_tenants:
                    raise ValidationFailed({"max_tenants": translate(
                        "Premises", "Tenancies already running here at the same time: {count}. End one of them "
                        "before lowering the number of tenants.").format(count=peak)})
            _apply_premises(premises, data)
            session.flush()
            audit.record(session, operator=database.operator, action=AuditAction.UPDATE, entity="premises",
                         entity_id=premises.id, summary=premises.name, before=before,
                         after=audit.snapshot(premises), organisation_id=premises.owner_organisation_id)
    except StaleDataError as error:
        raise _changed_elsewhere() from error


def set_premises_archived(database: Database, *, premises_id: int, version: int, archived: bool) -> int:
    """Archive premises no longer let (they leave the list, their history stays), or restore them;
    returns their version after it (what an undo step hands back as ``version``)."""
    try:
        with database.unit_of_work() as session:
            premises = _premises_for_change(session, premises_id, version)
            before = audit.snapshot(premises)
            premises.archived = archived
            session.flush()
            audit.record(session, operator=database.operator,
                         action=AuditAction.ARCHIVE if archived else AuditAction.RESTORE, entity="premises",
                         entity_id=premises.id, summary=premises.name, before=before,
                         after=audit.snapshot(premises))
            return premises.version
    except StaleDataError as error:
        raise _changed_elsewhere() from error


def get_premises(database: Database, premises_id: int) -> PremisesDetails:
    with database.read_session() as session:
        premises = session.get(Premises, premises_id)
        if premises is None:
            raise NotFound(translate("Premises", "These premises no longer exist."))
        owner = premises.owner_organisation
        return PremisesDetails(
            name=premises.name, address=premises.address, area_m2=premises.area_m2,
            owner_organisation_id=premises.owner_organisation_id, owner_name=premises.owner_name,
            base_rent_cents=premises.base_rent_cents, electricity_cents=premises.electricity_cents,
            water_cents=premises.water_cents, heating_cents=premises.heating_cents,
            max_tenants=premises.max_tenants, notes=premises.notes, photo=premises.photo,
            id=premises.id, version=premises.version, archived=premises.archived,
            owner_organisation_name=owner.name if owner is not None else "",
        )


def _premises_filter(statement, *, include_archived: bool, search: str):  # type: ignore[no-untyped-def]
    if not include_archived:
        statement = statement.where(Premises.archived.is_(False))
    text = search.strip().lower()
    if text:
        pattern = f"%{text}%"
        statement = statement.where(or_(func.lower(Premises.name).like(pattern),
                                         func.lower(Premises.address).like(pattern)))
    return statement


def count_premises(database: Database, *, include_archived: bool = False, search: str = "") -> int:
    with database.read_session() as session:
        statement = _premises_filter(select(func.count()).select_from(Premises),
                                     include_archived=include_archived, search=search)
        return session.scalar(statement) or 0


def list_premises(database: Database, *, today: dt.date, include_archived: bool = False, search: str = "",
                  offset: int = 0, limit: int | None = None) -> list[PremisesRow]:
    """Premises in Latvian order of their names, with the tenancies running on ``today``.

    Neither database sorts names the Latvian way by itself (SQLite by bytes, PostgreSQL by the
    server's collation), and premises are few (hundreds at most): the matching names are sorted
    here by ``sort_key`` and only the requested page's rows are loaded.
    """
    with database.read_session() as session:
        matching = session.execute(_premises_filter(select(Premises.id, Premises.name),
                                                    include_archived=include_archived, search=search)).all()
        ordered = sorted(matching, key=lambda row: (sort_key(row.name), row.id))
        end = None if limit is None else offset + limit
        ids = [row.id for row in ordered[offset:end]]
        if not ids:
            return []
        running = (select(func.count()).select_from(Tenancy)
                   .where(Tenancy.premises_id == Premises.id, Tenancy.starts_on <= today,
                          last_day_column() >= today)
                   .correlate(Premises).scalar_subquery())
        loaded = {premises.id: (premises, count)
                  for premises, count in session.execute(select(Premises, running).where(Premises.id.in_(ids)))}
        rows = [loaded[premises_id] for premises_id in ids if premises_id in loaded]
        names: dict[int, list[str]] = {premises_id: [] for premises_id in ids}
        tenants = session.execute(
            select(Tenancy.premises_id, Organisation.name)
            .join(Organisation, Organisation.id == Tenancy.organisation_id)
            .where(Tenancy.premises_id.in_(ids), Tenancy.starts_on <= today, last_day_column() >= today)
            .order_by(Organisation.sort_key)
        ).all()
        for premises_id, name in tenants:
            names[premises_id].append(name)
        return [
            PremisesRow(id=premises.id, name=premises.name, address=premises.address, area_m2=premises.area_m2,
                        base_rent_cents=premises.base_rent_cents,
                        utilities_cents=premises.electricity_cents + premises.water_cents + premises.heating_cents,
                        max_tenants=premises.max_tenants, current_tenants=count or 0,
                        tenant_names=tuple(names[premises.id]), archived=premises.archived)
            for premises, count in rows
        ]


# --- tenancies -----------------------------------------------------------------------------


def _check_tenancy(data: TenancyInput) -> None:
    problems: dict[str, str] = {}
    if data.ends_on < data.starts_on:
        problems["ends_on"] = translate("Premises", "The term must end on or after the day it starts.")
    if not 1 <= data.payment_due_day <= LATEST_PAYMENT_DUE_DAY:
        problems["payment_due_day"] = translate(
            "Premises", "The payment is due on a day from 1 to 28 of the month, so that every month has it.")
    if not 0 < data.rent_share_percent <= 100:
        problems["rent_share_percent"] = translate(
            "Premises", "The tenant's share must be between 1 and 100 percent.")
    for key, kind, value in (("rent_reduction", data.rent_reduction_kind, data.rent_reduction),
                             ("utilities_reduction", data.utilities_reduction_kind, data.utilities_reduction)):
        if value < 0:
            problems[key] = translate("Premises", "A reduction cannot be negative.")
        elif kind == ReductionKind.PERCENT and value > 100:
            problems[key] = translate("Premises", "A reduction in percent must be between 0 and 100.")
    has_reduction = (data.rent_reduction_kind != ReductionKind.NONE and data.rent_reduction > 0) or (
        data.utilities_reduction_kind != ReductionKind.NONE and data.utilities_reduction > 0)
    if has_reduction and not data.decision_number.strip():
        problems["decision_number"] = translate(
            "Premises", "A reduction needs the number of the municipality's decision that grants it.")
    if problems:
        raise ValidationFailed(problems)


def _apply_tenancy(tenancy: Tenancy, data: TenancyInput) -> None:
    tenancy.premises_id = data.premises_id
    tenancy.organisation_id = data.organisation_id
    tenancy.starts_on = data.starts_on
    tenancy.ends_on = data.ends_on
    tenancy.activity = data.activity.strip()
    tenancy.rent_share_percent = data.rent_share_percent
    tenancy.rent_reduction_kind = data.rent_reduction_kind
    tenancy.rent_reduction = data.rent_reduction if data.rent_reduction_kind != ReductionKind.NONE else 0
    tenancy.utilities_reduction_kind = data.utilities_reduction_kind
    tenancy.utilities_reduction = (data.utilities_reduction
                                   if data.utilities_reduction_kind != ReductionKind.NONE else 0)
    tenancy.decision_number = data.decision_number.strip()
    tenancy.decision_date = data.decision_date
    tenancy.payment_due_day = data.payment_due_day
    tenancy.notes = data.notes.strip()


def _peak_occupancy(session: Session, premises_id: int, first: dt.date | None, last: dt.date | None, *,
                    exclude_id: int | None) -> int:
    """The most tenancies of the premises running on one day within [first, last] (None: any day)."""
    statement = select(Tenancy.starts_on, last_day_column()).where(Tenancy.premises_id == premises_id)
    if first is not None and last is not None:
        statement = statement.where(Tenancy.starts_on <= last, last_day_column() >= first)
    if exclude_id is not None:
        statement = statement.where(Tenancy.id != exclude_id)
    events: list[tuple[dt.date, int]] = []
    for starts_on, last_day in session.execute(statement):
        events.append((max(starts_on, first) if first else starts_on, 1))
        events.append(((min(last_day, last) if last else last_day) + dt.timedelta(days=1), -1))
    # Ends sort before starts on the same day: a term ending the day before another starts is free.
    peak = running = 0
    for _day, change in sorted(events):
        running += change
        peak = max(peak, running)
    return peak


def _check_capacity(session: Session, premises: Premises, first: dt.date, last: dt.date,
                    exclude_id: int | None) -> None:
    if _peak_occupancy(session, premises.id, first, last, exclude_id=exclude_id) < premises.max_tenants:
        return
    overlapping = session.execute(
        select(Organisation.name, Tenancy.starts_on, last_day_column())
        .join(Organisation, Organisation.id == Tenancy.organisation_id)
        .where(Tenancy.premises_id == premises.id, Tenancy.starts_on <= last, last_day_column() >= first,
               *([Tenancy.id != exclude_id] if exclude_id is not None else []))
        .order_by(Tenancy.starts_on)
    ).all()
    # One tenant in the way per line: a long list run together in a sentence was hard to read.
    others = "\n".join(f"• {name} ({format_date(start)}–{format_date(end)})" for name, start, end in overlapping)
    raise ValidationFailed({"starts_on": translate(
        "Premises", "No more tenants than {capacity} may share “{premises}” at a time, and it is already let "
        "for part of this term:\n{others}\nChoose other dates or end one of these tenancies first."
    ).format(premises=premises.name, capacity=premises.max_tenants, others=others)})


def _locked_premises(session: Session, premises_id: int) -> Premises:
    # Locking the premises row serialises two desks letting the same space (PostgreSQL; SQLite's
    # BEGIN IMMEDIATE already does).
    premises = session.scalars(select(Premises).where(Premises.id == premises_id).with_for_update()).first()
    if premises is None:
        raise NotFound(translate("Premises", "These premises no longer exist."))
    return premises


def create_tenancy(database: Database, *, data: TenancyInput) -> int:
    _check_tenancy(data)
    with database.unit_of_work() as session:
        premises = _locked_premises(session, data.premises_id)
        if session.get(Organisation, data.organisation_id) is None:
            raise ValidationFailed({"organisation_id": translate("Premises", "Choose the tenant.")})
        _check_capacity(session, premises, data.starts_on, data.ends_on, exclude_id=None)
        tenancy = Tenancy()
        _apply_tenancy(tenancy, data)
        session.add(tenancy)
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.CREATE, entity="tenancy",
                     entity_id=tenancy.id, summary=premises.name, after=audit.snapshot(tenancy),
                     organisation_id=tenancy.organisation_id)
        return tenancy.id


def update_tenancy(database: Database, *, tenancy_id: int, version: int, data: TenancyInput) -> None:
    _check_tenancy(data)
    try:
        with database.unit_of_work() as session:
            premises = _locked_premises(session, data.premises_id)
            tenancy = _tenancy_for_change(session, tenancy_id, version)
            last = min(data.ends_on, tenancy.ended_early_on) if tenancy.ended_early_on else data.ends_on
            _check_capacity(session, premises, data.starts_on, max(last, data.starts_on), exclude_id=tenancy_id)
            before = audit.snapshot(tenancy)
            _apply_tenancy(tenancy, data)
            session.flush()
            audit.record(session, operator=database.operator, action=AuditAction.UPDATE, entity="tenancy",
                         entity_id=tenancy.id, summary=premises.name, before=before,
                         after=audit.snapshot(tenancy), organisation_id=tenancy.organisation_id)
    except StaleDataError as error:
        raise _changed_elsewhere() from error


def end_tenancy_early(database: Database, *, tenancy_id: int, version: int, last_day: dt.date | None) -> int:
    """End a tenancy before its agreed end (``last_day`` is its last day), or undo that with None;
    returns the tenancy's version after it (what an undo step hands back as ``version``)."""
    try:
        with database.unit_of_work() as session:
            tenancy = _tenancy_for_change(session, tenancy_id, version)
            if last_day is not None and not tenancy.starts_on <= last_day <= tenancy.ends_on:
                raise ValidationFailed({"ended_early_on": translate(
                    "Premises", "The last day must fall within the term ({start}–{end}).").format(
                        start=format_date(tenancy.starts_on), end=format_date(tenancy.ends_on))})
            if last_day is None and tenancy.ended_early_on is not None:
                premises = _locked_premises(session, tenancy.premises_id)
                _check_capacity(session, premises, tenancy.ended_early_on + dt.timedelta(days=1),
                                tenancy.ends_on, exclude_id=tenancy.id)
            before = audit.snapshot(tenancy)
            tenancy.ended_early_on = last_day
            session.flush()
            audit.record(session, operator=database.operator,
                         action=AuditAction.CANCEL if last_day else AuditAction.RESTORE, entity="tenancy",
                         entity_id=tenancy.id, before=before, after=audit.snapshot(tenancy),
                         organisation_id=tenancy.organisation_id)
            return tenancy.version
    except StaleDataError as error:
        raise _changed_elsewhere() from error


def _tenancy_details(tenancy: Tenancy) -> TenancyDetails:
    return TenancyDetails(
        premises_id=tenancy.premises_id, organisation_id=tenancy.organisation_id, starts_on=tenancy.starts_on,
        ends_on=tenancy.ends_on, activity=tenancy.activity, rent_share_percent=tenancy.rent_share_percent,
        rent_reduction_kind=tenancy.rent_reduction_kind, rent_reduction=tenancy.rent_reduction,
        utilities_reduction_kind=tenancy.utilities_reduction_kind,
        utilities_reduction=tenancy.utilities_reduction, decision_number=tenancy.decision_number,
        decision_date=tenancy.decision_date, notes=tenancy.notes, payment_due_day=tenancy.payment_due_day,
        id=tenancy.id, version=tenancy.version,
        ended_early_on=tenancy.ended_early_on, premises_name=tenancy.premises.name,
        tenant_name=tenancy.organisation.name,
    )


def get_tenancy(database: Database, tenancy_id: int) -> TenancyDetails:
    with database.read_session() as session:
        tenancy = session.get(Tenancy, tenancy_id)
        if tenancy is None:
            raise NotFound(translate("Premises", "This tenancy no longer exists."))
        return _tenancy_details(tenancy)


def _tenancies_where(database: Database, *conditions) -> list[TenancyDetails]:  # type: ignore[no-untyped-def]
    with database.read_session() as session:
        statement = (select(Tenancy).join(Tenancy.premises).join(Tenancy.organisation).where(*conditions)
                     .order_by(Tenancy.starts_on.desc(), Organisation.sort_key))
        return [_tenancy_details(tenancy) for tenancy in session.scalars(statement)]


def tenancies_of_premises(database: Database, premises_id: int) -> list[TenancyDetails]:
    """Every tenancy of the premises, newest term first."""
    return _tenancies_where(database, Tenancy.premises_id == premises_id)


def tenancies_of_organisation(database: Database, organisation_id: int) -> list[TenancyDetails]:
    """Every tenancy the organisation has had, newest first (for the organisation's page)."""
    return _tenancies_where(database, Tenancy.organisation_id == organisation_id)


# --- payments ------------------------------------------------------------------------------


def record_payment(database: Database, *, tenancy_id: int, month: dt.date, amount_cents: int,
                   paid_on: dt.date, note: str = "") -> None:
    """Record (or correct) what the tenant paid for ``month``."""
    month = month.replace(day=1)
    problems: dict[str, str] = {}
    if amount_cents < 0:
        problems["amount_cents"] = translate("Premises", "The amount paid cannot be negative.")
    with database.unit_of_work() as session:
        tenancy = session.get(Tenancy, tenancy_id)
        if tenancy is None:
            raise NotFound(translate("Premises", "This tenancy no longer exists."))
        last_day = tenancy.ended_early_on or tenancy.ends_on
        if not tenancy.starts_on.replace(day=1) <= month <= last_day:
            problems["month"] = translate("Premises", "The month is outside the tenancy's term.")
        if problems:
            raise ValidationFailed(problems)
        payment = session.scalars(select(TenancyPayment).where(
            TenancyPayment.tenancy_id == tenancy_id, TenancyPayment.month == month)).first()
        before = audit.snapshot(payment) if payment is not None else None
        if payment is None:
            payment = TenancyPayment(tenancy_id=tenancy_id, month=month)
            session.add(payment)
        payment.amount_cents = amount_cents
        payment.paid_on = paid_on
        payment.note = note.strip()
        session.flush()
        audit.record(session, operator=database.operator,
                     action=AuditAction.CREATE if before is None else AuditAction.UPDATE,
                     entity="tenancy_payment", entity_id=payment.id, before=before,
                     after=audit.snapshot(payment), organisation_id=tenancy.organisation_id)


def remove_payment(database: Database, *, tenancy_id: int, month: dt.date) -> None:
    """Take back a payment recorded by mistake; the audit log keeps what it was."""
    with database.unit_of_work() as session:
        payment = session.scalars(select(TenancyPayment).where(
            TenancyPayment.tenancy_id == tenancy_id, TenancyPayment.month == month.replace(day=1))).first()
        if payment is None:
            raise NotFound(translate("Premises", "No payment is recorded for this month."))
        audit.record(session, operator=database.operator, action=AuditAction.DELETE, entity="tenancy_payment",
                     entity_id=payment.id, before=audit.snapshot(payment),
                     organisation_id=payment.tenancy.organisation_id)
        session.delete(payment)


# --- helpers -------------------------------------------------------------------------------


def find_organisations(database: Database, text: str, *, limit: int = 30) -> list[OrganisationChoice]:
    """Organisations whose name holds ``text`` (case and diacritics ignored), in Latvian order."""
    with database.read_session() as session:
        statement = select(Organisation.id, Organisation.name).where(Organisation.archived.is_(False))
        typed = text.strip()
        if typed:
            folded = organisation_match_key(typed)
            statement = statement.where(or_(func.lower(Organisation.name).like(f"%{typed.lower()}%"),
                                            Organisation.match_key.like(f"%{folded}%")))
        statement = statement.order_by(Organisation.sort_key, Organisation.id).limit(limit)
        return [OrganisationChoice(id=row.id, name=row.name) for row in session.execute(statement)]


def organisation_name(database: Database, organisation_id: int) -> str:
    with database.read_session() as session:
        organisation = session.get(Organisation, organisation_id)
        return organisation.name if organisation is not None else ""


def _premises_for_change(session: Session, premises_id: int, version: int) -> Premises:
    premises = session.get(Premises, premises_id)
    if premises is None:
        raise NotFound(translate("Premises", "These premises no longer exist."))
    if premises.version != version:
        raise _changed_elsewhere()
    return premises


def _tenancy_for_change(session: Session, tenancy_id: int, version: int) -> Tenancy:
    tenancy = session.get(Tenancy, tenancy_id)
    if tenancy is None:
        raise NotFound(translate("Premises", "This tenancy no longer exists."))
    if tenancy.version != version:
        raise _changed_elsewhere()
    return tenancy


def _changed_elsewhere() -> ChangedElsewhere:
    return ChangedElsewhere(translate(
        "Premises", "Someone else has changed this record since you opened it. Close the form, open it again "
        "and repeat your change."))
