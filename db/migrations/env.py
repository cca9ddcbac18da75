"""Alembic environment: Pantau always hands in an open connection (see db.migrate)."""

from __future__ import annotations

from alembic import context

import db.models  # noqa: F401  (registers every table)
from db.base import Base

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)

with context.begin_transaction():
    context.run_migrations()
