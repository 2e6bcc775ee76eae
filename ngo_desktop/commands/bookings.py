"""``book``, ``export bookings``, ``import rooms`` and ``import bookings`` on the command line.

The same services as the window decide, so a refusal here has the same reason as there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ngo_desktop.db import Database
from ngo_desktop.i18n import translate
from ngo_desktop.services.errors import ValidationFailed

if TYPE_CHECKING:
    from ngo_desktop.services.booking_import import RowsRefused

REPEATS = ("weekly", "every-2-weeks", "monthly-nth")


def register(groups) -> None:  # type: ignore[no-untyped-def]
    book = groups.top.add_parser("book", help=translate("CommandLine", "book a room, once or repeating"))
    book.add_argument("--room", required=True, help=translate("CommandLine", "room name or id"))
    book.add_argument("--org", help=translate("CommandLine", "organisation name or id"))
    book.add_argument("--start", required=True, metavar="YYYY-MM-DD HH:MM")
    book.add_argument("--end", required=True, metavar="YYYY-MM-DD HH:MM")
    book.add_argument("--attendees", type=int, default=0)
    book.add_argument("--status", choices=("enquiry", "provisional", "confirmed"), default="provisional")
    book.add_argument("--title", default="")
    book.add_argument("--repeat", choices=REPEATS)
    until_or_count = book.add_mutually_exclusive_group()
    until_or_count.add_argument("--until", metavar="YYYY-MM-DD")
    until_or_count.add_argument("--count", type=int)
    book.add_argument("--skip-conflicts", action="store_true",
                      help=translate("CommandLine", "leave out the dates of a series that break a rule"))
    book.add_argument("--override", default="", metavar="REASON",
                      help=translate("CommandLine", "book despite capacity, hours, closure, holiday or past"))
    book.set_defaults(handler=run_book)

    export = groups.export.add_parser("bookings", help=translate("CommandLine", "bookings to .ics, .csv or .xlsx"))
    export.add_argument("file", type=Path)
    export.add_argument("--room")
    export.add_argument("--org")
    export.add_argument("--from", dest="first", metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="last", metavar="YYYY-MM-DD")
    export.set_defaults(handler=run_export)

    rooms = groups.import_.add_parser("rooms", help=translate("CommandLine", "rooms from .csv or .xlsx"))
    rooms.add_argument("file", type=Path)
    rooms.set_defaults(handler=run_import_rooms)
    bookings = groups.import_.add_parser("bookings", help=translate("CommandLine", "bookings from .csv or .xlsx"))
    bookings.add_argument("file", type=Path)
    bookings.add_argument("--override", default="", metavar="REASON")
    bookings.set_defaults(handler=run_import_bookings)


def _moment(text: str, option: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError as error:
        raise ValidationFailed({option: translate(
            "CommandLine", "{option} must look like 2026-03-05 18:00.").format(option=option)}) from error


def _day(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as error:
        raise ValidationFailed({option: translate(
            "CommandLine", "{option} must look like 2026-03-05.").format(option=option)}) from error


def run_book(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.models import BookingStatus
    from ngo_desktop.services.booking_queries import find_organisation
    from ngo_desktop.services.bookings import BookingDraft, create_booking, create_series
    from ngo_desktop.services.repeats import RepeatKind, RepeatRule
    from ngo_desktop.services.rooms import find_room

    room = find_room(database, arguments.room)
    organisation = find_organisation(database, arguments.org) if arguments.org else None
    draft = BookingDraft(
        room_id=room.id, starts=_moment(arguments.start, "--start"), ends=_moment(arguments.end, "--end"),
        organisation_id=organisation.id if organisation else None,
        title=arguments.title or (organisation.name if organisation else ""), attendees=arguments.attendees,
        status=BookingStatus(arguments.status), override_reason=arguments.override)
    if arguments.repeat is None:
        print(create_booking(database, draft).id)
        return 0
    if arguments.until is None and arguments.count is None:
        raise ValidationFailed({"repeat": translate("CommandLine", "A repeat needs --until DATE or --count N.")})
    kind = RepeatKind.MONTHLY_NTH if arguments.repeat == "monthly-nth" else RepeatKind.WEEKLY
    rule = RepeatRule(kind, interval=2 if arguments.repeat == "every-2-weeks" else 1,
                      until=_day(arguments.until, "--until") if arguments.until else None, count=arguments.count)
    result = create_series(database, draft, rule, skip_conflicts=arguments.skip_conflicts)
    for booking_id in result.booking_ids:
        print(booking_id)
    for skipped in result.skipped:
        print(translate("CommandLine", "skipped {when}: {reason}").format(
            when=skipped.starts.strftime("%Y-%m-%d %H:%M"),
            reason=" ".join(problem.message for problem in skipped.problems)), file=sys.stderr)
    return 0


def run_export(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.booking_exchange import export_bookings
    from ngo_desktop.services.booking_queries import find_organisation
    from ngo_desktop.services.rooms import find_room
    from ngo_desktop.timeutil import local_day_bounds, today_local

    first = _day(arguments.first, "--from") if arguments.first else today_local() - dt.timedelta(days=365)
    last = _day(arguments.last, "--to") if arguments.last else today_local() + dt.timedelta(days=365)
    start, _ = local_day_bounds(first)
    _, end = local_day_bounds(last)
    count = export_bookings(
        database, arguments.file, start=start, end=end,
        room_id=find_room(database, arguments.room).id if arguments.room else None,
        organisation_id=find_organisation(database, arguments.org).id if arguments.org else None)
    print(translate("CommandLine", "%n booking(s) written to {file}", "", count).format(file=arguments.file))
    return 0


def run_import_rooms(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.booking_import import RowsRefused, import_rooms

    try:
        result = import_rooms(database, arguments.file)
    except RowsRefused as refused:
        return _refused_rows(refused)
    print(translate("CommandLine", "%n room(s) imported", "", result.created))
    return 0


def run_import_bookings(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.booking_import import RowsRefused, import_bookings

    try:
        result = import_bookings(database, arguments.file, override_reason=arguments.override)
    except RowsRefused as refused:
        return _refused_rows(refused)
    print(translate("CommandLine", "%n booking(s) imported", "", result.created))
    return 0


def _refused_rows(refused: RowsRefused) -> int:
    """Nothing imported: one line saying so, then one line per problem with its row and column."""
    rows = len({problem.row for problem in refused.row_problems})  # a plain variable, so lupdate sees the plural
    sys.stderr.write(translate("CommandLine", "Nothing was imported: %n row(s) have problems.", "", rows) + "\n")
    for problem in refused.row_problems:
        sys.stderr.write(" ".join(problem.describe().split()) + "\n")
    return 1
