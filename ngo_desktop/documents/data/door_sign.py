"""The sign for a room's door, for a day or a week. See ``ngo_desktop.documents.data`` for what these inputs hold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ngo_desktop.documents.data import CentreInfo


@dataclass(frozen=True, slots=True)
class SignBooking:
    """A booking on a door sign; ``provisional`` ones carry a written mark, not a colour alone.

    ``closure`` marks an entry that is a closure inside an open day ("14:00–18:00 Closed: …").
    """

    time: str
    title: str
    organisation: str = ""
    provisional: bool = False
    closure: bool = False


@dataclass(frozen=True, slots=True)
class SignDay:
    """One day on a door sign; ``heading`` ("Monday 02.03.") is shown on a week sign only.

    ``closed`` is the words for a day the room is shut ("Closed", a holiday's name, "Closed until
    21.01.2026: renovation"); such a day is never printed as free.
    """

    heading: str
    bookings: tuple[SignBooking, ...] = ()
    closed: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class DoorSignData:
    """The sign for a room's door: one ``SignDay`` makes a day sign, several make a week sign.

    ``period`` is printed under the room name ("Thursday, 05.03.2026" or "Week 10, 02.03.–08.03.2026").
    ``qr_text`` is encoded in the QR code (the front desk's phone as ``tel:+371…`` or the web
    address) and ``qr_caption`` is printed beside it.
    """

    centre: CentreInfo
    printed: str
    room: str
    site: str = ""
    period: str
    days: tuple[SignDay, ...]
    qr_text: str = ""
    qr_caption: str = ""
    labels: Mapping[str, str] = field(default_factory=dict)
