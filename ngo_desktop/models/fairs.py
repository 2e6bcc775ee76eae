"""Fairs and markets: their days and programme, stall layouts, vendor applications and stalls."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ngo_desktop.models.base import Base, UTCDateTime, enum_column, utcnow
from ngo_desktop.models.enums import (
    ApplicationStatus,
    CheckIn,
    FairKind,
    LandmarkKind,
    PaymentStatus,
    VendorCategory,
)
from ngo_desktop.models.organisations import ContactPerson, Organisation

fair_partner = Table(
    "fair_partner",
    Base.metadata,
    Column("fair_id", ForeignKey("fair.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisation.id"), primary_key=True),
)


class StallLayout(Base):
    """A plan of stalls and landmarks in metres, reusable by several fairs."""

    __tablename__ = "stall_layout"
    __table_args__ = (CheckConstraint("width_m > 0 AND depth_m > 0", name="positive_size"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    width_m: Mapped[float] = mapped_column(Float, default=50.0)
    depth_m: Mapped[float] = mapped_column(Float, default=30.0)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    stalls: Mapped[list[Stall]] = relationship(back_populates="layout", cascade="all, delete-orphan")
    landmarks: Mapped[list[Landmark]] = relationship(back_populates="layout", cascade="all, delete-orphan")


class Stall(Base):
    """A numbered stall on a layout; position and size in metres, rotation in degrees."""

    __tablename__ = "stall"
    __table_args__ = (
        UniqueConstraint("layout_id", "number"),
        CheckConstraint("width_m > 0 AND depth_m > 0", name="positive_size"),
        # The services keep a stall inside its plan; the database at least refuses a negative place.
        CheckConstraint("x_m >= 0 AND y_m >= 0", name="position_on_plan"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    layout_id: Mapped[int] = mapped_column(ForeignKey("stall_layout.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(20))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    x_m: Mapped[float] = mapped_column(Float, default=0.0)
    y_m: Mapped[float] = mapped_column(Float, default=0.0)
    width_m: Mapped[float] = mapped_column(Float, default=3.0)
    depth_m: Mapped[float] = mapped_column(Float, default=3.0)
    rotation_deg: Mapped[float] = mapped_column(Float, default=0.0)
    has_power: Mapped[bool] = mapped_column(Boolean, default=False)
    has_table: Mapped[bool] = mapped_column(Boolean, default=False)
    under_cover: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    layout: Mapped[StallLayout] = relationship(back_populates="stalls")


class Landmark(Base):
    """A labelled area on a plan that is not a stall: stage, entrance, toilets."""

    __tablename__ = "landmark"
    __table_args__ = (CheckConstraint("x_m >= 0 AND y_m >= 0", name="position_on_plan"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    layout_id: Mapped[int] = mapped_column(ForeignKey("stall_layout.id", ondelete="CASCADE"), index=True)
    kind: Mapped[LandmarkKind] = mapped_column(enum_column(LandmarkKind), default=LandmarkKind.OTHER)
    label: Mapped[str] = mapped_column(String(120), default="")
    x_m: Mapped[float] = mapped_column(Float, default=0.0)
    y_m: Mapped[float] = mapped_column(Float, default=0.0)
    width_m: Mapped[float] = mapped_column(Float, default=4.0)
    depth_m: Mapped[float] = mapped_column(Float, default=4.0)
    rotation_deg: Mapped[float] = mapped_column(Float, default=0.0)

    layout: Mapped[StallLayout] = relationship(back_populates="landmarks")


class Fair(Base):
    """A fair or market, at one of the centre's sites or at an address such as a town square."""

    __tablename__ = "fair"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[FairKind] = mapped_column(enum_column(FairKind), default=FairKind.MARKET_DAY)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))
    address: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    web_url: Mapped[str] = mapped_column(String(300), default="")
    opens: Mapped[dt.time] = mapped_column(Time, default=dt.time(9, 0))
    closes: Mapped[dt.time] = mapped_column(Time, default=dt.time(15, 0))
    repeat_rule: Mapped[str] = mapped_column(String(500), default="")
    layout_id: Mapped[int | None] = mapped_column(ForeignKey("stall_layout.id"))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    days: Mapped[list[FairDay]] = relationship(
        back_populates="fair", order_by="FairDay.day", cascade="all, delete-orphan"
    )
    layout: Mapped[StallLayout | None] = relationship()
    partners: Mapped[list[Organisation]] = relationship(secondary=fair_partner)
    prices: Mapped[list[StallPrice]] = relationship(back_populates="fair", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class FairDay(Base):
    __tablename__ = "fair_day"
    __table_args__ = (UniqueConstraint("fair_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    fair_id: Mapped[int] = mapped_column(ForeignKey("fair.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    opens: Mapped[dt.time] = mapped_column(Time)
    closes: Mapped[dt.time] = mapped_column(Time)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)

    fair: Mapped[Fair] = relationship(back_populates="days")
    programme: Mapped[list[ProgrammeItem]] = relationship(
        back_populates="fair_day", order_by="ProgrammeItem.starts", cascade="all, delete-orphan"
    )


class ProgrammeItem(Base):
    """A concert, a fashion show or another item of a fair day's programme."""

    __tablename__ = "programme_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    fair_day_id: Mapped[int] = mapped_column(ForeignKey("fair_day.id", ondelete="CASCADE"), index=True)
    starts: Mapped[dt.time] = mapped_column(Time)
    ends: Mapped[dt.time | None] = mapped_column(Time)
    title: Mapped[str] = mapped_column(String(300))
    performer: Mapped[str] = mapped_column(String(300), default="")

    fair_day: Mapped[FairDay] = relationship(back_populates="programme")


class StallPrice(Base):
    """The fee for a stall of a given size for one day, in cents."""

    __tablename__ = "stall_price"
    __table_args__ = (
        UniqueConstraint("fair_id", "width_m", "depth_m"),
        CheckConstraint("price_cents >= 0", name="price_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    fair_id: Mapped[int] = mapped_column(ForeignKey("fair.id", ondelete="CASCADE"))
    width_m: Mapped[float] = mapped_column(Float)
    depth_m: Mapped[float] = mapped_column(Float)
    price_cents: Mapped[int] = mapped_column(Integer)

    fair: Mapped[Fair] = relationship(back_populates="prices")


class VendorApplication(Base):
    """An organisation's application to sell at a fair; its per-day status lives in ApplicationDay."""

    __tablename__ = "vendor_application"
    __table_args__ = (UniqueConstraint("fair_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    fair_id: Mapped[int] = mapped_column(ForeignKey("fair.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id"))
    goods: Mapped[str] = mapped_column(String(500), default="")
    category: Mapped[VendorCategory] = mapped_column(enum_column(VendorCategory), default=VendorCategory.OTHER)
    needs_power: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    applied_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    organisation: Mapped[Organisation] = relationship()
    contact_person: Mapped[ContactPerson | None] = relationship()
    days: Mapped[list[ApplicationDay]] = relationship(back_populates="application", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class ApplicationDay(Base):
    """A vendor's status, fee and payment for one day of a fair.

    ``waitlist_position`` orders the waitlist; ``fee_reduction_reason`` records why a fee
    was waived or reduced (e.g. a charity NGO).
    """

    __tablename__ = "application_day"
    __table_args__ = (
        UniqueConstraint("application_id", "fair_day_id"),
        CheckConstraint("fee_cents >= 0", name="fee_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("vendor_application.id", ondelete="CASCADE"))
    fair_day_id: Mapped[int] = mapped_column(ForeignKey("fair_day.id"), index=True)
    status: Mapped[ApplicationStatus] = mapped_column(
        enum_column(ApplicationStatus), default=ApplicationStatus.APPLIED
    )
    waitlist_position: Mapped[int | None] = mapped_column(Integer)
    fee_cents: Mapped[int] = mapped_column(Integer, default=0)
    fee_reduction_reason: Mapped[str] = mapped_column(String(300), default="")
    payment_status: Mapped[PaymentStatus] = mapped_column(enum_column(PaymentStatus), default=PaymentStatus.UNPAID)
    paid_on: Mapped[dt.date | None] = mapped_column(Date)
    check_in: Mapped[CheckIn | None] = mapped_column(enum_column(CheckIn))
    offered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    application: Mapped[VendorApplication] = relationship(back_populates="days")
    fair_day: Mapped[FairDay] = relationship()
    assignment: Mapped[StallAssignment | None] = relationship(back_populates="application_day")


class StallAssignment(Base):
    """A vendor on a stall for one fair day: one vendor per stall and day, one stall per vendor and day."""

    __tablename__ = "stall_assignment"
    __table_args__ = (UniqueConstraint("fair_day_id", "stall_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_day_id: Mapped[int] = mapped_column(
        ForeignKey("application_day.id", ondelete="CASCADE"), unique=True
    )
    fair_day_id: Mapped[int] = mapped_column(ForeignKey("fair_day.id"), index=True)
    stall_id: Mapped[int] = mapped_column(ForeignKey("stall.id"))
    assigned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    application_day: Mapped[ApplicationDay] = relationship(back_populates="assignment")
    stall: Mapped[Stall] = relationship()
