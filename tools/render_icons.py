"""Draw the program's SVG icons as the PNG files the window loads at start.

    python tools/render_icons.py

The window shows two icons as soon as it starts: the program's own (title bar, task bar) and the
date field's calendar. Loading an SVG makes Qt load its SVG icon engine and QtSvg, 1.8 MiB of the
start's peak memory (issue #16, docs/performance.md); the same drawings as PNG need neither. The
SVG files stay the source: run this after changing one (tests/test_icons.py fails on a PNG that no
longer matches its SVG).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ngo_desktop.resource_files import ICON_SIZES, ICONS_DIR, icon_files  # noqa: E402


def render(svg: Path, size: int):  # type: ignore[no-untyped-def]  (a QImage; Qt is imported here)
    """``svg`` drawn at ``size`` × ``size`` pixels on a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    application = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage and QPainter need it)
    for name in ICON_SIZES:
        for size, png in zip(ICON_SIZES[name], icon_files(name), strict=True):
            if not render(ICONS_DIR / f"{name}.svg", size).save(str(png), "PNG"):
                raise SystemExit(f"{png} could not be written")
            print(png.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
