"""The large demo database that benchmarks run against, built once and kept in bench/.cache/.

``large_demo_database()`` returns the path of ``bench/.cache/large.sqlite3``, building it first
when it is missing, when the program's schema has moved on (``ngo_desktop.database.core.HEAD_REVISION``),
or when the generator's code has changed since it was built. The build goes to a temporary file
that replaces the cached one only when complete, so an interrupted build never leaves a broken
database behind.

    python bench/demo_database.py [--rebuild]

prints how long the build took and how many rows of each kind the database holds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ngo_desktop.database.core import HEAD_REVISION, open_database  # noqa: E402
from ngo_desktop.services.demo import common as demo_common  # noqa: E402
from ngo_desktop.services.demo import fill as demo  # noqa: E402
from ngo_desktop.services.demo import large as demo_large  # noqa: E402
from ngo_desktop.services.demo import names as demo_names  # noqa: E402

CACHE_DIR = Path(__file__).resolve().parent / ".cache"
DATABASE = CACHE_DIR / "large.sqlite3"
STAMP = CACHE_DIR / "large.json"

COUNTED_TABLES = (
    "site", "room", "organisation", "contact_person", "booking_series", "booking", "fair", "fair_day",
    "stall_layout", "stall", "vendor_application", "application_day", "stall_assignment", "premises",
    "tenancy", "tenancy_payment",
)


def large_demo_database(*, rebuild: bool = False) -> Path:
    """The cached large demo database, (re)built when needed; a build prints how long it took."""
    if rebuild or not is_current():
        seconds = build(DATABASE)
        STAMP.write_text(json.dumps(_fingerprint(), indent=2), encoding="utf-8")
        print(f"built the large demo database in {seconds:.1f} s (target: under 120 s): {DATABASE}")
    return DATABASE


def is_current() -> bool:
    """Whether the cached database exists and was built by this schema and this generator."""
    return DATABASE.exists() and _stamp() == _fingerprint() and _schema_revision(DATABASE) == HEAD_REVISION


def build(target: Path) -> float:
    """Build the large demo into ``target`` (replacing it); returns the seconds the demo took."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.stem}.building-{os.getpid()}{target.suffix}")
    _remove(partial)
    database = open_database(partial, operator="bench")
    try:
        started = time.perf_counter()
        demo.fill_demo_data(database, scale="large")
        seconds = time.perf_counter() - started
    finally:
        database.dispose()
    _remove(target)
    partial.replace(target)
    return seconds


def row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED_TABLES}


def _fingerprint() -> dict[str, str]:
    """What the cached database was built from: the schema and the generator's source."""
    source = hashlib.sha256()
    for module in (demo, demo_common, demo_large, demo_names):
        source.update(Path(module.__file__ or "").read_bytes())
    return {"schema": HEAD_REVISION, "generator": source.hexdigest()}


def _stamp() -> dict[str, str] | None:
    try:
        return json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _schema_revision(path: Path) -> str | None:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rebuild", action="store_true", help="build again even if the cached database is current")
    arguments = parser.parse_args()
    if not arguments.rebuild and is_current():
        print("the cached database is current (use --rebuild to time a build)")
    path = large_demo_database(rebuild=arguments.rebuild)
    print(f"{path} ({path.stat().st_size / 1e6:.0f} MB)")
    for table, count in row_counts(path).items():
        print(f"{table:>20} {count:>9,}")


if __name__ == "__main__":
    main()
