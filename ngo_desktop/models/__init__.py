"""SQLAlchemy 2 typed models of everything the centre keeps, mapped onto the tables of
``ngo_desktop.schema``. No Qt, no business rules.

The mapped classes load on first use — ``models.Booking``, ``from ngo_desktop.models import Fair`` —
not with the package: the window's first screen and the command line's printouts read with the
schema's tables and never need them (issue #16: mapping the registry's, rooms' and bookings'
classes costs 25-35 ms of the start; the fairs', premises', printed documents' and audit log's
2.6 MiB of peak memory besides). The enums load with the package. Code that walks every table
(``Base.metadata``) calls ``load_all()`` first.

Import the classes only through this package, never as ``ngo_desktop.models.fairs``
(tests/test_models_loading.py checks): a module is mapped while holding SQLAlchemy's configure lock,
so a query on another thread never configures the mappers between two of its classes (a
relationship to a class not yet defined would fail every later query). The sites', registry's,
bookings' and centre's classes refer to one another and load together, before any other.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ngo_desktop.schema.base import UTCDateTime
from ngo_desktop.schema.enums import (
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

if TYPE_CHECKING:
    from ngo_desktop.models.audit import AuditEntry
    from ngo_desktop.models.base import Base
    from ngo_desktop.models.bookings import Booking, BookingSeries
    from ngo_desktop.models.centre import CentreProfile
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
    )
    from ngo_desktop.models.organisations import ContactPerson, FieldOfActivity, Organisation
    from ngo_desktop.models.premises import Premises, Tenancy, TenancyPayment
    from ngo_desktop.models.sites import Closure, OpeningHours, Room, Site

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
    "load_all",
    "load_core",
]

# The classes that refer to one another across modules: loaded together, before any other module.
_LOADED_TOGETHER = ("sites", "organisations", "bookings", "centre")

# Name → the module that defines it, loaded on first use.
_LOADED_ON_FIRST_USE = {
    "Base": "base",
    **dict.fromkeys(("Closure", "OpeningHours", "Room", "Site"), "sites"),
    **dict.fromkeys(("ContactPerson", "FieldOfActivity", "Organisation"), "organisations"),
    **dict.fromkeys(("Booking", "BookingSeries"), "bookings"),
    "CentreProfile": "centre",
    **dict.fromkeys(("ApplicationDay", "Fair", "FairDay", "Landmark", "ProgrammeItem", "Stall", "StallAssignment",
                     "StallLayout", "StallPrice", "VendorApplication"), "fairs"),
    **dict.fromkeys(("Premises", "Tenancy", "TenancyPayment"), "premises"),
    "PrintedDocument": "documents",
    "AuditEntry": "audit",
}


def __getattr__(name: str) -> object:
    module = _LOADED_ON_FIRST_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_load(module), name)
    globals()[name] = value  # its module is complete: later look-ups find it without this function
    return value


def load_core() -> None:
    """Load the sites', registry's, bookings' and centre's classes, which every other model refers to."""
    _load("sites")


def load_all() -> None:
    """Load every model, so that ``Base.metadata`` holds every table."""
    for module in sorted(set(_LOADED_ON_FIRST_USE.values())):
        _load(module)


def _load(module: str) -> object:
    configure_lock = importlib.import_module("sqlalchemy.orm.mapper")._CONFIGURE_MUTEX
    # SQLAlchemy's configure lock (an RLock its declarative mapping takes as well, and the declarative
    # base's registry when it is made) is held while the modules are mapped: another thread's query
    # configures the mappers before or after them, never halfway. Always taken before a module's
    # import lock, never after it, so two threads loading at once never wait for each other in turn;
    # and a thread asking for a module another one is still mapping waits for it, rather than getting
    # the module half made.
    with configure_lock:
        if module != "base":
            for together in _LOADED_TOGETHER:
                importlib.import_module(f"{__name__}.{together}")
        return importlib.import_module(f"{__name__}.{module}")
