"""Shared test data of the fairs area: a market with a small plan, a few vendors, built through the
services (organisations are written directly: the registry's services are another area's work)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QObject

from ngo_desktop.database.core import Database
from ngo_desktop.models import FairKind, Organisation, Site, VendorCategory
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.fairs import layouts as stall_layouts
from ngo_desktop.services.fairs import vendors
from ngo_desktop.services.fairs.layouts import LandmarkSpec, StallSpec
from ngo_desktop.sorting import organisation_match_key, organisation_sort_key
from ngo_desktop.views.operations import ChangeRelay
from tests.conftest import built_once, holds_no_rows

SATURDAYS = (dt.date(2026, 6, 6), dt.date(2026, 6, 13))
VENDOR_NAMES = (
    "Biedrība „Alūksnes invalīdu biedrība”",
    "Pensionāru biedrība „Sudrabs”",
    "SIA „Čiekurs”",
    "Biedrība „Ābeļzieds”",
    "IK „Šūpulis”",
)


@dataclass
class Market:
    fair_id: int
    layout_id: int
    day_ids: list[int]
    stall_ids: dict[str, int]
    organisation_ids: list[int]


def add_organisations(database: Database, names: tuple[str, ...] | list[str]) -> list[int]:
    with database.unit_of_work() as session:
        created = [Organisation(name=name, sort_key=organisation_sort_key(name),
                                match_key=organisation_match_key(name), phone="+371 2000 0000")
                   for name in names]
        session.add_all(created)
        session.flush()
        return [organisation.id for organisation in created]


def add_site(database: Database, name: str = "Alūksnes NVO centrs") -> int:
    with database.unit_of_work() as session:
        site = Site(name=name, address="Pils iela 1, Alūksne")
        session.add(site)
        session.flush()
        return site.id


def build_market(database: Database, *, stalls: int = 3, powered: tuple[str, ...] = ("1",)) -> Market:
    """The market, built through the services; on a database without data (most tests start with
    it), built once per backend and these arguments and then copied (``built_once``)."""
    def build(database: Database) -> Market:
        return _build_market(database, stalls=stalls, powered=powered)

    if not holds_no_rows(database):
        return build(database)
    build.__qualname__ = f"build_market(stalls={stalls}, powered={powered!r})"
    return built_once(database, build)


def _build_market(database: Database, *, stalls: int, powered: tuple[str, ...]) -> Market:
    layout_id = stall_layouts.create_layout(database, name="Pilsētas laukums", width_m=40, depth_m=20)
    stall_ids = {}
    for index in range(1, stalls + 1):
        number = str(index)
        stall_ids[number] = stall_layouts.add_stall(database, layout_id=layout_id, spec=StallSpec(
            number=number, x_m=2 + (index - 1) * 4, y_m=2, has_power=number in powered))
    stall_layouts.add_landmark(database, layout_id=layout_id, spec=LandmarkSpec(
        kind=stall_layouts.LandmarkKind.STAGE, label="Skatuve", x_m=10, y_m=12, width_m=8, depth_m=5))
    fair_id = fairs.create_fair(database, fairs.FairDetails(
        name="Alūksnes vasaras tirdziņš", kind=FairKind.SEASONAL_MARKET, address="Tirgus laukums, Alūksne",
        layout_id=layout_id, days=SATURDAYS))
    fairs.set_stall_price(database, fair_id=fair_id, width_m=3, depth_m=3, price_cents=1000)
    day_ids = [day.id for day in fairs.list_days(database, fair_id)]
    organisation_ids = add_organisations(database, VENDOR_NAMES)
    return Market(fair_id, layout_id, day_ids, stall_ids, organisation_ids)


def apply_all(database: Database, market: Market, *, needs_power: bool = False) -> dict[int, list[int]]:
    """Every vendor applies for every day; returns organisation id -> application day ids (by day)."""
    result: dict[int, list[int]] = {}
    for organisation_id in market.organisation_ids:
        vendors.apply(database, fair_id=market.fair_id, organisation_id=organisation_id,
                      fair_day_ids=market.day_ids, goods="Adījumi", category=VendorCategory.HANDICRAFT,
                      needs_power=needs_power)
    for row in vendors.list_applications(database, vendors.ApplicationFilter(fair_id=market.fair_id)):
        result.setdefault(row.organisation_id, []).append(row.application_day_id)
    for ids in result.values():
        ids.sort()
    return result


def follow_changes(page: QObject, database: Database) -> ChangeRelay:
    """Let a page standing alone follow the changes its actions announce, as the main window does
    for a section (``refresh(changes)`` after each commit)."""
    relay = ChangeRelay(database, page)
    relay.changed.connect(page.refresh)  # type: ignore[attr-defined]
    return relay
