"""Pop-up premises let to new entrepreneurs, their tenancies and monthly payments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ngo_desktop.models.base import Base, UTCDateTime, enum_column, utcnow
from ngo_desktop.models.enums import ReductionKind
from ngo_desktop.models.organisations import Organisation


class Premises(Base):
    """An empty shop front or room let pop-up style. Money is per month in cents.

    ``max_tenants`` is how many tenancies may run at the same time (a shared salon has 2).
    """

    __tablename__ = "premises"
    __table_args__ = (
        CheckConstraint("max_tenants >= 1", name="at_least_one_tenant"),
        CheckConstraint(
            "base_rent_cents >= 0 AND electricity_cents >= 0 AND water_cents >= 0 AND heating_cents >= 0",
            name="money_not_negative",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300))
    area_m2: Mapped[float | None] = mapped_column(Float)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    owner_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    base_rent_cents: Mapped[int] = mapped_column(Integer, default=0)
    electricity_cents: Mapped[int] = mapped_column(Integer, default=0)
    water_cents: Mapped[int] = mapped_column(Integer, default=0)
    heating_cents: Mapped[int] = mapped_column(Integer, default=0)
    max_tenants: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    owner_organisation: Mapped[Organisation | None] = relationship()
    tenancies: Mapped[list[Tenancy]] = relationship(back_populates="premises", order_by="Tenancy.starts_on")

    __mapper_args__ = {"version_id_col": version}


class Tenancy(Base):
    """One tenant's term in a premises with its share of the rent and the municipal reduction.

    ``rent_share_percent`` is the tenant's share of the base rent and of the utilities.
    ``payment_due_day`` is the day of each month by which that month is to be paid, a term of the
    agreement (1–28, so that every month has it; 10 unless agreed otherwise).
    A reduction is either a percentage or a fixed monthly amount in cents, separately for
    rent and for utilities, with the municipal decision's number and date.
    """

    __tablename__ = "tenancy"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="ends_after_starts"),
        CheckConstraint("rent_share_percent BETWEEN 0 AND 100", name="share_is_percent"),
        CheckConstraint("rent_reduction >= 0 AND utilities_reduction >= 0", name="reduction_not_negative"),
        CheckConstraint("payment_due_day BETWEEN 1 AND 28", name="due_day_in_every_month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    premises_id: Mapped[int] = mapped_column(ForeignKey("premises.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    activity: Mapped[str] = mapped_column(String(300), default="")
    rent_share_percent: Mapped[int] = mapped_column(Integer, default=100)
    rent_reduction_kind: Mapped[ReductionKind] = mapped_column(enum_column(ReductionKind), default=ReductionKind.NONE)
    rent_reduction: Mapped[int] = mapped_column(Integer, default=0)
    utilities_reduction_kind: Mapped[ReductionKind] = mapped_column(
        enum_column(ReductionKind, name="utilities_reductionkind"), default=ReductionKind.NONE
    )
    utilities_reduction: Mapped[int] = mapped_column(Integer, default=0)
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    payment_due_day: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    ended_early_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    premises: Mapped[Premises] = relationship(back_populates="tenancies")
    organisation: Mapped[Organisation] = relationship()
    payments: Mapped[list[TenancyPayment]] = relationship(back_populates="tenancy", order_by="TenancyPayment.month")

    __mapper_args__ = {"version_id_col": version}


class TenancyPayment(Base):
    """What a tenant paid for one month (``month`` is the first day of that month)."""

    __tablename__ = "tenancy_payment"
    __table_args__ = (
        UniqueConstraint("tenancy_id", "month"),
        CheckConstraint("amount_cents >= 0", name="amount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancy.id"))
    month: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(300), default="")

    tenancy: Mapped[Tenancy] = relationship(back_populates="payments")
