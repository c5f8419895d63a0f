"""Alembic environment: always driven from Python with a live connection (see assistant.store.migrate)."""
from __future__ import annotations

from alembic import context

from assistant.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run Cloze migrations through assistant.store (Store.create_schema / `cloze serve`), "
                       "which passes the database connection")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
