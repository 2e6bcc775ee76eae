"""Repeating bookings: expansion in Riga time across daylight saving, preview, skip, scope of edits."""

from __future__ import annotations

import datetime as dt

import pytest

from ngo_desktop.models import BookingStatus
from ngo_desktop.services.bookings.booking import (
    BookingDraft,
    BookingRefused,
    Scope,
    cancel_booking,
    create_booking,
    create_series,
    get_booking,
    preview_series,
    update_booking,
)
from ngo_desktop.services.bookings.queries import bookings_between
from ngo_desktop.services.bookings.repeats import RepeatKind, RepeatRule, expand
from ngo_desktop.services.bookings.rules import Rule
from ngo_desktop.timeutil import to_local
from tests.bookings_fixtures import NOW, at, centre  # noqa: F401

pytestmark = pytest.mark.usefixtures("english")
TUESDAY = dt.date(2026, 3, 17)


def weekly(centre, start: dt.datetime, **rule) -> tuple[BookingDraft, RepeatRule]:  # noqa: F811
    draft = BookingDraft(room_id=centre.hall.id, starts=start, ends=start + dt.timedelta(hours=2),
                         organisation_id=centre.member_id, title="Koris", attendees=20)
    return draft, RepeatRule(RepeatKind.WEEKLY, **rule)


@pytest.mark.parametrize("first", [dt.date(2026, 3, 17), dt.date(2026, 10, 13)])
def test_weekly_18_00_stays_18_00_across_daylight_saving(database, centre, first):  # noqa: F811
    draft, rule = weekly(centre, at(first, 18), count=4)
    result = create_series(database, draft, rule, now=NOW)
    views = [get_booking(database, booking_id) for booking_id in result.booking_ids]
    assert [to_local(view.starts_at).time() for view in views] == [dt.time(18, 0)] * 4
    utc_hours = {view.starts_at.hour for view in views}
    assert utc_hours == {15, 16}  # the UTC hour moves by one when the clocks change, the local one does not


def test_every_two_weeks_until_a_date():
    occurrences = expand(RepeatRule(RepeatKind.WEEKLY, interval=2, until=dt.date(2026, 4, 28)), at(TUESDAY, 18))
    assert [day.date() for day in occurrences] == [dt.date(2026, 3, 17), dt.date(2026, 3, 31),
                                                    dt.date(2026, 4, 14), dt.date(2026, 4, 28)]


def test_monthly_first_and_third_tuesday():
    occurrences = expand(RepeatRule(RepeatKind.MONTHLY_NTH, nth=(1, 3), count=4), at(dt.date(2026, 3, 3), 18))
    assert [day.date() for day in occurrences] == [dt.date(2026, 3, 3), dt.date(2026, 3, 17),
                                                    dt.date(2026, 4, 7), dt.date(2026, 4, 21)]


def test_preview_marks_the_dates_that_break_a_rule(database, centre):  # noqa: F811
    blocker = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(dt.date(2026, 3, 24), 17),
                                                    ends=at(dt.date(2026, 3, 24), 19), title="Lekcija"), now=NOW)
    draft, rule = weekly(centre, at(TUESDAY, 18), count=4)
    preview = preview_series(database, draft, rule, now=NOW)
    assert [bool(occurrence.problems) for occurrence in preview] == [False, True, False, False]
    assert preview[1].problems[0].other_booking_id == blocker.id
    with pytest.raises(BookingRefused) as refused:
        create_series(database, draft, rule, now=NOW)
    assert "cannot be booked: 1;" in str(refused.value) and "Lekcija" in str(refused.value)
    result = create_series(database, draft, rule, skip_conflicts=True, now=NOW)
    assert len(result.booking_ids) == 3 and len(result.skipped) == 1


def test_holiday_in_a_series_is_refused_and_can_be_skipped(database, centre):  # noqa: F811
    draft, rule = weekly(centre, at(dt.date(2026, 11, 4), 18), count=3)  # Wednesdays; 18.11. is a holiday
    preview = preview_series(database, draft, rule, now=NOW)
    assert [occurrence.problems[0].rule if occurrence.problems else None for occurrence in preview] == [
        None, None, Rule.HOLIDAY]


def test_edit_this_and_following_moves_the_time_of_day(database, centre):  # noqa: F811
    draft, rule = weekly(centre, at(TUESDAY, 18), count=4)
    ids = create_series(database, draft, rule, now=NOW).booking_ids
    third = get_booking(database, ids[2])
    moved = BookingDraft(**{**third.draft().__dict__, "starts": at(dt.date(2026, 3, 31), 17),
                            "ends": at(dt.date(2026, 3, 31), 19)})
    changed = update_booking(database, third.id, moved, expected_version=third.version, scope=Scope.FOLLOWING,
                             now=NOW)
    assert changed == ids[2:]
    hours = [to_local(get_booking(database, booking_id).starts_at).hour for booking_id in ids]
    assert hours == [18, 18, 17, 17]


def test_cancel_one_of_a_series_and_then_the_whole_series(database, centre):  # noqa: F811
    draft, rule = weekly(centre, at(TUESDAY, 18), count=4)
    ids = create_series(database, draft, rule, now=NOW).booking_ids
    assert cancel_booking(database, ids[1], reason="Koncerts", scope=Scope.THIS, now=NOW) == [ids[1]]
    cancelled = cancel_booking(database, ids[0], reason="Koris beidz darbu", scope=Scope.SERIES, now=NOW)
    assert sorted(cancelled) == [ids[0], ids[2], ids[3]]
    start, end = at(TUESDAY, 0), at(TUESDAY + dt.timedelta(days=30), 0)
    views = bookings_between(database, start.replace(tzinfo=dt.UTC), end.replace(tzinfo=dt.UTC))
    assert {view.status for view in views} == {BookingStatus.CANCELLED}
    assert get_booking(database, ids[1]).cancel_reason == "Koncerts"
