"""An organisation's logo, printed on the flyers of the fairs it partners.

Revision ID: 0002_organisation_logo
Revises: 0001_initial
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_organisation_logo"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("logo_png", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("logo_png")
