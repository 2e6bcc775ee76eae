"""Speed of the reports against the targets of issue #17, on the large demo data.

    python bench/reports_bench.py [--runs 3] [--year 2026]

- Each yearly report reaches the screen in at most 1 s: the service, the layout and the table
  models of every tab (``build_view`` + ``ReportTableModel``), measured in this process; the first
  (cold) run is printed too, since the section's first report is the one a person waits for.
- Each yearly report is written as PDF in at most 2 s for the whole process: ``ngo-desktop report
  … -o FILE.pdf`` started as a new Python process, interpreter start and database check included.

It runs on a copy of the large demo database (bench.demo_database, built once into bench/.cache/).
Figures are the best of ``--runs`` runs (the machine is shared; the best run is the program's own
speed) with the ratio to the target (below 1.00 meets it). ``PDF CPU`` is the user + system time of
that best process: on a loaded machine it moves far less than the wall clock.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.results import figure, installed_environment, print_results  # noqa: E402
from ngo_desktop.database.core import open_database  # noqa: E402
from ngo_desktop.i18n import install_language  # noqa: E402
from ngo_desktop.services.reports.period import Period, ReportFilter  # noqa: E402
from ngo_desktop.services.reports.presentation import REPORTS, build_view  # noqa: E402
from ngo_desktop.views.reports.table_model import ReportTableModel  # noqa: E402

TARGET_SCREEN_S = 1.0
TARGET_PDF_S = 2.0


def to_screen(database, name: str, year: int) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    view = build_view(database, name, ReportFilter(Period.year(year)))
    models = [ReportTableModel(section) for section in view.sections]
    for model in models:  # what a table view asks first: the visible cells
        for row in range(min(40, model.rowCount())):
            for column in range(model.columnCount()):
                model.index(row, column).data()
    return time.perf_counter() - started


def _children_cpu() -> float:
    """CPU seconds of the finished child processes so far; NaN where there is no ``resource`` (Windows)."""
    try:
        import resource
    except ImportError:
        return math.nan
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def to_pdf(path: Path, name: str, year: int, folder: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of the whole ``report … -o FILE.pdf`` process."""
    started, cpu = time.perf_counter(), _children_cpu()
    subprocess.run([sys.executable, "-m", "ngo_desktop", "--database", str(path), "report", name, "--year",
                    str(year), "-o", str(folder / f"{name}.pdf"), "--force"], cwd=ROOT, check=True,
                   capture_output=True, env=installed_environment())
    return time.perf_counter() - started, _children_cpu() - cpu


def start_up(path: Path) -> float:
    """The same process doing no report: interpreter, imports, opening and checking the database."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ngo_desktop", "--database", str(path), "db", "upgrade"], cwd=ROOT,
                   check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--year", type=int, default=2026)
    arguments = parser.parse_args()
    application = QApplication.instance() or QApplication(sys.argv)
    install_language("lv")
    from bench.demo_database import large_demo_database

    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        copy = folder / "large.sqlite3"
        shutil.copyfile(large_demo_database(), copy)
        database = open_database(copy, operator="bench")
        print(f"Large demo database, year {arguments.year}; best of {arguments.runs} runs.")
        baseline = min(start_up(copy) for _ in range(arguments.runs))
        print(f"start-up of a command that only opens the database (db upgrade): {baseline:.3f} s")
        print(f"{'report':<12} {'screen cold':>12} {'screen':>8} {'ratio':>6} {'PDF process':>12} {'ratio':>6} "
              f"{'beyond start-up':>16} {'PDF CPU':>10}")
        figures = []
        for name in REPORTS:
            cold = to_screen(database, name, arguments.year)
            screen = min([cold, *(to_screen(database, name, arguments.year) for _ in range(arguments.runs - 1))])
            pdf, cpu = min(to_pdf(copy, name, arguments.year, folder) for _ in range(arguments.runs))
            print(f"{name:<12} {cold:>10.3f} s {screen:>6.3f} s {screen / TARGET_SCREEN_S:>6.2f} "
                  f"{pdf:>10.3f} s {pdf / TARGET_PDF_S:>6.2f} {pdf - baseline:>14.3f} s {cpu:>8.3f} s")
            figures += [figure(f"{name}: to screen", screen, "s", TARGET_SCREEN_S),
                        figure(f"{name}: to screen, first time", cold, "s", None),
                        figure(f"{name}: PDF, whole process", pdf, "s", TARGET_PDF_S)]
        database.dispose()
    print_results(figures)
    del application


if __name__ == "__main__":
    main()
