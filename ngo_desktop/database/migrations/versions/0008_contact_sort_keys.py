"""Contact people get a stored Latvian sort key, so the registry sorts by main contact in Latvian order.

Until now the list sorted the main contact by ``lower(name)``: byte order on SQLite (Ābele after
Zariņš) and the server's collation on PostgreSQL. ``contact_person.sort_key`` holds
``ngo_desktop.sorting.sort_key(name)`` like the organisations' keys; the column is added empty and
the keys are written in batches by id, as 0006 did for organisations, so thousands of contact people
are upgraded in one pass without loading them whole. A forgotten person's key is that of the
placeholder name the row already holds. No new index: the list's lookup of each organisation's
main contact already goes by the organisation's index, and on the 5,000-organisation bench an index
holding the 400-character keys saved about 1 of 8 ms of CPU, not worth its size and writes.

Revision ID: 0008_contact_sort_keys
Revises: 0007_legal_form_farm
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ngo_desktop.sorting import sort_key

revision: str = "0008_contact_sort_keys"
down_revision: str | None = "0007_legal_form_farm"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 2000
_contact = sa.table("contact_person", sa.column("id", sa.Integer), sa.column("name", sa.String),
                    sa.column("sort_key", sa.String))


def upgrade() -> None:
    # The empty default only fills the existing rows until their keys are written just below;
    # every row the program writes carries its key.
    with op.batch_alter_table("contact_person") as batch:
        batch.add_column(sa.Column(
            "sort_key", sa.String(400).with_variant(sa.String(400, collation="C"), "postgresql"),
            nullable=False, server_default=""))
    connection = op.get_bind()
    last_id = 0
    while True:
        rows = connection.execute(
            sa.select(_contact.c.id, _contact.c.name, _contact.c.sort_key)
            .where(_contact.c.id > last_id).order_by(_contact.c.id).limit(_BATCH)).all()
        if not rows:
            break
        changed = [{"row_id": row.id, "new_key": sort_key(row.name)} for row in rows
                   if sort_key(row.name) != row.sort_key]
        if changed:
            connection.execute(
                _contact.update().where(_contact.c.id == sa.bindparam("row_id"))
                .values(sort_key=sa.bindparam("new_key")), changed)
        last_id = rows[-1].id


def downgrade() -> None:
    with op.batch_alter_table("contact_person") as batch:
        batch.drop_column("sort_key")
