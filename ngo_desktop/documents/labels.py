"""The fixed words of each document, keyed, with their English defaults.

The builders never translate: a service translates each default with Qt and passes the result as
the input's ``labels``, e.g.::

    from ngo_desktop.i18n import translate
    labels = translate_labels(BOOKING_SHEET_LABELS, lambda text: translate(LABEL_CONTEXT, text))

The English texts are wrapped in ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` collects them
into the translation files under the context ``LABEL_CONTEXT``; the function is defined here as a
no-op so that this package does not import Qt.

Templates keep their ``{placeholders}`` in translation: ``page_of`` is "{page}. lpp. no {pages}"
in Latvian, ``printed_on`` "Izdrukāts {date}".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

LABEL_CONTEXT = "DocumentLabels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for lupdate; returns it unchanged."""
    return text


COMMON_LABELS: dict[str, str] = {
    "page_of": QT_TRANSLATE_NOOP("DocumentLabels", "Page {page} of {pages}"),
    "printed_on": QT_TRANSLATE_NOOP("DocumentLabels", "Printed {date}"),
}

BOOKING_SHEET_LABELS: dict[str, str] = {
    **COMMON_LABELS,
    "document_title": QT_TRANSLATE_NOOP("DocumentLabels", "Booking sheet"),
    "reference": QT_TRANSLATE_NOOP("DocumentLabels", "No."),
    "section_organisation": QT_TRANSLATE_NOOP("DocumentLabels", "Organisation"),
    "section_booking": QT_TRANSLATE_NOOP("DocumentLabels", "Booking"),
    "section_dates": QT_TRANSLATE_NOOP("DocumentLabels", "Dates"),
    "section_house_rules": QT_TRANSLATE_NOOP("DocumentLabels", "House rules"),
    "section_signatures": QT_TRANSLATE_NOOP("DocumentLabels", "Signatures"),
    "organisation": QT_TRANSLATE_NOOP("DocumentLabels", "Name"),
    "registration_number": QT_TRANSLATE_NOOP("DocumentLabels", "Reg. No."),
    "contact_person": QT_TRANSLATE_NOOP("DocumentLabels", "Contact person"),
    "phone": QT_TRANSLATE_NOOP("DocumentLabels", "Phone"),
    "email": QT_TRANSLATE_NOOP("DocumentLabels", "E-mail"),
    "event_title": QT_TRANSLATE_NOOP("DocumentLabels", "Event"),
    "purpose": QT_TRANSLATE_NOOP("DocumentLabels", "Purpose"),
    "room": QT_TRANSLATE_NOOP("DocumentLabels", "Room"),
    "site": QT_TRANSLATE_NOOP("DocumentLabels", "Site"),
    "attendees": QT_TRANSLATE_NOOP("DocumentLabels", "Attendees"),
    "equipment": QT_TRANSLATE_NOOP("DocumentLabels", "Equipment"),
    "setup": QT_TRANSLATE_NOOP("DocumentLabels", "Set-up, clean-up"),
    "status": QT_TRANSLATE_NOOP("DocumentLabels", "Status"),
    "repeat_rule": QT_TRANSLATE_NOOP("DocumentLabels", "Repeats"),
    "column_date": QT_TRANSLATE_NOOP("DocumentLabels", "Date"),
    "column_weekday": QT_TRANSLATE_NOOP("DocumentLabels", "Day"),
    "column_time": QT_TRANSLATE_NOOP("DocumentLabels", "Time"),
    "column_note": QT_TRANSLATE_NOOP("DocumentLabels", "Note"),
    "full_value": QT_TRANSLATE_NOOP("DocumentLabels", "Full value"),
    "reduction": QT_TRANSLATE_NOOP("DocumentLabels", "Reduction"),
    "price": QT_TRANSLATE_NOOP("DocumentLabels", "To pay"),
    "payment_status": QT_TRANSLATE_NOOP("DocumentLabels", "Payment"),
    "signature_centre": QT_TRANSLATE_NOOP("DocumentLabels", "For the centre"),
    "signature_organisation": QT_TRANSLATE_NOOP("DocumentLabels", "For the organisation"),
    "signature": QT_TRANSLATE_NOOP("DocumentLabels", "Signature"),
    "signature_name": QT_TRANSLATE_NOOP("DocumentLabels", "Name, surname"),
    "signature_date": QT_TRANSLATE_NOOP("DocumentLabels", "Date"),
}

DOOR_SIGN_LABELS: dict[str, str] = {
    **COMMON_LABELS,
    "document_title": QT_TRANSLATE_NOOP("DocumentLabels", "Door sign"),
    "free_all_day": QT_TRANSLATE_NOOP("DocumentLabels", "Free all day"),
    "provisional": QT_TRANSLATE_NOOP("DocumentLabels", "Provisional booking, not yet confirmed"),
    "qr_heading": QT_TRANSLATE_NOOP("DocumentLabels", "Questions and bookings"),
}

WEEK_SCHEDULE_LABELS: dict[str, str] = {
    **COMMON_LABELS,
    "document_title": QT_TRANSLATE_NOOP("DocumentLabels", "Week schedule"),
    "column_room": QT_TRANSLATE_NOOP("DocumentLabels", "Room"),
    "provisional_legend": QT_TRANSLATE_NOOP("DocumentLabels", "provisional booking, not yet confirmed (italics)"),
    "closed_legend": QT_TRANSLATE_NOOP("DocumentLabels", "Grey cells: the room is closed that day"),
}

FLYER_LABELS: dict[str, str] = {
    **COMMON_LABELS,
    "when": QT_TRANSLATE_NOOP("DocumentLabels", "When"),
    "hours": QT_TRANSLATE_NOOP("DocumentLabels", "Time"),
    "where": QT_TRANSLATE_NOOP("DocumentLabels", "Where"),
    "programme": QT_TRANSLATE_NOOP("DocumentLabels", "Programme"),
    "organisations": QT_TRANSLATE_NOOP("DocumentLabels", "Taking part"),
    "partners": QT_TRANSLATE_NOOP("DocumentLabels", "Partners"),
    "more_info": QT_TRANSLATE_NOOP("DocumentLabels", "More information"),
    "full_programme": QT_TRANSLATE_NOOP("DocumentLabels",
                                        "The full programme is at the web address and QR code below"),
    "full_programme_centre": QT_TRANSLATE_NOOP("DocumentLabels", "Ask the centre for the full programme"),
    "every_monday": QT_TRANSLATE_NOOP("DocumentLabels", "Every Monday"),
    "every_tuesday": QT_TRANSLATE_NOOP("DocumentLabels", "Every Tuesday"),
    "every_wednesday": QT_TRANSLATE_NOOP("DocumentLabels", "Every Wednesday"),
    "every_thursday": QT_TRANSLATE_NOOP("DocumentLabels", "Every Thursday"),
    "every_friday": QT_TRANSLATE_NOOP("DocumentLabels", "Every Friday"),
    "every_saturday": QT_TRANSLATE_NOOP("DocumentLabels", "Every Saturday"),
    "every_sunday": QT_TRANSLATE_NOOP("DocumentLabels", "Every Sunday"),
    "every_except": QT_TRANSLATE_NOOP("DocumentLabels", "{every} except {dates}"),
    "more_organisations": QT_TRANSLATE_NOOP("DocumentLabels", "and {count} more taking part"),
    "more_organisations_one": QT_TRANSLATE_NOOP("DocumentLabels", "and {count} other taking part"),
}

_VENDOR_COLUMNS: dict[str, str] = {
    "column_stall": QT_TRANSLATE_NOOP("DocumentLabels", "Stall"),
    "column_vendor": QT_TRANSLATE_NOOP("DocumentLabels", "Vendor"),
    "column_phone": QT_TRANSLATE_NOOP("DocumentLabels", "Phone"),
    "column_category": QT_TRANSLATE_NOOP("DocumentLabels", "Category"),
    "column_fee": QT_TRANSLATE_NOOP("DocumentLabels", "Fee"),
    "column_payment": QT_TRANSLATE_NOOP("DocumentLabels", "Payment"),
}

STALL_PLAN_LABELS: dict[str, str] = {
    **COMMON_LABELS,
    **_VENDOR_COLUMNS,
    "document_title": QT_TRANSLATE_NOOP("DocumentLabels", "Stall plan"),
    "vendor_list": QT_TRANSLATE_NOOP("DocumentLabels", "Vendors by stall"),
    "column_contact": QT_TRANSLATE_NOOP("DocumentLabels", "Contact person"),
    "scale": QT_TRANSLATE_NOOP("DocumentLabels", "Scale 1:{ratio}"),
    "metre_symbol": QT_TRANSLATE_NOOP("DocumentLabels", "m"),
    "vacant_stall": QT_TRANSLATE_NOOP("DocumentLabels", "free"),
    "legend_taken": QT_TRANSLATE_NOOP("DocumentLabels", "taken stall"),
    "legend_vacant": QT_TRANSLATE_NOOP("DocumentLabels", "free stall"),
    "key_map": QT_TRANSLATE_NOOP("DocumentLabels", "Key map: the numbered sheets that follow show each part larger"),
    "sheet": QT_TRANSLATE_NOOP("DocumentLabels", "Sheet {number} of {count}"),
}

CHECK_IN_SHEET_LABELS: dict[str, str] = {
    **COMMON_LABELS,
    **_VENDOR_COLUMNS,
    "document_title": QT_TRANSLATE_NOOP("DocumentLabels", "Check-in sheet"),
    "column_arrived": QT_TRANSLATE_NOOP("DocumentLabels", "Arrived"),
    "column_no_show": QT_TRANSLATE_NOOP("DocumentLabels", "No-show"),
    "column_signature": QT_TRANSLATE_NOOP("DocumentLabels", "Signature"),
    "total_arrived": QT_TRANSLATE_NOOP("DocumentLabels", "Arrived in total"),
    "total_no_show": QT_TRANSLATE_NOOP("DocumentLabels", "No-shows in total"),
    "checked_by": QT_TRANSLATE_NOOP("DocumentLabels", "Checked by"),
}

DIRECTORY_LABELS: dict[str, str] = {
    **COMMON_LABELS,
    "document_title": QT_TRANSLATE_NOOP("DocumentLabels", "Organisation directory"),
    "column_name": QT_TRANSLATE_NOOP("DocumentLabels", "Organisation"),
    "column_legal_form": QT_TRANSLATE_NOOP("DocumentLabels", "Legal form"),
    "column_registration_number": QT_TRANSLATE_NOOP("DocumentLabels", "Reg. No."),
    "column_contact_person": QT_TRANSLATE_NOOP("DocumentLabels", "Contact person"),
    "column_phone": QT_TRANSLATE_NOOP("DocumentLabels", "Phone"),
    "column_email": QT_TRANSLATE_NOOP("DocumentLabels", "E-mail"),
}

LABELS_BY_DOCUMENT: dict[str, dict[str, str]] = {
    "booking_sheet": BOOKING_SHEET_LABELS,
    "door_sign": DOOR_SIGN_LABELS,
    "week_schedule": WEEK_SCHEDULE_LABELS,
    "flyer": FLYER_LABELS,
    "stall_plan": STALL_PLAN_LABELS,
    "check_in_sheet": CHECK_IN_SHEET_LABELS,
    "directory": DIRECTORY_LABELS,
}


def translate_labels(defaults: Mapping[str, str], translate: Callable[[str], str]) -> dict[str, str]:
    """Each default passed through ``translate`` (a function of the English text)."""
    return {key: translate(text) for key, text in defaults.items()}


def resolve_labels(defaults: Mapping[str, str], given: Mapping[str, str]) -> dict[str, str]:
    """The defaults overridden by ``given``; a key the document does not know is an error.

    Refusing unknown keys catches a misspelt key in the service's tests instead of printing English
    on a Latvian document without anyone noticing.
    """
    unknown = sorted(set(given) - set(defaults))
    if unknown:
        raise ValueError(f"Unknown label keys {unknown}; the document knows {sorted(defaults)}.")
    return {**defaults, **given}
