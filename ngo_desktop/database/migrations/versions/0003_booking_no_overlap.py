"""On PostgreSQL the database itself refuses two blocking bookings of one room that overlap.

The services check overlaps first (and name the other booking); this exclusion constraint is the
last word when two front desks save at the same moment. ``blocked_from``/``blocked_until`` are
naive UTC timestamps (schema.base.UTCDateTime), hence ``tsrange``; half-open like the services.
SQLite has no such constraint: there writers are serialised by BEGIN IMMEDIATE instead.

Revision ID: 0003_booking_no_overlap
Revises: 0002_organisation_logo
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003_booking_no_overlap"
down_revision: str | None = "0002_organisation_logo"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONSTRAINT_NAME = "ex_booking_room_no_overlap"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # btree_gist lets a GiST index compare the plain integer room_id with "=" (a trusted extension:
    # the database owner may create it without being a superuser).
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    op.execute(
        f"ALTER TABLE booking ADD CONSTRAINT {CONSTRAINT_NAME} EXCLUDE USING gist "
        "(room_id WITH =, tsrange(blocked_from, blocked_until, '[)') WITH &&) "
        "WHERE (status IN ('provisional', 'confirmed'))"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE booking DROP CONSTRAINT IF EXISTS {CONSTRAINT_NAME}")
