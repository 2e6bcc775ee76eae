"""The tools that build and check what a front desk installs: the bundle's Windows icon and the
smoke test run by .ci/run against the installed wheel and the bundle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import build_bundle  # noqa: E402  (tools/build_bundle.py)


def test_the_windows_icon_holds_every_size_drawn_from_the_svg(tmp_path) -> None:
    pngs = {size: build_bundle.render_png(size) for size in build_bundle.ICON_SIZES}
    data = QByteArray(build_bundle.ico_bytes(pngs))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"ico")
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.size())
        # The icon's maroon square, not an empty picture.
        assert image.pixelColor(image.width() // 2, image.height() // 8).name() == "#9e1b32"
    assert sorted(size.width() for size in sizes) == list(build_bundle.ICON_SIZES)
    assert all(size == QSize(size.width(), size.width()) for size in sizes)


def test_the_smoke_test_fails_a_program_that_is_not_latvian(tmp_path) -> None:
    program = tmp_path / "ngo-desktop"
    program.write_text('#!/bin/sh\necho "ngo-desktop 0.1.0"\necho "usage: ngo-desktop print"\n', encoding="utf-8")
    program.chmod(0o755)
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "smoke.py"), str(program)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "SMOKE TEST FAILED: Latvian help" in result.stderr and "lietojums:" in result.stderr
