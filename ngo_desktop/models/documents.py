"""A record of each document printed, so an organisation's page can list what it was given."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Mapped

from ngo_desktop.models.base import Base
from ngo_desktop.schema.documents import printed_document_table


class PrintedDocument(Base):
    """``kind`` is the document's name (booking-sheet, flyer, …); ``parameters`` rebuild it."""

    __table__ = printed_document_table

    id: Mapped[int]
    kind: Mapped[str]
    title: Mapped[str]
    parameters: Mapped[dict[str, Any]]
    organisation_id: Mapped[int | None]
    created_at: Mapped[dt.datetime]
    operator: Mapped[str]
