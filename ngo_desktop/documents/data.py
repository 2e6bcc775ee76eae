"""The inputs of the document builders: plain frozen dataclasses that the services fill in.

Everything arrives ready to print. Dates, times and money are strings formatted by the caller in
the user's language ("05.03.2026", "18:00–20:00", "12,50 €"); statuses and categories are
translated words. ``labels`` holds the document's fixed words (headings, column headers, the
"Page {page} of {pages}" template), keyed as listed in ``ngo_desktop.documents.labels``; keys left
out print in English, unknown keys are refused so that a misspelt key is noticed.

Every input names the ``centre`` (printed in the page header) and ``printed``, the date and time
of printing as the footer shows it (the caller's clock, so identical input gives identical bytes).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CentreInfo:
    """The centre's details for the page header; ``logo_png`` is the raw bytes of a PNG file."""

    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_png: bytes | None = None


# --- Booking sheet -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One date of a booking; ``cancelled`` dates are printed struck through with ``note``."""

    date: str
    time: str
    weekday: str = ""
    note: str = ""
    cancelled: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class BookingSheetData:
    """A booking, or a series of bookings, of one room by one organisation.

    ``repeat_rule`` describes a series in words ("Every Thursday until 28.05.2026"); leave it empty
    for a single booking. ``reduction`` is the discount as printed ("−120,00 € (member, 100 %)").
    ``house_rules`` may hold several paragraphs separated by blank lines. ``status_code`` is the
    untranslated status ("enquiry", "provisional", "confirmed", "cancelled") that picks the status
    box's look; ``setup`` the room's set-up and clean-up time in words ("15 min before, 15 min after").
    """

    centre: CentreInfo
    printed: str
    reference: str
    organisation: str
    registration_number: str = ""
    contact_person: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    title: str = ""
    purpose: str = ""
    site: str = ""
    site_address: str = ""
    room: str
    occurrences: tuple[Occurrence, ...]
    repeat_rule: str = ""
    attendees: str = ""
    equipment: tuple[str, ...] = ()
    status: str = ""
    status_code: str = ""
    setup: str = ""
    full_value: str = ""
    reduction: str = ""
    price: str = ""
    payment_status: str = ""
    house_rules: str = ""
    centre_signatory: str = ""
    organisation_signatory: str = ""
    labels: Mapping[str, str] = field(default_factory=dict)


# --- Door sign ---------------------------------------------------------------------------------


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


# --- Week schedule -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScheduleEntry:
    """A booking in the grid; ``provisional`` ones print with a mark and in grey italics.

    ``closure`` marks a closure inside an open day, printed at its time like a booking.
    """

    time: str
    title: str
    organisation: str = ""
    provisional: bool = False
    closure: bool = False


@dataclass(frozen=True, slots=True)
class ScheduleRoom:
    """A row of the grid: ``days`` holds exactly seven tuples of entries, Monday first.

    ``closed`` holds seven strings, the words for each day the room is shut ("" when open); it may
    be left empty when the room is open all week.
    """

    name: str
    days: tuple[tuple[ScheduleEntry, ...], ...]
    detail: str = ""
    closed: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class WeekScheduleData:
    """All rooms of a site for one week; ``day_headings`` are the seven column headings.

    ``day_notes`` (seven strings or empty) are printed under the headings: a public holiday's name.
    """

    centre: CentreInfo
    printed: str
    site: str
    week: str
    day_headings: tuple[str, ...]
    rooms: tuple[ScheduleRoom, ...]
    day_notes: tuple[str, ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict)


# --- Flyer -------------------------------------------------------------------------------------


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


# --- Stall plan and check-in sheet -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanStall:
    """A stall on the plan, in metres, in the plan's own coordinates.

    The origin is the plan's top-left corner with y growing downwards; ``x``/``y`` is the stall's
    top-left corner before rotation and ``rotation`` turns it clockwise about that corner, the way a
    ``QGraphicsRectItem`` at ``pos`` (x, y) with ``setRotation`` does on screen.
    """

    number: str
    x: float
    y: float
    width: float
    depth: float
    rotation: float = 0.0
    vendor: str = ""


@dataclass(frozen=True, slots=True)
class PlanLandmark:
    """A labelled area (stage, entrance, toilets…), placed like ``PlanStall``.

    ``kind`` is the ``LandmarkKind`` value ("stage", "entrance", "toilets", "information",
    "power", "other") and picks the fill colour.
    """

    label: str
    x: float
    y: float
    width: float
    depth: float
    rotation: float = 0.0
    kind: str = "other"


@dataclass(frozen=True, slots=True)
class StallVendor:
    """A row of the vendor list; ``payment_due`` highlights fees still to be collected."""

    stall: str
    vendor: str
    contact: str = ""
    phone: str = ""
    category: str = ""
    fee: str = ""
    payment: str = ""
    payment_due: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class StallPlanData:
    """The plan of one fair day, ``area_width`` × ``area_depth`` metres, and its vendor list."""

    centre: CentreInfo
    printed: str
    fair: str
    day: str
    place: str = ""
    area_width: float
    area_depth: float
    stalls: tuple[PlanStall, ...]
    landmarks: tuple[PlanLandmark, ...] = ()
    vendors: tuple[StallVendor, ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckInSheetData:
    """The list the front desk ticks on a fair day; rows are ``StallVendor`` in stall order."""

    centre: CentreInfo
    printed: str
    fair: str
    day: str
    hours: str = ""
    place: str = ""
    rows: tuple[StallVendor, ...]
    labels: Mapping[str, str] = field(default_factory=dict)


# --- Directory ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    name: str
    legal_form: str = ""
    registration_number: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class DirectoryGroup:
    """A field of activity and its organisations, already in Latvian alphabetical order."""

    field_of_activity: str
    entries: tuple[DirectoryEntry, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class DirectoryData:
    """The organisation directory; ``subtitle`` says what it covers ("Members, as of 05.03.2026")."""

    centre: CentreInfo
    printed: str
    subtitle: str = ""
    groups: tuple[DirectoryGroup, ...]
    labels: Mapping[str, str] = field(default_factory=dict)
