"""ReportLab's platypus (flowables, tables, paragraphs, page templates), as the documents use it.

Every document imports platypus from here, never from ``reportlab.platypus`` itself, and before
any other ReportLab module that imports platypus (``reportlab.graphics``: see report.py);
tests/test_documents_platypus.py checks each document. When first imported, ReportLab's paragraph module
compiles ``uri_pat``, the pattern it uses to find where a long web address may be broken.
Case-insensitive and over most of Unicode, it takes Python 3.11's ``re`` 30-40 ms, a fifteenth of a
door sign's whole process (issue #16), though a paper rarely breaks an address. Imported through
here, that one pattern is compiled the first time a paragraph looks at an address instead; every
other pattern, and that one once used, is ReportLab's own, unchanged.
"""

from __future__ import annotations

import re
import sys
import threading
from typing import Any

# How ReportLab's uri_pat begins (reportlab/platypus/paragraph.py).
URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
_loading = threading.Lock()


class CompiledOnFirstUse:
    """Stands in for ``re.compile(pattern, flags)`` and compiles it when first asked for anything."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whatever re.Pattern has
        if name.startswith("_"):
            # Not the pattern's: an instance being copied or unpickled has no fields yet.
            raise AttributeError(name)
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return getattr(self._compiled, name)


def _load_paragraph_module() -> None:
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    with _loading:
        original = re.compile

        def compile_all_but_the_uri_pattern(pattern: Any, flags: int = 0) -> Any:  # noqa: ANN401 - as re.compile
            if isinstance(pattern, str) and pattern.startswith(URI_PATTERN_START):
                return CompiledOnFirstUse(pattern, flags)
            return original(pattern, flags)

        # Only while ReportLab's platypus package and its paragraph module are first imported; a
        # pattern another thread compiles meanwhile is compiled as ever (only this one is diverted).
        re.compile = compile_all_but_the_uri_pattern
        try:
            import reportlab.platypus.paragraph  # noqa: F401
        finally:
            re.compile = original


_load_paragraph_module()

from reportlab.platypus import (  # noqa: E402 - after the paragraph module is loaded as above
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    FrameBreak,
    KeepTogether,
    LongTable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable  # noqa: E402

__all__ = ["BaseDocTemplate", "CondPageBreak", "Flowable", "Frame", "FrameBreak", "KeepTogether", "LongTable",
           "PageBreak", "PageTemplate", "Paragraph", "Spacer", "Table", "TableStyle"]
