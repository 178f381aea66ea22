# SPDX-License-Identifier: GPL-3.0-or-later
"""sign-in secrets of the agents at a shared desk, and the drafts each left there

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import agentdesk.store.models

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    utc = agentdesk.store.models.UtcDateTime()
    op.create_table(
        "agent_secret",
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("hash", sa.LargeBinary(), nullable=False),
        sa.Column("salt", sa.LargeBinary(), nullable=False),
        sa.Column("cost", sa.Integer(), nullable=False),
        sa.Column("block_size", sa.Integer(), nullable=False),
        sa.Column("parallel", sa.Integer(), nullable=False),
        sa.Column("set_at", utc, nullable=False),
        sa.Column("set_by", sa.Uuid(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("failed_at", utc, nullable=True),
        sa.CheckConstraint("kind IN ('pin', 'password')", name=op.f("ck_agent_secret_kind")),
        sa.ForeignKeyConstraint(["agent_id"], ["agent.id"], name=op.f("fk_agent_secret_agent_id_agent")),
        sa.PrimaryKeyConstraint("agent_id", name=op.f("pk_agent_secret")),
    )
    op.create_table(
        "parked_draft",
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("conversation_id", sa.Uuid(), nullable=False),
        sa.Column("mode", sa.String(length=10), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("seen_activity_at", utc, nullable=True),
        sa.Column("updated_at", utc, nullable=False),
        sa.CheckConstraint("mode IN ('reply', 'note')", name=op.f("ck_parked_draft_mode")),
        sa.ForeignKeyConstraint(["agent_id"], ["agent.id"], name=op.f("fk_parked_draft_agent_id_agent")),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
            name=op.f("fk_parked_draft_conversation_id_conversation"),
        ),
        sa.PrimaryKeyConstraint("agent_id", "conversation_id", name=op.f("pk_parked_draft")),
    )


def downgrade() -> None:
    op.drop_table("parked_draft")
    op.drop_table("agent_secret")
