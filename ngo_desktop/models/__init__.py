"""SQLAlchemy 2 typed models of everything the centre keeps. No Qt, no business rules.

The fairs', pop-up premises', printed documents' and audit log's models load on first use —
``models.Fair``, ``from ngo_desktop.models import Fair`` — not with the package: the window's start
does not need them (issue #16: 2.6 MiB of its peak memory and their share of the mappers' set-up;
the audit log's entry, written by the first change and read by its own view, 6-8 ms of the start). Code that walks
every table (``Base.metadata``) calls ``load_all()`` first. Import them only through this package,
never as ``ngo_desktop.models.fairs`` (tests/test_models_loading.py checks): a module is mapped while
holding SQLAlchemy's configure lock, so a query on another thread never configures the mappers
between two of its classes (a relationship to a class not yet defined would fail every later query).
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING

from ngo_desktop.models.base import Base, UTCDateTime
from ngo_desktop.models.bookings import Booking, BookingSeries
from ngo_desktop.models.centre import CentreProfile
from ngo_desktop.models.enums import (
    ApplicationStatus,
    AuditAction,
    BookingStatus,
    CheckIn,
    FairKind,
    LandmarkKind,
    LegalForm,
    MembershipStatus,
    OrganisationKind,
    PaymentStatus,
    ReductionKind,
    VendorCategory,
)
from ngo_desktop.models.organisations import ContactPerson, FieldOfActivity, Organisation, organisation_field
from ngo_desktop.models.sites import Closure, OpeningHours, Room, Site

if TYPE_CHECKING:
    from ngo_desktop.models.audit import AuditEntry
    from ngo_desktop.models.documents import PrintedDocument
    from ngo_desktop.models.fairs import (
        ApplicationDay,
        Fair,
        FairDay,
        Landmark,
        ProgrammeItem,
        Stall,
        StallAssignment,
        StallLayout,
        StallPrice,
        VendorApplication,
        fair_partner,
    )
    from ngo_desktop.models.premises import Premises, Tenancy, TenancyPayment

__all__ = [
    "ApplicationDay",
    "ApplicationStatus",
    "AuditAction",
    "AuditEntry",
    "Base",
    "Booking",
    "BookingSeries",
    "BookingStatus",
    "CentreProfile",
    "CheckIn",
    "Closure",
    "ContactPerson",
    "Fair",
    "FairDay",
    "FairKind",
    "FieldOfActivity",
    "Landmark",
    "LandmarkKind",
    "LegalForm",
    "MembershipStatus",
    "OpeningHours",
    "Organisation",
    "OrganisationKind",
    "PaymentStatus",
    "Premises",
    "PrintedDocument",
    "ProgrammeItem",
    "ReductionKind",
    "Room",
    "Site",
    "Stall",
    "StallAssignment",
    "StallLayout",
    "StallPrice",
    "Tenancy",
    "TenancyPayment",
    "UTCDateTime",
    "VendorApplication",
    "VendorCategory",
    "fair_partner",
    "organisation_field",
]

# Name → the module that defines it, loaded on first use.
_LOADED_ON_FIRST_USE = {
    **dict.fromkeys(("ApplicationDay", "Fair", "FairDay", "Landmark", "ProgrammeItem", "Stall", "StallAssignment",
                     "StallLayout", "StallPrice", "VendorApplication", "fair_partner"), "fairs"),
    **dict.fromkeys(("Premises", "Tenancy", "TenancyPayment"), "premises"),
    "PrintedDocument": "documents",
    "AuditEntry": "audit",
}


def __getattr__(name: str) -> object:
    module = _LOADED_ON_FIRST_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(_load(module), name)


def load_all() -> None:
    """Load every model, so that ``Base.metadata`` holds every table."""
    for module in sorted(set(_LOADED_ON_FIRST_USE.values())):
        _load(module)


def _load(module: str) -> object:
    # SQLAlchemy's configure lock (an RLock its declarative mapping takes as well) is held while the
    # whole module is mapped: another thread's query configures the mappers before or after it, never
    # halfway. Python's import lock lets a second thread asking meanwhile wait for the first.
    with sys.modules["sqlalchemy.orm.mapper"]._CONFIGURE_MUTEX:
        return importlib.import_module(f"{__name__}.{module}")
