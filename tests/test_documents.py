"""The document builders: Latvian text survives into the PDF, fonts are embedded, pages are numbered.

Each document is built from realistic Latvian sample data and read back with pypdf (and with
poppler's ``pdftotext`` when installed). No Qt and no database are needed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from ngo_desktop.documents.booking_sheet import build_booking_sheet
from ngo_desktop.documents.check_in_sheet import build_check_in_sheet
from ngo_desktop.documents.data import (
    BookingSheetData,
    CentreInfo,
    CheckInSheetData,
    DirectoryData,
    DirectoryEntry,
    DirectoryGroup,
    DoorSignData,
    FlyerData,
    Occurrence,
    PlanLandmark,
    PlanStall,
    ProgrammeDay,
    ProgrammeEntry,
    ScheduleEntry,
    ScheduleRoom,
    SignBooking,
    SignDay,
    StallPlanData,
    StallVendor,
    WeekScheduleData,
)
from ngo_desktop.documents.directory import build_directory
from ngo_desktop.documents.door_sign import build_door_sign
from ngo_desktop.documents.flyer import build_flyer
from ngo_desktop.documents.labels import BOOKING_SHEET_LABELS, LABELS_BY_DOCUMENT
from ngo_desktop.documents.stall_plan import build_stall_plan
from ngo_desktop.documents.week_schedule import build_week_schedule

ROOT = Path(__file__).resolve().parent.parent
LATVIAN_COMMON = {"page_of": "{page}. lpp. no {pages}", "printed_on": "Izdrukāts {date}"}

ORGANISATION = "„Alūksnes invalīdu biedrība”"
EVENING = "Ģimeņu vakars – ķirbju zupa, šokolāde un €"
FAIR = "Rudens labdarības tirdziņš"


def _png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, width - 4, height - 4), fill=(*colour, 255))
    draw.ellipse((width // 3, height // 3, 2 * width // 3, 2 * height // 3), fill=(242, 163, 58, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


CENTRE = CentreInfo(
    name="Alūksnes NVO atbalsta centrs",
    address="Pils iela 25a, Alūksne, LV-4301",
    phone="+371 64 321 000",
    email="nvo.centrs@aluksne.lv",
    website="www.aluksne.lv/nvo",
    logo_png=_png(160, 160, (11, 110, 116)),
)


def sample_booking_sheet(*, latvian: bool = True, dates: int = 8) -> BookingSheetData:
    labels = {**LATVIAN_COMMON, "document_title": "Rezervācijas lapa", "reference": "Nr.",
              "section_organisation": "Organizācija", "section_booking": "Rezervācija",
              "section_dates": "Datumi", "section_house_rules": "Iekšējās kārtības noteikumi",
              "section_signatures": "Paraksti", "organisation": "Nosaukums",
              "registration_number": "Reģ. Nr.", "contact_person": "Kontaktpersona", "phone": "Tālrunis",
              "email": "E-pasts", "event_title": "Pasākums", "purpose": "Mērķis", "room": "Telpa",
              "site": "Vieta", "attendees": "Dalībnieki", "equipment": "Aprīkojums", "status": "Statuss",
              "repeat_rule": "Atkārtojas", "column_date": "Datums", "column_weekday": "Diena",
              "column_time": "Laiks", "column_note": "Piezīme", "full_value": "Pilna vērtība",
              "reduction": "Atlaide", "price": "Maksājams", "payment_status": "Apmaksa",
              "signature_centre": "Centra vārdā", "signature_organisation": "Organizācijas vārdā",
              "signature": "Paraksts", "signature_name": "Vārds, uzvārds", "signature_date": "Datums"}
    first = dt.date(2026, 3, 5)
    occurrences = tuple(
        Occurrence(date=(first + dt.timedelta(weeks=index)).strftime("%d.%m.%Y"), time="18:00–20:00",
                   weekday="ceturtdiena", note="Atcelts – svētku diena" if index == 2 else "",
                   cancelled=index == 2)
        for index in range(dates)
    )
    return BookingSheetData(
        centre=CENTRE,
        printed="05.03.2026 14:20",
        reference="R-2026-0142",
        organisation=ORGANISATION,
        registration_number="40008012345",
        contact_person="Inese Kalniņa",
        contact_phone="+371 29 123 456",
        contact_email="inese.kalnina@invalidi-aluksne.lv",
        title=EVENING,
        purpose="Ikmēneša tikšanās biedriem un viņu ģimenēm: kopīga vakariņu gatavošana, "
                "sarunas par biedrības darbu un gaidāmo Rudens labdarības tirdziņu.",
        site="Alūksnes NVO centrs",
        site_address="Pils iela 25a",
        room="Lielā zāle (2. stāvs)",
        occurrences=occurrences,
        repeat_rule="Katru ceturtdienu līdz 23.04.2026",
        attendees="35",
        equipment=("projektors", "skaņas sistēma", "virtuves stūrītis", "40 krēsli"),
        status="Apstiprināta",
        full_value="240,00 €",
        reduction="−240,00 € (biedru atlaide 100 %)",
        price="0,00 €",
        payment_status="Nav jāmaksā",
        house_rules="Telpas jāatstāj tīras un sakārtotas; atkritumi jāšķiro.\n\n"
                    "Smēķēšana un atklāta uguns telpās ir aizliegta. Pēc pasākuma jāizslēdz "
                    "gaismas un jāaizver logi.\n\n"
                    "Par bojājumiem atbild organizācija, kas telpas rezervējusi. Atslēgas jānodod "
                    "centra dežurantam vai jāatstāj „atslēgu kastītē” pie ieejas.",
        centre_signatory="Māra Ozoliņa",
        organisation_signatory="Inese Kalniņa",
        labels=labels if latvian else {},
    )


def sample_door_sign(*, week: bool = False, empty: bool = False) -> DoorSignData:
    day_bookings = (
        SignBooking("10:00–12:00", "Senioru rīta vingrošana", "Biedrība „Sirmās galvas”"),
        SignBooking("14:00–16:30", "Latviešu valodas kursi ukraiņiem", "Nodibinājums „Sadarbības tilts”"),
        SignBooking("18:00–20:00", EVENING, ORGANISATION),
    )
    names = ("Pirmdiena 02.03.", "Otrdiena 03.03.", "Trešdiena 04.03.", "Ceturtdiena 05.03.",
             "Piektdiena 06.03.", "Sestdiena 07.03.", "Svētdiena 08.03.")
    if week:
        days = tuple(SignDay(name, day_bookings[: (index * 2) % 4]) for index, name in enumerate(names))
        period = "10. nedēļa · 02.03.–08.03.2026"
    else:
        days = (SignDay(names[3], () if empty else day_bookings),)
        period = "Ceturtdiena, 05.03.2026"
    return DoorSignData(
        centre=CENTRE, printed="05.03.2026 08:00", room="Lielā zāle", site="Alūksnes NVO centrs, 2. stāvs",
        period=period, days=days, qr_text="tel:+37164321000",
        qr_caption="Centra administrators: +371 64 321 000, nvo.centrs@aluksne.lv",
        labels={**LATVIAN_COMMON, "document_title": "Durvju zīme", "free_all_day": "Brīvs visu dienu",
                "qr_heading": "Jautājumi un rezervācijas"},
    )


DAY_HEADINGS = ("P 02.03.", "O 03.03.", "T 04.03.", "C 05.03.", "Pk 06.03.", "S 07.03.", "Sv 08.03.")
ACTIVITIES = (
    ("Senioru rīta vingrošana", "Biedrība „Sirmās galvas”"),
    ("Latviešu valodas kursi", "Nodibinājums „Sadarbības tilts”"),
    (EVENING, ORGANISATION),
    ("Valdes sēde", "Alūksnes novada pensionāru biedrība"),
    ("Jauniešu debašu klubs", "Biedrība „Jaunieši Alūksnei”"),
    ("Rokdarbu pulciņš – adīšana un tamborēšana", "Biedrība „Čaklās rokas”"),
)
TIMES = ("08:30–09:30", "10:00–12:00", "12:30–13:30", "14:00–16:30", "17:00–18:00", "18:00–20:00")


def sample_week_schedule(*, rooms: int = 6, per_day: int = 3) -> WeekScheduleData:
    schedule_rooms = []
    for number in range(rooms):
        days = []
        for day in range(7):
            count = 0 if day == 6 else (per_day + number + day) % (per_day + 1)
            days.append(tuple(
                ScheduleEntry(TIMES[slot], *ACTIVITIES[(number + day + slot) % len(ACTIVITIES)],
                              provisional=(number + day + slot) % 11 == 0)
                for slot in range(count)
            ))
        schedule_rooms.append(ScheduleRoom(f"{number + 101}. telpa" if number else "Lielā zāle",
                                           tuple(days), detail=f"{20 + number % 5 * 10} vietas"))
    return WeekScheduleData(
        centre=CENTRE, printed="05.03.2026 14:20", site="Alūksnes NVO centrs", week="10. nedēļa, 02.03.–08.03.2026",
        day_headings=DAY_HEADINGS, rooms=tuple(schedule_rooms),
        labels={**LATVIAN_COMMON, "document_title": "Nedēļas grafiks", "column_room": "Telpa",
                "provisional_legend": "Pelēkā slīprakstā: iepriekšēja rezervācija"},
    )


FIELDS = ("Izglītība", "Jaunatne", "Kultūra", "Sociālā aprūpe", "Sports", "Vide un dabas aizsardzība",
          "Ģimenes un bērni", "Ņemšanās ar veselību")
NAME_PARTS = ("Alūksnes", "Jaunlaicenes", "Ziemeru", "Mālupes", "Ilzenes", "Pededzes", "Liepnas", "Zeltiņu")
KINDS = ("invalīdu biedrība", "pensionāru biedrība", "jauniešu klubs", "folkloras kopa", "mednieku biedrība",
         "ģimeņu atbalsta centrs „Saulespuķe”", "sporta klubs „Ērglis”")


def sample_directory(count: int = 40) -> DirectoryData:
    per_group = max(1, count // len(FIELDS))
    groups = []
    for group_index, field in enumerate(FIELDS):
        entries = []
        for index in range(per_group):
            number = group_index * per_group + index
            place, kind = NAME_PARTS[number % len(NAME_PARTS)], KINDS[number % len(KINDS)]
            name = ORGANISATION if number == 0 else f"„{place} {kind}” {number}"
            entries.append(DirectoryEntry(
                name=name, legal_form="nodibinājums" if number % 5 == 0 else "biedrība",
                registration_number=f"4000{8000000 + number}", contact_person="Jānis Bērziņš-Ozoliņš",
                phone=f"+371 29 {number % 1000:03d} {number % 997:03d}",
                email=f"valde.{number}@nvo-{place[:4].lower()}-{number % 7}.lv"))
        groups.append(DirectoryGroup(field, tuple(entries)))
    return DirectoryData(
        centre=CENTRE, printed="05.03.2026 14:20", subtitle="Biedri un sadarbības partneri uz 05.03.2026",
        groups=tuple(groups),
        labels={**LATVIAN_COMMON, "document_title": "Organizāciju katalogs", "column_name": "Organizācija",
                "column_legal_form": "Juridiskā forma", "column_registration_number": "Reģ. Nr.",
                "column_contact_person": "Kontaktpersona", "column_phone": "Tālrunis",
                "column_email": "E-pasts"},
    )


def sample_flyer(*, days: int = 1, logos: int = 3) -> FlyerData:
    programme = (
        ProgrammeEntry("10:00", "Tirdziņa atklāšana", "Alūksnes novada pašvaldības vadītājs"),
        ProgrammeEntry("11:00", "Koncerts", "Jauniešu deju kolektīvs „Ķekatas”"),
        ProgrammeEntry("12:30", EVENING, ORGANISATION),
        ProgrammeEntry("13:30", "Rudens modes skate – rokdarbi un adījumi", "Biedrība „Čaklās rokas”"),
        ProgrammeEntry("15:00", "Loterija un tirdziņa noslēgums"),
    )
    day_headings = ("Sestdiena, 12.09.", "Svētdiena, 13.09.", "Sestdiena, 19.09.")
    return FlyerData(
        centre=CENTRE, printed="20.08.2026 10:00", title=FAIR, kicker="Labdarības tirdziņš",
        dates="Sestdiena, 12.09.2026" if days == 1 else "12.–19.09.2026", hours="10:00–15:00",
        place="Alūksnes NVO centra pagalms, Pils iela 25a",
        description="Nāc uz rudens labdarības tirdziņu! Vietējās biedrības piedāvās rokdarbus, "
                    "mājās ceptas maizes, medu un stādus. Visi ieņēmumi tiks ziedoti Alūksnes "
                    "novada ģimenēm ar bērniem.\n\nBērniem – radošās darbnīcas un sejas apgleznošana, "
                    "pieaugušajiem – karsta ķirbju zupa un tēja.",
        programme=tuple(ProgrammeDay(day_headings[index] if days > 1 else "", programme)
                        for index in range(days)),
        organisations=(ORGANISATION, "Biedrība „Čaklās rokas”", "Alūksnes novada pensionāru biedrība",
                       "Nodibinājums „Sadarbības tilts”", "Biedrība „Jaunieši Alūksnei”"),
        partner_logos=tuple(_png(200, 120, (180, 40 + 60 * index, 60)) for index in range(logos)),
        web_url="https://www.aluksne.lv/nvo/rudens-tirdzins",
        labels={**LATVIAN_COMMON, "when": "Kad", "hours": "Laiks", "where": "Kur", "programme": "Programma",
                "organisations": "Piedalās", "partners": "Atbalsta", "more_info": "Vairāk informācijas"},
    )


VENDORS = (ORGANISATION, "Biedrība „Čaklās rokas”", "Alūksnes novada pensionāru biedrība",
           "SIA „Medus māja”", "Zemnieku saimniecība „Ābeļkalni”", "Biedrība „Jaunieši Alūksnei”",
           "IK „Koka rotaļlietas – Jānis Ūdris”", "Nodibinājums „Sadarbības tilts”")
CATEGORIES = ("Rokdarbi", "Pārtika", "Lietotas mantas", "Stādi", "Informācija")


def sample_vendors(count: int) -> tuple[StallVendor, ...]:
    return tuple(
        StallVendor(stall=str(number), vendor=VENDORS[number % len(VENDORS)] if number > 1 else ORGANISATION,
                    contact="Ilze Ķēniņa" if number % 2 else "Pēteris Šņore", phone=f"+371 26 {number:03d} 111",
                    category=CATEGORIES[number % len(CATEGORIES)],
                    fee="0,00 €" if number % 3 == 0 else "12,50 €",
                    payment="Atbrīvots" if number % 3 == 0 else ("Nav samaksāts" if number % 4 == 0 else "Samaksāts"),
                    payment_due=number % 3 != 0 and number % 4 == 0)
        for number in range(1, count + 1)
    )


def sample_stall_plan() -> StallPlanData:
    stalls = []
    for index in range(10):  # a row along the top edge
        stalls.append(PlanStall(str(index + 1), 2 + index * 3.2, 1, 3, 3))
    for index in range(8):  # back to back in the middle
        stalls.append(PlanStall(str(index + 11), 6 + index * 3.2, 11, 3, 2.5))
    for index in range(4):  # down the right edge, turned a quarter
        stalls.append(PlanStall(str(index + 19), 39, 6 + index * 3.2, 3, 2.5, rotation=90))
    stalls.append(PlanStall("23", 6, 19, 3, 3, rotation=30))
    stalls.append(PlanStall("24", 10, 19, 3, 3, rotation=30))
    vendors = sample_vendors(22)
    names = {vendor.stall: vendor.vendor for vendor in vendors}
    stalls = [PlanStall(stall.number, stall.x, stall.y, stall.width, stall.depth, stall.rotation,
                        names.get(stall.number, "")) for stall in stalls]
    return StallPlanData(
        centre=CENTRE, printed="10.09.2026 09:00", fair=FAIR, day="Sestdiena, 12.09.2026",
        place="Alūksnes NVO centra pagalms", area_width=42, area_depth=26, stalls=tuple(stalls),
        landmarks=(PlanLandmark("Skatuve", 24, 18, 10, 6, kind="stage"),
                   PlanLandmark("Ieeja", 17, 24.5, 5, 1.5, kind="entrance"),
                   PlanLandmark("Tualetes", 1, 22, 3, 3, kind="toilets"),
                   PlanLandmark("Info", 36, 21, 3, 2.5, kind="information")),
        vendors=vendors,
        labels={**LATVIAN_COMMON, "document_title": "Tirdzniecības vietu plāns",
                "vendor_list": "Tirgotāji pēc vietas numura", "column_stall": "Vieta", "column_vendor": "Tirgotājs",
                "column_contact": "Kontaktpersona", "column_phone": "Tālrunis", "column_category": "Kategorija",
                "column_fee": "Maksa", "column_payment": "Apmaksa", "scale": "Mērogs 1:{ratio}",
                "metre_symbol": "m", "vacant_stall": "brīva"},
    )


def sample_check_in_sheet(count: int = 24) -> CheckInSheetData:
    return CheckInSheetData(
        centre=CENTRE, printed="12.09.2026 08:30", fair=FAIR, day="Sestdiena, 12.09.2026", hours="10:00–15:00",
        place="Alūksnes NVO centra pagalms", rows=sample_vendors(count),
        labels={**LATVIAN_COMMON, "document_title": "Ierašanās saraksts", "column_stall": "Vieta",
                "column_vendor": "Tirgotājs", "column_phone": "Tālrunis", "column_category": "Kategorija",
                "column_fee": "Maksa", "column_payment": "Apmaksa", "column_arrived": "Ieradās",
                "column_no_show": "Neieradās", "column_signature": "Paraksts",
                "total_arrived": "Ieradušies kopā", "total_no_show": "Neieradušies kopā",
                "checked_by": "Pārbaudīja"},
    )


A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)

BUILDS = {
    "booking_sheet": lambda: build_booking_sheet(sample_booking_sheet()),
    "door_sign": lambda: build_door_sign(sample_door_sign()),
    "week_schedule": lambda: build_week_schedule(sample_week_schedule()),
    "flyer": lambda: build_flyer(sample_flyer()),
    "stall_plan": lambda: build_stall_plan(sample_stall_plan()),
    "check_in_sheet": lambda: build_check_in_sheet(sample_check_in_sheet()),
    "directory": lambda: build_directory(sample_directory()),
}


def _reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def _page_texts(pdf: bytes) -> list[str]:
    """Each page's text with runs of white space made single spaces (lines may wrap anywhere)."""
    return [" ".join(page.extract_text().split()) for page in _reader(pdf).pages]


def _text(pdf: bytes) -> str:
    return " ".join(_page_texts(pdf))


def _page_size(pdf: bytes, index: int = 0) -> tuple[float, float]:
    box = _reader(pdf).pages[index].mediabox
    return round(float(box.width), 2), round(float(box.height), 2)


# --- Latvian text in, the same text out ----------------------------------------------------------


def test_booking_sheet_prints_the_latvian_text_exactly() -> None:
    text = _text(build_booking_sheet(sample_booking_sheet()))
    for expected in (ORGANISATION, EVENING, "Inese Kalniņa", "Lielā zāle (2. stāvs)", "−240,00 € (biedru atlaide 100 %)",
                     "Rezervācijas lapa", "Nr. R-2026-0142", "„atslēgu kastītē”", "Atcelts – svētku diena",
                     "Centra vārdā", "Organizācijas vārdā", "Vārds, uzvārds", "Izdrukāts 05.03.2026 14:20"):
        assert expected in text
    assert BOOKING_SHEET_LABELS["document_title"] not in text


def test_door_sign_prints_the_room_the_bookings_and_the_contact() -> None:
    text = _text(build_door_sign(sample_door_sign()))
    for expected in ("Lielā zāle", "Ceturtdiena, 05.03.2026", "10:00–12:00", EVENING, ORGANISATION,
                     "Biedrība „Sirmās galvas”", "Jautājumi un rezervācijas", "+371 64 321 000"):
        assert expected in text


def test_week_schedule_lists_each_booking_as_time_title_and_organisation() -> None:
    # A quiet week: every booking in full, "time title (organisation)".
    text = _text(build_week_schedule(sample_week_schedule(rooms=2, per_day=1)))
    assert f"({ORGANISATION})" in text
    # A busy week keeps time and title whole; the organisation may be cut after a whole word.
    busy = _text(build_week_schedule(sample_week_schedule()))
    assert f"10:00–12:00 {ACTIVITIES[1][0]}" in busy
    assert ACTIVITIES[1][1].split()[0] in busy
    for expected in ("Nedēļas grafiks", "10. nedēļa, 02.03.–08.03.2026", "Lielā zāle", "Pk 06.03."):
        assert expected in busy


def test_flyer_prints_title_programme_and_organisations() -> None:
    text = _text(build_flyer(sample_flyer()))
    for expected in (FAIR, "Labdarības tirdziņš", "Sestdiena, 12.09.2026", "10:00–15:00", EVENING,
                     "Jauniešu deju kolektīvs „Ķekatas”", "Piedalās", "Biedrība „Čaklās rokas”",
                     "https://www.aluksne.lv/nvo/rudens-tirdzins", "ģimenēm ar bērniem"):
        assert expected in text


def test_stall_plan_draws_the_plan_and_lists_vendors_with_payment() -> None:
    pdf = build_stall_plan(sample_stall_plan())
    pages = _page_texts(pdf)
    assert "Mērogs 1:" in pages[0] and "Skatuve" in pages[0] and "Ieeja" in pages[0]
    rest = " ".join(pages[1:])
    for expected in ("Tirgotāji pēc vietas numura", ORGANISATION, "IK „Koka rotaļlietas – Jānis Ūdris”",
                     "Pēteris Šņore", "12,50 €", "Nav samaksāts"):
        assert expected in rest


def test_check_in_sheet_has_vendor_fee_and_the_columns_to_tick() -> None:
    text = _text(build_check_in_sheet(sample_check_in_sheet()))
    for expected in (ORGANISATION, "Zemnieku saimniecība „Ābeļkalni”", "+371 26 004 111", "Nav samaksāts",
                     "Ieradās", "Neieradās", "Paraksts", "Ieradušies kopā", "Pārbaudīja"):
        assert expected in text


def test_directory_groups_organisations_with_their_contacts() -> None:
    text = _text(build_directory(sample_directory()))
    for expected in ("Organizāciju katalogs", "Izglītība", "Ģimenes un bērni", ORGANISATION, "40008000000",
                     "Jānis Bērziņš-Ozoliņš", "valde.0@nvo-alūk-0.lv"):
        assert expected in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
@pytest.mark.parametrize("name", sorted(BUILDS))
def test_pdftotext_extracts_the_latvian_letters_unchanged(name: str, tmp_path) -> None:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(BUILDS[name]())
    extracted = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                               text=True, check=True).stdout
    text = " ".join(extracted.split())
    assert "Alūksnes NVO atbalsta centrs" in text
    # Page numbers on every paper but the public poster.
    assert ("lpp. no" in text) == (name != "flyer")
    expected = {"booking_sheet": EVENING, "door_sign": EVENING, "week_schedule": ORGANISATION,
                "flyer": FAIR, "stall_plan": "Pēteris Šņore", "check_in_sheet": ORGANISATION,
                "directory": "Ģimenes un bērni"}[name]
    assert expected in text


def test_text_with_markup_characters_is_printed_literally() -> None:
    data = dataclasses.replace(sample_booking_sheet(), organisation="Bērni & jaunieši <Alūksne>",
                               purpose="Tikšanās 18:00 > 17:00 & kafija")
    text = _text(build_booking_sheet(data))
    assert "Bērni & jaunieši <Alūksne>" in text
    assert "Tikšanās 18:00 > 17:00 & kafija" in text


# --- Fonts, paper and page numbers ---------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(BUILDS))
def test_every_font_is_embedded_truetype(name: str) -> None:
    fonts = {}
    for page in _reader(BUILDS[name]()).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for base_font, font in fonts.items():
        assert "/FontFile2" in font["/FontDescriptor"], f"{base_font} is not embedded"
        assert "DejaVu" in base_font


def test_a_face_is_read_from_its_file_only_when_a_document_uses_it_and_measures_as_parsed_by_reportlab(
        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Six faces are registered but a door sign uses three: the others' files are never parsed, and a
    # deferred face gives the same name and widths as ReportLab's own TTFont (issue #16).
    code = ("from ngo_desktop.documents import fonts; from reportlab.pdfbase import pdfmetrics; "
            "fonts.register_fonts(); from tests.test_documents import sample_door_sign; "
            "from ngo_desktop.documents.door_sign import build_door_sign; build_door_sign(sample_door_sign()); "
            "print(' '.join(n for n in fonts._FILES if type(pdfmetrics.getFont(n).face).__name__ == 'TTFontFace'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parent.parent)
    read = result.stdout.split()
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= set(read)
    assert "DejaVuSansCondensed" not in read and "DejaVuSans-Oblique" not in read

    from reportlab.pdfbase.ttfonts import TTFont

    from ngo_desktop.documents import fonts

    # Read from the files themselves, whatever folder of kept faces an earlier test of this process set.
    monkeypatch.setattr(fonts, "_cache_folder", None)
    text = "Ā č ē ģ ī ķ ļ ņ š ū ž 3 900,00 €"
    for name, file_name in fonts._FILES.items():
        parsed = TTFont(name, str(fonts.FONTS_DIR / file_name))
        deferred = fonts._TTFontOnFirstUse(name, fonts.FONTS_DIR / file_name)
        assert sorted(vars(deferred)) == sorted(vars(parsed))
        assert deferred.face.name == parsed.face.name  # before its file is read
        assert deferred.stringWidth(text, 11) == parsed.stringWidth(text, 11)
        assert type(deferred.face) is type(parsed.face) and deferred.face.ascent == parsed.face.ascent


def test_paper_is_a4_by_default_and_letter_on_request() -> None:
    assert _page_size(build_booking_sheet(sample_booking_sheet())) == A4
    assert _page_size(build_booking_sheet(sample_booking_sheet(), paper="Letter")) == LETTER
    assert _page_size(build_flyer(sample_flyer(), paper="A5")) == (419.53, 595.28)


def test_an_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="A5"):
        build_booking_sheet(sample_booking_sheet(), paper="A5")  # type: ignore[arg-type]


def test_week_schedule_and_stall_plan_are_landscape() -> None:
    width, height = _page_size(build_week_schedule(sample_week_schedule()))
    assert width > height
    width, height = _page_size(build_stall_plan(sample_stall_plan()))
    assert width > height
    width, height = _page_size(build_week_schedule(sample_week_schedule(), landscape=False))
    assert width < height


def test_latvian_page_label_counts_all_pages() -> None:
    pages = _page_texts(build_booking_sheet(sample_booking_sheet(dates=30)))
    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert f"{number}. lpp. no {len(pages)}" in text


def test_english_defaults_are_used_when_no_labels_are_given() -> None:
    text = _text(build_booking_sheet(sample_booking_sheet(latvian=False)))
    assert "Booking sheet" in text and "Page 1 of" in text and "For the organisation" in text


def test_an_unknown_label_key_is_refused() -> None:
    data = dataclasses.replace(sample_door_sign(), labels={"free_all_dya": "Brīvs"})
    with pytest.raises(ValueError, match="free_all_dya"):
        build_door_sign(data)


def test_a_translation_that_broke_the_page_template_still_prints() -> None:
    data = dataclasses.replace(sample_door_sign(), labels={"page_of": "{lappuse}. lpp."})
    assert "{lappuse}. lpp. 1 1" in _text(build_door_sign(data))


def test_every_label_default_is_english_text_with_its_placeholders() -> None:
    for labels in LABELS_BY_DOCUMENT.values():
        assert labels["page_of"] == "Page {page} of {pages}"
        assert all(text.strip() for text in labels.values())


# --- Long tables ---------------------------------------------------------------------------------


def test_week_schedule_of_forty_rooms_repeats_the_day_headings_on_every_page() -> None:
    pages = _page_texts(build_week_schedule(sample_week_schedule(rooms=40, per_day=6)))
    assert len(pages) > 3
    for text in pages:
        assert "Telpa" in text and "P 02.03." in text and "Sv 08.03." in text
    assert "140. telpa" in pages[-1]


def test_a_week_too_busy_for_its_pages_is_set_as_the_steps_would_set_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """40 rooms of 42 bookings overflow the page budget even at one line a booking, so every room is
    set densest at once; stepping each room through the fuller settings must give the same pages."""
    from ngo_desktop.documents import week_schedule

    data = sample_week_schedule(rooms=40, per_day=6)
    densities: list[int] = []
    day_cell = week_schedule._day_cell

    def counted(*arguments):  # type: ignore[no-untyped-def]
        densities.append(arguments[3])
        return day_cell(*arguments)

    monkeypatch.setattr(week_schedule, "_day_cell", counted)
    at_once = build_week_schedule(data)
    assert set(densities) == {3}, "only the densest setting is laid out"
    densities.clear()
    monkeypatch.setattr(week_schedule._RoomSetting, "_one_line_each", lambda self, room, density: False)
    assert build_week_schedule(data) == at_once
    assert set(densities) == {0, 1, 2, 3}


def test_a_room_busier_than_a_page_continues_in_another_row() -> None:
    data = sample_week_schedule(rooms=2)
    crowded = tuple(ScheduleEntry("10:00–11:00", f"Konsultācija Nr. {index}", "Biedrība „Čaklās rokas”")
                    for index in range(60))
    room = dataclasses.replace(data.rooms[0], days=(crowded, *data.rooms[0].days[1:]))
    text = _text(build_week_schedule(dataclasses.replace(data, rooms=(room, data.rooms[1]))))
    assert "Konsultācija Nr. 0" in text and "Konsultācija Nr. 59" in text


def test_a_room_row_split_at_the_page_end_names_its_room_again_on_the_next_page() -> None:
    # Rows split between bookings where a page ends; the rest continues under the next page's day
    # headings with the room's name at its top, so a page read on its own says whose bookings these are.
    import pdfplumber

    data = sample_week_schedule(rooms=2)
    busy = tuple(ScheduleEntry("10:00–11:00", f"Konsultācija Nr. {index}", "Biedrība „Čaklās rokas”")
                 for index in range(30))
    rooms = tuple(dataclasses.replace(data.rooms[0], name=f"Zāle {index + 1}", days=(busy, *data.rooms[0].days[1:]))
                  for index in range(3))
    pdf = build_week_schedule(dataclasses.replace(data, rooms=rooms), landscape=False)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) >= 2
        for page in document.pages[1:]:
            words = page.extract_words()
            monday = next(word for word in words if word["text"] == "P")  # the day heading "P 02.03."
            heading_bottom = max(word["bottom"] for word in words if word["text"] in ("Telpa", "02.03."))
            below = [word for word in words if word["top"] > heading_bottom + 2]
            first_room_word = min((word for word in below if word["x1"] < monday["x0"]), key=lambda word: word["top"])
            first_booking_word = min((word for word in below if monday["x0"] <= word["x0"] < monday["x0"] + 60),
                                     key=lambda word: word["top"])
            assert first_room_word["text"] == "Zāle", first_room_word
            assert abs(first_room_word["top"] - first_booking_word["top"]) < 3, (first_room_word, first_booking_word)
    text = _text(pdf)
    for index in range(30):
        assert len(re.findall(rf"Konsultācija Nr\. {index}\b", text)) == 3, index  # every room's, each once


def test_a_week_schedule_cuts_rows_between_bookings_and_keeps_every_row_on_its_page(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Where a page ends, a day's bookings are cut between two bookings, never inside one (the time and
    # title on one page, the organisation on the next), and a room's text longer than a page goes on
    # under its name on the next page instead of running over the footer.
    import random

    from ngo_desktop.documents import week_schedule

    paged: list[list[list[week_schedule._Row]]] = []
    draw = week_schedule._draw
    monkeypatch.setattr(week_schedule, "_draw", lambda shell, data, labels, heading, pages, columns, top: (
        paged.append(pages), draw(shell, data, labels, heading, pages, columns, top))[1])
    chance = random.Random(3)
    for _ in range(30):
        data = sample_week_schedule(rooms=chance.randint(3, 12), per_day=chance.randint(3, 5))
        build_week_schedule(data, landscape=chance.random() < 0.5)
    long_detail = dataclasses.replace(sample_week_schedule(rooms=3).rooms[1], detail="projektors, tāfele, " * 60)
    data = sample_week_schedule(rooms=3)
    pdf = build_week_schedule(dataclasses.replace(data, rooms=(data.rooms[0], long_detail, data.rooms[2])))
    cut_rows = 0
    for pages in paged:
        for page in pages[1:]:
            for cell in page[0].days if page else ():
                if cell.lines:
                    cut_rows += 1
                    first = cell.lines[0].runs[0].text.strip()
                    assert first[:1] in "◇0123456789", first
    assert cut_rows > 10
    pages_text = _page_texts(pdf)
    assert len(pages_text) == 2 and "102. telpa" in pages_text[1]
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            footer_top = min(word["top"] for word in page.extract_words() if word["text"] == "Izdrukāts")
            rows_bottom = max(word["bottom"] for word in page.extract_words() if "tāfele" in word["text"])
            assert rows_bottom < footer_top - 10


def test_a_week_schedule_of_a_site_without_rooms_is_one_page_of_day_headings() -> None:
    # A new branch whose rooms are not entered yet: one page saying which site and week, not an empty file.
    pages = _page_texts(build_week_schedule(dataclasses.replace(sample_week_schedule(), rooms=())))
    assert len(pages) == 1
    assert "Alūksnes NVO centrs" in pages[0] and "Telpa" in pages[0] and "Sv 08.03." in pages[0]


def test_a_week_schedule_needs_seven_days_per_room() -> None:
    data = sample_week_schedule(rooms=1)
    room = dataclasses.replace(data.rooms[0], days=data.rooms[0].days[:6])
    with pytest.raises(ValueError, match="6 days"):
        build_week_schedule(dataclasses.replace(data, rooms=(room,)))


def test_directory_runs_over_pages_with_the_column_headings_on_each() -> None:
    pages = _page_texts(build_directory(sample_directory(400)))
    assert len(pages) > 5
    for text in pages:
        assert "Kontaktpersona" in text and "Reģ. Nr." in text and "E-pasts" in text


def test_check_in_sheet_repeats_its_heading_row() -> None:
    pages = _page_texts(build_check_in_sheet(sample_check_in_sheet(60)))
    assert len(pages) > 2
    for text in pages:
        assert "Tirgotājs" in text and "Neieradās" in text


# --- Door sign and flyer fit their page ----------------------------------------------------------


def test_door_sign_says_free_all_day_for_an_empty_day() -> None:
    text = _text(build_door_sign(sample_door_sign(empty=True)))
    assert "Brīvs visu dienu" in text


def test_door_signs_and_flyers_fit_one_page() -> None:
    for pdf in (build_door_sign(sample_door_sign()), build_door_sign(sample_door_sign(week=True)),
                build_flyer(sample_flyer()), build_flyer(sample_flyer(), paper="A5"),
                build_flyer(sample_flyer(days=3, logos=5))):
        assert len(_reader(pdf).pages) == 1


def season_flyer(*, days: int = 22, organisations: int = 40, items_per_day: int = 2) -> FlyerData:
    """A Saturday market from May to September: a recurring item every week and one-offs besides."""
    first = dt.date(2027, 5, 1)
    dates = [first + dt.timedelta(weeks=week) for week in range(days)]
    programme = tuple(
        ProgrammeDay(f"Sestdiena, {day:%d.%m.%Y}",
                     (ProgrammeEntry("10:00–10:30", "Tirgus atklāšana", "Alūksnes novada pašvaldība"),
                      *(ProgrammeEntry(f"{11 + item}:00–{11 + item}:45", f"Koncerts Nr. {index}.{item}",
                                       f"Kolektīvs „Dziesma {index}”") for item in range(items_per_day))),
                     date=f"{day:%d.%m.}", weekday=day.isoweekday())
        for index, day in enumerate(dates))
    return dataclasses.replace(
        sample_flyer(), title="Alūksnes Sestdienas tirdziņš 2027", kicker="Sezonas tirdziņš",
        dates=f"{dates[0]:%d.%m.%Y}–{dates[-1]:%d.%m.%Y}", programme=programme,
        organisations=tuple(f"Biedrība „Rokdarbnieces {index}”" for index in range(organisations)),
        labels={**sample_flyer().labels, "every_saturday": "Katru sestdienu",
                "full_programme": "Pilna programma tīmekļa vietnē un QR kodā zemāk"})


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_a_season_flyer_is_one_page_with_the_title_and_the_way_to_the_full_programme(paper: str) -> None:
    pdf = build_flyer(season_flyer(), paper=paper)
    assert len(_reader(pdf).pages) == 1
    text = _text(pdf)
    assert "Alūksnes Sestdienas tirdziņš 2027" in text
    every_item_printed = all(f"Koncerts Nr. {index}.1" in text for index in range(22))
    assert every_item_printed or "Pilna programma tīmekļa vietnē un QR kodā zemāk" in text
    # An item on every day the market is held is printed once, on a line of its own.
    assert "Katru sestdienu" in text and text.count("Tirgus atklāšana") == 1


def test_a_short_flyer_programme_is_printed_day_by_day() -> None:
    text = _text(build_flyer(sample_flyer(days=3)))
    assert "Svētdiena, 13.09." in text and text.count(EVENING) == 3


def test_documents_print_without_a_logo() -> None:
    centre = dataclasses.replace(CENTRE, logo_png=None)
    assert build_flyer(dataclasses.replace(sample_flyer(), centre=centre, partner_logos=(), web_url=""))
    assert build_door_sign(dataclasses.replace(sample_door_sign(), centre=centre, qr_text=""))


# --- Reproducible and Qt-free --------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(BUILDS))
def test_identical_input_gives_identical_bytes(name: str) -> None:
    assert BUILDS[name]() == BUILDS[name]()


def test_bytes_do_not_depend_on_the_process() -> None:
    script = ("import sys, hashlib; sys.path.insert(0, '.'); "
              "from tests.test_documents import BUILDS; "
              "print(hashlib.sha256(BUILDS['stall_plan']() + BUILDS['week_schedule']()).hexdigest())")
    digests = set()
    for seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                                env=environment, cwd=ROOT)
        digests.add(result.stdout.strip())
    assert len(digests) == 1


def test_builders_do_not_import_qt() -> None:
    script = ("import sys; "
              "from ngo_desktop.documents import booking_sheet, check_in_sheet, directory, door_sign, flyer, "
              "stall_plan, week_schedule; "
              "assert not [name for name in sys.modules if name.startswith('PySide6')], 'Qt was imported'")
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT)


def test_a_face_kept_in_the_cache_folder_measures_and_embeds_as_the_parsed_one(tmp_path: Path) -> None:
    # A later process loads the kept face instead of parsing the file (issue #16); it must give the
    # same widths, the same values and the same embedded subset as ReportLab's own parse.
    from reportlab.pdfbase.ttfonts import TTFontFace

    from ngo_desktop.documents import fonts

    path = fonts.FONTS_DIR / fonts._FILES[fonts.SANS_BOLD]
    fonts.keep_parsed_faces_in(tmp_path / "cache")
    (tmp_path / "cache").mkdir()
    try:
        first = fonts._read_face(path)  # parsed, then kept
        assert (tmp_path / "cache" / f"{path.name}.face").is_file()
        moved = tmp_path / "moved" / path.name  # the program installed elsewhere, the same file
        moved.parent.mkdir()
        shutil.copy2(path, moved)
        os.utime(moved, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns))
        kept = fonts._read_face(moved)
    finally:
        fonts.keep_parsed_faces_in(None)
    parsed = TTFontFace(str(moved))
    assert first is not kept and isinstance(kept, TTFontFace)
    # Measuring leaves what only embedding or shaping needs packed (5 faces load in 6 ms, not 16).
    assert [kept.getCharWidth(ord(letter)) for letter in "Āčēģīķļņšūž"] == \
        [parsed.getCharWidth(ord(letter)) for letter in "Āčēģīķļņšūž"]
    assert kept.charToGlyph[ord("ž")] == parsed.charToGlyph[ord("ž")]
    assert not set(fonts._PACKED_UNTIL_USED) & set(vars(kept))
    for name, value in vars(parsed).items():
        if name != "_pdfScale":
            assert getattr(kept, name) == value, name
    assert sorted(set(vars(kept)) - {"_packed"}) == sorted(vars(parsed))
    with pytest.raises(AttributeError):
        _ = kept.no_such_value
    assert kept.name.ustr == parsed.name.ustr
    assert [kept._pdfScale(units) for units in (0, 1, 2048, -77)] == [parsed._pdfScale(units)
                                                                        for units in (0, 1, 2048, -77)]
    text = "Ā č ē ģ ī ķ ļ ņ š ū ž 3 900,00 €"
    assert kept.getCharWidth(ord("ž")) == parsed.getCharWidth(ord("ž"))
    subset = [ord(letter) for letter in text]
    assert kept.makeSubset(subset) == parsed.makeSubset(subset)


def test_a_stale_damaged_or_foreign_cached_face_is_ignored_and_the_file_read(tmp_path: Path) -> None:
    import pickle

    from ngo_desktop.documents import fonts

    path = fonts.FONTS_DIR / fonts._FILES[fonts.SANS]
    cached = tmp_path / f"{path.name}.face"
    key = fonts._cache_key(path)
    stale = (key[0], "3.0", *key[2:])  # another ReportLab version
    foreign = pickle.dumps((key, {"name": fonts.Path("x")}))  # a class no face holds
    for content in (b"not a pickle", pickle.dumps((stale, {"name": b"x"})), foreign):
        cached.write_bytes(content)
        assert fonts._cached_face(path, tmp_path) is None
    fonts.keep_parsed_faces_in(tmp_path)
    try:
        face = fonts._read_face(path)  # parsed, and the bad file replaced by a good one
    finally:
        fonts.keep_parsed_faces_in(None)
    assert face.name.ustr == fonts.SANS
    assert fonts._cached_face(path, tmp_path) is not None
    # A packed value is checked only when first used: a damaged one is read from the font file then.
    key, values = pickle.loads(cached.read_bytes())
    values["_packed"]["hmetrics"] = pickle.dumps(fonts.Path("x"))
    cached.write_bytes(pickle.dumps((key, values)))
    damaged = fonts._cached_face(path, tmp_path)
    assert damaged is not None and damaged.hmetrics == face.hmetrics
    unwritable = tmp_path / "a file, not a folder"
    unwritable.write_text("")
    fonts._keep_face(face, path, unwritable)  # best effort: nothing raised, nothing left behind
    assert sorted(tmp_path.iterdir()) == sorted([cached, unwritable])


def test_the_qr_encoder_loaded_alone_encodes_as_reportlabs_and_spares_the_barcode_package() -> None:
    # A door sign draws its QR code with ReportLab's encoder loaded without its package, whose
    # __init__ imports every barcode widget (issue #16); the codes must be the package module's.
    from reportlab.graphics.barcode import qrencoder

    from ngo_desktop.documents.common import qr_encoder

    alone = qr_encoder()
    assert alone is not qrencoder and Path(alone.__file__) == Path(qrencoder.__file__)
    for text in ("tel:+37167000000", "https://nvo-nams.example.com/telpas?id=123", "Ā č ē ģ ī ķ ļ ņ š ū ž"):
        codes = []
        for module in (alone, qrencoder):
            code = module.QRCode(None, module.QRErrorCorrectLevel.M)
            code.addData(text)
            code.make()
            codes.append(code.modules)
        assert codes[0] == codes[1]
    program = ("import sys; from tests.test_documents import sample_door_sign; "
               "from ngo_desktop.documents.door_sign import build_door_sign; "
               "pdf = build_door_sign(sample_door_sign()); "
               "print(any(name.startswith('reportlab.graphics.barcode') for name in sys.modules), len(pdf) > 0)")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parent.parent)
    assert result.stdout.split() == ["False", "True"]


def test_a_documents_inputs_load_without_the_other_documents_inputs() -> None:
    # Each document's dataclasses load on first use (issue #16: twenty took 13-20 ms of every print
    # command); every name the package lists is still there, and a misspelt one is an AttributeError.
    program = ("import sys; from ngo_desktop.documents.data import WeekScheduleData, CentreInfo; "
               "print(sorted(name for name in sys.modules if name.startswith('ngo_desktop.documents.data.')))")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "['ngo_desktop.documents.data.week_schedule']"
    from ngo_desktop.documents import data

    for name in data.__all__:
        assert getattr(data, name).__name__ == name
    with pytest.raises(AttributeError):
        _ = data.WeekSchedule
