"""Alembic environment: runs on the connection handed in by ngo_desktop.database.core (or a URL from the config)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from ngo_desktop.database import roles
from ngo_desktop.models import Base, load_all

config = context.config
load_all()  # autogenerate compares every table
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as own_connection:
        _run(own_connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=roles.in_models,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
