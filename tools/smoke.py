"""Smoke test of an installed ngo-desktop: a wheel in a fresh virtual environment, or a bundle.

    python tools/smoke.py PATH/TO/ngo-desktop     # e.g. venv/bin/ngo-desktop, dist/ngo-desktop/ngo-desktop

Runs the program as a front desk would, in a clean environment (a new home, data and settings
folder, no Python variables, PATH without the checkout or a virtual environment) and from a
folder outside the checkout, and checks that it speaks Latvian and finds its fonts and migrations:
``--version``, Latvian help and usage errors, ``demo``, one export of each kind, every ``print``
document, and the window (offscreen) until its first section is filled. Only the standard library
is used, so any Python can run it against a bundle. Exits non-zero with the reason on failure.
The clean environment is a POSIX one (Linux, as in CI); a Windows bundle is checked by hand
(docs/install.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

TIMEOUT_S = 120


class SmokeFailure(Exception):
    pass


def clean_environment(home: Path) -> dict[str, str]:
    """What a desk PC's session has: a home, a locale and a display (offscreen here); nothing that
    would let the program find Python files or settings outside its installation."""
    environment = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    (home / "runtime").mkdir(parents=True, mode=0o700)
    return environment


class Program:
    def __init__(self, executable: Path, work: Path, environment: dict[str, str]) -> None:
        self.executable = executable
        self.work = work
        self.environment = environment
        self.database = work / "centrs.sqlite3"

    def run(self, *arguments: str, expect: int = 0, extra_env: dict[str, str] | None = None,
            database: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.executable), *(["--database", str(self.database)] if database else []), *arguments]
        started = time.monotonic()
        result = subprocess.run(command, cwd=self.work, env={**self.environment, **(extra_env or {})},
                                capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT_S)
        print(f"  {time.monotonic() - started:5.1f} s  ngo-desktop {' '.join(arguments)}", flush=True)
        if result.returncode != expect:
            raise SmokeFailure(f"`{' '.join(command)}` exited {result.returncode}, expected {expect}\n"
                               f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
        return result


def expect_in(text: str, *wanted: str, what: str) -> None:
    missing = [piece for piece in wanted if piece not in text]
    if missing:
        raise SmokeFailure(f"{what}: {missing} not found in:\n{text}")


def check_pdf(path: Path) -> None:
    data = path.read_bytes()
    if not data.startswith(b"%PDF") or b"DejaVuSans" not in data:
        raise SmokeFailure(f"{path.name} is not a PDF set in the shipped DejaVu fonts")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        if not any(letter in text for letter in "āčēģīķļņšūž"):
            raise SmokeFailure(f"{path.name} has no Latvian letters:\n{text[:500]}")


def smoke(executable: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="ngo-desktop-smoke-"))
    try:
        program = Program(executable, work, clean_environment(work / "home"))
        version = program.run("--version", database=False).stdout
        expect_in(version, "ngo-desktop ", what="--version")

        help_text = program.run("print", "--help", database=False).stdout
        expect_in(help_text, "lietojums:", "argumenti:", "parādīt šo palīdzību un beigt",
                  "tirdziņa afiša", what="Latvian help")
        usage_error = program.run("print", "bogus", expect=2, database=False).stderr
        expect_in(usage_error, "kļūda:", "nederīga izvēle", what="Latvian usage error")
        english = program.run("--lang", "en", "print", "--help", database=False).stdout
        expect_in(english, "usage:", "a poster of a fair", what="English help")

        demo = program.run("demo").stdout
        expect_in(demo, "Demonstrācijas dati ielādēti", what="demo")

        exports = {
            "bookings.ics": ("bookings",), "bookings.csv": ("bookings",), "bookings.xlsx": ("bookings",),
            "organisations.csv": ("organisations",), "organisations.xlsx": ("organisations",),
            "stalls.csv": ("stalls", "--fair", "1"), "tenancies.xlsx": ("tenancies",),
            "support.csv": ("support", "--year", str(dt.date.today().year)),
        }
        for file_name, (kind, *options) in exports.items():
            target = work / file_name
            program.run("export", kind, *options, str(target))
            if not target.is_file() or target.stat().st_size == 0:
                raise SmokeFailure(f"export {kind} wrote nothing to {file_name}")
            if target.suffix == ".xlsx" and not zipfile.is_zipfile(target):
                raise SmokeFailure(f"{file_name} is not an XLSX file")
            if target.suffix == ".ics" and b"BEGIN:VCALENDAR" not in target.read_bytes():
                raise SmokeFailure(f"{file_name} is not an iCalendar file")
        organisations = (work / "organisations.csv").read_text(encoding="utf-8-sig")
        if not any(letter in organisations for letter in "āčēģīķļņšūž"):
            raise SmokeFailure("organisations.csv has no Latvian letters")

        month = dt.date.today().strftime("%Y-%m")
        prints = {
            "booking-sheet.pdf": ("booking-sheet", "--booking", "1"),
            "door-sign.pdf": ("door-sign", "--room", "1"),
            "week-schedule.pdf": ("week-schedule", "--site", "1"),
            "flyer.pdf": ("flyer", "--fair", "1"),
            "stall-plan.pdf": ("stall-plan", "--fair", "1"),
            "check-in.pdf": ("check-in", "--fair", "1"),
            "directory.pdf": ("directory",),
        }
        for file_name, arguments in prints.items():
            written = program.run("print", *arguments, "-o", str(work / file_name)).stdout
            expect_in(written, str(work / file_name), what=f"print {arguments[0]}")
            check_pdf(work / file_name)
        for file_name, arguments in {"tenancy-summary.pdf": ("tenancy-summary", "1"),
                                     "tenancy-statement.pdf": ("tenancy-statement", "1", month)}.items():
            program.run("print", *arguments, str(work / file_name))
            check_pdf(work / file_name)

        window = program.run(extra_env={"NGO_DESKTOP_REPORT_WHEN_READY": "1"}).stdout
        expect_in(window, "Rezervācijas", "Organizācijas", "Tirdziņi un tirgi", "Šodien", "Jauna rezervācija…",
                  "Alūksnes NVO nams", what="the window, in Latvian with its first section filled")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", type=Path, help="the installed ngo-desktop program")
    executable = parser.parse_args(argv).executable.resolve()
    if not os.access(executable, os.X_OK):
        print(f"{executable} is not an executable program", file=sys.stderr)
        return 2
    started = time.monotonic()
    print(f"Smoke test of {executable}")
    try:
        smoke(executable)
    except (SmokeFailure, subprocess.TimeoutExpired) as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"Smoke test passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
