"""Entry point: the window without a command, the command line with one.

``python main.py``, ``python -m ngo_desktop`` and the installed ``ngo-desktop`` all call ``main``.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import os
import sys
import threading
from typing import NoReturn


class _WrongGlobalOption(Exception):
    """A global option the first look cannot read; the command line's parser then says what is wrong."""


class _GlobalOptionsParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _WrongGlobalOption(message)


def global_options_parser() -> argparse.ArgumentParser:
    """The options shared by the window and every command, parsed before Qt starts.

    The language is checked against ``ngo_desktop.i18n.LANGUAGES`` afterwards: that module loads Qt.
    """
    parser = _GlobalOptionsParser(add_help=False)
    parser.add_argument("--database")
    parser.add_argument("--lang")
    return parser


# What the window or a command needs that does not need Qt, imported before PySide6. PySide6's
# import hook (shiboken's feature import) sits in front of every later import statement (3-6 µs each
# instead of 0.2) and reads each new module's whole source to look for "PySide6" in it, keeping the
# lines in ``linecache``: loaded before it, these cost less time and memory (print door-sign 1.21 s
# instead of 1.32 s whole process with the ORM alone; the models and the dialect keep 3-4 MiB of
# source lines out of the window's peak memory; issue #16, docs/performance.md). Printing also loads
# ReportLab's canvas through documents/page.py, the standard library's modules a print command reaches
# only after Qt, and the one document's module (each 3-7 ms less before the hook). The documents that
# flow through ReportLab's platypus load it through documents/common.py; the week schedule and the
# door sign, drawn on the canvas, do without it.
_FLOWING_DOCUMENT = ("ngo_desktop.documents.common",)
# The window's first screen reads these tables (Core); its mapped classes load after it is painted.
_FIRST_SCREEN_TABLES = ("ngo_desktop.schema.sites", "ngo_desktop.schema.organisations", "ngo_desktop.schema.bookings",
                        "ngo_desktop.schema.centre")
# The commands that read and write with the tables alone (``Database.read_connection``,
# ``write_connection``): they never import SQLAlchemy's ORM nor map the models' classes.
_TABLES_ALONE = ("print door-sign", "print week-schedule")
_BEFORE_QT_BY_COMMAND = {
    "print": ("ngo_desktop.documents.data", "ngo_desktop.documents.page", "sqlite3", "zoneinfo", "getpass",
              "pkgutil", "importlib.metadata"),
    "print door-sign": ("ngo_desktop.documents.door_sign", "ngo_desktop.schema.documents", "ngo_desktop.schema.audit"),
    "print week-schedule": ("ngo_desktop.documents.week_schedule", "ngo_desktop.schema.documents",
                            "ngo_desktop.schema.audit"),
    "print booking-sheet": _FLOWING_DOCUMENT,
    "print flyer": _FLOWING_DOCUMENT,
    "print stall-plan": _FLOWING_DOCUMENT,
    "print check-in": _FLOWING_DOCUMENT,
    "print directory": _FLOWING_DOCUMENT,
    "print tenancy-summary": _FLOWING_DOCUMENT,
    "print tenancy-statement": _FLOWING_DOCUMENT,
}


def load_before_qt(command: str | None = None, database: str | None = None) -> None:
    """Import what ``command`` (None: the window; its first words, e.g. "print door-sign") will need and
    can load without Qt: SQLAlchemy, the tables, SQLite's dialect when the database is a file, and
    what the command itself needs. The window's first screen and the printouts read with the tables
    alone, without the ORM (docs/architecture.md); every other command imports the ORM and maps the
    models' classes here too.
    bench/startup_probe.py calls this too, so that it measures the program as it starts.

    For the window, Python's cyclic garbage collector is paused from here until the first section
    has its answers (``MainWindow`` resumes it): start-up builds hundreds of thousands of objects that
    all stay alive (modules, classes, mappers, widgets), and each automatic collection meanwhile walks
    them all to free next to nothing (8 % of the start's CPU time; issue #16, docs/performance.md).
    """
    if command is None:
        gc.disable()
    words = (command or "").split()
    if command is None or " ".join(words[:2]) in _TABLES_ALONE:
        # SQLAlchemy's Core alone: the window imports the ORM after its first screen, on the worker
        # (the first query of a session); the two printouts never do.
        import sqlalchemy  # noqa: F401

        for module in _FIRST_SCREEN_TABLES:
            importlib.import_module(module)
    else:
        import sqlalchemy.orm  # noqa: F401

        from ngo_desktop.models import load_core

        load_core()
    for key in dict.fromkeys((" ".join(words[:1]), " ".join(words[:2]))):
        for module in _BEFORE_QT_BY_COMMAND.get(key, ()):
            importlib.import_module(module)
    database = database or os.environ.get("NGO_DESKTOP_DATABASE")
    if not database or "://" not in database or database.startswith("sqlite"):
        # A file name, or none (the file in the user's data folder): SQLite.
        import sqlalchemy.dialects.sqlite  # noqa: F401


def _lighten_pyside_import_hook() -> None:
    """PySide6's import hook asks of every module imported after it whether its source mentions
    "PySide6" (to allow ``from __feature__ import ...`` there), through ``inspect.getsource``, which
    keeps every line in ``linecache`` for good: 0.8 MiB of the window's peak memory at start, and
    time in a command, which imports its services after Qt (issue #16). The same question is
    answered here from the file's bytes, keeping nothing. Should a later PySide6 no longer have this
    function, nothing is replaced (tests/test_startup_order.py notices)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _mentions_pyside


def _mentions_pyside(module: object) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # compiled or built in: inspect.getsource finds no source either
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def main(argv: list[str] | None = None, *, whole_process: bool = False) -> int:
    """The window or the command; ``whole_process`` when this call is the process's whole life (``run``)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:
        # Answered before Qt and the database layer load: scripts and installers ask this often.
        from ngo_desktop import __version__

        print(f"ngo-desktop {__version__}")
        return 0
    try:
        options, rest = global_options_parser().parse_known_args(arguments)
    except _WrongGlobalOption:
        # e.g. --database without a value: reported by the full command line.
        options, rest = argparse.Namespace(database=None, lang=None), arguments
    settle = None
    if rest and whole_process:
        # A command process loads hundreds of thousands of objects (modules, classes, the models'
        # tables) and frees almost none; the cyclic collector would walk them all over again while
        # they load (two full collections, 60-90 ms of a door sign). It rests until the command's
        # own work starts, and those objects are then moved out of its sight (issue #16).
        gc.disable()
        settle = _collector_after_loading
    if not {"-h", "--help"} & set(arguments):
        load_before_qt(" ".join(rest[:2]) or None, options.database)
    from ngo_desktop.i18n import LANGUAGES

    if options.lang not in (None, *LANGUAGES):
        # e.g. --lang de: reported by the full command line, in the language from the settings.
        options, rest = argparse.Namespace(database=None, lang=None), arguments
    # Qt is loaded now (translations): the modules imported from here on, by the window or a
    # command, are asked about cheaply.
    _lighten_pyside_import_hook()
    if not rest:
        from ngo_desktop.gui import run_gui

        return run_gui(database=options.database, language=options.lang)
    from ngo_desktop.cli import run_command_line

    code = run_command_line(arguments, language=options.lang, loaded=settle)
    if whole_process:
        _end_command_process(code)
    return code


def _collector_after_loading() -> None:
    gc.freeze()
    gc.enable()


def _end_command_process(code: int) -> None:
    """End a finished command's process without taking the interpreter apart module by module.

    Tearing down everything a command loaded (SQLAlchemy, the models, ReportLab, Qt) took longer than
    a short command's own work (15-40 ms of a door sign; issue #16). The command has closed its files
    and its database by now; the exit handlers still run and the output is flushed. With a thread
    still running, or output that cannot be flushed, the process ends the ordinary way.
    """
    if threading.active_count() > 1:
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def run() -> NoReturn:
    """The process's entry point (``ngo-desktop``, ``python -m ngo_desktop``, ``main.py``): ``main``,
    then the exit.

    Before the interpreter shuts down, everything still alive is moved out of the cyclic garbage
    collector's sight (``gc.freeze``). Python's last full collection would otherwise walk every object
    SQLAlchemy, Qt and ReportLab loaded only to find almost nothing to free: 0.2-0.3 s of CPU at the
    end of each command (print door-sign, a report to PDF; issue #16, docs/performance.md). Files and
    connections are closed by the commands and the window themselves before this point. Tests call
    ``main`` in their own process instead, where the collector keeps working.
    """
    code = main(whole_process=True)
    gc.freeze()
    raise SystemExit(code)


if __name__ == "__main__":
    run()
