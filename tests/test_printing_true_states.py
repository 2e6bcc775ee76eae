"""Door signs and week schedules tell the truth: a shut room is never "free" (no opening hours, a
closure, a public holiday), provisional bookings are marked in words, and the paper size from
Settings is used unless the user chose another."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pdfplumber
from PySide6.QtCore import QSettings

from ngo_desktop import settings
from ngo_desktop.app import main
from ngo_desktop.documents.week_schedule import PROVISIONAL_MARK
from ngo_desktop.services.bookings.holidays import holiday_name
from ngo_desktop.services.bookings.rooms import add_closure
from ngo_desktop.services.printing.register import DocumentRequest, make_document
from ngo_desktop.settings import PAPER_KEY
from tests.printing_fixtures import SERIES_TITLE, PrintingData

LETTER = (612.0, 792.0)

SUNDAY = dt.date(2026, 3, 8)
RESTORATION_DAY = dt.date(2026, 5, 4)  # a Monday, a public holiday
FREE = "Rezervāciju nav"


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() for page in document.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def page_size(pdf: bytes) -> tuple[float, float]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return round(float(document.pages[0].width), 1), round(float(document.pages[0].height), 1)


def door_sign_text(database, room_id: int, **when) -> str:  # type: ignore[no-untyped-def]
    return flat(text_of(make_document(database, DocumentRequest("door-sign", room_id=room_id, **when)).pdf))


def test_a_room_without_opening_hours_that_day_is_closed_not_free(database, printing_data: PrintingData) -> None:
    small_room = _small_room(database, printing_data)
    text = door_sign_text(database, small_room, day=SUNDAY)
    assert "Slēgts" in text and FREE not in text
    # The hall opens every day: the same Sunday it is free.
    assert FREE in door_sign_text(database, printing_data.hall_id, day=SUNDAY)


def test_a_public_holiday_prints_its_name(database, printing_data: PrintingData) -> None:
    name = holiday_name(RESTORATION_DAY, "lv")
    assert name
    text = door_sign_text(database, printing_data.hall_id, day=RESTORATION_DAY)
    assert f"Slēgts: {name}" in text and FREE not in text


def test_a_renovation_closure_says_until_when_and_why(database, printing_data: PrintingData) -> None:
    add_closure(database, site_id=printing_data.site_id, starts_local=dt.datetime(2027, 1, 8, 0, 0),
                ends_local=dt.datetime(2027, 1, 22, 0, 0), reason="remonts")
    text = door_sign_text(database, printing_data.hall_id, day=dt.date(2027, 1, 12))
    assert "Slēgts līdz 21.01.2027: remonts" in text and FREE not in text
    week = door_sign_text(database, printing_data.hall_id, week="2027-W01")
    assert week.count("Slēgts līdz 21.01.2027: remonts") == 3  # Friday to Sunday of that week
    assert week.count(FREE) == 4  # Monday to Thursday


def test_a_closure_for_part_of_a_day_is_printed_at_its_time(database, printing_data: PrintingData) -> None:
    add_closure(database, room_id=printing_data.hall_id, starts_local=dt.datetime(2026, 3, 2, 14, 0),
                ends_local=dt.datetime(2026, 3, 2, 17, 0), reason="grīdas kopšana")
    text = door_sign_text(database, printing_data.hall_id, day=dt.date(2026, 3, 2))
    assert "14:00–17:00 Slēgts: grīdas kopšana" in text
    assert text.index("14:00–17:00") < text.index("18:00–20:00")  # in time order with the bookings


def test_a_provisional_booking_is_marked_in_words_on_the_door_sign(database, printing_data: PrintingData) -> None:
    text = door_sign_text(database, _small_room(database, printing_data), day=dt.date(2026, 3, 2))
    assert SERIES_TITLE in text
    assert "Provizoriska rezervācija, vēl nav apstiprināta" in text
    confirmed = door_sign_text(database, printing_data.hall_id, day=dt.date(2026, 3, 2))
    assert "Iepriekšēja" not in confirmed


def test_week_schedule_marks_provisional_bookings_and_shades_closed_days(database, printing_data: PrintingData) -> None:
    built = make_document(database, DocumentRequest("week-schedule", site_id=printing_data.site_id, week="2026-W10"))
    text = flat(text_of(built.pdf))
    assert f"{PROVISIONAL_MARK} 10:00–12:00 {SERIES_TITLE[:7]}" in text
    assert "Slēgts" in text  # the small room on Sunday
    with pdfplumber.open(io.BytesIO(built.pdf)) as pdf:
        page = pdf.pages[0]
        closed_word = next(word for word in page.extract_words() if word["text"] == "Slēgts")
        shade = [rect for rect in page.rects
                 if rect["x0"] <= closed_word["x0"] and rect["x1"] >= closed_word["x1"]
                 and rect["top"] <= closed_word["top"] and rect["bottom"] >= closed_word["bottom"]
                 and rect.get("non_stroking_color") not in (None, (1, 1, 1), [1, 1, 1], (1,), [1])]
        assert shade, "a closed day's cell is shaded"
        assert pdf.pages[0].extract_text().startswith("Nedēļas grafiks")


def test_week_schedule_of_a_holiday_week_names_the_holiday(database, printing_data: PrintingData) -> None:
    built = make_document(database, DocumentRequest("week-schedule", site_id=printing_data.site_id, week="2026-W19"))
    text = flat(text_of(built.pdf))
    assert holiday_name(RESTORATION_DAY, "lv") in text


def test_the_paper_size_from_settings_is_used_unless_told_otherwise(database, printing_data: PrintingData,
                                                                      tmp_path: Path) -> None:
    QSettings().setValue(PAPER_KEY, "Letter")
    output = tmp_path / "zime.pdf"
    arguments = ["--database", database.url, "print", "door-sign", "--room", str(printing_data.hall_id),
                 "--date", "02.03.2026", "-o", str(output)]
    assert main(arguments) == 0
    assert page_size(output.read_bytes()) == LETTER
    assert main([*arguments[:-2], "--paper", "A4", "-o", str(output), "--force"]) == 0
    assert page_size(output.read_bytes()) != LETTER


def test_the_signatory_is_the_operator_name_from_settings_never_the_login(database, printing_data: PrintingData,
                                                                           tmp_path: Path) -> None:
    output = tmp_path / "lapa.pdf"
    arguments = ["--database", database.url, "print", "booking-sheet", "--booking",
                 str(printing_data.single_booking_id), "-o", str(output)]
    assert main(arguments) == 0
    assert database.operator not in flat(text_of(output.read_bytes())).split("Paraksti")[-1]
    settings.save_desk(keep=10, operator="Inese Kalniņa")
    assert main([*arguments, "--force"]) == 0
    assert "Inese Kalniņa" in flat(text_of(output.read_bytes()))


def _small_room(database, printing_data: PrintingData) -> int:  # type: ignore[no-untyped-def]
    from ngo_desktop.services.bookings.rooms import list_rooms

    return next(room.id for room in list_rooms(database, site_id=printing_data.site_id) if room.name == "Mazā telpa")


def test_a_booking_sheet_shows_setup_time_and_a_cancelled_status_unlike_a_confirmed_one(
        database, printing_data: PrintingData) -> None:
    from ngo_desktop.services.bookings.booking import cancel_booking

    sheet = make_document(database, DocumentRequest("booking-sheet", booking_id=printing_data.single_booking_id))
    text = flat(text_of(sheet.pdf))
    assert "Sagatavošana," in text and "15 min pirms, 15 min pēc" in text  # the hall's buffers
    cancel_booking(database, printing_data.single_booking_id, reason="Zāle vajadzīga vēlēšanām")
    cancelled = make_document(database, DocumentRequest("booking-sheet", booking_id=printing_data.single_booking_id))
    with pdfplumber.open(io.BytesIO(cancelled.pdf)) as pdf:
        word = next(word for word in pdf.pages[0].extract_words(extra_attrs=["non_stroking_color"])
                    if word["text"] == "Atcelta")
        box = [rect for rect in pdf.pages[0].rects if rect["x0"] <= word["x0"] and rect["x1"] >= word["x1"]
               and rect["top"] <= word["top"] and rect["bottom"] >= word["bottom"]]
    assert tuple(word["non_stroking_color"]) == (1, 1, 1)  # white on the red box
    assert box and tuple(box[-1]["non_stroking_color"])[:3] != (1, 1, 1)
