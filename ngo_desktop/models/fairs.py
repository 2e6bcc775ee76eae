"""Fairs and markets: their days and programme, stall layouts, vendor applications and stalls."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Mapped, relationship

from ngo_desktop.models.base import Base
from ngo_desktop.models.organisations import ContactPerson, Organisation
from ngo_desktop.schema.enums import (
    ApplicationStatus,
    CheckIn,
    FairKind,
    LandmarkKind,
    PaymentStatus,
    VendorCategory,
)
from ngo_desktop.schema.fairs import (
    application_day_table,
    fair_day_table,
    fair_partner_table,
    fair_table,
    landmark_table,
    programme_item_table,
    stall_assignment_table,
    stall_layout_table,
    stall_price_table,
    stall_table,
    vendor_application_table,
)


class StallLayout(Base):
    """A plan of stalls and landmarks in metres, reusable by several fairs."""

    __table__ = stall_layout_table

    id: Mapped[int]
    name: Mapped[str]
    width_m: Mapped[float]
    depth_m: Mapped[float]
    notes: Mapped[str]
    created_at: Mapped[dt.datetime]

    stalls: Mapped[list[Stall]] = relationship(back_populates="layout", cascade="all, delete-orphan")
    landmarks: Mapped[list[Landmark]] = relationship(back_populates="layout", cascade="all, delete-orphan")


class Stall(Base):
    """A numbered stall on a layout; position and size in metres, rotation in degrees."""

    __table__ = stall_table

    id: Mapped[int]
    layout_id: Mapped[int]
    number: Mapped[str]
    sort_order: Mapped[int]
    x_m: Mapped[float]
    y_m: Mapped[float]
    width_m: Mapped[float]
    depth_m: Mapped[float]
    rotation_deg: Mapped[float]
    has_power: Mapped[bool]
    has_table: Mapped[bool]
    under_cover: Mapped[bool]
    archived: Mapped[bool]

    layout: Mapped[StallLayout] = relationship(back_populates="stalls")


class Landmark(Base):
    """A labelled area on a plan that is not a stall: stage, entrance, toilets."""

    __table__ = landmark_table

    id: Mapped[int]
    layout_id: Mapped[int]
    kind: Mapped[LandmarkKind]
    label: Mapped[str]
    x_m: Mapped[float]
    y_m: Mapped[float]
    width_m: Mapped[float]
    depth_m: Mapped[float]
    rotation_deg: Mapped[float]

    layout: Mapped[StallLayout] = relationship(back_populates="landmarks")


class Fair(Base):
    """A fair or market, at one of the centre's sites or at an address such as a town square."""

    __table__ = fair_table

    id: Mapped[int]
    name: Mapped[str]
    kind: Mapped[FairKind]
    site_id: Mapped[int | None]
    address: Mapped[str]
    description: Mapped[str]
    web_url: Mapped[str]
    opens: Mapped[dt.time]
    closes: Mapped[dt.time]
    repeat_rule: Mapped[str]
    layout_id: Mapped[int | None]
    archived: Mapped[bool]
    created_at: Mapped[dt.datetime]
    version: Mapped[int]

    days: Mapped[list[FairDay]] = relationship(
        back_populates="fair", order_by="FairDay.day", cascade="all, delete-orphan"
    )
    layout: Mapped[StallLayout | None] = relationship()
    partners: Mapped[list[Organisation]] = relationship(secondary=fair_partner_table)
    prices: Mapped[list[StallPrice]] = relationship(back_populates="fair", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": fair_table.c.version}


class FairDay(Base):
    __table__ = fair_day_table

    id: Mapped[int]
    fair_id: Mapped[int]
    day: Mapped[dt.date]
    opens: Mapped[dt.time]
    closes: Mapped[dt.time]
    cancelled: Mapped[bool]

    fair: Mapped[Fair] = relationship(back_populates="days")
    programme: Mapped[list[ProgrammeItem]] = relationship(
        back_populates="fair_day", order_by="ProgrammeItem.starts", cascade="all, delete-orphan"
    )


class ProgrammeItem(Base):
    """A concert, a fashion show or another item of a fair day's programme."""

    __table__ = programme_item_table

    id: Mapped[int]
    fair_day_id: Mapped[int]
    starts: Mapped[dt.time]
    ends: Mapped[dt.time | None]
    title: Mapped[str]
    performer: Mapped[str]

    fair_day: Mapped[FairDay] = relationship(back_populates="programme")


class StallPrice(Base):
    """The fee for a stall of a given size for one day, in cents."""

    __table__ = stall_price_table

    id: Mapped[int]
    fair_id: Mapped[int]
    width_m: Mapped[float]
    depth_m: Mapped[float]
    price_cents: Mapped[int]

    fair: Mapped[Fair] = relationship(back_populates="prices")


class VendorApplication(Base):
    """An organisation's application to sell at a fair; its per-day status lives in ApplicationDay."""

    __table__ = vendor_application_table

    id: Mapped[int]
    fair_id: Mapped[int]
    organisation_id: Mapped[int]
    contact_person_id: Mapped[int | None]
    goods: Mapped[str]
    category: Mapped[VendorCategory]
    needs_power: Mapped[bool]
    notes: Mapped[str]
    applied_at: Mapped[dt.datetime]
    version: Mapped[int]

    organisation: Mapped[Organisation] = relationship()
    contact_person: Mapped[ContactPerson | None] = relationship()
    days: Mapped[list[ApplicationDay]] = relationship(back_populates="application", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": vendor_application_table.c.version}


class ApplicationDay(Base):
    """A vendor's status, fee and payment for one day of a fair.

    ``waitlist_position`` orders the waitlist; ``fee_reduction_reason`` records why a fee
    was waived or reduced (e.g. a charity NGO).
    """

    __table__ = application_day_table

    id: Mapped[int]
    application_id: Mapped[int]
    fair_day_id: Mapped[int]
    status: Mapped[ApplicationStatus]
    waitlist_position: Mapped[int | None]
    fee_cents: Mapped[int]
    fee_reduction_reason: Mapped[str]
    payment_status: Mapped[PaymentStatus]
    paid_on: Mapped[dt.date | None]
    check_in: Mapped[CheckIn | None]
    offered_at: Mapped[dt.datetime | None]

    application: Mapped[VendorApplication] = relationship(back_populates="days")
    fair_day: Mapped[FairDay] = relationship()
    assignment: Mapped[StallAssignment | None] = relationship(back_populates="application_day")


class StallAssignment(Base):
    """A vendor on a stall for one fair day: one vendor per stall and day, one stall per vendor and day."""

    __table__ = stall_assignment_table

    id: Mapped[int]
    application_day_id: Mapped[int]
    fair_day_id: Mapped[int]
    stall_id: Mapped[int]
    assigned_at: Mapped[dt.datetime]

    application_day: Mapped[ApplicationDay] = relationship(back_populates="assignment")
    stall: Mapped[Stall] = relationship()
