"""Latvian holidays come from the holidays package, kept in a cache file so start-up stays fast."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ngo_desktop.services.bookings import holidays as holidays_lv


def _forget_in_memory() -> None:
    holidays_lv._year.cache_clear()
    holidays_lv._cache_contents.cache_clear()


def test_cached_table_equals_the_package_and_is_reused(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(holidays_lv, "data_dir", lambda: tmp_path)
    _forget_in_memory()
    name = holidays_lv.holiday_name(dt.date(2026, 11, 18), "lv")
    assert name is not None and "Proklamēšanas" in name
    stored = json.loads((tmp_path / holidays_lv.CACHE_FILE_NAME).read_text(encoding="utf-8"))
    assert stored["years"]["2026-lv"] == {
        day.isoformat(): text for day, text in holidays_lv._from_package(2026, "lv").items()}

    stored["years"]["2026-lv"]["2026-11-18"] = "Cached name"
    (tmp_path / holidays_lv.CACHE_FILE_NAME).write_text(json.dumps(stored), encoding="utf-8")
    _forget_in_memory()
    assert holidays_lv.holiday_name(dt.date(2026, 11, 18), "lv") == "Cached name"
    _forget_in_memory()


def test_a_cache_from_another_package_version_is_not_trusted(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(holidays_lv, "data_dir", lambda: tmp_path)
    (tmp_path / holidays_lv.CACHE_FILE_NAME).write_text(
        json.dumps({"package": "holidays 0.1", "years": {"2026-lv": {"2026-11-18": "Wrong"}}}), encoding="utf-8")
    _forget_in_memory()
    assert holidays_lv.holiday_name(dt.date(2026, 11, 18), "lv") != "Wrong"
    assert holidays_lv.holiday_name(dt.date(2026, 11, 17), "lv") is None
    _forget_in_memory()


def test_the_cache_is_keyed_by_the_package_version_even_without_its_files(monkeypatch) -> None:
    # In a bundle the package's files are inside an archive: its version alone must still tell.
    import importlib.metadata
    import importlib.util

    assert holidays_lv._package_stamp().startswith(f"holidays {importlib.metadata.version('holidays')}")
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert holidays_lv._package_stamp() == f"holidays {importlib.metadata.version('holidays')}"


def test_the_version_is_read_beside_the_package_without_scanning_every_installed_one() -> None:
    """importlib.metadata's scan and e-mail parsing cost 40-120 ms and 0.9 MiB on the calendar's
    first query at start (issue #16); the dist-info beside the package says the same."""
    import importlib.metadata
    import subprocess
    import sys

    code = ("import sys\nfrom ngo_desktop.services.bookings import holidays\n"
            "print(holidays._package_stamp().split('|')[0])\nprint('email.feedparser' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parent.parent,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["holidays", importlib.metadata.version("holidays"), "False"]
