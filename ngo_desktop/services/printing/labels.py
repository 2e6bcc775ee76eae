"""The documents' fixed words in the user's language, one function per document.

Each English text of ``ngo_desktop.documents.labels`` is written out here as a literal
``translate("DocumentLabels", …)`` call, so that lupdate collects it into this module's translation
file and the Latvian wording is kept next to the service that prints it.
"""

from __future__ import annotations

from ngo_desktop.i18n import translate


def common_labels() -> dict[str, str]:
    return {
        "page_of": translate("DocumentLabels", "Page {page} of {pages}"),
        "printed_on": translate("DocumentLabels", "Printed {date}"),
    }


def _vendor_columns() -> dict[str, str]:
    return {
        "column_stall": translate("DocumentLabels", "Stall"),
        "column_vendor": translate("DocumentLabels", "Vendor"),
        "column_phone": translate("DocumentLabels", "Phone"),
        "column_category": translate("DocumentLabels", "Category"),
        "column_fee": translate("DocumentLabels", "Fee"),
        "column_payment": translate("DocumentLabels", "Payment"),
    }


def booking_sheet_labels() -> dict[str, str]:
    return {
        **common_labels(),
        "document_title": translate("DocumentLabels", "Booking sheet"),
        "reference": translate("DocumentLabels", "No."),
        "section_organisation": translate("DocumentLabels", "Organisation"),
        "section_booking": translate("DocumentLabels", "Booking"),
        "section_dates": translate("DocumentLabels", "Dates"),
        "section_house_rules": translate("DocumentLabels", "House rules"),
        "section_signatures": translate("DocumentLabels", "Signatures"),
        "organisation": translate("DocumentLabels", "Name"),
        "registration_number": translate("DocumentLabels", "Reg. No."),
        "contact_person": translate("DocumentLabels", "Contact person"),
        "phone": translate("DocumentLabels", "Phone"),
        "email": translate("DocumentLabels", "E-mail"),
        "event_title": translate("DocumentLabels", "Event"),
        "purpose": translate("DocumentLabels", "Purpose"),
        "room": translate("DocumentLabels", "Room"),
        "site": translate("DocumentLabels", "Site"),
        "attendees": translate("DocumentLabels", "Attendees"),
        "equipment": translate("DocumentLabels", "Equipment"),
        "setup": translate("DocumentLabels", "Set-up, clean-up"),
        "status": translate("DocumentLabels", "Status"),
        "repeat_rule": translate("DocumentLabels", "Repeats"),
        "column_date": translate("DocumentLabels", "Date"),
        "column_weekday": translate("DocumentLabels", "Day"),
        "column_time": translate("DocumentLabels", "Time"),
        "column_note": translate("DocumentLabels", "Note"),
        "full_value": translate("DocumentLabels", "Full value"),
        "reduction": translate("DocumentLabels", "Reduction"),
        "price": translate("DocumentLabels", "To pay"),
        "payment_status": translate("DocumentLabels", "Payment"),
        "signature_centre": translate("DocumentLabels", "For the centre"),
        "signature_organisation": translate("DocumentLabels", "For the organisation"),
        "signature": translate("DocumentLabels", "Signature"),
        "signature_name": translate("DocumentLabels", "Name, surname"),
        "signature_date": translate("DocumentLabels", "Date"),
    }


def door_sign_labels() -> dict[str, str]:
    return {
        **common_labels(),
        "document_title": translate("DocumentLabels", "Door sign"),
        "free_all_day": translate("DocumentLabels", "Free all day"),
        "provisional": translate("DocumentLabels", "Provisional booking, not yet confirmed"),
        "qr_heading": translate("DocumentLabels", "Questions and bookings"),
    }


def week_schedule_labels() -> dict[str, str]:
    return {
        **common_labels(),
        "document_title": translate("DocumentLabels", "Week schedule"),
        "column_room": translate("DocumentLabels", "Room"),
        "provisional_legend": translate("DocumentLabels", "provisional booking, not yet confirmed (italics)"),
        "closed_legend": translate("DocumentLabels", "Grey cells: the room is closed that day"),
    }


def flyer_labels() -> dict[str, str]:
    return {
        **common_labels(),
        "when": translate("DocumentLabels", "When"),
        "hours": translate("DocumentLabels", "Time"),
        "where": translate("DocumentLabels", "Where"),
        "programme": translate("DocumentLabels", "Programme"),
        "organisations": translate("DocumentLabels", "Taking part"),
        "partners": translate("DocumentLabels", "Partners"),
        "more_info": translate("DocumentLabels", "More information"),
        "full_programme": translate("DocumentLabels", "The full programme is at the web address and QR code below"),
        "full_programme_centre": translate("DocumentLabels", "Ask the centre for the full programme"),
        "every_monday": translate("DocumentLabels", "Every Monday"),
        "every_tuesday": translate("DocumentLabels", "Every Tuesday"),
        "every_wednesday": translate("DocumentLabels", "Every Wednesday"),
        "every_thursday": translate("DocumentLabels", "Every Thursday"),
        "every_friday": translate("DocumentLabels", "Every Friday"),
        "every_saturday": translate("DocumentLabels", "Every Saturday"),
        "every_sunday": translate("DocumentLabels", "Every Sunday"),
        "every_except": translate("DocumentLabels", "{every} except {dates}"),
        "more_organisations": translate("DocumentLabels", "and {count} more taking part"),
        "more_organisations_one": translate("DocumentLabels", "and {count} other taking part"),
    }


def stall_plan_labels() -> dict[str, str]:
    return {
        **common_labels(),
        **_vendor_columns(),
        "document_title": translate("DocumentLabels", "Stall plan"),
        "vendor_list": translate("DocumentLabels", "Vendors by stall"),
        "column_contact": translate("DocumentLabels", "Contact person"),
        "scale": translate("DocumentLabels", "Scale 1:{ratio}"),
        "metre_symbol": translate("DocumentLabels", "m"),
        "vacant_stall": translate("DocumentLabels", "free"),
        "legend_taken": translate("DocumentLabels", "taken stall"),
        "legend_vacant": translate("DocumentLabels", "free stall"),
        "key_map": translate("DocumentLabels", "Key map: the numbered sheets that follow show each part larger"),
        "sheet": translate("DocumentLabels", "Sheet {number} of {count}"),
    }


def check_in_sheet_labels() -> dict[str, str]:
    return {
        **common_labels(),
        **_vendor_columns(),
        "document_title": translate("DocumentLabels", "Check-in sheet"),
        "column_arrived": translate("DocumentLabels", "Arrived"),
        "column_no_show": translate("DocumentLabels", "No-show"),
        "column_signature": translate("DocumentLabels", "Signature"),
        "total_arrived": translate("DocumentLabels", "Arrived in total"),
        "total_no_show": translate("DocumentLabels", "No-shows in total"),
        "checked_by": translate("DocumentLabels", "Checked by"),
    }


def directory_labels() -> dict[str, str]:
    return {
        **common_labels(),
        "document_title": translate("DocumentLabels", "Organisation directory"),
        "column_name": translate("DocumentLabels", "Organisation"),
        "column_legal_form": translate("DocumentLabels", "Legal form"),
        "column_registration_number": translate("DocumentLabels", "Reg. No."),
        "column_contact_person": translate("DocumentLabels", "Contact person"),
        "column_phone": translate("DocumentLabels", "Phone"),
        "column_email": translate("DocumentLabels", "E-mail"),
    }
