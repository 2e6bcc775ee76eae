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

from ngo_desktop.db import open_database  # noqa: E402
from ngo_desktop.i18n import install_language  # noqa: E402
from ngo_desktop.services import fairs  # noqa: E402
from ngo_desktop.services.demo import fill_demo_data  # noqa: E402
from ngo_desktop.views.fairs.application_dialog import ApplicationDialog  # noqa: E402
from ngo_desktop.views.fairs.fair_dialog import FairDialog  # noqa: E402
from ngo_desktop.views.fairs.plan_scene import ColourMode  # noqa: E402
from ngo_desktop.views.fairs.section import FairsSection  # noqa: E402


def main(target: Path, language: str = "lv") -> None:
    application = QApplication.instance() or QApplication([])
    install_language(language)
    target.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    database = open_database(folder / "demo.sqlite3", operator="demo")
    empty = FairsSection(database)
    empty.resize(1100, 700)
    empty.grab().save(str(target / "empty.png"))
    fill_demo_data(database, scale="small", today=dt.date(2026, 6, 1))
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
