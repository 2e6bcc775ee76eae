"""The Documents section: what the front desk prints."""

from __future__ import annotations

from ngo_desktop.services.overview import Overview
from ngo_desktop.views.overview_section import OverviewSection


class DocumentsSection(OverviewSection):
    def is_empty(self, counts: Overview) -> bool:
        return counts.printed_documents == 0

    def empty_texts(self) -> tuple[str, str]:
        return (self.tr("Nothing printed yet"),
                self.tr("Booking sheets, door signs, schedules and flyers you print are listed here."))

    def summary_texts(self, counts: Overview) -> tuple[str, str]:
        return (self.tr("%n document(s) printed", "", counts.printed_documents), "")
