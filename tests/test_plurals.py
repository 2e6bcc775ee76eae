"""Every count the program shows reads right in Latvian: each %n message rendered for 0, 1, 2, 5, 11, 21 and 100.

Qt's Latvian plural rule has three forms: the first for 1, 21, 31… (not 11), the second for every other
number but 0, the third only for 0 (docs/glossary.md). A message either has forms that differ where
Latvian differs, or shows its count as a label ("Rindas: %n", "Dienas (%n)") where no word agrees with it.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ngo_desktop.i18n import compiled_translation

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations" / "lv"
PACKAGE = ROOT / "ngo_desktop"
COUNTS = (0, 1, 2, 5, 11, 21, 100)
# %n standing as a label, so that no word has to agree with it: "Rindas: %n", "Dienas (%n)".
COUNT_AS_LABEL = re.compile(r":\s*%n|\(%n\)")


@dataclass(frozen=True)
class Plural:
    ts_file: Path
    context: str
    source: str
    disambiguation: str | None
    forms: tuple[str, ...]


def latvian_plurals() -> list[Plural]:
    found = []
    for ts_file in sorted(TS_DIR.glob("*.ts")):
        for context in ElementTree.parse(ts_file).getroot().iter("context"):
            for message in context.iter("message"):
                if message.get("numerus") != "yes":
                    continue
                forms = tuple(form.text or "" for form in message.iter("numerusform"))
                found.append(Plural(ts_file, context.findtext("name", ""), message.findtext("source", ""),
                                    message.findtext("comment"), forms))
    return found


def latvian_form(count: int) -> int:
    """The index of the form Latvian uses for ``count`` (as Qt's rule for Latvian decides)."""
    if count % 10 == 1 and count % 100 != 11:
        return 0
    return 1 if count != 0 else 2


def test_the_latvian_rule_picks_singular_for_1_and_21_plural_for_11_and_the_third_form_for_0() -> None:
    assert [latvian_form(count) for count in COUNTS] == [2, 0, 1, 1, 1, 0, 1]


def test_there_are_plural_messages_and_each_has_three_latvian_forms() -> None:
    plurals = latvian_plurals()
    assert len(plurals) >= 15
    wrong = [f"{plural.ts_file.name} [{plural.context}] {plural.source!r}: {len(plural.forms)} forms"
             for plural in plurals if len(plural.forms) != 3 or not all(plural.forms)]
    assert wrong == []


@pytest.mark.parametrize("plural", latvian_plurals(), ids=lambda plural: f"{plural.context}:{plural.source[:40]}")
def test_every_plural_message_renders_the_right_latvian_form_for_each_count(plural: Plural, qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled_translation("lv"))), "no compiled translation: run tools/i18n.py release"
    # Rendered as the program renders it: QCoreApplication.translate puts the count in place of %n.
    QCoreApplication.installTranslator(translator)
    try:
        shown_for = {count: QCoreApplication.translate(plural.context, plural.source, plural.disambiguation, count)
                     for count in COUNTS}
    finally:
        QCoreApplication.removeTranslator(translator)
    for count, shown in shown_for.items():
        expected = plural.forms[latvian_form(count)].replace("%n", str(count))
        assert shown == expected, f"{count}: {shown!r}"
        assert "%n" not in shown
        if count:
            assert str(count) in shown, f"{count} is not shown in {shown!r}"


@pytest.mark.parametrize("plural", latvian_plurals(), ids=lambda plural: f"{plural.context}:{plural.source[:40]}")
def test_singular_and_plural_forms_differ_unless_the_count_stands_as_a_label(plural: Plural) -> None:
    singular, other, _zero = plural.forms
    if singular == other:
        assert all(COUNT_AS_LABEL.search(form) for form in plural.forms), (
            f"{plural.ts_file.name} {plural.source!r}: the same words for 1 and 2 ({singular!r}); "
            "give each form its own agreement or show the count as a label (\"Rindas: %n\")")


class _TranslatableCalls(ast.NodeVisitor):
    """(context, text, line) of each tr()/translate()/QT_TRANSLATE_NOOP() call with literal arguments."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.calls: list[tuple[str, str, int]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
        literal = [arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None
                   for arg in node.args[:2]]
        if name == "tr" and literal and literal[0] is not None and self.classes:
            self.calls.append((self.classes[-1], literal[0], node.lineno))
        elif name in {"translate", "QT_TRANSLATE_NOOP"} and len(literal) == 2 and None not in literal:
            self.calls.append((literal[0], literal[1], node.lineno))  # type: ignore[arg-type]
        self.generic_visit(node)


def test_every_translatable_string_reaches_the_translation_files() -> None:
    """pyside6-lupdate silently skips a translate() whose count is an expression (len(x), result.n):
    such a string would stay English at run time. Pass the count in a plain variable."""
    known = set()
    for ts_file in TS_DIR.glob("*.ts"):
        for context in ElementTree.parse(ts_file).getroot().iter("context"):
            name = context.findtext("name", "")
            known.update((name, message.findtext("source", "")) for message in context.iter("message"))
    lost = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        calls = _TranslatableCalls()
        calls.visit(ast.parse(path.read_text(encoding="utf-8")))
        lost.extend(f"{path.relative_to(ROOT)}:{line} [{context}] {text!r}"
                    for context, text, line in calls.calls if (context, text) not in known)
    assert lost == [], "Strings lupdate did not extract (run tools/i18n.py update):\n" + "\n".join(lost)
