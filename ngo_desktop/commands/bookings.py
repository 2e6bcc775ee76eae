"""``book``, ``export bookings``, ``import rooms`` and ``import bookings`` on the command line.

The same services as the window decide, so a refusal here has the same reason as there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ngo_desktop.cli_arguments import (
    UsageError,
    add_force,
    day,
    day_metavar,
    identifier,
    moment,
    moment_metavar,
    show_day,
    whole_number,
)
from ngo_desktop.i18n import translate

if TYPE_CHECKING:
    from ngo_desktop.database.core import Database
    from ngo_desktop.services.bookings.importing import RowsRefused

REPEATS = ("weekly", "every-2-weeks", "monthly-nth")
# More people than any hall holds: a bigger number is a typing mistake (and must fit the database).
MAX_ATTENDEES = 100_000


# The first words of the command line this module adds to (cli.build_parser builds only those asked for).
COMMANDS = ("book", "export", "import")


def register(groups) -> None:  # type: ignore[no-untyped-def]
    book = groups.top.add_parser("book", help=translate("CommandLine", "book a room, once or repeating"))
    book.add_argument("--room", required=True, metavar=translate("CommandLine", "ROOM"),
                      help=translate("CommandLine", "the room's name or ID"))
    book.add_argument("--org", metavar=translate("CommandLine", "ORGANISATION"),
                      help=translate("CommandLine", "the organisation's name or ID"))
    book.add_argument("--start", required=True, type=moment, metavar=moment_metavar(),
                      help=translate("CommandLine", "when the booking starts, e.g. \"05.03.2026 18:00\""))
    book.add_argument("--end", required=True, type=moment, metavar=moment_metavar(),
                      help=translate("CommandLine", "when the booking ends, e.g. \"05.03.2026 20:00\""))
    book.add_argument("--attendees", type=whole_number(0, MAX_ATTENDEES), default=0,
                      metavar=translate("CommandLine", "NUMBER"),
                      help=translate("CommandLine", "how many people will come (checked against the room's capacity)"))
    book.add_argument("--status", choices=("enquiry", "provisional", "confirmed"), default="provisional",
                      help=translate("CommandLine", "enquiry, provisional or confirmed (default: provisional)"))
    book.add_argument("--title", default="", metavar=translate("CommandLine", "TITLE"),
                      help=translate("CommandLine", "what the booking is for (default: the organisation's name)"))
    book.add_argument("--repeat", choices=REPEATS,
                      help=translate("CommandLine", "weekly, every-2-weeks or monthly-nth (the same weekday of "
                                                    "the month, e.g. every second Tuesday)"))
    until_or_count = book.add_mutually_exclusive_group()
    until_or_count.add_argument("--until", type=day, metavar=day_metavar(),
                                help=translate("CommandLine", "the last day of the repeats"))
    until_or_count.add_argument("--count", type=identifier,  # the series rule says how many
                                metavar=translate("CommandLine", "NUMBER"),
                                help=translate("CommandLine", "how many times in all"))
    book.add_argument("--skip-conflicts", action="store_true",
                      help=translate("CommandLine", "leave out the dates of a series that break a rule"))
    book.add_argument("--override", default="", metavar=translate("CommandLine", "REASON"),
                      help=translate("CommandLine", "book despite capacity, hours, closure, holiday or past"))
    book.set_defaults(handler=run_book)

    export = groups.export.add_parser("bookings", help=translate("CommandLine", "bookings to .ics, .csv or .xlsx"))
    export.add_argument("file", type=Path, metavar=translate("CommandLine", "FILE"),
                        help=translate("CommandLine", "a file ending in .ics, .csv or .xlsx"))
    export.add_argument("--room", metavar=translate("CommandLine", "ROOM"),
                        help=translate("CommandLine", "only this room (its name or ID)"))
    export.add_argument("--org", metavar=translate("CommandLine", "ORGANISATION"),
                        help=translate("CommandLine", "only this organisation (its name or ID)"))
    export.add_argument("--from", dest="first", type=day, metavar=day_metavar(),
                        help=translate("CommandLine", "the first day (default: a year ago)"))
    export.add_argument("--to", dest="last", type=day, metavar=day_metavar(),
                        help=translate("CommandLine", "the last day (default: a year from today)"))
    add_force(export)
    export.set_defaults(handler=run_export)

    rooms = groups.import_.add_parser("rooms", help=translate("CommandLine", "rooms from .csv or .xlsx"))
    rooms.add_argument("file", type=Path, metavar=translate("CommandLine", "FILE"),
                       help=translate("CommandLine", "a file ending in .csv or .xlsx"))
    rooms.set_defaults(handler=run_import_rooms)
    bookings = groups.import_.add_parser("bookings", help=translate("CommandLine", "bookings from .csv or .xlsx"))
    bookings.add_argument("file", type=Path, metavar=translate("CommandLine", "FILE"),
                          help=translate("CommandLine", "a file ending in .csv or .xlsx"))
    bookings.add_argument("--override", default="", metavar=translate("CommandLine", "REASON"),
                          help=translate("CommandLine", "import despite capacity, hours, closure, holiday or past"))
    bookings.set_defaults(handler=run_import_bookings)


def run_book(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.models import BookingStatus
    from ngo_desktop.services.bookings.booking import BookingDraft, create_booking, create_series
    from ngo_desktop.services.bookings.queries import find_organisation
    from ngo_desktop.services.bookings.repeats import RepeatKind, RepeatRule
    from ngo_desktop.services.bookings.rooms import find_room

    room = find_room(database, arguments.room)
    organisation = find_organisation(database, arguments.org) if arguments.org else None
    draft = BookingDraft(
        room_id=room.id, starts=arguments.start, ends=arguments.end,
        organisation_id=organisation.id if organisation else None,
        title=arguments.title or (organisation.name if organisation else ""), attendees=arguments.attendees,
        status=BookingStatus(arguments.status), override_reason=arguments.override)
    if arguments.repeat is None:
        print(create_booking(database, draft).id)
        return 0
    if arguments.until is None and arguments.count is None:
        raise UsageError(translate("CommandLine", "A repeat needs --until {date} or --count {number}.").format(
            date=day_metavar(), number=translate("CommandLine", "NUMBER")))
    kind = RepeatKind.MONTHLY_NTH if arguments.repeat == "monthly-nth" else RepeatKind.WEEKLY
    rule = RepeatRule(kind, interval=2 if arguments.repeat == "every-2-weeks" else 1,
                      until=arguments.until, count=arguments.count)
    result = create_series(database, draft, rule, skip_conflicts=arguments.skip_conflicts)
    for booking_id in result.booking_ids:
        print(booking_id)
    for skipped in result.skipped:
        print(translate("CommandLine", "skipped {when}: {reason}").format(
            when=skipped.starts.strftime("%d.%m.%Y %H:%M"),
            reason=" ".join(problem.message for problem in skipped.problems)), file=sys.stderr)
    return 0


def run_export(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.bookings.exchange import export_bookings
    from ngo_desktop.services.bookings.queries import find_organisation
    from ngo_desktop.services.bookings.rooms import find_room
    from ngo_desktop.timeutil import local_day_bounds, today_local

    first = arguments.first or today_local() - dt.timedelta(days=365)
    last = arguments.last or today_local() + dt.timedelta(days=365)
    if last < first:
        raise UsageError(translate("CommandLine", "--to {last} is before --from {first}; give the earlier day "
                                                  "first.").format(first=show_day(first), last=show_day(last)))
    start, _ = local_day_bounds(first)
    _, end = local_day_bounds(last)
    count = export_bookings(
        database, arguments.file, start=start, end=end,
        room_id=find_room(database, arguments.room).id if arguments.room else None,
        organisation_id=find_organisation(database, arguments.org).id if arguments.org else None,
        force=arguments.force)
    print(translate("CommandLine", "Bookings written to {file}: %n.", "", count).format(file=arguments.file))
    return 0


def run_import_rooms(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.bookings.importing import RowsRefused, import_rooms

    try:
        result = import_rooms(database, arguments.file)
    except RowsRefused as refused:
        return _refused_rows(refused)
    created = result.created  # a plain variable, so lupdate sees the plural
    print(translate("CommandLine", "Rooms imported: %n.", "", created))
    return 0


def run_import_bookings(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.bookings.importing import RowsRefused, import_bookings

    try:
        result = import_bookings(database, arguments.file, override_reason=arguments.override)
    except RowsRefused as refused:
        return _refused_rows(refused)
    created = result.created  # a plain variable, so lupdate sees the plural
    print(translate("CommandLine", "Bookings imported: %n.", "", created))
    return 0


def _refused_rows(refused: RowsRefused) -> int:
    """Nothing imported: one line saying so, then one line per problem with its row and column."""
    rows = len({problem.row for problem in refused.row_problems})  # a plain variable, so lupdate sees the plural
    sys.stderr.write(translate("CommandLine", "Nothing was imported; rows with problems: %n.", "", rows) + "\n")
    for problem in refused.row_problems:
        sys.stderr.write(" ".join(problem.describe().split()) + "\n")
    return 1
