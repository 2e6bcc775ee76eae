"""Screenshots of the Organisations section and its dialogs on the small demo data, in Latvian.

    QT_QPA_PLATFORM=offscreen python tools/screenshots_organisations.py /tmp/organisations
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
from ngo_desktop.services.organisations.listing import ListFilter, ListOrder, fetch_rows  # noqa: E402
from ngo_desktop.views.operations import drain  # noqa: E402


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    application = QApplication.instance() or QApplication([])
    install_language(sys.argv[2] if len(sys.argv) > 2 else "lv")
    folder = Path(tempfile.mkdtemp())
    database = open_database(folder / "demo.sqlite3", operator="screenshots")
    fill_demo_data(database, scale="small", today=dt.date(2026, 6, 1))

    from ngo_desktop.views.organisations.dialog import OrganisationDialog
    from ngo_desktop.views.organisations.import_dialog import ImportDialog
    from ngo_desktop.views.organisations.section import OrganisationsSection

    def settled() -> None:
        """Every read answered and shown (the views read the database off the GUI thread)."""
        drain()
        application.processEvents()

    empty = open_database(folder / "empty.sqlite3")
    section = OrganisationsSection(empty)
    section.resize(1280, 800)
    settled()
    section.grab().save(str(target / "empty.png"))

    section = OrganisationsSection(database)
    section.resize(1280, 800)
    section.show()
    settled()
    section.grab().save(str(target / "list.png"))
    section.search.setText("bied")
    settled()
    section.table.selectRow(2)
    section.grab().save(str(target / "search.png"))

    first = fetch_rows(database, ListFilter(), ListOrder(), limit=1)[0]
    dialog = OrganisationDialog(database, first.id)
    dialog.show()
    settled()
    dialog.grab().save(str(target / "form.png"))
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save(str(target / "contacts.png"))
    dialog.tabs.setCurrentIndex(2)
    dialog.grab().save(str(target / "bookings.png"))
    dialog.form.registration_number.setText("123")
    dialog.form.email.setText("nav-e-pasts")
    dialog.save()
    settled()
    dialog.tabs.setCurrentIndex(0)
    dialog.grab().save(str(target / "form_problems.png"))

    sample = folder / "biedribas.csv"
    sample.write_bytes((
        "Nosaukums;Reģistrācijas numurs;Juridiskā forma;Tālrunis;Kontaktpersona;Kontaktpersonas e-pasts;Darbības jomas\n"
        "biedrība „Ziemeļvidzemes pūtēji”;40008099991;biedrība;29111222;Ģirts Ķēniņš;girts@putej.lv;Kultūra\n"
        "Ļaudonas amatnieki;123;biedrība;12;Žanna Šņore;nav-epasts;Amatniecība\n"
    ).encode("cp1257"))
    importer = ImportDialog(database)
    importer.load_file(sample)
    importer.show()
    settled()
    importer.grab().save(str(target / "import.png"))

    from ngo_desktop.views.audit.dialog import AuditLogDialog

    audit = AuditLogDialog(database)
    audit.show()
    settled()
    audit.table.selectRow(0)
    settled()
    audit.grab().save(str(target / "audit.png"))
    drain()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/organisations"))
