"""The closed sets of values the data model uses, stored as their string values."""

from __future__ import annotations

import enum


class OrganisationKind(enum.StrEnum):
    NGO = "ngo"
    ENTREPRENEUR = "entrepreneur"
    MUNICIPAL = "municipal"
    OTHER = "other"


class LegalForm(enum.StrEnum):
    ASSOCIATION = "association"  # biedrība
    FOUNDATION = "foundation"  # nodibinājums
    LIMITED_COMPANY = "limited_company"  # SIA
    INDIVIDUAL_MERCHANT = "individual_merchant"  # IK
    SELF_EMPLOYED = "self_employed"  # saimnieciskās darbības veicējs
    MUNICIPAL_INSTITUTION = "municipal_institution"  # pašvaldības iestāde
    RELIGIOUS = "religious"  # reliģiska organizācija
    INFORMAL_GROUP = "informal_group"  # neformāla grupa
    OTHER = "other"
    FARM = "farm"  # zemnieku saimniecība (Z/S); added in migration 0007


class MembershipStatus(enum.StrEnum):
    NONE = "none"
    MEMBER = "member"
    LAPSED = "lapsed"


class BookingStatus(enum.StrEnum):
    ENQUIRY = "enquiry"
    PROVISIONAL = "provisional"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class PaymentStatus(enum.StrEnum):
    NOT_DUE = "not_due"  # free of charge, nothing to pay
    UNPAID = "unpaid"
    PAID = "paid"
    WAIVED = "waived"


class FairKind(enum.StrEnum):
    CHARITY_FAIR = "charity_fair"
    SEASONAL_MARKET = "seasonal_market"
    MARKET_DAY = "market_day"
    OTHER = "other"


class VendorCategory(enum.StrEnum):
    HANDICRAFT = "handicraft"
    FOOD = "food"
    SECOND_HAND = "second_hand"
    SERVICES = "services"
    INFORMATION = "information"
    PLANTS = "plants"
    OTHER = "other"


class ApplicationStatus(enum.StrEnum):
    APPLIED = "applied"
    ACCEPTED = "accepted"
    WAITLISTED = "waitlisted"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class CheckIn(enum.StrEnum):
    ARRIVED = "arrived"
    NO_SHOW = "no_show"


class LandmarkKind(enum.StrEnum):
    STAGE = "stage"
    ENTRANCE = "entrance"
    TOILETS = "toilets"
    INFORMATION = "information"
    POWER = "power"
    OTHER = "other"


class ReductionKind(enum.StrEnum):
    NONE = "none"
    PERCENT = "percent"
    FIXED = "fixed"  # a fixed amount in cents off per month


class AuditAction(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"
    CANCEL = "cancel"
    DELETE = "delete"
    ANONYMISE = "anonymise"
    IMPORT = "import"
    ASSIGN = "assign"
    UNASSIGN = "unassign"
    PRINT = "print"
