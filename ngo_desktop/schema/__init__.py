"""The centre's tables in SQLAlchemy Core: columns, types, defaults and constraints. No ORM, no Qt.

Each module registers its tables in ``base.metadata`` when imported. Reads that need rows rather
than objects select from these tables directly, and so do the paths that must start fast: the
window's first screen and the command line's printouts never import the ORM's mapped classes
(issue #16: mapping them costs 25-35 ms). ``ngo_desktop.models`` maps its classes onto the same
tables for the unit of work, so both see one schema, the one the migrations build.
"""

from __future__ import annotations

import importlib

from ngo_desktop.schema.base import metadata

__all__ = ["load_all", "metadata"]

MODULES = ("audit", "bookings", "centre", "documents", "fairs", "organisations", "premises", "sites")


def load_all() -> None:
    """Import every table's module, so that ``metadata`` holds every table."""
    for module in MODULES:
        importlib.import_module(f"{__name__}.{module}")
