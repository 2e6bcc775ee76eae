"""Opening a fair's stall plan and its vendors tab asks the database few questions: on a server across
town each statement and each transaction is a round trip (40 ms behind the bench's proxy), so they
are counted here on the real database and the test fails if they grow back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from ngo_desktop.database.core import Database
from ngo_desktop.services.fairs import vendors
from ngo_desktop.views.fairs.section import FairsSection
from tests.fairs_fixtures import apply_all, build_market

# What one opening may cost at most (measured: the plan 5 statements in 1 transaction, the vendors
# 2 in 1; before, the plan took 9 in 5 here, 10 with a site, and the vendors 3 in 3).
PLAN_STATEMENTS, PLAN_TRANSACTIONS = 5, 1
VENDORS_STATEMENTS, VENDORS_TRANSACTIONS = 2, 1


class Questions:
    """Statements and transactions seen on the database's engines while counting."""

    def __init__(self) -> None:
        self.statements: list[str] = []
        self.transactions = 0

    def statement(self, _connection, _cursor, statement: str, *_rest) -> None:  # type: ignore[no-untyped-def]
        # SQLite's own BEGIN (sent by the database module to start its transactions) is counted as
        # the transaction it starts, not twice.
        if statement.strip().upper() not in ("BEGIN", "BEGIN IMMEDIATE"):
            self.statements.append(statement.split("\n")[0])

    def began(self, _connection) -> None:  # type: ignore[no-untyped-def]
        self.transactions += 1


@contextmanager
def counted(database: Database) -> Iterator[Questions]:
    questions = Questions()
    engines = {id(engine): engine for engine in (database.engine, database.write_engine)}.values()
    for engine in engines:
        event.listen(engine, "before_cursor_execute", questions.statement)
        event.listen(engine, "begin", questions.began)
    try:
        yield questions
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", questions.statement)
            event.remove(engine, "begin", questions.began)


def test_opening_the_plan_and_the_vendors_takes_few_round_trips(qtbot, database, english,
                                                                 wait_for_operations) -> None:
    market = build_market(database, stalls=4)
    days = apply_all(database, market)
    vendors.accept(database, [days[organisation][0] for organisation in market.organisation_ids])
    section = FairsSection(database)
    qtbot.addWidget(section)
    section.resize(1280, 800)
    section.show()
    wait_for_operations()

    with counted(database) as plan:
        section.tabs.setCurrentWidget(section.plan_page)
        wait_for_operations()
    # What was read is shown: every stall, the stage and the accepted vendors of the first day.
    assert sorted(item.spec.number for item in section.plan_page.scene.stall_items.values()) == ["1", "2", "3", "4"]
    assert [item.text() for item in section.plan_page.scene.landmark_items.values()] == ["Skatuve"]
    assert section.plan_page.current_day_id() is not None
    assert section.plan_page.vendors.rowCount() > 0
    assert len(plan.statements) <= PLAN_STATEMENTS, plan.statements
    assert plan.transactions <= PLAN_TRANSACTIONS

    with counted(database) as listed:
        section.tabs.setCurrentWidget(section.vendors_page)
        wait_for_operations()
    page = section.vendors_page
    assert page.model.rowCount() == page.model.total > 0
    assert page.day_filter.count() == section.plan_page.day_combo.count() + 1  # "Every day" and each day
    assert len(listed.statements) <= VENDORS_STATEMENTS, listed.statements
    assert listed.transactions <= VENDORS_TRANSACTIONS
