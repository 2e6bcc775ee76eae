"""Screenshots of the Bookings section and its dialogs on the demo data, in Latvian, for a visual check.

    QT_QPA_PLATFORM=offscreen python tools/screenshots_bookings.py /tmp/bookings
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ngo_desktop.database.core import open_database  # noqa: E402
from ngo_desktop.i18n import install_language  # noqa: E402
from ngo_desktop.services.bookings.booking import BookingDraft  # noqa: E402
from ngo_desktop.services.bookings.repeats import RepeatKind, RepeatRule  # noqa: E402
from ngo_desktop.services.bookings.rooms import list_rooms  # noqa: E402


def fill(database, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    """A small centre of our own (the shared demo data may be mid-change): rooms, organisations, bookings."""
    from ngo_desktop.models import BookingStatus, MembershipStatus
    from ngo_desktop.services.bookings.booking import cancel_booking, create_booking, create_series
    from ngo_desktop.services.bookings.rooms import (
        RoomInput,
        SiteInput,
        add_closure,
        create_room,
        create_site,
    )
    from tests.bookings_fixtures import add_organisation

    site = create_site(database, SiteInput(name="NVO nams, Pils iela 14"))
    specs = [("Lielā zāle", 80, ("projector", "sound", "piano", "wheelchair"), 15),
             ("Semināru telpa", 24, ("projector", "whiteboard", "wifi"), 10),
             ("Virtuve", 12, ("kitchen",), 15), ("Mazā sanāksmju telpa", 8, ("wifi",), 0),
             ("Radošā darbnīca", 16, ("whiteboard",), 10)]
    rooms = [create_room(database, RoomInput(site_id=site.id, name=name, capacity=capacity, equipment=equipment,
                                             setup_minutes=buffer, cleanup_minutes=buffer, hourly_rate_cents=1500,
                                             half_day_rate_cents=4500, full_day_rate_cents=8000))
             for name, capacity, equipment, buffer in specs]
    organisations = [add_organisation(database, name, membership=MembershipStatus.MEMBER) for name in (
        'Biedrība "Alūksnes pensionāri"', 'Biedrība "Šūpoles"', 'Nodibinājums "Ģimenes atbalsts"',
        'Biedrība "Jauniešu klubs Ķirsis"', 'Alūksnes invalīdu biedrība')]
    at = lambda hour, minute=0: dt.datetime.combine(day, dt.time(hour, minute))  # noqa: E731
    plan = [(0, 0, 10, 12, "Valdes sēde", BookingStatus.CONFIRMED), (0, 1, 14, 17, "Rokdarbu pēcpusdiena",
             BookingStatus.PROVISIONAL), (1, 2, 9, 13, "Seminārs vecākiem", BookingStatus.CONFIRMED),
            (1, 3, 16, 18, "Projektu rakstīšana", BookingStatus.ENQUIRY), (2, 4, 11, 14, "Pīrāgu cepšana",
             BookingStatus.CONFIRMED), (3, 0, 13, 14, "Konsultācija", BookingStatus.CONFIRMED),
            (4, 3, 15, 19, "Zīmēšanas nodarbība", BookingStatus.PROVISIONAL)]
    for room, organisation, first, last, title, status in plan:
        create_booking(database, BookingDraft(room_id=rooms[room].id, starts=at(first), ends=at(last),
                                              organisation_id=organisations[organisation], title=title,
                                              attendees=6, status=status))
    cancelled = create_booking(database, BookingDraft(room_id=rooms[3].id, starts=at(17), ends=at(19),
                                                      organisation_id=organisations[2], title="Atbalsta grupa"))
    cancel_booking(database, cancelled.id, reason="Vadītāja slima")
    create_series(database, BookingDraft(room_id=rooms[0].id, starts=at(18), ends=at(20),
                                         organisation_id=organisations[1], title="Koris", attendees=30),
                  RepeatRule(RepeatKind.WEEKLY, count=12), skip_conflicts=True)
    add_closure(database, room_id=rooms[4].id, starts_local=at(8) + dt.timedelta(days=2),
                ends_local=at(22) + dt.timedelta(days=3), reason="Grīdas remonts")


def main(target: Path) -> None:
    application = QApplication.instance() or QApplication(sys.argv)
    install_language("lv")
    target.mkdir(parents=True, exist_ok=True)
    day = dt.date.today() + dt.timedelta(days=(1 - dt.date.today().weekday()) % 7 or 7)
    database = open_database(Path(tempfile.mkdtemp()) / "demo.sqlite3", operator="ekrānuzņēmumi")
    fill(database, day)
    from ngo_desktop.services.bookings.booking import preview_series
    from ngo_desktop.views.bookings.booking_dialog import BookingDialog
    from ngo_desktop.views.bookings.closures_dialog import ClosuresDialog
    from ngo_desktop.views.bookings.free_room_dialog import FreeRoomDialog
    from ngo_desktop.views.bookings.repeat_preview import RepeatPreviewDialog
    from ngo_desktop.views.bookings.rooms_dialog import RoomsDialog
    from ngo_desktop.views.bookings.section import BookingsSection

    section = BookingsSection(database)
    section.resize(1280, 800)
    section.show()
    section.go_to(day)
    application.processEvents()
    section.grab().save(str(target / "day.png"))
    section.mode.setCurrentIndex(section.mode.findData("week"))
    application.processEvents()
    section.grab().save(str(target / "week.png"))
    section.mode.setCurrentIndex(section.mode.findData("month"))
    application.processEvents()
    section.grab().save(str(target / "month.png"))
    section.mode.setCurrentIndex(section.mode.findData("day"))

    rooms = list_rooms(database)
    dialog = BookingDialog(database, rooms, room_id=rooms[0].id, starts=dt.datetime.combine(day, dt.time(18)),
                           ends=dt.datetime.combine(day, dt.time(20)))
    dialog.attendees.setValue(rooms[0].capacity + 10)
    dialog.update_warnings()
    dialog.show()
    application.processEvents()
    dialog.grab().save(str(target / "booking_dialog.png"))
    draft = BookingDraft(room_id=rooms[0].id, starts=dt.datetime.combine(day, dt.time(18)),
                         ends=dt.datetime.combine(day, dt.time(20)), title="Koris „Dziedātāji”")
    preview = RepeatPreviewDialog(preview_series(database, draft, RepeatRule(RepeatKind.WEEKLY, count=30)), "")
    preview.show()
    application.processEvents()
    preview.grab().save(str(target / "repeat_preview.png"))
    free = FreeRoomDialog(database, day)
    free.attendees.setValue(12)
    free.search()
    free.show()
    application.processEvents()
    free.grab().save(str(target / "free_room.png"))
    for name, window in (("rooms", RoomsDialog(database)), ("closures", ClosuresDialog(database))):
        window.show()
        application.processEvents()
        window.grab().save(str(target / f"{name}.png"))
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/bookings"))
