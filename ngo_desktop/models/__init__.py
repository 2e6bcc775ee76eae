"""SQLAlchemy 2 typed models of everything the centre keeps. No Qt, no business rules."""

from ngo_desktop.models.audit import AuditEntry
from ngo_desktop.models.base import Base, UTCDateTime
from ngo_desktop.models.bookings import Booking, BookingSeries
from ngo_desktop.models.centre import CentreProfile
from ngo_desktop.models.documents import PrintedDocument
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
from ngo_desktop.models.organisations import ContactPerson, FieldOfActivity, Organisation, organisation_field
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
    "fair_partner",
    "organisation_field",
]
