"""Undo steps for the calendar's edits: a move, a stretch, a form saved, a status change, a cancellation.

Each step holds the bookings as they were and as they became, and puts them back with
``restore_bookings`` (one transaction). The versions it expects are those this desk saved last:
the step refuses (ChangedElsewhere) when another desk changed a booking since, and the window's
history then drops it. Undoing a new booking cancels it, the way the program cancels bookings;
nothing is deleted.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import translate
from ngo_desktop.models import BookingStatus
from ngo_desktop.services.bookings.booking_view import BookingView
from ngo_desktop.views.undo import UndoableEdit, UndoHistory, history_of

# Per history: the version of each booking that this desk's last recorded edit or undo step left.
# A step expects exactly that version, so steps undone in a row chain, and a change made at another
# desk in between (a newer version) refuses the step.
_LATEST_VERSIONS: weakref.WeakKeyDictionary[UndoHistory, dict[int, int]] = weakref.WeakKeyDictionary()


def record_booking_edit(owner: QWidget, database: Database, text: str, before: list[BookingView],
                        after: list[BookingView]) -> UndoableEdit | None:
    """Offer to undo an edit that has just been saved (``before`` → ``after``); None when nothing changed."""
    if not after:
        return None
    history = history_of(owner)
    versions = _LATEST_VERSIONS.setdefault(history, {})
    versions.update({booking.id: booking.version for booking in after})

    def put_back(states: list[BookingView]) -> Callable[[Database], list[BookingView]]:
        def work(db: Database) -> list[BookingView]:
            # The writing side of bookings loads with the first undo, not with the calendar (issue #16).
            from ngo_desktop.services.bookings.booking import restore_bookings

            saved = restore_bookings(db, states, expected_versions={state.id: versions.get(state.id, state.version)
                                                                    for state in states})
            versions.update({booking.id: booking.version for booking in saved})
            return saved
        return work

    edit = UndoableEdit(text, owner, database, undo=put_back(before), redo=put_back(after))
    history.record(edit)
    return edit


def as_if_never_booked(new: list[BookingView]) -> list[BookingView]:
    """What undoing a new booking leaves: the same bookings, cancelled with a reason saying why."""
    reason = translate("BookingUndo", "Booking undone")
    return [replace(booking, status=BookingStatus.CANCELLED, cancel_reason=reason) for booking in new]
