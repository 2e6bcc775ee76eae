"""The icons the window shows at start come from PNG drawings of the shipped SVGs (issue #16: an SVG
loads Qt's SVG icon engine at start). The PNGs must stay the SVGs' drawings: tools/render_icons.py
redraws them after an SVG changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ngo_desktop.resource_files import ICON_SIZES, ICONS_DIR, icon_files
from ngo_desktop.views.date_input import DateEdit
from ngo_desktop.views.icons import png_icon

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from render_icons import render  # noqa: E402


@pytest.mark.parametrize("name", sorted(ICON_SIZES))
def test_each_png_is_its_svg_drawn_at_that_size(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    for size, png in zip(ICON_SIZES[name], icon_files(name), strict=True):
        shipped = QImage(str(png)).convertToFormat(QImage.Format.Format_ARGB32)
        assert (shipped.width(), shipped.height()) == (size, size), png
        drawn = render(ICONS_DIR / f"{name}.svg", size)
        # Another Qt may antialias an edge a shade differently; a changed drawing differs by far more.
        assert _largest_difference(shipped, drawn) <= 8, f"{png} is stale: run tools/render_icons.py"


def _largest_difference(one: QImage, other: QImage) -> int:
    """The largest difference of one colour channel or alpha between two images of one size."""
    assert one.size() == other.size()
    return max(abs(((one.pixel(x, y) >> shift) & 0xFF) - ((other.pixel(x, y) >> shift) & 0xFF))
               for y in range(one.height()) for x in range(one.width()) for shift in (0, 8, 16, 24))


def test_the_icons_offer_every_size_drawn(qtbot) -> None:  # type: ignore[no-untyped-def]
    program = png_icon("ngo_desktop")
    assert sorted(size.width() for size in program.availableSizes()) == list(ICON_SIZES["ngo_desktop"])
    date = DateEdit()
    qtbot.addWidget(date)
    drawn = date.calendar_action.icon().pixmap(16, 16).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert drawn == QImage(str(icon_files("calendar")[0])).convertToFormat(QImage.Format.Format_ARGB32)


@pytest.mark.skipif(not Path("/proc/self/maps").is_file(), reason="reads the process's mapped libraries (Linux)")
def test_the_window_starts_without_the_svg_icon_engine(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The window's start (its icon, the date field) loads no SVG: Qt's SVG library stays unloaded."""
    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from ngo_desktop.views.icons import png_icon\n"
            "app.setWindowIcon(png_icon('ngo_desktop'))\n"
            "from ngo_desktop.views.date_input import DateEdit\n"
            "edit = DateEdit()\n"
            "edit.show()\n"
            "app.processEvents()\n"
            "print('Svg' in open('/proc/self/maps').read())\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                 "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
