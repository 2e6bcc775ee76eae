"""A record of each document printed, so an organisation's page can list what it was given."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ngo_desktop.models.base import Base, UTCDateTime, utcnow


class PrintedDocument(Base):
    """``kind`` is the document's name (booking-sheet, flyer, …); ``parameters`` rebuild it."""

    __tablename__ = "printed_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300), default="")
    parameters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    operator: Mapped[str] = mapped_column(String(120), default="")
