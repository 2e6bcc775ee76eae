"""The centre's own details, printed on every document and shared by every front desk."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ngo_desktop.models.base import Base, UTCDateTime, utcnow


class CentreProfile(Base):
    """Exactly one row (id 1): the centre's name, contacts, logo and house rules."""

    __tablename__ = "centre_profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    registration_number: Mapped[str] = mapped_column(String(20), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    house_rules: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
