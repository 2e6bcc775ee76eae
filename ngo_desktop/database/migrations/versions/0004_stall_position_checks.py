"""Stalls and landmarks lie on their plan: the database refuses a negative position.

A quick drag in the plan editor could store a stall off the plan (e.g. at (−14.5, −12.5) m, issue
#11). The services now clamp every position to the plan; this revision first moves what was stored
off the plan back onto it (the same rule: the unturned rectangle inside the plan, or at 0 when it is
bigger than the plan) and then adds CHECK constraints so that no negative position is stored again.
"Not beyond the plan's width and depth" needs the plan's size from another table, which a CHECK
cannot read: that part stays with the services.

Revision ID: 0004_stall_position_checks
Revises: 0003_booking_no_overlap
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004_stall_position_checks"
down_revision: str | None = "0003_booking_no_overlap"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("stall", "landmark")
CONSTRAINT = "position_on_plan"


def _move_onto_plan(table: str) -> None:
    for position, size, plan_size in (("x_m", "width_m", "width_m"), ("y_m", "depth_m", "depth_m")):
        plan_limit = (f"(SELECT stall_layout.{plan_size} - {table}.{size} FROM stall_layout "
                      f"WHERE stall_layout.id = {table}.layout_id)")
        op.execute(f"UPDATE {table} SET {position} = {plan_limit} "
                   f"WHERE {position} > {plan_limit}")
        op.execute(f"UPDATE {table} SET {position} = 0 WHERE {position} < 0")


def upgrade() -> None:
    for table in TABLES:
        _move_onto_plan(table)
        with op.batch_alter_table(table) as batch:
            batch.create_check_constraint(op.f(f"ck_{table}_{CONSTRAINT}"), "x_m >= 0 AND y_m >= 0")


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(op.f(f"ck_{table}_{CONSTRAINT}"), type_="check")
