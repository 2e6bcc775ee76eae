"""Alembic migrations, shipped inside the package so an installed program can upgrade its database."""
