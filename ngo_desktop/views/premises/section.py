"""The Pop-up premises section: empty spaces let to new entrepreneurs."""

from __future__ import annotations

from ngo_desktop.services.overview import Overview
from ngo_desktop.views.overview_section import OverviewSection


class PremisesSection(OverviewSection):
    def is_empty(self, counts: Overview) -> bool:
        return counts.premises == 0

    def empty_texts(self) -> tuple[str, str]:
        return (self.tr("No pop-up premises yet — add the first premises"),
                self.tr("Empty shop fronts let to new entrepreneurs, with their tenants and reductions, appear here."))

    def summary_texts(self, counts: Overview) -> tuple[str, str]:
        return (self.tr("%n premises", "", counts.premises),
                self.tr("%n tenancies. Tenancy management is not part of this version yet.", "",
                        counts.tenancies))
