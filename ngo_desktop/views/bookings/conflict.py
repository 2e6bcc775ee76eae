"""When another desk saved the same booking meanwhile: the fields where it differs from the user's."""

from __future__ import annotations

from ngo_desktop.i18n import translate
from ngo_desktop.services.bookings.booking import BookingDraft, BookingView
from ngo_desktop.timeutil import format_span, to_utc
from ngo_desktop.views.conflict import only_differences


def differences(saved: BookingView, mine: BookingDraft, my_organisation: str) -> list[tuple[str, str, str]]:
    """(field, saved value, my value) for every field the two versions disagree on."""
    return only_differences([
        (translate("BookingConflict", "Title"), saved.title, mine.title.strip()),
        (translate("BookingConflict", "Time"), format_span(saved.starts_at, saved.ends_at), format_span(to_utc(mine.starts), to_utc(mine.ends))),
        (translate("BookingConflict", "Organisation"), saved.organisation_name, my_organisation),
        (translate("BookingConflict", "Attendees"), str(saved.attendees), str(mine.attendees)),
        (translate("BookingConflict", "Purpose"), saved.purpose, mine.purpose.strip()),
        (translate("BookingConflict", "Notes"), saved.notes, mine.notes.strip()),
    ])


def this_booking() -> str:
    """The booking as the object of the sentence in the message."""
    return translate("BookingConflict", "this booking")
