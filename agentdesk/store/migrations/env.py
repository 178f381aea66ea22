# SPDX-License-Identifier: GPL-3.0-or-later
"""Alembic environment: the connection comes from ``agentdesk.store.migrate``."""

from __future__ import annotations

from alembic import context

from agentdesk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("Run migrations through 'agentdesk db upgrade'.")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the FTS5 tables (made by hand in 0002, not in the models) out of autogenerate."""
    return not (type_ == "table" and name is not None and "_fts" in name)


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=include_name,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
