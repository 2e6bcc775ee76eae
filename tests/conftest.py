"""Test configuration: headless Qt, private settings and data folders, real database files.

Every test gets its own SQLite file in tmp_path. QSettings and the user's data folder point into
a temporary folder so tests never read or change the tester's own settings.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_PRIVATE_HOME = Path(tempfile.mkdtemp(prefix="ngo-desktop-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_PRIVATE_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_PRIVATE_HOME / "data")
os.environ.pop("NGO_DESKTOP_DATABASE", None)

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from ngo_desktop.db import Database, open_database  # noqa: E402
from ngo_desktop.i18n import install_language  # noqa: E402
from ngo_desktop.paths import set_application_identity  # noqa: E402

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_PRIVATE_HOME / "config"))
set_application_identity()


@pytest.fixture(autouse=True)
def _fresh_settings(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Each test starts with no saved settings and in Latvian, the default language."""
    QSettings().clear()
    install_language("lv")
    yield
    QSettings().clear()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "centre.sqlite3", operator="tester", backup_dir=tmp_path / "backups")
    yield opened
    opened.dispose()


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Run the test with the English texts (the source language)."""
    install_language("en")
    yield
    install_language("lv")


@pytest.fixture
def latvian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_language("lv")
    yield
