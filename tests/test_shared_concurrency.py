"""Several front desks at once: races for one room or one stall, two edits of one record, a killed writer.

Races use real separate processes (tests/shared_workers.py, forked from a multiprocessing forkserver
that imported the program once) that all start their save at the same wall-clock instant, on SQLite (writers serialised by BEGIN IMMEDIATE) and on PostgreSQL (room and
stall rows locked, and an exclusion constraint as the last word).
"""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.context
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from ngo_desktop.database.core import OverlapRefused, open_database
from ngo_desktop.errors import ChangedElsewhere
from ngo_desktop.models import AuditEntry, Booking, Organisation, StallAssignment
from ngo_desktop.services.bookings.booking import BookingDraft, create_booking, update_booking
from ngo_desktop.services.fairs import vendors
from tests import shared_workers
from tests.bookings_fixtures import NOW, add_organisation, the_centre
from tests.fairs_fixtures import apply_all, build_market

WORKER = Path(__file__).resolve().parent / "shared_workers.py"
RACERS = 6
# From the last racer saying it is ready to the common start: time for each to read the instant.
START_MARGIN_S = 0.5


def _racers() -> multiprocessing.context.ForkServerContext:
    """Racers fork from one server process that imported the racers' code once for the whole run."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(shared_workers.PRELOAD)
    return context


def _race(arguments_per_process: list[list[str]]) -> list[dict[str, object]]:
    context = _racers()
    racers = []
    for command, *values in arguments_per_process:
        ours, theirs = context.Pipe()
        process = context.Process(target=shared_workers.race_in_child, args=(theirs, command, values))
        process.start()
        theirs.close()
        racers.append((process, ours))
    for process, pipe in racers:
        assert pipe.poll(90), f"racer {process.pid} never said it was ready (exit code {process.exitcode})"
        assert pipe.recv() == "ready"
    go = time.time() + START_MARGIN_S
    for _process, pipe in racers:  # every racer gets the instant before any of them reaches it
        pipe.send(f"{go}")
    results = []
    for process, pipe in racers:
        assert pipe.poll(90), f"racer {process.pid} gave no result (exit code {process.exitcode})"
        results.append(json.loads(pipe.recv()))
        process.join(timeout=90)
        assert process.exitcode == 0
        pipe.close()
    return results


def test_desks_racing_for_one_room_get_exactly_one_booking_and_the_others_hear_who(database, english) -> None:
    centre = the_centre(database)
    organisations = [add_organisation(database, f"Biedrība „Rīts {index}”") for index in range(RACERS)]

    results = _race([["book", database.url, str(centre.hall.id), str(organisation_id)]
                     for organisation_id in organisations])

    with database.read_session() as session:
        winners = session.scalars(select(Booking).where(Booking.room_id == centre.hall.id)).all()
        [winner] = winners
        winner_name = session.scalar(select(Organisation.name).where(Organisation.id == winner.organisation_id))
    assert sum(result["ok"] for result in results) == 1
    for result in results:
        if not result["ok"]:
            assert "already booked by" in str(result["message"]) and winner_name in str(result["message"])


def test_vendors_racing_for_one_stall_on_one_day_leave_exactly_one_on_it(database, english) -> None:
    market = build_market(database, stalls=RACERS)
    application_days = apply_all(database, market)
    first_day = [ids[0] for ids in application_days.values()][:RACERS]
    vendors.accept(database, first_day)
    stall_id = market.stall_ids["2"]

    results = _race([["stall", database.url, str(day_id), str(stall_id)] for day_id in first_day])

    with database.read_session() as session:
        on_stall = session.scalar(select(func.count()).select_from(StallAssignment)
                                  .where(StallAssignment.stall_id == stall_id))
    assert on_stall == 1
    assert sum(result["ok"] for result in results) == 1
    assert all("already taken" in str(result["message"]) for result in results if not result["ok"])


def test_the_server_itself_refuses_overlapping_bookings(database, english) -> None:
    if database.is_sqlite:
        pytest.skip("the exclusion constraint exists on PostgreSQL only")
    centre = the_centre(database)
    draft = BookingDraft(room_id=centre.hall.id, starts=NOW.replace(tzinfo=None).replace(month=3, day=4, hour=10),
                         ends=NOW.replace(tzinfo=None).replace(month=3, day=4, hour=12), title="Sapulce")
    saved = create_booking(database, draft, now=NOW)
    with pytest.raises(OverlapRefused, match="Another desk booked the same room") as refused, \
            database.unit_of_work() as session:
        original = session.get(Booking, saved.id)
        session.add(Booking(room_id=original.room_id, starts_at=original.starts_at, ends_at=original.ends_at,
                            blocked_from=original.blocked_from, blocked_until=original.blocked_until,
                            payment_status=original.payment_status))
    assert isinstance(refused.value.__cause__, IntegrityError)
    assert "ex_booking_room_no_overlap" in str(refused.value.__cause__)


def test_a_second_desk_saving_an_old_copy_is_told_someone_else_changed_it(database, english) -> None:
    centre = the_centre(database)
    start = NOW.replace(tzinfo=None).replace(month=3, day=4, hour=10)
    draft = BookingDraft(room_id=centre.hall.id, starts=start, ends=start.replace(hour=12), title="Sapulce")
    saved = create_booking(database, draft, now=NOW)
    other_desk = open_database(database.url, operator="otrā kase", migrate=False)
    try:
        update_booking(other_desk, saved.id, BookingDraft(**{**draft.__dict__, "title": "Kora mēģinājums"}),
                       expected_version=saved.version, now=NOW)
        with pytest.raises(ChangedElsewhere, match="Someone else changed"):
            update_booking(database, saved.id, BookingDraft(**{**draft.__dict__, "title": "Valdes sēde"}),
                           expected_version=saved.version, now=NOW)
    finally:
        other_desk.dispose()
    with database.read_session() as session:
        assert session.get(Booking, saved.id).title == "Kora mēģinājums"


def test_a_writer_killed_mid_save_leaves_every_committed_save_whole(database) -> None:
    writer = subprocess.Popen([sys.executable, str(WORKER), "write", database.url],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    committed = 0
    assert writer.stdout is not None
    while committed < 15:
        line = writer.stdout.readline()
        assert line, writer.stderr.read() if writer.stderr else ""
        committed = int(line)
    time.sleep(0.037)  # lands somewhere inside a later save
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=30)

    reopened = open_database(database.url, operator="tester", migrate=False)
    try:
        with reopened.read_session() as session:
            if reopened.is_sqlite:
                assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            organisations = session.scalar(select(func.count()).select_from(Organisation))
            audited = session.scalar(select(func.count()).select_from(AuditEntry)
                                     .where(AuditEntry.entity == "organisation"))
    finally:
        reopened.dispose()
    assert organisations == audited  # no save is half there
    assert organisations % 20 == 0 and organisations >= committed * 20
