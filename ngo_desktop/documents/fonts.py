"""The DejaVu TrueType fonts every document is set in, registered with ReportLab once.

ReportLab's built-in Helvetica has no glyphs for ā č ē ģ ī ķ ļ ņ š ū ž, so all text uses DejaVu,
embedded as subsets with a ToUnicode map: the letters print, and copying or ``pdftotext`` gives
back exactly the text that went in.

The fonts folder comes from ``ngo_desktop.resource_files`` rather than ``ngo_desktop.paths``, because
the latter imports Qt and the document builders must run without Qt (in the command line, in
workers and in tests).
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ngo_desktop.resource_files import FONTS_DIR

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "DejaVuSans-BoldOblique"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the DejaVu faces and their bold/italic families; cheap after the first call.

    Builders may run in a worker thread while the GUI stays responsive, hence the lock.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            path = FONTS_DIR / file_name
            if not path.is_file():
                raise FileNotFoundError(f"Font {file_name} is missing from {FONTS_DIR}; reinstall the program.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # The family mappings let <b> and <i> inside a Paragraph pick the right face.
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC,
                                      boldItalic=SANS_BOLD_ITALIC)
        # DejaVu ships no condensed italics; the plain condensed faces stand in for them.
        addMapping(CONDENSED, 0, 0, CONDENSED)
        addMapping(CONDENSED, 1, 0, CONDENSED_BOLD)
        addMapping(CONDENSED, 0, 1, CONDENSED)
        addMapping(CONDENSED, 1, 1, CONDENSED_BOLD)
        _registered = True
