"""The command line as a person runs it: whole processes, from spawning to exit.

    python bench/command_line_bench.py [--runs 7]

Targets of issue #16: ``ngo-desktop --version`` and ``--help`` at most 0.2 s; ``print door-sign`` at
most 0.6 s; ``print directory`` (5,000 organisations) at most 2.5 s; ``print week-schedule`` of the
site with the most rooms at most 0.5 × LibreOffice printing the same week from an .xlsx, headless,
measured in the same run, one run of each in turn (a shared machine's slow moment then falls on
both, not on one side of the ratio). Where LibreOffice (``soffice``) is missing, the bench says so
and gives the week schedule's time for information. It runs on a copy of the large demo database
(bench.demo_database), so the documents it notes in the register leave the cached one as it was.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.results import figure, installed_environment, print_results  # noqa: E402

NO_LIBREOFFICE = "LibreOffice not installed here"


def seconds(command: list[str], runs: int) -> float:
    """Median seconds of ``command`` from spawning to exit (it must succeed)."""
    return statistics.median(times_of(command, runs))


def times_of(command: list[str], runs: int) -> list[float]:
    """Seconds of each of ``runs`` runs of ``command`` from spawning to exit (it must succeed)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=installed_environment())
        times.append(time.perf_counter() - started)
    return times


def in_turn(first: list[str], second: list[str], runs: int) -> tuple[float, float]:
    """Median seconds of each command, run one after the other ``runs`` times (which goes first
    alternates, so neither always runs just after the other)."""
    times: tuple[list[float], list[float]] = ([], [])
    pairs = list(zip((first, second), times, strict=True))
    for round_number in range(runs):
        for command, taken in pairs if round_number % 2 == 0 else reversed(pairs):
            taken += times_of(command, 1)
    return statistics.median(times[0]), statistics.median(times[1])


def busiest(database: Path) -> tuple[int, int, int, dt.date]:
    """The site with the most rooms and its room count, the busiest room, and that room's last day booked."""
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        site, rooms = connection.execute(
            "SELECT site_id, count(*) FROM room WHERE NOT archived GROUP BY site_id ORDER BY 2 DESC").fetchone()
        room, last_start = connection.execute(
            "SELECT room_id, max(starts_at) FROM booking GROUP BY room_id ORDER BY count(*) DESC").fetchone()
    return site, rooms, room, dt.date.fromisoformat(str(last_start)[:10])


def libreoffice_week(soffice: str, database: Path, site: int, week: dt.date, folder: Path) -> list[str]:
    """The command of LibreOffice printing the site's week from .xlsx to PDF: the rows our week
    schedule prints.

    The same bookings as ``print week-schedule`` shows (provisional and confirmed ones starting in
    the week's Riga days, every room of the site), each a row with its room, local times, title and
    organisation. LibreOffice is run once untimed first: that run creates its user profile, which
    a person printing every week has long had.
    """
    from openpyxl import Workbook

    from ngo_desktop.timeutil import local_day_bounds, to_local

    monday = week - dt.timedelta(days=week.weekday())
    start, end = local_day_bounds(monday)[0], local_day_bounds(monday + dt.timedelta(days=6))[1]
    stored = "%Y-%m-%d %H:%M:%S"  # how SQLite keeps the UTC instants, so that text comparison works
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        rows = connection.execute(
            "SELECT room.name, booking.starts_at, booking.ends_at, booking.title, organisation.name FROM booking "
            "JOIN room ON room.id = booking.room_id "
            "LEFT JOIN organisation ON organisation.id = booking.organisation_id "
            "WHERE room.site_id = ? AND NOT room.archived AND booking.status IN ('provisional', 'confirmed') "
            "AND booking.starts_at >= ? AND booking.starts_at < ? ORDER BY room.name, booking.starts_at",
            (site, start.strftime(stored), end.strftime(stored))).fetchall()
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Telpa", "Diena", "Laiks", "Nosaukums", "Organizācija"])
    for room, starts_at, ends_at, title, organisation in rows:
        starts = to_local(dt.datetime.fromisoformat(starts_at).replace(tzinfo=dt.UTC))
        ends = to_local(dt.datetime.fromisoformat(ends_at).replace(tzinfo=dt.UTC))
        sheet.append([room, f"{starts:%d.%m.%Y}", f"{starts:%H:%M}–{ends:%H:%M}", title or "", organisation or ""])
    source = folder / "week.xlsx"
    workbook.save(source)
    profile = (folder / "lo-profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(folder), str(source)]
    seconds(command, 1)  # creates the profile: not timed
    print(f"LibreOffice prints {len(rows)} bookings of the week from {source.name}")
    return command


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs

    from bench.demo_database import large_demo_database

    folder = Path(tempfile.mkdtemp(prefix="command-line-bench-"))
    try:
        database = folder / "large.sqlite3"
        shutil.copy(large_demo_database(), database)
        site, room_count, room, day = busiest(database)
        program = [sys.executable, "-m", "ngo_desktop"]
        printing = [*program, "--database", str(database), "print"]
        output = ["-o", str(folder / "out.pdf"), "--force"]
        week = f"{day.isocalendar().year}-W{day.isocalendar().week:02d}"
        seconds([*printing, "directory", *output], 1)  # the file cache warmed for every command
        figures = [
            figure("ngo-desktop --version", seconds([*program, "--version"], runs), "s", 0.2),
            figure("ngo-desktop --help", seconds([*program, "--help"], runs), "s", 0.2),
            figure("print door-sign", seconds([*printing, "door-sign", "--room", str(room), "--date",
                                               day.strftime("%d.%m.%Y"), *output], runs), "s", 0.6),
            figure("print directory (5,000 organisations)", seconds([*printing, "directory", *output], runs),
                   "s", 2.5),
        ]
        schedule_command = [*printing, "week-schedule", "--site", str(site), "--week", week, *output]
        schedule_name = f"print week-schedule ({room_count} rooms)"
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            schedule = seconds(schedule_command, runs)
            print(f"{schedule_name}: {schedule:.2f} s; {NO_LIBREOFFICE}, so no ratio")
            figures.append(figure(f"{schedule_name} ({NO_LIBREOFFICE})", schedule, "s", None))
        else:
            peer_command = libreoffice_week(soffice, database, site, day, folder)
            schedule, peer = in_turn(schedule_command, peer_command, runs)
            print(f"{schedule_name}: {schedule:.2f} s; LibreOffice headless: {peer:.2f} s")
            figures += [figure(f"{schedule_name} vs LibreOffice printing the week from .xlsx", schedule / peer,
                               "×", 0.5),
                        figure("LibreOffice printing the week from .xlsx (peer)", peer, "s", None)]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for item in figures:
        target = item["target"]
        verdict = f"target {target} {item['unit']}" if target is not None else "for information"
        print(f"{item['name']:70} {item['value']:8.2f} {item['unit']:3} {verdict}")
    print_results(figures)


if __name__ == "__main__":
    main()
