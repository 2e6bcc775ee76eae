"""The flyer of a fair. See ``ngo_desktop.documents.data`` for what these inputs hold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ngo_desktop.documents.data import CentreInfo


@dataclass(frozen=True, slots=True)
class ProgrammeEntry:
    time: str
    title: str
    performer: str = ""


@dataclass(frozen=True, slots=True)
class ProgrammeDay:
    """The programme of one day; leave ``heading`` empty for a one-day event.

    ``date`` is the short date of a compact programme line ("01.05."; the heading stands in when
    empty) and ``weekday`` the ISO weekday, 1 for Monday (0 when unknown). A long programme prints
    one line per distinct item and says "Every Saturday" for an item held on every day of
    ``FlyerData.programme``, so list every day the event is held, days without items included.
    """

    heading: str
    entries: tuple[ProgrammeEntry, ...]
    date: str = ""
    weekday: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class FlyerData:
    """An event poster. ``kicker`` is the small line above the title ("Charity fair").

    ``partner_logos`` are PNG files' bytes; ``web_url`` is printed and encoded in the QR code.
    """

    centre: CentreInfo
    printed: str
    title: str
    kicker: str = ""
    dates: str
    hours: str = ""
    place: str = ""
    description: str = ""
    programme: tuple[ProgrammeDay, ...] = ()
    organisations: tuple[str, ...] = ()
    partner_logos: tuple[bytes, ...] = ()
    web_url: str = ""
    labels: Mapping[str, str] = field(default_factory=dict)
