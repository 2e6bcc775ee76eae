"""The stall plan and the check-in sheet of a fair day. See ``ngo_desktop.documents.data`` for what these inputs hold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ngo_desktop.documents.data import CentreInfo


@dataclass(frozen=True, slots=True)
class PlanStall:
    """A stall on the plan, in metres, in the plan's own coordinates.

    The origin is the plan's top-left corner with y growing downwards; ``x``/``y`` is the stall's
    top-left corner before rotation and ``rotation`` turns it clockwise about that corner, the way a
    ``QGraphicsRectItem`` at ``pos`` (x, y) with ``setRotation`` does on screen.
    """

    number: str
    x: float
    y: float
    width: float
    depth: float
    rotation: float = 0.0
    vendor: str = ""


@dataclass(frozen=True, slots=True)
class PlanLandmark:
    """A labelled area (stage, entrance, toilets…), placed like ``PlanStall``.

    ``kind`` is the ``LandmarkKind`` value ("stage", "entrance", "toilets", "information",
    "power", "other") and picks the fill colour.
    """

    label: str
    x: float
    y: float
    width: float
    depth: float
    rotation: float = 0.0
    kind: str = "other"


@dataclass(frozen=True, slots=True)
class StallVendor:
    """A row of the vendor list; ``payment_due`` highlights fees still to be collected."""

    stall: str
    vendor: str
    contact: str = ""
    phone: str = ""
    category: str = ""
    fee: str = ""
    payment: str = ""
    payment_due: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class StallPlanData:
    """The plan of one fair day, ``area_width`` × ``area_depth`` metres, and its vendor list."""

    centre: CentreInfo
    printed: str
    fair: str
    day: str
    place: str = ""
    area_width: float
    area_depth: float
    stalls: tuple[PlanStall, ...]
    landmarks: tuple[PlanLandmark, ...] = ()
    vendors: tuple[StallVendor, ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckInSheetData:
    """The list the front desk ticks on a fair day; rows are ``StallVendor`` in stall order."""

    centre: CentreInfo
    printed: str
    fair: str
    day: str
    hours: str = ""
    place: str = ""
    rows: tuple[StallVendor, ...]
    labels: Mapping[str, str] = field(default_factory=dict)
