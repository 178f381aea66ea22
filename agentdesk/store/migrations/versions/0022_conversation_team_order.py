# SPDX-License-Identifier: GPL-3.0-or-later
"""Indexes for a team's conversations in the due and activity orders: team queues and views of
one team read only that team's rows (the waiting order has ix_conversation_team_status).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_conversation_team_due", "conversation", ["team_id", "status", "due_at", "id"])
    op.create_index(
        "ix_conversation_team_activity", "conversation", ["team_id", "status", "last_activity_at", "id"]
    )


def downgrade() -> None:
    op.drop_index("ix_conversation_team_activity", table_name="conversation")
    op.drop_index("ix_conversation_team_due", table_name="conversation")
