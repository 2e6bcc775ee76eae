"""Moving off spreadsheets: reading Latvian CSV and XLSX, all-or-nothing import, duplicates, round trips."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ngo_desktop.models import AuditEntry, Organisation
from ngo_desktop.services.organisations.exporting import export_organisations
from ngo_desktop.services.organisations.importing import (
    ImportRefused,
    OnDuplicate,
    import_organisations,
    read_table,
)
from ngo_desktop.services.organisations.listing import ListFilter, ListOrder, fetch_rows
from ngo_desktop.services.organisations.registry import (
    ContactData,
    OrganisationData,
    create_organisation,
    get_organisation,
    set_archived,
)

HEADER = "Nosaukums;Reģistrācijas numurs;Juridiskā forma;Tālrunis;Kontaktpersona;Kontaktpersonas e-pasts;Darbības jomas\n"
GOOD_ROWS = (
    "biedrība „Ziemeļvidzemes pūtēji”;40008099991;biedrība;29111222;Ģirts Ķēniņš;girts@putej.lv;Kultūra\n"
    "Šņores darbnīca;40103999992;SIA;+371 26 111 333;Žanna Šņore;zanna@snore.lv;Amatniecība, Uzņēmējdarbība\n"
)
BAD_ROW = "Ļaudonas amatnieki;123;biedrība;12;Anna;nav-epasts;Amatniecība\n"


def all_organisations(database) -> list[OrganisationData]:  # type: ignore[no-untyped-def]
    rows = fetch_rows(database, ListFilter(include_archived=True), ListOrder())
    return [get_organisation(database, row.id) for row in rows]


def without_ids(organisation: OrganisationData) -> OrganisationData:
    return replace(organisation, id=None, version=0,
                   contacts=tuple(replace(contact, id=None) for contact in organisation.contacts))


def test_windows_1257_semicolon_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "biedribas.csv"
    path.write_bytes((HEADER + GOOD_ROWS).encode("cp1257"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("cp1257", ";")
    assert table.rows[0][0] == "biedrība „Ziemeļvidzemes pūtēji”"


def test_utf8_with_bom_and_commas_is_read(tmp_path: Path) -> None:
    path = tmp_path / "libreoffice.csv"
    path.write_bytes("\ufeffNosaukums,Tālrunis\n\"Ābele, biedrība\",29111222\n".encode())
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    assert table.headers == ["Nosaukums", "Tālrunis"] and table.rows == [["Ābele, biedrība", "29111222"]]


def test_a_file_with_a_bad_row_imports_nothing_and_names_row_and_column(database, english, tmp_path: Path) -> None:
    path = tmp_path / "ar-kludu.csv"
    path.write_bytes((HEADER + GOOD_ROWS + BAD_ROW).encode("cp1257"))
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, path)
    described = [problem.describe() for problem in refused.value.problems]
    assert {problem.row for problem in refused.value.problems} == {4}
    assert any("Row 4, column “Reģistrācijas numurs”" in line for line in described)
    assert any("Row 4, column “Kontaktpersonas e-pasts”" in line for line in described)
    assert all_organisations(database) == []


def test_a_good_file_is_imported_with_kept_formats_and_fields(database, tmp_path: Path) -> None:
    path = tmp_path / "biedribas.csv"
    path.write_bytes((HEADER + GOOD_ROWS).encode("cp1257"))
    summary = import_organisations(database, path)
    assert (summary.added, summary.updated, summary.skipped) == (2, 0, 0)
    imported = {item.name: item for item in all_organisations(database)}
    snore = imported["Šņores darbnīca"]
    assert snore.legal_form.value == "limited_company" and snore.registration_number == "40103999992"
    assert snore.phone == "+371 26111333" and snore.fields == ("Amatniecība", "Uzņēmējdarbība")
    assert snore.contacts[0].name == "Žanna Šņore" and snore.contacts[0].is_main


def test_a_field_named_twice_in_different_case_is_linked_once(database, tmp_path: Path) -> None:
    path = tmp_path / "jomas.csv"
    path.write_bytes((HEADER + "Ūdensrožu biedrība;;biedrība;;;;Kultūra, kultūra, KULTŪRA\n").encode("utf-8"))
    assert import_organisations(database, path).added == 1
    [imported] = [item for item in all_organisations(database) if item.name == "Ūdensrožu biedrība"]
    assert len(imported.fields) == 1 and imported.fields[0].casefold() == "kultūra"


def test_duplicates_are_skipped_updated_or_filled(database, tmp_path: Path) -> None:
    existing = create_organisation(database, OrganisationData(
        name="Ziemeļvidzemes pūtēji", registration_number="40008099991", address="Pils iela 1",
        phone="", contacts=(ContactData(name="Ģirts Ķēniņš", phone="29000000"),))).id
    path = tmp_path / "biedribas.csv"
    path.write_bytes(("Nosaukums;Reģistrācijas numurs;Tālrunis;Adrese\n"
                      "biedrība Ziemeļvidzemes pūtēji;40008099991;29111222;Jaunā iela 5\n").encode("cp1257"))
    assert import_organisations(database, path, on_duplicate=OnDuplicate.SKIP).skipped == 1
    assert get_organisation(database, existing).phone == ""
    assert import_organisations(database, path, on_duplicate=OnDuplicate.FILL).updated == 1
    filled = get_organisation(database, existing)
    assert (filled.phone, filled.address) == ("+371 29111222", "Pils iela 1")
    assert import_organisations(database, path, on_duplicate=OnDuplicate.UPDATE).updated == 1
    updated = get_organisation(database, existing)
    assert (updated.name, updated.address) == ("biedrība Ziemeļvidzemes pūtēji", "Jaunā iela 5")
    assert len(all_organisations(database)) == 1


def test_a_row_repeated_in_the_file_is_a_problem(database, tmp_path: Path) -> None:
    path = tmp_path / "divreiz.csv"
    path.write_text("Nosaukums\nSudrabs\n„Sudrabs”\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, path)
    assert [problem.row for problem in refused.value.problems] == [3]


def test_xlsx_with_numbers_and_dates_is_imported(database, tmp_path: Path) -> None:
    import datetime as dt

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nosaukums", "Reģistrācijas numurs", "Tālrunis", "Biedrs kopš", "Biedru nauda"])
    sheet.append(["Mazpilsētu fonds", 40008560233, 26017745, dt.datetime(2019, 5, 1), 12.5])
    workbook.save(tmp_path / "fonds.xlsx")
    import_organisations(database, tmp_path / "fonds.xlsx")
    [fund] = all_organisations(database)
    assert (fund.registration_number, fund.phone) == ("40008560233", "+371 26017745")
    assert fund.member_since == dt.date(2019, 5, 1) and fund.membership_fee_cents == 1250


def fill_registry(database) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from ngo_desktop.models import LegalForm, MembershipStatus, OrganisationKind

    create_organisation(database, OrganisationData(
        name="biedrība „Sudrabs”", registration_number="40008012345", membership=MembershipStatus.MEMBER,
        member_since=dt.date(2015, 3, 5), last_paid_year=2025, membership_fee_cents=1250, address="Pils iela 1",
        phone="29123456", email="info@sudrabs.lv", website="https://sudrabs.lv", notes="Tiekas ceturtdienās; \"kafija\"",
        fields=("Kultūra", "Sociālā aprūpe"),
        contacts=(ContactData(name="Jānis Bērziņš", role="Valdes priekšsēdētājs", phone="+370 612 34567",
                              email="janis@sudrabs.lv", consent_date=dt.date(2026, 1, 2), is_main=True),)))
    archived = create_organisation(database, OrganisationData(
        name="SIA Čaklās rokas", legal_form=LegalForm.LIMITED_COMPANY, kind=OrganisationKind.ENTREPRENEUR)).id
    set_archived(database, archived, True)
    create_organisation(database, OrganisationData(name="Ābeļu dārzs", kind=OrganisationKind.OTHER))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_back_the_same_data(database, tmp_path: Path, suffix: str) -> None:
    from ngo_desktop.database.core import open_database

    fill_registry(database)
    path = tmp_path / f"registrs{suffix}"
    assert export_organisations(database, path) == 3
    copy = open_database(tmp_path / "copy.sqlite3", operator="tester")
    try:
        assert import_organisations(copy, path).added == 3
        assert [without_ids(item) for item in all_organisations(copy)] == \
            [without_ids(item) for item in all_organisations(database)]
    finally:
        copy.dispose()


def test_csv_export_is_utf8_with_bom_semicolons_and_latvian_order(database, tmp_path: Path) -> None:
    fill_registry(database)
    path = tmp_path / "registrs.csv"
    export_organisations(database, path)
    raw = path.read_bytes()
    assert raw.startswith("\ufeffNosaukums;Juridiskā forma;Reģistrācijas numurs;".encode())
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert [row[0] for row in rows[1:]] == ["Ābeļu dārzs", "SIA Čaklās rokas", "biedrība „Sudrabs”"]


def test_export_of_the_filtered_list_writes_only_what_it_shows(database, tmp_path: Path) -> None:
    fill_registry(database)
    path = tmp_path / "redzamie.xlsx"
    assert export_organisations(database, path, ListFilter(search="sudrab")) == 1
    sheet = load_workbook(path).active
    assert [cell.value for cell in sheet["A"]] == ["Nosaukums", "biedrība „Sudrabs”"]


def test_command_line_import_and_export(database, english, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from ngo_desktop.cli import run_command_line

    location = database.url
    bad = tmp_path / "slikts.csv"
    bad.write_bytes((HEADER + GOOD_ROWS + BAD_ROW).encode("cp1257"))
    assert run_command_line(["--database", location, "import", "organisations", str(bad)], language="en") == 1
    error = capsys.readouterr().err
    assert "Row 4, column “Reģistrācijas numurs”" in error and "Nothing was imported" in error
    good = tmp_path / "labs.csv"
    good.write_bytes((HEADER + GOOD_ROWS).encode("cp1257"))
    assert run_command_line(["--database", location, "import", "organisations", str(good)], language="en") == 0
    assert "added 2, updated 0, skipped 0" in capsys.readouterr().out
    assert run_command_line(["--database", location, "import", "organisations", str(good),
                             "--on-duplicate", "update"], language="en") == 0
    assert "added 0" in capsys.readouterr().out
    exported = tmp_path / "out.xlsx"
    assert run_command_line(["--database", location, "export", "organisations", str(exported)], language="en") == 0
    assert load_workbook(exported).active.max_row == 3
    assert run_command_line(["--database", location, "export", "organisations", str(tmp_path / "x.txt")],
                            language="en") == 1
    assert run_command_line(["--database", location, "import", "organisations", str(good),
                             "--on-duplicate", "never"], language="en") == 2


def test_same_names_with_other_numbers_keep_their_own_contacts_and_audit(database, tmp_path: Path) -> None:
    # The new ids come back from one multi-row INSERT and are matched to the rows by number and
    # name: rows alike but for their registration number must not swap contacts or audit entries.
    path = tmp_path / "vienadi.csv"
    rows = "".join(f"Ābeļu biedrība;4000800{number:04d};biedrība;2911{number:04d};Persona {number};"
                   f"p{number}@a.lv;Kultūra\n" for number in range(1200))
    path.write_text(HEADER + rows + "Bez numura;;biedrība;29119999;Bez Numura;b@a.lv;\n", encoding="utf-8")
    summary = import_organisations(database, path)
    assert summary.added == 1201
    with database.read_session() as session:
        # Read in three statements: the service's one organisation at a time took seconds for 1,201.
        organisations = {organisation.id: organisation for organisation in session.scalars(
            select(Organisation).options(selectinload(Organisation.contacts)))}
        assert len(organisations) == 1201
        for organisation in organisations.values():
            if organisation.registration_number:
                number = int(organisation.registration_number[-4:])
                assert organisation.phone.endswith(f"{number:04d}")
                assert [contact.name for contact in organisation.contacts] == [f"Persona {number}"]
            else:
                assert [contact.name for contact in organisation.contacts] == ["Bez Numura"]
        entries = session.execute(select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.after)
                                  .where(AuditEntry.entity_id.is_not(None))).all()
        assert len(entries) == 2 * 1201
        for entity, entity_id, after in entries:
            assert after["id"] == entity_id
            if entity == "organisation":
                organisation = organisations[entity_id]
                assert after["registration_number"] == (organisation.registration_number or None)
                assert after["phone"] == organisation.phone


def test_an_import_announces_each_table_it_wrote_and_its_ids_are_the_databases_own(database, tmp_path: Path) -> None:
    """The import writes its rows with the driver's executemany, past the session: the commit must
    still announce every table it wrote, and the new organisations take the ids the database itself
    would give (SQLite: the largest plus one; PostgreSQL: the id sequence, which later rows go on from)."""
    first = create_organisation(database, OrganisationData(name="Esošā biedrība")).id
    announced = []
    database.add_change_listener(announced.append)
    path = tmp_path / "biedribas.csv"
    path.write_bytes((HEADER + GOOD_ROWS).encode("cp1257"))
    import_organisations(database, path)
    [changes] = announced
    for table in ("organisation", "contact_person", "organisation_field", "audit_entry", "field_of_activity"):
        assert changes.touches({table}), table
    assert "organisation" not in changes.ids  # rows not known one by one: the whole list is read again
    imported = sorted(row.id for row in fetch_rows(database, ListFilter(), ListOrder()) if row.id != first)
    assert imported == [first + 1, first + 2]
    assert create_organisation(database, OrganisationData(name="Vēl viena biedrība")).id == first + 3
    with database.read_session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "organisation",
                                                           AuditEntry.entity_id.in_(imported))).all()
    assert sorted(entry.after["id"] for entry in entries) == imported
