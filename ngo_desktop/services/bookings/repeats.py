"""Repeating bookings: the rule as an RFC 5545 RRULE, expanded with dateutil in Riga wall-clock time.

Expanding naive wall-clock times and converting each to UTC afterwards is what keeps a weekly
18:00 meeting at 18:00 on both sides of a daylight-saving change.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from dateutil.rrule import MONTHLY, WEEKLY, rrule, rrulestr, weekday

from ngo_desktop.errors import ValidationFailed
from ngo_desktop.i18n import translate

MAX_OCCURRENCES = 260  # five years of weekly meetings; more is a typing mistake


class RepeatKind(enum.StrEnum):
    WEEKLY = "weekly"
    MONTHLY_NTH = "monthly-nth"


@dataclass(frozen=True)
class RepeatRule:
    """``interval`` 2 with WEEKLY is "every 2 weeks"; ``nth`` (1–5, or -1 for the last) with MONTHLY_NTH
    is "on the 1st and 3rd <weekday of the first date>". Exactly one of ``until``/``count``."""

    kind: RepeatKind
    interval: int = 1
    nth: tuple[int, ...] = ()
    until: dt.date | None = None
    count: int | None = None


def _problems(rule: RepeatRule, first_day: dt.date) -> dict[str, str]:
    problems: dict[str, str] = {}
    if (rule.until is None) == (rule.count is None):
        problems["repeat"] = translate("Repeats", "Say either until which date or how many times it repeats.")
    elif rule.count is not None and not 1 <= rule.count <= MAX_OCCURRENCES:
        problems["repeat"] = translate("Repeats", "A series has from 1 to {max} dates.").format(max=MAX_OCCURRENCES)
    elif rule.until is not None and rule.until < first_day:
        problems["repeat"] = translate("Repeats", "The last date of the series is before its first date.")
    if rule.interval < 1:
        problems["interval"] = translate("Repeats", "The interval must be at least 1.")
    # No positions given means the first date's own ("the 2nd Tuesday" when it is a 2nd Tuesday).
    if rule.kind == RepeatKind.MONTHLY_NTH and not all(n in (1, 2, 3, 4, 5, -1) for n in rule.nth):
        problems["nth"] = translate("Repeats", "Choose which weekdays of the month: 1st to 5th, or last.")
    return problems


def build_rrule(rule: RepeatRule, first_local_start: dt.datetime) -> rrule:
    problems = _problems(rule, first_local_start.date())
    if problems:
        raise ValidationFailed(problems)
    until = dt.datetime.combine(rule.until, dt.time(23, 59, 59)) if rule.until else None
    if rule.kind == RepeatKind.WEEKLY:
        return rrule(WEEKLY, dtstart=first_local_start, interval=rule.interval, until=until, count=rule.count)
    day = weekday(first_local_start.weekday())
    positions = rule.nth or (_nth_of_month(first_local_start.date()),)
    return rrule(MONTHLY, dtstart=first_local_start, interval=rule.interval, until=until, count=rule.count,
                 byweekday=[day(n) for n in positions])


def _nth_of_month(day: dt.date) -> int:
    return (day.day - 1) // 7 + 1


def rrule_text(rule: RepeatRule, first_local_start: dt.datetime) -> str:
    """The RRULE line stored with the series (without DTSTART, which the series keeps itself)."""
    text = str(build_rrule(rule, first_local_start))
    return next(line for line in text.splitlines() if line.startswith("RRULE:"))[len("RRULE:"):]


def expand(rule: RepeatRule, first_local_start: dt.datetime) -> list[dt.datetime]:
    """Every occurrence's naive Riga wall-clock start, at most MAX_OCCURRENCES."""
    occurrences = []
    for occurrence in build_rrule(rule, first_local_start):
        occurrences.append(occurrence)
        if len(occurrences) > MAX_OCCURRENCES:
            raise ValidationFailed({"repeat": translate(
                "Repeats", "A series has from 1 to {max} dates.").format(max=MAX_OCCURRENCES)})
    return occurrences


def expand_stored(rrule_line: str, first_local_start: dt.datetime) -> list[dt.datetime]:
    """Occurrences of a stored series rule."""
    return list(rrulestr(rrule_line, dtstart=first_local_start))[:MAX_OCCURRENCES]

