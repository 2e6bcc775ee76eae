"""Screenshots of every section for the README, made from the demo data so they stay current.

    python tools/screenshots.py [--lang lv|en] [--out docs/screenshots]

Runs offscreen: builds a fresh demo database in a temporary folder, opens the main window at
1280×800 and saves one PNG per section (plus the welcome and Settings dialogs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=("lv", "en"), default="lv")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None,
                        help="the date the demo data is built around (default: today)")
    arguments = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="ngo-desktop-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")

    from PySide6.QtWidgets import QApplication

    from ngo_desktop.database.core import open_database
    from ngo_desktop.i18n import install_language
    from ngo_desktop.paths import set_application_identity
    from ngo_desktop.services.demo.fill import fill_demo_data
    from ngo_desktop.views.main_window import MainWindow
    from ngo_desktop.views.sections import SECTIONS
    from ngo_desktop.views.settings_dialog import SettingsDialog
    from ngo_desktop.views.welcome_dialog import WelcomeDialog

    set_application_identity()
    application = QApplication([])
    install_language(arguments.lang)
    arguments.out.mkdir(parents=True, exist_ok=True)

    empty = open_database(home / "empty.sqlite3")
    welcome = WelcomeDialog(empty)
    welcome.show()
    application.processEvents()
    welcome.grab().save(str(arguments.out / f"welcome-{arguments.lang}.png"))
    welcome.close()

    database = open_database(home / "demo.sqlite3")
    fill_demo_data(database, scale="small", today=arguments.today)
    window = MainWindow(database)
    window.resize(1280, 800)
    window.show()
    while not window.is_ready:
        application.processEvents()
    from ngo_desktop.views.operations import is_idle

    for section in SECTIONS:
        window.show_section(section.key)
        # A section's rows come from the worker: wait for its answers before the picture.
        while not is_idle():
            application.processEvents()
        for _ in range(5):
            application.processEvents()
        path = arguments.out / f"{section.key}-{arguments.lang}.png"
        window.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    settings_dialog = SettingsDialog(database, window)
    settings_dialog.show()
    application.processEvents()
    settings_dialog.grab().save(str(arguments.out / f"settings-{arguments.lang}.png"))
    window.close()
    database.dispose()
    empty.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
