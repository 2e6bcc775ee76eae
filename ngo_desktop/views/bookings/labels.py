"""Translated names of booking statuses and payment states, shared by the bookings views."""

from __future__ import annotations

from ngo_desktop.i18n import translate
from ngo_desktop.models import BookingStatus, PaymentStatus


def status_label(status: BookingStatus) -> str:
    return {
        BookingStatus.ENQUIRY: translate("BookingLabels", "Enquiry"),
        BookingStatus.PROVISIONAL: translate("BookingLabels", "Provisional"),
        BookingStatus.CONFIRMED: translate("BookingLabels", "Confirmed"),
        BookingStatus.CANCELLED: translate("BookingLabels", "Cancelled"),
    }[status]


def payment_label(status: PaymentStatus) -> str:
    return {
        PaymentStatus.NOT_DUE: translate("BookingLabels", "Free of charge"),
        PaymentStatus.UNPAID: translate("BookingLabels", "Unpaid"),
        PaymentStatus.PAID: translate("BookingLabels", "Paid"),
        PaymentStatus.WAIVED: translate("BookingLabels", "Waived"),
    }[status]
