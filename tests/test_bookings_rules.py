"""Every booking rule and its message, on a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ngo_desktop.errors import ChangedElsewhere, ValidationFailed
from ngo_desktop.models import AuditEntry, Booking, BookingStatus, PaymentStatus
from ngo_desktop.services.bookings.booking import (
    BookingDraft,
    BookingRefused,
    Scope,
    cancel_booking,
    create_booking,
    get_booking,
    update_booking,
)
from ngo_desktop.services.bookings.rooms import add_closure
from ngo_desktop.services.bookings.rules import Rule
from tests.bookings_fixtures import MONDAY, NOW, at, centre  # noqa: F401

pytestmark = pytest.mark.usefixtures("english")


def draft(centre, start, end, **changes) -> BookingDraft:  # noqa: F811
    values = dict(room_id=centre.hall.id, starts=start, ends=end, organisation_id=centre.paying_id,
                  title="Valdes sēde", attendees=10)
    values.update(changes)
    return BookingDraft(**values)


def rules_of(error: BookingRefused) -> set[Rule]:
    return {problem.rule for problem in error.value.problems}


def test_clash_names_the_other_booking_and_buffers_count(database, centre):  # noqa: F811
    first = create_booking(database, draft(centre, at(MONDAY, 10), at(MONDAY, 12)), now=NOW)
    # 12:20 is inside the hall's 15 + 15 minutes of cleanup and setup after 12:00.
    with pytest.raises(BookingRefused) as refused:
        create_booking(database, draft(centre, at(MONDAY, 12, 20), at(MONDAY, 13)), now=NOW)
    assert rules_of(refused) == {Rule.CLASH}
    assert refused.value.problems[0].other_booking_id == first.id
    message = str(refused.value)
    assert "Čiekuriņš" in message and "02.03.2026 10:00–12:00" in message and f"no. {first.id}" in message


def test_back_to_back_bookings_without_buffers_do_not_clash(database, centre):  # noqa: F811
    room = centre.small_room.id
    create_booking(database, draft(centre, at(MONDAY, 10), at(MONDAY, 12), room_id=room), now=NOW)
    second = create_booking(database, draft(centre, at(MONDAY, 12), at(MONDAY, 14), room_id=room), now=NOW)
    assert second.id > 0


def test_back_to_back_with_buffers_needs_the_buffer_time(database, centre):  # noqa: F811
    create_booking(database, draft(centre, at(MONDAY, 10), at(MONDAY, 12)), now=NOW)
    later = create_booking(database, draft(centre, at(MONDAY, 12, 30), at(MONDAY, 14)), now=NOW)
    assert later.blocked_from == later.starts_at - dt.timedelta(minutes=15)


def test_enquiries_and_cancelled_bookings_do_not_block(database, centre):  # noqa: F811
    enquiry = create_booking(database, draft(centre, at(MONDAY, 10), at(MONDAY, 12),
                                             status=BookingStatus.ENQUIRY), now=NOW)
    cancelled = create_booking(database, draft(centre, at(MONDAY, 14), at(MONDAY, 16)), now=NOW)
    cancel_booking(database, cancelled.id, reason="Pārcelts", now=NOW)
    create_booking(database, draft(centre, at(MONDAY, 10), at(MONDAY, 12)), now=NOW)
    create_booking(database, draft(centre, at(MONDAY, 14), at(MONDAY, 16)), now=NOW)
    assert get_booking(database, enquiry.id).status == BookingStatus.ENQUIRY


def test_capacity_is_refused_then_overridden_with_a_reason(database, centre):  # noqa: F811
    too_many = draft(centre, at(MONDAY, 10), at(MONDAY, 12), room_id=centre.small_room.id, attendees=15)
    with pytest.raises(BookingRefused) as refused:
        create_booking(database, too_many, now=NOW)
    assert rules_of(refused) == {Rule.CAPACITY}
    assert "The number of attendees (15) is more than “Mazā telpa” holds (12)" in str(refused.value)
    saved = create_booking(database, BookingDraft(**{**too_many.__dict__, "override_reason": "Stāvvietas pietiek"}),
                           now=NOW)
    assert saved.override_reason == "Stāvvietas pietiek"


def test_outside_opening_hours_and_closed_weekday(database, centre):  # noqa: F811
    room = centre.small_room.id  # default hours: weekdays 08–22, Saturday 10–18, closed on Sunday
    with pytest.raises(BookingRefused) as late:
        create_booking(database, draft(centre, at(MONDAY, 21), at(MONDAY, 23), room_id=room), now=NOW)
    assert rules_of(late) == {Rule.OPENING_HOURS}
    assert "08:00–22:00" in str(late.value)
    sunday = MONDAY + dt.timedelta(days=6)
    with pytest.raises(BookingRefused) as closed:
        create_booking(database, draft(centre, at(sunday, 10), at(sunday, 12), room_id=room), now=NOW)
    assert "closed on 08.03.2026" in str(closed.value)


def test_closure_of_the_whole_site_refuses_with_its_reason(database, centre):  # noqa: F811
    add_closure(database, site_id=centre.hall.site_id, starts_local=at(MONDAY, 0),
                ends_local=at(MONDAY + dt.timedelta(days=1), 0), reason="Remonts")
    with pytest.raises(BookingRefused) as refused:
        create_booking(database, draft(centre, at(MONDAY, 10), at(MONDAY, 12)), now=NOW)
    assert rules_of(refused) == {Rule.CLOSURE}
    assert "Remonts" in str(refused.value)


def test_public_holiday_and_a_holiday_moved_to_monday(database, centre):  # noqa: F811
    with pytest.raises(BookingRefused) as refused:
        create_booking(database, draft(centre, at(dt.date(2026, 11, 18), 10), at(dt.date(2026, 11, 18), 12)), now=NOW)
    assert rules_of(refused) == {Rule.HOLIDAY}
    assert "18.11.2026" in str(refused.value)
    # 4 May 2025 was a Sunday, so Monday 5 May 2025 was a day off by law.
    moved = dt.date(2025, 5, 5)
    with pytest.raises(BookingRefused) as moved_refused:
        create_booking(database, draft(centre, at(moved, 10), at(moved, 12)),
                       now=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    assert rules_of(moved_refused) == {Rule.HOLIDAY}
    assert "observed" in str(moved_refused.value)


def test_ends_before_start_cannot_be_overridden(database, centre):  # noqa: F811
    backwards = draft(centre, at(MONDAY, 12), at(MONDAY, 10), override_reason="Tā vajag")
    with pytest.raises(BookingRefused) as refused:
        create_booking(database, backwards, now=NOW)
    assert rules_of(refused) == {Rule.ENDS_BEFORE_START}
    assert "ends before it starts" in str(refused.value)


def test_past_is_refused_and_can_be_overridden(database, centre):  # noqa: F811
    late_now = dt.datetime(2026, 3, 10, tzinfo=dt.UTC)
    with pytest.raises(BookingRefused) as refused:
        create_booking(database, draft(centre, at(MONDAY, 10), at(MONDAY, 12)), now=late_now)
    assert rules_of(refused) == {Rule.PAST}
    saved = create_booking(database, draft(centre, at(MONDAY, 10), at(MONDAY, 12),
                                           override_reason="Ieraksts no papīra dienasgrāmatas"), now=late_now)
    assert saved.override_reason


def test_every_reason_is_listed_at_once(database, centre):  # noqa: F811
    with pytest.raises(BookingRefused) as refused:
        create_booking(database, draft(centre, at(dt.date(2026, 11, 18), 21), at(dt.date(2026, 11, 18), 23),
                                       room_id=centre.small_room.id, attendees=40), now=NOW)
    assert rules_of(refused) == {Rule.CAPACITY, Rule.OPENING_HOURS, Rule.HOLIDAY}


def test_times_are_stored_in_utc_and_price_follows_the_tariff(database, centre):  # noqa: F811
    saved = create_booking(database, draft(centre, at(MONDAY, 10), at(MONDAY, 13)), now=NOW)
    assert saved.starts_at == dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)  # Riga is UTC+2 in winter
    assert (saved.full_value_cents, saved.price_cents) == (6000, 6000)  # 3 h × 20 € capped by the half day
    assert saved.payment_status == PaymentStatus.UNPAID


def test_member_books_free_but_the_full_value_is_kept(database, centre):  # noqa: F811
    saved = create_booking(database, draft(centre, at(MONDAY, 10), at(MONDAY, 18),
                                           organisation_id=centre.member_id), now=NOW)
    assert (saved.full_value_cents, saved.price_cents) == (10000, 0)
    assert saved.payment_status == PaymentStatus.NOT_DUE
    assert "100" in saved.reduction_note


def test_organisation_reduction_applies(database, centre):  # noqa: F811
    saved = create_booking(database, draft(centre, at(MONDAY, 10), at(MONDAY, 11),
                                           organisation_id=centre.reduced_id), now=NOW)
    assert (saved.full_value_cents, saved.price_cents) == (2000, 1400)


def test_edit_checks_rules_excluding_itself_and_is_audited(database, centre):  # noqa: F811
    saved = create_booking(database, draft(centre, at(MONDAY, 10), at(MONDAY, 12)), now=NOW)
    update_booking(database, saved.id, draft(centre, at(MONDAY, 11), at(MONDAY, 13)),
                   expected_version=saved.version, now=NOW)
    edited = get_booking(database, saved.id)
    assert edited.starts_at == dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    with pytest.raises(ChangedElsewhere):
        update_booking(database, saved.id, draft(centre, at(MONDAY, 9), at(MONDAY, 12)),
                       expected_version=saved.version, now=NOW)
    with database.read_session() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "booking",
                                                                  AuditEntry.entity_id == saved.id)).all()
    assert [str(action) for action in actions] == ["create", "update"]


def test_cancel_needs_a_reason_and_keeps_the_row(database, centre):  # noqa: F811
    saved = create_booking(database, draft(centre, at(MONDAY, 10), at(MONDAY, 12)), now=NOW)
    with pytest.raises(ValidationFailed):
        cancel_booking(database, saved.id, reason=" ", scope=Scope.THIS, now=NOW)
    cancel_booking(database, saved.id, reason="Slimība", now=NOW)
    with database.read_session() as session:
        row = session.get(Booking, saved.id)
        assert row.status == BookingStatus.CANCELLED and row.cancel_reason == "Slimība"


def test_a_refused_booking_leaves_nothing_behind(database, centre):  # noqa: F811
    create_booking(database, draft(centre, at(MONDAY, 10), at(MONDAY, 12)), now=NOW)
    with pytest.raises(BookingRefused):
        create_booking(database, draft(centre, at(MONDAY, 11), at(MONDAY, 12)), now=NOW)
    with database.read_session() as session:
        assert len(session.scalars(select(Booking)).all()) == 1
        assert len(session.scalars(select(AuditEntry).where(AuditEntry.entity == "booking")).all()) == 1


def test_latvian_message(database, centre, latvian):  # noqa: F811
    with pytest.raises(BookingRefused) as refused:
        create_booking(database, draft(centre, at(MONDAY, 12), at(MONDAY, 10)), now=NOW)
    assert "beidzas" in str(refused.value)
