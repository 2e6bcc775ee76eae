"""Everything an organisation's page shows, read in one transaction.

The page used to be read by seven calls, each with a session and a transaction of its own: on a
server across town every BEGIN and ROLLBACK is a round trip too (23 round trips, about a second at
40 ms each). Read here in one session, it is one BEGIN, nine queries and one ROLLBACK.
"""

from __future__ import annotations

from dataclasses import dataclass

from ngo_desktop.database.core import Database
from ngo_desktop.services.organisations.history import History, history_in
from ngo_desktop.services.organisations.registry import (
    OrganisationData,
    field_names_in,
    has_history_in,
    organisation_in,
)


@dataclass(frozen=True)
class OrganisationPage:
    """What the page shows of a saved organisation."""

    data: OrganisationData
    history: History
    has_history: bool
    field_names: list[str]


def read_page(database: Database, organisation_id: int) -> OrganisationPage:
    """The organisation with its contacts and fields, its history, whether it has any (then it
    cannot be deleted) and every known field of activity; raises NotFound."""
    with database.read_session() as session:
        return OrganisationPage(organisation_in(session, organisation_id), history_in(session, organisation_id),
                                has_history_in(session, organisation_id), field_names_in(session))
