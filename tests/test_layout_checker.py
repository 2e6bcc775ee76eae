"""The layout checker (tests/layout_checker.py) itself: fed a PDF with one fault each, it reports that
fault and nothing else; fed a clean page, it reports nothing. The layout tests trust its silence, so
each kind of fault it is meant to catch is made here on purpose.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from reportlab.pdfgen.canvas import Canvas

from ngo_desktop.documents.fonts import SANS, register_fonts
from tests.layout_checker import MM, Finding, check_pdf, source_words

WIDTH, HEIGHT = 595.0, 842.0  # A4 in points
WORDS = source_words("Pašnodarbinātais amatnieks Ārija Šķēle pārdod medu un sveces", "Rīgas iela 14")
CLEAN_LINES = ("Pašnodarbinātais amatnieks", "Ārija Šķēle pārdod medu un sveces", "Rīgas iela 14")


def pdf(*pages: Callable[[Canvas], None]) -> bytes:
    """A4 pages drawn in DejaVu Sans, as the documents are."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(WIDTH, HEIGHT))
    for draw in pages:
        canvas.setFont(SANS, 10)
        draw(canvas)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def clean_page(canvas: Canvas) -> None:
    for line, text in enumerate(CLEAN_LINES):
        canvas.drawString(20 * MM, HEIGHT - 30 * MM - line * 14, text)


def findings_of(document: bytes, **options: object) -> list[Finding]:
    return check_pdf(document, **{"words": WORDS, "min_size": 8.0, "max_pages": 2, **options})  # type: ignore[arg-type]


def test_a_clean_page_passes() -> None:
    assert findings_of(pdf(clean_page, clean_page)) == []


def test_text_drawn_over_other_text_is_reported() -> None:
    def page(canvas: Canvas) -> None:
        clean_page(canvas)
        # A second line drawn 3 pt below the first: the letters cover each other.
        canvas.drawString(20 * MM, HEIGHT - 30 * MM - 3, "Rīgas iela 14")

    findings = findings_of(pdf(page))
    assert [finding.page for finding in findings] == [1]
    assert "overlapping characters" in findings[0].problem


def test_lines_one_under_the_other_are_not_overlaps() -> None:
    def page(canvas: Canvas) -> None:
        for line in range(40):  # 10 pt type on 11 pt lines: close, but apart
            canvas.drawString(20 * MM, HEIGHT - 30 * MM - line * 11, "Ārija Šķēle pārdod medu un sveces")

    assert findings_of(pdf(page)) == []


@pytest.mark.parametrize("edge", ["left", "right", "top", "bottom"])
def test_text_in_the_unprintable_edge_is_reported(edge: str) -> None:
    text = "Rīgas iela 14"

    def page(canvas: Canvas) -> None:
        clean_page(canvas)
        width = canvas.stringWidth(text, SANS, 10)
        x, y = {"left": (3 * MM, HEIGHT / 2), "right": (WIDTH - width - 3 * MM, HEIGHT / 2),
                "top": (WIDTH / 2, HEIGHT - 5 * MM), "bottom": (WIDTH / 2, 4 * MM)}[edge]
        canvas.drawString(x, y, text)

    findings = findings_of(pdf(page))
    assert len(findings) == 1 and "5 mm unprintable edge" in findings[0].problem, findings


def test_text_just_inside_the_safe_margin_passes() -> None:
    def page(canvas: Canvas) -> None:
        canvas.drawString(5 * MM + 0.5, HEIGHT / 2, "Rīgas iela 14")

    assert findings_of(pdf(page)) == []


def test_text_below_the_minimum_size_is_reported_unless_allowed() -> None:
    def page(canvas: Canvas) -> None:
        clean_page(canvas)
        canvas.setFont(SANS, 6.5)
        canvas.drawString(20 * MM, 40 * MM, "sveces")

    document = pdf(page)
    findings = findings_of(document)
    assert len(findings) == 1 and "text below 8.0 pt ([6.5])" in findings[0].problem, findings
    assert "sveces" in findings[0].problem
    assert findings_of(document, min_size=6.0) == []
    assert findings_of(document, allowed_small=["sveces"]) == []


def test_a_word_broken_across_lines_is_reported() -> None:
    def page(canvas: Canvas) -> None:
        canvas.drawString(20 * MM, HEIGHT - 30 * MM, "Pašnodarbināt")
        canvas.drawString(20 * MM, HEIGHT - 30 * MM - 14, "ais amatnieks")

    findings = findings_of(pdf(page))
    assert len(findings) == 1 and "2 words broken mid-word" in findings[0].problem, findings
    assert "Pašnodarbināt" in findings[0].problem and "'ais'" in findings[0].problem


def test_a_word_split_by_a_gap_on_one_line_is_reported() -> None:
    def page(canvas: Canvas) -> None:
        # The same line, but its second half placed 4 pt too far right: two pieces, not one word.
        canvas.drawString(20 * MM, HEIGHT - 30 * MM, "amatn")
        canvas.drawString(20 * MM + canvas.stringWidth("amatn", SANS, 10) + 4, HEIGHT - 30 * MM, "ieks")

    findings = findings_of(pdf(page))
    assert len(findings) == 1 and "words broken mid-word: ['amatn', 'ieks']" in findings[0].problem, findings


def test_more_pages_than_the_budget_is_reported() -> None:
    findings = findings_of(pdf(clean_page, clean_page, clean_page))
    assert findings == [Finding(3, "3 pages, the budget is 2")]


def test_every_fault_on_one_page_is_reported_once_each() -> None:
    def page(canvas: Canvas) -> None:
        canvas.drawString(20 * MM, HEIGHT - 30 * MM, "Pašnodarbināt")
        canvas.drawString(20 * MM, HEIGHT - 60 * MM, "amatnieks")
        canvas.drawString(20 * MM + 2, HEIGHT - 60 * MM - 2, "Ārija")
        canvas.drawString(2 * MM, HEIGHT / 2, "medu")
        canvas.setFont(SANS, 5)
        canvas.drawString(20 * MM, 40 * MM, "sveces")

    problems = [finding.problem for finding in findings_of(pdf(page))]
    assert len(problems) == 4, problems
    for fault in ("unprintable edge", "text below", "overlapping characters", "broken mid-word"):
        assert sum(fault in problem for problem in problems) == 1, (fault, problems)
