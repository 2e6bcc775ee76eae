"""The day each month's rent falls due is a term of each tenancy, not one day for all.

Until now every pop-up month counted as unpaid after the 10th. An agreement may name another day
(the 15th, the 25th), so ``tenancy.payment_due_day`` holds it: 1–28, so that every month has that
day. The tenancies stored so far keep the 10th, which is what they were reminded on until now.

Revision ID: 0009_tenancy_payment_due_day
Revises: 0008_contact_sort_keys
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_tenancy_payment_due_day"
down_revision: str | None = "0008_contact_sort_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONSTRAINT = "ck_tenancy_due_day_in_every_month"


def upgrade() -> None:
    with op.batch_alter_table("tenancy") as batch:
        batch.add_column(sa.Column("payment_due_day", sa.Integer(), nullable=False, server_default="10"))
        batch.create_check_constraint(op.f(CONSTRAINT), "payment_due_day BETWEEN 1 AND 28")


def downgrade() -> None:
    with op.batch_alter_table("tenancy") as batch:
        batch.drop_constraint(op.f(CONSTRAINT), type_="check")
        batch.drop_column("payment_due_day")
