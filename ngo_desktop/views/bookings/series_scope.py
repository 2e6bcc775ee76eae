"""Asking which dates of a series an edit or a cancellation is for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ngo_desktop.services.bookings.booking_view import BookingView, Scope


def ask_scope(parent: QWidget, booking: BookingView, question: str) -> Scope | None:
    """THIS for a booking outside a series; None when the operator cancels the question."""
    if booking.series_id is None:
        return Scope.THIS
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(question)
    box.setText(QCoreApplication.translate("SeriesScope", "This booking is one date of a series."))
    choices = {
        box.addButton(QCoreApplication.translate("SeriesScope", "This date"), QMessageBox.ButtonRole.AcceptRole):
            Scope.THIS,
        box.addButton(QCoreApplication.translate("SeriesScope", "This and the following"),
                      QMessageBox.ButtonRole.AcceptRole): Scope.FOLLOWING,
        box.addButton(QCoreApplication.translate("SeriesScope", "The whole series"),
                      QMessageBox.ButtonRole.AcceptRole): Scope.SERIES,
    }
    # Enter on the question changes nothing: the dates are chosen deliberately.
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return choices.get(box.clickedButton())
