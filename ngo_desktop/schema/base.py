"""The metadata every table is registered in, shared column types and the constraint naming convention.

The naming convention gives every constraint a stable name, which Alembic needs to alter
tables on SQLite (batch mode) and to write migrations that run the same on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import DateTime, Enum, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An instant stored as naive UTC and always returned as an aware UTC datetime.

    SQLite has no time zone type, so naive UTC in the file and aware values in Python keep
    both databases identical; a naive value handed in is a programming error.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column; convert with timeutil first")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def enum_column(enum_class: type[enum.Enum], length: int = 24, *, name: str | None = None) -> Enum:
    """A portable enum: VARCHAR plus a CHECK constraint holding the enum's values.

    ``name`` names the CHECK constraint; give one when a table has two columns of the same enum,
    since PostgreSQL needs constraint names unique within a table.
    """
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=True,
        length=length,
        values_callable=lambda members: [member.value for member in members],
        name=name or enum_class.__name__.lower(),
        validate_strings=True,
    )


def sort_key_column_type() -> String:
    """Sort keys are compared byte by byte; PostgreSQL must not apply its locale collation."""
    return String(400).with_variant(String(400, collation="C"), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
