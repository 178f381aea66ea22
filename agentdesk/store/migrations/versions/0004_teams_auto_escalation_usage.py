# SPDX-License-Identifier: GPL-3.0-or-later
"""teams an agent works, automatic escalation per SLA policy, canned reply usage per agent

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 22:05:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import agentdesk.store.models

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: agent and sla_policy are referenced by foreign keys, so no table rebuild.
    op.add_column("agent", sa.Column("team_ids", sa.JSON(), server_default="[]", nullable=False))
    op.add_column("sla_policy", sa.Column("auto_escalation", sa.JSON(), nullable=True))
    agent = sa.table(
        "agent", sa.column("id", sa.Uuid()), sa.column("team_id", sa.Uuid()), sa.column("team_ids", sa.JSON())
    )
    bind = op.get_bind()
    for agent_id, team_id in bind.execute(
        sa.select(agent.c.id, agent.c.team_id).where(agent.c.team_id.is_not(None))
    ):
        bind.execute(agent.update().where(agent.c.id == agent_id).values(team_ids=[str(team_id)]))
    op.create_table(
        "canned_reply_usage",
        sa.Column("canned_reply_id", sa.Uuid(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("last_used_at", agentdesk.store.models.UtcDateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.Column("deleted_at", agentdesk.store.models.UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agent.id"], name=op.f("fk_canned_reply_usage_agent_id_agent")
        ),
        sa.ForeignKeyConstraint(
            ["canned_reply_id"],
            ["canned_reply.id"],
            name=op.f("fk_canned_reply_usage_canned_reply_id_canned_reply"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_canned_reply_usage")),
    )
    op.create_index(
        "ix_canned_reply_usage_reply_agent",
        "canned_reply_usage",
        ["canned_reply_id", "agent_id"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_index("ix_canned_reply_usage_reply_agent", table_name="canned_reply_usage")
    op.drop_table("canned_reply_usage")
    op.drop_column("sla_policy", "auto_escalation")
    op.drop_column("agent", "team_ids")
