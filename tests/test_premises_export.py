"""Exports of tenancies and support (CSV for Latvian spreadsheets, XLSX) and the command line."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from ngo_desktop.cli import run_command_line
from ngo_desktop.errors import ValidationFailed
from ngo_desktop.services.premises.exporting import export_support, export_tenancies
from ngo_desktop.services.premises.registry import record_payment
from tests.premises_fixtures import salon  # noqa: F401


def test_tenancies_csv_has_a_bom_semicolons_and_latvian_dates(database, salon, english, tmp_path) -> None:  # noqa: F811
    path = tmp_path / "tenancies.csv"
    assert export_tenancies(database, path) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Premises", "Address", "Tenant"]
    assert rows[0][8] == "Rent due by day" and rows[1][8] == "10"  # the day agreed: the 10th unless said otherwise
    assert rows[1][2] == 'IK "Līgas kosmētika"' and rows[1][4] == "01.02.2026" and rows[1][9] == "50 %"
    assert rows[2][2] == "Ērikas nagu studija" and rows[2][9] == "50,00 € a month" and rows[2][11] == "14/2026"


def test_support_csv_gives_each_month_and_the_total_in_euros(database, salon, english, tmp_path) -> None:  # noqa: F811
    path = tmp_path / "support.csv"
    assert export_support(database, path, year=2026) == 153_28 + 186_55 * 5 + _august_support()
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][5] == "Support given"
    assert rows[2][0] == "February 2026" and rows[2][5] == "153,28"
    assert rows[-1][0] == "Total 2026"


def _august_support() -> int:
    # The nail studio alone, 1–14 August: 50,00 € × 14/31 off the rent, 25 % of its utilities.
    utilities = (2 * 6620 * 14 + 31) // 62
    return (2 * 5000 * 14 + 31) // 62 + (2 * utilities * 25 + 100) // 200


def test_support_xlsx_holds_numbers_formatted_as_euros(database, salon, english, tmp_path) -> None:  # noqa: F811
    record_payment(database, tenancy_id=salon.therapist_tenancy, month=dt.date(2026, 2, 1), amount_cents=21930,
                   paid_on=dt.date(2026, 2, 5))
    path = tmp_path / "support.xlsx"
    export_support(database, path, year=2026)
    sheet = load_workbook(path).active
    assert sheet.title == "Support 2026"
    assert sheet["F3"].value == pytest.approx(153.28) and "€" in sheet["F3"].number_format
    assert sheet["H3"].value == pytest.approx(219.30)


def test_tenancies_xlsx_holds_real_dates(database, salon, english, tmp_path) -> None:  # noqa: F811
    path = tmp_path / "tenancies.xlsx"
    export_tenancies(database, path)
    sheet = load_workbook(path).active
    assert sheet["E2"].value.date() == dt.date(2026, 2, 1)
    assert sheet["E2"].number_format == "DD.MM.YYYY"


def test_an_unknown_file_type_is_refused_and_nothing_written(database, salon, english, tmp_path) -> None:  # noqa: F811
    with pytest.raises(ValidationFailed, match=r"\.csv or \.xlsx"):
        export_tenancies(database, tmp_path / "tenancies.pdf")
    assert not (tmp_path / "tenancies.pdf").exists()


def test_the_command_line_exports_support_for_a_year(database, salon, tmp_path, capsys) -> None:  # noqa: F811
    target = tmp_path / "atbalsts.csv"
    code = run_command_line(["--database", database.url, "export", "support",
                             str(target), "--year", "2026"], language="en")
    assert code == 0
    assert "Support given in 2026" in capsys.readouterr().out
    assert target.read_text(encoding="utf-8-sig").count("\n") == 14


def test_the_command_line_refuses_a_bad_file_type_with_exit_1(database, salon, tmp_path, capsys) -> None:  # noqa: F811
    code = run_command_line(["--database", database.url, "export", "tenancies",
                             str(tmp_path / "x.txt")], language="en")
    assert code == 1
    assert ".csv or .xlsx" in capsys.readouterr().err


def test_the_command_line_lists_reminders(database, salon, tmp_path, capsys) -> None:  # noqa: F811
    code = run_command_line(["--database", database.url, "premises-reminders",
                             "--today", "2026-07-20"], language="lv")
    assert code == 0
    out = capsys.readouterr().out
    assert "Termiņš beidzas 31.07.2026" in out and "Nav samaksāts par 2026. gada februāri: " in out
    assert "(jāsamaksā līdz 10.02.2026)" in out


def test_latvian_exports_speak_of_noma_and_months_in_words(database, salon, latvian, tmp_path) -> None:  # noqa: F811
    tenancies = tmp_path / "noma.csv"
    export_tenancies(database, tenancies)
    header = tenancies.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert header[2] == "Nomnieks" and header[9] == "Nomas maksas atlaide" and header[11] == "Lēmuma numurs"
    assert header[8] == "Maksājuma termiņš (mēneša datums)"
    support = tmp_path / "atbalsts.csv"
    export_support(database, support, year=2026)
    rows = list(csv.reader(support.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][1] == "Nomas līgumi"
    assert [row[0] for row in rows[1:4]] == ["2026. gada janvāris", "2026. gada februāris", "2026. gada marts"]
