"""The centre's own details, printed on every document and shared by every front desk."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Mapped

from ngo_desktop.models.base import Base
from ngo_desktop.schema.centre import centre_profile_table


class CentreProfile(Base):
    """Exactly one row (id 1): the centre's name, contacts, logo and house rules."""

    __table__ = centre_profile_table

    id: Mapped[int]
    name: Mapped[str]
    address: Mapped[str]
    phone: Mapped[str]
    email: Mapped[str]
    website: Mapped[str]
    registration_number: Mapped[str]
    logo_png: Mapped[bytes | None]
    house_rules: Mapped[str]
    updated_at: Mapped[dt.datetime]
