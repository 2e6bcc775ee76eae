"""The summary of a pop-up tenancy agreement: premises, tenant, term, share, due day, reduction, a month's figures.

Plain data in (``TenancySummaryData``, everything already formatted), PDF bytes out, with the
centre's header and the footer of ``documents.common``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ngo_desktop.documents.common import INK, DocumentShell, para, styles
from ngo_desktop.documents.data import CentreInfo
from ngo_desktop.documents.labels import COMMON_LABELS, QT_TRANSLATE_NOOP, resolve_labels
from ngo_desktop.documents.monthly_statement import figures_table, key_values
from ngo_desktop.documents.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

TENANCY_SUMMARY_LABELS: dict[str, str] = {
    **COMMON_LABELS,
    "document_title": QT_TRANSLATE_NOOP("DocumentLabels", "Pop-up tenancy agreement summary"),
    "section_premises": QT_TRANSLATE_NOOP("DocumentLabels", "Premises"),
    "section_tenant": QT_TRANSLATE_NOOP("DocumentLabels", "Tenant"),
    "section_terms": QT_TRANSLATE_NOOP("DocumentLabels", "Terms"),
    "section_month": QT_TRANSLATE_NOOP("DocumentLabels", "A full month"),
    "section_signatures": QT_TRANSLATE_NOOP("DocumentLabels", "Signatures"),
    "address": QT_TRANSLATE_NOOP("DocumentLabels", "Address"),
    "area": QT_TRANSLATE_NOOP("DocumentLabels", "Area"),
    "owner": QT_TRANSLATE_NOOP("DocumentLabels", "Owner"),
    "registration_number": QT_TRANSLATE_NOOP("DocumentLabels", "Reg. No."),
    "activity": QT_TRANSLATE_NOOP("DocumentLabels", "Activity"),
    "term": QT_TRANSLATE_NOOP("DocumentLabels", "Term"),
    "share": QT_TRANSLATE_NOOP("DocumentLabels", "Share of rent and utilities"),
    "payment_due": QT_TRANSLATE_NOOP("DocumentLabels", "Rent due"),
    "rent_reduction": QT_TRANSLATE_NOOP("DocumentLabels", "Rent reduction"),
    "utilities_reduction": QT_TRANSLATE_NOOP("DocumentLabels", "Utilities reduction"),
    "decision": QT_TRANSLATE_NOOP("DocumentLabels", "Municipality's decision"),
    "rent": QT_TRANSLATE_NOOP("DocumentLabels", "Rent"),
    "utilities": QT_TRANSLATE_NOOP("DocumentLabels", "Utilities"),
    "reduction": QT_TRANSLATE_NOOP("DocumentLabels", "Reduction"),
    "amount_due": QT_TRANSLATE_NOOP("DocumentLabels", "Amount due"),
    "signature_centre": QT_TRANSLATE_NOOP("DocumentLabels", "For the centre"),
    "signature_tenant": QT_TRANSLATE_NOOP("DocumentLabels", "For the tenant"),
    "notes": QT_TRANSLATE_NOOP("DocumentLabels", "Notes"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class TenancySummaryData:
    """A tenancy as printed. ``month_rows`` are (label, amount) of a full month; the last is the total."""

    centre: CentreInfo
    printed: str
    premises: str
    address: str
    area: str = ""
    owner: str = ""
    tenant: str
    registration_number: str = ""
    activity: str = ""
    term: str
    share: str
    payment_due: str = ""
    rent_reduction: str = ""
    utilities_reduction: str = ""
    decision: str = ""
    month_rows: tuple[tuple[str, str], ...] = ()
    notes: str = ""
    labels: Mapping[str, str] = field(default_factory=dict)


def build_tenancy_summary(data: TenancySummaryData, *, paper: str = "A4") -> bytes:
    labels = resolve_labels(TENANCY_SUMMARY_LABELS, data.labels)
    shell = DocumentShell(centre=data.centre, printed=data.printed, labels=labels,
                          title=labels["document_title"], paper=paper, landscape=False)
    style = styles()
    width = shell.frame_width
    story: list[Flowable] = [
        para(labels["document_title"], style.title),
        para(f"{data.premises} · {data.tenant}", style.subtitle),
        para(labels["section_premises"], style.heading),
        key_values([(labels["address"], data.address), (labels["area"], data.area), (labels["owner"], data.owner)],
                   width),
        para(labels["section_tenant"], style.heading),
        key_values([(labels["section_tenant"], data.tenant), (labels["registration_number"],
                                                              data.registration_number),
                    (labels["activity"], data.activity)], width),
        para(labels["section_terms"], style.heading),
        key_values([(labels["term"], data.term), (labels["share"], data.share),
                    (labels["payment_due"], data.payment_due),
                    (labels["rent_reduction"], data.rent_reduction),
                    (labels["utilities_reduction"], data.utilities_reduction),
                    (labels["decision"], data.decision), (labels["notes"], data.notes)], width),
    ]
    if data.month_rows:
        story += [para(labels["section_month"], style.heading), figures_table(data.month_rows, width)]
    story.append(_signatures(labels, width))
    return shell.build(story)


def _signatures(labels: dict[str, str], width: float) -> Flowable:
    style = styles()
    half = (width - 36) / 2
    rows = [[para(labels["signature_centre"], style.value_bold), "", para(labels["signature_tenant"],
                                                                          style.value_bold)], ["", "", ""]]
    table = Table(rows, colWidths=[half, 36, half], rowHeights=[18, 40])
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 1), (0, 1), 0.8, INK),
        ("LINEBELOW", (2, 1), (2, 1), 0.8, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return KeepTogether([Spacer(1, 16), para(labels["section_signatures"], style.heading), table])
