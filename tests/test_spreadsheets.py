"""Spreadsheets for a Latvian Excel user and against an attacker: every export kind, every import.

Values that a spreadsheet would run as a formula go out neutralised and come back exactly; files
written by hand here (a BOM with Windows-1257 bytes, binary bytes, a truncated workbook, a formula
without a value, an archive that unpacks to more than the limit) are refused by row and column
or in one line, with nothing saved.
"""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from ngo_desktop.cli import run_command_line
from ngo_desktop.database.core import open_database
from ngo_desktop.errors import DomainError
from ngo_desktop.models import Booking, Organisation, Room
from ngo_desktop.services.bookings.booking import BookingDraft, cancel_booking, create_booking, get_booking
from ngo_desktop.services.bookings.exchange import export_bookings
from ngo_desktop.services.bookings.importing import RowsRefused, import_bookings, import_rooms
from ngo_desktop.services.fairs import assignments as stall_assignments
from ngo_desktop.services.fairs import vendors
from ngo_desktop.services.fairs.exporting import export_stalls
from ngo_desktop.services.organisations.exporting import export_organisations
from ngo_desktop.services.organisations.importing import ImportRefused, import_organisations
from ngo_desktop.services.organisations.listing import ListFilter, ListOrder, fetch_rows
from ngo_desktop.services.organisations.registry import (
    ContactData,
    OrganisationData,
    create_organisation,
    get_organisation,
)
from ngo_desktop.services.premises.exporting import export_support, export_tenancies, support_table
from ngo_desktop.services.premises.registry import TenancyInput, create_tenancy
from ngo_desktop.services.spreadsheet import (
    MAX_CELL_CHARACTERS,
    Column,
    Money,
    SheetUnreadable,
    euros_text,
    guard,
    read_sheet,
    unguard,
    xlsx_table,
)
from tests.bookings_fixtures import MONDAY, NOW, at, centre  # noqa: F401
from tests.fairs_fixtures import apply_all, build_market
from tests.premises_fixtures import add_organisation as add_tenant
from tests.premises_fixtures import salon  # noqa: F401

HOSTILE = ('=HYPERLINK("http://x";"y")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-5 kg")
NOTE = "=1+1 bija formula; ā č ē ģ ī ķ ļ ņ š ū ž"
SPAN = (dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dt.datetime(2027, 1, 1, tzinfo=dt.UTC))


def csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))


def assert_no_formulas(path: Path) -> None:
    """No cell of the workbook is a formula, and the header row is frozen with a filter over it."""
    with zipfile.ZipFile(path) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        for name in sheets:
            xml = archive.read(name)
            assert b"<f>" not in xml and b"<f " not in xml
    sheet = load_workbook(path).worksheets[0]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:")
    assert all(sheet.column_dimensions[letter].width >= 8 for letter in "AB")


def all_organisations(database) -> list[OrganisationData]:  # type: ignore[no-untyped-def]
    rows = fetch_rows(database, ListFilter(include_archived=True), ListOrder())
    return [get_organisation(database, row.id) for row in rows]


def without_ids(organisation: OrganisationData) -> OrganisationData:
    return replace(organisation, id=None, version=0,
                   contacts=tuple(replace(contact, id=None) for contact in organisation.contacts))


# --- the guard itself -----------------------------------------------------------------------
@pytest.mark.parametrize("value", [*HOSTILE, "\tTAB", "\rCR", "'=already quoted", "'plain", "''", "plain",
                                   "", "Āboliņš"])
def test_the_guard_is_taken_off_exactly(value: str) -> None:
    guarded = guard(value)
    assert unguard(guarded) == value
    assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_an_xlsx_gives_back_line_breaks_escape_like_text_and_blanks_as_written(tmp_path: Path) -> None:
    # A Windows line break (a CSV made on Windows) is a line break; a text holding "_x0041_" itself
    # stays that text (XlsxWriter escapes it, openpyxl reads inline text without undoing it); an
    # empty text is a blank cell, as spreadsheets count blanks; money, dates and numbers keep types.
    path = tmp_path / "cells.xlsx"
    columns = [Column(title) for title in ("Piezīmes", "Nosaukums", "Tīmekļa vietne", "Sākas", "Summa", "Skaits",
                                           "Kods")]
    with xlsx_table(path, "Šūnas", columns) as table:
        table.append(["pirmā rinda\r\notrā rinda\rtrešā", "Biedrība _x0041_ „Ābele”", "", dt.date(2026, 3, 5),
                      Money(390000), 7, "A_x0041_x005F_ b_x005F_c"])
        assert table.rows == 1
    sheet = read_sheet(path)
    assert sheet.headers == [column.title for column in columns]
    assert sheet.rows == [["pirmā rinda\notrā rinda\ntrešā", "Biedrība _x0041_ „Ābele”", None,
                           dt.datetime(2026, 3, 5), 3900, 7, "A_x0041_x005F_ b_x005F_c"]]
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Šūnas"] and workbook.worksheets[0]["C2"].value is None


# --- every export kind, out and back --------------------------------------------------------
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_organisations_with_formula_like_values_come_back_exactly(database, tmp_path: Path, suffix: str) -> None:
    for index, name in enumerate(HOSTILE):
        create_organisation(database, OrganisationData(
            name=name, address=HOSTILE[(index + 1) % 4], notes=NOTE, website="",
            contacts=(ContactData(name="Ģirts Ķēniņš", role=HOSTILE[(index + 2) % 4], is_main=True),)))
    path = tmp_path / f"hostile{suffix}"
    assert export_organisations(database, path) == 4
    if suffix == ".csv":
        cells = [cell for row in csv_rows(path)[1:] for cell in row]
        assert "'" + HOSTILE[0] in cells and "'" + NOTE in cells
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    else:
        assert_no_formulas(path)
        sheet = load_workbook(path).worksheets[0]
        assert {sheet.cell(row, 1).data_type for row in range(2, 6)} == {"s"}
        assert {sheet.cell(row, 1).value for row in range(2, 6)} == set(HOSTILE)
        # Marked as typed text, which Excel keeps as text even when the cell is edited.
        assert all(sheet.cell(row, 1).quotePrefix for row in range(2, 6))
        plain = [cell for row in sheet.iter_rows(min_row=2) for cell in row if cell.value == "Ģirts Ķēniņš"]
        assert len(plain) == 4 and not any(cell.quotePrefix for cell in plain)
    copy = open_database(tmp_path / "copy.sqlite3", operator="tester")
    try:
        assert import_organisations(copy, path).added == 4
        assert [without_ids(item) for item in all_organisations(copy)] == \
            [without_ids(item) for item in all_organisations(database)]
    finally:
        copy.dispose()


def test_organisations_export_speaks_the_program_language_in_words_dates_and_euros(
        database, english, tmp_path: Path) -> None:
    from ngo_desktop.models import LegalForm, MembershipStatus

    create_organisation(database, OrganisationData(
        name="IK „Šūpulis”", legal_form=LegalForm.INDIVIDUAL_MERCHANT, membership=MembershipStatus.MEMBER,
        member_since=dt.date(2020, 3, 5), membership_fee_cents=1250))
    path = tmp_path / "en.csv"
    export_organisations(database, path)
    header, row = csv_rows(path)
    values = dict(zip(header, row, strict=True))
    assert values["Legal form"] == "individual merchant" and values["Membership"] == "member"
    assert values["Member since"] == "05.03.2020" and values["Membership fee"] == "12,50"
    xlsx = tmp_path / "en.xlsx"
    export_organisations(database, xlsx)
    sheet = load_workbook(xlsx).worksheets[0]
    titles = [cell.value for cell in sheet[1]]
    since = sheet.cell(2, titles.index("Member since") + 1)
    fee = sheet.cell(2, titles.index("Membership fee") + 1)
    assert since.value == dt.datetime(2020, 3, 5) and since.number_format == "DD.MM.YYYY"
    assert fee.value == 12.5 and "€" in fee.number_format


def test_other_legal_form_and_other_kind_keep_their_own_words(database, tmp_path: Path) -> None:
    from ngo_desktop.models import LegalForm, OrganisationKind
    from ngo_desktop.services.organisations.labels import label

    assert (label(LegalForm.OTHER), label(OrganisationKind.OTHER)) == ("cita forma", "cits")
    create_organisation(database, OrganisationData(name="Cits", legal_form=LegalForm.OTHER,
                                                   kind=OrganisationKind.OTHER))
    path = tmp_path / "citi.csv"
    export_organisations(database, path)
    header, row = csv_rows(path)
    values = dict(zip(header, row, strict=True))
    assert (values["Juridiskā forma"], values["Veids"]) == ("cita forma", "cits")
    copy = open_database(tmp_path / "copy.sqlite3", operator="tester")
    try:
        import_organisations(copy, path)
        [imported] = all_organisations(copy)
        assert (imported.legal_form, imported.kind) == (LegalForm.OTHER, OrganisationKind.OTHER)
    finally:
        copy.dispose()


def test_an_english_export_imports_into_the_latvian_program(database, qapp, tmp_path: Path) -> None:
    from ngo_desktop.i18n import install_language
    from ngo_desktop.models import LegalForm

    create_organisation(database, OrganisationData(name="Šņores darbnīca", legal_form=LegalForm.LIMITED_COMPANY))
    path = tmp_path / "english.csv"
    install_language("en")
    try:
        export_organisations(database, path)
    finally:
        install_language("lv")
    assert csv_rows(path)[0][0] == "Name"
    copy = open_database(tmp_path / "copy.sqlite3", operator="tester")
    try:
        assert import_organisations(copy, path).added == 1
        [imported] = all_organisations(copy)
        assert imported.legal_form == LegalForm.LIMITED_COMPANY
    finally:
        copy.dispose()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_bookings_export_then_import_gives_back_the_same_bookings(database, centre, tmp_path, suffix):  # noqa: F811
    create_organisation(database, OrganisationData(name="@SUM(1+1)"))
    [hostile] = [item for item in all_organisations(database) if item.name == "@SUM(1+1)"]
    first = create_booking(database, BookingDraft(room_id=centre.hall.id, starts=at(MONDAY, 18), ends=at(MONDAY, 20),
                                                  organisation_id=hostile.id, title=HOSTILE[0], notes=NOTE,
                                                  attendees=12), now=NOW)
    second = create_booking(database, BookingDraft(room_id=centre.small_room.id, starts=at(MONDAY, 9, 30),
                                                   ends=at(MONDAY, 11), title=HOSTILE[1], notes="-5 kg"), now=NOW)
    path = tmp_path / f"rezervacijas{suffix}"
    assert export_bookings(database, path, start=SPAN[0], end=SPAN[1]) == 2
    if suffix == ".csv":
        header, *rows = csv_rows(path)
        assert header[:3] == ["Rezervācijas ID", "Telpa", "Organizācija"]
        evening = next(row for row in rows if row[5] == "18:00")
        assert evening[2] == "'@SUM(1+1)" and evening[3] == "'" + HOSTILE[0] and evening[4] == "02.03.2026"
        assert evening[6] == "20:00" and evening[8] in {"apstiprināta", "provizoriska"}
    else:
        assert_no_formulas(path)
        sheet = load_workbook(path).worksheets[0]
        assert sheet.cell(2, 5).number_format == "DD.MM.YYYY" and "€" in sheet.cell(2, 10).number_format
    originals = [get_booking(database, first.id), get_booking(database, second.id)]
    for booking in originals:
        cancel_booking(database, booking.id, reason="pārcelta", now=NOW)
    assert import_bookings(database, path, now=NOW).created == 2
    with database.read_session() as session:
        imported = session.scalars(select(Booking).where(Booking.id.not_in([first.id, second.id]))
                                   .order_by(Booking.starts_at)).all()
        got = [(b.room_id, b.organisation_id, b.title, b.notes, b.attendees, b.status, b.starts_at, b.ends_at)
               for b in imported]
    wanted = sorted(((b.room_id, b.organisation_id, b.title, b.notes, b.attendees, b.status, b.starts_at, b.ends_at)
                     for b in originals), key=lambda item: item[6])
    assert [item[:6] for item in got] == [item[:6] for item in wanted]
    assert [(item[6].replace(tzinfo=None), item[7].replace(tzinfo=None)) for item in got] == \
        [(item[6].replace(tzinfo=None), item[7].replace(tzinfo=None)) for item in wanted]


def _market_with_a_hostile_vendor(database):  # type: ignore[no-untyped-def]
    market = build_market(database, stalls=2)
    with database.unit_of_work() as session:
        organisation = session.get(Organisation, market.organisation_ids[0])
        organisation.name = HOSTILE[0]
    days = apply_all(database, market)
    application_day = days[market.organisation_ids[0]][0]
    vendors.accept(database, [application_day])
    stall_assignments.assign(database, application_day_id=application_day, stall_id=market.stall_ids["1"])
    return market


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_stalls_export_neutralises_a_vendor_and_reads_back_exactly(database, tmp_path, suffix) -> None:
    market = _market_with_a_hostile_vendor(database)
    path = tmp_path / f"stalls{suffix}"
    assert export_stalls(database, market.fair_id, path) == 1
    sheet = read_sheet(path)
    assert sheet.rows[0][2] == HOSTILE[0]
    if suffix == ".csv":
        assert csv_rows(path)[1][2] == "'" + HOSTILE[0] and csv_rows(path)[1][1] == "06.06.2026"
    else:
        assert_no_formulas(path)
        assert sheet.rows[0][1] == dt.datetime(2026, 6, 6) and sheet.rows[0][5] == 10.0


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_tenancies_and_support_exports_neutralise_text_and_read_back(database, salon, tmp_path, suffix):  # noqa: F811
    tenant = add_tenant(database, HOSTILE[1])
    create_tenancy(database, data=TenancyInput(
        premises_id=salon.premises_id, organisation_id=tenant, starts_on=dt.date(2026, 9, 1),
        ends_on=dt.date(2026, 12, 31), activity=HOSTILE[2], rent_share_percent=50, decision_number="-7"))
    path = tmp_path / f"tenancies{suffix}"
    assert export_tenancies(database, path) == 3
    sheet = read_sheet(path)
    hostile_row = next(row for row in sheet.rows if row[2] == HOSTILE[1])
    assert hostile_row[3] == HOSTILE[2] and hostile_row[11] == "-7"
    support = tmp_path / f"support{suffix}"
    export_support(database, support, year=2026)
    months = read_sheet(support)
    charged = support_table(database, 2026)[1][1][2]
    assert charged > 0
    if suffix == ".csv":
        raw = csv_rows(path)
        assert any(cell == "'" + HOSTILE[1] for row in raw for cell in row)
        assert "Pils iela 12, Alūksne" in raw[1]
        assert csv_rows(support)[2][2] == euros_text(charged)  # a number: no apostrophe, a decimal comma
    else:
        assert_no_formulas(path)
        assert_no_formulas(support)
        assert months.rows[1][2] == charged / 100


# --- hostile files --------------------------------------------------------------------------
def test_a_bom_with_windows_1257_bytes_is_refused_by_row_and_column(database, tmp_path: Path) -> None:
    path = tmp_path / "bom-1257.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "Nosaukums;Adrese\nĀboliņš;Rīga\nBiedrība;Cēsis\n".encode("cp1257"))
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, path)
    described = [problem.describe() for problem in refused.value.problems]
    assert any(line.startswith("2. rinda, kolonna „Nosaukums”") for line in described), described
    assert any("3. rinda, kolonna „Nosaukums”" in line for line in described)
    assert all_organisations(database) == []


def test_blank_rows_keep_the_spreadsheet_row_numbers(database, tmp_path: Path) -> None:
    path = tmp_path / "tukšas.csv"
    path.write_text("Nosaukums;E-pasts\nLabā biedrība;a@b.lv\n\n;;\nSliktā;nav-epasts\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, path)
    assert [problem.row for problem in refused.value.problems] == [5]
    workbook = Workbook()
    workbook.active.append(["Nosaukums", "E-pasts"])
    workbook.active.append(["Labā biedrība", "a@b.lv"])
    workbook.active.append([])
    workbook.active.append([])
    workbook.active.append([])
    workbook.active.append(["Sliktā", "nav-epasts"])
    workbook.save(tmp_path / "tukšas.xlsx")
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, tmp_path / "tukšas.xlsx")
    assert [problem.row for problem in refused.value.problems] == [6]


def test_database_limits_are_the_same_on_both_databases(database, tmp_path: Path) -> None:
    path = tmp_path / "robežas.csv"
    path.write_text("Nosaukums;Tālrunis;Pēdējais apmaksātais gads;Piezīmes\n"
                    f"{'Ā' * 301};;;\n"
                    "Labā\x00biedrība;;;\n"
                    "Lielais gads;;99999999999;\n"
                    f"Garas piezīmes;;;{'ž' * 100}\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, path)
    assert sorted({problem.row for problem in refused.value.problems}) == [2, 3, 4]
    assert all_organisations(database) == []


def test_a_formula_without_a_value_is_a_row_problem(database, tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["Nosaukums", "Adrese"])
    workbook.active.append(["Biedrība", "=A2&\" iela\""])  # openpyxl saves no calculated value
    workbook.save(tmp_path / "formula.xlsx")
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, tmp_path / "formula.xlsx")
    [problem] = refused.value.problems
    assert (problem.row, problem.column) == (2, "Adrese") and "formul" in problem.message


def test_limits_on_size_rows_and_cells(tmp_path: Path) -> None:
    bomb = tmp_path / "bumba.xlsx"
    workbook = Workbook()
    workbook.active.append(["Nosaukums"])
    workbook.active.append(["Biedrība"])
    workbook.save(bomb)
    with zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (51 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(SheetUnreadable, match="50 MB"):
        read_sheet(bomb)
    many = tmp_path / "daudz.csv"
    many.write_text("Nosaukums\n" + "".join(f"B{index}\n" for index in range(6)), encoding="utf-8")
    with pytest.raises(SheetUnreadable, match="5"):
        read_sheet(many, max_rows=5)
    long_cell = tmp_path / "gara.csv"
    long_cell.write_text("Nosaukums;Piezīmes\nBiedrība;" + "x" * (MAX_CELL_CHARACTERS + 1) + "\n", encoding="utf-8")
    [problem] = read_sheet(long_cell).problems
    assert (problem.row, problem.column) == (2, "Piezīmes")


def test_names_in_decomposed_unicode_are_stored_and_matched_composed(database, centre, tmp_path):  # noqa: F811
    decomposed = unicodedata.normalize("NFD", 'SIA "Čiekuriņš"')
    assert decomposed != 'SIA "Čiekuriņš"'
    diary = tmp_path / "nfd.csv"
    diary.write_text(f"Telpa;Organizācija;Datums;Sākums;Beigas\n{unicodedata.normalize('NFD', 'Lielā zāle')};"
                     f"{decomposed};03.03.2026;10:00;12:00\n", encoding="utf-8")
    assert import_bookings(database, diary, now=NOW).created == 1
    path = tmp_path / "nfd-org.csv"
    path.write_text(f"Nosaukums\n{unicodedata.normalize('NFD', 'Ķēniņu biedrība')}\n", encoding="utf-8")
    import_organisations(database, path)
    assert "Ķēniņu biedrība" in {item.name for item in all_organisations(database)}


@pytest.mark.parametrize("what", ["rooms", "bookings"])
def test_rooms_and_bookings_imports_refuse_broken_files_in_one_line(database, tmp_path, capsys, what) -> None:
    truncated = tmp_path / "pusē.xlsx"
    workbook = Workbook()
    workbook.active.append(["Vieta", "Telpa"])
    workbook.active.append(["Pils iela 14", "Zāle"])
    workbook.save(truncated)
    truncated.write_bytes(truncated.read_bytes()[:900])
    binary = tmp_path / "bildīte.csv"
    binary.write_bytes(bytes(range(256)) * 8)
    for path in (truncated, binary):
        code = run_command_line(["--database", database.url, "import", what, str(path)], language="lv")
        error = capsys.readouterr().err
        assert code == 1 and error.count("\n") == 1 and "Traceback" not in error and path.name in error
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Room)) == 0


def test_rooms_import_reads_windows_1257_and_reports_rows_and_columns(database, tmp_path, capsys) -> None:
    good = tmp_path / "telpas.csv"
    good.write_bytes("Vieta;Telpa;Ietilpība;Stundas likme\nRīgas iela 5;Sēžu zāle;30;12,50\n".encode("cp1257"))
    assert import_rooms(database, good).created == 1
    bad = tmp_path / "slikti.csv"
    bad.write_bytes("Vieta;Telpa;Ietilpība\n\nRīgas iela 5;Bibliotēka;daudz\nRīgas iela 5;Virtuve;99999999999\n"
                    .encode("cp1257"))
    with pytest.raises(RowsRefused) as refused:
        import_rooms(database, bad)
    assert [(problem.row, problem.column) for problem in refused.value.row_problems] == \
        [(3, "Ietilpība"), (4, "Ietilpība")]
    code = run_command_line(["--database", database.url, "import", "rooms", str(bad)], language="lv")
    lines = capsys.readouterr().err.splitlines()
    assert code == 1 and lines[0].startswith("Nekas netika importēts") and lines[1].startswith("3. rinda")
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Room)) == 1


def test_a_bookings_import_with_an_over_long_title_is_refused_on_both_databases(database, centre, tmp_path):  # noqa: F811
    diary = tmp_path / "garš.csv"
    diary.write_text(f"room;date;start;end;title;attendees\nLielā zāle;03.03.2026;10:00;12:00;{'x' * 301};5\n"
                     "Lielā zāle;04.03.2026;10:00;12:00;Labs;99999999999\n", encoding="utf-8")
    with pytest.raises(RowsRefused) as refused:
        import_bookings(database, diary, now=NOW)
    assert [(problem.row, problem.column) for problem in refused.value.row_problems] == \
        [(2, "title"), (3, "attendees")]
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Booking)) == 0


def test_a_missing_file_is_one_line(database, tmp_path, capsys) -> None:
    with pytest.raises(DomainError):
        read_sheet(tmp_path / "nav.csv")


def test_a_move_to_the_server_names_a_row_saved_beyond_the_limits(tmp_path: Path) -> None:
    from ngo_desktop.services.backup.transfer import move_to_server, table_counts
    from ngo_desktop.sorting import organisation_match_key, organisation_sort_key
    from tests.conftest import POSTGRES_URL, empty_postgres_tables

    if not POSTGRES_URL:
        pytest.skip("NGO_DESKTOP_TEST_POSTGRES_URL is not set")
    source = open_database(tmp_path / "vecs.sqlite3", operator="tester")
    try:
        # Saved before imports checked the limits: SQLite keeps a NUL character without complaint.
        with source.unit_of_work() as session:
            session.add(Organisation(name="Labā biedrība", sort_key=organisation_sort_key("Labā biedrība"),
                                     match_key=organisation_match_key("Labā biedrība")))
            session.add(Organisation(name="Nulle\x00biedrība", sort_key="nulle", match_key="nulle"))
        with pytest.raises(DomainError) as refused:
            move_to_server(source, POSTGRES_URL)
        assert "2" in str(refused.value) and "organisation" in str(refused.value) and "name" in str(refused.value)
        server = open_database(POSTGRES_URL, operator="tester")
        try:
            assert sum(table_counts(server).values()) == 0
        finally:
            server.dispose()
    finally:
        source.dispose()
        empty_postgres_tables(POSTGRES_URL)
