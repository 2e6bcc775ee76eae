"""The small lists a person reads come back in Latvian order on both databases.

Neither database sorts names the Latvian way by itself: SQLite compares bytes (every Ā, Č, Š, Ž
after Z), PostgreSQL follows the server's collation (Č beside C). The names below are created
out of order, so a list sorted by the database instead of ``sorting.sort_key`` fails here.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from ngo_desktop.errors import NotFound
from ngo_desktop.services import audit_log
from ngo_desktop.services.bookings.free_rooms import find_free_rooms
from ngo_desktop.services.bookings.rooms import RoomInput, SiteInput, create_room, create_site
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.fairs import layouts as stall_layouts
from ngo_desktop.services.fairs import vendors as fairs_vendors
from ngo_desktop.services.premises.exporting import tenancy_table
from ngo_desktop.services.premises.registry import (
    PremisesInput,
    TenancyInput,
    count_premises,
    create_premises,
    create_tenancy,
    list_premises,
)
from ngo_desktop.services.premises.reminders import terms_ending_soon
from ngo_desktop.services.printing.common import DocumentRequest
from ngo_desktop.services.printing.register import make_document
from ngo_desktop.services.reports.presentation import find_site
from tests.fairs_fixtures import SATURDAYS, apply_all, build_market
from tests.premises_fixtures import add_organisation

# Created in this order (neither Latvian nor byte order, nor reversed).
NAMES = ("Zāle", "Čiekurs", "Šķūnis", "Ābeļu iela 3", "Žagatas", "Cirks", "Sēta", "Avots")
# Ā right after A, Č after C, Š after S, Ž after Z.
LATVIAN = ["Ābeļu iela 3", "Avots", "Cirks", "Čiekurs", "Sēta", "Šķūnis", "Zāle", "Žagatas"]
TODAY = dt.date(2026, 3, 2)


def _add_premises(database, names=NAMES) -> dict[str, int]:  # type: ignore[no-untyped-def]
    # Every other premises on Pils iela, for a search that keeps half of them.
    return {name: create_premises(database, data=PremisesInput(
        name=name, address=f"{'Pils' if index % 2 else 'Tirgus'} iela {index + 1}, Alūksne"))
        for index, name in enumerate(names)}


def test_the_premises_list_is_in_latvian_order(database) -> None:
    _add_premises(database)
    assert [row.name for row in list_premises(database, today=TODAY)] == LATVIAN


def test_the_premises_list_pages_continue_in_latvian_order(database) -> None:
    _add_premises(database)
    pages = [[row.name for row in list_premises(database, today=TODAY, offset=offset, limit=3)]
             for offset in (0, 3, 6, 9)]
    assert pages == [LATVIAN[:3], LATVIAN[3:6], LATVIAN[6:], []]
    assert count_premises(database) == len(LATVIAN)


def test_a_searched_premises_list_pages_in_latvian_order(database) -> None:
    _add_premises(database)
    on_pils_iela = [name for name in LATVIAN if NAMES.index(name) % 2]  # Čiekurs, Ābeļu iela 3, Cirks, Avots
    assert on_pils_iela == ["Ābeļu iela 3", "Avots", "Cirks", "Čiekurs"]
    first = list_premises(database, today=TODAY, search="pils", offset=0, limit=2)
    second = list_premises(database, today=TODAY, search="pils", offset=2, limit=2)
    assert [row.name for row in first + second] == on_pils_iela
    assert count_premises(database, search="pils") == 4


def _tenancies_ending_together(database) -> None:  # type: ignore[no-untyped-def]
    premises = _add_premises(database)
    tenant = add_organisation(database, "Ērikas nagu studija")
    for name in NAMES:
        create_tenancy(database, data=TenancyInput(
            premises_id=premises[name], organisation_id=tenant, starts_on=dt.date(2026, 2, 1),
            ends_on=dt.date(2026, 3, 20)))


def test_the_tenancy_export_lists_premises_in_latvian_order(database) -> None:
    _tenancies_ending_together(database)
    _header, rows = tenancy_table(database)
    assert [row[0] for row in rows] == LATVIAN


def test_terms_ending_on_one_day_list_premises_in_latvian_order(database) -> None:
    _tenancies_ending_together(database)
    assert [term.premises_name for term in terms_ending_soon(database, today=TODAY)] == LATVIAN


def test_the_fairs_sites_are_in_latvian_order(database) -> None:
    for name in NAMES:
        create_site(database, SiteInput(name=name))
    assert [name for _id, name in fairs.list_sites(database)] == LATVIAN


def test_the_audit_logs_rooms_are_in_latvian_order(database) -> None:
    site = create_site(database, SiteInput(name="Pils iela 14"))
    for name in NAMES:
        create_room(database, RoomInput(site_id=site.id, name=name))
    assert [name for _id, name in audit_log.rooms(database)] == LATVIAN


def test_free_rooms_of_one_size_are_in_latvian_order(database) -> None:
    site = create_site(database, SiteInput(name="Pils iela 14"))
    for name in NAMES:
        create_room(database, RoomInput(site_id=site.id, name=name, capacity=10))
    create_room(database, RoomInput(site_id=site.id, name="Aktu zāle", capacity=80))
    found = find_free_rooms(database, day=dt.date(2030, 6, 5), starts=dt.time(10), ends=dt.time(11),
                            attendees=5, now=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    assert [free.room.name for free in found] == [*LATVIAN, "Aktu zāle"]


def test_stall_layouts_are_in_latvian_order(database) -> None:
    for name in NAMES:
        stall_layouts.create_layout(database, name=name)
    assert [name for _id, name in stall_layouts.list_layouts(database)] == LATVIAN


def test_the_reports_name_the_sites_in_latvian_order_when_one_is_not_found(database, english) -> None:
    for name in NAMES:
        create_site(database, SiteInput(name=name))
    with pytest.raises(NotFound) as refused:
        find_site(database, "Nav tādas")
    assert ", ".join(LATVIAN) in str(refused.value)


def test_fairs_of_one_first_day_are_in_latvian_order(database) -> None:
    for name in NAMES:
        fairs.create_fair(database, fairs.FairDetails(name=name, address="Tirgus laukums",
                                                      days=(dt.date(2026, 6, 6),)))
    fairs.create_fair(database, fairs.FairDetails(name="Vēlāks tirgus", address="Tirgus laukums",
                                                  days=(dt.date(2026, 7, 4),)))
    assert [fair.name for fair in fairs.list_fairs(database)] == ["Vēlāks tirgus", *LATVIAN]


def test_the_check_in_sheet_lists_vendors_without_a_stall_in_latvian_order(database) -> None:
    market = build_market(database, stalls=6)
    applications = apply_all(database, market)
    fairs_vendors.accept(database, [days[0] for days in applications.values()])
    sheet = make_document(database, DocumentRequest("check-in", fair_id=market.fair_id, day=SATURDAYS[0]))
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(sheet.pdf)).pages).split())
    # Organisations sort without their legal form: „Ābeļzieds” under A, „Šūpulis” under Š.
    order = ["Ābeļzieds", "Alūksnes invalīdu", "Čiekurs", "Pensionāru biedrība", "Šūpulis"]
    assert all(name in text for name in order)
    assert sorted(order, key=text.index) == order
