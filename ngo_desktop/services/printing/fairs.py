"""The fair documents: a flyer (A4 or A5), the stall plan of a fair day and its check-in sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Row, select

from ngo_desktop.database.core import Database
from ngo_desktop.errors import NotFound, ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.models import (
    ApplicationDay,
    ApplicationStatus,
    ContactPerson,
    Fair,
    FairDay,
    FairKind,
    Organisation,
    PaymentStatus,
    Site,
    Stall,
    StallAssignment,
    VendorApplication,
)
from ngo_desktop.money import format_cents
from ngo_desktop.services.fairs.exporting import category_text
from ngo_desktop.services.fairs.layouts import stall_number_key
from ngo_desktop.services.printing.bookings import weekday_in_sentence, weekday_name
from ngo_desktop.services.printing.common import (
    BuiltDocument,
    DocumentRequest,
    centre_info,
    printed_stamp,
)
from ngo_desktop.services.printing.labels import (
    check_in_sheet_labels,
    flyer_labels,
    stall_plan_labels,
)
from ngo_desktop.timeutil import format_date, format_time, today_local
from ngo_desktop.vocabulary import fair_kind_label, payment_label, sentence_case


def _kind_text(kind: FairKind) -> str:
    """The flyer's kicker: the kind's one word (vocabulary.py), and plain "Event" for any other event."""
    if kind == FairKind.OTHER:
        return translate("Printing", "Event")
    return sentence_case(fair_kind_label(kind))


def _payment_text(status: PaymentStatus, paid_on: dt.date | None) -> str:
    text = payment_label(status)
    if status == PaymentStatus.PAID and paid_on is not None:
        text += " " + format_date(paid_on)
    return text


def _fair(session, fair_id: int | None) -> Fair:  # type: ignore[no-untyped-def]
    if fair_id is None:
        raise ValidationFailed({"fair": translate("Printing", "Choose the fair to print.")})
    fair = session.get(Fair, fair_id)
    if fair is None:
        raise NotFound(translate("Printing", "There is no fair with ID {number}.").format(number=fair_id))
    return fair


def _place(session, fair: Fair) -> str:  # type: ignore[no-untyped-def]
    """Where the fair is held: the fair's own address, else the centre's site it is held at."""
    if fair.address or fair.site_id is None:
        return fair.address
    site = session.get(Site, fair.site_id)
    return ", ".join(part for part in (site.name, site.address) if part) if site else ""


def _fair_day(fair: Fair, day: dt.date | None) -> FairDay:
    """The requested day of the fair; without one, the next day it is held (or its last)."""
    open_days = [item for item in fair.days if not item.cancelled]
    if day is not None:
        for item in open_days:
            if item.day == day:
                return item
        raise NotFound(translate("Printing", "“{fair}” is not held on {date}.").format(
            fair=fair.name, date=format_date(day)))
    if not open_days:
        raise NotFound(translate("Printing", "“{fair}” has no days to print.").format(fair=fair.name))
    today = today_local()
    return next((item for item in open_days if item.day >= today), open_days[-1])


def _day_title(day: FairDay) -> str:
    """A fair day as a heading of its own: "Sestdiena, 01.05.2027"."""
    return f"{weekday_name(day.day)}, {format_date(day.day)}"


def _day_in_line(day: FairDay) -> str:
    """A fair day after the fair's name: "… · sestdiena, 01.05.2027"."""
    return f"{weekday_in_sentence(day.day)}, {format_date(day.day)}"


def _vendor_rows(session, fair_day: FairDay, *, accepted_only: bool):  # type: ignore[no-untyped-def]
    """The StallVendor rows of a fair day in stall-number order; vendors without a stall come last."""
    from ngo_desktop.documents.data import StallVendor

    statement = (select(Stall.number, Organisation.name, Organisation.phone, ContactPerson.name, ContactPerson.phone,
                        VendorApplication.category, ApplicationDay.fee_cents, ApplicationDay.payment_status,
                        ApplicationDay.paid_on)
                 .select_from(ApplicationDay)
                 .join(VendorApplication, VendorApplication.id == ApplicationDay.application_id)
                 .join(Organisation, Organisation.id == VendorApplication.organisation_id)
                 .outerjoin(ContactPerson, ContactPerson.id == VendorApplication.contact_person_id)
                 .outerjoin(StallAssignment, StallAssignment.application_day_id == ApplicationDay.id)
                 .outerjoin(Stall, Stall.id == StallAssignment.stall_id)
                 .where(ApplicationDay.fair_day_id == fair_day.id))
    if accepted_only:
        statement = statement.where(ApplicationDay.status == ApplicationStatus.ACCEPTED)
    else:
        statement = statement.where(StallAssignment.id.is_not(None))
    # Vendors in the organisations' Latvian order; the stable sort below keeps it within a stall.
    statement = statement.order_by(Organisation.sort_key, Organisation.id)
    rows = []
    for number, name, organisation_phone, contact, contact_phone, category, fee, payment, paid_on in \
            session.execute(statement):
        rows.append(StallVendor(
            stall=number or "—", vendor=name, contact=contact or "", phone=contact_phone or organisation_phone or "",
            category=category_text(category), fee=format_cents(fee), payment=_payment_text(payment, paid_on),
            payment_due=payment == PaymentStatus.UNPAID and fee > 0))
    return sorted(rows, key=lambda row: (row.stall == "—", stall_number_key(row.stall)))


def stall_plan(database: Database, request: DocumentRequest, now: dt.datetime | None) -> BuiltDocument:
    from ngo_desktop.documents.data import PlanLandmark, PlanStall, StallPlanData
    from ngo_desktop.documents.stall_plan import build_stall_plan

    with database.read_session() as session:
        fair = _fair(session, request.fair_id)
        if fair.layout is None:
            raise NotFound(translate("Printing", "“{fair}” has no stall plan yet. Choose a plan for it first.")
                           .format(fair=fair.name))
        fair_day = _fair_day(fair, request.day)
        occupants = dict(session.execute(
            select(StallAssignment.stall_id, Organisation.name)
            .join(ApplicationDay, ApplicationDay.id == StallAssignment.application_day_id)
            .join(VendorApplication, VendorApplication.id == ApplicationDay.application_id)
            .join(Organisation, Organisation.id == VendorApplication.organisation_id)
            .where(StallAssignment.fair_day_id == fair_day.id)).all())
        layout = fair.layout
        stalls = tuple(PlanStall(stall.number, stall.x_m, stall.y_m, stall.width_m, stall.depth_m, stall.rotation_deg,
                                 occupants.get(stall.id, ""))
                       for stall in sorted(layout.stalls, key=lambda item: stall_number_key(item.number))
                       if not stall.archived)
        landmarks = tuple(PlanLandmark(mark.label, mark.x_m, mark.y_m, mark.width_m, mark.depth_m, mark.rotation_deg,
                                       mark.kind.value) for mark in layout.landmarks)
        data = StallPlanData(centre=centre_info(database), printed=printed_stamp(now), fair=fair.name,
                             day=_day_in_line(fair_day), place=_place(session, fair), area_width=layout.width_m,
                             area_depth=layout.depth_m, stalls=stalls, landmarks=landmarks,
                             vendors=tuple(_vendor_rows(session, fair_day, accepted_only=False)),
                             labels=stall_plan_labels())
        fair_id, day = fair.id, fair_day.day
    pdf = build_stall_plan(data, paper=request.paper, landscape=request.landscape)  # type: ignore[arg-type]
    title = translate("Printing", "Stall plan: {fair}, {day}").format(fair=data.fair, day=format_date(day))
    return BuiltDocument(pdf, title, f"tirdzniecibas-vietas-{fair_id}-{day.isoformat()}.pdf")


def check_in_sheet(database: Database, request: DocumentRequest, now: dt.datetime | None) -> BuiltDocument:
    from ngo_desktop.documents.check_in_sheet import build_check_in_sheet
    from ngo_desktop.documents.data import CheckInSheetData

    with database.read_session() as session:
        fair = _fair(session, request.fair_id)
        fair_day = _fair_day(fair, request.day)
        data = CheckInSheetData(centre=centre_info(database), printed=printed_stamp(now), fair=fair.name,
                                day=_day_in_line(fair_day),
                                hours=f"{format_time(fair_day.opens)}–{format_time(fair_day.closes)}",
                                place=_place(session, fair), rows=tuple(_vendor_rows(session, fair_day, accepted_only=True)),
                                labels=check_in_sheet_labels())
        fair_id, day = fair.id, fair_day.day
    pdf = build_check_in_sheet(data, paper=request.paper, landscape=bool(request.landscape))  # type: ignore[arg-type]
    title = translate("Printing", "Check-in sheet: {fair}, {day}").format(fair=data.fair, day=format_date(day))
    return BuiltDocument(pdf, title, f"registracija-{fair_id}-{day.isoformat()}.pdf")


def _dates_text(days: list[FairDay]) -> str:
    if len(days) == 1:
        return f"{weekday_name(days[0].day)}, {format_date(days[0].day)}"
    if len(days) <= 4:
        return ", ".join(format_date(item.day) for item in days)
    return f"{format_date(days[0].day)}–{format_date(days[-1].day)}"


def flyer(database: Database, request: DocumentRequest, now: dt.datetime | None) -> BuiltDocument:
    from ngo_desktop.documents.data import FlyerData, ProgrammeDay, ProgrammeEntry
    from ngo_desktop.documents.flyer import build_flyer

    with database.read_session() as session:
        fair = _fair(session, request.fair_id)
        days = [item for item in fair.days if not item.cancelled]
        if not days:
            raise NotFound(translate("Printing", "“{fair}” has no days to print.").format(fair=fair.name))
        hours = {(item.opens, item.closes) for item in days}
        opens, closes = next(iter(hours)) if len(hours) == 1 else (fair.opens, fair.closes)
        # Every held day, even one without items: the flyer says "Every Saturday" only when true.
        programme = tuple(
            ProgrammeDay(_day_title(item) if len(days) > 1 else "",
                         tuple(ProgrammeEntry(format_time(entry.starts) + (f"–{format_time(entry.ends)}"
                                                                           if entry.ends else ""),
                                              entry.title, entry.performer) for entry in item.programme),
                         date=item.day.strftime("%d.%m."), weekday=item.day.isoweekday())
            for item in days)
        vendor_names = session.execute(
            select(Organisation.name, Organisation.sort_key).distinct().select_from(VendorApplication)
            .join(Organisation, Organisation.id == VendorApplication.organisation_id)
            .join(ApplicationDay, ApplicationDay.application_id == VendorApplication.id)
            .where(VendorApplication.fair_id == fair.id, ApplicationDay.status == ApplicationStatus.ACCEPTED)
            .order_by(Organisation.sort_key)).scalars().all()
        # Partners come first: they are who the municipality and sponsors look for on a poster.
        partners = sorted(fair.partners, key=lambda item: item.sort_key)
        partner_names = [partner.name for partner in partners]
        partner_logos = tuple(partner.logo_png for partner in partners if partner.logo_png)
        organisations = tuple(dict.fromkeys([*partner_names, *vendor_names]))
        place = _place(session, fair)
        data = FlyerData(centre=centre_info(database), printed=printed_stamp(now), title=fair.name,
                         kicker=_kind_text(fair.kind), dates=_dates_text(days),
                         hours=f"{format_time(opens)}–{format_time(closes)}", place=place,
                         description=fair.description, programme=programme, organisations=organisations,
                         partner_logos=partner_logos, web_url=fair.web_url, labels=flyer_labels())
        fair_id = fair.id
    pdf = build_flyer(data, paper=request.paper, landscape=bool(request.landscape))  # type: ignore[arg-type]
    title = translate("Printing", "Flyer {paper}: {fair}").format(paper=request.paper, fair=data.title)
    return BuiltDocument(pdf, title, f"afisa-{fair_id}-{request.paper}.pdf")


# Fairs for a picker, newest first, with the days they are held, in one statement (each fair's days read
# on their own were a statement per fair: a second across town for the demo's 25 fairs).
FAIRS_WITH_DAYS = select(Fair.id, Fair.name, FairDay.day) \
    .outerjoin(FairDay, (FairDay.fair_id == Fair.id) & FairDay.cancelled.is_(False)) \
    .where(Fair.archived.is_(False)).order_by(Fair.id.desc(), FairDay.day)


def fair_choice_lines(rows: Iterable[Row[Any]]) -> list[tuple[int, str, tuple[dt.date, ...]]]:
    choices: dict[int, tuple[str, list[dt.date]]] = {}
    for fair_id, name, day in rows:
        days = choices.setdefault(fair_id, (name, []))[1]
        if day is not None:
            days.append(day)
    return [(fair_id, name, tuple(days)) for fair_id, (name, days) in choices.items()]
