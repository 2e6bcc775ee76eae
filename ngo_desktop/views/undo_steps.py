"""Undo steps shared by several sections: archiving and restoring a record, and a vendor's status.

Each step passes on what the database holds after it (a version, a vendor's day as it was left),
so the next step back or forth refuses when another desk changed the record meanwhile.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import translate
from ngo_desktop.services.fairs.vendors import StateChange, restore_day_states
from ngo_desktop.views.undo import UndoableEdit, UndoHistory, history_of

# Per history: the version of each record (by kind and id) that this desk's last recorded change or
# undo step left. Every step on the record expects exactly that version, so steps taken back one
# after another chain (archive, restore, Ctrl+Z, Ctrl+Z), and a change made at another desk in
# between (a newer version) refuses the step.
_LATEST_VERSIONS: weakref.WeakKeyDictionary[UndoHistory, dict[tuple[str, int], int]] = weakref.WeakKeyDictionary()


def record_versioned(owner: QWidget, database: Database, text: str, version: int, *, record: tuple[str, int],
                     undo: Callable[[Database, int], int], redo: Callable[[Database, int], int]) -> None:
    """Record a change of one versioned record just saved (``record``: its kind and id).
    ``undo(database, expected_version)`` and ``redo(...)`` set the value back or again and return the
    record's version after it."""
    history = history_of(owner)
    versions = _LATEST_VERSIONS.setdefault(history, {})
    versions[record] = version

    def step(work: Callable[[Database, int], int]) -> Callable[[Database], None]:
        def run(db: Database) -> None:
            versions[record] = work(db, versions[record])
        return run

    history.record(UndoableEdit(text, owner, database, undo=step(undo), redo=step(redo)))


def record_archive(owner: QWidget, database: Database, *, name: str, archived: bool, version: int,
                   record: tuple[str, int], set_archived: Callable[[Database, bool, int], int]) -> None:
    """Record an archive (or a restore) just saved. ``set_archived(database, archived,
    expected_version)`` archives or restores and returns the record's version after it."""
    text = (translate("UndoSteps", "Archive {name}") if archived
            else translate("UndoSteps", "Restore {name}")).format(name=name)
    record_versioned(owner, database, text, version, record=record,
                     undo=lambda db, expected: set_archived(db, not archived, expected),
                     redo=lambda db, expected: set_archived(db, archived, expected))


def record_day_states(owner: QWidget, database: Database, text: str, change: StateChange) -> None:
    """Record a change of vendors' days (status, waitlist, fee, payment, stall, check-in); nothing
    is recorded when the action changed nothing."""
    if not change.after:
        return
    history_of(owner).record(UndoableEdit(
        text, owner, database,
        undo=lambda db: restore_day_states(db, change.before, expected=change.after),
        redo=lambda db: restore_day_states(db, change.after, expected=change.before)))


def names_of(names: list[str], limit: int = 3) -> str:
    """"Ābele, Bite, Cīrulis" for a step's name; more than ``limit`` end with "…"."""
    unique = list(dict.fromkeys(names))
    return ", ".join(unique[:limit]) + ("…" if len(unique) > limit else "")
