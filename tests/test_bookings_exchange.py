"""Exchange: .ics read back with icalendar, CSV/XLSX export, all-or-nothing imports, the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from sqlalchemy import func, select

from ngo_desktop.cli import run_command_line
from ngo_desktop.errors import ValidationFailed
from ngo_desktop.models import Booking, Room
from ngo_desktop.services.bookings.booking import BookingDraft, cancel_booking, create_booking
from ngo_desktop.services.bookings.exchange import export_bookings
from ngo_desktop.services.bookings.importing import import_bookings, import_rooms
from ngo_desktop.timeutil import RIGA
from tests.bookings_fixtures import MONDAY, NOW, at, centre  # noqa: F401

pytestmark = pytest.mark.usefixtures("english")
SPAN = (dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dt.datetime(2027, 1, 1, tzinfo=dt.UTC))


def two_bookings(database, centre):  # noqa: F811
    first = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(MONDAY, 18),
                                                  ends=at(MONDAY, 20), organisation_id=centre.member_id,
                                                  title="Koris"), now=NOW)
    summer = dt.date(2026, 7, 7)
    second = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(summer, 18), ends=at(summer, 20),
                                                   title="Vasaras lekcija"), now=NOW)
    cancel_booking(database, second.id, reason="Lektors slims", now=NOW)
    return first, second


def test_ics_reads_back_with_riga_times_stable_uids_and_cancelled_status(database, centre, tmp_path):  # noqa: F811
    first, second = two_bookings(database, centre)
    path = tmp_path / "telpas.ics"
    assert export_bookings(database, path, start=SPAN[0], end=SPAN[1]) == 2
    calendar = Calendar.from_ical(path.read_bytes())
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Riga"]
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    winter = events[f"booking-{first.id}@ngo-desktop.bookings"]
    summer = events[f"booking-{second.id}@ngo-desktop.bookings"]
    assert winter.decoded("DTSTART") == dt.datetime(2026, 3, 2, 18, 0, tzinfo=RIGA)
    assert winter.decoded("DTSTART").astimezone(dt.UTC).hour == 16
    assert summer.decoded("DTSTART").astimezone(dt.UTC).hour == 15
    assert str(summer["STATUS"]) == "CANCELLED"
    assert b"TZID=Europe/Riga" in path.read_bytes()
    export_bookings(database, tmp_path / "again.ics", start=SPAN[0], end=SPAN[1])
    again = Calendar.from_ical((tmp_path / "again.ics").read_bytes())
    assert {str(event["UID"]) for event in again.walk("VEVENT")} == set(events)


def test_csv_and_xlsx_exports_hold_every_booking(database, centre, tmp_path):  # noqa: F811
    two_bookings(database, centre)
    export_bookings(database, tmp_path / "b.csv", start=SPAN[0], end=SPAN[1])
    lines = (tmp_path / "b.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Booking number;Room;Organisation") and len(lines) == 3
    assert "Alūksnes pensionāri" in lines[1] and "02.03.2026" in lines[1]
    export_bookings(database, tmp_path / "b.xlsx", start=SPAN[0], end=SPAN[1], room_id=centre.hall.id)
    sheet = load_workbook(tmp_path / "b.xlsx").worksheets[0]
    assert sheet.max_row == 3 and sheet.cell(2, 2).value == "Lielā zāle"


def test_import_rooms_creates_sites_and_refuses_a_bad_file_entirely(database, tmp_path):
    good = tmp_path / "telpas.csv"
    good.write_text("site;room;capacity;equipment;hourly_eur;opening_hours\n"
                    "Rīgas iela 5;Sēžu zāle;30;projector, wifi;12,50;1-5 09:00-18:00\n"
                    "Rīgas iela 5;Virtuve;8;kitchen;;\n", encoding="utf-8")
    assert import_rooms(database, good).created == 2
    bad = tmp_path / "slikti.csv"
    bad.write_text("site,room,capacity\nRīgas iela 5,Bibliotēka,20\nRīgas iela 5,,5\nRīgas iela 5,Sēžu zāle,3\n",
                   encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        import_rooms(database, bad)
    assert "Row 3" in str(failed.value) and "Row 4" in str(failed.value)
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Room)) == 2


def test_import_bookings_lists_every_clash_and_saves_nothing(database, centre, tmp_path):  # noqa: F811
    create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(MONDAY, 10), ends=at(MONDAY, 12),
                                          title="Esoša"), now=NOW)
    diary = tmp_path / "dienasgramata.csv"
    diary.write_text("room,organisation,date,start,end,attendees\n"
                     "Lielā zāle,Čiekuriņš,03.03.2026,10:00,12:00,20\n"
                     "Lielā zāle,,02.03.2026,11:00,13:00,5\n"
                     "Lielā zāle,Čiekuriņš,03.03.2026,11:00,12:00,5\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        import_bookings(database, diary, now=NOW)
    message = str(failed.value)
    assert "Row 3" in message and "Esoša" in message
    assert "Row 4" in message and "Čiekuriņš" in message
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Booking)) == 1
    diary.write_text("room,organisation,date,start,end\nLielā zāle,Čiekuriņš,03.03.2026,10:00,12:00\n",
                     encoding="utf-8")
    assert import_bookings(database, diary, now=NOW).created == 1


def cli(database, *arguments: str) -> int:
    return run_command_line(["--database", database.url, "--lang", "en", *arguments], language="en")


def test_command_line_books_refuses_with_the_reason_and_exports(database, centre, tmp_path, capsys):  # noqa: F811
    assert cli(database, "book", "--room", "Lielā zāle", "--org", "Čiekuriņš", "--start", "2030-03-04 10:00",
               "--end", "2030-03-04 12:00", "--attendees", "20") == 0
    booking_id = int(capsys.readouterr().out.strip())
    assert cli(database, "book", "--room", str(centre.hall.id), "--org", "Šūpoles", "--start", "2030-03-04 11:00",
               "--end", "2030-03-04 12:00") == 1
    error = capsys.readouterr().err
    assert f"booking no. {booking_id}" in error and "Čiekuriņš" in error
    assert cli(database, "book", "--room", "Lielā zāle", "--title", "Koris", "--start", "2030-03-05 18:00",
               "--end", "2030-03-05 20:00", "--repeat", "weekly", "--count", "3") == 0
    assert len(capsys.readouterr().out.split()) == 3
    assert cli(database, "book", "--room", "Nav tādas", "--start", "2030-03-05 18:00", "--end", "2030-03-05 20:00") == 1
    target: Path = tmp_path / "export.ics"
    assert cli(database, "export", "bookings", str(target), "--from", "2030-01-01", "--to", "2030-12-31") == 0
    assert len(Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 4


def test_command_line_books_a_monthly_series_on_the_first_dates_weekday(database, centre, capsys):  # noqa: F811
    from ngo_desktop.services.bookings.booking import get_booking
    from ngo_desktop.timeutil import to_local

    # 2030-03-12 is the 2nd Tuesday of March: the series keeps to 2nd Tuesdays.
    assert cli(database, "book", "--room", "Lielā zāle", "--title", "Valdes sēde", "--start", "2030-03-12 18:00",
               "--end", "2030-03-12 20:00", "--repeat", "monthly-nth", "--count", "3") == 0
    ids = [int(text) for text in capsys.readouterr().out.split()]
    starts = [to_local(get_booking(database, booking_id).starts_at) for booking_id in ids]
    assert [(start.month, start.day, start.hour) for start in starts] == [(3, 12, 18), (4, 9, 18), (5, 14, 18)]
