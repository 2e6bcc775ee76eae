"""Reads sent together (database/together.py) answer exactly what one-by-one reads answer.

On PostgreSQL the statements run in psycopg's pipeline, outside SQLAlchemy's own execution, so each
value's conversion is redone there: enums, UTC times, floats and decimals, ``IN`` lists, LIMIT and
OFFSET. Compared here with SQLAlchemy's answers on the same real database, on both databases.
"""

from __future__ import annotations

from sqlalchemy import select

from ngo_desktop.database.together import read_together
from ngo_desktop.models import ApplicationStatus, AuditEntry, Booking
from ngo_desktop.services.fairs import vendors
from ngo_desktop.services.fairs.assignments import accepted_on, read_fair_plan
from ngo_desktop.services.fairs.layouts import plan_statements
from ngo_desktop.services.organisations.registry import OrganisationData, create_organisation
from tests.fairs_fixtures import apply_all, build_market
from tests.organisations_fixtures import add_booking
from tests.round_trips import round_trips


def test_reads_sent_together_answer_as_reads_one_by_one(database) -> None:
    market = build_market(database, stalls=4)
    days = apply_all(database, market)
    vendors.accept(database, [days[organisation][0] for organisation in market.organisation_ids])
    organisation_id = create_organisation(database, OrganisationData(name="Biedrība „Sudrabs”")).id
    add_booking(database, organisation_id)
    statements = (
        *plan_statements(market.layout_id),
        vendors.page_statement(vendors.ApplicationFilter(
            fair_id=market.fair_id, statuses=(ApplicationStatus.ACCEPTED, ApplicationStatus.APPLIED)), 1, 3),
        select(Booking.id, Booking.starts_at, Booking.status, Booking.price_cents),
        select(AuditEntry.id, AuditEntry.at, AuditEntry.action).order_by(AuditEntry.id),
        select(Booking.id).where(Booking.id < 0),
    )
    with database.read_session() as session:
        one_by_one = [[tuple(row) for row in session.execute(statement)] for statement in statements]
    with database.read_session() as session, round_trips(database) as sent:
        together = read_together(session, statements)
    assert [[tuple(row) for row in rows] for rows in together] == one_by_one
    assert all(one_by_one[:-1]) and one_by_one[-1] == []
    stall, page_row, booking = together[0][0], together[2][0], together[3][0]
    assert isinstance(stall.x_m, float) and isinstance(page_row[9], ApplicationStatus)
    assert booking.starts_at.tzinfo is not None and booking.status.value == "confirmed"
    if not database.is_sqlite:
        assert len(sent) == 1, sent  # one round trip for all six
    # Reads written with the tables alone pass a connection instead of a session: the same answers.
    with round_trips(database) as sent, database.read_connection() as connection:
        on_a_connection = read_together(connection, statements)
    assert [[tuple(row) for row in rows] for rows in on_a_connection] == one_by_one
    if not database.is_sqlite:
        assert len(sent) == 1, sent

    plan = read_fair_plan(database, market.fair_id)
    assert plan.vendors is not None and plan.vendors[0] == accepted_on(market.fair_id, market.day_ids[0])
    assert plan.vendors[1][0] == len(plan.vendors[1][1]) > 0 and len(plan.occupancy) == 0
