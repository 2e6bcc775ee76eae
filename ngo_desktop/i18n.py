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


def _keep(translator: QTranslator) -> None:
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)


def locale() -> QLocale:
    return LOCALES[_language]
