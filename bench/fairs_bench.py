"""Speed of the Fairs & markets section against the targets of issue #5.

    python bench/fairs_bench.py [--runs 9]

- A plan with 300 stalls opens (read, scene built, first paint) in at most 300 ms.
- Panning and zooming repaint without visible lag: each repaint of the view at most one frame
  at 60 Hz (16.7 ms).
- A list of 1,000 applications filters (count + first page) in at most 30 ms.

It runs on a copy of the large demo database (bench.demo_database) with a 300-stall fair and
1,000 applications added; when that database is not available it builds the same fair in an
empty database and says so. Reads run on the operations layer's worker: each time is measured from
the request to the answer shown on the GUI thread (the hand-over between threads included).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.results import figure, print_results  # noqa: E402
from ngo_desktop.database.core import Database, open_database  # noqa: E402
from ngo_desktop.models import (  # noqa: E402
    ApplicationDay,
    ApplicationStatus,
    Fair,
    FairDay,
    FairKind,
    Organisation,
    Stall,
    StallLayout,
    VendorApplication,
    VendorCategory,
)
from ngo_desktop.services.fairs.vendors import ApplicationFilter  # noqa: E402
from ngo_desktop.sorting import organisation_match_key, organisation_sort_key  # noqa: E402

PLAN_STALLS = 300
APPLICATIONS = 1000
TARGET_OPEN_MS = 300.0
TARGET_FRAME_MS = 1000 / 60
TARGET_FILTER_MS = 30.0


def benchmark_database(folder: Path) -> tuple[Database, str]:
    try:
        from bench.demo_database import large_demo_database

        source = Path(large_demo_database())
        copy = folder / "large.sqlite3"
        shutil.copyfile(source, copy)
        return open_database(copy, operator="bench"), f"large demo database ({source.name})"
    except (ImportError, OSError, RuntimeError) as problem:
        return open_database(folder / "fairs.sqlite3", operator="bench"), f"empty database ({problem})"


def add_big_fair(database: Database) -> int:
    """A 300-stall market (20 rows of 15) with 1,000 applications on its first day."""
    categories = list(VendorCategory)
    with database.unit_of_work() as session:
        layout = StallLayout(name="Bench: Lielais laukums", width_m=100, depth_m=90)
        for index in range(PLAN_STALLS):
            row, column = divmod(index, 15)
            layout.stalls.append(Stall(number=str(index + 1), x_m=2 + column * 6.5, y_m=2 + row * 4.4,
                                       width_m=3, depth_m=3, has_power=index % 4 == 0))
        session.add(layout)
        fair = Fair(name="Bench: Lielais gadatirgus", kind=FairKind.SEASONAL_MARKET, address="Laukums",
                    layout=layout)
        fair.days = [FairDay(day=dt.date(2027, 6, 5) + dt.timedelta(days=7 * week), opens=dt.time(9),
                             closes=dt.time(15)) for week in range(2)]
        session.add(fair)
        session.flush()
        for number in range(APPLICATIONS):
            name = f"Biedrība „Tirgotājs {number:04d} Ābele”"
            organisation = Organisation(name=name, sort_key=organisation_sort_key(name),
                                        match_key=organisation_match_key(name))
            session.add(organisation)
            application = VendorApplication(fair_id=fair.id, organisation=organisation,
                                            category=categories[number % len(categories)],
                                            goods="Rokdarbi un medus")
            status = ApplicationStatus.ACCEPTED if number < PLAN_STALLS else ApplicationStatus.APPLIED
            application.days = [ApplicationDay(fair_day_id=fair.days[0].id, status=status)]
            session.add(application)
        return fair.id


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def until_answered(application: QApplication) -> None:
    """Deliver the answers of every call the views started (they run on the worker)."""
    from ngo_desktop.views.operations import is_idle

    while not is_idle():
        application.processEvents()


def measure(runs: int) -> None:
    application = QApplication.instance() or QApplication([])
    from ngo_desktop.i18n import install_language
    from ngo_desktop.views.fairs.applications_model import ApplicationsModel
    from ngo_desktop.views.fairs.plan_page import PlanPage

    install_language("lv")
    folder = Path(tempfile.mkdtemp(prefix="fairs-bench-"))
    database, source = benchmark_database(folder)
    fair_id = add_big_fair(database)
    print(f"data: {source}; a fair with {PLAN_STALLS} stalls and {APPLICATIONS} applications added")

    opening: list[float] = []
    for _ in range(runs):
        # A fresh page each time: the same page would only bring the re-read plan into its items.
        page = PlanPage(database)
        page.resize(1280, 800)
        page.show()
        application.processEvents()
        started = time.perf_counter()
        page.set_fair(fair_id)
        until_answered(application)
        page.view.viewport().grab()  # the first paint is part of opening
        opening.append(time.perf_counter() - started)
        assert len(page.scene.stall_items) == PLAN_STALLS
        if len(opening) < runs:
            page.deleteLater()

    zooming: list[float] = []
    panning: list[float] = []
    page.view.fit_plan()
    for step in range(max(runs, 10)):
        started = time.perf_counter()
        page.view.zoom_by(1.15 if step % 2 == 0 else 1 / 1.1)
        page.view.viewport().grab()
        zooming.append(time.perf_counter() - started)
    page.view.zoom_by(2.0)
    scroll = page.view.horizontalScrollBar()
    for step in range(max(runs, 10)):
        started = time.perf_counter()
        scroll.setValue(scroll.minimum() + (scroll.maximum() - scroll.minimum()) * (step % 5) // 4)
        page.view.viewport().grab()
        panning.append(time.perf_counter() - started)

    model = ApplicationsModel(database)
    texts = ["", "ābele", "tirgotājs 07", "abele", "0999"]
    filtering: list[float] = []
    for run in range(runs):
        criteria = ApplicationFilter(fair_id=fair_id, fair_day_id=None, text=texts[run % len(texts)])
        started = time.perf_counter()
        model.set_filter(criteria)
        until_answered(application)
        filtering.append(time.perf_counter() - started)
    model.set_filter(ApplicationFilter(fair_id=fair_id))
    until_answered(application)
    assert model.total == APPLICATIONS

    rows = [
        ("open a 300-stall plan (read + scene + first paint)", median_ms(opening), TARGET_OPEN_MS),
        ("zoom one step and repaint", median_ms(zooming), TARGET_FRAME_MS),
        ("pan and repaint", median_ms(panning), TARGET_FRAME_MS),
        ("filter 1,000 applications (count + first page)", median_ms(filtering), TARGET_FILTER_MS),
    ]
    print(f"{'measure':55} {'median ms':>10} {'target ms':>10} {'ratio':>7}")
    for name, value, target in rows:
        print(f"{name:55} {value:10.1f} {target:10.1f} {value / target:7.2f}")
    print_results([figure(name, value, "ms", target) for name, value, target in rows])
    from ngo_desktop.views.operations import drain

    drain()
    database.dispose()
    shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    measure(parser.parse_args().runs)


if __name__ == "__main__":
    main()
