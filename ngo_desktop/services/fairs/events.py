"""Fairs and markets: the event itself, its days (one or repeated), programme, partners and prices.

Repeated days ("every Saturday from May to September") are expanded with dateutil.rrule in local
dates, the same kind of rule bookings use; the rule text is kept on the fair so it can be shown
and changed later. Days that already have vendors are never deleted: they are marked cancelled.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import groupby

from dateutil.rrule import WEEKLY, rrule, rrulestr
from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from ngo_desktop.database.core import Database
from ngo_desktop.errors import ChangedElsewhere, NotFound, ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.models import (
    ApplicationDay,
    AuditAction,
    Fair,
    FairDay,
    FairKind,
    Organisation,
    ProgrammeItem,
    Site,
    StallLayout,
    StallPrice,
)
from ngo_desktop.services import audit
from ngo_desktop.sorting import sorted_latvian
from ngo_desktop.vocabulary import quoted

MAX_DAYS = 400  # a rule that makes more days than this is a typing mistake, not a market season


@dataclass(frozen=True)
class FairDetails:
    """What the fair form edits. ``days`` are local dates; ``repeat_rule`` is kept for display."""

    name: str
    kind: FairKind = FairKind.MARKET_DAY
    site_id: int | None = None
    address: str = ""
    description: str = ""
    web_url: str = ""
    opens: dt.time = dt.time(9, 0)
    closes: dt.time = dt.time(15, 0)
    repeat_rule: str = ""
    layout_id: int | None = None
    partner_ids: tuple[int, ...] = ()
    days: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class FairDayInfo:
    id: int
    day: dt.date
    opens: dt.time
    closes: dt.time
    cancelled: bool


@dataclass(frozen=True)
class FairSummary:
    id: int
    name: str
    kind: FairKind
    first_day: dt.date | None
    last_day: dt.date | None
    day_count: int
    archived: bool


@dataclass(frozen=True)
class FairRecord:
    id: int
    version: int
    details: FairDetails
    days: tuple[FairDayInfo, ...]
    place: str
    partner_names: tuple[str, ...]
    archived: bool


@dataclass(frozen=True)
class ProgrammeEntry:
    id: int
    fair_day_id: int
    starts: dt.time
    ends: dt.time | None
    title: str
    performer: str


@dataclass(frozen=True)
class PriceEntry:
    width_m: float
    depth_m: float
    price_cents: int


@dataclass(frozen=True)
class RepeatChoice:
    """A simple weekly repeat as the form offers it: these weekdays (0 Monday) between two dates."""

    first_day: dt.date
    last_day: dt.date
    weekdays: tuple[int, ...] = field(default=(5,))

    def rule_text(self) -> str:
        return str(rrule(WEEKLY, dtstart=dt.datetime.combine(self.first_day, dt.time()),
                         until=dt.datetime.combine(self.last_day, dt.time()), byweekday=self.weekdays))


def expand_repeat(rule_text: str) -> list[dt.date]:
    """The local dates an RFC 5545 rule (with its DTSTART) makes, at most MAX_DAYS."""
    try:
        rule = rrulestr(rule_text)
    except (ValueError, TypeError) as error:
        raise ValidationFailed({"repeat_rule": translate(
            "Fairs", "The repeat rule cannot be read ({detail}). Choose the weekdays and dates again."
        ).format(detail=error)}) from error
    days: list[dt.date] = []
    for moment in rule:
        days.append(moment.date())
        if len(days) > MAX_DAYS:
            raise ValidationFailed({"repeat_rule": translate(
                "Fairs", "The repeat makes more than {count} days. Give an end date.").format(count=MAX_DAYS)})
    return days


def _validate(details: FairDetails) -> None:
    problems: dict[str, str] = {}
    if not details.name.strip():
        problems["name"] = translate("Fairs", "Enter the fair's name, e.g. Alūksnes vasaras tirdziņš.")
    if details.closes <= details.opens:
        problems["closes"] = translate("Fairs", "The closing time must be after the opening time.")
    if details.site_id is None and not details.address.strip():
        problems["address"] = translate("Fairs", "Choose one of the centre's sites or type an address.")
    if not details.days:
        problems["days"] = translate("Fairs", "Add at least one day, or a repeat that makes days.")
    if len(details.days) > MAX_DAYS:
        problems["days"] = translate("Fairs", "A fair can have at most {count} days.").format(count=MAX_DAYS)
    if problems:
        raise ValidationFailed(problems)


def _apply(session: Session, fair: Fair, details: FairDetails) -> None:
    if details.site_id is not None and session.get(Site, details.site_id) is None:
        raise NotFound(translate("Fairs", "The chosen site no longer exists."))
    if details.layout_id is not None and session.get(StallLayout, details.layout_id) is None:
        raise NotFound(translate("Fairs", "The chosen stall plan no longer exists."))
    fair.name = details.name.strip()
    fair.kind = details.kind
    fair.site_id = details.site_id
    fair.address = details.address.strip()
    fair.description = details.description.strip()
    fair.web_url = details.web_url.strip()
    fair.opens = details.opens
    fair.closes = details.closes
    fair.repeat_rule = details.repeat_rule
    fair.layout_id = details.layout_id
    partners = list(session.scalars(select(Organisation).where(Organisation.id.in_(details.partner_ids))))
    fair.partners = partners
    _sync_days(session, fair, sorted(set(details.days)))


def _sync_days(session: Session, fair: Fair, wanted: list[dt.date]) -> None:
    """Add new days, restore cancelled ones, delete unused removed days and cancel used ones."""
    existing = {day.day: day for day in fair.days}
    for day in wanted:
        current = existing.get(day)
        if current is None:
            fair.days.append(FairDay(day=day, opens=fair.opens, closes=fair.closes, cancelled=False))
        else:
            current.cancelled = False
            current.opens, current.closes = fair.opens, fair.closes
    for day, current in existing.items():
        if day in wanted or current.id is None:
            continue
        used = session.scalar(select(func.count()).select_from(ApplicationDay)
                              .where(ApplicationDay.fair_day_id == current.id))
        if used:
            current.cancelled = True
        else:
            fair.days.remove(current)


def create_fair(database: Database, details: FairDetails) -> int:
    _validate(details)
    with database.unit_of_work() as session:
        fair = Fair(name=details.name.strip())
        session.add(fair)
        _apply(session, fair, details)
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.CREATE, entity="fair",
                     entity_id=fair.id, summary=fair.name, after=audit.snapshot(fair))
        return fair.id


def update_fair(database: Database, fair_id: int, details: FairDetails, *, version: int) -> None:
    """Save the form; ``version`` is the one read, so a change made elsewhere is not overwritten."""
    _validate(details)
    try:
        with database.unit_of_work() as session:
            fair = _fair(session, fair_id)
            if fair.version != version:
                raise _changed_elsewhere(fair.name)
            before = audit.snapshot(fair)
            _apply(session, fair, details)
            # A change of days or partners only must still bump the version, so force the UPDATE.
            flag_modified(fair, "name")
            session.flush()
            audit.record(session, operator=database.operator, action=AuditAction.UPDATE, entity="fair",
                         entity_id=fair.id, summary=fair.name, before=before, after=audit.snapshot(fair))
    except StaleDataError as error:
        raise _changed_elsewhere(details.name) from error


def _changed_elsewhere(name: str) -> ChangedElsewhere:
    return ChangedElsewhere(translate(
        "Fairs", "“{name}” was changed by someone else meanwhile. Close it, open it again and redo your change."
    ).format(name=name))


def set_archived(database: Database, fair_id: int, archived: bool, *, expected_version: int | None = None) -> int:
    """Archive or restore a fair; returns its version after it. With ``expected_version`` (an undo
    step), a change made at another desk since refuses with ``ChangedElsewhere``."""
    with database.unit_of_work() as session:
        fair = _fair(session, fair_id)
        if expected_version is not None and fair.version != expected_version:
            raise _changed_elsewhere(fair.name)
        before = audit.snapshot(fair)
        fair.archived = archived
        session.flush()
        audit.record(session, operator=database.operator,
                     action=AuditAction.ARCHIVE if archived else AuditAction.RESTORE, entity="fair",
                     entity_id=fair.id, summary=fair.name, before=before, after=audit.snapshot(fair))
        return fair.version


def _fair(session: Session, fair_id: int) -> Fair:
    fair = session.get(Fair, fair_id)
    if fair is None:
        raise NotFound(translate("Fairs", "This fair no longer exists."))
    return fair


def list_fairs(database: Database, *, include_archived: bool = False) -> list[FairSummary]:
    """Fairs, newest first day first; a short list, so it is read whole."""
    with database.read_session() as session:
        first = func.min(FairDay.day)
        statement = (select(Fair.id, Fair.name, Fair.kind, first, func.max(FairDay.day),
                            func.count(FairDay.id), Fair.archived)
                     .outerjoin(FairDay, (FairDay.fair_id == Fair.id) & FairDay.cancelled.is_(False))
                     .group_by(Fair.id, Fair.name, Fair.kind, Fair.archived)
                     .order_by(first.desc(), Fair.id))
        if not include_archived:
            statement = statement.where(Fair.archived.is_(False))
        rows = session.execute(statement).all()
    # Fairs starting on the same day (or without days) in Latvian order of their names; the
    # database keeps its own place for fairs without days.
    return [FairSummary(*row) for _first, same_day in groupby(rows, key=lambda row: row[3])
            for row in sorted_latvian(same_day, key=lambda row: row[1])]


def find_fair(database: Database, text: str) -> int:
    """A fair's id from what a person typed on the command line: its number or its exact name."""
    with database.read_session() as session:
        if text.strip().isdigit() and session.get(Fair, int(text)) is not None:
            return int(text)
        # Compared in Python: SQLite's lower() leaves Latvian capitals (Š, Ā …) as they are.
        wanted = text.strip().casefold()
        ids = [fair_id for fair_id, name in session.execute(select(Fair.id, Fair.name))
               if name.strip().casefold() == wanted]
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise NotFound(translate("Fairs", "No fair is called {name}. Give its exact name or ID.")
                       .format(name=quoted(text.strip())))
    raise NotFound(translate("Fairs", "Several fairs are called {name}. Give the fair's ID instead.")
                   .format(name=quoted(text.strip())))


def get_fair(database: Database, fair_id: int) -> FairRecord:
    """The fair with its days and the name of its site in one statement, its partners in a second
    (each was a statement of its own: four round trips to a server across town)."""
    with database.read_session() as session:
        found = session.execute(select(Fair, Site.name).outerjoin(Site, Site.id == Fair.site_id)
                                .options(joinedload(Fair.days)).where(Fair.id == fair_id)).unique().one_or_none()
        if found is None:
            raise NotFound(translate("Fairs", "This fair no longer exists."))
        fair, site_name = found
        days = tuple(FairDayInfo(day.id, day.day, day.opens, day.closes, day.cancelled) for day in fair.days)
        details = FairDetails(
            name=fair.name, kind=fair.kind, site_id=fair.site_id, address=fair.address,
            description=fair.description, web_url=fair.web_url, opens=fair.opens, closes=fair.closes,
            repeat_rule=fair.repeat_rule, layout_id=fair.layout_id,
            partner_ids=tuple(partner.id for partner in fair.partners),
            days=tuple(day.day for day in days if not day.cancelled),
        )
        place = site_name if site_name is not None else fair.address
        return FairRecord(fair.id, fair.version, details, days, place,
                          tuple(partner.name for partner in fair.partners), fair.archived)


def list_days(database: Database, fair_id: int, *, include_cancelled: bool = False) -> list[FairDayInfo]:
    with database.read_session() as session:
        statement = select(FairDay).where(FairDay.fair_id == fair_id).order_by(FairDay.day)
        if not include_cancelled:
            statement = statement.where(FairDay.cancelled.is_(False))
        return [FairDayInfo(day.id, day.day, day.opens, day.closes, day.cancelled)
                for day in session.scalars(statement)]


def list_sites(database: Database) -> list[tuple[int, str]]:
    """Open sites in Latvian order of their names (no database sorts them so; sites are few)."""
    with database.read_session() as session:
        rows = session.execute(select(Site.id, Site.name).where(Site.archived.is_(False)).order_by(Site.id)).all()
    return [(row.id, row.name) for row in sorted_latvian(rows, key=lambda row: row.name)]


# --- programme ---------------------------------------------------------------------------------
def add_programme_item(database: Database, *, fair_day_id: int, starts: dt.time, title: str,
                       performer: str = "", ends: dt.time | None = None) -> int:
    problems: dict[str, str] = {}
    if not title.strip():
        problems["title"] = translate("Fairs", "Enter what happens, e.g. a concert or a fashion show.")
    if ends is not None and ends <= starts:
        problems["ends"] = translate("Fairs", "The end time must be after the start time.")
    if problems:
        raise ValidationFailed(problems)
    with database.unit_of_work() as session:
        day = session.get(FairDay, fair_day_id)
        if day is None:
            raise NotFound(translate("Fairs", "This fair day no longer exists."))
        item = ProgrammeItem(fair_day_id=fair_day_id, starts=starts, ends=ends, title=title.strip(),
                             performer=performer.strip())
        session.add(item)
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.CREATE, entity="programme_item",
                     entity_id=item.id, summary=item.title, after=audit.snapshot(item))
        return item.id


def remove_programme_item(database: Database, item_id: int) -> None:
    """A programme line is not history (nothing refers to it), so it can go entirely."""
    with database.unit_of_work() as session:
        item = session.get(ProgrammeItem, item_id)
        if item is None:
            raise NotFound(translate("Fairs", "This programme item no longer exists."))
        before = audit.snapshot(item)
        session.delete(item)
        audit.record(session, operator=database.operator, action=AuditAction.DELETE, entity="programme_item",
                     entity_id=item_id, summary=before["title"], before=before)


def list_programme(database: Database, fair_day_id: int) -> list[ProgrammeEntry]:
    with database.read_session() as session:
        items = session.scalars(select(ProgrammeItem).where(ProgrammeItem.fair_day_id == fair_day_id)
                                .order_by(ProgrammeItem.starts))
        return [ProgrammeEntry(item.id, item.fair_day_id, item.starts, item.ends, item.title, item.performer)
                for item in items]


# --- prices --------------------------------------------------------------------------------------
def set_stall_price(database: Database, *, fair_id: int, width_m: float, depth_m: float,
                    price_cents: int) -> None:
    """The fee for one day on a stall of this size (width × depth in metres)."""
    if price_cents < 0:
        raise ValidationFailed({"price": translate("Fairs", "A price cannot be negative.")})
    if width_m <= 0 or depth_m <= 0:
        raise ValidationFailed({"size": translate("Fairs", "Give the stall size in metres, e.g. 3 × 3.")})
    with database.unit_of_work() as session:
        _fair(session, fair_id)
        price = session.scalar(select(StallPrice).where(
            StallPrice.fair_id == fair_id, StallPrice.width_m == width_m, StallPrice.depth_m == depth_m))
        before = audit.snapshot(price) if price is not None else None
        if price is None:
            price = StallPrice(fair_id=fair_id, width_m=width_m, depth_m=depth_m, price_cents=price_cents)
            session.add(price)
        price.price_cents = price_cents
        session.flush()
        audit.record(session, operator=database.operator,
                     action=AuditAction.CREATE if before is None else AuditAction.UPDATE,
                     entity="stall_price", entity_id=price.id, before=before, after=audit.snapshot(price))


def list_prices(database: Database, fair_id: int) -> list[PriceEntry]:
    with database.read_session() as session:
        prices = session.scalars(select(StallPrice).where(StallPrice.fair_id == fair_id)
                                 .order_by(StallPrice.width_m, StallPrice.depth_m))
        return [PriceEntry(price.width_m, price.depth_m, price.price_cents) for price in prices]


def price_for(session: Session, fair_id: int, width_m: float, depth_m: float) -> int:
    """The day fee for a stall of this size, either way round; 0 when no price is set."""
    for width, depth in ((width_m, depth_m), (depth_m, width_m)):
        cents = session.scalar(select(StallPrice.price_cents).where(
            StallPrice.fair_id == fair_id,
            func.abs(StallPrice.width_m - width) < 0.01, func.abs(StallPrice.depth_m - depth) < 0.01))
        if cents is not None:
            return cents
    return 0


def set_layout(database: Database, fair_id: int, layout_id: int | None) -> None:
    """Give the fair a stall plan (a new one or one another event made)."""
    with database.unit_of_work() as session:
        fair = _fair(session, fair_id)
        if layout_id is not None and session.get(StallLayout, layout_id) is None:
            raise NotFound(translate("Fairs", "The chosen stall plan no longer exists."))
        before = audit.snapshot(fair)
        fair.layout_id = layout_id
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.UPDATE, entity="fair",
                     entity_id=fair.id, summary=fair.name, before=before, after=audit.snapshot(fair))
