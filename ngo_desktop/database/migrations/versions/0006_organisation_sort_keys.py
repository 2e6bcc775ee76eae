"""Organisations' stored sort keys recomputed: a trailing "fonds" or "biedrība" is now part of the name.

Until now „Līgatnes kopienas fonds” sorted as „Līgatnes kopienas” and so before „Līgatnes
kopienas centrs”; ``ngo_desktop.sorting.organisation_sort_key`` now drops only a leading legal form
and a trailing abbreviation (SIA, IK, AS, Z/S). The keys are read and written in batches by id, so
a registry of thousands of organisations is upgraded in one pass without loading it whole.

Revision ID: 0006_organisation_sort_keys
Revises: 0005_people_and_roles
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ngo_desktop.sorting import organisation_sort_key

revision: str = "0006_organisation_sort_keys"
down_revision: str | None = "0005_people_and_roles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 2000
_organisation = sa.table("organisation", sa.column("id", sa.Integer), sa.column("name", sa.String),
                         sa.column("sort_key", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    last_id = 0
    while True:
        rows = connection.execute(
            sa.select(_organisation.c.id, _organisation.c.name, _organisation.c.sort_key)
            .where(_organisation.c.id > last_id).order_by(_organisation.c.id).limit(_BATCH)).all()
        if not rows:
            return
        changed = [{"row_id": row.id, "new_key": organisation_sort_key(row.name)} for row in rows
                   if organisation_sort_key(row.name) != row.sort_key]
        if changed:
            connection.execute(
                _organisation.update().where(_organisation.c.id == sa.bindparam("row_id"))
                .values(sort_key=sa.bindparam("new_key")), changed)
        last_id = rows[-1].id


def downgrade() -> None:
    """The old keys differ only in the order of a few names; keeping the new ones is harmless."""
