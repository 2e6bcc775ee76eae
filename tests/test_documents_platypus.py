"""The documents take ReportLab's platypus from ngo_desktop/documents/platypus.py, which imports its
paragraph module without compiling the web-address pattern until a paragraph needs it (issue #16)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_document_takes_platypus_from_the_one_module() -> None:
    direct = re.compile(r"^\s*(from|import)\s+reportlab\.platypus\b", re.MULTILINE)
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "ngo_desktop").rglob("*.py")
                 if path != ROOT / "ngo_desktop" / "documents" / "platypus.py"
                 and direct.search(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_whichever_document_is_imported_first_the_address_pattern_waits_for_its_first_use() -> None:
    """Also through ReportLab modules that import platypus themselves (the report's charts)."""
    documents = sorted(path.stem for path in (ROOT / "ngo_desktop" / "documents").glob("*.py")
                       if path.stem != "__init__")
    code = ("import importlib, sys\nimportlib.import_module('ngo_desktop.documents.' + sys.argv[1])\n"
            "paragraph = sys.modules.get('reportlab.platypus.paragraph')\n"
            "print(type(paragraph.uri_pat).__name__ if paragraph else 'no platypus')")
    kinds = {}
    for document in documents:
        result = subprocess.run([sys.executable, "-c", code, document], capture_output=True, text=True, cwd=ROOT,
                                timeout=60)
        assert result.returncode == 0, result.stderr
        kinds[document] = result.stdout.strip()
    assert kinds["report"] == kinds["directory"] == "CompiledOnFirstUse"
    assert kinds["week_schedule"] == kinds["door_sign"] == "no platypus"  # drawn on the canvas alone
    assert {kind for kind in kinds.values()} == {"CompiledOnFirstUse", "no platypus"}, kinds


def test_the_address_pattern_is_compiled_on_first_use_and_breaks_addresses_as_reportlabs_own() -> None:
    code = (
        "import re\n"
        "import ngo_desktop.documents.directory\n"
        "import reportlab.platypus.paragraph as paragraph\n"
        "from ngo_desktop.documents.platypus import CompiledOnFirstUse\n"
        "lazy = paragraph.uri_pat\n"
        "print(isinstance(lazy, CompiledOnFirstUse), lazy._compiled is None)\n"
        "own = re.compile(lazy._pattern, re.I)\n"
        "for text in ('https://www.aluksne.lv/lv/nvo-atbalsta-centrs/pasākumi/2026', 'mailto:info@nvo.lv',\n"
        "             'http://xn--rga-ipa.lv/a/b', 'not an address', 'HTTPS://NVO.LV/ĀŽ/'):\n"
        "    mine, theirs = lazy.match(text), own.match(text)\n"
        "    assert (mine and mine.groups()) == (theirs and theirs.groups()), text\n"
        "print(type(lazy._compiled).__name__, paragraph._uri_split_pairs('https://nvo.lv/a/b')[0])\n"
        "print(re.compile is re.__dict__['compile'], re.compile.__module__)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["True True", "Pattern ('https://nvo.lv/a/', 'b')", "True re"]
