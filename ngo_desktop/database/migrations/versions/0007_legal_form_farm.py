"""A legal form of its own for a farm (zemnieku saimniecība, Z/S).

Until now a farm could only be stored as "other form", so lists and exports wrote "cita forma" for
„Z/S Medus pūrs” while SIA and IK had their own words. The CHECK constraint of the legal form now
allows ``farm``, and organisations stored as "other form" whose name begins with Z/S or with
"zemnieku saimniecība" become farms (the only reading those names have).

Revision ID: 0007_legal_form_farm
Revises: 0006_organisation_sort_keys
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007_legal_form_farm"
down_revision: str | None = "0006_organisation_sort_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONSTRAINT = "ck_organisation_legalform"
BEFORE = ("association", "foundation", "limited_company", "individual_merchant", "self_employed",
          "municipal_institution", "religious", "informal_group", "other")
AFTER = (*BEFORE, "farm")
# Names as people write them: "Z/S „Medus pūrs”", "z/s Ābeles", "Zemnieku saimniecība „Lejas”".
# SQLite's lower() changes only ASCII letters, which is all these prefixes need.
FARM_NAMES = "lower(name) LIKE 'z/s %' OR lower(name) LIKE 'zemnieku saimniecība%'"


def _allow(values: tuple[str, ...]) -> None:
    listed = ", ".join(f"'{value}'" for value in values)
    with op.batch_alter_table("organisation") as batch:
        batch.drop_constraint(op.f(CONSTRAINT), type_="check")
        batch.create_check_constraint(op.f(CONSTRAINT), f"legal_form IN ({listed})")


def upgrade() -> None:
    _allow(AFTER)
    op.execute(f"UPDATE organisation SET legal_form = 'farm' WHERE legal_form = 'other' AND ({FARM_NAMES})")


def downgrade() -> None:
    op.execute("UPDATE organisation SET legal_form = 'other' WHERE legal_form = 'farm'")
    _allow(BEFORE)
