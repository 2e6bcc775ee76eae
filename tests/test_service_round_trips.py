"""Reads the sections make while they load ask a server across town few questions (issue #11).

The Documents section's pickers were four reads, and its fair picker read each fair's days on their own (a
statement per fair: a second for the demo's 25 fairs, while the first clicks waited behind it); the premises'
statements read the terms and then their payments. Counted here on the real database (tests/
round_trips.py), on both databases; the tests fail if the counts grow back.
"""

from __future__ import annotations

import datetime as dt

from ngo_desktop.models import FairDay, FairKind
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.premises.statements import statements_for_month
from ngo_desktop.services.printing.choices import document_choices
from tests.fairs_fixtures import SATURDAYS, add_site, build_market
from tests.premises_fixtures import salon  # noqa: F401 - a fixture
from tests.round_trips import round_trips

# SQLite: BEGIN, the statements, ROLLBACK; PostgreSQL: a read has no BEGIN and ROLLBACK, and the
# premises' two statements go together (database/together.py).
# The Documents section's pickers: coming bookings, rooms, sites, fairs with their days.
CHOICES_ROUND_TRIPS = {"sqlite": 6, "postgresql": 1}
# The organisations list opening: the count, the page, its fields and its main contacts.
LIST_ROUND_TRIPS = {"sqlite": 6, "postgresql": 1}
SEARCH_ROUND_TRIPS = {"sqlite": 5, "postgresql": 2}
OVERVIEW_ROUND_TRIPS = {"sqlite": 4, "postgresql": 1}
# The register of printed documents: its first page, not counted again when it is not full.
REGISTER_ROUND_TRIPS = {"sqlite": 3, "postgresql": 1}
# The fair with its days and its site's name, then its partners.
FAIR_ROUND_TRIPS = {"sqlite": 4, "postgresql": 2}
STATEMENTS_ROUND_TRIPS = {"sqlite": 4, "postgresql": 1}


def test_the_document_pickers_read_every_fair_with_its_days_in_one_statement(database) -> None:
    market = build_market(database)
    site_id = add_site(database)
    later = fairs.create_fair(database, fairs.FairDetails(
        name="Rudens tirdziņš", kind=FairKind.SEASONAL_MARKET, address="Tirgus laukums, Alūksne",
        days=(dt.date(2026, 9, 12), dt.date(2026, 9, 5))))
    without_days = fairs.create_fair(database, fairs.FairDetails(
        name="Ziemas tirdziņš", kind=FairKind.SEASONAL_MARKET, address="Tirgus laukums, Alūksne",
        days=(dt.date(2026, 12, 19),)))
    with database.unit_of_work() as session:  # its only day called off
        session.get(FairDay, fairs.list_days(database, without_days)[0].id).cancelled = True
    with round_trips(database) as sent:
        choices = document_choices(database, around=dt.date(2026, 6, 1))
    assert len(sent) <= CHOICES_ROUND_TRIPS[database.engine.dialect.name], sent
    assert choices.sites == [(site_id, "Alūksnes NVO centrs")] and choices.rooms == choices.bookings == []
    assert choices.fairs == [  # newest first, each fair's days in order, cancelled days left out
        (without_days, "Ziemas tirdziņš", ()),
        (later, "Rudens tirdziņš", (dt.date(2026, 9, 5), dt.date(2026, 9, 12))),
        (market.fair_id, "Alūksnes vasaras tirdziņš", SATURDAYS),
    ]


def test_a_month_of_statements_reads_terms_and_payments_together(database, salon) -> None:  # noqa: F811
    with round_trips(database) as sent:
        lines = statements_for_month(database, month=dt.date(2026, 2, 1))
    assert len(sent) <= STATEMENTS_ROUND_TRIPS[database.engine.dialect.name], sent
    assert len(lines) == 2 and all(line.due_cents > 0 for line in lines)


def test_a_fair_is_read_with_its_days_site_and_partners_in_two_statements(database) -> None:
    market = build_market(database)
    site_id = add_site(database)
    record = fairs.get_fair(database, market.fair_id)
    fairs.update_fair(database, market.fair_id, fairs.FairDetails(**{
        **record.details.__dict__, "site_id": site_id, "partner_ids": tuple(market.organisation_ids[:2])}),
        version=record.version)
    with round_trips(database) as sent:
        record = fairs.get_fair(database, market.fair_id)
    assert len(sent) <= FAIR_ROUND_TRIPS[database.engine.dialect.name], sent
    assert record.place == "Alūksnes NVO centrs" and len(record.partner_names) == 2
    assert [day.day for day in record.days] == list(SATURDAYS) == list(record.details.days)


def test_the_organisations_list_opens_in_one_round_trip_to_a_server(database) -> None:
    from ngo_desktop.services.organisations.listing import (
        Column,
        ListFilter,
        ListOrder,
        count_rows,
        fetch_page,
        fetch_rows,
    )
    from ngo_desktop.services.organisations.registry import (
        ContactData,
        OrganisationData,
        count_organisations,
        create_organisation,
        list_fields,
        registry_overview,
    )

    for number, name in enumerate(("Biedrība „Sudrabs”", "Nodibinājums „Ābele”", "Klubs „Ozols”", "Biedrība „Zīle”")):
        create_organisation(database, OrganisationData(
            name=name, fields=("Kultūra", "Jaunatne")[: number % 3],
            contacts=(ContactData(name="Anna Bērziņa", phone="29111222"),) if number % 2 else ()))
    backend = database.engine.dialect.name
    with round_trips(database) as sent:  # the section first asks whether the registry is empty, and its fields
        overview = registry_overview(database)
    assert len(sent) <= OVERVIEW_ROUND_TRIPS[backend], sent
    assert overview == (count_organisations(database), list_fields(database)) and overview[0] == 4
    assert [field.name for field in overview[1]] == ["Jaunatne", "Kultūra"]
    for column in (Column.NAME, Column.MAIN_CONTACT):
        for descending in (False, True):
            order = ListOrder(column, descending)
            with round_trips(database) as sent:
                total, rows = fetch_page(database, ListFilter(), order, limit=3)
            assert (total, rows) == (count_rows(database, ListFilter()), fetch_rows(database, ListFilter(), order, limit=3))
            assert total == 4 and len(rows) == 3
            if column is Column.NAME:  # the count, the page, its fields and main contacts, sent together
                assert len(sent) <= LIST_ROUND_TRIPS[backend], sent
    with round_trips(database) as sent:  # a search: the page with its count, then its fields and contacts
        total, rows = fetch_page(database, ListFilter(search="biedrība"), ListOrder(Column.NAME), limit=3)
    assert len(sent) <= SEARCH_ROUND_TRIPS[backend], sent
    assert total == len(rows) == 2 and {row.name for row in rows} == {"Biedrība „Sudrabs”", "Biedrība „Zīle”"}
    assert {row.main_contact for row in fetch_page(database, ListFilter(), ListOrder(Column.NAME), limit=4)[1]} \
        == {"", "Anna Bērziņa"}


def test_the_register_of_printed_documents_is_not_counted_again_when_its_page_is_short(database) -> None:
    from ngo_desktop.models import PrintedDocument
    from ngo_desktop.services.printing.register import count_printed, first_page_of_printed, list_printed

    with database.unit_of_work() as session:
        session.add_all(PrintedDocument(kind="directory", title=f"Katalogs {number}", operator="Anna")
                        for number in range(3))
    backend = database.engine.dialect.name
    with round_trips(database) as sent:
        short = first_page_of_printed(database, limit=5)
    assert len(sent) <= REGISTER_ROUND_TRIPS[backend], sent  # the page alone
    assert short == (3, list_printed(database, limit=5)) and short[1][0].title == "Katalogs 2"
    with round_trips(database) as sent:
        full = first_page_of_printed(database, limit=2)
    assert len(sent) <= REGISTER_ROUND_TRIPS[backend] + 1, sent  # a full page is counted
    assert full == (count_printed(database), list_printed(database, limit=2)) and full[0] == 3
