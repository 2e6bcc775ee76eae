"""Start-up time and peak memory of the program on the large demo database, against a floor.

The floor is a bare PySide6 main window plus ``import sqlalchemy.orm`` in one process: what any
program on this stack pays. Both are measured the same way in the same run: from spawning the
process until it exits right after the main window's first paint, offscreen, several times,
reporting the median; peak memory is the child's maximum resident set size.

    python bench/startup.py [--runs 7]

Targets (issue #16): until the day's calendar of the first site is painted with its bookings, at
most 1.5 × the floor's time and 1.3 × its peak memory. The window's own first paint (its frame,
before the section's answers are back) is printed beside it. bench/startup_probe.py starts the
program and reports those moments; the program itself carries no benchmark hooks.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.results import figure, installed_environment, print_results  # noqa: E402

FLOOR_PROGRAM = """
import os, sys, time
import sqlalchemy.orm  # before PySide6, as the program loads them (PySide6's import hook slows later imports)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def report():
    sys.stdout.write(f"painted {time.time():.6f}\\n")
    sys.stdout.flush()
    os._exit(0)

class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, report)
        return False

app = QApplication([])
window = QMainWindow()
window.resize(1024, 680)
quitter = Quit()
window.installEventFilter(quitter)
window.show()
app.exec()
"""


def measure(command: list[str], environment: dict[str, str]) -> tuple[float, int]:
    """Seconds from spawning the process to its report of the first paint, and its peak memory
    in KiB. The child reports the wall-clock time of the paint and ends at once, so neither the
    floor nor the program is charged for shutting down."""
    started = time.time()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    output = process.stdout.read().decode() if process.stdout else ""
    _pid, status, usage = os.wait4(process.pid, 0)
    painted = [line for line in output.splitlines() if line.startswith("painted ")]
    if os.waitstatus_to_exitcode(status) != 0 or not painted:
        raise SystemExit(f"{command} failed: {process.stderr.read().decode() if process.stderr else ''}")
    return float(painted[-1].split()[1]) - started, usage.ru_maxrss


def _large_demo_database() -> Path:
    """The large demo database, built if needed in a process of its own: Linux keeps a process's peak
    memory across exec, so every child spawned after this process had grown (building the database
    takes it to 160 MiB) would report at least that much, the floor and the program alike."""
    built = subprocess.run(
        [sys.executable, "-c", "from bench.demo_database import large_demo_database; print(large_demo_database())"],
        cwd=ROOT, capture_output=True, text=True, check=True)
    *said, path = built.stdout.splitlines()
    for line in said:
        print(line)
    return Path(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()

    database = _large_demo_database()
    with tempfile.TemporaryDirectory() as home:
        # As installed: from compiled bytecode (the floor's PySide6 and SQLAlchemy are, too).
        environment = dict(installed_environment(), QT_QPA_PLATFORM="offscreen",
                           XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data")
        floor_command = [sys.executable, "-c", FLOOR_PROGRAM]
        probe = str(ROOT / "bench" / "startup_probe.py")
        program_command = [sys.executable, probe, "first-paint", "--database", str(database)]
        ready_command = [sys.executable, probe, "calendar", "--database", str(database)]
        measure(ready_command, environment)  # warm the file cache for both
        measure(floor_command, environment)
        # One run of each in turn: a shared machine's slow moment then falls on the floor and the
        # program alike rather than on one side of the ratio.
        floor, program, ready = [], [], []
        order = [(floor_command, floor), (program_command, program), (ready_command, ready)]
        for round_number in range(arguments.runs):
            # The order turns each round, so none always runs just after the same other.
            shift = round_number % len(order)
            for command, taken in order[shift:] + order[:shift]:
                taken.append(measure(command, environment))

    floor_time = statistics.median(seconds for seconds, _ in floor)
    program_time = statistics.median(seconds for seconds, _ in program)
    floor_memory = statistics.median(kib for _, kib in floor)
    program_memory = statistics.median(kib for _, kib in program)
    print(f"large demo database: {database} ({database.stat().st_size / 1e6:.0f} MB)")
    print(f"floor (bare PySide6 window + sqlalchemy.orm): {floor_time * 1000:7.0f} ms  {floor_memory / 1024:6.1f} MiB")
    ready_time = statistics.median(seconds for seconds, _ in ready)
    ready_memory = statistics.median(kib for _, kib in ready)
    print(f"ngo_desktop main window painted:            {program_time * 1000:7.0f} ms  {program_memory / 1024:6.1f} MiB"
          f"  (ratio {program_time / floor_time:.2f}, for information)")
    print(f"ngo_desktop calendar of the day painted:    {ready_time * 1000:7.0f} ms  {ready_memory / 1024:6.1f} MiB")
    time_ratio = ready_time / floor_time
    memory_ratio = ready_memory / floor_memory
    print(f"start-up ratio {time_ratio:.2f} (target ≤ 1.50) {'OK' if time_ratio <= 1.5 else 'OVER'}")
    print(f"peak memory ratio {memory_ratio:.2f} (target ≤ 1.30) {'OK' if memory_ratio <= 1.3 else 'OVER'}")
    print_results([
        figure("calendar of the day painted vs bare window: time", time_ratio, "×", 1.5),
        figure("calendar of the day painted vs bare window: peak memory", memory_ratio, "×", 1.3),
        figure("bare PySide6 window + sqlalchemy.orm (peer): time", floor_time * 1000, "ms", None),
        figure("bare PySide6 window + sqlalchemy.orm (peer): peak memory", floor_memory / 1024, "MiB", None),
        figure("calendar of the day painted: time", ready_time * 1000, "ms", None),
        figure("calendar of the day painted: peak memory", ready_memory / 1024, "MiB", None),
    ])


if __name__ == "__main__":
    main()
