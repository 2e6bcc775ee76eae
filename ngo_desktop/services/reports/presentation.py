"""The reports as titled tables and charts in the user's language: what the screen, the PDF and the
spreadsheet all show, so the three cannot disagree.

A ``ReportView`` is a title, a subtitle naming the filter, notes, and sections; each section has a
table of typed cells (an amount stays cents, hours stay minutes until shown) and may name a chart
drawn from the table's own columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from ngo_desktop.i18n import locale as current_locale
from ngo_desktop.i18n import translate
from ngo_desktop.models import FairKind, VendorCategory
from ngo_desktop.money import format_cents
from ngo_desktop.services.organisations.labels import label as organisation_label
from ngo_desktop.services.reports.period import ReportFilter
from ngo_desktop.vocabulary import label, month_alone, month_name, sentence_case

if TYPE_CHECKING:
    # Each report's own service is imported when it runs (build_view): the command line writing
    # one report does not load the other three and what they use (fairs, premises, booking rules).
    from ngo_desktop.services.reports.fairs import FairsReport
    from ngo_desktop.services.reports.membership import MembershipReport
    from ngo_desktop.services.reports.room_use import RoomUse, UseLine
    from ngo_desktop.services.reports.support import SupportFigures, SupportReport

CONTEXT = "Reports"
BUSIEST_ROOMS = 10


@dataclass(frozen=True)
class Money:
    cents: int


@dataclass(frozen=True)
class Hours:
    minutes: int

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 1)


@dataclass(frozen=True)
class Percent:
    value: float | None  # None: nothing to divide by


Cell = str | int | Money | Hours | Percent | dt.date | None


@dataclass(frozen=True)
class Chart:
    """A bar chart of ``value_columns`` against the labels in ``category_column``; or, for a heat map,
    the whole table (first column the row labels)."""

    kind: Literal["bar", "heat"]
    title: str
    category_column: int = 0
    value_columns: tuple[int, ...] = ()
    skip_last_row: bool = False  # the totals row is not a category


@dataclass(frozen=True)
class Section:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    chart: Chart | None = None
    has_total_row: bool = False
    sheet_name: str = ""  # the spreadsheet's tab (at most 31 characters)
    in_pdf: bool = True  # False: a wide table for the spreadsheet only


@dataclass(frozen=True)
class ReportView:
    title: str
    subtitle: str
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)
    has_data: bool = True  # False: nothing was counted (no rooms, no support, no fair days, no members)


def cell_text(cell: Cell, locale: QLocale | None = None) -> str:
    """A cell as the screen and the PDF show it: "3 900,00 €", "6,5", "24,2 %", "05.03.2026"."""
    chosen = locale or current_locale()
    if cell is None:
        return ""
    if isinstance(cell, Money):
        return format_cents(cell.cents, chosen)
    if isinstance(cell, Hours):
        return number_text(cell.hours, 1, chosen)
    if isinstance(cell, Percent):
        return "—" if cell.value is None else f"{number_text(cell.value, 1, chosen)} %"
    if isinstance(cell, dt.date):
        return cell.strftime("%d.%m.%Y")
    if isinstance(cell, int):
        return number_text(cell, 0, chosen)
    return cell


def number_text(value: float, decimals: int, locale: QLocale | None = None) -> str:
    """1 234,5 in Latvian: thousands grouped from four digits, like amounts (money.format_cents)."""
    chosen = locale or current_locale()
    text = chosen.toString(float(value), "f", decimals) if decimals else chosen.toString(int(value))
    whole = str(abs(int(value)))
    if len(whole) == 4 and text.lstrip("-").startswith(whole):
        text = text.replace(whole, f"{whole[0]}{chosen.groupSeparator()}{whole[1:]}", 1)
    return text


def cell_number(cell: Cell) -> float:
    """The number a chart draws for a cell (euros for amounts, hours for minutes)."""
    if isinstance(cell, Money):
        return cell.cents / 100
    if isinstance(cell, Hours):
        return cell.hours
    if isinstance(cell, Percent):
        return cell.value or 0.0
    if isinstance(cell, int):
        return float(cell)
    return 0.0


def month_label(month: dt.date, months: Sequence[dt.date]) -> str:
    """"Novembris" when all the report's months lie in one year (its period names the year), else
    "2026. gada novembris": a chart's axis has no room to repeat the year twelve times."""
    if len({each.year for each in months}) == 1:
        return sentence_case(month_alone(month))
    return month_name(month)


def word(value: FairKind | VendorCategory) -> str:
    return label(value)


def filter_text(report_filter: ReportFilter, site_name: str | None) -> str:
    """"Periods 01.01.2026–31.12.2026 · filiāle: … · organizāciju veids: …" for the subtitle."""
    parts = [translate("Reports", "Period {period}").format(period=report_filter.period.text())]
    parts.append(translate("Reports", "site: {site}").format(site=site_name) if site_name else translate("Reports", "all sites"))
    if report_filter.kind is not None:
        parts.append(translate("Reports", "organisations: {kind}").format(kind=organisation_label(report_filter.kind)))
    else:
        parts.append(translate("Reports", "all kinds of organisations"))
    return " · ".join(parts)


# --- room use ----------------------------------------------------------------------------------

def _use_row(line: UseLine, index: int | None = None) -> tuple[Cell, ...]:
    if index is None:
        return (Hours(line.open_total), Hours(line.booked_total), Percent(line.occupancy))
    return (Hours(line.open_minutes[index]), Hours(line.booked_minutes[index]), Percent(line.month_occupancy(index)))


def room_use_view(report: RoomUse, site_name: str | None = None) -> ReportView:
    use_header = (translate("Reports", "Open hours"), translate("Reports", "Booked hours"), translate("Reports", "Occupancy"))
    total = report.total
    months = tuple((month_label(month, report.months), *_use_row(total, index))
                   for index, month in enumerate(report.months))
    per_month = Section(
        translate("Reports", "Occupancy per month"), (translate("Reports", "Month"), *use_header),
        (*months, (translate("Reports", "Total"), *_use_row(total))),
        Chart("bar", translate("Reports", "Occupancy per month, %"), 0, (3,), skip_last_row=True), has_total_row=True,
        sheet_name=translate("Reports", "Per month"))
    rooms = Section(
        translate("Reports", "Rooms"), (translate("Reports", "Site"), translate("Reports", "Room"), *use_header, translate("Reports", "Bookings")),
        tuple((line.site_name, line.name, *_use_row(line), line.bookings) for line in report.rooms),
        sheet_name=translate("Reports", "Rooms"))
    sites = Section(
        translate("Reports", "Sites per month"), (translate("Reports", "Site"), translate("Reports", "Month"), *use_header),
        tuple((line.name, month_label(month, report.months), *_use_row(line, index))
              for line in report.sites for index, month in enumerate(report.months)),
        sheet_name=translate("Reports", "Sites"))
    busiest = Section(
        translate("Reports", "Busiest rooms"), (translate("Reports", "Room"), translate("Reports", "Site"), translate("Reports", "Booked hours"), translate("Reports", "Bookings")),
        tuple((line.name, line.site_name, Hours(line.booked_total), line.bookings)
              for line in report.busiest_rooms[:BUSIEST_ROOMS]),
        Chart("bar", translate("Reports", "Booked hours of the busiest rooms"), 0, (2,)), sheet_name=translate("Reports", "Busiest rooms"))
    hours = _heat_hours(report)
    weekdays = [current_locale().standaloneDayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
    heat = Section(
        translate("Reports", "Booked hours by weekday and hour"), (translate("Reports", "Day"), *(f"{hour:02d}" for hour in hours)),
        tuple((weekdays[day], *(Hours(report.heat[day][hour]) for hour in hours)) for day in range(7)),
        Chart("heat", translate("Reports", "Booked hours by weekday and hour")), sheet_name=translate("Reports", "Weekday and hour"))
    cancellations = Section(
        translate("Reports", "Cancellations by reason"), (translate("Reports", "Reason"), translate("Reports", "Bookings"), translate("Reports", "Hours")),
        (*((reason.reason or translate("Reports", "(no reason given)"), reason.bookings, Hours(reason.minutes))
           for reason in report.cancellations),
         (translate("Reports", "Total"), report.cancelled_bookings, Hours(sum(reason.minutes for reason in report.cancellations)))),
        has_total_row=True, sheet_name=translate("Reports", "Cancellations"))
    notes = (translate("Reports", "Enquiries that never became bookings: {count} ({hours} h).").format(
        count=report.lapsed_enquiries, hours=cell_text(Hours(report.lapsed_enquiry_minutes))),
             translate("Reports", "Open hours are the rooms' opening hours on each day of the period; closures and public "
                "holidays are not subtracted. Booked hours count confirmed and provisional bookings."))
    return ReportView(translate("Reports", "Room use"), filter_text(report.report_filter, site_name),
                      (per_month, heat, rooms, sites, busiest, cancellations), notes, bool(report.rooms))


def _heat_hours(report: RoomUse) -> list[int]:
    """The hours from the earliest to the latest with any booking (08–21 when there is none)."""
    used = [hour for hour in range(24) if any(report.heat[day][hour] for day in range(7))]
    if not used:
        return list(range(8, 22))
    return list(range(min(used), max(used) + 1))


# --- support -----------------------------------------------------------------------------------

def _money_row(figures: SupportFigures) -> tuple[Cell, ...]:
    return (Money(figures.rooms_cents), Money(figures.fairs_cents), Money(figures.rent_cents),
            Money(figures.utilities_cents), Money(figures.total_cents))


def support_view(report: SupportReport, site_name: str | None = None) -> ReportView:
    forms = (translate("Reports", "Rooms"), translate("Reports", "Fair fees"), translate("Reports", "Pop-up rent"), translate("Reports", "Pop-up utilities"), translate("Reports", "Total"))
    per_month = Section(
        translate("Reports", "Support per month"), (translate("Reports", "Month"), *forms),
        (*((month_label(month, report.months), *_money_row(figures)) for month, figures in zip(report.months, report.per_month,
                                                                               strict=True)),
         (translate("Reports", "Total"), *_money_row(report.total))),
        Chart("bar", translate("Reports", "Support per month, €"), 0, (1, 2, 3, 4), skip_last_row=True), has_total_row=True,
        sheet_name=translate("Reports", "Per month"))
    kinds = Section(
        translate("Reports", "Support per kind of organisation"), (translate("Reports", "Kind"), translate("Reports", "Organisations"), *forms),
        (*((organisation_label(kind.kind), kind.organisations, *_money_row(kind.figures)) for kind in report.kinds),
         (translate("Reports", "Total"), len(report.organisations), *_money_row(report.total))),
        Chart("bar", translate("Reports", "Support per kind of organisation, €"), 0, (6,), skip_last_row=True), has_total_row=True,
        sheet_name=translate("Reports", "Per kind"))
    organisations = Section(
        translate("Reports", "Support per organisation"), (translate("Reports", "Organisation"), translate("Reports", "Kind"), *forms),
        tuple((line.name, organisation_label(line.kind), *_money_row(line.figures)) for line in report.organisations),
        sheet_name=translate("Reports", "Organisations"))
    by_month = Section(
        translate("Reports", "Support per organisation and month"),
        (translate("Reports", "Organisation"), *(month_label(month, report.months) for month in report.months), translate("Reports", "Total")),
        tuple((line.name, *(Money(cents) for cents in line.by_month), Money(line.figures.total_cents))
              for line in report.organisations),
        sheet_name=translate("Reports", "Organisations per month"), in_pdf=False)
    notes = [translate("Reports", "Rooms: the full value of each booking before reductions minus the price charged; a member's "
                "free use counts in full. Fair fees: the price list's fee for the stall minus the fee set. "
                "Pop-up: the rent and utility reductions of the monthly statements.")]
    if not report.includes_premises:
        notes.append(translate("Reports", "Pop-up premises belong to no site and are not included in a report for one site."))
    return ReportView(translate("Reports", "Support in kind"), filter_text(report.report_filter, site_name),
                      (per_month, kinds, organisations, by_month), tuple(notes), bool(report.organisations))


# --- fairs -------------------------------------------------------------------------------------

def fairs_view(report: FairsReport, site_name: str | None = None) -> ReportView:
    figures = ("stalls_offered", "stalls_taken", "accepted", "waitlisted", "due_cents", "paid_cents", "waived",
               "arrived", "no_show")
    names = (translate("Reports", "Stalls offered"), translate("Reports", "Stalls taken"), translate("Reports", "Vendors accepted"), translate("Reports", "Waitlist"), translate("Reports", "Fees due"),
             translate("Reports", "Fees paid"), translate("Reports", "Fees waived"), translate("Reports", "Arrived"), translate("Reports", "Did not come"))

    def cells(value_of) -> tuple[Cell, ...]:  # type: ignore[no-untyped-def]
        return tuple(Money(value_of(name)) if name.endswith("_cents") else value_of(name) for name in figures)

    days = Section(
        translate("Reports", "Fair days"), (translate("Reports", "Fair"), translate("Reports", "Day"), *names),
        (*((fair.name, day.day, *cells(lambda name, day=day: getattr(day, name)))
           for fair in report.fairs for day in fair.days),
         (translate("Reports", "Season"), None, *cells(report.total))),
        has_total_row=True, sheet_name=translate("Reports", "Fair days"))
    fairs = Section(
        translate("Reports", "Fairs"), (translate("Reports", "Fair"), translate("Reports", "Kind"), translate("Reports", "Days"), *names),
        (*((fair.name, word(fair.kind), len(fair.days), *cells(fair.total)) for fair in report.fairs),
         (translate("Reports", "Season"), None, report.fair_days, *cells(report.total))),
        Chart("bar", translate("Reports", "Stalls offered and taken"), 0, (3, 4), skip_last_row=True), has_total_row=True,
        sheet_name=translate("Reports", "Fairs"))
    categories = Section(
        translate("Reports", "Vendors by category"), (translate("Reports", "Category"), translate("Reports", "Vendors")),
        tuple((word(category), count) for category, count in report.categories),
        Chart("bar", translate("Reports", "Vendors by category"), 0, (1,)), sheet_name=translate("Reports", "Categories"))
    notes = (translate("Reports", "Fees due are the fees set for accepted vendors; waived fees are counted, their value is in "
                "the support report. Cancelled fair days are left out."),)
    return ReportView(translate("Reports", "Fairs and markets"), filter_text(report.report_filter, site_name),
                      (fairs, days, categories), notes, bool(report.fairs))


# --- membership --------------------------------------------------------------------------------

def membership_view(report: MembershipReport, site_name: str | None = None) -> ReportView:
    from ngo_desktop.services.reports.membership import limitations

    kinds = Section(
        translate("Reports", "Members by kind of organisation"),
        (translate("Reports", "Kind"), translate("Reports", "Members"), translate("Reports", "Lapsed"), translate("Reports", "Fees due"), translate("Reports", "Paid for {year}").format(year=report.year),
         translate("Reports", "Fees paid")),
        (*((organisation_label(kind.kind), kind.members, kind.lapsed, Money(kind.fees_due_cents), kind.paid,
            Money(kind.fees_paid_cents)) for kind in report.kinds),
         (translate("Reports", "Total"), report.members, sum(kind.lapsed for kind in report.kinds), Money(report.fees_due_cents),
          sum(kind.paid for kind in report.kinds), Money(report.fees_paid_cents))),
        Chart("bar", translate("Reports", "Members and members who paid"), 0, (1, 4), skip_last_row=True), has_total_row=True,
        sheet_name=translate("Reports", "Per kind"))
    years = Section(
        translate("Reports", "Last year paid for"), (translate("Reports", "Year"), translate("Reports", "Members")),
        tuple((str(year) if year is not None else translate("Reports", "never"), count) for year, count in report.last_paid_years),
        sheet_name=translate("Reports", "Last year paid"))
    unpaid = Section(
        translate("Reports", "Members who have not paid for {year}").format(year=report.year),
        (translate("Reports", "Organisation"), translate("Reports", "Kind"), translate("Reports", "Yearly fee"), translate("Reports", "Last year paid for"), translate("Reports", "Member since")),
        tuple((member.name, organisation_label(member.kind), Money(member.fee_cents),
               str(member.last_paid_year) if member.last_paid_year is not None else translate("Reports", "never"),
               member.member_since) for member in report.unpaid),
        sheet_name=translate("Reports", "Not paid"))
    notes = (translate("Reports", "New members in the period: {count}.").format(count=report.new_members), *limitations())
    return ReportView(translate("Reports", "Membership"), filter_text(report.report_filter, site_name), (kinds, years, unpaid),
                      notes, bool(report.kinds))


REPORTS = ("room-use", "support", "fairs", "membership")
REPORT_TITLES = {
    "room-use": QT_TRANSLATE_NOOP("Reports", "Room use"),
    "support": QT_TRANSLATE_NOOP("Reports", "Support in kind"),
    "fairs": QT_TRANSLATE_NOOP("Reports", "Fairs and markets"),
    "membership": QT_TRANSLATE_NOOP("Reports", "Membership"),
}


def build_view(database, name: str, report_filter: ReportFilter) -> ReportView:  # type: ignore[no-untyped-def]
    """Run report ``name`` (one of ``REPORTS``) and lay it out; the work of one button press."""
    site_name = _site_name(database, report_filter.site_id)
    if name == "room-use":
        from ngo_desktop.services.reports.room_use import room_use

        return room_use_view(room_use(database, report_filter), site_name)
    if name == "support":
        from ngo_desktop.services.reports.support import support_in_kind

        return support_view(support_in_kind(database, report_filter), site_name)
    if name == "fairs":
        from ngo_desktop.services.reports.fairs import fairs_report

        return fairs_view(fairs_report(database, report_filter), site_name)
    if name == "membership":
        from ngo_desktop.services.reports.membership import membership_report

        return membership_view(membership_report(database, report_filter), site_name)
    raise ValueError(f"unknown report {name!r}")


def _site_name(database, site_id: int | None) -> str | None:  # type: ignore[no-untyped-def]
    from ngo_desktop.errors import NotFound
    from ngo_desktop.models import Site

    if site_id is None:
        return None
    with database.read_session() as session:
        site = session.get(Site, site_id)
        if site is None:
            raise NotFound(translate("Reports", "Site no. {id} does not exist; choose one of the sites.").format(id=site_id))
        return site.name


def find_site(database, text: str) -> int:  # type: ignore[no-untyped-def]
    """The id of the site named ``text`` (or with that number); refused with the names to choose from."""
    from sqlalchemy import select

    from ngo_desktop.errors import NotFound
    from ngo_desktop.models import Site
    from ngo_desktop.sorting import sorted_latvian

    wanted = " ".join(text.split())
    with database.read_session() as session:
        # Named back in Latvian order when the site is not found (no database sorts them so).
        sites = sorted_latvian(session.execute(select(Site.id, Site.name).order_by(Site.id)).all(),
                               key=lambda row: row.name)
    for site_id, name in sites:
        if wanted.casefold() == name.casefold() or wanted == str(site_id):
            return site_id
    raise NotFound(translate("Reports", "There is no site {site}; give one of: {names}.").format(
        site=wanted, names=", ".join(name for _id, name in sites) or translate("Reports", "(no sites yet)")))
