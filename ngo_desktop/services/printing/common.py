"""What every printed document shares: the request, the built PDF, the register's row, weeks and stamps.

``DocumentRequest`` says which document and for what (a booking, a room and a day or week, a site
and a week, a fair and a day, paper). The per-document modules (bookings, fairs, directory) build
from it; register.py dispatches to them and notes each document in the register.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ngo_desktop.database.core import Database
from ngo_desktop.errors import ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.services.centre import CentreDetails, get_centre_details
from ngo_desktop.timeutil import format_date, format_time, now_utc, to_local

KINDS = ("booking-sheet", "door-sign", "week-schedule", "flyer", "stall-plan", "check-in", "directory")
# What was done with a document, kept apart in the register: looked at, sent to a printer, saved.
ACTIONS = ("preview", "print", "save")
_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DocumentRequest:
    """What to print. ``landscape`` None means the document's own choice (schedule and plan: landscape).

    ``paper`` is "A4" or "Letter"; a flyer also takes "A5". ``day`` picks the day of a door sign,
    stall plan or check-in sheet; ``week`` ("2026-W48") a week sign or a week schedule.
    ``signatory`` is the name printed on the centre's signature line (the operator's name from
    Settings, never the computer's login); it is not kept in the register, so a document made
    again carries whoever makes it.
    """

    kind: str
    booking_id: int | None = None
    room_id: int | None = None
    site_id: int | None = None
    fair_id: int | None = None
    day: dt.date | None = None
    week: str | None = None
    paper: str = "A4"
    landscape: bool | None = None
    signatory: str = ""

    def to_parameters(self) -> dict[str, Any]:
        """JSON-friendly values for the register, from which ``from_parameters`` rebuilds the request."""
        values: dict[str, Any] = {"kind": self.kind, "paper": self.paper}
        for key in ("booking_id", "room_id", "site_id", "fair_id", "week", "landscape"):
            if getattr(self, key) is not None:
                values[key] = getattr(self, key)
        if self.day is not None:
            values["day"] = self.day.isoformat()
        return values

    @classmethod
    def from_parameters(cls, values: dict[str, Any]) -> DocumentRequest:
        day = values.get("day")
        return cls(kind=str(values["kind"]), booking_id=values.get("booking_id"), room_id=values.get("room_id"),
                   site_id=values.get("site_id"), fair_id=values.get("fair_id"),
                   day=dt.date.fromisoformat(day) if day else None, week=values.get("week"),
                   paper=str(values.get("paper", "A4")), landscape=values.get("landscape"))


@dataclass(frozen=True)
class BuiltDocument:
    """A document ready to print: its bytes, a title for the register and a file name to suggest."""

    pdf: bytes
    title: str
    file_name: str
    organisation_id: int | None = None


@dataclass(frozen=True)
class PrintedRecord:
    """A row of the printed documents' register, newest first."""

    id: int
    kind: str
    title: str
    parameters: dict[str, Any]
    organisation_name: str
    operator: str
    created_at: dt.datetime

    @property
    def action(self) -> str:
        """"preview", "print" or "save"; "" for entries made before the register told them apart."""
        return str(self.parameters.get("action", ""))


def parse_week(text: str) -> dt.date:
    """Monday of an ISO week written "2026-W48" (or "2026W48"); refuses anything else."""
    match = _WEEK.match(text or "")
    if match:
        try:
            return dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        except ValueError:
            pass
    raise ValidationFailed({"week": translate(
        "Printing", "“{text}” is not a week. Write it as year-Wnumber, e.g. 2026-W48.").format(text=text)})


def week_text(monday: dt.date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def printed_stamp(now: dt.datetime | None = None) -> str:
    local = to_local(now or now_utc())
    return f"{format_date(local.date())} {format_time(local)}"


def centre_info(database: Database, details: CentreDetails | None = None):  # type: ignore[no-untyped-def]
    """The centre's header for a document; ``details`` when the caller has already read them."""
    from ngo_desktop.documents.data import CentreInfo

    if details is None:
        details = get_centre_details(database)
    return CentreInfo(name=details.name or "ngo_desktop", address=details.address, phone=details.phone,
                      email=details.email, website=details.website, logo_png=details.logo_png)
