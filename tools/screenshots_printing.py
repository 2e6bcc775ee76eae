"""Screenshots of the Documents section and the print preview with Latvian data, for a look by eye.

Run: ``QT_QPA_PLATFORM=offscreen python tools/screenshots_printing.py /tmp/printing``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(folder: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from ngo_desktop.database.core import open_database
    from ngo_desktop.i18n import install_language
    from ngo_desktop.services.printing.register import DocumentRequest
    from ngo_desktop.views.documents.section import DocumentsSection
    from tests.printing_fixtures import build_printing_data

    application = QApplication.instance() or QApplication([])
    install_language("lv")
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="printing-shots-"))
    database = open_database(work / "centre.sqlite3", operator="Ilze Bērziņa", backup_dir=work / "backups")
    data = build_printing_data(database)
    from ngo_desktop.views.operations import ChangeRelay, drain

    def made() -> object:
        """The preview of the document just asked for, once it is built and shown."""
        before = section.last_preview
        while section.last_preview is before:
            drain()
        drain()
        application.processEvents()
        return section.last_preview

    section = DocumentsSection(database)
    ChangeRelay(database, section).changed.connect(section.refresh)  # as the main window does
    section.resize(1280, 800)
    section.show()
    drain()
    application.processEvents()
    section.grab().save(str(folder / "section-empty.png"))
    section.panel.set_kind("door-sign")
    section.make(DocumentRequest("booking-sheet", booking_id=data.series_booking_ids[0]))
    made().close()
    section.make(DocumentRequest("stall-plan", fair_id=data.fair_id, day=data.fair_day))
    made().close()
    section.make(DocumentRequest("week-schedule", site_id=data.site_id, week="2026-W10"))
    preview = made()
    section.table.selectRow(1)
    application.processEvents()
    section.grab().save(str(folder / "section-register.png"))
    preview.resize(1000, 760)
    from PySide6.QtTest import QTest

    QTest.qWait(800)  # QPdfView draws its pages in the background
    preview.grab().save(str(folder / "preview.png"))
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/printing"))
