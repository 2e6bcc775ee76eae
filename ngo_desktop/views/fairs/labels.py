"""The words shown for the fairs' closed sets of values (kinds, categories, statuses), translated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ngo_desktop.models import (
    ApplicationStatus,
    CheckIn,
    FairKind,
    LandmarkKind,
    PaymentStatus,
    VendorCategory,
)

CONTEXT = "FairLabels"

FAIR_KINDS = {
    FairKind.CHARITY_FAIR: QT_TRANSLATE_NOOP("FairLabels", "charity fair"),
    FairKind.SEASONAL_MARKET: QT_TRANSLATE_NOOP("FairLabels", "seasonal market"),
    FairKind.MARKET_DAY: QT_TRANSLATE_NOOP("FairLabels", "market day"),
    FairKind.OTHER: QT_TRANSLATE_NOOP("FairLabels", "other event"),
}
CATEGORIES = {
    VendorCategory.HANDICRAFT: QT_TRANSLATE_NOOP("FairLabels", "handicraft"),
    VendorCategory.FOOD: QT_TRANSLATE_NOOP("FairLabels", "food"),
    VendorCategory.SECOND_HAND: QT_TRANSLATE_NOOP("FairLabels", "second-hand"),
    VendorCategory.SERVICES: QT_TRANSLATE_NOOP("FairLabels", "services"),
    VendorCategory.INFORMATION: QT_TRANSLATE_NOOP("FairLabels", "information stand"),
    VendorCategory.PLANTS: QT_TRANSLATE_NOOP("FairLabels", "plants"),
    VendorCategory.OTHER: QT_TRANSLATE_NOOP("FairLabels", "other"),
}
STATUSES = {
    ApplicationStatus.APPLIED: QT_TRANSLATE_NOOP("FairLabels", "applied"),
    ApplicationStatus.ACCEPTED: QT_TRANSLATE_NOOP("FairLabels", "accepted"),
    ApplicationStatus.WAITLISTED: QT_TRANSLATE_NOOP("FairLabels", "waitlisted"),
    ApplicationStatus.REJECTED: QT_TRANSLATE_NOOP("FairLabels", "rejected"),
    ApplicationStatus.CANCELLED: QT_TRANSLATE_NOOP("FairLabels", "cancelled"),
}
PAYMENTS = {
    PaymentStatus.NOT_DUE: QT_TRANSLATE_NOOP("FairLabels", "nothing due"),
    PaymentStatus.UNPAID: QT_TRANSLATE_NOOP("FairLabels", "unpaid"),
    PaymentStatus.PAID: QT_TRANSLATE_NOOP("FairLabels", "paid"),
    PaymentStatus.WAIVED: QT_TRANSLATE_NOOP("FairLabels", "waived"),
}
LANDMARKS = {
    LandmarkKind.STAGE: QT_TRANSLATE_NOOP("FairLabels", "stage"),
    LandmarkKind.ENTRANCE: QT_TRANSLATE_NOOP("FairLabels", "entrance"),
    LandmarkKind.TOILETS: QT_TRANSLATE_NOOP("FairLabels", "toilets"),
    LandmarkKind.INFORMATION: QT_TRANSLATE_NOOP("FairLabels", "information"),
    LandmarkKind.POWER: QT_TRANSLATE_NOOP("FairLabels", "power point"),
    LandmarkKind.OTHER: QT_TRANSLATE_NOOP("FairLabels", "label"),
}
CHECK_INS = {
    CheckIn.ARRIVED: QT_TRANSLATE_NOOP("FairLabels", "arrived"),
    CheckIn.NO_SHOW: QT_TRANSLATE_NOOP("FairLabels", "no-show"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: FairKind) -> str:
    return _tr(FAIR_KINDS[kind])


def category_label(category: VendorCategory) -> str:
    return _tr(CATEGORIES[category])


def status_label(status: ApplicationStatus) -> str:
    return _tr(STATUSES[status])


def payment_label(status: PaymentStatus) -> str:
    return _tr(PAYMENTS[status])


def landmark_label(kind: LandmarkKind) -> str:
    return _tr(LANDMARKS[kind])


def check_in_label(check_in: CheckIn | None) -> str:
    return _tr(CHECK_INS[check_in]) if check_in is not None else ""


def not_possible() -> str:
    """The title of every refusal in the fairs area."""
    return QCoreApplication.translate("FairRefusal", "Not possible")


def show_problem(parent: QWidget, text: str) -> None:
    """A problem found in the form itself (no database asked), titled like the refusals."""
    QMessageBox.warning(parent, not_possible(), text)
