"""The declarative base: the ORM's registry of mapped classes, over the schema's metadata.

Load it through the package (``models.Base``), as every model: see ``ngo_desktop/models/__init__.py``.
"""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from ngo_desktop.schema.base import metadata


class Base(DeclarativeBase):
    metadata = metadata
