"""The registry list: searching, filtering, sorting and paging organisations in the database.

The table asks for a count and then for pages of rows; nothing here loads the whole table.
Search matches the name (also without diacritics, quotes or legal-form words), the registration
number, the organisation's phone and e-mail and its contact people's names, phones and e-mails.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Row,
    Select,
    Subquery,
    bindparam,
    case,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import BindParameter
from sqlalchemy.sql.functions import FunctionElement

from ngo_desktop.database.core import Database
from ngo_desktop.database.together import read_together
from ngo_desktop.models import (
    ContactPerson,
    FieldOfActivity,
    LegalForm,
    MembershipStatus,
    Organisation,
    OrganisationKind,
)
from ngo_desktop.schema.organisations import organisation_field_table
from ngo_desktop.services.organisations.labels import label
from ngo_desktop.sorting import organisation_match_key, sort_key


class Column(enum.StrEnum):
    """The list's columns, in their order on screen."""

    NAME = "name"
    LEGAL_FORM = "legal_form"
    REGISTRATION_NUMBER = "registration_number"
    KIND = "kind"
    MEMBERSHIP = "membership"
    MAIN_CONTACT = "main_contact"
    PHONE = "phone"
    EMAIL = "email"
    FIELDS = "fields"


@dataclass(frozen=True)
class ListFilter:
    """What the list shows. ``None`` means any; archived organisations only when asked for."""

    search: str = ""
    kind: OrganisationKind | None = None
    membership: MembershipStatus | None = None
    field_id: int | None = None
    include_archived: bool = False


@dataclass(frozen=True)
class ListOrder:
    column: Column = Column.NAME
    descending: bool = False


@dataclass(frozen=True)
class OrganisationRow:
    """One line of the list. ``phone`` and ``email`` fall back to the main contact's."""

    id: int
    name: str
    legal_form: LegalForm
    registration_number: str
    kind: OrganisationKind
    membership: MembershipStatus
    main_contact: str
    phone: str
    email: str
    fields: tuple[str, ...]
    archived: bool


def _main_contact_value(attribute: str) -> ColumnElement:
    """A value of the main contact (else of the first living contact), as a correlated subquery."""
    candidate = aliased(ContactPerson)
    return (
        select(getattr(candidate, attribute))
        .where(candidate.organisation_id == Organisation.id, candidate.anonymised_at.is_(None))
        .order_by(candidate.is_main.desc(), candidate.id)
        .limit(1)
        .correlate(Organisation)
        .scalar_subquery()
    )


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class like_any_case(FunctionElement[bool]):  # noqa: N801 - named like the SQL functions it stands for
    """``column LIKE pattern`` ignoring case: ILIKE on PostgreSQL, plain LIKE on SQLite (whose LIKE
    already ignores the case of ASCII letters, and is much faster than lower(column) LIKE)."""

    type = Boolean()
    inherit_cache = True
    name = "like_any_case"


@compiles(like_any_case)
def _like_any_case_default(element, compiler, **kw) -> str:  # type: ignore[no-untyped-def]
    column, pattern = list(element.clauses)
    return f"(lower({compiler.process(column, **kw)}) LIKE {compiler.process(pattern, **kw)} ESCAPE '\\')"


@compiles(like_any_case, "postgresql")
def _like_any_case_postgresql(element, compiler, **kw) -> str:  # type: ignore[no-untyped-def]
    column, pattern = list(element.clauses)
    return f"({compiler.process(column, **kw)} ILIKE {compiler.process(pattern, **kw)} ESCAPE '\\')"


@compiles(like_any_case, "sqlite")
def _like_any_case_sqlite(element, compiler, **kw) -> str:  # type: ignore[no-untyped-def]
    column, pattern = list(element.clauses)
    return f"({compiler.process(column, **kw)} LIKE {compiler.process(pattern, **kw)} ESCAPE '\\')"


class not_by_index(FunctionElement[bool]):  # noqa: N801 - named like the SQL functions it stands for
    """A boolean column that SQLite must not look rows up by (its index stays for other queries).

    ``archived = false`` holds for nearly every organisation, but SQLite, without statistics,
    takes the archived index for a narrow one: it then read all of them and sorted them by their
    400-character keys to show the first page (7.7 of 8 ms on 5,000 organisations). With the
    term written ``+archived`` it walks the sort-key index in order and stops after a page."""

    type = Boolean()
    inherit_cache = True
    name = "not_by_index"


@compiles(not_by_index)
def _not_by_index_default(element, compiler, **kw) -> str:  # type: ignore[no-untyped-def]
    return compiler.process(list(element.clauses)[0], **kw)


@compiles(not_by_index, "sqlite")
def _not_by_index_sqlite(element, compiler, **kw) -> str:  # type: ignore[no-untyped-def]
    return f"+{compiler.process(list(element.clauses)[0], **kw)}"


def _search_condition(search: str) -> ColumnElement[bool] | None:
    term = " ".join(search.split())
    if not term:
        return None
    lowered = _like_pattern(term.casefold())
    # SQLite folds the case of ASCII letters only, so a term with other letters (Ē, Ļ) is also
    # compared as typed and capitalised; names are matched on their folded match_key as well.
    variants = [] if term.isascii() else [_like_pattern(term), _like_pattern(term[:1].upper() + term[1:])]

    def text_matches(column: ColumnElement) -> ColumnElement[bool]:
        return or_(like_any_case(column, lowered), *(column.like(pattern, escape="\\") for pattern in variants))

    conditions: list[ColumnElement[bool]] = [
        like_any_case(Organisation.name, lowered),
        Organisation.registration_number.like(_like_pattern(term.replace(" ", "")), escape="\\"),
        Organisation.phone.like(_like_pattern(term), escape="\\"),
        like_any_case(Organisation.email, lowered),
        # One pass over the contact people rather than a lookup per organisation.
        Organisation.id.in_(select(ContactPerson.organisation_id).where(or_(
            text_matches(ContactPerson.name),
            ContactPerson.phone.like(_like_pattern(term), escape="\\"),
            like_any_case(ContactPerson.email, lowered),
        ))),
    ]
    folded = organisation_match_key(term)
    if folded:
        conditions.append(Organisation.match_key.like(_like_pattern(folded), escape="\\"))
    return or_(*conditions)


def apply_filter(statement: Select, list_filter: ListFilter) -> Select:
    if not list_filter.include_archived:
        statement = statement.where(not_by_index(Organisation.archived).is_(False))
    if list_filter.kind is not None:
        statement = statement.where(Organisation.kind == list_filter.kind)
    if list_filter.membership is not None:
        statement = statement.where(Organisation.membership == list_filter.membership)
    if list_filter.field_id is not None:
        statement = statement.where(exists().where(
            organisation_field_table.c.organisation_id == Organisation.id,
            organisation_field_table.c.field_id == list_filter.field_id,
        ))
    condition = _search_condition(list_filter.search)
    if condition is not None:
        statement = statement.where(condition)
    return statement


def _label_order(column: ColumnElement, enum_class: type[enum.Enum]) -> ColumnElement:
    """Sort an enum column by the Latvian order of its words in the current language."""
    return case({member.value: sort_key(label(member)) for member in enum_class}, value=column, else_="")


def _sort_expression(column: Column) -> ColumnElement:
    if column is Column.NAME:
        return Organisation.sort_key
    if column is Column.LEGAL_FORM:
        return _label_order(Organisation.legal_form, LegalForm)
    if column is Column.KIND:
        return _label_order(Organisation.kind, OrganisationKind)
    if column is Column.MEMBERSHIP:
        return _label_order(Organisation.membership, MembershipStatus)
    if column is Column.REGISTRATION_NUMBER:
        return func.coalesce(Organisation.registration_number, "")
    if column is Column.MAIN_CONTACT:
        return func.coalesce(_main_contact_value("sort_key"), "")
    if column is Column.PHONE:
        return _phone_value()
    if column is Column.EMAIL:
        return func.lower(_email_value())
    return func.coalesce(
        select(func.min(FieldOfActivity.sort_key))
        .join(organisation_field_table, organisation_field_table.c.field_id == FieldOfActivity.id)
        .where(organisation_field_table.c.organisation_id == Organisation.id)
        .scalar_subquery(),
        "",
    )


def _phone_value() -> ColumnElement:
    return func.coalesce(func.nullif(Organisation.phone, ""), _main_contact_value("phone"), "")


def _email_value() -> ColumnElement:
    return func.coalesce(func.nullif(Organisation.email, ""), _main_contact_value("email"), "")


def count_rows(database: Database, list_filter: ListFilter) -> int:
    statement = apply_filter(select(func.count(Organisation.id)), list_filter)
    with database.read_session() as session:
        return session.scalar(statement) or 0


# Makes a row from OrganisationRow's values in field order: OrganisationRow itself, or a subclass
# that adds what a view shows (so a page's rows are made once, not made and copied).
RowMaker = Callable[..., OrganisationRow]


def fetch_rows(
    database: Database, list_filter: ListFilter, order: ListOrder, *, offset: int = 0, limit: int | None = None,
    make_row: RowMaker = OrganisationRow,
) -> list[OrganisationRow]:
    """One page of the list, sorted by the database (names in Latvian order)."""
    with database.read_session() as session:
        return _fetch(session, list_filter, order, offset, limit, total=None, make_row=make_row)[1]


# Sorted by these the page's ids come from the organisation's own columns; sorted by the main contact,
# its phone or e-mail or the fields each pick costs a look at every organisation's contacts or fields
# (on SQLite the page sent together took 214 ms instead of 86 sorted by the main contact).
_PAGE_CHEAP_TO_REPEAT = {Column.NAME, Column.LEGAL_FORM, Column.REGISTRATION_NUMBER, Column.KIND, Column.MEMBERSHIP}


def fetch_page(
    database: Database, list_filter: ListFilter, order: ListOrder, *, limit: int, make_row: RowMaker = OrganisationRow,
) -> tuple[int, list[OrganisationRow]]:
    """How many organisations match and the first ``limit`` of them, read in one transaction.

    Without a search the count is a subquery of its own, read from an index and evaluated once, in
    the page's statement: counted beside the page (``count(*) OVER ()``) it made the database carry
    every organisation with its sort key into the sort, ten times the work of the page alone. A
    search is counted beside the page, since each pass matching the text against names, numbers and
    contact people costs more than that. On a server, when the page's ids are cheap to pick again
    (no search, sorted by a column of the organisation itself), the count, the page and the page's
    fields and main contacts go together instead: one round trip instead of three.
    """
    with database.read_session() as session:
        if not database.is_sqlite and not list_filter.search.strip() and order.column in _PAGE_CHEAP_TO_REPEAT:
            page = _page(list_filter, order, 0, limit, total=None)
            counted, found, fields, contacts = read_together(session, (
                _count_statement(list_filter), _rows_statement(page, order, list_filter, total=None),
                _fields_statement(select(page.c.id)), _main_contacts_statement(select(page.c.id))))
            total = counted[0][0] or 0
            rows = _organisation_rows(found, _fields_from(fields), _main_contacts_from(contacts), make_row)
        else:
            total, rows = _fetch(session, list_filter, order, 0, limit, make_row=make_row,
                                 total="beside" if list_filter.search.strip() else "apart")
    return (total if rows else 0), rows


# Statements the same for every page are written with the tables' columns (Core): SQLAlchemy
# then hands their rows over as they are, without its ORM's handling of each row.
_organisation, _contact, _field = Organisation.__table__, ContactPerson.__table__, FieldOfActivity.__table__
_COUNT_NOT_ARCHIVED = select(func.count(_organisation.c.id)).where(_organisation.c.archived.is_(False))


def _count_statement(list_filter: ListFilter) -> Select:
    if list_filter == ListFilter():
        # The whole registry (the list's first screen): the archived index alone answers, where
        # ``not_by_index`` (right for the sorted page) made SQLite read every entry of it.
        return _COUNT_NOT_ARCHIVED
    return apply_filter(select(func.count(Organisation.id)), list_filter)


Total = Literal["beside", "apart"] | None


def _fetch(  # type: ignore[no-untyped-def]
    session, list_filter: ListFilter, order: ListOrder, offset: int, limit: int | None, *,
    total: Total, make_row: RowMaker,
) -> tuple[int, list[OrganisationRow]]:
    """The page and, with ``total``, how many match: counted ``beside`` the page's rows, or ``apart``
    by a subquery of the same statement (see ``fetch_page``)."""
    # The inner query filters, sorts and pages ids only; the main contact is looked up afterwards
    # for the rows of the page, not for every organisation that matches.
    page = _page(list_filter, order, offset, limit, total=total)
    rows = session.execute(_rows_statement(page, order, list_filter, total=total)).all()
    ids = [row.id for row in rows]
    if not ids:
        fields, contacts = [], []
    elif session.get_bind().dialect.name == "sqlite":
        # One cached statement each for any page (its ids a parameter).
        fields = session.execute(_FIELDS_OF, {"ids": ids})
        contacts = session.execute(_MAIN_CONTACTS_OF, {"ids": ids})
    else:
        # Sent together: one round trip to a server.
        fields, contacts = read_together(session, (_fields_statement(ids), _main_contacts_statement(ids)))
    counted = rows[0].total if total is not None and rows else 0
    return counted, _organisation_rows(rows, _fields_from(fields), _main_contacts_from(contacts), make_row)


def _page(list_filter: ListFilter, order: ListOrder, offset: int, limit: int | None, *, total: Total) -> Subquery:
    """The ids of one page, filtered and sorted, with what the page's rows are sorted by."""
    key = _sort_expression(order.column)
    direction = _direction(order)
    columns = [Organisation.id.label("id"), key.label("sort_value"), Organisation.sort_key.label("name_key")]
    if total == "beside":
        columns.append(func.count().over().label("total"))
    page = apply_filter(select(*columns), list_filter).order_by(
        direction(key), direction(Organisation.sort_key), direction(Organisation.id)).offset(offset)
    if limit is not None:
        page = page.limit(limit)
    return page.subquery("page")


def _direction(order: ListOrder) -> Callable[[ColumnElement], ColumnElement]:
    return (lambda column: column.desc()) if order.descending else (lambda column: column.asc())


def _rows_statement(page: Subquery, order: ListOrder, list_filter: ListFilter, *, total: Total) -> Select:
    direction = _direction(order)
    return (
        select(
            Organisation.id, Organisation.name, Organisation.legal_form, Organisation.registration_number,
            Organisation.kind, Organisation.membership, Organisation.archived, Organisation.phone,
            Organisation.email,
            *([page.c.total] if total == "beside" else []),
            # Not correlated: it counts its own organisations, not the outer row.
            *([_count_statement(list_filter).correlate(None).scalar_subquery().label("total")]
              if total == "apart" else []),
        )
        .join(page, page.c.id == Organisation.id)
        .order_by(direction(page.c.sort_value), direction(page.c.name_key), direction(page.c.id))
    )


def _organisation_rows(rows: Iterable[Row[Any]], fields: dict[int, tuple[str, ...]],
                       contacts: dict[int, tuple[str, str, str]], make_row: RowMaker) -> list[OrganisationRow]:
    empty = ("", "", "")
    # Unpacked rather than read by name: a row's attribute costs more than making the row here.
    return [
        make_row(
            organisation_id, name, legal_form, number or "", kind, membership,
            contact[0], phone or contact[1], email or contact[2], fields.get(organisation_id, ()), archived,
        )
        for organisation_id, name, legal_form, number, kind, membership, archived, phone, email, *_total in rows
        for contact in (contacts.get(organisation_id, empty),)
    ]


def _main_contacts_statement(organisation_ids: list[int] | Select | BindParameter) -> Select:
    """Each organisation's living contacts, its main contact first (``_main_contacts_from`` keeps that one)."""
    return (
        select(_contact.c.organisation_id, _contact.c.name, _contact.c.phone, _contact.c.email)
        .where(_contact.c.organisation_id.in_(organisation_ids), _contact.c.anonymised_at.is_(None))
        .order_by(_contact.c.organisation_id, _contact.c.is_main.desc(), _contact.c.id)
    )


def _main_contacts_from(rows: Iterable[Row[Any]]) -> dict[int, tuple[str, str, str]]:
    """(name, phone, e-mail) of each organisation's main contact, else its first living contact."""
    found: dict[int, tuple[str, str, str]] = {}
    for organisation_id, name, phone, email in rows:
        found.setdefault(organisation_id, (name, phone, email))
    return found


def _fields_statement(organisation_ids: list[int] | Select | BindParameter) -> Select:
    """The fields of each organisation, in Latvian order."""
    return (
        select(organisation_field_table.c.organisation_id, _field.c.name)
        .join(_field, _field.c.id == organisation_field_table.c.field_id)
        .where(organisation_field_table.c.organisation_id.in_(organisation_ids))
        .order_by(organisation_field_table.c.organisation_id, _field.c.sort_key)
    )


def _fields_from(rows: Iterable[Row[Any]]) -> dict[int, tuple[str, ...]]:
    names: dict[int, list[str]] = defaultdict(list)
    for organisation_id, name in rows:
        names[organisation_id].append(name)
    return {key: tuple(value) for key, value in names.items()}


# The page's main contacts and fields on SQLite: one statement each for any page, its ids a parameter
# (a list of literals made a new statement, and its cache key, for every page).
_MAIN_CONTACTS_OF = _main_contacts_statement(bindparam("ids", expanding=True))
_FIELDS_OF = _fields_statement(bindparam("ids", expanding=True))
