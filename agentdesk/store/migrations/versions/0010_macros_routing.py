# SPDX-License-Identifier: GPL-3.0-or-later
"""macros, routing rules and the agents' availability

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import agentdesk.store.models

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.Column("deleted_at", agentdesk.store.models.UtcDateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "macro",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("owner_agent_id", sa.Uuid(), nullable=True),
        sa.Column("actions", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("usage_count", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        *_sync_columns(),
        sa.CheckConstraint("scope IN ('personal', 'team', 'everyone')", name=op.f("ck_macro_scope")),
        sa.ForeignKeyConstraint(["owner_agent_id"], ["agent.id"], name=op.f("fk_macro_owner_agent_id_agent")),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_macro_team_id_team")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_macro")),
    )
    op.create_index("ix_macro_position", "macro", ["position", "name"], unique=False)
    op.create_table(
        "routing_rule",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("triggers", sa.JSON(), nullable=False),
        sa.Column("conditions", sa.JSON(), nullable=False),
        sa.Column("actions", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routing_rule")),
    )
    op.create_index("ix_routing_rule_position", "routing_rule", ["position", "name"], unique=False)
    op.create_table(
        "agent_availability",
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("since", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.Column("last_assigned_at", agentdesk.store.models.UtcDateTime(), nullable=True),
        *_sync_columns(),
        sa.CheckConstraint(
            "status IN ('available', 'busy', 'away')", name=op.f("ck_agent_availability_status")
        ),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agent.id"], name=op.f("fk_agent_availability_agent_id_agent")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agent_availability")),
        sa.UniqueConstraint("agent_id", name=op.f("uq_agent_availability_agent_id")),
    )


def downgrade() -> None:
    op.drop_table("agent_availability")
    op.drop_index("ix_routing_rule_position", table_name="routing_rule")
    op.drop_table("routing_rule")
    op.drop_index("ix_macro_position", table_name="macro")
    op.drop_table("macro")
