"""What the Documents section's pickers offer, read at once: the coming bookings, the rooms, the
sites and the fairs with their days.

Four questions that do not depend on each other, sent to a server together (``database.together``):
one round trip instead of four, while the section loads in the idle time after start.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ngo_desktop.database.core import Database
from ngo_desktop.database.together import read_together
from ngo_desktop.services.printing.bookings import booking_choice_lines, booking_choices_statement
from ngo_desktop.services.printing.fairs import FAIRS_WITH_DAYS, fair_choice_lines
from ngo_desktop.services.printing.register import ROOMS, SITES, room_choices, site_choices


@dataclass(frozen=True)
class DocumentChoices:
    """As ``booking_choices``, ``list_rooms``, ``list_sites`` and ``fair_choices`` give them."""

    bookings: list[tuple[int, str]]
    rooms: list[tuple[int, str]]
    sites: list[tuple[int, str]]
    fairs: list[tuple[int, str, tuple[dt.date, ...]]]


def document_choices(database: Database, *, around: dt.date) -> DocumentChoices:
    with database.read_session() as session:
        bookings, rooms, sites, fairs = read_together(session, (
            booking_choices_statement(around), ROOMS, SITES, FAIRS_WITH_DAYS))
    return DocumentChoices(booking_choice_lines(bookings), room_choices(rooms), site_choices(sites),
                           fair_choice_lines(fairs))
