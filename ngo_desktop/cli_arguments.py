"""Argument types of the command line: dates, times and numbers checked where they are parsed.

A malformed or impossible value is wrong usage (exit code 2, through argparse), the same for every
command: a date that does not parse, a year outside 1900–2200, a number outside what the database
can hold. A handler that finds arguments that contradict each other raises UsageError.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from ngo_desktop.i18n import translate

MIN_YEAR = 1900
MAX_YEAR = 2200
# The largest id or count a 32-bit INTEGER column holds (PostgreSQL's integer).
MAX_ID = 2_147_483_647


class UsageError(Exception):
    """Arguments that parse one by one but not together (``--to`` before ``--from``): exit code 2."""


def add_force(parser: argparse.ArgumentParser) -> None:
    """``--force`` for a command that writes a file: replacing an existing one needs it."""
    parser.add_argument("--force", action="store_true",
                        help=translate("CommandLine", "replace the output file if it exists (never a database)"))


def _within_years(value: dt.date, text: str) -> None:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(translate(
            "CommandLine", "{text}: the year must be from {first} to {last}").format(
            text=text, first=MIN_YEAR, last=MAX_YEAR))


def iso_day(text: str) -> dt.date:
    """A day written 2026-03-05."""
    try:
        value = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "CommandLine", "not a date: {text} (write 2026-03-05)").format(text=text)) from None
    _within_years(value, text)
    return value


def moment(text: str) -> dt.datetime:
    """A day and time written 2026-03-05 18:00 (Riga wall-clock time)."""
    try:
        value = dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "CommandLine", "not a date and time: {text} (write 2026-03-05 18:00)").format(text=text)) from None
    _within_years(value.date(), text)
    return value


def month(text: str) -> dt.date:
    """The first day of a month written 2026-03."""
    try:
        value = dt.date.fromisoformat(f"{text.strip()}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "CommandLine", "not a month: {text} (write 2026-03)").format(text=text)) from None
    _within_years(value, text)
    return value


def whole_number(lowest: int, highest: int) -> Callable[[str], int]:
    """An argparse type for an integer from ``lowest`` to ``highest``."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(translate(
                "CommandLine", "not a whole number: {text}").format(text=text)) from None
        if not lowest <= value <= highest:
            raise argparse.ArgumentTypeError(translate(
                "CommandLine", "{text} is out of range: give a number from {lowest} to {highest}").format(
                text=text, lowest=lowest, highest=highest))
        return value

    return parse


identifier = whole_number(1, MAX_ID)
year = whole_number(MIN_YEAR, MAX_YEAR)
