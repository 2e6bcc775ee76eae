"""``export stalls``: CSV and Excel, sorted by stall number, refusals on stderr."""

from __future__ import annotations

import csv
import datetime as dt

from openpyxl import load_workbook

from ngo_desktop.cli import run_command_line
from ngo_desktop.services.fairs import assignments as stall_assignments
from ngo_desktop.services.fairs import layouts as stall_layouts
from ngo_desktop.services.fairs import vendors
from ngo_desktop.services.fairs.layouts import StallSpec
from tests.fairs_fixtures import apply_all, build_market


def _market_with_stalls(database):  # type: ignore[no-untyped-def]
    market = build_market(database, stalls=3)
    ten = stall_layouts.add_stall(database, layout_id=market.layout_id, spec=StallSpec(number="10", x_m=30))
    days = apply_all(database, market)
    placements = ((0, "10", 0), (1, "2", 0), (2, "3", 1), (3, "2", 1))
    for organisation_index, number, day_index in placements:
        application_day = days[market.organisation_ids[organisation_index]][day_index]
        vendors.accept(database, [application_day])
        stall_id = ten if number == "10" else market.stall_ids[number]
        stall_assignments.assign(database, application_day_id=application_day, stall_id=stall_id)
    vendors.mark_paid(database, days[market.organisation_ids[1]][0], paid_on=dt.date(2026, 6, 1))
    return market


def _run(database, *arguments: str) -> int:  # type: ignore[no-untyped-def]
    return run_command_line(["--database", database.url, "--lang", "en", *arguments], language="en")


def test_csv_export_is_sorted_by_stall_number_then_day(database, tmp_path, capsys) -> None:
    market = _market_with_stalls(database)
    target = tmp_path / "stalls.csv"
    assert _run(database, "export", "stalls", "--fair", str(market.fair_id), str(target)) == 0
    out = capsys.readouterr().out
    assert out.startswith("Stalls written to") and out.endswith(": 4.\n")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Stall", "Day", "Vendor", "Category", "Contact", "Fee (EUR)", "Payment status"]
    assert [(row[0], row[1]) for row in rows[1:]] == [("2", "06.06.2026"), ("2", "13.06.2026"),
                                                     ("3", "13.06.2026"), ("10", "06.06.2026")]
    assert rows[1][2] == "Pensionāru biedrība „Sudrabs”"
    assert rows[1][5:] == ["10,00", "paid 01.06.2026"]
    assert rows[1][3] == "handicraft" and "+371" in rows[1][4]


def test_xlsx_export_by_fair_name_keeps_fee_a_number(database, tmp_path) -> None:
    _market_with_stalls(database)
    target = tmp_path / "stalls.xlsx"
    assert _run(database, "export", "stalls", "--fair", "alūksnes vasaras tirdziņš", str(target)) == 0
    sheet = load_workbook(target).active
    values = list(sheet.iter_rows(values_only=True))
    assert [row[0] for row in values[1:]] == ["2", "2", "3", "10"]
    assert values[1][5] == 10.0 and values[1][1].date() == dt.date(2026, 6, 6)


def test_unknown_fair_and_wrong_extension_are_refused(database, tmp_path, capsys) -> None:
    market = _market_with_stalls(database)
    assert _run(database, "export", "stalls", "--fair", "Nav tāda", str(tmp_path / "a.csv")) == 1
    assert "No fair is called" in capsys.readouterr().err
    assert _run(database, "export", "stalls", "--fair", str(market.fair_id), str(tmp_path / "a.pdf")) == 1
    assert ".csv or .xlsx" in capsys.readouterr().err
    assert not (tmp_path / "a.pdf").exists()
    assert _run(database, "export", "stalls", str(tmp_path / "a.csv")) == 2
