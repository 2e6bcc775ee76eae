"""A pop-up tenant's statement for one month: rent, utilities, reductions, amount due, by when, paid or not.

Plain data in (``MonthlyStatementData``, everything already formatted), PDF bytes out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ngo_desktop.documents.common import (
    ACCENT,
    ACCENT_TINT,
    INK,
    MUTED,
    DocumentShell,
    fill_template,
    para,
    styles,
)
from ngo_desktop.documents.data import CentreInfo
from ngo_desktop.documents.fonts import SANS, SANS_BOLD
from ngo_desktop.documents.labels import COMMON_LABELS, QT_TRANSLATE_NOOP, resolve_labels
from ngo_desktop.documents.platypus import Flowable, Spacer, Table, TableStyle

MONTHLY_STATEMENT_LABELS: dict[str, str] = {
    **COMMON_LABELS,
    # {month} in the form this sentence needs, from the service: "2026. gada novembri" after the Latvian
    # "par", "November 2026" in English.
    "document_title": QT_TRANSLATE_NOOP("DocumentLabels", "Monthly statement for {month}"),
    "section_tenancy": QT_TRANSLATE_NOOP("DocumentLabels", "Tenancy"),
    "section_figures": QT_TRANSLATE_NOOP("DocumentLabels", "Amounts"),
    "tenant": QT_TRANSLATE_NOOP("DocumentLabels", "Tenant"),
    "premises": QT_TRANSLATE_NOOP("DocumentLabels", "Premises"),
    "term": QT_TRANSLATE_NOOP("DocumentLabels", "Term"),
    "days": QT_TRANSLATE_NOOP("DocumentLabels", "Days in this month"),
    "decision": QT_TRANSLATE_NOOP("DocumentLabels", "Municipality's decision"),
    "status": QT_TRANSLATE_NOOP("DocumentLabels", "Status"),
    "due": QT_TRANSLATE_NOOP("DocumentLabels", "To be paid by"),
    "paid": QT_TRANSLATE_NOOP("DocumentLabels", "Paid"),
}

_LABEL_WIDTH = 150.0


@dataclass(frozen=True, slots=True, kw_only=True)
class MonthlyStatementData:
    """``figure_rows`` are (label, amount) pairs; the last one is the amount due and is emphasised."""

    centre: CentreInfo
    printed: str
    month: str
    tenant: str
    premises: str
    term: str = ""
    days: str = ""
    decision: str = ""
    figure_rows: tuple[tuple[str, str], ...]
    due: str = ""  # the tenancy's due day of this month, as a date
    paid: str = ""
    status: str = ""
    labels: Mapping[str, str] = field(default_factory=dict)


def key_values(rows: Sequence[tuple[str, str]], width: float) -> Table:
    """Muted labels on the left, values on the right; rows without a value are left out."""
    style = styles()
    cells = [[para(label, style.label), para(value, style.value)] for label, value in rows if value]
    table = Table(cells or [["", ""]], colWidths=[_LABEL_WIDTH, width - _LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def figures_table(rows: Sequence[tuple[str, str]], width: float) -> Table:
    """Amounts right-aligned; the last row (the amount due) on an accent band."""
    box_width = min(340.0, width)
    table = Table([list(row) for row in rows], colWidths=[box_width * 0.6, box_width * 0.4], hAlign="LEFT")
    last = len(rows) - 1
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS, 9.5, 12.5),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("TEXTCOLOR", (1, 0), (1, -1), INK),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("FONT", (0, last), (-1, last), SANS_BOLD, 12, 15),
        ("TEXTCOLOR", (0, last), (-1, last), ACCENT),
        ("BACKGROUND", (0, last), (-1, last), ACCENT_TINT),
        ("LINEABOVE", (0, last), (-1, last), 1, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def build_monthly_statement(data: MonthlyStatementData, *, paper: str = "A4") -> bytes:
    labels = resolve_labels(MONTHLY_STATEMENT_LABELS, data.labels)
    title = fill_template(labels["document_title"], month=data.month)
    shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels, title=title, paper=paper,
                          landscape=False)
    style = styles()
    width = shell.frame_width
    story: list[Flowable] = [
        para(title, style.title),
        para(f"{data.tenant} · {data.premises}", style.subtitle),
        para(labels["section_tenancy"], style.heading),
        key_values([(labels["tenant"], data.tenant), (labels["premises"], data.premises),
                    (labels["term"], data.term), (labels["days"], data.days),
                    (labels["decision"], data.decision)], width),
        para(labels["section_figures"], style.heading),
        figures_table(data.figure_rows, width),
        Spacer(1, 10),
        key_values([(labels["due"], data.due), (labels["paid"], data.paid), (labels["status"], data.status)],
                   width),
    ]
    return shell.build(story)
