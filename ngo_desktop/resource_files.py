"""Where the shipped resources are: fonts, translations, icons and the user guide (no Qt here, so
the document builders can use it too).

In the repository they sit in ``resources/`` at the top; the wheel carries them as the package
data ``ngo_desktop/resources`` (pyproject.toml maps the one folder onto the other), and the
PyInstaller bundle lays them out the same way. They are read through ``importlib.resources``;
a source checkout run as it is (``python main.py``) or installed editable has no
``ngo_desktop/resources`` folder, and then the checkout's own ``resources/`` beside the package
is used, so a checkout always reads its own files and never another installation's.

The user guide (Help → User guide) is found the same way: ``docs/`` at the top of the repository,
the package data ``ngo_desktop/docs`` in a wheel and a bundle.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

PACKAGE = "ngo_desktop"


def _shipped_folder(name: str) -> Path:
    installed = resources.files(PACKAGE) / name
    # Fonts, translators, icons and guide pages are opened by file name, so only a real folder
    # will do (every way the program is installed unpacks its files; none runs from a zip).
    if isinstance(installed, Path) and installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / name


def resources_dir() -> Path:
    """The folder holding fonts/, icons/ and translations/."""
    return _shipped_folder("resources")


def docs_dir() -> Path:
    """The folder holding the user guide: the English pages, lv/ and screenshots/."""
    return _shipped_folder("docs")


RESOURCES_DIR = resources_dir()
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
FONTS_DIR = RESOURCES_DIR / "fonts"
ICONS_DIR = RESOURCES_DIR / "icons"
APPLICATION_ICON = ICONS_DIR / "ngo_desktop.svg"
# The icons the window shows at start, also drawn as PNG at these sizes (tools/render_icons.py): an
# SVG would load Qt's SVG icon engine at start (1.8 MiB more peak memory, issue #16).
ICON_SIZES = {"ngo_desktop": (16, 24, 32, 48, 64, 128, 256), "calendar": (16, 24, 32)}


def icon_files(name: str) -> list[Path]:
    """The PNG drawings of the icon ``name`` (one of ``ICON_SIZES``), smallest first; QIcon picks the
    one that fits the size asked for."""
    return [ICONS_DIR / f"{name}-{size}.png" for size in ICON_SIZES[name]]
DOCS_DIR = docs_dir()
