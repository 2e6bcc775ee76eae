"""Pop-up premises let to new entrepreneurs, their tenancies and monthly payments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Mapped, relationship

from ngo_desktop.models.base import Base
from ngo_desktop.models.organisations import Organisation
from ngo_desktop.schema.enums import ReductionKind
from ngo_desktop.schema.premises import premises_table, tenancy_payment_table, tenancy_table


class Premises(Base):
    """An empty shop front or room let pop-up style. Money is per month in cents.

    ``max_tenants`` is how many tenancies may run at the same time (a shared salon has 2).
    """

    __table__ = premises_table

    id: Mapped[int]
    name: Mapped[str]
    address: Mapped[str]
    area_m2: Mapped[float | None]
    photo: Mapped[bytes | None]
    owner_organisation_id: Mapped[int | None]
    owner_name: Mapped[str]
    base_rent_cents: Mapped[int]
    electricity_cents: Mapped[int]
    water_cents: Mapped[int]
    heating_cents: Mapped[int]
    max_tenants: Mapped[int]
    notes: Mapped[str]
    archived: Mapped[bool]
    created_at: Mapped[dt.datetime]
    version: Mapped[int]

    owner_organisation: Mapped[Organisation | None] = relationship()
    tenancies: Mapped[list[Tenancy]] = relationship(back_populates="premises", order_by="Tenancy.starts_on")

    __mapper_args__ = {"version_id_col": premises_table.c.version}


class Tenancy(Base):
    """One tenant's term in a premises with its share of the rent and the municipal reduction.

    ``rent_share_percent`` is the tenant's share of the base rent and of the utilities.
    ``payment_due_day`` is the day of each month by which that month is to be paid, a term of the
    agreement (1–28, so that every month has it; 10 unless agreed otherwise).
    A reduction is either a percentage or a fixed monthly amount in cents, separately for
    rent and for utilities, with the municipal decision's number and date.
    """

    __table__ = tenancy_table

    id: Mapped[int]
    premises_id: Mapped[int]
    organisation_id: Mapped[int]
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date]
    activity: Mapped[str]
    rent_share_percent: Mapped[int]
    rent_reduction_kind: Mapped[ReductionKind]
    rent_reduction: Mapped[int]
    utilities_reduction_kind: Mapped[ReductionKind]
    utilities_reduction: Mapped[int]
    decision_number: Mapped[str]
    decision_date: Mapped[dt.date | None]
    payment_due_day: Mapped[int]
    ended_early_on: Mapped[dt.date | None]
    notes: Mapped[str]
    created_at: Mapped[dt.datetime]
    version: Mapped[int]

    premises: Mapped[Premises] = relationship(back_populates="tenancies")
    organisation: Mapped[Organisation] = relationship()
    payments: Mapped[list[TenancyPayment]] = relationship(back_populates="tenancy", order_by="TenancyPayment.month")

    __mapper_args__ = {"version_id_col": tenancy_table.c.version}


class TenancyPayment(Base):
    """What a tenant paid for one month (``month`` is the first day of that month)."""

    __table__ = tenancy_payment_table

    id: Mapped[int]
    tenancy_id: Mapped[int]
    month: Mapped[dt.date]
    amount_cents: Mapped[int]
    paid_on: Mapped[dt.date]
    note: Mapped[str]

    tenancy: Mapped[Tenancy] = relationship(back_populates="payments")
