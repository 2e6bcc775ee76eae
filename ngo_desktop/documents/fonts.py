"""The DejaVu TrueType fonts every document is set in, registered with ReportLab once.

ReportLab's built-in Helvetica has no glyphs for ā č ē ģ ī ķ ļ ņ š ū ž, so all text uses DejaVu,
embedded as subsets with a ToUnicode map: the letters print, and copying or ``pdftotext`` gives
back exactly the text that went in.

Every face is registered by name at once, but a face's file is read only when a document first
measures or draws text in it: ReportLab parses the whole TrueType file of each face it is given
(10–20 ms a face), and most documents use two or three of the six (a door sign from the command line
prints sooner, issue #16).

Once read, a face's measurements can be kept in a cache folder the caller names
(``keep_parsed_faces_in``; the services give the user's data folder): the next process loads them
in about 1 ms instead of parsing the file again (10–20 ms). What only embedding a subset or shaping
text needs (each glyph's metrics, place in the file and characters: half the face's values) stays
packed until first asked for, so measuring and laying out text loads only the character widths and
glyph numbers (5 faces of a week schedule: 6 ms instead of 16). Each cached face is keyed by its
font file's size and time and by ReportLab's version, so a changed file or another ReportLab is
parsed afresh; a cache file that cannot be read, is stale or holds anything but a face's plain
values is ignored.

The fonts folder comes from ``ngo_desktop.resource_files`` rather than ``ngo_desktop.paths``, because
the latter imports Qt and the document builders must run without Qt (in the command line, in
workers and in tests).
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import threading
from collections.abc import Callable
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import Version as REPORTLAB_VERSION
from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace, unShapedFontGlob

from ngo_desktop.resource_files import FONTS_DIR

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "DejaVuSans-BoldOblique"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"

# Each name is also the face's PostScript name inside its file (tests/test_documents.py checks it),
# which ReportLab keys its faces by before the file is read.
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
_cache_folder: Path | None = None

# What a cached face holds besides the file's bytes; bump when that changes.
_CACHE_FORMAT = 2
# The values a cached face keeps packed until first asked for: the glyphs' metrics and places in the
# file (read when a subset is embedded, at save) and their characters (only when text is shaped).
_PACKED_UNTIL_USED = ("hmetrics", "glyphPos", "glyphToChar")
# The face's values are plain (numbers, strings, lists, dicts) apart from its names.
_CACHED_CLASSES = {("reportlab.pdfbase.ttfonts", "TTFNameBytes"): TTFNameBytes}


def keep_parsed_faces_in(folder: Path | None) -> None:
    """Keep each face read from now on in ``folder`` and look there before reading a font file."""
    global _cache_folder
    _cache_folder = folder


class _FaceValues(pickle.Unpickler):
    """Reads a cached face: plain values and ReportLab's name strings, never any other class."""

    def find_class(self, module: str, name: str) -> Any:
        try:
            return _CACHED_CLASSES[(module, name)]
        except KeyError:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a cached face") from None


def _cache_key(path: Path) -> tuple[object, ...]:
    status = path.stat()
    return (_CACHE_FORMAT, REPORTLAB_VERSION, path.name, status.st_size, status.st_mtime_ns)


def _pdf_scale(units_per_em: int) -> Callable[[float], float]:
    # As TTFontFile.extractInfo sets it: font units to 1/1000 em (the one attribute that is no value).
    if units_per_em == 1000:
        return lambda x: x
    per_unit = 1000 / units_per_em
    return lambda x: x * per_unit


class _KeptFace(TTFontFace):
    """A face loaded from the cache folder; a value in ``_PACKED_UNTIL_USED`` is unpacked on first use."""

    def __getattr__(self, name: str) -> Any:
        # Only called for what the face lacks: a packed value, or a name no face has.
        packed = self.__dict__.get("_packed")
        if packed is None or name not in packed:
            raise AttributeError(name)
        try:
            value = _FaceValues(io.BytesIO(packed[name])).load()
        except Exception:  # noqa: BLE001 - a damaged cache file: the value as the font file gives it
            value = getattr(TTFontFace(self.filename), name)
        setattr(self, name, value)  # two threads may both unpack it: the same value either way
        packed.pop(name, None)
        return value


def _cached_face(path: Path, folder: Path) -> TTFontFace | None:
    try:
        with open(folder / f"{path.name}.face", "rb") as file:
            key, values = _FaceValues(file).load()
        if key != _cache_key(path) or not isinstance(values, dict):
            return None
        packed = values.pop("_packed")
        if not isinstance(packed, dict) or set(packed) != set(_PACKED_UNTIL_USED) \
                or not all(isinstance(value, bytes) for value in packed.values()):
            return None
        face = _KeptFace.__new__(_KeptFace)
        face.__dict__.update(values)
        face._packed = packed
        face.filename = str(path)  # where the program is now, as a parse of the file would say
        face._ttf_data = path.read_bytes()
        face._pdfScale = _pdf_scale(face.unitsPerEm)
    except Exception:  # noqa: BLE001 - whatever is wrong with a cache file, the font file is read instead
        return None
    return face


def _keep_face(face: TTFontFace, path: Path, folder: Path) -> None:
    """Best effort: a folder that cannot be written only means parsing the file again next time."""
    target = folder / f"{path.name}.face"
    partial_file = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        values = {name: value for name, value in vars(face).items()
                  if name not in ("_ttf_data", "_pdfScale", "_packed", *_PACKED_UNTIL_USED)}
        values["_packed"] = {name: pickle.dumps(getattr(face, name), protocol=pickle.HIGHEST_PROTOCOL)
                             for name in _PACKED_UNTIL_USED}
        buffer = io.BytesIO()
        pickle.dump((_cache_key(path), values), buffer, protocol=pickle.HIGHEST_PROTOCOL)
        partial_file.write_bytes(buffer.getvalue())
        partial_file.replace(target)
    except (OSError, pickle.PicklingError):
        with contextlib.suppress(OSError):
            partial_file.unlink(missing_ok=True)


def _read_face(path: Path) -> TTFontFace:
    folder = _cache_folder
    if folder is not None and (face := _cached_face(path, folder)) is not None:
        return face
    face = TTFontFace(str(path))
    if folder is not None:
        _keep_face(face, path, folder)
    return face


class _FaceOnFirstUse:
    """Stands in for a ``TTFontFace`` and reads the font file the first time ReportLab asks for more
    than the face's name (its widths, to measure text; its glyphs, to embed a subset)."""

    def __init__(self, font: TTFont, path: Path) -> None:
        self.name = TTFNameBytes(font.fontName.encode("ascii"))
        self._font = font
        self._path = path
        self._face: TTFontFace | None = None
        self._lock = threading.Lock()

    def parsed(self) -> TTFontFace:
        if self._face is None:
            # Builders may run in a worker thread while another measures text: one parse a face.
            with self._lock:
                if self._face is None:
                    self._face = _read_face(self._path)
                    # From now on ReportLab reaches the face directly, not through this stand-in:
                    # a long document measures text hundreds of thousands of times.
                    self._font.face = self._face
        return self._face

    def __getattr__(self, attribute: str) -> Any:
        # Only called for what this stand-in lacks, i.e. everything but the name.
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(self.parsed(), attribute)


class _TTFontOnFirstUse(TTFont):
    """A ``TTFont`` whose face reads its file on first use instead of in the constructor."""

    def __init__(self, name: str, path: Path) -> None:
        # What ``TTFont.__init__`` sets, with the face deferred; tests/test_documents.py checks that both
        # carry the same attributes, so a ReportLab that adds one fails there rather than on paper.
        self.fontName = name
        self.face = _FaceOnFirstUse(self, path)  # type: ignore[assignment]
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, pattern) for pattern in unShapedFontGlob)


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
            pdfmetrics.registerFont(_TTFontOnFirstUse(name, path))
        # The family mappings let <b> and <i> inside a Paragraph pick the right face.
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC,
                                      boldItalic=SANS_BOLD_ITALIC)
        # DejaVu ships no condensed italics; the plain condensed faces stand in for them.
        addMapping(CONDENSED, 0, 0, CONDENSED)
        addMapping(CONDENSED, 1, 0, CONDENSED_BOLD)
        addMapping(CONDENSED, 0, 1, CONDENSED)
        addMapping(CONDENSED, 1, 1, CONDENSED_BOLD)
        _registered = True
