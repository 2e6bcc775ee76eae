"""Translation: Latvian is the default language, English the second (the source language).

Each source module has its own ``resources/translations/lv/<module>.ts`` so that work on different
parts of the program never edits the same translation file; ``python tools/i18n.py release``
compiles them all into one ``resources/translations/ngo_desktop_lv.qm``, the one file loaded at
start (a translator per module made start-up slower). Refresh them with ``python tools/i18n.py update``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ngo_desktop.resource_files import TRANSLATIONS_DIR

LANGUAGES = ("lv", "en")
DEFAULT_LANGUAGE = "lv"
LOCALES = {"lv": QLocale(QLocale.Language.Latvian, QLocale.Country.Latvia),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}

# Qt's own words (file dialogs, standard buttons, context menus) come from Qt's qtbase_<language>.qm
# in PySide6's translations folder. Qt 6 renamed some labels of its file dialog, and the Latvian file
# still has only the old texts; these are translated in the program's own files instead, which are
# installed after Qt's and so are asked first.
QT_WORDS_QTBASE_LACKS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate outside a QObject (services, command line); lupdate finds these calls."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def current_language() -> str:
    return _language


def install_language(language: str) -> None:
    """Load Qt's own and the program's translations for ``language`` into the running application.

    Needs a QCoreApplication (or QApplication) instance. English needs no translator: it is the
    source language. Also sets the default QLocale so dates, numbers and money follow the language.
    """
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _language = language
    QLocale.setDefault(LOCALES[language])
    if language == "en":
        # English is the source language: only the plurals need a translator (see ENGLISH_PLURALS).
        _keep(_EnglishPlurals())
        return
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator()
    if qt_translator.load(f"qtbase_{language}", qt_translations):
        _keep(qt_translator)
    translator = QTranslator()
    if translator.load(str(compiled_translation(language))):
        _keep(translator)


def compiled_translation(language: str) -> Path:
    """The program's compiled translation for ``language`` (built by ``tools/i18n.py release``)."""
    return TRANSLATIONS_DIR / f"ngo_desktop_{language}.qm"


# The English forms of every source text counted with %n that does not read right for every number:
# "%n row(s) have problems" is the source, "1 row has problems" / "3 rows have problems" is shown.
# English has two forms (one, other); tests/test_no_clipping.py fails on a counted source with
# "(s)" missing here.
ENGLISH_PLURALS: dict[str, tuple[str, str]] = {
    "%n booking(s) exported.": ("%n booking exported.", "%n bookings exported."),
    "%n booking(s) written to {file}": ("%n booking written to {file}", "%n bookings written to {file}"),
    "%n change(s)": ("%n change", "%n changes"),
    "%n date(s) booked, the first on %1.": ("%n date booked, on %1.", "%n dates booked, the first on %1."),
    "%n day(s)": ("%n day", "%n days"),
    "%n of the dates break a rule.": ("%n of the dates breaks a rule.", "%n of the dates break a rule."),
    "%n organisation(s) shown": ("%n organisation shown", "%n organisations shown"),
    "%n organisation(s) written to %1.": ("%n organisation written to %1.", "%n organisations written to %1."),
    "%n person(s) forgotten earlier were forgotten again.": (
        "%n person forgotten earlier was forgotten again.", "%n people forgotten earlier were forgotten again."),
    "%n room(s) free and fitting.": ("%n room free and fitting.", "%n rooms free and fitting."),
    "%n row(s)": ("%n row", "%n rows"),
    "%n row(s) have problems. Nothing will be imported until they are fixed in the file (or the column mapping).": (
        "%n row has problems. Nothing will be imported until it is fixed in the file (or the column mapping).",
        "%n rows have problems. Nothing will be imported until they are fixed in the file (or the column mapping)."),
    "%n row(s) written.": ("%n row written.", "%n rows written."),
    "%n vendor day(s)": ("%n vendor day", "%n vendor days"),
    "%n vendor(s) got their usual stall.": ("%n vendor got their usual stall.", "%n vendors got their usual stall."),
    "All %n dates fit.": ("The date fits.", "All %n dates fit."),
    "Book the %n date(s) that fit": ("Book the %n date that fits", "Book the %n dates that fit"),
    "Every stall is taken: %n vendor(s) went on the waitlist in the order chosen.": (
        "Every stall is taken: %n vendor went on the waitlist.",
        "Every stall is taken: %n vendors went on the waitlist in the order chosen."),
    "Nothing was imported: %n row(s) have problems.": (
        "Nothing was imported: %n row has problems.", "Nothing was imported: %n rows have problems."),
    "The text is %n character(s) long; at most {limit} fit.": (
        "The text is %n character long; at most {limit} fit.", "The text is %n characters long; at most {limit} fit."),
}


class _EnglishPlurals(QTranslator):
    """The English forms of ENGLISH_PLURALS; Qt puts the number in for %n afterwards."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: ARG002
                  n: int = -1) -> str | None:
        forms = ENGLISH_PLURALS.get(source)
        if forms is None or n < 0:
            return None  # a null string: Qt asks the next translator, then shows the source text
        return forms[0] if n == 1 else forms[1]

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def _keep(translator: QTranslator) -> None:
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)


def locale() -> QLocale:
    return LOCALES[_language]
