"""People and permissions on a shared PostgreSQL database (issue #18).

On PostgreSQL: the people table (login -> person's name), the audit log's ``login`` column that
the server fills with the session's login (a trigger, so no desk can type it), and the group roles
``<database>_administrator``, ``_desk`` and ``_volunteer`` with their GRANTs (ngo_desktop/roles.py).
Creating roles needs CREATEROLE: an owner without it gets everything but the roles, a warning
saying what to do, and an upgrade that still succeeds. On SQLite nothing changes: the computer's
account is the boundary there.

Revision ID: 0005_people_and_roles
Revises: 0004_stall_position_checks
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

from ngo_desktop.database import roles

revision: str = "0005_people_and_roles"
down_revision: str | None = "0004_stall_position_checks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    roles.set_up(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    # The group roles stay: they are cluster-wide and may still hold people; dropping them is a
    # superuser's decision. The people's names and the audit logins go with this revision.
    connection.execute(text("DROP TRIGGER IF EXISTS audit_entry_login ON audit_entry"))
    connection.execute(text("DROP FUNCTION IF EXISTS audit_entry_login()"))
    connection.execute(text("ALTER TABLE audit_entry DROP COLUMN IF EXISTS login"))
    connection.execute(text(f"DROP TABLE IF EXISTS {roles.PEOPLE_TABLE}"))
