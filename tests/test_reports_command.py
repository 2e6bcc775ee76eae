"""`ngo-desktop report …`: PDF read back, XLSX with real numbers and charts, refusals in one line."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ngo_desktop.app import main
from ngo_desktop.database.core import Database
from tests.conftest import built_once
from tests.reports_fixtures import ReportData, build_report_data


@pytest.fixture
def data(database: Database) -> ReportData:
    return built_once(database, build_report_data)


def _pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    # Non-breaking spaces (3 900,00 €) are read back as plain ones by some versions of pypdf.
    return "\n".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")


def _fonts(path: Path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


def test_support_pdf_in_latvian_with_the_hand_worked_figures(database: Database, data: ReportData,
                                                             tmp_path: Path, capsys) -> None:
    target = tmp_path / "atbalsts.pdf"
    assert main(["--database", database.url, "report", "support", "--year", "2026", "--quarter", "1",
                 "-o", str(target)]) == 0
    assert "atbalsts.pdf" in capsys.readouterr().out
    text = _pdf_text(target)
    assert "Atbalsts natūrā" in text and "01.01.2026–31.03.2026" in text
    for figure in ("40,00 €", "18,00 €", "240,00 €", "75,00 €", "24,83 €", "99,83 €", "339,83 €"):
        assert figure in text, figure
    assert 'Biedrība "Šūpoles"' in text and "Ērikas nagu studija" in text
    assert "Helvetica" not in _fonts(target)


def test_room_use_pdf_and_xlsx_carry_the_same_numbers(database: Database, data: ReportData, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "telpas.pdf", tmp_path / "telpas.xlsx"
    for target in (pdf, xlsx):
        assert main(["--database", database.url, "report", "room-use", "--year", "2026", "--month", "3",
                     "-o", str(target)]) == 0
    text = _pdf_text(pdf)
    assert "Lektors saslima" in text
    assert "434,0" in text and "6,5" in text and "1,5 %" in text  # the hall: open 434 h, booked 6,5 h
    workbook = load_workbook(xlsx)
    rooms = workbook[[name for name in workbook.sheetnames if "Telpas" in name or "Rooms" in name][0]]
    assert rooms.freeze_panes == "B2"
    hall = next(row for row in rooms.iter_rows(min_row=2, values_only=True) if row[1] == "Lielā zāle")
    assert hall[2:] == (434.0, 6.5, 0.015, 3)
    per_month = workbook.worksheets[1]
    assert len(per_month._charts) == 1
    assert per_month.cell(2, 4).number_format == "0.0%"


def test_fairs_and_membership_reports_are_written(database: Database, data: ReportData, tmp_path: Path) -> None:
    fairs = tmp_path / "tirdzini.xlsx"
    assert main(["--database", database.url, "report", "fairs", "--from", "2026-06-01", "--to", "2026-06-30",
                 "-o", str(fairs)]) == 0
    days = load_workbook(fairs).worksheets[2]
    first = next(days.iter_rows(min_row=2, values_only=True))
    assert first[2:] == (3, 3, 3, 2, 14.0, 10.0, 1, 1, 1)
    membership = tmp_path / "biedri.pdf"
    assert main(["--database", database.url, "report", "membership", "--year", "2026", "--kind", "ngo",
                 "-o", str(membership)]) == 0
    assert "Alūksnes pensionāri" in _pdf_text(membership)


def test_refusals_are_one_line_and_write_nothing(database: Database, data: ReportData, tmp_path: Path,
                                                 capsys) -> None:
    existing = tmp_path / "esošs.pdf"
    existing.write_bytes(b"old")
    assert main(["--database", database.url, "report", "fairs", "-o", str(existing)]) == 1
    assert existing.read_bytes() == b"old" and "--force" in capsys.readouterr().err
    assert main(["--database", database.url, "report", "fairs", "-o", str(existing), "--force"]) == 0
    assert existing.read_bytes().startswith(b"%PDF")
    assert main(["--database", database.url, "report", "fairs", "-o", str(tmp_path / "x.docx")]) == 1
    assert ".xlsx" in capsys.readouterr().err
    assert main(["--database", database.url, "report", "fairs", "--site", "Nav tādas", "-o",
                 str(tmp_path / "y.pdf")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "Pils iela 14" in error
    assert main(["--database", database.url, "report", "fairs", "--from", "2026-01-01", "-o",
                 str(tmp_path / "z.pdf")]) == 2
    assert main(["--database", database.url, "report", "fairs", "--kind", "draugi", "-o",
                 str(tmp_path / "z.pdf")]) == 2
    assert not (tmp_path / "y.pdf").exists() and not (tmp_path / "z.pdf").exists()


def test_a_report_with_nothing_counted_is_still_written(database: Database, tmp_path: Path) -> None:
    for name in ("room-use", "support", "fairs", "membership"):
        for suffix in (".pdf", ".xlsx"):
            target = tmp_path / f"{name}{suffix}"
            assert main(["--database", database.url, "report", name, "--year", "2026", "--kind", "other",
                         "-o", str(target)]) == 0
            assert target.stat().st_size > 0
    assert "Kopā" in _pdf_text(tmp_path / "support.pdf")
