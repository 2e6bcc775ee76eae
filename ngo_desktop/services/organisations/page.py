"""Everything an organisation's page shows, read at once.

The page used to be read by seven calls, each with a session and a transaction of its own: on a
server across town every statement, BEGIN and ROLLBACK is a round trip (23 round trips, about a
second at 40 ms each). Now the organisation with its contact people and fields is one statement,
and the page's six other questions (four history tabs, whether it has any history, the known fields)
go to a server together in one round trip (``database.together``): two round trips in all.
"""

from __future__ import annotations

from dataclasses import dataclass

from ngo_desktop.database.core import Database
from ngo_desktop.database.together import read_together
from ngo_desktop.services.organisations.history import History, history_from, history_statements
from ngo_desktop.services.organisations.registry import (
    OrganisationData,
    field_names_statement,
    has_history_statement,
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
        data = organisation_in(session, organisation_id)
        *history, has_history, field_names = read_together(session, (
            *history_statements(organisation_id), has_history_statement(organisation_id), field_names_statement()))
    return OrganisationPage(data, history_from(history), bool(has_history[0][0]), [row[0] for row in field_names])
