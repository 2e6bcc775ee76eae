"""Build the one-folder bundle a front desk runs without Python: dist/ngo-desktop/.

    python -m pip install ".[bundle]"      # the program's libraries and PyInstaller
    python tools/build_bundle.py [--dist DIR] [--work DIR]

Run it on the system the bundle is for (PyInstaller does not cross-build): on Windows it makes
dist\\ngo-desktop\\ngo-desktop.exe (the window, with the program's icon) and ngo-desktop-cli.exe
(the command line); on Linux dist/ngo-desktop/ngo-desktop, which is both. The Windows icon (.ico)
is drawn from resources/icons/ngo_desktop.svg with Qt at build time; a PNG of it is put beside
the program for a Linux desktop entry. See docs/install.md.
"""

from __future__ import annotations

import argparse
import os
import struct
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "ngo_desktop.svg"
SPEC = ROOT / "tools" / "ngo_desktop.spec"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    """The program's icon drawn at ``size`` × ``size`` pixels, as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.application = QGuiApplication([])  # type: ignore[attr-defined]
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (PNG entries are read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        # Width and height are one byte each; 0 means 256.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where dist/ngo-desktop goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle", help="PyInstaller's work folder")
    arguments = parser.parse_args(argv)
    arguments.work.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(size) for size in ICON_SIZES}
    icon = arguments.work / "ngo_desktop.ico"
    icon.write_bytes(ico_bytes(pngs))

    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(arguments.dist), "--workpath", str(arguments.work), str(SPEC),
                    "--", "--icon", str(icon)], check=True)
    bundle = arguments.dist / "ngo-desktop"
    (bundle / "ngo_desktop.png").write_bytes(pngs[256])
    # Qt's own Latvian words must travel too; PyInstaller's Qt hooks collect the translations folder.
    if not any(bundle.rglob("qtbase_lv.qm")):
        print("qtbase_lv.qm is missing from the bundle: Qt's dialogs would be in English", file=sys.stderr)
        return 1
    # Qt's libraries are there once and linked under other names: count each file once.
    size = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())
    print(f"Bundle {bundle} built in {time.monotonic() - started:.0f} s, {size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
