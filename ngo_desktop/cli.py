"""The command line: ``ngo-desktop [--database PATH_OR_URL] [--lang lv|en] COMMAND``.

Commands live in ``ngo_desktop/commands/``: each module there has ``register(groups)`` that adds
its subcommands to the groups below and sets ``handler`` on them. A handler gets the parsed
arguments and an open Database and returns the exit code; a command that sets
``replaces_database=True`` gets it connected but neither checked nor upgraded.

Exit codes: 0 success, 1 a refused or failed action (a one-line reason on stderr), 2 wrong usage.
Every failure, whatever raised it (a refusal, a lock, a full disk, a damaged file, a server that is
away, a value the server will not store), ends in one translated line: ``failure_line`` words it.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import pkgutil
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

import ngo_desktop.commands
from ngo_desktop import __version__, argparse_words, settings
from ngo_desktop.cli_arguments import UsageError
from ngo_desktop.errors import DomainError
from ngo_desktop.i18n import LANGUAGES, install_language, translate
from ngo_desktop.paths import set_application_identity

if TYPE_CHECKING:
    # The database layer (and SQLAlchemy under it) loads only once a command runs: --help and a
    # wrong usage answer without it (tests/test_command_line.py checks that in a fresh process).
    from ngo_desktop.database.core import Database

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace, "Database"], int]


@dataclass
class CommandGroups:
    """Where command modules add their subcommands: at the top, or under import/export/print/db."""

    top: argparse._SubParsersAction
    import_: argparse._SubParsersAction
    export: argparse._SubParsersAction
    print_: argparse._SubParsersAction
    db: argparse._SubParsersAction


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with ``command`` (a first word such as "print") the parts that
    word needs: the modules that add to it (their ``COMMANDS``) and the groups. Adding every
    subcommand of every module with its translated help took 10-15 ms of each command (issue #16);
    the full parser answers ``--help`` and a first word that is no command.

    argparse's own words ("usage:", "options", its errors, which exit with EXIT_USAGE) come
    translated once ``argparse_words.install()`` has run (``run_command_line`` does)."""
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
        metavar=translate("CommandLine", "PATH_OR_URL"),
        help=translate(
            "CommandLine",
            "SQLite file or database URL (also NGO_DESKTOP_DATABASE); default: the file in the user's data folder",
        ),
    )
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=translate("CommandLine", "language of messages: lv (Latvian) or en (English)"))
    top = parser.add_subparsers(dest="command", metavar=translate("CommandLine", "COMMAND"))
    groups = CommandGroups(
        top=top,
        import_=_group(top, "import", translate("CommandLine", "import data from a file")),
        export=_group(top, "export", translate("CommandLine", "export data to a file")),
        print_=_group(top, "print", translate("CommandLine", "make a printable PDF document")),
        db=_group(top, "db", translate("CommandLine", "database maintenance")),
    )
    for module in command_modules():
        if command is None or command in module.COMMANDS:
            module.register(groups)
    return parser


def command_modules() -> list[ModuleType]:
    """The modules of ``ngo_desktop.commands``, by name."""
    return [importlib.import_module(f"ngo_desktop.commands.{module_info.name}")
            for module_info in sorted(pkgutil.iter_modules(ngo_desktop.commands.__path__), key=lambda m: m.name)]


# The global options that take a value (``--database PATH``), skipped when looking for the command.
_OPTIONS_WITH_VALUE = ("--database", "--lang")


def command_word(argv: list[str]) -> str | None:
    """The command a command line asks for ("print" in ``--lang en print door-sign …``), or None when
    it asks for help first or names no command of ours (the full parser then says what there is)."""
    skip_value = False
    for argument in argv:
        if skip_value:
            skip_value = False
        elif argument in _OPTIONS_WITH_VALUE:
            skip_value = True
        elif not argument.startswith("-"):
            known = {word for module in command_modules() for word in module.COMMANDS}
            return argument if argument in known else None
        elif argument in ("-h", "--help", "--version") or not argument.startswith(tuple(f"{option}=" for option
                                                                                        in _OPTIONS_WITH_VALUE)):
            return None
    return None


def _group(top: argparse._SubParsersAction, name: str, help_text: str) -> argparse._SubParsersAction:
    group_parser = top.add_parser(name, help=help_text)
    return group_parser.add_subparsers(dest=f"{name}_command", metavar=translate("CommandLine", "WHAT"),
                                       required=True)


def run_command_line(argv: list[str], *, language: str | None = None,
                     loaded: Callable[[], None] | None = None) -> int:
    """Parse ``argv`` and run its command; ``loaded`` is called once the command is about to do its
    work (the program's code loaded, the database open)."""
    set_application_identity()
    if QCoreApplication.instance() is None:
        # Translations need an application object; a core one starts no GUI.
        run_command_line.application = QCoreApplication(["ngo-desktop"])  # type: ignore[attr-defined]
    install_language(language or settings.language())
    argparse_words.install()
    parser = build_parser(command_word(argv))
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as exit_request:
        return int(exit_request.code or 0)
    handler: Handler | None = getattr(arguments, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    from ngo_desktop.database.desk import open_desk_database
    from ngo_desktop.database.file_checks import CheckRecord

    # A command that replaces the database (restore) must work on a file that no longer opens.
    replacing = getattr(arguments, "replaces_database", False)
    # The whole file is checked at most once a day while it stays as checked (database/file_checks.py).
    checked_files = None if replacing else CheckRecord.in_data_folder()
    try:
        database = open_desk_database(arguments.database, replacing=replacing, checked_files=checked_files)
    except Exception as error:  # noqa: BLE001 - every failure is one line (failure_line re-raises the unknown)
        return refuse(failure_line(error))
    code = EXIT_REFUSED
    if loaded is not None:
        loaded()
    try:
        code = handler(arguments, database)
        return code
    except UsageError as error:
        label = translate("CommandLine", "error")
        sys.stderr.write(f"{parser.prog}: {label}: {' '.join(str(error).split())}\n")
        return EXIT_USAGE
    except Exception as error:  # noqa: BLE001 - as above
        return refuse(failure_line(error, database))
    finally:
        database.dispose()
        if checked_files is not None and database.sqlite_path is not None:
            checked_files.after_command(database.sqlite_path, succeeded=code == EXIT_OK)


NO_SPACE = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def failure_line(error: Exception, database: Database | None = None) -> str:
    """The one line that tells the user what failed and what to do; re-raises a programming error."""
    from sqlalchemy.exc import DataError, DBAPIError, OperationalError

    from ngo_desktop.database.core import DatabaseProblem, not_permitted, sign_in_problem

    if isinstance(error, DomainError | DatabaseProblem):
        return str(error)
    if isinstance(error, OSError):
        if error.errno in NO_SPACE:
            return translate("CommandLine", "There is not enough space on the disk to write {file}; nothing was "
                                            "written. Free some space or choose another drive.").format(
                file=error.filename or "")
        # A file that cannot be read or written: say which and why, not a traceback.
        return translate("CommandLine", "{file}: {reason}").format(
            file=error.filename or "", reason=error.strerror or error)
    if isinstance(error, OverflowError):
        return _too_big(str(error))
    original = error.orig if isinstance(error, DBAPIError) else error
    detail = " ".join(str(original).strip().splitlines()[:1]) or type(original).__name__
    if isinstance(error, DataError):
        return _too_big(detail)
    if isinstance(original, sqlite3.Error):
        return _sqlite_line(original, detail, database)
    if isinstance(error, DBAPIError) and (refusal := not_permitted(error)) is not None:
        return str(refusal)
    if isinstance(error, OperationalError) and (sign_in := sign_in_problem(detail)) is not None:
        return sign_in
    if isinstance(error, OperationalError):
        return translate("CommandLine", "The database server cannot be used ({detail}). Nothing was changed; "
                                        "check that the server is running and the address, user and password "
                                        "are right.").format(detail=detail)
    if isinstance(error, DBAPIError):
        return translate("CommandLine", "The database refused the change ({detail}). Nothing was changed.").format(
            detail=detail)
    raise error


def _too_big(detail: str) -> str:
    return translate("CommandLine", "A value does not fit in the database (too long, a NUL character or a number "
                                    "out of range: {detail}). Nothing was saved; correct the value.").format(
        detail=detail)


def _sqlite_line(error: sqlite3.Error, detail: str, database: Database | None) -> str:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return translate("CommandLine", "The database is locked by another program (perhaps a copy of this "
                                        "program, a backup tool or a database browser). Nothing was changed; "
                                        "close that program and try again.")
    if "full" in text or "i/o" in text:
        return translate("CommandLine", "The database could not be written to the disk ({detail}); the disk may "
                                        "be full. Nothing was changed; free some space and try again.").format(
            detail=detail)
    path = database.sqlite_path if database is not None else None
    if path is not None and ("malformed" in text or "not a database" in text or "corrupt" in text):
        from ngo_desktop.database.desk import damaged_with_offer

        return str(damaged_with_offer(path, detail, settings.backup_folder()))
    return translate("CommandLine", "The database or file could not be used: {reason}").format(reason=detail)


def refuse(reason: str) -> int:
    """Print a one-line reason on stderr and give the 'refused' exit code."""
    sys.stderr.write(" ".join(reason.split()) + "\n")
    return EXIT_REFUSED
