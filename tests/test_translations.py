"""Every visible string has a Latvian translation, in the .ts sources and in the compiled .qm file."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402  (tools/i18n.py)


def extracted_messages(tmp_path: Path) -> list[tuple[Path, str, str, bool]]:
    """(source file, context, text, is_plural) of every string lupdate finds in the source now.

    One lupdate run over every module (a run per module took a hundred processes); each message's
    locations say which modules it came from."""
    ts_file = tmp_path / "all-modules.ts"
    subprocess.run([i18n.qt_tool("pyside6-lupdate"), *map(str, i18n.translatable_sources()), "-ts", str(ts_file),
                    "-no-obsolete", "-target-language", "lv_LV"], check=True, capture_output=True)
    i18n._mark_plurals(ts_file, {})  # as `tools/i18n.py update` does: every %n string is a plural
    messages = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            sources = sorted({(ts_file.parent / location.get("filename", "")).resolve()
                              for location in message.iter("location")})
            assert sources, f"lupdate gave no location for [{name}] {message.findtext('source')!r}"
            messages.extend((source, name, message.findtext("source", ""), message.get("numerus") == "yes")
                            for source in sources)
    return messages


@pytest.fixture(scope="session")
def messages(tmp_path_factory) -> list[tuple[Path, str, str, bool]]:  # type: ignore[no-untyped-def]
    return extracted_messages(tmp_path_factory.mktemp("lupdate"))


def test_the_source_has_translatable_strings(messages) -> None:
    assert len(messages) > 50


def test_every_visible_string_has_a_latvian_translation_in_the_compiled_file(messages, qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(i18n.compiled_path())), "the .qm is missing: run tools/i18n.py release"
    missing = []
    for source, context, text, plural in messages:
        translated = translator.translate(context, text, None, 2 if plural else -1)
        if not translated:
            missing.append(f"{source.relative_to(ROOT)} [{context}] {text!r}")
    assert missing == [], "Strings without Latvian translation:\n" + "\n".join(sorted(set(missing)))


def test_ts_sources_have_no_unfinished_translations() -> None:
    unfinished = [f"{ts.name}: [{context}] {text}" for ts in sorted(i18n.TS_DIR.glob("*.ts"))
                  for context, text in i18n.unfinished(ts)]
    assert unfinished == []


def test_latvian_plurals_follow_latvian_grammar(qapp, latvian) -> None:
    from PySide6.QtCore import QCoreApplication

    forms = [QCoreApplication.translate("BookingExchangeActions", "%n booking(s) exported.", None, n)
             for n in (1, 2, 21, 0, 11)]
    assert forms == ["Eksportēta 1 rezervācija.", "Eksportētas 2 rezervācijas.", "Eksportēta 21 rezervācija.",
                     "Eksportēts 0 rezervāciju.", "Eksportētas 11 rezervācijas."]


def test_refresh_command_is_documented_and_runs() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py")], capture_output=True, text=True)
    assert "update" in result.stdout and "release" in result.stdout


def test_tr_is_only_called_on_self() -> None:
    """``other.tr("…")`` is looked up under other's class at run time but extracted under the
    variable's name, so it would show English in the Latvian program: use translate("Context", …)."""
    import re

    calls = re.compile(r"\b(?!self\b)[A-Za-z_]\w*\.tr\(")
    offenders = [f"{source.relative_to(ROOT)}:{number}"
                 for source in i18n.translatable_sources()
                 for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1)
                 if calls.search(line)]
    assert offenders == []
