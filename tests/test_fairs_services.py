"""Fairs, layouts, vendors and stall assignments against a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from ngo_desktop.errors import ChangedElsewhere, DomainError, ValidationFailed
from ngo_desktop.models import (
    ApplicationStatus,
    AuditEntry,
    CheckIn,
    FairKind,
    PaymentStatus,
    StallAssignment,
)
from ngo_desktop.services.fairs import assignments as stall_assignments
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.fairs import layouts as stall_layouts
from ngo_desktop.services.fairs import vendors
from ngo_desktop.services.fairs.layouts import StallSpec
from tests.fairs_fixtures import apply_all, build_market


def test_weekly_repeat_makes_every_saturday_from_may_to_september() -> None:
    rule = fairs.RepeatChoice(dt.date(2026, 5, 1), dt.date(2026, 9, 30), (5,)).rule_text()
    days = fairs.expand_repeat(rule)
    assert days[0] == dt.date(2026, 5, 2) and days[-1] == dt.date(2026, 9, 26)
    assert len(days) == 22 and all(day.weekday() == 5 for day in days)


def test_fair_without_name_or_place_is_refused_and_nothing_saved(database, english) -> None:
    with pytest.raises(ValidationFailed) as refusal:
        fairs.create_fair(database, fairs.FairDetails(name=" ", days=(dt.date(2026, 6, 6),)))
    assert set(refusal.value.problems) == {"name", "address"}
    assert fairs.list_fairs(database) == []


def test_fair_days_removed_later_are_cancelled_when_vendors_applied(database) -> None:
    market = build_market(database)
    apply_all(database, market)
    record = fairs.get_fair(database, market.fair_id)
    details = record.details
    fairs.update_fair(database, market.fair_id, fairs.FairDetails(**{
        **details.__dict__, "days": (details.days[0], dt.date(2026, 6, 20))}), version=record.version)
    all_days = {day.day: day.cancelled for day in fairs.get_fair(database, market.fair_id).days}
    assert all_days == {dt.date(2026, 6, 6): False, dt.date(2026, 6, 13): True, dt.date(2026, 6, 20): False}
    with pytest.raises(ChangedElsewhere):
        fairs.update_fair(database, market.fair_id, details, version=record.version)


def test_programme_and_partners_are_kept(database) -> None:
    market = build_market(database)
    record = fairs.get_fair(database, market.fair_id)
    fairs.update_fair(database, market.fair_id, fairs.FairDetails(**{
        **record.details.__dict__, "partner_ids": (market.organisation_ids[0],),
        "kind": FairKind.CHARITY_FAIR}), version=record.version)
    fairs.add_programme_item(database, fair_day_id=market.day_ids[0], starts=dt.time(13, 0),
                             title="Koncerts", performer="Alūksnes pūtēju orķestris")
    fairs.add_programme_item(database, fair_day_id=market.day_ids[0], starts=dt.time(11, 0), title="Modes skate")
    assert [item.title for item in fairs.list_programme(database, market.day_ids[0])] == ["Modes skate", "Koncerts"]
    assert fairs.get_fair(database, market.fair_id).partner_names == ("Biedrība „Alūksnes invalīdu biedrība”",)


def test_accepting_more_vendors_than_stalls_waitlists_the_rest_in_order(database) -> None:
    market = build_market(database, stalls=3)
    days = apply_all(database, market)
    first_day = [days[organisation][0] for organisation in market.organisation_ids]
    outcome = vendors.accept(database, first_day)
    assert [outcome[i] for i in first_day] == [ApplicationStatus.ACCEPTED] * 3 + [ApplicationStatus.WAITLISTED] * 2
    rows = vendors.list_applications(database, vendors.ApplicationFilter(
        fair_id=market.fair_id, fair_day_id=market.day_ids[0], statuses=(ApplicationStatus.WAITLISTED,)))
    assert [(row.application_day_id, row.waitlist_position) for row in rows] == [(first_day[3], 1), (first_day[4], 2)]


def test_cancelling_an_accepted_vendor_offers_the_place_to_the_first_on_the_waitlist(database) -> None:
    market = build_market(database, stalls=3)
    days = apply_all(database, market)
    first_day = [days[organisation][0] for organisation in market.organisation_ids]
    vendors.accept(database, first_day)
    stall_assignments.assign(database, application_day_id=first_day[1], stall_id=market.stall_ids["2"])
    offer = vendors.cancel(database, first_day[1], reason="slimība")
    assert offer is not None and offer.application_day_id == first_day[3]
    assert vendors.get_application_day(database, first_day[3]).offered
    # The place is only offered: the operator confirms the move-up.
    assert vendors.get_application_day(database, first_day[3]).status == ApplicationStatus.WAITLISTED
    vendors.confirm_move_up(database, first_day[3])
    moved = vendors.get_application_day(database, first_day[3])
    assert moved.status == ApplicationStatus.ACCEPTED and moved.waitlist_position is None
    assert vendors.get_application_day(database, first_day[4]).waitlist_position == 1
    assert vendors.get_application_day(database, first_day[1]).stall_id is None
    with pytest.raises(DomainError):
        vendors.confirm_move_up(database, first_day[4])  # every stall is taken again


def test_declining_an_offer_passes_it_to_the_next(database) -> None:
    market = build_market(database, stalls=3)
    days = apply_all(database, market)
    first_day = [days[organisation][0] for organisation in market.organisation_ids]
    vendors.accept(database, first_day)
    offer = vendors.cancel(database, first_day[0])
    assert offer is not None
    next_offer = vendors.decline_move_up(database, offer.application_day_id)
    assert next_offer is not None and next_offer.application_day_id == first_day[4]
    assert vendors.get_application_day(database, first_day[4]).waitlist_position == 1


def test_two_freed_places_are_offered_to_two_different_vendors(database) -> None:
    market = build_market(database, stalls=3)
    days = apply_all(database, market)
    first_day = [days[organisation][0] for organisation in market.organisation_ids]
    vendors.accept(database, first_day)
    first_offer = vendors.cancel(database, first_day[0])
    second_offer = vendors.cancel(database, first_day[1])
    assert first_offer is not None and second_offer is not None
    assert (first_offer.application_day_id, second_offer.application_day_id) == (first_day[3], first_day[4])


def test_when_an_offered_vendor_cancels_the_offer_passes_on(database) -> None:
    market = build_market(database, stalls=3)
    days = apply_all(database, market)
    first_day = [days[organisation][0] for organisation in market.organisation_ids]
    vendors.accept(database, first_day)
    offer = vendors.cancel(database, first_day[0])
    assert offer is not None and offer.application_day_id == first_day[3]
    passed_on = vendors.cancel(database, first_day[3], reason="vairs nevar ierasties")
    assert passed_on is not None and passed_on.application_day_id == first_day[4]


def test_only_an_offered_vendor_can_decline_and_a_stall_is_never_left_blocked(database) -> None:
    market = build_market(database, stalls=3)
    days = apply_all(database, market)
    first_day = [days[organisation][0] for organisation in market.organisation_ids]
    vendors.accept(database, first_day)
    stall_assignments.assign(database, application_day_id=first_day[0], stall_id=market.stall_ids["1"])
    with pytest.raises(DomainError):
        vendors.decline_move_up(database, first_day[0])
    accepted = vendors.get_application_day(database, first_day[0])
    assert accepted.status == ApplicationStatus.ACCEPTED and accepted.stall_id == market.stall_ids["1"]


def test_a_stall_holds_one_vendor_per_day(database, english) -> None:
    market = build_market(database)
    days = apply_all(database, market)
    first, second = (days[organisation][0] for organisation in market.organisation_ids[:2])
    vendors.accept(database, [first, second])
    stall_assignments.assign(database, application_day_id=first, stall_id=market.stall_ids["2"])
    with pytest.raises(DomainError, match="already taken on 06.06.2026 by Biedrība „Alūksnes invalīdu"):
        stall_assignments.assign(database, application_day_id=second, stall_id=market.stall_ids["2"])
    assert vendors.get_application_day(database, second).stall_id is None
    # The same stall on another day is free.
    other_day = days[market.organisation_ids[1]][1]
    vendors.accept(database, [other_day])
    stall_assignments.assign(database, application_day_id=other_day, stall_id=market.stall_ids["2"])
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(StallAssignment)) == 2


def test_a_vendor_needing_power_is_refused_a_stall_without_it(database, english) -> None:
    market = build_market(database, powered=("1",))
    days = apply_all(database, market, needs_power=True)
    application_day = days[market.organisation_ids[0]][0]
    vendors.accept(database, [application_day])
    with pytest.raises(DomainError, match="needs electricity, but stall 2 has no power"):
        stall_assignments.assign(database, application_day_id=application_day, stall_id=market.stall_ids["2"])
    stall_assignments.assign(database, application_day_id=application_day, stall_id=market.stall_ids["1"])
    assert vendors.get_application_day(database, application_day).stall_number == "1"


def test_only_accepted_vendors_get_a_stall(database, english) -> None:
    market = build_market(database)
    days = apply_all(database, market)
    with pytest.raises(DomainError, match="not accepted"):
        stall_assignments.assign(database, application_day_id=days[market.organisation_ids[0]][0],
                                 stall_id=market.stall_ids["1"])


def test_assigning_sets_the_fee_from_the_price_list_and_moving_keeps_one_assignment(database) -> None:
    market = build_market(database)
    days = apply_all(database, market)
    application_day = days[market.organisation_ids[0]][0]
    vendors.accept(database, [application_day])
    stall_assignments.assign(database, application_day_id=application_day, stall_id=market.stall_ids["2"])
    stall_assignments.assign(database, application_day_id=application_day, stall_id=market.stall_ids["3"])
    row = vendors.get_application_day(database, application_day)
    assert (row.stall_number, row.fee_cents) == ("3", 1000)
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(StallAssignment)) == 1
        assert session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.entity == "stall_assignment")) == 2


def test_copying_assignments_to_another_day_keeps_regulars_on_their_stall(database) -> None:
    market = build_market(database, stalls=3, powered=())
    days = apply_all(database, market)
    regulars = market.organisation_ids[:3]
    vendors.accept(database, [days[organisation][0] for organisation in regulars])
    vendors.accept(database, [days[organisation][1] for organisation in regulars[:2]])
    for organisation, number in zip(regulars, ("3", "1", "2"), strict=True):
        stall_assignments.assign(database, application_day_id=days[organisation][0],
                                 stall_id=market.stall_ids[number])
    report = stall_assignments.copy_assignments_to_day(database, from_day_id=market.day_ids[0],
                                                       to_day_id=market.day_ids[1])
    assert report.copied == 2
    occupancy = stall_assignments.stall_occupancy(database, market.day_ids[1])
    assert {stall: occupant.application_day_id for stall, occupant in occupancy.items()} == {
        market.stall_ids["3"]: days[regulars[0]][1], market.stall_ids["1"]: days[regulars[1]][1]}


def test_copying_to_next_season_uses_the_same_stall_numbers_and_reports_refusals(database, english) -> None:
    market = build_market(database, stalls=3, powered=())
    days = apply_all(database, market)
    organisation = market.organisation_ids[0]
    vendors.accept(database, [days[organisation][0]])
    stall_assignments.assign(database, application_day_id=days[organisation][0], stall_id=market.stall_ids["2"])
    new_layout = stall_layouts.copy_layout(database, market.layout_id, new_name="Pilsētas laukums 2027")
    next_fair = fairs.create_fair(database, fairs.FairDetails(
        name="Alūksnes vasaras tirdziņš 2027", address="Tirgus laukums", layout_id=new_layout,
        days=(dt.date(2027, 6, 5),)))
    next_day = fairs.list_days(database, next_fair)[0].id
    vendors.apply(database, fair_id=next_fair, organisation_id=organisation, fair_day_ids=[next_day])
    application_day = vendors.list_applications(database, vendors.ApplicationFilter(fair_id=next_fair))[0]
    vendors.accept(database, [application_day.application_day_id])
    report = stall_assignments.copy_assignments_to_fair(database, from_fair_id=market.fair_id, to_fair_id=next_fair)
    assert report.copied == 1
    assert vendors.get_application_day(database, application_day.application_day_id).stall_number == "2"


def test_copied_layout_has_same_stalls_and_landmarks(database) -> None:
    market = build_market(database, stalls=4)
    copy_id = stall_layouts.copy_layout(database, market.layout_id, new_name="Kopija")
    original, copy = stall_layouts.load_layout(database, market.layout_id), stall_layouts.load_layout(database, copy_id)
    assert [s.spec for s in copy.stalls] == [s.spec for s in original.stalls]
    assert len(copy.landmarks) == 1 and copy.landmarks[0].spec.label == "Skatuve"


def test_stall_numbers_are_unique_on_a_plan(database, english) -> None:
    market = build_market(database)
    with pytest.raises(ValidationFailed, match="already has a stall number 2"):
        stall_layouts.add_stall(database, layout_id=market.layout_id, spec=StallSpec(number="2"))
    assert stall_layouts.next_stall_number(database, market.layout_id) == "4"


def test_fees_reductions_need_a_reason_and_totals_add_up(database, english) -> None:
    market = build_market(database)
    days = apply_all(database, market)
    first, second, third = (days[organisation][0] for organisation in market.organisation_ids[:3])
    vendors.accept(database, [first, second, third])
    for application_day, number in ((first, "1"), (second, "2"), (third, "3")):
        stall_assignments.assign(database, application_day_id=application_day, stall_id=market.stall_ids[number])
    with pytest.raises(ValidationFailed, match="Say why"):
        vendors.set_fee(database, first, fee_cents=500)
    vendors.set_fee(database, first, fee_cents=500, reason="Labdarības biedrība")
    vendors.waive_fee(database, second, reason="Invalīdu biedrība")
    vendors.mark_paid(database, third, paid_on=dt.date(2026, 6, 6))
    totals = vendors.fee_totals(database, market.fair_id)
    assert (totals[0].vendors, totals[0].due_cents, totals[0].paid_cents, totals[0].waived) == (3, 1500, 1000, 1)
    assert vendors.get_application_day(database, second).payment_status == PaymentStatus.WAIVED
    # A reduced fee stays when the vendor moves to another stall.
    stall_assignments.unassign(database, first)
    stall_assignments.assign(database, application_day_id=first, stall_id=market.stall_ids["1"])
    assert vendors.get_application_day(database, first).fee_cents == 500


def test_check_in_is_ticked_for_accepted_vendors(database) -> None:
    market = build_market(database)
    days = apply_all(database, market)
    first, second = (days[organisation][0] for organisation in market.organisation_ids[:2])
    vendors.accept(database, [first])
    vendors.set_check_in(database, first, CheckIn.ARRIVED)
    assert vendors.get_application_day(database, first).check_in == CheckIn.ARRIVED
    with pytest.raises(DomainError):
        vendors.set_check_in(database, second, CheckIn.NO_SHOW)


def test_application_list_filters_by_text_without_diacritics(database) -> None:
    market = build_market(database)
    apply_all(database, market)
    criteria = vendors.ApplicationFilter(fair_id=market.fair_id, fair_day_id=market.day_ids[0], text="ciekurs")
    assert [row.organisation for row in vendors.list_applications(database, criteria)] == ["SIA „Čiekurs”"]
    everyone = vendors.ApplicationFilter(fair_id=market.fair_id, fair_day_id=market.day_ids[0])
    names = [row.organisation for row in vendors.list_applications(database, everyone)]
    # Latvian order ignoring legal form and quotes: Ābeļzieds, Alūksnes…, Čiekurs, Sudrabs, Šūpulis.
    assert names == ["Biedrība „Ābeļzieds”", "Biedrība „Alūksnes invalīdu biedrība”", "SIA „Čiekurs”",
                     "Pensionāru biedrība „Sudrabs”", "IK „Šūpulis”"]
    assert vendors.count_applications(database, everyone) == 5


def test_check_in_order_is_by_stall_number_with_unplaced_vendors_last(database) -> None:
    market = build_market(database, stalls=3, powered=())
    ten = stall_layouts.add_stall(database, layout_id=market.layout_id, spec=StallSpec(number="10", x_m=30))
    days = apply_all(database, market)
    first_day = [days[organisation][0] for organisation in market.organisation_ids[:4]]
    vendors.accept(database, first_day)
    for application_day, stall_id in zip(first_day, (ten, market.stall_ids["2"], market.stall_ids["1"]), strict=False):
        stall_assignments.assign(database, application_day_id=application_day, stall_id=stall_id)
    rows = vendors.list_applications(database, vendors.ApplicationFilter(
        fair_id=market.fair_id, fair_day_id=market.day_ids[0], statuses=(ApplicationStatus.ACCEPTED,), by_stall=True))
    assert [row.stall_number for row in rows] == ["1", "2", "10", None]


def test_a_fair_without_a_plan_accepts_without_a_limit(database) -> None:
    market = build_market(database)
    record = fairs.get_fair(database, market.fair_id)
    fairs.update_fair(database, market.fair_id, fairs.FairDetails(**{**record.details.__dict__, "layout_id": None}),
                      version=record.version)
    days = apply_all(database, market)
    outcome = vendors.accept(database, [days[organisation][0] for organisation in market.organisation_ids])
    assert set(outcome.values()) == {ApplicationStatus.ACCEPTED}


def test_stalls_and_labels_are_kept_on_the_plan_whatever_the_editor_sends(database) -> None:
    """Issue #11: a quick drag once stored a stall at (−14.5, −12.5) m on a 50 × 30 m plan."""
    from ngo_desktop.models import LandmarkKind
    from ngo_desktop.services.fairs.layouts import LandmarkSpec

    layout_id = stall_layouts.create_layout(database, name="Laukums", width_m=50, depth_m=30)
    stall_id = stall_layouts.add_stall(database, layout_id=layout_id,
                                       spec=StallSpec(number="1", x_m=-14.5, y_m=-12.5))
    assert (stall_layouts.get_stall(database, stall_id).spec.x_m, stall_layouts.get_stall(database, stall_id).spec.y_m) \
        == (0.0, 0.0)
    saved = stall_layouts.update_stall(database, stall_id, StallSpec(number=" 1 ", x_m=49, y_m=40, width_m=4,
                                                                     depth_m=2, rotation_deg=450))
    stored = stall_layouts.get_stall(database, stall_id).spec
    assert (stored.x_m, stored.y_m) == (46.0, 28.0)  # the whole stall on the plan
    assert saved == stored  # the editor is told where the stall really is
    added = stall_layouts.add_next_stall(database, layout_id=layout_id, x_m=70, y_m=-3)
    assert (added.number, added.spec.x_m, added.spec.y_m) == ("2", 47.0, 0.0)
    landmark_id = stall_layouts.add_landmark(database, layout_id=layout_id, spec=LandmarkSpec(
        kind=LandmarkKind.STAGE, x_m=-1, y_m=29, width_m=8, depth_m=5))
    assert stall_layouts.update_landmark(database, landmark_id, LandmarkSpec(
        kind=LandmarkKind.STAGE, x_m=45, y_m=-2, width_m=8, depth_m=5)).x_m == 42.0
    [landmark] = stall_layouts.load_layout(database, layout_id).landmarks
    assert (landmark.spec.x_m, landmark.spec.y_m) == (42.0, 0.0)


def test_the_database_refuses_a_stall_at_a_negative_place(database) -> None:
    from sqlalchemy.exc import IntegrityError

    from ngo_desktop.models import Landmark, LandmarkKind, Stall

    layout_id = stall_layouts.create_layout(database, name="Laukums", width_m=50, depth_m=30)
    for row in (Stall(layout_id=layout_id, number="9", x_m=-14.5, y_m=-12.5),
                Landmark(layout_id=layout_id, kind=LandmarkKind.STAGE, x_m=3, y_m=-1)):
        with pytest.raises(IntegrityError), database.unit_of_work() as session:
            session.add(row)
    assert stall_layouts.load_layout(database, layout_id).stalls == ()


@pytest.mark.sqlite_only
def test_upgrading_moves_stalls_stored_off_the_plan_back_onto_it(tmp_path) -> None:
    import sqlite3

    from alembic import command

    from ngo_desktop.database.core import HEAD_REVISION, alembic_config, current_revision, open_database

    path = tmp_path / "pirms.sqlite3"
    opened = open_database(path)
    config = alembic_config(opened)
    with opened.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003_booking_no_overlap")
    opened.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO stall_layout (id, name, width_m, depth_m, notes, created_at) "
                           "VALUES (1, 'Laukums', 50, 30, '', '2026-01-01')")
        connection.executemany(
            "INSERT INTO stall (layout_id, number, sort_order, x_m, y_m, width_m, depth_m, rotation_deg, "
            "has_power, has_table, under_cover, archived) VALUES (1, ?, 0, ?, ?, 3, 3, 0, 0, 0, 0, 0)",
            [("1", -14.5, -12.5), ("2", 60, 29), ("3", 10, 5)])
    upgraded = open_database(path, backup_dir=tmp_path / "backups")
    assert current_revision(upgraded) == HEAD_REVISION
    places = {stall.number: (stall.spec.x_m, stall.spec.y_m) for stall in stall_layouts.load_layout(upgraded, 1).stalls}
    assert places == {"1": (0.0, 0.0), "2": (47.0, 27.0), "3": (10.0, 5.0)}
    upgraded.dispose()
