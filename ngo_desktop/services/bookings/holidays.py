"""Latvian public holidays, from the ``holidays`` package.

The package follows the law, including the working days moved by Cabinet orders (a Friday off,
worked on a Saturday) and the Monday off when 4 May or 18 November falls on a weekend, so the
booking rules only ask "is this day a holiday, and what is it called".

Importing the package takes longer than the rest of the program's start (its countries package
loads every country), so each year's table is kept in a small cache file in the user's data
folder, keyed by the installed package's files: a new package version is asked again.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import importlib.util
import json
from functools import cache
from pathlib import Path

from ngo_desktop.i18n import current_language
from ngo_desktop.paths import data_dir

CACHE_FILE_NAME = "holidays-lv.json"

# The names as the package gives them in each of our languages.
_PACKAGE_LANGUAGE = {"lv": "lv", "en": "en_US"}


@cache
def _year(year: int, language: str) -> dict[dt.date, str]:
    key = f"{year}-{language}"
    cached = _read_cache()
    if key in cached:
        return {dt.date.fromisoformat(day): name for day, name in cached[key].items()}
    table = _from_package(year, language)
    cached[key] = {day.isoformat(): name for day, name in table.items()}
    _write_cache(cached)
    return table


def _from_package(year: int, language: str) -> dict[dt.date, str]:
    # The Latvian class directly: holidays.country_holidays() also imports every other country.
    from holidays.countries.latvia import Latvia

    return dict(Latvia(years=year, language=_PACKAGE_LANGUAGE.get(language, "lv")).items())


def _package_stamp() -> str:
    """Changes whenever another version of the holidays package is installed (without importing it):
    its version, and the times and sizes of its files where they lie on disk. A bundle keeps the
    package inside an archive, so there the version alone tells a bundle update."""
    spec = importlib.util.find_spec("holidays")
    folder = Path(spec.origin).parent if spec is not None and spec.origin is not None else None
    version = _package_version(folder)
    stamps = [f"holidays {version}"] if version is not None else []
    if folder is not None:
        stamps += [f"{path}:{path.stat().st_mtime_ns}:{path.stat().st_size}"
                   for path in (folder / "countries" / "latvia.py", folder / "version.py") if path.exists()]
    return "|".join(stamps)


def _package_version(folder: Path | None) -> str | None:
    """The installed package's version. Read from its one ``holidays-*.dist-info`` beside it where
    there is one (under a millisecond): ``importlib.metadata`` looks through every installed package
    and parses the metadata as e-mail, 40-120 ms and 0.9 MiB on the calendar's first query at start
    (issue #16); it stays the way for a bundle and anything unusual."""
    infos = list(folder.parent.glob("holidays-*.dist-info")) if folder is not None else []
    if len(infos) == 1:
        try:
            with (infos[0] / "METADATA").open(encoding="utf-8") as metadata:
                for line in metadata:
                    if not line.strip():
                        break  # the headers end here
                    if line.startswith("Version:"):
                        return line.removeprefix("Version:").strip()
        except OSError:
            pass
    try:
        return importlib.metadata.version("holidays")
    except importlib.metadata.PackageNotFoundError:
        return None


def _cache_path() -> Path:
    return data_dir() / CACHE_FILE_NAME


@cache
def _cache_contents() -> dict[str, dict[str, str]]:
    try:
        stored = json.loads(_cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(stored, dict) or stored.get("package") != _package_stamp():
        return {}
    years = stored.get("years")
    return years if isinstance(years, dict) else {}


def _read_cache() -> dict[str, dict[str, str]]:
    return _cache_contents()


def _write_cache(years: dict[str, dict[str, str]]) -> None:
    """Best effort: a read-only data folder only means asking the package again next time."""
    path = _cache_path()
    partial = path.with_suffix(".partial")
    try:
        partial.write_text(json.dumps({"package": _package_stamp(), "years": years}, ensure_ascii=False),
                           encoding="utf-8")
        partial.replace(path)
    except OSError:
        partial.unlink(missing_ok=True)


def holiday_name(day: dt.date, language: str | None = None) -> str | None:
    """The holiday's name in the UI language, or None on an ordinary day."""
    return _year(day.year, language or current_language()).get(day)


def holidays_between(first: dt.date, last: dt.date, language: str | None = None) -> dict[dt.date, str]:
    """Every holiday from ``first`` to ``last`` inclusive, by date."""
    found: dict[dt.date, str] = {}
    for year in range(first.year, last.year + 1):
        for day, name in _year(year, language or current_language()).items():
            if first <= day <= last:
                found[day] = name
    return found
