"""When another desk saved the same record meanwhile: show the saved version beside the user's own.

Every edit form whose save can be refused with ``ChangedElsewhere`` does the same: the operation
reads the record as saved now (off the GUI thread, ``Operation.on_conflict``), the form lists the
fields where the two versions differ (with its own labels and values written as it shows them),
keeps the user's values and takes the saved version number, so that pressing Save again
deliberately replaces the saved version. ``saved_beside_mine`` is that in one piece::

    Operation(self, db, save).on_conflict(
        lambda db: get_premises(db, premises_id),
        saved_beside_mine(self, self.tr("these premises"), lambda saved: self.differences(saved, mine),
                          self._take_saved_version)).run()
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from ngo_desktop.i18n import translate

Saved = TypeVar("Saved")


def saved_beside_mine(parent: QWidget, what: str, differences: Callable[[Saved], list[tuple[str, str, str]]],
                      take_saved: Callable[[Saved], None]) -> Callable[[Saved], None]:
    """The ``show`` of ``Operation.on_conflict``: both versions side by side, then the form takes the
    saved record's version (``take_saved``) while keeping the user's values."""

    def show(saved: Saved) -> None:
        show_both_versions(parent, what, differences(saved))
        take_saved(saved)

    return show


def only_differences(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The (field, saved value, user's value) rows whose two values are not the same."""
    return [row for row in rows if row[1] != row[2]]


def picture_values(saved: bytes | None, mine: bytes | None) -> tuple[str, str]:
    """A picture (logo, photo) for the list: there or not, and "another" when both have a different one."""
    there = translate("ChangedElsewhere", "a picture")
    if saved and mine and saved != mine:
        return there, translate("ChangedElsewhere", "another picture")
    return there if saved else "", there if mine else ""


def show_both_versions(parent: QWidget, what: str, rows: list[tuple[str, str, str]]) -> None:
    """Tell the user, with both versions side by side; their own stays in the form.

    ``what`` names the record as the object of a sentence ("this booking"), already translated;
    ``rows`` are (field label, saved value, user's value) of the fields that differ."""
    lines = [f"{field}: {theirs or '—'}  →  {yours or '—'}" for field, theirs, yours in rows]
    title = translate("ChangedElsewhere", "Changed at another desk")
    text = translate("ChangedElsewhere", "Someone at another desk saved %1 after you opened it.").replace("%1", what)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setInformativeText(
        translate("ChangedElsewhere", "Saved meanwhile → yours:") + "\n"
        + ("\n".join(lines) or translate("ChangedElsewhere", "(the same values)")) + "\n\n"
        + translate("ChangedElsewhere", "Your version is still in the form. Save again to replace the saved "
                    "version with yours, or close the form without saving to keep it."))
    box.exec()
