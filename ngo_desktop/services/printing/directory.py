"""The organisation directory: active organisations grouped by field of activity, in Latvian order.

Two queries whatever the size (organisations with their main contact ordered by ``sort_key``, and
the organisation–field pairs), so 5,000 organisations take one pass, not one query each.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, select

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import translate
from ngo_desktop.models import ContactPerson, FieldOfActivity, LegalForm, Organisation
from ngo_desktop.schema.organisations import organisation_field_table
from ngo_desktop.services.organisations.labels import label as legal_form_label
from ngo_desktop.services.printing.common import (
    BuiltDocument,
    DocumentRequest,
    centre_info,
    printed_stamp,
)
from ngo_desktop.services.printing.labels import directory_labels
from ngo_desktop.timeutil import format_date, today_local

# Forms a name often begins with as an abbreviation, spelled out for the legal-form column.
_ABBREVIATIONS = frozenset({"z/s", "sia", "ik", "as"})


def _directory_legal_form(stored: str | None, name: str) -> str:
    """The legal form for the directory's column, said once.

    "" when the name already says it ('Biedrība "Sudrabs"', 'SIA "Koks"', 'IK Zariņš'); the words
    for an abbreviation the name begins with when the registry only has "other form"
    ('Z/S „Medus pūrs”' → zemnieku saimniecība); else the stored form.
    """
    label = legal_form_label(stored) if stored else ""
    first_word = name.split(" ", 1)[0].strip("„“”\"").casefold() if name.strip() else ""
    unknown = stored in (None, "", LegalForm.OTHER.value)
    if first_word in _ABBREVIATIONS:
        return _abbreviation_words(first_word) if unknown else ""
    if label and name.casefold().startswith(label.casefold()):
        return ""
    return label


def _abbreviation_words(abbreviation: str) -> str:
    return {
        "z/s": translate("Printing", "farm"),
        "sia": translate("Printing", "limited company"),
        "ik": translate("Printing", "individual merchant"),
        "as": translate("Printing", "joint-stock company"),
    }[abbreviation]


def directory(database: Database, request: DocumentRequest, now: dt.datetime | None) -> BuiltDocument:
    from ngo_desktop.documents.data import DirectoryData, DirectoryEntry, DirectoryGroup
    from ngo_desktop.documents.directory import build_directory

    entries: dict[int, DirectoryEntry] = {}
    order: list[int] = []
    main_contact = and_(ContactPerson.organisation_id == Organisation.id, ContactPerson.is_main.is_(True),
                        ContactPerson.anonymised_at.is_(None))
    statement = (select(Organisation.id, Organisation.name, Organisation.legal_form,
                        Organisation.registration_number, Organisation.phone, Organisation.email,
                        ContactPerson.name, ContactPerson.phone, ContactPerson.email)
                 .outerjoin(ContactPerson, main_contact)
                 .where(Organisation.archived.is_(False))
                 .order_by(Organisation.sort_key, Organisation.id))
    with database.read_session() as session:
        for (organisation_id, name, legal_form, registration_number, phone, email,
             contact, contact_phone, contact_email) in session.execute(statement):
            if organisation_id in entries:  # a second "main" contact: the first one is enough on paper
                continue
            entries[organisation_id] = DirectoryEntry(
                name=name, legal_form=_directory_legal_form(legal_form, name),
                registration_number=registration_number or "",
                contact_person=contact or "", phone=contact_phone or phone, email=contact_email or email)
            order.append(organisation_id)
        fields = session.execute(select(FieldOfActivity.id, FieldOfActivity.name)
                                 .order_by(FieldOfActivity.sort_key, FieldOfActivity.name)).all()
        members: dict[int, set[int]] = {}
        for organisation_id, field_id in session.execute(
                select(organisation_field_table.c.organisation_id, organisation_field_table.c.field_id)):
            members.setdefault(field_id, set()).add(organisation_id)
    grouped: set[int] = set().union(*members.values()) if members else set()
    groups = [DirectoryGroup(field_name, tuple(entries[item] for item in order if item in members.get(field_id, ())))
              for field_id, field_name in fields]
    groups = [group for group in groups if group.entries]
    without_field = tuple(entries[item] for item in order if item not in grouped)
    if without_field:
        groups.append(DirectoryGroup(translate("Printing", "Field of activity not given"), without_field))
    data = DirectoryData(
        centre=centre_info(database), printed=printed_stamp(now),
        subtitle=translate("Printing", "Active organisations as of {date}").format(date=format_date(today_local())),
        groups=tuple(groups), labels=directory_labels())
    pdf = build_directory(data, paper=request.paper, landscape=bool(request.landscape))  # type: ignore[arg-type]
    title = translate("Printing", "Organisation directory ({count} organisations)").format(count=len(order))
    return BuiltDocument(pdf, title, f"organizaciju-katalogs-{today_local().isoformat()}.pdf")
