"""The Bookings section: the centre's calendar of rooms."""

from __future__ import annotations

from ngo_desktop.services.overview import Overview
from ngo_desktop.views.overview_section import OverviewSection


class BookingsSection(OverviewSection):
    def is_empty(self, counts: Overview) -> bool:
        return counts.rooms == 0

    def empty_texts(self) -> tuple[str, str]:
        return (self.tr("No rooms yet — add the first room"),
                self.tr("Rooms and halls the centre lends appear here with their bookings."))

    def summary_texts(self, counts: Overview) -> tuple[str, str]:
        return (self.tr("%n room(s)", "", counts.rooms),
                self.tr("%n upcoming booking(s). The booking calendar is not part of this version yet.", "",
                        counts.upcoming_bookings))
