"""When another desk saved the same booking meanwhile: show the saved version beside the user's own."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ngo_desktop.i18n import translate
from ngo_desktop.services.bookings import BookingDraft, BookingView
from ngo_desktop.timeutil import format_span, to_utc


def differences(saved: BookingView, mine: BookingDraft, my_organisation: str) -> list[tuple[str, str, str]]:
    """(field, saved value, my value) for every field the two versions disagree on."""
    rows = [
        (translate("BookingConflict", "Title"), saved.title, mine.title.strip()),
        (translate("BookingConflict", "Time"), format_span(saved.starts_at, saved.ends_at), format_span(to_utc(mine.starts), to_utc(mine.ends))),
        (translate("BookingConflict", "Organisation"), saved.organisation_name, my_organisation),
        (translate("BookingConflict", "Attendees"), str(saved.attendees), str(mine.attendees)),
        (translate("BookingConflict", "Purpose"), saved.purpose, mine.purpose.strip()),
        (translate("BookingConflict", "Notes"), saved.notes, mine.notes.strip()),
    ]
    return [row for row in rows if row[1] != row[2]]


def show_both_versions(parent: QWidget, saved: BookingView, mine: BookingDraft, my_organisation: str) -> None:
    """Tell the user, with both versions side by side; their own stays in the form."""
    lines = [f"{field}: {theirs or '—'}  →  {yours or '—'}"
             for field, theirs, yours in differences(saved, mine, my_organisation)]
    box = QMessageBox(QMessageBox.Icon.Warning, translate("BookingConflict", "Changed at another desk"),
                      translate("BookingConflict", "Someone at another desk saved this booking after you opened it."), parent=parent)
    box.setInformativeText(
        translate("BookingConflict", "Saved meanwhile → yours:") + "\n" + ("\n".join(lines) or translate("BookingConflict", "(the same values)")) + "\n\n"
        + translate("BookingConflict", "Your version is still in the form. Save again to replace the saved version with yours, "
              "or Cancel to keep it."))
    box.exec()
