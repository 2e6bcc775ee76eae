"""Keep the Latvian translations in step with the source.

    python tools/i18n.py update     # refresh every .ts from the source (pyside6-lupdate)
    python tools/i18n.py missing    # list strings without a finished Latvian translation
    python tools/i18n.py apply F    # fill unfinished translations from a JSON file {source: translation}
                                    # or {context: {source: translation}}; plurals as a list of 3 forms
    python tools/i18n.py release    # compile all .ts of a language into one .qm (pyside6-lrelease)
    python tools/i18n.py all F      # update, apply F, release, missing

Each Python module under ngo_desktop/ that has translatable strings gets its own
resources/translations/lv/<dotted.module.name>.ts, so parallel work never edits one file; they are
compiled together into one resources/translations/ngo_desktop_lv.qm, the one file the program loads.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ngo_desktop"
LANGUAGE = "lv"
TS_DIR = ROOT / "resources" / "translations" / LANGUAGE
# A call lupdate would extract: self.tr("..."), translate("Ctx", "..."), QT_TRANSLATE_NOOP(...).
TRANSLATABLE = re.compile(r"\b(tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\(")


def qt_tool(name: str) -> str:
    """The Qt tool that came with this Python's PySide6 (beside sys.executable, so a venv's python
    finds its own tools without the venv being activated), else the one on PATH."""
    return shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name) or name


def module_ts_path(source: Path) -> Path:
    dotted = ".".join(source.relative_to(ROOT).with_suffix("").parts)
    return TS_DIR / f"{dotted}.ts"


def translatable_sources() -> list[Path]:
    return sorted(
        path for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts and TRANSLATABLE.search(path.read_text(encoding="utf-8"))
    )


def run_lupdate(source: Path, ts_file: Path) -> None:
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    plural_forms = _plural_forms(ts_file) if ts_file.exists() else {}
    subprocess.run(
        [qt_tool("pyside6-lupdate"), str(source), "-ts", str(ts_file), "-no-obsolete", "-target-language", "lv_LV"],
        check=True, capture_output=True,
    )
    _mark_plurals(ts_file, plural_forms)


def _plural_forms(ts_file: Path) -> dict[tuple[str, str], list[str]]:
    forms = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            found = [form.text or "" for form in message.iter("numerusform")]
            if message.get("numerus") == "yes" and all(found):
                forms[(context.findtext("name", ""), message.findtext("source", ""))] = found
    return forms


def _mark_plurals(ts_file: Path, known_forms: dict[tuple[str, str], list[str]]) -> None:
    """Every string with %n is a plural. pyside6-lupdate before 6.12 only sees plurals in self.tr(),
    not in translate(context, text, disambiguation, n), so mark those here and keep their forms."""
    tree = ElementTree.parse(ts_file)
    changed = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if "%n" not in source or message.get("numerus") == "yes":
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            forms = known_forms.get((name, source))
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            if forms:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
                forms = ["", "", ""]
            for form in forms:
                ElementTree.SubElement(translation, "numerusform").text = form
            changed = True
    if changed:
        ElementTree.indent(tree)
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def update() -> None:
    wanted = set()
    for source in translatable_sources():
        ts_file = module_ts_path(source)
        run_lupdate(source, ts_file)
        if ElementTree.parse(ts_file).getroot().find("context") is None:
            ts_file.unlink()  # only mentions translate() without a string to translate
            continue
        wanted.add(ts_file)
    for stale in TS_DIR.glob("*.ts"):
        if stale not in wanted:
            stale.unlink()


def compiled_path(language: str = LANGUAGE) -> Path:
    """The one compiled translation of ``language`` (what ngo_desktop.i18n loads)."""
    return TS_DIR.parent / f"ngo_desktop_{language}.qm"


def release() -> None:
    # One .qm for the whole program: loading a hundred small ones cost start-up time.
    # Compile beside and rename over: a running program maps .qm files into memory, and rewriting
    # one in place under it crashes it (SIGBUS); a rename leaves its copy intact.
    target = compiled_path()
    partial = target.parent / f"{target.name}.{os.getpid()}.partial"
    subprocess.run([qt_tool("pyside6-lrelease"), *map(str, sorted(TS_DIR.glob("*.ts"))), "-qm", str(partial)],
                   check=True, capture_output=True)
    partial.replace(target)
    for per_module in TS_DIR.glob("*.qm"):  # left by the one-file-per-module scheme
        per_module.unlink()


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message whose translation is missing or unfinished."""
    missing = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = [form.text for form in forms] if forms else [translation.text if translation is not None else None]
            if translation is None or translation.get("type") == "unfinished" or not all(texts):
                missing.append((name, message.findtext("source", "")))
    return missing


def apply(json_file: Path) -> int:
    mapping = json.loads(json_file.read_text(encoding="utf-8"))
    filled = 0
    for ts_file in sorted(TS_DIR.glob("*.ts")):
        tree = ElementTree.parse(ts_file)
        changed = False
        for context in tree.getroot().iter("context"):
            context_name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                wanted = mapping.get(context_name, {}).get(source) if isinstance(
                    mapping.get(context_name), dict) else None
                if wanted is None:
                    wanted = mapping.get(source)
                if wanted is None or isinstance(wanted, dict):
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ElementTree.SubElement(message, "translation")
                if translation.get("type") != "unfinished" and (translation.text or list(translation)):
                    continue
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    forms = wanted if isinstance(wanted, list) else [wanted] * 3
                    for child in list(translation):
                        translation.remove(child)
                    translation.text = None
                    for form in forms:
                        ElementTree.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = wanted
                changed = True
                filled += 1
        if changed:
            ElementTree.indent(tree)
            tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def missing() -> int:
    count = 0
    for ts_file in sorted(TS_DIR.glob("*.ts")):
        for context, source in unfinished(ts_file):
            print(f"{ts_file.name}: [{context}] {source}")
            count += 1
    return count


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command = argv[0]
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "missing":
        return 1 if missing() else 0
    elif command == "apply" and len(argv) == 2:
        print(f"filled {apply(Path(argv[1]))}")
    elif command == "all":
        update()
        if len(argv) == 2:
            print(f"filled {apply(Path(argv[1]))}")
        release()
        return 1 if missing() else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
