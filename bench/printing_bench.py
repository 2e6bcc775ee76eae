"""End-to-end speed of printing from the large demo database (query + format + build), against issue #6.

    python bench/printing_bench.py [--runs 3]

Targets: a door sign at most 100 ms; the week schedule of the site with the most rooms (40 in the
large demo) at most 500 ms; the directory of 5,000 organisations at most 5 s, with its page count and
file size. Each figure is the median of ``--runs`` runs after one warm-up run (fonts registered).
Documents are built without being noted in the register, so the cached database stays as it was.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.results import figure, print_results  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--database", type=Path, help="an existing large demo file instead of the cached one")
    arguments = parser.parse_args()
    runs = arguments.runs
    from pypdf import PdfReader
    from PySide6.QtCore import QCoreApplication
    from sqlalchemy import func, select

    from ngo_desktop.db import open_database
    from ngo_desktop.i18n import install_language
    from ngo_desktop.models import Booking, Organisation, Room
    from ngo_desktop.services.printing import DocumentRequest, make_document, week_text
    from ngo_desktop.timeutil import to_local

    application = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - translations need it
    install_language("lv")
    if arguments.database is None:
        from bench.demo_database import large_demo_database

        arguments.database = large_demo_database()
    database = open_database(arguments.database, operator="bench")
    with database.read_session() as session:
        site_id, room_count = session.execute(
            select(Room.site_id, func.count()).where(Room.archived.is_(False)).group_by(Room.site_id)
            .order_by(func.count().desc())).first()
        busiest_room, _count = session.execute(
            select(Booking.room_id, func.count()).group_by(Booking.room_id).order_by(func.count().desc())).first()
        last_start = session.scalar(select(func.max(Booking.starts_at)).where(Booking.room_id == busiest_room))
        organisations = session.scalar(select(func.count()).select_from(Organisation)
                                       .where(Organisation.archived.is_(False)))
    day = to_local(last_start).date()
    cases = [
        ("door sign (1 day)", DocumentRequest("door-sign", room_id=busiest_room, day=day), 0.100),
        (f"week schedule ({room_count} rooms)", DocumentRequest("week-schedule", site_id=site_id, week=week_text(day)),
         0.500),
        (f"directory ({organisations} organisations)", DocumentRequest("directory"), 5.0),
    ]
    print(f"{'document':40} {'median ms':>10} {'target ms':>10} {'ratio':>6} {'pages':>6} {'KiB':>7}")
    figures = []
    for name, request, target in cases:
        pdf = make_document(database, request, register=False).pdf
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            pdf = make_document(database, request, register=False).pdf
            timings.append(time.perf_counter() - started)
        median = statistics.median(timings)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        print(f"{name:40} {median * 1000:10.0f} {target * 1000:10.0f} {median / target:6.2f} {pages:6d} "
              f"{len(pdf) / 1024:7.0f}")
        figures.append(figure(f"{name}, in process", median * 1000, "ms", target * 1000))
    database.dispose()
    print_results(figures)


if __name__ == "__main__":
    main()
