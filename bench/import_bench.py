"""Importing 100,000 organisations from one CSV file: time and peak memory.

    python bench/import_bench.py [--runs 3] [--rows 100000]

Target of issue #16: the whole import (reading the file, checking every row, finding duplicates,
writing in one transaction) takes at most 20 s and the process's peak memory stays at most 300 MB.
The file is the Organisations bench's generated registry (Windows-1257, ';', Latvian headers),
100,000 rows long; it is imported into a copy of the large demo database (bench.demo_database)
so the duplicate check runs against 5,000 existing organisations; without that database, into an
empty one, and the bench says so. Each run is a fresh copy, measured in a child process of its own,
so each run's peak memory is its own; the median of the runs is reported. Each run's CPU time
(the child's user + system time during the import) is printed beside it: on a shared machine the
wall-clock time also counts the time others took the cores, the CPU time does not.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.results import figure, print_results  # noqa: E402

TARGET_SECONDS = 20.0
TARGET_MB = 300.0

# Run in the child: imports the file into the database and prints seconds and peak memory.
CHILD = """
import json, resource, sys, time
from pathlib import Path
from ngo_desktop.database.core import open_database
from ngo_desktop.services.organisations.importing import import_organisations
database = open_database(Path(sys.argv[1]), operator="bench")
started, cpu_started = time.perf_counter(), time.process_time()
summary = import_organisations(database, Path(sys.argv[2]))
seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
database.dispose()
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "peak_mb": peak_mb, "added": summary.added,
                  "skipped": summary.skipped}))
"""


def source_database() -> tuple[Path | None, str]:
    try:
        from bench.demo_database import large_demo_database

        path = Path(large_demo_database())
        return path, f"a copy of the large demo database ({path.name})"
    except Exception as problem:  # noqa: BLE001 - any failure means: import into an empty database
        return None, f"an empty database (large demo not available: {problem!r})"


def run_once(folder: Path, source: Path | None, csv_file: Path, run: int) -> dict[str, float]:
    target = folder / f"import-{run}.sqlite3"
    if source is not None:
        shutil.copy(source, target)
    finished = subprocess.run([sys.executable, "-c", CHILD, str(target), str(csv_file)], cwd=ROOT,
                              capture_output=True, text=True, check=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    return json.loads(finished.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=100_000)
    arguments = parser.parse_args()

    from bench.organisations_bench import write_csv

    folder = Path(tempfile.mkdtemp(prefix="import-bench-"))
    try:
        csv_file = folder / "registrs.csv"
        write_csv(csv_file, arguments.rows)
        source, origin = source_database()
        print(f"{arguments.rows:,} rows, {csv_file.stat().st_size / 1e6:.1f} MB CSV, into {origin}")
        runs = [run_once(folder, source, csv_file, run) for run in range(arguments.runs)]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for number, run in enumerate(runs, 1):
        print(f"run {number}: {run['seconds']:.1f} s (CPU {run['cpu_seconds']:.1f} s), peak {run['peak_mb']:.0f} MB, "
              f"{run['added']:,} added, {run['skipped']:,} skipped")
    seconds = statistics.median(run["seconds"] for run in runs)
    peak = statistics.median(run["peak_mb"] for run in runs)
    print(f"import of {arguments.rows:,} organisations: {seconds:.1f} s (target {TARGET_SECONDS:.0f} s, "
          f"ratio {seconds / TARGET_SECONDS:.2f}); peak memory {peak:.0f} MB (target {TARGET_MB:.0f} MB, "
          f"ratio {peak / TARGET_MB:.2f}); CPU time median {statistics.median(run['cpu_seconds'] for run in runs):.1f} s")
    label = f"import {arguments.rows:,} organisations (CSV)"
    print_results([figure(f"{label}: time", seconds, "s", TARGET_SECONDS),
                   figure(f"{label}: peak memory", peak, "MB", TARGET_MB)])


if __name__ == "__main__":
    main()
