"""The printing services: each document made from the database, its text read back exactly, fonts
embedded, paper size, long tables with repeated headers, the register and the refusals."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from ngo_desktop.errors import NotFound, ValidationFailed
from ngo_desktop.models import AuditAction, AuditEntry, Organisation, PrintedDocument
from ngo_desktop.services.printing.common import parse_week
from ngo_desktop.services.printing.register import DocumentRequest, list_printed, make_document, request_of
from ngo_desktop.sorting import organisation_match_key, organisation_sort_key
from tests.printing_fixtures import (
    CENTRE_NAME,
    FIELD_CULTURE,
    PROGRAMME_TITLE,
    SERIES_TITLE,
    SINGLE_TITLE,
    PrintingData,
)

A4 = (595.3, 841.9)
LETTER = (612.0, 792.0)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    """Extracted text with line breaks as spaces: wrapped cells split long names across lines."""
    return " ".join(text.split())


def page_size(pdf: bytes, index: int = 0) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[index].mediabox
    return round(float(box.width), 1), round(float(box.height), 1)


def embedded_fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]))
    return names


def test_booking_sheet_of_a_series_lists_every_date_with_latvian_text(database, printing_data: PrintingData) -> None:
    built = make_document(database, DocumentRequest("booking-sheet", booking_id=printing_data.series_booking_ids[1]))
    text = flat(text_of(built.pdf))
    assert SERIES_TITLE in text
    assert CENTRE_NAME in text
    assert "Mazā telpa" in text
    for day in ("02.03.2026", "09.03.2026", "16.03.2026", "23.03.2026"):
        assert day in text
    assert "Smēķēt ēkā aizliegts." in text  # the house rules from Settings
    assert "lpp. no" in text  # page numbers in Latvian
    assert page_size(built.pdf) == A4
    assert embedded_fonts(built.pdf), "the Latvian font must be embedded"


def test_booking_sheet_shows_price_reduction_and_organisation(database, printing_data: PrintingData) -> None:
    text = flat(text_of(make_document(database, DocumentRequest(
        "booking-sheet", booking_id=printing_data.single_booking_id)).pdf))
    assert SINGLE_TITLE in text
    assert 'Biedrība "Alūksnes pensionāri"' in text
    assert "Ārija Šķēle" in text
    assert "40,00 €" in text and "0,00 €" in text


def test_door_sign_for_a_day_and_a_week_on_letter_paper(database, printing_data: PrintingData) -> None:
    day_sign = make_document(database, DocumentRequest("door-sign", room_id=printing_data.hall_id,
                                                       day=dt.date(2026, 3, 2), paper="Letter"))
    text = flat(text_of(day_sign.pdf))
    assert "Lielā zāle" in text and "Pirmdiena, 02.03.2026" in text
    assert "18:00–20:00" in text and SINGLE_TITLE in text
    assert page_size(day_sign.pdf) == LETTER
    week_sign = make_document(database, DocumentRequest("door-sign", room_id=printing_data.hall_id, week="2026-W10"))
    week_text = flat(text_of(week_sign.pdf))
    assert "Svētdiena 08.03." in week_text and SINGLE_TITLE in week_text


def test_week_schedule_is_landscape_with_every_room(database, printing_data: PrintingData) -> None:
    built = make_document(database, DocumentRequest("week-schedule", site_id=printing_data.site_id, week="2026-W10"))
    width, height = page_size(built.pdf)
    assert width > height
    text = flat(text_of(built.pdf))
    assert "Lielā zāle" in text and "Mazā telpa" in text
    assert "Šūšanas" in text and "Čaklās rokas" in text


def test_flyer_a5_and_a4_carry_the_programme_and_vendors(database, printing_data: PrintingData) -> None:
    a5 = make_document(database, DocumentRequest("flyer", fair_id=printing_data.fair_id, paper="A5"))
    assert page_size(a5.pdf) == (419.5, 595.3)
    text = flat(text_of(make_document(database, DocumentRequest("flyer", fair_id=printing_data.fair_id)).pdf))
    assert "Alūksnes vasaras tirdziņš" in text
    assert PROGRAMME_TITLE in text
    assert "Čiekurs" in text


def test_stall_plan_and_check_in_sheet_list_the_vendors_by_stall(database, printing_data: PrintingData) -> None:
    plan = make_document(database, DocumentRequest("stall-plan", fair_id=printing_data.fair_id,
                                                   day=printing_data.fair_day))
    text = flat(text_of(plan.pdf))
    assert "Skatuve" in text
    assert "Ābeļzieds" in text or "Alūksnes invalīdu biedrība" in text
    assert "10,00 €" in text
    check_in = flat(text_of(make_document(database, DocumentRequest("check-in", fair_id=printing_data.fair_id,
                                                                    day=printing_data.fair_day)).pdf))
    assert "06.06.2026" in check_in and "SIA „Čiekurs”" in check_in and "nav samaksāts" in check_in


def test_directory_groups_by_field_in_latvian_order(database, printing_data: PrintingData) -> None:
    text = flat(text_of(make_document(database, DocumentRequest("directory")).pdf))
    assert FIELD_CULTURE in text and "Sociālā aprūpe" in text
    # Šūpoles is in culture too and sorts after the pensioners (Š after S, A first).
    culture = text[text.index(FIELD_CULTURE):]
    assert culture.index("Alūksnes pensionāri") < culture.index("Šūpoles")


def test_directory_long_table_breaks_across_pages_with_its_header_repeated(database) -> None:
    with database.unit_of_work() as session:
        for number in range(260):
            name = f"Biedrība „Ģimeņu atbalsts Nr. {number:03d}”"
            session.add(Organisation(name=name, sort_key=organisation_sort_key(name),
                                     match_key=organisation_match_key(name), phone="+371 20000000"))
    pdf = make_document(database, DocumentRequest("directory")).pdf
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 3
    for page in pages[1:]:
        assert "Reģ. Nr." in page.extract_text() or "Reg. No." in page.extract_text()
    assert "Ģimeņu atbalsts Nr. 259" in flat(text_of(pdf))


def test_each_print_is_registered_with_an_audit_entry_and_can_be_made_again(database, printing_data) -> None:
    request = DocumentRequest("door-sign", room_id=printing_data.hall_id, day=dt.date(2026, 3, 2), paper="Letter")
    make_document(database, request)
    make_document(database, DocumentRequest("booking-sheet", booking_id=printing_data.single_booking_id))
    records = list_printed(database)
    assert [record.kind for record in records] == ["booking-sheet", "door-sign"]
    assert records[0].organisation_name == 'Biedrība "Alūksnes pensionāri"'
    assert records[0].operator == "tester"
    assert request_of(database, records[1].id) == request
    with database.read_session() as session:
        assert session.query(PrintedDocument).count() == 2
        assert session.query(AuditEntry).filter(AuditEntry.action == AuditAction.PRINT).count() == 2


@pytest.mark.parametrize("request_", [
    DocumentRequest("booking-sheet", booking_id=999),
    DocumentRequest("door-sign", room_id=999),
    DocumentRequest("week-schedule", site_id=999),
    DocumentRequest("flyer", fair_id=999),
    DocumentRequest("stall-plan", fair_id=999),
])
def test_a_missing_selection_is_refused_in_latvian_and_nothing_is_registered(database, request_) -> None:
    with pytest.raises(NotFound) as refusal:
        make_document(database, request_)
    assert "999" in str(refusal.value) or "Nav" in str(refusal.value) or "nav" in str(refusal.value)
    assert list_printed(database) == []


def test_a_wrong_week_or_paper_is_refused(database) -> None:
    with pytest.raises(ValidationFailed):
        parse_week("2026-W60")
    assert parse_week("2026-W10") == dt.date(2026, 3, 2)
    with pytest.raises(ValidationFailed):
        make_document(database, DocumentRequest("directory", paper="A5"))


def test_papers_read_as_latvian_sentences(database, printing_data: PrintingData) -> None:
    """A weekly series says "Katru pirmdienu līdz …", equipment is listed in lower case, and a weekday
    inside the register's title is in lower case while it stays capitalised where it starts a line."""
    series = make_document(database, DocumentRequest("booking-sheet", booking_id=printing_data.series_booking_ids[0]))
    assert "Katru pirmdienu līdz 23.03.2026" in flat(text_of(series.pdf))
    single = flat(text_of(make_document(database, DocumentRequest(
        "booking-sheet", booking_id=printing_data.single_booking_id)).pdf))
    assert "Aprīkojums projektors" in single
    sign = make_document(database, DocumentRequest("door-sign", room_id=printing_data.hall_id, day=dt.date(2026, 3, 2)))
    assert sign.title == "Durvju zīme: Lielā zāle, pirmdiena, 02.03.2026"
    assert "Pirmdiena, 02.03.2026" in flat(text_of(sign.pdf))
