"""The report PDF's long tables read back with pdfplumber: the head on every page, no row split, the
totals row last and never alone, Latvian letters, and a short table kept with its heading."""

from __future__ import annotations

import io
import re

import pdfplumber

from ngo_desktop.documents.data import CentreInfo
from ngo_desktop.documents.report import ReportDocumentData, TableData, build_report

HEADER = ("Organizācija", "Veids", "Telpas", "Vietas maksas", "Pop-up nomas maksa", "Kopā")
LETTERS = "āčēģīķļņšūž"


def _organisations(count: int) -> TableData:
    rows = [(f"biedrība „Ķēniņš Nr. {number:04d} {LETTERS}”", "NVO", f"{number},00 €", "0,00 €",
             f"{number % 7},50 €", f"{number + number % 7},50 €") for number in range(1, count + 1)]
    rows.append(("Kopā", "", "9 999,00 €", "0,00 €", "1,00 €", "10 000,00 €"))
    return TableData("Atbalsts katrai organizācijai", HEADER, tuple(rows), (False, False, True, True, True, True),
                     has_total_row=True)


def _document(*sections: TableData) -> ReportDocumentData:
    return ReportDocumentData(centre=CentreInfo(name="Rīgas NVO nams", address="Skolas iela 8, Rīga"),
                              printed="29.11.2026 13:00", title="Atbalsts natūrā", subtitle="Periods 2026",
                              sections=sections, labels={"page_of": "{page}. lpp. no {pages}",
                                                         "printed_on": "Izdrukāts {date}"})


def _pages(pdf: bytes) -> list[list[tuple[float, str]]]:
    """Each page's lines as (top, text), top to bottom."""
    pages = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            lines: dict[int, list[tuple[float, str]]] = {}
            for word in page.extract_words(keep_blank_chars=True, x_tolerance=1.5):
                lines.setdefault(round(word["top"]), []).append((word["x0"], word["text"]))
            pages.append([(top, " ".join(text for _x, text in sorted(words))) for top, words in sorted(lines.items())])
    return pages


def test_a_long_table_repeats_its_head_on_every_page_and_splits_no_row() -> None:
    pages = _pages(build_report(_document(_organisations(300))))
    assert len(pages) >= 10
    row_pattern = re.compile(r"Ķēniņš Nr\. (\d{4}) " + LETTERS + "”")
    seen: list[int] = []
    for number, lines in enumerate(pages, start=1):
        texts = [text for _top, text in lines]
        rows = [(top, text) for top, text in lines if row_pattern.search(text)]
        assert rows, f"page {number} has no row of the table"
        head = [top for top, text in lines if text.startswith("Organizācija Veids Telpas")]
        assert head and head[0] < rows[0][0], f"page {number} does not begin its rows with the head"
        assert any("Pop-up" in text for text in texts)
        for _top, text in rows:
            # The whole row on one line of one page: its name, kind and every amount.
            found = int(row_pattern.search(text).group(1))
            seen.append(found)
            assert text.endswith(f"NVO {found},00 € 0,00 € {found % 7},50 € {found + found % 7},50 €"), text
    assert seen == list(range(1, 301))  # every row once, in order
    last = [text for _top, text in pages[-1]]
    totals = [index for index, text in enumerate(last) if text.startswith("Kopā 9 999,00 €")]
    assert totals, "the totals row is missing"
    # The totals row comes last and has a row of the table above it on its page.
    assert row_pattern.search(last[totals[0] - 1])


def test_a_short_table_stays_with_its_heading() -> None:
    # The long table leaves a little room on its last page: too little for the short table with its heading.
    for count in range(19, 29):
        short = TableData("Atceltās rezervācijas pa iemesliem", ("Iemesls", "Rezervācijas"),
                          tuple((f"Iemesls {number} — šķērslis", str(number)) for number in range(8)),
                          (False, True))
        pages = _pages(build_report(_document(_organisations(count), short)))
        for lines in pages:
            texts = [text for _top, text in lines]
            if "Atceltās rezervācijas pa iemesliem" in texts:
                assert any(text.startswith("Iemesls 7 — šķērslis") for text in texts), count
