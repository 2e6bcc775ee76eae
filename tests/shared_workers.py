"""Programs the shared-database tests run as separate processes.

``book URL ROOM ORG``: once ready, say "ready", hear a wall-clock instant GO and at GO try to book
ROOM for one fixed slot;
``stall URL APPLICATION_DAY STALL``: the same, trying to put that vendor on STALL;
``write URL``: save organisations (each with its audit entry) one transaction after another until
killed, printing the number committed so far after each commit.
Each racer says one JSON line: {"ok": true} or {"ok": false, "message": "..."}.

From the command line (``python tests/shared_workers.py book ...``) a racer talks over stdin and
stdout. ``race_in_child`` runs one in a process forked from a multiprocessing forkserver that has
imported this module and the services (``PRELOAD``) once, and talks over a pipe: each racer is
still a process of its own with its own connections, without paying Python's and SQLAlchemy's
start-up (about a second of CPU each, 24 racers a run).
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ngo_desktop.database.core import open_database  # noqa: E402
from ngo_desktop.errors import DomainError  # noqa: E402

SLOT_START = dt.datetime(2030, 3, 4, 10, 0)
SLOT_END = dt.datetime(2030, 3, 4, 12, 0)


# What the forkserver imports before forking racers: everything a racer's action needs.
PRELOAD = ["tests.shared_workers", "ngo_desktop.services.bookings.booking", "ngo_desktop.services.fairs.assignments"]


def _say_on_stdout(line: str) -> None:
    print(line, flush=True)


_say: Callable[[str], None] = _say_on_stdout
_hear: Callable[[], str] = sys.stdin.readline


def _wait_for_go() -> None:
    """Say this racer is ready (imports done, database opened), then wait for the common instant."""
    _say("ready")
    go = float(_hear())
    while time.time() < go:
        time.sleep(0.001)


def _race(action) -> None:  # type: ignore[no-untyped-def]
    try:
        action()
    except DomainError as error:
        _say(json.dumps({"ok": False, "message": str(error)}))
    else:
        _say(json.dumps({"ok": True}))


def book(url: str, room_id: int, organisation_id: int) -> None:
    from ngo_desktop.services.bookings.booking import BookingDraft, create_booking

    database = open_database(url, operator=f"desk-{organisation_id}", migrate=False)
    draft = BookingDraft(room_id=room_id, starts=SLOT_START, ends=SLOT_END, organisation_id=organisation_id,
                         title="Sapulce")
    _wait_for_go()
    _race(lambda: create_booking(database, draft, now=dt.datetime(2030, 1, 1, tzinfo=dt.UTC)))
    database.dispose()


def stall(url: str, application_day_id: int, stall_id: int) -> None:
    from ngo_desktop.services.fairs import assignments as stall_assignments

    database = open_database(url, operator="desk", migrate=False)
    _wait_for_go()
    _race(lambda: stall_assignments.assign(database, application_day_id=application_day_id, stall_id=stall_id))
    database.dispose()


def write(url: str) -> None:
    from ngo_desktop.models import AuditAction, Organisation
    from ngo_desktop.services import audit
    from ngo_desktop.sorting import organisation_match_key, organisation_sort_key

    database = open_database(url, operator="writer", migrate=False)
    committed = 0
    while True:
        with database.unit_of_work() as session:
            for index in range(20):  # a save of many rows, so a kill often lands in the middle
                name = f"Biedrība „Ūdensroze {committed}-{index}”"
                organisation = Organisation(name=name, sort_key=organisation_sort_key(name),
                                            match_key=organisation_match_key(name), notes="x" * 2000)
                session.add(organisation)
                session.flush()
                audit.record(session, operator=database.operator, action=AuditAction.CREATE,
                             entity="organisation", entity_id=organisation.id, after=audit.snapshot(organisation),
                             organisation_id=organisation.id)
        committed += 1
        print(committed, flush=True)


def race_in_child(connection: Connection, command: str, values: list[str]) -> None:
    """A racer in a forked process, saying and hearing its lines over ``connection``."""
    global _say, _hear
    _say, _hear = connection.send, connection.recv
    _run(command, values)
    connection.close()


def _run(command: str, values: list[str]) -> None:
    if command == "book":
        book(values[0], int(values[1]), int(values[2]))
    elif command == "stall":
        stall(values[0], int(values[1]), int(values[2]))
    elif command == "write":
        write(values[0])
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    _run(sys.argv[1], sys.argv[2:])
