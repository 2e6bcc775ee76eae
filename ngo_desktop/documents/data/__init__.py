"""The inputs of the document builders: plain frozen dataclasses that the services fill in.

Everything arrives ready to print. Dates, times and money are strings formatted by the caller in
the user's language ("05.03.2026", "18:00–20:00", "12,50 €"); statuses and categories are
translated words. ``labels`` holds the document's fixed words (headings, column headers, the
"Page {page} of {pages}" template), keyed as listed in ``ngo_desktop.documents.labels``; keys left
out print in English, unknown keys are refused so that a misspelt key is noticed.

Every input names the ``centre`` (printed in the page header) and ``printed``, the date and time
of printing as the footer shows it (the caller's clock, so identical input gives identical bytes).

Each document's inputs live in a module of their own here and load on first use, by name, as
``from ngo_desktop.documents.data import WeekScheduleData``: creating twenty frozen dataclasses took
13-20 ms, and a command prints one document (``print week-schedule`` needs three of them; issue #16).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for type checkers; at run time ``__getattr__`` below loads them on first use
    from ngo_desktop.documents.data.booking_sheet import BookingSheetData, Occurrence  # noqa: F401
    from ngo_desktop.documents.data.directory import DirectoryData, DirectoryEntry, DirectoryGroup  # noqa: F401
    from ngo_desktop.documents.data.door_sign import DoorSignData, SignBooking, SignDay  # noqa: F401
    from ngo_desktop.documents.data.fair_day import (  # noqa: F401
        CheckInSheetData,
        PlanLandmark,
        PlanStall,
        StallPlanData,
        StallVendor,
    )
    from ngo_desktop.documents.data.flyer import FlyerData, ProgrammeDay, ProgrammeEntry  # noqa: F401
    from ngo_desktop.documents.data.week_schedule import ScheduleEntry, ScheduleRoom, WeekScheduleData  # noqa: F401


@dataclass(frozen=True, slots=True)
class CentreInfo:
    """The centre's details for the page header; ``logo_png`` is the raw bytes of a PNG file."""

    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_png: bytes | None = None


# Name → the module of this package that defines it.
_DEFINED_IN = {name: module for module, defined in {
    "booking_sheet": ("Occurrence", "BookingSheetData"),
    "door_sign": ("SignBooking", "SignDay", "DoorSignData"),
    "week_schedule": ("ScheduleEntry", "ScheduleRoom", "WeekScheduleData"),
    "flyer": ("ProgrammeEntry", "ProgrammeDay", "FlyerData"),
    "fair_day": ("PlanStall", "PlanLandmark", "StallVendor", "StallPlanData", "CheckInSheetData"),
    "directory": ("DirectoryEntry", "DirectoryGroup", "DirectoryData"),
}.items() for name in defined}

__all__ = ["CentreInfo", *_DEFINED_IN]


def __getattr__(name: str) -> object:
    module = _DEFINED_IN.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *_DEFINED_IN})
