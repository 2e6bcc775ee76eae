"""Entry point: the window without a command, the command line with one.

``python main.py``, ``python -m ngo_desktop`` and the installed ``ngo-desktop`` all call ``main``.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn


class _WrongGlobalOption(Exception):
    """A global option the first look cannot read; the command line's parser then says what is wrong."""


class _GlobalOptionsParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _WrongGlobalOption(message)


def global_options_parser() -> argparse.ArgumentParser:
    """The options shared by the window and every command, parsed before Qt starts."""
    from ngo_desktop.i18n import LANGUAGES

    parser = _GlobalOptionsParser(add_help=False)
    parser.add_argument("--database")
    parser.add_argument("--lang", choices=LANGUAGES)
    return parser


def main(argv: list[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:
        # Answered before Qt and the database layer load: scripts and installers ask this often.
        from ngo_desktop import __version__

        print(f"ngo-desktop {__version__}")
        return 0
    if not {"-h", "--help"} & set(arguments):
        # A command and the window both need SQLAlchemy's ORM. Loaded before PySide6, whose import
        # hook (shiboken's feature import) then sits in front of every later import, it costs less:
        # print door-sign 1.21 s instead of 1.32 s whole process (issue #16, docs/performance.md).
        import sqlalchemy.orm  # noqa: F401
    try:
        options, rest = global_options_parser().parse_known_args(arguments)
    except _WrongGlobalOption:
        # e.g. --lang de: reported by the full command line, in the language from the settings.
        options, rest = argparse.Namespace(lang=None), arguments
    if not rest:
        from ngo_desktop.gui import run_gui

        return run_gui(database=options.database, language=options.lang)
    from ngo_desktop.cli import run_command_line

    return run_command_line(arguments, language=options.lang)


if __name__ == "__main__":
    raise SystemExit(main())
