"""The Organisations section: the registry of member NGOs, entrepreneurs and contact people."""

from __future__ import annotations

from ngo_desktop.services.overview import Overview
from ngo_desktop.views.overview_section import OverviewSection


class OrganisationsSection(OverviewSection):
    def is_empty(self, counts: Overview) -> bool:
        return counts.organisations == 0 and counts.archived_organisations == 0

    def empty_texts(self) -> tuple[str, str]:
        return (self.tr("No organisations yet — add the first organisation"),
                self.tr("Associations, foundations, entrepreneurs and their contact people appear here."))

    def summary_texts(self, counts: Overview) -> tuple[str, str]:
        return (self.tr("%n organisation(s)", "", counts.organisations),
                self.tr("%n archived. The registry list is not part of this version yet.", "",
                        counts.archived_organisations))
