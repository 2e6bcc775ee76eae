"""The shipped icons as the window loads them: from their PNG drawings, not the SVG sources.

An SVG icon makes Qt load its SVG icon engine and QtSvg (1.8 MiB of the start's peak memory, issue
#16); the program's own icon and the date field's calendar are shown at start, so they come from the
PNGs that tools/render_icons.py draws from the SVGs.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from ngo_desktop.resource_files import ICON_SIZES, icon_files


def png_icon(name: str) -> QIcon:
    """The shipped icon ``name`` (a key of ``resource_files.ICON_SIZES``) at every size drawn."""
    icon = QIcon()
    for size, png in zip(ICON_SIZES[name], icon_files(name), strict=True):
        icon.addFile(str(png), QSize(size, size))
    return icon
