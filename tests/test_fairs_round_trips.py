"""Opening a fair's stall plan and its vendors tab asks the database few questions: on a server across
town each statement and each transaction is a round trip (40 ms behind the bench's proxy), so they
are counted here on the real database and the test fails if they grow back."""

from __future__ import annotations

from ngo_desktop.services.fairs import vendors
from ngo_desktop.views.fairs.section import FairsSection
from tests.fairs_fixtures import apply_all, build_market
from tests.round_trips import round_trips

# What one opening may cost at most (tests/round_trips.py counts them). The plan: the fair with its
# days, the stalls, the landmarks, who stands where and the day's vendors; on SQLite one statement
# each between BEGIN and ROLLBACK, on PostgreSQL the fair first and the four others sent together
# (database/together.py; a read has no BEGIN there). Before: 9 statements in 5 transactions, 10 with
# a site. The vendors: the fair's days and the first page (before: 3 statements in 3 transactions).
PLAN_ROUND_TRIPS = {"sqlite": 7, "postgresql": 2}
VENDORS_ROUND_TRIPS = {"sqlite": 4, "postgresql": 2}


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

    backend = database.engine.dialect.name
    with round_trips(database) as plan:
        section.tabs.setCurrentWidget(section.plan_page)
        wait_for_operations()
    # What was read is shown: every stall, the stage and the accepted vendors of the first day.
    assert sorted(item.spec.number for item in section.plan_page.scene.stall_items.values()) == ["1", "2", "3", "4"]
    assert [item.text() for item in section.plan_page.scene.landmark_items.values()] == ["Skatuve"]
    assert section.plan_page.current_day_id() is not None
    assert section.plan_page.vendors.rowCount() > 0
    assert len(plan) <= PLAN_ROUND_TRIPS[backend], plan

    with round_trips(database) as listed:
        section.tabs.setCurrentWidget(section.vendors_page)
        wait_for_operations()
    page = section.vendors_page
    assert page.model.rowCount() == page.model.total > 0
    assert page.day_filter.count() == section.plan_page.day_combo.count() + 1  # "Every day" and each day
    assert len(listed) <= VENDORS_ROUND_TRIPS[backend], listed
