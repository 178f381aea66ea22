# SPDX-License-Identifier: GPL-3.0-or-later
"""The same migration history on a real PostgreSQL 15 server."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from agentdesk.store import migrate
from agentdesk.store.models import Base

pytestmark = pytest.mark.server


# Tables only the team server has, kept by its own functions: ``privacy_dropped`` remembers the ids of
# an erased customer's rows the server refused (migration 0015), so their children are refused too.
SERVER_ONLY = {"privacy_dropped"}


def _server_only(difference: object) -> bool:
    return (
        isinstance(difference, tuple)
        and difference[0] == "remove_table"
        and getattr(difference[1], "name", None) in SERVER_ONLY
    )


def test_migrations_build_the_model_schema_on_postgresql(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            assert [d for d in differences if not _server_only(d)] == []
        insp = inspect(engine)
        assert set(insp.get_table_names()) == set(Base.metadata.tables) | {"alembic_version"} | SERVER_ONLY
        # Constraint names follow the naming convention, so later migrations can name them on both.
        checks = {c["name"] for c in insp.get_check_constraints("conversation")}
        assert {"ck_conversation_status", "ck_conversation_channel", "ck_conversation_tier"} <= checks
        assert insp.get_pk_constraint("message")["name"] == "pk_message"
        column = next(c for c in insp.get_columns("conversation") if c["name"] == "id")
        assert str(column["type"]) == "UUID"
    finally:
        engine.dispose()


def test_postgresql_downgrade_and_upgrade(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    try:
        migrate.upgrade(engine, "0001")
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "base")
        assert inspect(engine).get_table_names() == ["alembic_version"]
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
    finally:
        engine.dispose()
