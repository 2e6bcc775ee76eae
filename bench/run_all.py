"""Run every bench in bench/ and write docs/performance.md: each figure, its target and the ratio.

    python bench/run_all.py [--quick] [--only NAME ...] [--timeout SECONDS] [--output docs/performance.md]

Each bench (``bench/*_bench.py`` and ``bench/startup.py``) runs as a process of its own with a time
limit and ends with a ``RESULTS`` line (bench/results.py): a JSON list of figures with their
targets. The peers a target is measured against (the bare PySide6 window, QSqlTableModel,
LibreOffice) are measured by the benches in the same run. A bench that fails or runs out of time
is listed with its last words instead of figures; the others still count. ``--quick`` asks each
bench for fewer repetitions (a smoke test of the benches, not figures to quote).

PostgreSQL: bench/shared_bench.py WIPES the database it is given. It gets one only through
NGO_DESKTOP_BENCH_POSTGRES_URL (a test database of NGO_DESKTOP_TEST_POSTGRES_URL is never handed
to it from here); without that variable only its SQLite figures are taken, and the document says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"

# Titles of the areas, in the document's order; a bench not named here is added under its file name.
AREAS = {
    "startup.py": "Start-up",
    "command_line_bench.py": "Command line and printing (whole processes)",
    "printing_bench.py": "Printing from the database (in process)",
    "documents_bench.py": "Document builders (in process)",
    "organisations_bench.py": "Organisations",
    "import_bench.py": "Import of organisations",
    "bookings_bench.py": "Bookings",
    "shared_bench.py": "Shared database",
    "fairs_bench.py": "Fairs & markets",
    "premises_bench.py": "Pop-up premises",
    "reports_bench.py": "Reports",
    "responsiveness.py": "The window's responsiveness (SQLite; the PostgreSQL run takes --postgres)",
}
QUICK_ARGUMENTS = {"startup.py": ["--runs", "2"], "import_bench.py": ["--runs", "1"],
                   "shared_bench.py": ["--runs", "5", "--trials", "2"], "command_line_bench.py": ["--runs", "1"]}
QUICK_RUNS = ["--runs", "2"]


@dataclass
class BenchRun:
    script: str
    seconds: float = 0.0
    figures: list[dict] = field(default_factory=list)
    problem: str = ""


def bench_scripts() -> list[str]:
    found = sorted(path.name for path in BENCH.glob("*_bench.py"))
    found += [name for name in ("startup.py", "responsiveness.py") if (BENCH / name).exists()]
    order = list(AREAS)
    return sorted(found, key=lambda name: (order.index(name) if name in order else len(order), name))


def run_bench(script: str, *, quick: bool, timeout: float) -> BenchRun:
    arguments = (QUICK_ARGUMENTS.get(script, QUICK_RUNS) if quick else [])
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    environment.pop("NGO_DESKTOP_TEST_POSTGRES_URL", None)  # see the module's note on PostgreSQL
    run = BenchRun(script)
    started = time.perf_counter()
    print(f"running {script} …", flush=True)
    try:
        finished = subprocess.run([sys.executable, str(BENCH / script), *arguments], cwd=ROOT, env=environment,
                                  capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        run.problem = f"did not finish within {timeout:.0f} s"
        run.seconds = time.perf_counter() - started
        return run
    run.seconds = time.perf_counter() - started
    lines = [line for line in finished.stdout.splitlines() if line.startswith("RESULTS ")]
    if lines:  # a bench may end with exit code 1 when a figure is over its target: its figures say so
        run.figures = json.loads(lines[-1].removeprefix("RESULTS "))
    else:
        last = (finished.stderr.strip() or finished.stdout.strip() or "no output").splitlines()[-1]
        run.problem = f"exit code {finished.returncode}, no figures: {last}"
    return run


def versions() -> dict[str, str]:
    import PySide6
    from PySide6.QtCore import qVersion

    return {"Python": platform.python_version(), "PySide6": PySide6.__version__, "Qt": qVersion(),
            "SQLite": sqlite3.sqlite_version}


def verdict(item: dict) -> tuple[str, str]:
    """The ratio and OK / OVER of a figure ("—" and "info" without a target)."""
    target = item.get("target")
    if not target:
        return "—", "info"
    ratio = item["value"] / target
    return f"{ratio:.2f}", "OK" if ratio <= 1 else "OVER"


def number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def document(runs: list[BenchRun], *, quick: bool, started: dt.datetime, load: str) -> str:
    facts = versions()
    lines = [
        "# Performance",
        "",
        "Written by `python bench/run_all.py`" + (" --quick (few repetitions: a smoke test, not figures to quote)"
                                                  if quick else "") + "; do not edit by hand.",
        "",
        f"- Date: {started:%Y-%m-%d %H:%M} UTC",
        f"- Machine: {os.cpu_count()} cores ({platform.machine()}, {platform.system()}); load average at the "
        f"start {load}. The machine may be shared: a ratio near 1 is worth measuring again on a quiet machine.",
        f"- Python {facts['Python']}, PySide6 {facts['PySide6']}, Qt {facts['Qt']}, SQLite {facts['SQLite']}",
        "- Ratio = value / target; OK when at most 1. Figures without a target are peers or raw times, "
        "given for information.",
    ]
    if not os.environ.get("NGO_DESKTOP_BENCH_POSTGRES_URL"):
        lines.append("- PostgreSQL: not measured in this run (NGO_DESKTOP_BENCH_POSTGRES_URL was not set); "
                     "the shared-database figures are SQLite's only.")
    everything = [item for run in runs for item in run.figures]
    over = sum(1 for item in everything if verdict(item)[1] == "OVER")
    within = sum(1 for item in everything if verdict(item)[1] == "OK")
    failed = [run.script for run in runs if run.problem]
    lines += ["", f"Summary: {within} within target, {over} over target"
              + (f"; failed: {', '.join(failed)}" if failed else "") + "."]
    for run in runs:
        lines += ["", f"## {AREAS.get(run.script, run.script)}", "",
                  f"`bench/{run.script}`, {run.seconds:.0f} s."]
        if run.problem:
            lines += ["", f"**The bench failed**: {run.problem}"]
        if run.figures:
            lines += ["", "| figure | value | target | ratio | |", "|---|---:|---:|---:|---|"]
            for item in run.figures:
                ratio, mark = verdict(item)
                target = f"{number(item['target'])} {item['unit']}" if item.get("target") else "—"
                lines.append(f"| {item['name']} | {number(item['value'])} {item['unit']} | {target} | {ratio} | {mark} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions in each bench")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these benches (file names)")
    parser.add_argument("--timeout", type=float, default=1200, help="seconds each bench may take")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "performance.md")
    arguments = parser.parse_args()
    scripts = bench_scripts()
    if arguments.only:
        unknown = set(arguments.only) - set(scripts)
        if unknown:
            parser.error(f"no such bench: {', '.join(sorted(unknown))} (there are: {', '.join(scripts)})")
        scripts = [script for script in scripts if script in arguments.only]
    started = dt.datetime.now(dt.UTC)
    load = " / ".join(f"{value:.1f}" for value in os.getloadavg())
    runs = [run_bench(script, quick=arguments.quick, timeout=arguments.timeout) for script in scripts]
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.write_text(document(runs, quick=arguments.quick, started=started, load=load), encoding="utf-8")
    for run in runs:
        marks = [verdict(item)[1] for item in run.figures]
        print(f"{run.script:26} {run.seconds:6.0f} s  {marks.count('OK')} OK, {marks.count('OVER')} OVER"
              + (f"  FAILED: {run.problem}" if run.problem else ""))
    print(f"written: {arguments.output}")


if __name__ == "__main__":
    main()
