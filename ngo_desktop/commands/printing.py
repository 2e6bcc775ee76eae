"""``print booking-sheet|door-sign|week-schedule|flyer|stall-plan|check-in|directory … -o FILE.pdf``.

Each document is a subcommand of ``print`` taking only the choices it needs; an unknown booking,
room, site or fair is refused with exit code 1 and a reason, as the services word it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ngo_desktop.cli_arguments import add_force, day, day_metavar, identifier
from ngo_desktop.i18n import translate

if TYPE_CHECKING:
    from ngo_desktop.database.core import Database


def _common(parser: argparse.ArgumentParser, *, papers: tuple[str, ...] = ("A4", "Letter")) -> None:
    parser.add_argument("-o", "--output", required=True, metavar=translate("CommandLine", "FILE.pdf"),
                        help=translate("CommandLine", "where to write the PDF"))
    parser.add_argument("--paper", choices=papers, default=None,
                        help=translate("CommandLine", "paper size (default: the one chosen in Settings)"))
    parser.add_argument("--landscape", action="store_true", default=None,
                        help=translate("CommandLine", "turn the page sideways"))
    add_force(parser)


def _when(parser: argparse.ArgumentParser, *, week: bool) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--date", type=day, metavar=day_metavar(),
                       help=translate("CommandLine", "the day, e.g. 05.03.2026 (default: today)"))
    if week:
        group.add_argument("--week", metavar=translate("CommandLine", "YYYY-Www"),
                           help=translate("CommandLine", "the ISO week, e.g. 2026-W10"))


# The first words of the command line this module adds to (cli.build_parser builds only those asked for).
COMMANDS = ("print",)


def register(groups) -> None:  # type: ignore[no-untyped-def]
    add = groups.print_.add_parser
    sheet = add("booking-sheet", help=translate("CommandLine", "the booking sheet of a booking or its series"))
    sheet.add_argument("--booking", required=True, type=identifier, metavar="ID",
                       help=translate("CommandLine", "the booking's ID"))
    _common(sheet)

    sign = add("door-sign", help=translate("CommandLine", "the sign for a room's door, for a day or a week"))
    sign.add_argument("--room", required=True, metavar=translate("CommandLine", "ROOM"),
                      help=translate("CommandLine", "the room's name or ID"))
    _when(sign, week=True)
    _common(sign)

    schedule = add("week-schedule", help=translate("CommandLine", "all rooms of a site for a week"))
    schedule.add_argument("--site", required=True, metavar=translate("CommandLine", "SITE"),
                          help=translate("CommandLine", "the site's name or ID"))
    _when(schedule, week=True)
    _common(schedule)

    flyer = add("flyer", help=translate("CommandLine", "a poster of a fair"))
    flyer.add_argument("--fair", required=True, metavar=translate("CommandLine", "FAIR"),
                       help=translate("CommandLine", "the fair's exact name or ID"))
    flyer.add_argument("--size", choices=("A4", "A5"), help=translate("CommandLine", "A5 for a small flyer"))
    _common(flyer, papers=("A4", "A5", "Letter"))

    fair_days = []
    for name, help_text in (("stall-plan", translate("CommandLine", "the stall plan and vendor list of a fair day")),
                            ("check-in", translate("CommandLine", "the check-in sheet of a fair day"))):
        fair_day = add(name, help=help_text)
        fair_day.add_argument("--fair", required=True, metavar=translate("CommandLine", "FAIR"),
                              help=translate("CommandLine", "the fair's exact name or ID"))
        _when(fair_day, week=False)
        _common(fair_day)
        fair_days.append(fair_day)

    directory = add("directory", help=translate("CommandLine", "the organisation directory by field of activity"))
    _common(directory)
    for subparser in (sheet, sign, schedule, flyer, *fair_days, directory):
        subparser.set_defaults(handler=run_print)


def run_print(arguments: argparse.Namespace, database: Database) -> int:
    from dataclasses import replace

    from ngo_desktop import settings
    from ngo_desktop.outputs import check_output_target, write_output
    from ngo_desktop.services.printing.register import DocumentRequest, find_site, make_document

    kind = arguments.print_command
    # Refused before the document is built, not after.
    check_output_target(Path(arguments.output).expanduser(), force=arguments.force)
    paper = getattr(arguments, "size", None) or arguments.paper or settings.paper_size()
    request = DocumentRequest(kind=kind, paper=paper, signatory=settings.chosen_operator_name(),
                              landscape=arguments.landscape, day=getattr(arguments, "date", None),
                              week=getattr(arguments, "week", None), booking_id=getattr(arguments, "booking", None))
    if getattr(arguments, "room", None):
        from ngo_desktop.services.bookings.rooms import find_room_id

        request = replace(request, room_id=find_room_id(database, arguments.room))
    if getattr(arguments, "site", None):
        request = replace(request, site_id=find_site(database, arguments.site))
    if getattr(arguments, "fair", None):
        from ngo_desktop.services.fairs.events import find_fair

        request = replace(request, fair_id=find_fair(database, arguments.fair))
    built = make_document(database, request, action="save")
    path = write_output(Path(arguments.output).expanduser(), built.pdf, force=arguments.force)
    print(translate("CommandLine", "Written to {path}: {title}").format(title=built.title, path=path))
    return 0
