"""Sites, their rooms (capacity, equipment, opening hours, buffers, tariffs) and closures.

Rooms are few (tens), so they are read whole as ``RoomInfo`` values; bookings are not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, or_, select

from ngo_desktop import models
from ngo_desktop.database.core import Database
from ngo_desktop.errors import ChangedElsewhere, NotFound, ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.schema.enums import AuditAction
from ngo_desktop.schema.sites import closure_table, opening_hours_table, room_table, site_table
from ngo_desktop.services import audit
from ngo_desktop.sorting import sort_key
from ngo_desktop.timeutil import to_utc
from ngo_desktop.vocabulary import quoted

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ngo_desktop.database.core import Executor
    from ngo_desktop.models import Closure, Room

# Equipment codes kept in Room.equipment and Booking.equipment_requested.
EQUIPMENT_CODES = ("projector", "screen", "sound", "kitchen", "piano", "wheelchair", "whiteboard", "wifi")

# weekday -> (opens, closes); used when a room is created without its own hours.
DEFAULT_OPENING_HOURS: dict[int, tuple[dt.time, dt.time]] = {
    **{weekday: (dt.time(8, 0), dt.time(22, 0)) for weekday in range(5)},
    5: (dt.time(10, 0), dt.time(18, 0)),
}


def equipment_label(code: str) -> str:
    """The item as it stands in a list, in lower case ("klavieres, skaņas iekārta")."""
    labels = {
        "projector": translate("Equipment", "projector"),
        "screen": translate("Equipment", "screen"),
        "sound": translate("Equipment", "sound system"),
        "kitchen": translate("Equipment", "kitchen"),
        "piano": translate("Equipment", "piano"),
        "wheelchair": translate("Equipment", "wheelchair access"),
        "whiteboard": translate("Equipment", "whiteboard"),
        "wifi": translate("Equipment", "Wi-Fi"),
    }
    return labels.get(code, code)


@dataclass(frozen=True)
class SiteInfo:
    id: int
    name: str
    address: str = ""
    archived: bool = False


@dataclass(frozen=True)
class RoomInfo:
    id: int
    site_id: int
    site_name: str
    name: str
    capacity: int
    equipment: tuple[str, ...]
    setup_minutes: int
    cleanup_minutes: int
    hourly_rate_cents: int
    half_day_rate_cents: int
    full_day_rate_cents: int
    member_discount_percent: int
    opening_hours: dict[int, tuple[dt.time, dt.time]]
    colour: str = ""
    notes: str = ""
    archived: bool = False
    version: int = 1


@dataclass(frozen=True)
class RoomInput:
    """What a person enters for a room; ``opening_hours`` None means the default hours."""

    site_id: int
    name: str
    capacity: int = 0
    equipment: tuple[str, ...] = ()
    setup_minutes: int = 0
    cleanup_minutes: int = 0
    hourly_rate_cents: int = 0
    half_day_rate_cents: int = 0
    full_day_rate_cents: int = 0
    member_discount_percent: int = 100
    opening_hours: dict[int, tuple[dt.time, dt.time]] | None = None
    colour: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ClosureInfo:
    id: int
    site_id: int | None
    room_id: int | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    reason: str


@dataclass(frozen=True)
class SiteInput:
    name: str
    address: str = ""
    phone: str = ""
    notes: str = ""


def room_info(room: Room) -> RoomInfo:
    return _room_info(room, room.site.name, {hours.weekday: (hours.opens, hours.closes) for hours in room.opening_hours})


def _room_info(room: Room | Row[Any], site_name: str, opening_hours: dict[int, tuple[dt.time, dt.time]]) -> RoomInfo:
    """``room``: the ORM row or a row of the room table's columns (they have the same names)."""
    return RoomInfo(
        id=room.id, site_id=room.site_id, site_name=site_name, name=room.name,
        capacity=room.capacity, equipment=tuple(room.equipment or ()), setup_minutes=room.setup_minutes,
        cleanup_minutes=room.cleanup_minutes, hourly_rate_cents=room.hourly_rate_cents,
        half_day_rate_cents=room.half_day_rate_cents, full_day_rate_cents=room.full_day_rate_cents,
        member_discount_percent=room.member_discount_percent, opening_hours=opening_hours,
        colour=room.colour, notes=room.notes, archived=room.archived, version=room.version,
    )


# --- sites ----------------------------------------------------------------------------------
# The window's first screen and the printing commands read with the schema's tables on a connection,
# without SQLAlchemy's ORM (docs/architecture.md, "The start, until the day's calendar"); the ORM's
# classes appear only where a room, site or closure is written.
def list_sites(database: Database, *, include_archived: bool = False) -> list[SiteInfo]:
    statement = select(site_table.c.id, site_table.c.name, site_table.c.address, site_table.c.archived)
    if not include_archived:
        statement = statement.where(site_table.c.archived.is_(False))
    with database.read_connection() as session:
        sites = [SiteInfo(row.id, row.name, row.address, row.archived) for row in session.execute(statement)]
    return sorted(sites, key=lambda site: sort_key(site.name))


def create_site(database: Database, site: SiteInput) -> SiteInfo:
    name = site.name.strip()
    if not name:
        raise ValidationFailed({"name": translate("Rooms", "Enter the site's name, e.g. the branch's street.")})
    with database.unit_of_work() as session:
        if session.scalar(select(site_table.c.id).where(site_table.c.name == name)) is not None:
            raise ValidationFailed({"name": translate("Rooms", "A site named {name} already exists.").format(
                name=name)})
        row = models.Site(name=name, address=site.address.strip(), phone=site.phone.strip(), notes=site.notes)
        session.add(row)
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.CREATE, entity="site",
                     entity_id=row.id, summary=name, after=audit.snapshot(row))
        return SiteInfo(row.id, row.name, row.address)


# --- rooms ----------------------------------------------------------------------------------
def list_rooms(database: Database, *, site_id: int | None = None, include_archived: bool = False) -> list[RoomInfo]:
    """Rooms in Latvian order of site then room name."""
    statement = (select(room_table, site_table.c.name.label("site_name"))
                 .join(site_table, site_table.c.id == room_table.c.site_id))
    if site_id is not None:
        statement = statement.where(room_table.c.site_id == site_id)
    if not include_archived:
        statement = statement.where(room_table.c.archived.is_(False))
    with database.read_connection() as session:
        rows = session.execute(statement).all()
        hours: dict[int, dict[int, tuple[dt.time, dt.time]]] = {row.id: {} for row in rows}
        if rows:
            opening = opening_hours_table.c
            for room_id, weekday, opens, closes in session.execute(
                    select(opening.room_id, opening.weekday, opening.opens, opening.closes)
                    .where(opening.room_id.in_(list(hours))).order_by(opening.room_id, opening.weekday)):
                hours[room_id][weekday] = (opens, closes)
    rooms = [_room_info(row, row.site_name, hours[row.id]) for row in rows]
    return sorted(rooms, key=lambda room: (sort_key(room.site_name), sort_key(room.name)))


def get_room(database: Database, room_id: int) -> RoomInfo:
    with database.read_session() as session:
        room = session.get(models.Room, room_id)
        if room is None:
            raise NotFound(translate("Rooms", "The room no longer exists."))
        return room_info(room)


def find_room(database: Database, text: str) -> RoomInfo:
    """A room by its id or its name (case does not matter); refuses an unknown or ambiguous name."""
    wanted = text.strip()
    if wanted.isdigit():
        # One row by its key, not every room with its hours (the command line's usual case).
        with database.read_session() as session:
            row = session.scalar(select(models.Room).where(models.Room.id == int(wanted),
                                                            models.Room.archived.is_(False)))
            if row is not None:
                return room_info(row)
    rooms = list_rooms(database, include_archived=False)
    matches = [room for room in rooms if room.name.casefold() == wanted.casefold()]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise ValidationFailed({"room": translate(
            "Rooms", "Several rooms are named {name}; give the room's ID instead ({ids}).").format(
            name=quoted(wanted), ids=", ".join(str(room.id) for room in matches))})
    raise NotFound(translate("Rooms", "No room is named {name}. Check the name or give the room's ID.").format(
        name=quoted(wanted)))


def find_room_id(database: Database, text: str) -> int:
    """The id of the room ``find_room`` finds; given an id, only that column of one row is read
    (the command line's door sign, issue #16)."""
    wanted = text.strip()
    if wanted.isdigit():
        with database.read_connection() as session:
            room = room_table.c
            found = session.scalar(select(room.id).where(room.id == int(wanted), room.archived.is_(False)))
        if found is not None:
            return found
    return find_room(database, text).id


def _room_problems(session: Session, values: RoomInput, room_id: int | None) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not values.name.strip():
        problems["name"] = translate("Rooms", "Enter the room's name.")
    elif session.scalar(select(room_table.c.id).where(
            room_table.c.site_id == values.site_id, room_table.c.name == values.name.strip(),
            room_table.c.id != (room_id or 0))) is not None:
        problems["name"] = translate("Rooms", "This site already has a room named {name}.").format(
            name=values.name.strip())
    if session.get(models.Site, values.site_id) is None:
        problems["site"] = translate("Rooms", "Choose the site the room belongs to.")
    if values.capacity < 0:
        problems["capacity"] = translate("Rooms", "The capacity cannot be negative.")
    if values.setup_minutes < 0 or values.cleanup_minutes < 0:
        problems["buffers"] = translate("Rooms", "Setup and cleanup minutes cannot be negative.")
    if min(values.hourly_rate_cents, values.half_day_rate_cents, values.full_day_rate_cents) < 0:
        problems["tariff"] = translate("Rooms", "Tariffs cannot be negative.")
    if not 0 <= values.member_discount_percent <= 100:
        problems["member_discount"] = translate("Rooms", "The member discount must be from 0 to 100 %.")
    for weekday, (opens, closes) in (values.opening_hours or {}).items():
        if not 0 <= weekday <= 6 or closes <= opens:
            problems["opening_hours"] = translate(
                "Rooms", "Opening hours must close after they open on each day.")
    unknown = [code for code in values.equipment if code not in EQUIPMENT_CODES]
    if unknown:
        problems["equipment"] = translate("Rooms", "Unknown equipment: {codes}.").format(codes=", ".join(unknown))
    return problems


def _write_room(room: Room, values: RoomInput) -> None:
    room.site_id = values.site_id
    room.name = values.name.strip()
    room.capacity = values.capacity
    room.equipment = list(values.equipment)
    room.setup_minutes = values.setup_minutes
    room.cleanup_minutes = values.cleanup_minutes
    room.hourly_rate_cents = values.hourly_rate_cents
    room.half_day_rate_cents = values.half_day_rate_cents
    room.full_day_rate_cents = values.full_day_rate_cents
    room.member_discount_percent = values.member_discount_percent
    room.colour = values.colour
    room.notes = values.notes
    hours = DEFAULT_OPENING_HOURS if values.opening_hours is None else values.opening_hours
    # A weekday's row is changed in place: a new row would be inserted before the old one is
    # deleted and break the one-row-per-weekday constraint.
    existing = {row.weekday: row for row in room.opening_hours}
    kept = []
    for weekday, (opens, closes) in sorted(hours.items()):
        row = existing.get(weekday) or models.OpeningHours(weekday=weekday)
        row.opens, row.closes = opens, closes
        kept.append(row)
    room.opening_hours = kept


def _room_snapshot(room: Room) -> dict[str, object]:
    values = audit.snapshot(room)
    values["opening_hours"] = {str(hours.weekday): [hours.opens.isoformat(), hours.closes.isoformat()]
                               for hours in room.opening_hours}
    return values


def create_room(database: Database, values: RoomInput) -> RoomInfo:
    with database.unit_of_work() as session:
        return _create_room_in(session, database.operator, values)


def _create_room_in(session: Session, operator: str, values: RoomInput) -> RoomInfo:
    problems = _room_problems(session, values, None)
    if problems:
        raise ValidationFailed(problems)
    room = models.Room()
    _write_room(room, values)
    session.add(room)
    session.flush()
    audit.record(session, operator=operator, action=AuditAction.CREATE, entity="room", entity_id=room.id,
                 summary=room.name, after=_room_snapshot(room), room_id=room.id)
    session.refresh(room)
    return room_info(room)


def update_room(database: Database, room_id: int, values: RoomInput, *, expected_version: int) -> RoomInfo:
    # The ORM's, imported where it writes: the module's reads serve the printouts without it.
    from sqlalchemy.orm.attributes import flag_modified
    from sqlalchemy.orm.exc import StaleDataError

    try:
        with database.unit_of_work() as session:
            room = session.get(models.Room, room_id)
            if room is None:
                raise NotFound(translate("Rooms", "The room no longer exists."))
            if room.version != expected_version:
                raise StaleDataError()
            problems = _room_problems(session, values, room_id)
            if problems:
                raise ValidationFailed(problems)
            before = _room_snapshot(room)
            _write_room(room, values)
            # A change of opening hours only must still bump the version, so force the UPDATE.
            flag_modified(room, "name")
            session.flush()
            audit.record(session, operator=database.operator, action=AuditAction.UPDATE, entity="room",
                         entity_id=room.id, summary=room.name, before=before, after=_room_snapshot(room),
                         room_id=room.id)
            return room_info(room)
    except StaleDataError as error:
        raise ChangedElsewhere(translate(
            "Rooms", "Someone else changed this room meanwhile. Close the form and open it again.")) from error


def set_room_archived(database: Database, room_id: int, archived: bool, *,
                      expected_version: int | None = None) -> int:
    """Archive or restore a room; returns its version after it. With ``expected_version`` (an undo
    step), a change made at another desk since refuses with ``ChangedElsewhere``."""
    with database.unit_of_work() as session:
        room = session.get(models.Room, room_id)
        if room is None:
            raise NotFound(translate("Rooms", "The room no longer exists."))
        if expected_version is not None and room.version != expected_version:
            raise ChangedElsewhere(translate(
                "Rooms", "Someone else changed this room meanwhile. Close the form and open it again."))
        before = audit.snapshot(room)
        room.archived = archived
        session.flush()
        audit.record(session, operator=database.operator,
                     action=AuditAction.ARCHIVE if archived else AuditAction.RESTORE, entity="room",
                     entity_id=room.id, summary=room.name, before=before, after=audit.snapshot(room),
                     room_id=room.id)
        return room.version


# --- closures -------------------------------------------------------------------------------
def add_closure(database: Database, *, starts_local: dt.datetime, ends_local: dt.datetime, reason: str,
                site_id: int | None = None, room_id: int | None = None) -> ClosureInfo:
    """Close a room, or a whole site, for a span of Riga wall-clock time."""
    problems: dict[str, str] = {}
    if (site_id is None) == (room_id is None):
        problems["where"] = translate("Rooms", "Choose either a room or a whole site to close.")
    if ends_local <= starts_local:
        problems["ends"] = translate("Rooms", "The closure must end after it starts.")
    if not reason.strip():
        problems["reason"] = translate("Rooms", "Write why it is closed, e.g. renovation.")
    if problems:
        raise ValidationFailed(problems)
    with database.unit_of_work() as session:
        closure = models.Closure(site_id=site_id, room_id=room_id, starts_at=to_utc(starts_local),
                          ends_at=to_utc(ends_local), reason=reason.strip())
        session.add(closure)
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.CREATE, entity="closure",
                     entity_id=closure.id, summary=closure.reason, after=audit.snapshot(closure), room_id=room_id)
        return _closure_info(closure)


def remove_closure(database: Database, closure_id: int) -> None:
    """A closure entered by mistake is removed; the audit log keeps what it was."""
    with database.unit_of_work() as session:
        closure = session.get(models.Closure, closure_id)
        if closure is None:
            raise NotFound(translate("Rooms", "The closure no longer exists."))
        audit.record(session, operator=database.operator, action=AuditAction.DELETE, entity="closure",
                     entity_id=closure.id, summary=closure.reason, before=audit.snapshot(closure),
                     room_id=closure.room_id)
        session.delete(closure)


def _closure_info(closure: Closure | Row[Any]) -> ClosureInfo:
    """``closure``: the ORM row or a row of the closure table's columns (they have the same names)."""
    return ClosureInfo(closure.id, closure.site_id, closure.room_id, closure.starts_at, closure.ends_at,
                       closure.reason)


def closures_between(session: Executor, start: dt.datetime, end: dt.datetime, *,
                     room_ids: list[int] | None = None, site_ids: list[int] | None = None) -> list[ClosureInfo]:
    """Closures overlapping [start, end) of the given rooms or sites (either kind of closure). Read
    with the table's columns: a closure added in ``session`` and not yet flushed is not seen."""
    columns = closure_table.c
    statement = select(columns.id, columns.site_id, columns.room_id, columns.starts_at, columns.ends_at,
                       columns.reason).where(columns.starts_at < end, columns.ends_at > start)
    conditions = []
    if room_ids is not None:
        conditions.append(columns.room_id.in_(room_ids))
    if site_ids is not None:
        conditions.append(columns.site_id.in_(site_ids))
    if conditions:
        statement = statement.where(or_(*conditions))
    return [_closure_info(row) for row in session.execute(statement.order_by(columns.starts_at))]


def list_closures(database: Database, start: dt.datetime, end: dt.datetime, *,
                  room_ids: list[int] | None = None, site_ids: list[int] | None = None) -> list[ClosureInfo]:
    with database.read_connection() as connection:
        return closures_between(connection, start, end, room_ids=room_ids, site_ids=site_ids)
