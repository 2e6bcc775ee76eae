"""The declarative base: the ORM's registry of mapped classes, over the schema's metadata.

``UTCDateTime`` is named here as well because the first migrations refer to it by this path.
"""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from ngo_desktop.schema.base import UTCDateTime, metadata

__all__ = ["Base", "UTCDateTime"]


class Base(DeclarativeBase):
    metadata = metadata
