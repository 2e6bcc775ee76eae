"""The booking sheet of a booking or its series. See ``ngo_desktop.documents.data`` for what these inputs hold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ngo_desktop.documents.data import CentreInfo


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
