"""The Fairs & markets section: events, stall plans and vendors."""

from __future__ import annotations

from ngo_desktop.services.overview import Overview
from ngo_desktop.views.overview_section import OverviewSection


class FairsSection(OverviewSection):
    def is_empty(self, counts: Overview) -> bool:
        return counts.fairs == 0

    def empty_texts(self) -> tuple[str, str]:
        return (self.tr("No fairs or markets yet — plan the first one"),
                self.tr("Seasonal markets and charity fairs with their stall plans and vendors appear here."))

    def summary_texts(self, counts: Overview) -> tuple[str, str]:
        return (self.tr("%n fair(s) and market(s)", "", counts.fairs),
                self.tr("The stall plan and vendor lists are not part of this version yet."))
