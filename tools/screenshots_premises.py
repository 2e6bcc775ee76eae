"""Screenshots of the Pop-up premises section on realistic Latvian data, for a look by eye.

    QT_QPA_PLATFORM=offscreen python tools/screenshots_premises.py /tmp/premises
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# Private settings: saved column widths of a real installation must not shape the pictures.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()

from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ngo_desktop.database.core import open_database  # noqa: E402
from ngo_desktop.i18n import install_language  # noqa: E402
from ngo_desktop.models import ReductionKind  # noqa: E402
from ngo_desktop.services.premises.registry import (  # noqa: E402
    PremisesInput,
    TenancyInput,
    create_premises,
    create_tenancy,
    get_premises,
    get_tenancy,
    record_payment,
)
from tests.premises_fixtures import add_organisation, build_shared_salon  # noqa: E402


def photo_bytes(colour: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(400, 280, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.fillRect(40, 60, 320, 180, QColor("#f4efe6"))
    painter.fillRect(170, 140, 60, 100, QColor("#6b4f3a"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    return bytes(data.data())


def fill(database) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    salon = build_shared_salon(database)
    details = get_premises(database, salon.premises_id)
    from dataclasses import replace

    from ngo_desktop.services.premises.registry import update_premises

    update_premises(database, premises_id=details.id, version=details.version,
                    data=replace(details.as_input(), photo=photo_bytes("#8fb3c9")))
    toys = add_organisation(database, 'SIA "Koka rotaļlietas"')
    shop = create_premises(database, data=PremisesInput(
        name="Bijušais apavu veikals", address="Rīgas iela 5, Alūksne", area_m2=62, owner_name="Alūksnes novada pašvaldība",
        base_rent_cents=35000, electricity_cents=4500, water_cents=1200, heating_cents=7000, max_tenants=1,
        photo=photo_bytes("#c9a48f")))
    create_tenancy(database, data=TenancyInput(
        premises_id=shop, organisation_id=toys, starts_on=today - dt.timedelta(days=200),
        ends_on=today + dt.timedelta(days=12), activity="Koka rotaļlietu darbnīca un veikals", rent_share_percent=100,
        rent_reduction_kind=ReductionKind.PERCENT, rent_reduction=70, utilities_reduction_kind=ReductionKind.FIXED,
        utilities_reduction=3000, decision_number="Nr. 27/2025", decision_date=today - dt.timedelta(days=220)))
    create_premises(database, data=PremisesInput(
        name="Skatlogs Ezera ielā", address="Ezera iela 1, Alūksne", area_m2=24, owner_name="Ilze Ķēniņa",
        base_rent_cents=18000, electricity_cents=2500, max_tenants=1))
    therapist = get_tenancy(database, salon.therapist_tenancy)
    del therapist
    record_payment(database, tenancy_id=salon.therapist_tenancy, month=dt.date(2026, 2, 1), amount_cents=21930,
                   paid_on=dt.date(2026, 2, 5))


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    application = QApplication.instance() or QApplication(sys.argv)
    install_language(sys.argv[2] if len(sys.argv) > 2 else "lv")
    database = open_database(Path(tempfile.mkdtemp()) / "centre.sqlite3", operator="demo")
    from ngo_desktop.views.premises.section import PremisesSection

    empty = PremisesSection(database)
    empty.resize(1100, 700)
    empty.grab().save(str(folder / "empty.png"))
    fill(database)
    section = PremisesSection(database)
    section.resize(1200, 800)
    section.show()
    section.premises_page.premises_table.selectRow(1)
    application.processEvents()
    section.grab().save(str(folder / "section.png"))
    section.statements.set_month(dt.date(2026, 2, 1))
    section.tabs.setCurrentIndex(1)
    application.processEvents()
    section.grab().save(str(folder / "statements.png"))
    section.support.year.setValue(2026)
    section.tabs.setCurrentIndex(2)
    application.processEvents()
    section.grab().save(str(folder / "support.png"))

    from ngo_desktop.views.premises.premises_form import PremisesDialog
    from ngo_desktop.views.premises.tenancy_form import TenancyDialog

    dialog = PremisesDialog(database, get_premises(database, 1))
    dialog.show()
    application.processEvents()
    dialog.grab().save(str(folder / "premises_form.png"))
    tenancy = get_tenancy(database, 2)
    tenancy_dialog = TenancyDialog(database, tenancy.premises_id, tenancy)
    tenancy_dialog.show()
    application.processEvents()
    tenancy_dialog.grab().save(str(folder / "tenancy_form.png"))
    from ngo_desktop.services.premises.statements import monthly_statement
    from ngo_desktop.views.premises.statements_view import PaymentDialog

    payment = PaymentDialog(database, monthly_statement(database, tenancy_id=2, month=dt.date(2026, 3, 1)))
    payment.show()
    application.processEvents()
    payment.grab().save(str(folder / "payment.png"))
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/premises"))
