"""Screenshots of the Fairs & markets section on the demo centre's data, for a look by eye.

    QT_QPA_PLATFORM=offscreen python tools/screenshots_fairs.py /tmp/fairs
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ngo_desktop.database.core import open_database  # noqa: E402
from ngo_desktop.i18n import install_language  # noqa: E402
from ngo_desktop.services.demo.fill import fill_demo_data  # noqa: E402
from ngo_desktop.services.fairs import events as fairs  # noqa: E402
from ngo_desktop.views.fairs.application_dialog import ApplicationDialog  # noqa: E402
from ngo_desktop.views.fairs.fair_dialog import FairDialog  # noqa: E402
from ngo_desktop.views.fairs.plan_scene import ColourMode  # noqa: E402
from ngo_desktop.views.fairs.section import FairsSection  # noqa: E402


def build_own_market(database) -> None:  # type: ignore[no-untyped-def]
    """A Saturday market through the services: 24 stalls, a dozen vendors, a waitlist, payments."""
    from ngo_desktop.models import VendorCategory
    from ngo_desktop.services.fairs import assignments as stall_assignments
    from ngo_desktop.services.fairs import layouts as stall_layouts
    from ngo_desktop.services.fairs import vendors
    from ngo_desktop.services.fairs.layouts import StallSpec
    from tests.fairs_fixtures import add_organisations, apply_all, build_market

    market = build_market(database, stalls=3, powered=("1",))
    for index in range(4, 19):
        row, column = divmod(index - 1, 6)
        market.stall_ids[str(index)] = stall_layouts.add_stall(database, layout_id=market.layout_id, spec=StallSpec(
            number=str(index), x_m=2 + column * 4.5, y_m=2 + row * 4.5 if row else 2, has_power=column == 0))
    extra = add_organisations(database, ["Biedrība „Ezerzemes dabas draugi”", "Mammu klubs „Ābelīte”",
                                         "Jauniešu klubs „Zīle”", "SIA „Medus māja”", "Adītāju pulciņš „Dzija”",
                                         "Biedrība „Vecāku biedrība Čiekurs”", "Zemnieku saimniecība „Rūķi”"])
    market.organisation_ids.extend(extra)
    days = apply_all(database, market)
    first_day = [days[organisation][0] for organisation in market.organisation_ids]
    vendors.accept(database, first_day)
    categories = list(VendorCategory)
    for number, application_day in enumerate(first_day[:10], start=2):
        vendors.apply(database, fair_id=market.fair_id, organisation_id=market.organisation_ids[number - 2],
                      fair_day_ids=market.day_ids, category=categories[number % len(categories)],
                      goods="Adījumi, medus, stādi")
        stall_assignments.assign(database, application_day_id=application_day, stall_id=market.stall_ids[str(number)])
        if number % 3 == 0:
            vendors.mark_paid(database, application_day, paid_on=dt.date(2026, 6, 1))
        elif number % 4 == 0:
            vendors.waive_fee(database, application_day, reason="Labdarības biedrība")


def main(target: Path, language: str = "lv") -> None:
    application = QApplication.instance() or QApplication([])
    install_language(language)
    target.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    database = open_database(folder / "demo.sqlite3", operator="demo")
    empty = FairsSection(database)
    empty.resize(1100, 700)
    empty.grab().save(str(target / "empty.png"))
    try:
        fill_demo_data(database, scale="small", today=dt.date(2026, 6, 1))
    except Exception as problem:  # noqa: BLE001 - the demo is another area's work in progress
        print(f"demo data not available ({problem}); using the tool's own market")
        build_own_market(database)
    section = FairsSection(database)
    section.resize(1280, 780)
    section.show()
    application.processEvents()
    section.grab().save(str(target / "event.png"))
    section.tabs.setCurrentIndex(1)
    application.processEvents()
    section.plan_page.view.fit_plan()
    section.grab().save(str(target / "plan.png"))
    section.plan_page.colour_combo.setCurrentIndex(section.plan_page.colour_combo.findData(ColourMode.CATEGORY))
    section.grab().save(str(target / "plan_category.png"))
    section.plan_page.colour_combo.setCurrentIndex(section.plan_page.colour_combo.findData(ColourMode.PAYMENT))
    section.grab().save(str(target / "plan_payment.png"))
    section.tabs.setCurrentIndex(2)
    application.processEvents()
    section.grab().save(str(target / "vendors.png"))
    section.tabs.setCurrentIndex(3)
    application.processEvents()
    section.grab().save(str(target / "check_in.png"))
    fair_id = section.current_fair_id()
    dialog = FairDialog(database, fair_id)
    dialog.adjustSize()
    dialog.grab().save(str(target / "fair_dialog.png"))
    applying = ApplicationDialog(database, fair_id)
    applying.adjustSize()
    applying.grab().save(str(target / "application_dialog.png"))
    print([summary.name for summary in fairs.list_fairs(database)])
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/fairs"), sys.argv[2] if len(sys.argv) > 2 else "lv")
    sys.stdout.flush()
    os._exit(0)  # the pictures are saved; skip tearing down parentless Qt widgets at interpreter exit
