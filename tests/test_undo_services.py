"""The service functions undo steps call: they set a value back, and refuse when another desk changed it.

Every "another desk" case opens a second ``Database`` on the same database (on PostgreSQL when
NGO_DESKTOP_TEST_POSTGRES_URL is set), as two front-desk computers would.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import replace

import pytest

from ngo_desktop.database.core import Database, open_database
from ngo_desktop.errors import ChangedElsewhere, DomainError
from ngo_desktop.models import ApplicationStatus, AuditAction, AuditEntry, LandmarkKind, PaymentStatus
from ngo_desktop.services.fairs import assignments, vendors
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.fairs import layouts as stall_layouts
from ngo_desktop.services.fairs.layouts import LandmarkSpec, LayoutPlan, StallSpec, footprint
from ngo_desktop.services.organisations.registry import get_organisation, set_archived
from tests.fairs_fixtures import apply_all, build_market

pytestmark = pytest.mark.usefixtures("english")  # the refusals' words are matched


@pytest.fixture
def other_desk(database: Database, tmp_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    desk = open_database(database.url, operator="otra", backup_dir=tmp_path / "other-backups")
    yield desk
    desk.dispose()


def test_a_drag_of_several_stalls_is_put_back_in_one_step(database, other_desk) -> None:
    market = build_market(database, stalls=3)
    one, two = market.stall_ids["1"], market.stall_ids["2"]
    before = {stall_id: stall_layouts.get_stall(database, stall_id).spec for stall_id in (one, two)}
    after = stall_layouts.put_stalls(database, {one: replace(before[one], x_m=20, y_m=10),
                                                two: replace(before[two], x_m=24, y_m=10)})
    stall_layouts.put_stalls(database, before, expected=after)
    assert {stall_id: stall_layouts.get_stall(database, stall_id).spec for stall_id in (one, two)} == before

    stall_layouts.put_stalls(database, after, expected=before)
    stall_layouts.update_stall(other_desk, two, replace(after[two], y_m=15))  # moved at another desk
    with pytest.raises(ChangedElsewhere, match="Stall 2"):
        stall_layouts.put_stalls(database, before, expected=after)
    # Nothing half done: stall 1 stays where the step found it.
    assert stall_layouts.get_stall(database, one).spec == after[one]


def test_a_removed_stall_comes_back_with_its_id_and_number(database, other_desk) -> None:
    market = build_market(database, stalls=2)
    stall_id = market.stall_ids["2"]
    spec = stall_layouts.get_stall(database, stall_id).spec
    stall_layouts.remove_stall(database, stall_id)
    assert [stall.number for stall in stall_layouts.load_layout(database, market.layout_id).stalls] == ["1"]
    assert stall_layouts.next_stall_number(database, market.layout_id) == "2"
    assert stall_layouts.restore_stall(database, stall_id, "2").spec == spec
    assert [stall.id for stall in stall_layouts.load_layout(database, market.layout_id).stalls][-1] == stall_id
    with database.read_session() as session:
        actions = [entry.action for entry in session.query(AuditEntry).filter_by(entity="stall", entity_id=stall_id)]
    assert actions[-2:] == [AuditAction.ARCHIVE, AuditAction.RESTORE]

    stall_layouts.remove_stall(database, stall_id)
    stall_layouts.add_stall(other_desk, layout_id=market.layout_id, spec=StallSpec(number="2", x_m=30))
    with pytest.raises(DomainError, match="number 2"):
        stall_layouts.restore_stall(database, stall_id, "2")
    as_added = stall_layouts.get_stall(database, market.stall_ids["1"]).spec
    stall_layouts.update_stall(other_desk, market.stall_ids["1"], replace(as_added, x_m=33))
    with pytest.raises(ChangedElsewhere):  # undo of adding stall 1, moved at another desk since
        stall_layouts.remove_stall(database, market.stall_ids["1"], expected=as_added)


def test_a_removed_label_comes_back_under_its_id(database, other_desk) -> None:
    market = build_market(database, stalls=1)
    [stage] = stall_layouts.load_layout(database, market.layout_id).landmarks
    stall_layouts.remove_landmark(database, stage.id, expected=stage.spec)
    assert stall_layouts.load_layout(database, market.layout_id).landmarks == ()
    stall_layouts.restore_landmark(database, stage.id, layout_id=market.layout_id, spec=stage.spec)
    assert stall_layouts.load_layout(database, market.layout_id).landmarks == (stage,)

    moved = stall_layouts.update_landmark(database, stage.id, replace(stage.spec, x_m=1), expected=stage.spec)
    stall_layouts.update_landmark(other_desk, stage.id, replace(moved, label="Lielā skatuve"))
    with pytest.raises(ChangedElsewhere, match="Lielā skatuve"):
        stall_layouts.update_landmark(database, stage.id, stage.spec, expected=moved)


def test_the_plan_size_is_set_back_unless_changed_elsewhere_or_too_small(database, other_desk) -> None:
    market = build_market(database, stalls=3)  # a 40 × 20 m plan, stalls up to x = 13 m, a stage to y = 17 m
    stall_layouts.resize_layout(database, market.layout_id, width_m=60, depth_m=25, expected=(40, 20))
    with pytest.raises(DomainError, match="beyond the edge"):
        stall_layouts.resize_layout(database, market.layout_id, width_m=12, depth_m=25)
    stall_layouts.resize_layout(other_desk, market.layout_id, width_m=70, depth_m=25)
    with pytest.raises(ChangedElsewhere):
        stall_layouts.resize_layout(database, market.layout_id, width_m=40, depth_m=20, expected=(60, 25))
    plan = stall_layouts.load_layout(database, market.layout_id)
    assert (plan.width_m, plan.depth_m) == (70, 25)


def test_a_new_plan_takes_the_size_of_the_last_plan_at_the_same_place(database) -> None:
    market = build_market(database, stalls=1)  # at "Tirgus laukums, Alūksne", 40 × 20 m
    next_year = fairs.create_fair(database, fairs.FairDetails(
        name="Rudens tirdziņš", address="Tirgus laukums, Alūksne", days=(dt.date(2027, 10, 2),)))
    elsewhere = fairs.create_fair(database, fairs.FairDetails(name="Ziemas tirdziņš", address="Pils iela 1",
                                                              days=(dt.date(2027, 12, 18),)))
    assert stall_layouts.plan_size_for(database, next_year) == (40, 20)
    assert stall_layouts.plan_size_for(database, elsewhere) is None
    assert stall_layouts.plan_size_for(database, market.fair_id) is None  # its own plan is not "another"


def _boxes(plan: LayoutPlan) -> list[tuple[float, float, float, float]]:
    return [footprint(s.spec.x_m, s.spec.y_m, s.spec.width_m, s.spec.depth_m, s.spec.rotation_deg)
            for s in plan.stalls] + [footprint(m.spec.x_m, m.spec.y_m, m.spec.width_m, m.spec.depth_m,
                                               m.spec.rotation_deg) for m in plan.landmarks]


def _overlapping(boxes: list[tuple[float, float, float, float]]) -> list[tuple[int, int]]:
    return [(i, j) for i, a in enumerate(boxes) for j, b in enumerate(boxes)
            if i < j and a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]


def test_new_stalls_go_next_to_the_last_one_and_wrap_without_overlapping(database) -> None:
    layout_id = stall_layouts.create_layout(database, name="Laukums", width_m=12, depth_m=9)
    stall_layouts.add_landmark(database, layout_id=layout_id, spec=LandmarkSpec(
        kind=LandmarkKind.STAGE, x_m=3, y_m=3, width_m=4, depth_m=2))
    placed = [stall_layouts.add_next_stall(database, layout_id=layout_id) for _ in range(8)]
    assert [(stall.spec.x_m, stall.spec.y_m) for stall in placed] == [
        (0, 0), (3, 0), (6, 0), (9, 0),   # the first row, side by side
        (0, 3), (7, 3),                   # the stage in the way in the second row
        (0, 6), (3, 6)]
    plan = stall_layouts.load_layout(database, layout_id)
    assert _overlapping(_boxes(plan)) == []
    while True:
        try:
            stall_layouts.add_next_stall(database, layout_id=layout_id)
        except DomainError as error:
            assert "no free 3 × 3 m place" in str(error)
            break
    plan = stall_layouts.load_layout(database, layout_id)
    assert _overlapping(_boxes(plan)) == []
    assert all(box[2] <= 12 and box[3] <= 9 for box in _boxes(plan))


def test_placement_never_overlaps_on_a_crowded_random_plan(database) -> None:
    generator = random.Random(14)
    layout_id = stall_layouts.create_layout(database, name="Pils parks", width_m=30, depth_m=20)
    for number in range(12):
        stall_layouts.add_stall(database, layout_id=layout_id, spec=StallSpec(
            number=f"{number + 100}", x_m=generator.choice(range(0, 28)), y_m=generator.choice(range(0, 18)),
            width_m=generator.choice((2, 3, 4)), depth_m=2, rotation_deg=generator.choice((0, 90))))
    before = _overlapping(_boxes(stall_layouts.load_layout(database, layout_id)))  # drawn by hand: may overlap
    added = set()
    for _ in range(15):
        try:
            added.add(stall_layouts.add_next_stall(database, layout_id=layout_id).id)
        except DomainError:
            break
    plan = stall_layouts.load_layout(database, layout_id)
    new = [index for index, stall in enumerate(plan.stalls) if stall.id in added]
    assert len(new) >= 10
    assert {pair for pair in _overlapping(_boxes(plan)) if pair[0] in new or pair[1] in new} == set()
    assert len(_overlapping(_boxes(plan))) == len(before)


def test_a_status_change_is_set_back_with_the_waitlist_and_the_stall(database, other_desk) -> None:
    market = build_market(database, stalls=1)
    days = apply_all(database, market)
    first, second = (days[organisation_id][0] for organisation_id in market.organisation_ids[:2])
    vendors.accept(database, [first, second])  # one stall: the second waits
    assignments.assign(database, application_day_id=first, stall_id=market.stall_ids["1"])
    vendors.mark_paid(database, first, paid_on=fairs.list_days(database, market.fair_id)[0].day)

    offer, change = vendors.with_state_change(database, [first], lambda db: vendors.cancel(db, first))
    assert offer is not None and set(change.after) == {first, second}
    vendors.restore_day_states(database, change.before, expected=change.after)
    row = vendors.get_application_day(database, first)
    assert (row.status, row.stall_id, row.payment_status) == (
        ApplicationStatus.ACCEPTED, market.stall_ids["1"], PaymentStatus.PAID)
    assert not vendors.get_application_day(database, second).offered
    vendors.restore_day_states(database, change.after, expected=change.before)  # redo
    assert vendors.get_application_day(database, first).status == ApplicationStatus.CANCELLED

    vendors.confirm_move_up(other_desk, second)  # another desk gives the place away meanwhile
    with pytest.raises(ChangedElsewhere):
        vendors.restore_day_states(database, change.before, expected=change.after)
    assert vendors.get_application_day(database, second).status == ApplicationStatus.ACCEPTED


def test_archiving_refuses_to_go_back_after_a_change_at_another_desk(database, other_desk) -> None:
    from tests.bookings_fixtures import add_organisation

    organisation_id = add_organisation(database, "Biedrība „Ābele”")
    version = set_archived(database, organisation_id, True)
    version = set_archived(database, organisation_id, False, expected_version=version)
    assert not get_organisation(database, organisation_id).archived
    set_archived(other_desk, organisation_id, True)
    with pytest.raises(ChangedElsewhere):
        set_archived(database, organisation_id, True, expected_version=version)
