"""Latvian from the first screen: Qt's own words (file dialogs, standard buttons, context menus) and
argparse's own words on the command line, besides the program's texts."""

from __future__ import annotations

import argparse
import inspect
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit

from ngo_desktop import argparse_words
from ngo_desktop.app import main
from ngo_desktop.i18n import QT_WORDS_QTBASE_LACKS, install_language


def test_pyside6_ships_qts_own_latvian_translation() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_lv.qm").is_file()


def test_standard_buttons_and_context_menus_are_latvian(qtbot) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert sorted(button.text() for button in buttons.buttons()) == ["Atcelt", "Saglabāt"]
    line = QLineEdit()
    qtbot.addWidget(line)
    menu = line.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert {"&Kopēt", "&Ielīmēt", "Dzēst"} <= set(texts) and "&Copy" not in texts


def test_the_file_dialog_is_latvian_including_labels_qtbase_lacks(qtbot) -> None:
    dialog = QFileDialog(None, "Atvērt")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert labels == {"&Meklēt:", "Datnes &nosaukums:", "Datnes ar &tipu:"}
    for text in QT_WORDS_QTBASE_LACKS:
        assert QCoreApplication.translate("QFileDialog", text) != text


def test_qts_words_go_back_to_english(qtbot, english) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.buttons()[0].text() == "Cancel"


def _argparse_messages() -> set[str]:
    """Every literal message the running Python's argparse asks gettext for."""
    source = inspect.getsource(argparse)
    found = set()
    for call in re.finditer(r"\b(?:_|ngettext)\(((?:\s*(?:'[^']*'|\"[^\"]*\")\s*,?)+)", source):
        pieces = re.findall(r"'([^']*)'|\"([^\"]*)\"", call.group(1))
        # Adjacent literals are one message; ngettext's two literals are two.
        texts = [single or double for single, double in pieces]
        if call.group(0).startswith("ngettext"):
            found.update(texts[:2])
        else:
            found.add("".join(texts))
    return {text.encode().decode("unicode_escape") for text in found}


def test_every_argparse_message_has_a_latvian_translation() -> None:
    messages = _argparse_messages()
    assert {"usage: ", "positional arguments", "options", "invalid choice: %(value)r (choose from %(choices)s)",
            "the following arguments are required: %s", "%(prog)s: error: %(message)s\n"} <= messages
    assert messages <= set(argparse_words.MESSAGES), "a message of this Python's argparse is not listed"
    untranslated = [text for text in argparse_words.MESSAGES
                    if QCoreApplication.translate(argparse_words.CONTEXT, text) == text]
    assert untranslated == []


def test_latvian_help_uses_latvian_argparse_words(capsys) -> None:
    assert main(["print", "--help"]) == 0
    output = capsys.readouterr().out
    assert output.startswith("lietojums: ngo-desktop print")
    assert "argumenti:" in output and "opcijas:" in output
    assert "parādīt šo palīdzību un beigt" in output
    for english_word in ("usage:", "positional arguments", "options:", "show this help message"):
        assert english_word not in output


@pytest.mark.parametrize(("arguments", "latvian"), [
    (["print", "bogus"], "ngo-desktop print: kļūda: KO: nederīga izvēle „bogus”"),
    (["export"], "ngo-desktop export: kļūda: jānorāda: KO"),
    (["--unknown", "demo"], "ngo-desktop: kļūda: neatpazīti argumenti: --unknown"),
    # Global options are read before Qt starts; a wrong one is still reported by the full parser.
    (["--lang", "de"], "ngo-desktop: kļūda: --lang: nederīga izvēle „de”"),
    (["--database"], "ngo-desktop: kļūda: --database: jānorāda viena vērtība"),
])
def test_latvian_usage_errors(capsys, arguments, latvian) -> None:
    assert main(arguments) == 2
    error = capsys.readouterr().err
    assert error.startswith("lietojums: ") and latvian in error
    assert "error:" not in error and "usage:" not in error


def test_english_command_line_keeps_argparse_english(capsys) -> None:
    assert main(["--lang", "en", "print", "bogus"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("usage: ") and "error: argument WHAT: invalid choice: 'bogus'" in error


def test_argparse_counts_read_right_in_latvian() -> None:
    argparse_words.install()
    parser = argparse.ArgumentParser(prog="x", exit_on_error=False)
    parser.add_argument("--pair", nargs=2)
    with pytest.raises(argparse.ArgumentError, match="jānorādāmo vērtību skaits: 2"):
        parser.parse_args(["--pair", "1"])
    install_language("en")
    with pytest.raises(argparse.ArgumentError, match="expected 2 arguments"):
        parser.parse_args(["--pair", "1"])
    install_language("lv")
