"""Importing organisations with their main contact from CSV and XLSX, all or nothing.

Three steps, so the window can show each: ``read_table`` reads the file through the shared
``spreadsheet`` reader (encoding and delimiter detected, limits on size, cells that cannot be read
reported by row and column),
``plan_import`` checks every row against the same rules as the form and finds duplicates, and
``apply_import`` writes the plan in one transaction. ``import_organisations`` does all three and
refuses the whole file, listing each problem with its row and column, if any row is invalid.
Row numbers are the spreadsheet's: the header is row 1 and blank rows are counted. Every value
is checked against the database's limits as well, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sqlalchemy import Integer, select
from sqlalchemy.orm import selectinload

from ngo_desktop.database.core import Database
from ngo_desktop.errors import DomainError, ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.models import (
    AuditAction,
    ContactPerson,
    FieldOfActivity,
    LegalForm,
    MembershipStatus,
    Organisation,
    OrganisationKind,
)
from ngo_desktop.money import parse_euros
from ngo_desktop.services import audit
from ngo_desktop.services.organisations.alike import AlikeIndex
from ngo_desktop.services.organisations.bulk import insert_organisations
from ngo_desktop.services.organisations.columns import (
    COLUMN_BY_KEY,
    NO_WORDS,
    YES_WORDS,
    cell_text,
    guess_mapping,
    parse_date,
)
from ngo_desktop.services.organisations.labels import label, parse_choice
from ngo_desktop.services.organisations.registry import (
    ContactData,
    OrganisationData,
    clean_and_validate,
    organisation_snapshot,
)
from ngo_desktop.services.spreadsheet import CellProblem, Sheet, read_sheet
from ngo_desktop.sorting import organisation_keys, organisation_match_key, organisation_sort_key, sort_key
from ngo_desktop.timeutil import now_utc
from ngo_desktop.validation import database_limit_problems

Report = Callable[[int, int], None]
BULK_CHUNK = 500  # rows inserted between progress reports and checks for Cancel
IsCancelled = Callable[[], bool]
# A word in more of the registry's names than this is no lead for a look-alike on its own.
COMMON_WORD_LIMIT = 20


class OnDuplicate(enum.StrEnum):
    SKIP = "skip"  # keep the organisation as it is
    UPDATE = "update"  # the file's values replace the mapped fields
    FILL = "fill"  # the file's values go only where the organisation has nothing yet


class RowAction(enum.StrEnum):
    ADD = "add"
    UPDATE = "update"
    FILL = "fill"
    SKIP = "skip"


# The file as read, and a problem of one of its rows: the shared spreadsheet reader's types.
SourceTable = Sheet
RowProblem = CellProblem


@dataclass(frozen=True, slots=True)  # slots: an import holds 100,000 of them
class PlannedRow:
    row: int
    data: OrganisationData
    action: RowAction
    existing_id: int | None = None
    archived: bool | None = None  # None: the file has no archived column
    keys: tuple[str, str] = ("", "")  # sorting.organisation_keys of the name, for a row to add


@dataclass(frozen=True)
class LookAlike:
    """A row to be added whose name looks like an organisation already in the registry."""

    row: int
    name: str
    existing_name: str

    def describe(self) -> str:
        return translate("OrganisationImport", "Row {row}: “{name}” looks like “{existing}”, already in the "
                         "registry. It will be added as another organisation.").format(
            row=self.row, name=self.name, existing=self.existing_name)


@dataclass(frozen=True)
class ImportPlan:
    rows: list[PlannedRow]
    problems: list[RowProblem]
    mapped: frozenset[str] = field(default_factory=frozenset)
    look_alikes: list[LookAlike] = field(default_factory=list)

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action is action)


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    skipped: int


class ImportRefused(DomainError):
    """The file has invalid rows; nothing was imported. ``problems`` lists them."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        rows = len({problem.row for problem in problems})  # a plain variable, so lupdate sees the plural
        super().__init__(translate("OrganisationImport", "Nothing was imported. Rows with problems: %n.", "", rows))


class ImportCancelled(DomainError):
    """The user stopped the import; nothing was imported."""


# --- reading ------------------------------------------------------------------------------
def read_table(path: Path) -> SourceTable:
    """The header and the data rows of a CSV or XLSX file, with their spreadsheet row numbers."""
    return read_sheet(path)


# --- checking -----------------------------------------------------------------------------
def plan_import(
    database: Database, table: SourceTable, mapping: dict[str, int] | None = None,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
) -> ImportPlan:
    """Every row checked and matched to existing organisations; nothing is written."""
    mapping = guess_mapping(table.headers) if mapping is None else mapping
    problems: list[RowProblem] = []
    if "name" not in mapping:
        return ImportPlan([], [RowProblem(1, "", translate(
            "OrganisationImport", "No column holds the organisation's name. Map a column to “Name”."))])
    with database.read_session() as session:
        by_number: dict[str, int] = {}
        number_of: dict[int, str] = {}
        by_match: dict[str, int] = {}
        names: dict[int, str] = {}
        alike = AlikeIndex(())
        for row in session.execute(select(Organisation.id, Organisation.registration_number,
                                          Organisation.match_key, Organisation.name)):
            if row.registration_number:
                by_number[row.registration_number] = row.id
                number_of[row.id] = row.registration_number
            by_match.setdefault(row.match_key, row.id)
            names[row.id] = row.name
            alike.add(row.id, row.match_key)
    look_alikes: list[LookAlike] = []
    planned: list[PlannedRow] = []
    seen_numbers: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    problems.extend(table.problems)
    unreadable = {problem.row for problem in table.problems}
    for row_number, cells in zip(table.row_numbers, table.rows, strict=True):
        data, archived, row_problems = _row_to_data(cells, mapping, table.headers, row_number)
        if row_number in unreadable:
            problems.extend(row_problems)
            continue
        if row_problems:
            problems.extend(row_problems)
            continue
        number = data.registration_number
        keys = organisation_keys(data.name)
        match = keys[1]
        earlier = seen_numbers.get(number) if number else seen_names.get(match)
        if earlier is not None:
            problems.append(RowProblem(row_number, "", translate(
                "OrganisationImport", "This organisation is already in row {row} of the file.").format(row=earlier)))
            continue
        if number:
            seen_numbers[number] = row_number
        seen_names.setdefault(match, row_number)
        existing = by_number.get(number) if number else None
        if existing is None:
            candidate = by_match.get(match)
            # The same name with another registration number is another organisation.
            if candidate is not None and not (number and number_of.get(candidate)):
                existing = candidate
        if existing is None:
            planned.append(PlannedRow(row_number, data, RowAction.ADD, archived=archived, keys=keys))
            if found := alike.matches_key(match, common=COMMON_WORD_LIMIT):
                look_alikes.append(LookAlike(row_number, data.name, names[found[0]]))
        else:
            action = {OnDuplicate.SKIP: RowAction.SKIP, OnDuplicate.UPDATE: RowAction.UPDATE,
                      OnDuplicate.FILL: RowAction.FILL}[on_duplicate]
            planned.append(PlannedRow(row_number, data, action, existing, archived))
    return ImportPlan(planned, problems, frozenset(mapping), look_alikes)


def _row_to_data(
    cells: list[object], mapping: dict[str, int], headers: list[str], row_number: int
) -> tuple[OrganisationData, bool | None, list[RowProblem]]:
    width = len(cells)
    # Each mapped cell as text once: the checks below ask for most of them several times.
    texts = {key: cell_text(cells[index]) for key, index in mapping.items() if index < width}

    def value(key: str) -> object:
        index = mapping.get(key)
        return cells[index] if index is not None and index < width else None

    def text(key: str) -> str:
        return texts.get(key, "")

    def header(key: str) -> str:
        index = mapping.get(key)
        return headers[index] if index is not None and index < len(headers) else COLUMN_BY_KEY[key].title

    problems: list[RowProblem] = []

    def choice(key: str, enum_class: type[enum.Enum], default: enum.Enum) -> enum.Enum:
        given = text(key)
        if not given:
            return default
        found = parse_choice(enum_class, given)
        if found is None:
            problems.append(RowProblem(row_number, header(key), translate(
                "OrganisationImport", "“{value}” is not one of: {allowed}.").format(
                value=given, allowed=", ".join(label(member) for member in enum_class))))
            return default
        return found

    legal_form = choice("legal_form", LegalForm, LegalForm.ASSOCIATION)
    kind = choice("kind", OrganisationKind, OrganisationKind.NGO)
    membership = choice("membership", MembershipStatus, MembershipStatus.NONE)
    dates = {}
    for key in ("member_since", "contact_consent_date"):
        try:
            dates[key] = parse_date(value(key))
        except ValueError:
            problems.append(RowProblem(row_number, header(key), translate(
                "OrganisationImport", "“{value}” is not a date; write it as 05.03.2026.").format(value=text(key))))
            dates[key] = None
    last_paid_year = None
    if text("last_paid_year"):
        if text("last_paid_year").isdigit():
            last_paid_year = int(text("last_paid_year"))
        else:
            problems.append(RowProblem(row_number, header("last_paid_year"), translate(
                "OrganisationImport", "“{value}” is not a year; write it as 2026.").format(value=text("last_paid_year"))))
    fee_cents = 0
    fee_value = value("membership_fee")
    if isinstance(fee_value, int | float) and not isinstance(fee_value, bool):
        fee_cents = round(fee_value * 100)
    elif text("membership_fee"):
        parsed = parse_euros(text("membership_fee"))
        if parsed is None:
            problems.append(RowProblem(row_number, header("membership_fee"), translate(
                "OrganisationImport", "“{value}” is not an amount in euro; write it as 12,50.").format(
                value=text("membership_fee"))))
        fee_cents = parsed or 0
    archived: bool | None = None
    if "archived" in mapping:
        flag = text("archived").casefold()
        if flag in YES_WORDS or flag in NO_WORDS:
            archived = flag in YES_WORDS
        else:
            problems.append(RowProblem(row_number, header("archived"), translate(
                "OrganisationImport", "Write “jā” or leave the cell empty.")))
    contacts: tuple[ContactData, ...] = ()
    if any(text(key) for key in ("contact_name", "contact_role", "contact_phone", "contact_email")):
        contacts = (ContactData(name=text("contact_name"), role=text("contact_role"),
                                phone=text("contact_phone"), email=text("contact_email"),
                                consent_date=dates["contact_consent_date"], is_main=True),)
    data = OrganisationData(
        name=text("name"), legal_form=legal_form, registration_number=text("registration_number"),
        kind=kind, membership=membership, member_since=dates["member_since"], last_paid_year=last_paid_year,
        membership_fee_cents=fee_cents, address=text("address"), phone=text("phone"), email=text("email"),
        website=text("website"), notes=text("notes"),
        fields=tuple(part.strip() for part in text("fields").replace(";", ",").split(",") if part.strip()),
        contacts=contacts,
    )
    try:
        data = clean_and_validate(data)
    except ValidationFailed as failed:
        for key, message in failed.problems.items():
            column_key = key.replace("contacts.0.", "contact_") if key.startswith("contacts.") else key
            if column_key == "membership_fee_cents":
                column_key = "membership_fee"
            problems.append(RowProblem(row_number, header(column_key) if column_key in COLUMN_BY_KEY else "",
                                       message))
    for column_key, message in _limit_problems(data).items():
        problems.append(RowProblem(row_number, header(column_key), message))
    return data, archived, problems


_LIMITED = {"name": "name", "registration_number": "registration_number", "address": "address",
            "phone": "phone", "email": "email", "website": "website", "notes": "notes",
            "last_paid_year": "last_paid_year", "membership_fee_cents": "membership_fee"}
_CONTACT_LIMITED = {"name": "contact_name", "role": "contact_role", "phone": "contact_phone",
                    "email": "contact_email"}


def _limit_problems(data: OrganisationData) -> dict[str, str]:
    """Column key -> what the database would refuse, the same limits on SQLite and PostgreSQL."""
    contact = data.contacts[0] if data.contacts else None
    if not _may_pass_a_limit(data, _LIMITED, Organisation) and \
            (contact is None or not _may_pass_a_limit(contact, _CONTACT_LIMITED, ContactPerson)) and \
            not any(_may_pass(name, _column_length(FieldOfActivity, "name"), integer=False) for name in data.fields):
        return {}  # nearly every row: the quick look below finds nothing to word
    found = {_LIMITED[attribute]: message for attribute, message in database_limit_problems(
        Organisation, {attribute: getattr(data, attribute) for attribute in _LIMITED}).items()}
    for contact in data.contacts[:1]:
        found.update({_CONTACT_LIMITED[attribute]: message for attribute, message in database_limit_problems(
            ContactPerson, {attribute: getattr(contact, attribute) for attribute in _CONTACT_LIMITED}).items()})
    for name in data.fields:
        for message in database_limit_problems(FieldOfActivity, {"name": name}).values():
            found.setdefault("fields", message)
    return found


def _may_pass_a_limit(item: object, attributes: dict[str, str], model: type) -> bool:
    """Whether any of ``attributes`` of ``item`` may be refused by ``validation.database_limit_problems``:
    a quick look at 100,000 rows, that function's own words only for a row it finds something in."""
    for attribute in attributes:
        value = getattr(item, attribute)
        if value is not None and _may_pass(value, _column_length(model, attribute),
                                           integer=_is_integer_column(model, attribute)):
            return True
    return False


def _may_pass(value: object, length: int | None, *, integer: bool) -> bool:
    if isinstance(value, str):
        return "\x00" in value or (length is not None and len(value) > length)
    # Any number outside 32 bits: a BIGINT column takes more, and the full check then says so.
    return integer and isinstance(value, int) and not -(2 ** 31) <= value < 2 ** 31


@cache
def _column_length(model: type, attribute: str) -> int | None:
    return getattr(model.__table__.columns[attribute].type, "length", None)  # type: ignore[attr-defined]


@cache
def _is_integer_column(model: type, attribute: str) -> bool:
    return isinstance(model.__table__.columns[attribute].type, Integer)  # type: ignore[attr-defined]


# --- writing ------------------------------------------------------------------------------
def apply_import(
    database: Database, plan: ImportPlan, *, source_name: str = "",
    report: Report | None = None, cancelled: IsCancelled | None = None,
) -> ImportSummary:
    """Write a plan without problems in one transaction (refuses a plan with problems)."""
    if plan.problems:
        raise ImportRefused(plan.problems)
    total = len(plan.rows)
    operator = database.operator
    with database.unit_of_work() as session:
        fields_cache = {item.name.casefold(): item for item in session.scalars(select(FieldOfActivity))}
        existing_ids = [row.existing_id for row in plan.rows if row.action in {RowAction.UPDATE, RowAction.FILL}]
        existing = {
            organisation.id: organisation
            for organisation in session.scalars(
                select(Organisation).where(Organisation.id.in_(existing_ids))
                .options(selectinload(Organisation.contacts), selectinload(Organisation.fields)))
        } if existing_ids else {}
        additions: list[tuple[OrganisationData, bool, tuple[str, str]]] = []
        changed: list[tuple[Organisation, dict, dict[int, dict]]] = []
        for planned in plan.rows:
            if planned.action is RowAction.SKIP:
                continue
            if planned.action is RowAction.ADD:
                additions.append((planned.data, bool(planned.archived), planned.keys))
                continue
            fields = _fields(session, fields_cache, planned.data.fields)
            organisation = existing[planned.existing_id]
            before = organisation_snapshot(organisation)
            contacts_before = {contact.id: audit.snapshot(contact) for contact in organisation.contacts}
            _merge(organisation, planned, fields, plan.mapped, only_empty=planned.action is RowAction.FILL)
            changed.append((organisation, before, contacts_before))
        session.flush()
        added: list[int] = []
        for start in range(0, len(additions), BULK_CHUNK):
            if cancelled is not None and cancelled():
                raise ImportCancelled(translate("OrganisationImport", "The import was stopped; nothing was imported."))
            added += insert_organisations(session, operator, additions[start:start + BULK_CHUNK])
            if report is not None:
                report(len(changed) + len(added), total)
        updated = 0
        for organisation, before, contacts_before in changed:
            after = organisation_snapshot(organisation)
            contacts_changed = _audit_contact_changes(session, operator, organisation, contacts_before)
            if after != before:
                audit.record(session, operator=operator, action=AuditAction.IMPORT, entity="organisation",
                             entity_id=organisation.id, summary=organisation.name, before=before, after=after,
                             organisation_id=organisation.id)
            if after != before or contacts_changed:
                updated += 1
        summary = ImportSummary(added=len(added), updated=updated, skipped=total - len(added) - updated)
        audit.record(session, operator=operator, action=AuditAction.IMPORT, entity="organisation",
                     entity_id=None, summary=translate(
                         "OrganisationImport", "Import of {file}: {added} added, {updated} updated, {skipped} skipped").format(
                         file=source_name, added=summary.added, updated=summary.updated, skipped=summary.skipped))
    if report is not None:
        report(total, total)
    return summary


def _audit_contact_changes(session, operator: str, organisation: Organisation,  # type: ignore[no-untyped-def]
                           before: dict[int, dict]) -> bool:
    """Audit each contact person the import added or changed (as the form does); True if any.

    Recorded under the contact person, so forgetting them later scrubs these entries too.
    """
    any_change = False
    for contact in organisation.contacts:
        earlier = before.get(contact.id)
        now = audit.snapshot(contact)
        if now == earlier:
            continue
        any_change = True
        audit.record(session, operator=operator, action=AuditAction.IMPORT, entity="contact_person",
                     entity_id=contact.id, summary=contact.name, before=earlier, after=now,
                     organisation_id=organisation.id)
    return any_change


def _fields(session, cache: dict[str, FieldOfActivity], names: tuple[str, ...]) -> list[FieldOfActivity]:  # type: ignore[no-untyped-def]
    chosen: list[FieldOfActivity] = []
    for name in names:
        found = cache.get(name.casefold())
        if found is None:
            found = FieldOfActivity(name=name, sort_key=sort_key(name))
            session.add(found)
            cache[name.casefold()] = found
        if found not in chosen:
            chosen.append(found)
    return chosen


def _new_contact(contact: ContactData) -> ContactPerson:
    return ContactPerson(name=contact.name, sort_key=sort_key(contact.name), role=contact.role, phone=contact.phone,
                         email=contact.email, is_main=True, consent_date=contact.consent_date, notes=contact.notes)


_SIMPLE_COLUMNS = {
    "name": "name", "legal_form": "legal_form", "registration_number": "registration_number", "kind": "kind",
    "membership": "membership", "member_since": "member_since", "last_paid_year": "last_paid_year",
    "membership_fee": "membership_fee_cents", "address": "address", "phone": "phone", "email": "email",
    "website": "website", "notes": "notes",
}
_CONTACT_COLUMNS = {"contact_name": "name", "contact_role": "role", "contact_phone": "phone",
                    "contact_email": "email", "contact_consent_date": "consent_date"}


def _merge(organisation: Organisation, planned: PlannedRow, fields: list[FieldOfActivity],
           mapped: frozenset[str], *, only_empty: bool) -> None:
    """Copy the mapped columns: all of them (update) or only into empty values (fill)."""
    data = planned.data
    for column, attribute in _SIMPLE_COLUMNS.items():
        if column not in mapped:
            continue
        new = getattr(data, attribute)
        if attribute == "registration_number":
            new = new or None
        current = getattr(organisation, attribute)
        if only_empty and current not in (None, "", 0):
            continue
        if only_empty and new in (None, "", 0):
            continue
        setattr(organisation, attribute, new)
    organisation.sort_key = organisation_sort_key(organisation.name)
    organisation.match_key = organisation_match_key(organisation.name)
    if "fields" in mapped and (fields or not only_empty) and not (only_empty and organisation.fields):
        organisation.fields = fields
    if "archived" in mapped and planned.archived is not None and not only_empty \
            and organisation.archived != planned.archived:
        organisation.archived = planned.archived
        organisation.archived_at = now_utc() if planned.archived else None
    if not data.contacts:
        return
    wanted = data.contacts[0]
    living = [contact for contact in organisation.contacts if contact.anonymised_at is None]
    main = next((contact for contact in living if contact.is_main), living[0] if living else None)
    if main is None or (not only_empty and main.name.casefold() != wanted.name.casefold()
                        and not any(c.name.casefold() == wanted.name.casefold() for c in living)):
        if main is not None:
            main.is_main = False
        organisation.contacts.append(_new_contact(wanted))
        return
    if not only_empty:
        main = next((c for c in living if c.name.casefold() == wanted.name.casefold()), main)
    for column, attribute in _CONTACT_COLUMNS.items():
        if column not in mapped:
            continue
        new, current = getattr(wanted, attribute), getattr(main, attribute)
        if only_empty and (current not in (None, "") or new in (None, "")):
            continue
        setattr(main, attribute, new)
    main.sort_key = sort_key(main.name)


def import_organisations(
    database: Database, path: Path, *, on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    mapping: dict[str, int] | None = None, report: Report | None = None, cancelled: IsCancelled | None = None,
) -> ImportSummary:
    """Read, check and import a file; raises ImportRefused (nothing imported) if any row is invalid."""
    table = read_table(path)
    plan = plan_import(database, table, mapping, on_duplicate)
    return apply_import(database, plan, source_name=path.name, report=report, cancelled=cancelled)
