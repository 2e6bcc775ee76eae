"""Membership: members by organisation kind, this year's fees, and who has not paid them.

What the data holds: each organisation's membership state (member, lapsed, none), the date it became
a member, its yearly fee and the last year it paid for. So the report can say how many members
there are, what this year's fees come to, which members have paid for the report's year (their last
paid year is that year or later) and which have not. It cannot say how much was paid in each past
year or when a payment was made: only the last paid year is kept, not a history of payments
(``LIMITATIONS`` words this for the report). Organisations belong to no site, so the site filter
does not apply; archived organisations are left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func, select

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import translate
from ngo_desktop.models import MembershipStatus, Organisation, OrganisationKind
from ngo_desktop.services.reports.period import ReportFilter

LIMITATIONS = (
    QT_TRANSLATE_NOOP("Reports", "Only the last year each member paid for is recorded, not every payment: fees "
                                 "paid in earlier years and the dates of payments cannot be shown."),
    QT_TRANSLATE_NOOP("Reports", "Organisations are not tied to a site, so the site filter does not apply to "
                                 "membership."),
)


def limitations() -> list[str]:
    """What the membership report cannot compute from the data, in the user's language."""
    return [translate("Reports", text) for text in LIMITATIONS]


@dataclass(frozen=True)
class KindMembers:
    kind: OrganisationKind
    members: int
    lapsed: int
    fees_due_cents: int  # the yearly fees of the members
    paid: int  # members whose last paid year is the report's year or later
    fees_paid_cents: int


@dataclass(frozen=True)
class UnpaidMember:
    organisation_id: int
    name: str
    kind: OrganisationKind
    fee_cents: int
    last_paid_year: int | None
    member_since: dt.date | None


@dataclass(frozen=True)
class MembershipReport:
    report_filter: ReportFilter
    year: int
    kinds: tuple[KindMembers, ...]
    unpaid: tuple[UnpaidMember, ...]
    new_members: int  # became members within the period
    last_paid_years: tuple[tuple[int | None, int], ...]  # (last paid year or None, members), latest first

    @property
    def members(self) -> int:
        return sum(kind.members for kind in self.kinds)

    @property
    def fees_due_cents(self) -> int:
        return sum(kind.fees_due_cents for kind in self.kinds)

    @property
    def fees_paid_cents(self) -> int:
        return sum(kind.fees_paid_cents for kind in self.kinds)


def membership_report(database: Database, report_filter: ReportFilter) -> MembershipReport:
    period = report_filter.period
    year = period.last.year
    conditions = [Organisation.archived.is_(False)]
    if report_filter.kind is not None:
        conditions.append(Organisation.kind == report_filter.kind)
    with database.read_session() as session:
        rows = session.execute(
            select(Organisation.id, Organisation.name, Organisation.kind, Organisation.membership,
                   Organisation.membership_fee_cents, Organisation.last_paid_year, Organisation.member_since)
            .where(*conditions, Organisation.membership != MembershipStatus.NONE)
            .order_by(Organisation.sort_key, Organisation.id)).all()
        new_members = session.scalar(
            select(func.count(Organisation.id)).where(
                *conditions, Organisation.membership == MembershipStatus.MEMBER,
                Organisation.member_since >= period.first, Organisation.member_since <= period.last)) or 0
    figures: dict[OrganisationKind, list[int]] = {}
    unpaid: list[UnpaidMember] = []
    last_years: dict[int | None, int] = {}
    for organisation_id, name, kind, membership, fee, last_paid_year, member_since in rows:
        kind = OrganisationKind(kind)
        counts = figures.setdefault(kind, [0, 0, 0, 0, 0])
        if membership == MembershipStatus.LAPSED:
            counts[1] += 1
            continue
        counts[0] += 1
        counts[2] += fee
        last_years[last_paid_year] = last_years.get(last_paid_year, 0) + 1
        if last_paid_year is not None and last_paid_year >= year:
            counts[3] += 1
            counts[4] += fee
        else:
            unpaid.append(UnpaidMember(organisation_id, name, kind, fee, last_paid_year, member_since))
    kinds = tuple(KindMembers(kind, *figures[kind]) for kind in OrganisationKind if kind in figures)
    ordered_years = sorted(last_years.items(), key=lambda item: -(item[0] if item[0] is not None else -1))
    return MembershipReport(report_filter, year, kinds, tuple(unpaid), int(new_members), tuple(ordered_years))
