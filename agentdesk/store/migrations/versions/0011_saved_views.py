# SPDX-License-Identifier: GPL-3.0-or-later
"""saved views: personal and shared field-filter views (synced)

``saved_view`` is a synced table; its server-side row-level security (``agentdesk.sync.server``)
shows a personal view to its owner only.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import agentdesk.store.models

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_view",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("owner_agent_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("filters", sa.Text(), nullable=False),
        sa.Column("sort", sa.String(length=20), nullable=False),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.Column("deleted_at", agentdesk.store.models.UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_agent_id"], ["agent.id"], name=op.f("fk_saved_view_owner_agent_id_agent")
        ),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_saved_view_team_id_team")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_view")),
    )
    op.create_index("ix_saved_view_owner", "saved_view", ["owner_agent_id"])


def downgrade() -> None:
    op.drop_index("ix_saved_view_owner", table_name="saved_view")
    op.drop_table("saved_view")
