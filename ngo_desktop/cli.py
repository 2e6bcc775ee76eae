"""The command line: ``ngo-desktop [--database PATH_OR_URL] [--lang lv|en] COMMAND``.

Commands live in ``ngo_desktop/commands/``: each module there has ``register(groups)`` that adds
its subcommands to the groups below and sets ``handler`` on them. A handler gets the parsed
arguments and an open Database and returns the exit code; a command that sets
``replaces_database=True`` gets it connected but neither checked nor upgraded.

Exit codes: 0 success, 1 a refused or failed action (a one-line reason on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

import ngo_desktop.commands
from ngo_desktop import __version__, argparse_words, settings
from ngo_desktop.db import Database, DatabaseProblem
from ngo_desktop.i18n import LANGUAGES, install_language, translate
from ngo_desktop.paths import set_application_identity
from ngo_desktop.services.errors import DomainError

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace, Database], int]


@dataclass
class CommandGroups:
    """Where command modules add their subcommands: at the top, or under import/export/print/db."""

    top: argparse._SubParsersAction
    import_: argparse._SubParsersAction
    export: argparse._SubParsersAction
    print_: argparse._SubParsersAction
    db: argparse._SubParsersAction


def build_parser() -> argparse.ArgumentParser:
    """The whole command line. argparse's own words ("usage:", "options", its errors, which exit with
    EXIT_USAGE) come translated once ``argparse_words.install()`` has run (``run_command_line`` does)."""
    parser = argparse.ArgumentParser(
        prog="ngo-desktop",
        description=translate(
            "CommandLine",
            "Front-desk program of an NGO support centre. Without a command it opens the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"ngo-desktop {__version__}",
                        help=translate("CommandLine", "show the program's version and exit"))
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help=translate(
            "CommandLine",
            "SQLite file or database URL (also NGO_DESKTOP_DATABASE); default: the file in the user's data folder",
        ),
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("CommandLine", "language of messages"))
    top = parser.add_subparsers(dest="command", metavar="COMMAND")
    groups = CommandGroups(
        top=top,
        import_=_group(top, "import", translate("CommandLine", "import data from a file")),
        export=_group(top, "export", translate("CommandLine", "export data to a file")),
        print_=_group(top, "print", translate("CommandLine", "make a printable PDF document")),
        db=_group(top, "db", translate("CommandLine", "database maintenance")),
    )
    for module_info in sorted(pkgutil.iter_modules(ngo_desktop.commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"ngo_desktop.commands.{module_info.name}")
        module.register(groups)
    return parser


def _group(top: argparse._SubParsersAction, name: str, help_text: str) -> argparse._SubParsersAction:
    group_parser = top.add_parser(name, help=help_text)
    return group_parser.add_subparsers(dest=f"{name}_command", metavar="WHAT", required=True)


def run_command_line(argv: list[str], *, language: str | None = None) -> int:
    set_application_identity()
    if QCoreApplication.instance() is None:
        # Translations need an application object; a core one starts no GUI.
        run_command_line.application = QCoreApplication(["ngo-desktop"])  # type: ignore[attr-defined]
    install_language(language or settings.language())
    argparse_words.install()
    parser = build_parser()
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as exit_request:
        return int(exit_request.code or 0)
    handler: Handler | None = getattr(arguments, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    from ngo_desktop.desk_database import open_desk_database

    try:
        # A command that replaces the database (restore) must work on a file that no longer opens.
        database = open_desk_database(arguments.database,
                                      replacing=getattr(arguments, "replaces_database", False))
    except DatabaseProblem as problem:
        return refuse(str(problem))
    try:
        return handler(arguments, database)
    except (DomainError, DatabaseProblem) as error:
        return refuse(str(error))
    except OSError as error:
        # A file that cannot be read or written: say which and why, not a traceback.
        return refuse(translate("CommandLine", "{file}: {reason}").format(
            file=error.filename or "", reason=error.strerror or error))
    except sqlite3.Error as error:
        return refuse(translate("CommandLine", "The database or file could not be used: {reason}").format(
            reason=error))
    finally:
        database.dispose()


def refuse(reason: str) -> int:
    """Print a one-line reason on stderr and give the 'refused' exit code."""
    sys.stderr.write(" ".join(reason.split()) + "\n")
    return EXIT_REFUSED
