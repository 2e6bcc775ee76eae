"""The PDFs of pop-up premises: a tenancy agreement summary and a tenant's monthly statement.

Reads the database, formats everything in the user's language and hands plain data to the
builders in ``ngo_desktop.documents``; each printing is noted in the printed documents' register.
"""

from __future__ import annotations

import datetime as dt
import re

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import translate
from ngo_desktop.models import AuditAction, PrintedDocument, ReductionKind
from ngo_desktop.money import format_cents
from ngo_desktop.services import audit
from ngo_desktop.services.centre import get_centre_details
from ngo_desktop.services.premises.registry import TenancyDetails, area_text, get_premises, get_tenancy
from ngo_desktop.services.premises.statements import StatementLine, monthly_statement, state_text
from ngo_desktop.timeutil import format_date, format_time, now_utc, to_local
from ngo_desktop.vocabulary import date_in_words, decision_text, month_after_for


def _centre_info(database: Database):  # type: ignore[no-untyped-def]
    from ngo_desktop.documents.data import CentreInfo

    details = get_centre_details(database)
    return CentreInfo(name=details.name or "ngo_desktop", address=details.address, phone=details.phone,
                      email=details.email, website=details.website, logo_png=details.logo_png)


def _printed(now: dt.datetime | None) -> str:
    local = to_local(now or now_utc())
    return f"{format_date(local.date())} {format_time(local)}"


def _labels(defaults: dict[str, str]) -> dict[str, str]:
    from ngo_desktop.documents.labels import LABEL_CONTEXT, translate_labels

    return translate_labels(defaults, lambda text: translate(LABEL_CONTEXT, text))


def _reduction(kind: ReductionKind, value: int) -> str:
    if kind == ReductionKind.PERCENT and value:
        return f"{value} %"
    if kind == ReductionKind.FIXED and value:
        return translate("PremisesDocuments", "{amount} a month").format(amount=format_cents(value))
    return translate("PremisesDocuments", "none")


_NUMBER_WORD = re.compile(r"^\s*(?:nr|no)\.?\s*", re.IGNORECASE)


def bare_decision_number(text: str) -> str:
    """The decision's number without a leading "Nr." or "No." typed with it: "214 (prot. Nr. 12, 5. §)"."""
    return _NUMBER_WORD.sub("", text).strip()


def _decision(tenancy: TenancyDetails) -> str:
    """"2026. gada 16. jūlija lēmums Nr. 214" ("decision No. 214 of 16 July 2026") beside the label
    "Municipality's decision", worded by the vocabulary as on screen; "" when nothing was entered."""
    number = bare_decision_number(tenancy.decision_number)
    if number:
        return decision_text(number, tenancy.decision_date)
    if tenancy.decision_date is None:
        return ""
    return translate("PremisesDocuments", "decision of {date}").format(date=date_in_words(tenancy.decision_date))


def _term(tenancy: TenancyDetails) -> str:
    term = f"{format_date(tenancy.starts_on)}–{format_date(tenancy.ends_on)}"
    if tenancy.ended_early_on:
        term += " " + translate("PremisesDocuments", "(ended early on {date})").format(
            date=format_date(tenancy.ended_early_on))
    return term


def payment_due_text(day: int) -> str:
    """"līdz katra mēneša 10. datumam" ("by day 10 of each month")."""
    return translate("PremisesDocuments", "by day {day} of each month").format(day=day)


def _figure_rows(line: StatementLine) -> tuple[tuple[str, str], ...]:
    rows = [(translate("PremisesDocuments", "Rent"), format_cents(line.rent_cents)),
            (translate("PremisesDocuments", "Utilities"), format_cents(line.utilities_cents))]
    if line.rent_reduction_cents:
        rows.append((translate("PremisesDocuments", "Rent reduction"), "−" + format_cents(line.rent_reduction_cents)))
    if line.utilities_reduction_cents:
        rows.append((translate("PremisesDocuments", "Utilities reduction"),
                     "−" + format_cents(line.utilities_reduction_cents)))
    rows.append((translate("PremisesDocuments", "Amount due"), format_cents(line.due_cents)))
    return tuple(rows)


def _register(database: Database, kind: str, title: str, parameters: dict[str, object],
              organisation_id: int) -> None:
    with database.unit_of_work() as session:
        document = PrintedDocument(kind=kind, title=title[:300], parameters=parameters,
                                   organisation_id=organisation_id, operator=database.operator)
        session.add(document)
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.PRINT, entity="printed_document",
                     entity_id=document.id, summary=title, organisation_id=organisation_id)


def tenancy_summary_pdf(database: Database, *, tenancy_id: int, now: dt.datetime | None = None) -> bytes:
    from ngo_desktop.documents.tenancy_summary import (
        TENANCY_SUMMARY_LABELS,
        TenancySummaryData,
        build_tenancy_summary,
    )

    tenancy = get_tenancy(database, tenancy_id)
    premises = get_premises(database, tenancy.premises_id)
    full_month = monthly_statement(database, tenancy_id=tenancy_id, month=tenancy.starts_on)
    # A full month's figures, even when the term starts mid-month: what the tenant will usually pay.
    if full_month.days != full_month.days_in_month:
        following = (tenancy.starts_on.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        if following <= tenancy.last_day:
            full_month = monthly_statement(database, tenancy_id=tenancy_id, month=following)
    data = TenancySummaryData(
        centre=_centre_info(database), printed=_printed(now), premises=premises.name, address=premises.address,
        area=area_text(premises.area_m2), owner=premises.owner_organisation_name or premises.owner_name,
        tenant=tenancy.tenant_name, activity=tenancy.activity, term=_term(tenancy),
        share=f"{tenancy.rent_share_percent} %", payment_due=payment_due_text(tenancy.payment_due_day),
        rent_reduction=_reduction(tenancy.rent_reduction_kind, tenancy.rent_reduction),
        utilities_reduction=_reduction(tenancy.utilities_reduction_kind, tenancy.utilities_reduction),
        decision=_decision(tenancy), month_rows=_figure_rows(full_month), notes=tenancy.notes,
        labels=_labels(TENANCY_SUMMARY_LABELS),
    )
    pdf = build_tenancy_summary(data)
    title = translate("PremisesDocuments", "Tenancy agreement summary: {premises}, {tenant}").format(
        premises=premises.name, tenant=tenancy.tenant_name)
    _register(database, "tenancy-summary", title, {"tenancy_id": tenancy_id}, tenancy.organisation_id)
    return pdf


def monthly_statement_pdf(database: Database, *, tenancy_id: int, month: dt.date,
                          now: dt.datetime | None = None) -> bytes:
    from ngo_desktop.documents.monthly_statement import (
        MONTHLY_STATEMENT_LABELS,
        MonthlyStatementData,
        build_monthly_statement,
    )

    line = monthly_statement(database, tenancy_id=tenancy_id, month=month)
    tenancy = get_tenancy(database, tenancy_id)
    paid = format_cents(line.paid_cents)
    if line.paid_on:
        paid = translate("PremisesDocuments", "{amount} on {date}").format(amount=paid, date=format_date(line.paid_on))
    data = MonthlyStatementData(
        centre=_centre_info(database), printed=_printed(now), month=month_after_for(line.month),
        tenant=line.tenant_name, premises=f"{line.premises_name}, {line.premises_address}", term=_term(tenancy),
        days=f"{line.days} / {line.days_in_month}", decision=_decision(tenancy), figure_rows=_figure_rows(line),
        due=format_date(line.due_on), paid=paid, status=state_text(line.state), labels=_labels(MONTHLY_STATEMENT_LABELS),
    )
    pdf = build_monthly_statement(data)
    title = translate("PremisesDocuments", "Monthly statement for {month}: {tenant}").format(
        month=month_after_for(line.month), tenant=line.tenant_name)
    _register(database, "tenancy-statement", title,
              {"tenancy_id": tenancy_id, "month": line.month.isoformat()}, line.organisation_id)
    return pdf
