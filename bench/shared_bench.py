"""Shared-database benchmark: booking with every rule checked, and how soon another desk sees a change.

Targets (issue 7), on PostgreSQL on this machine, with SQLite reported beside them:
- creating a booking with every rule checked: at most 20 ms (median);
- another desk's change visible: at most 2 s (worst of the trials), measured as the main window
  does it: a ChangeWatcher polled every CHANGE_POLL_MS, then the day's bookings read again.

Data: a copy of the large demo database (via bench/bookings_bench.large_database: 40 rooms,
200,000 bookings). PostgreSQL: the database at NGO_DESKTOP_BENCH_POSTGRES_URL (or
NGO_DESKTOP_TEST_POSTGRES_URL) is WIPED, then filled with the same rows by "move my data to a
server". Without either variable only SQLite is measured.

    python bench/shared_bench.py [--runs 30] [--trials 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from sqlalchemy import create_engine, func, select, text  # noqa: E402

from bench.bookings_bench import large_database  # noqa: E402
from bench.results import figure, print_results  # noqa: E402
from ngo_desktop.database.change_watch import ChangeWatcher  # noqa: E402
from ngo_desktop.database.core import Database, open_database  # noqa: E402
from ngo_desktop.models import Booking  # noqa: E402
from ngo_desktop.services.bookings.booking import BookingDraft, create_booking  # noqa: E402
from ngo_desktop.services.bookings.queries import bookings_between  # noqa: E402
from ngo_desktop.services.bookings.rooms import list_rooms  # noqa: E402
from ngo_desktop.timeutil import local_day_bounds, to_utc  # noqa: E402
from ngo_desktop.views.main_window import CHANGE_POLL_MS  # noqa: E402

CREATE_TARGET_MS = 20.0
VISIBLE_TARGET_S = 2.0


def free_weekdays(database: Database, count: int) -> list[dt.date]:
    """Working days after the last demo booking: every rule is checked, and the slot is free."""
    with database.read_session() as session:
        last = session.scalar(select(func.max(Booking.starts_at)))
    day = (last.date() if last else dt.date.today()) + dt.timedelta(days=14)
    days: list[dt.date] = []
    while len(days) < count:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days.append(day)
    return days


def create_booking_ms(database: Database, days: list[dt.date], runs: int) -> tuple[float, int]:
    """Median time of create_booking on free slots (every rule checked); and how many were refused."""
    rooms = list_rooms(database)
    now = to_utc(dt.datetime.combine(days[0] - dt.timedelta(days=400), dt.time(0)))
    samples, refused = [], 0
    for index in range(runs):
        slot_day = days[index // len(rooms)]
        draft = BookingDraft(room_id=rooms[index % len(rooms)].id, starts=dt.datetime.combine(slot_day, dt.time(10)),
                             ends=dt.datetime.combine(slot_day, dt.time(11, 30)), title="Bench", attendees=5)
        started = time.perf_counter()
        try:
            create_booking(database, draft, now=now)
        except Exception:  # noqa: BLE001 - a refused slot still ran every rule; counted apart
            refused += 1
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), refused


def change_visible_s(database: Database, days: list[dt.date], trials: int) -> list[float]:
    """Seconds from one desk's commit until the other desk has noticed it and read the day again."""
    other_desk = open_database(database.url, operator="otrā kase", migrate=False)
    watcher = ChangeWatcher(other_desk)
    rooms = list_rooms(database)
    start, end = local_day_bounds(days[0])
    committed_at: list[float] = []
    seen_at: list[float] = []
    stop = threading.Event()

    def other_desk_loop() -> None:
        # As the window's QTimer: poll, and when something changed read what the section shows.
        while not stop.is_set():
            if watcher.poll() and committed_at and len(seen_at) < len(committed_at):
                bookings_between(other_desk, start, end)
                seen_at.append(time.perf_counter())
            time.sleep(CHANGE_POLL_MS / 1000)

    loop = threading.Thread(target=other_desk_loop, daemon=True)
    loop.start()
    now = to_utc(dt.datetime.combine(days[0] - dt.timedelta(days=400), dt.time(0)))
    for index in range(trials):
        time.sleep(random.uniform(0.3, 1.3))  # commits fall anywhere between two polls
        create_booking(database, BookingDraft(
            room_id=rooms[index % len(rooms)].id, starts=dt.datetime.combine(days[-1], dt.time(14)),
            ends=dt.datetime.combine(days[-1], dt.time(15)), title="Cita kase"), now=now)
        committed_at.append(time.perf_counter())
        deadline = time.perf_counter() + 10
        while len(seen_at) < len(committed_at) and time.perf_counter() < deadline:
            time.sleep(0.01)
        if len(seen_at) < len(committed_at):
            seen_at.append(float("inf"))
    stop.set()
    loop.join()
    watcher.close()
    other_desk.dispose()
    return [seen - committed for committed, seen in zip(committed_at, seen_at, strict=True)]


def postgres_copy(source: Path) -> Database | None:
    url = os.environ.get("NGO_DESKTOP_BENCH_POSTGRES_URL") or os.environ.get("NGO_DESKTOP_TEST_POSTGRES_URL")
    if not url:
        return None
    from ngo_desktop.services.backup.transfer import move_to_server

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    sqlite = open_database(source, operator="bench")
    started = time.perf_counter()
    report = move_to_server(sqlite, url)
    print(f"moved {report.total_rows} rows to PostgreSQL in {time.perf_counter() - started:.1f} s")
    sqlite.dispose()
    database = open_database(url, operator="bench")
    with database.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    return database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--trials", type=int, default=10)
    arguments = parser.parse_args()
    source, origin = large_database()
    work = Path(tempfile.mkdtemp()) / "shared-bench.sqlite3"
    shutil.copy(source, work)
    print(f"Database: {origin}")
    databases = {"SQLite": open_database(work, operator="bench")}
    server = postgres_copy(work)
    if server is not None:
        databases["PostgreSQL"] = server
    days = free_weekdays(databases["SQLite"], arguments.runs // 40 + 2)
    print(f"{'measure':<28}{'database':<12}{'value':>10}{'target':>10}{'ratio':>8}")
    figures = []
    for name, database in databases.items():
        median_ms, refused = create_booking_ms(database, days, arguments.runs)
        print(f"{'create booking (median ms)':<28}{name:<12}{median_ms:>10.1f}{CREATE_TARGET_MS:>10.0f}"
              f"{median_ms / CREATE_TARGET_MS:>8.2f}" + (f"   ({refused} refused)" if refused else ""))
        latencies = change_visible_s(database, days, arguments.trials)
        worst = max(latencies)
        print(f"{'other desk sees it (worst s)':<28}{name:<12}{worst:>10.2f}{VISIBLE_TARGET_S:>10.0f}"
              f"{worst / VISIBLE_TARGET_S:>8.2f}   (mean {statistics.mean(latencies):.2f} s)")
        figures += [figure(f"create booking, median ({name})", median_ms, "ms", CREATE_TARGET_MS),
                    figure(f"another desk sees it, worst ({name})", worst, "s", VISIBLE_TARGET_S)]
        database.dispose()
    print_results(figures)


if __name__ == "__main__":
    main()
