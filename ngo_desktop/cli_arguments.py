"""Argument types of the command line: dates, times and numbers checked where they are parsed.

Every command reads a day the same way: 05.03.2026 as on screen and paper (5.3.2026 too), and the
ISO 2026-03-05 that scripts write; a day and time is 05.03.2026 18:00, a month 03.2026 (or 2026-03).
The help shows these forms through the metavar functions below, in the program's language
("DD.MM.GGGG" in Latvian).

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

# How people write a day (first) and how scripts do (ISO); the same lists for every command.
DAY_PATTERNS = ("%d.%m.%Y", "%Y-%m-%d")
MOMENT_PATTERNS = ("%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M")
MONTH_PATTERNS = ("%m.%Y", "%Y-%m")


class UsageError(Exception):
    """Arguments that parse one by one but not together (``--to`` before ``--from``): exit code 2."""


def day_metavar() -> str:
    """How a day is written, shown in the help: DD.MM.GGGG in Latvian."""
    return translate("CommandLine", "DD.MM.YYYY")


def moment_metavar() -> str:
    return translate("CommandLine", "DD.MM.YYYY hh:mm")


def month_metavar() -> str:
    return translate("CommandLine", "MM.YYYY")


def show_day(day: dt.date) -> str:
    """A day as the command line writes it in its messages: 05.03.2026."""
    return day.strftime("%d.%m.%Y")


def add_force(parser: argparse.ArgumentParser) -> None:
    """``--force`` for a command that writes a file: replacing an existing one needs it."""
    parser.add_argument("--force", action="store_true",
                        help=translate("CommandLine", "replace the output file if it exists (never a database)"))


def _within_years(value: dt.date, text: str) -> None:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(translate(
            "CommandLine", "“{text}”: the year must be from {first} to {last}").format(
            text=text, first=MIN_YEAR, last=MAX_YEAR))


def _parse(text: str, patterns: tuple[str, ...]) -> dt.datetime | None:
    # One space between the day and the time, however many were typed.
    cleaned = " ".join(text.split())
    for pattern in patterns:
        try:
            return dt.datetime.strptime(cleaned, pattern)
        except ValueError:
            continue
    return None


def day(text: str) -> dt.date:
    """A day written 05.03.2026 (or 2026-03-05)."""
    parsed = _parse(text, DAY_PATTERNS)
    if parsed is None:
        raise argparse.ArgumentTypeError(translate(
            "CommandLine", "“{text}” is not a date: write it as 05.03.2026").format(text=text))
    _within_years(parsed.date(), text)
    return parsed.date()


def moment(text: str) -> dt.datetime:
    """A day and time written 05.03.2026 18:00 (or 2026-03-05 18:00), Riga wall-clock time."""
    parsed = _parse(text, MOMENT_PATTERNS)
    if parsed is None:
        raise argparse.ArgumentTypeError(translate(
            "CommandLine", "“{text}” is not a date and time: write it as \"05.03.2026 18:00\"").format(text=text))
    _within_years(parsed.date(), text)
    return parsed


def month(text: str) -> dt.date:
    """The first day of a month written 03.2026 (or 2026-03)."""
    parsed = _parse(text, MONTH_PATTERNS)
    if parsed is None:
        raise argparse.ArgumentTypeError(translate(
            "CommandLine", "“{text}” is not a month: write it as 03.2026").format(text=text))
    _within_years(parsed.date(), text)
    return parsed.date()


def whole_number(lowest: int, highest: int) -> Callable[[str], int]:
    """An argparse type for an integer from ``lowest`` to ``highest``."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(translate(
                "CommandLine", "“{text}” is not a whole number").format(text=text)) from None
        if not lowest <= value <= highest:
            raise argparse.ArgumentTypeError(translate(
                "CommandLine", "{text} is out of range: give a number from {lowest} to {highest}").format(
                text=text, lowest=lowest, highest=highest))
        return value

    return parse


identifier = whole_number(1, MAX_ID)
year = whole_number(MIN_YEAR, MAX_YEAR)
