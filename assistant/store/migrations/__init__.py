"""Alembic migrations for the Cloze store (run programmatically by `Store.create_schema`)."""
