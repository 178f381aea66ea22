# SPDX-License-Identifier: GPL-3.0-or-later
"""snooze on conversations (synced) and the agents' notifications (local)

``conversation`` gains ``snoozed_until``, ``snoozed_at`` and ``snoozed_by`` (they sync like its other
fields); the event kinds' check constraint gains ``snooze`` (on SQLite that rebuilds
``conversation_event`` in batch mode; nothing refers to it). ``notification`` is local only.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import agentdesk.store.models

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


KINDS_BEFORE = (
    "created", "status", "priority", "assignment", "escalation", "transfer", "tag", "merge",
    "sla_warning", "sla_breach", "follow_up", "unmerge", "split", "link", "unlink",
)  # fmt: skip
KINDS_AFTER = (*KINDS_BEFORE, "snooze")


def _set_kinds(kinds: tuple[str, ...]) -> None:
    check = "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")"
    with op.batch_alter_table("conversation_event", recreate="always") as batch:
        batch.drop_constraint(op.f("ck_conversation_event_kind"), type_="check")
        batch.create_check_constraint("kind", check)


def upgrade() -> None:
    utc = agentdesk.store.models.UtcDateTime()
    null = sa.text("NULL")
    op.add_column("conversation", sa.Column("snoozed_until", utc, nullable=True, server_default=null))
    op.add_column("conversation", sa.Column("snoozed_at", utc, nullable=True, server_default=null))
    op.add_column("conversation", sa.Column("snoozed_by", sa.Uuid(), nullable=True, server_default=null))
    _set_kinds(KINDS_AFTER)
    op.create_table(
        "notification",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("conversation_id", sa.Uuid(), nullable=True),
        sa.Column("actor_agent_id", sa.Uuid(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("summary_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", utc, nullable=False),
        sa.Column("read_at", utc, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification")),
    )
    op.create_index("ix_notification_agent_key", "notification", ["agent_id", "key"], unique=True)
    op.create_index("ix_notification_agent_created", "notification", ["agent_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_notification_agent_created", table_name="notification")
    op.drop_index("ix_notification_agent_key", table_name="notification")
    op.drop_table("notification")
    op.execute("DELETE FROM conversation_event WHERE kind = 'snooze'")
    _set_kinds(KINDS_BEFORE)
    for column in ("snoozed_by", "snoozed_at", "snoozed_until"):
        op.drop_column("conversation", column)  # SQLite 3.35+ drops a plain column in place
