# SPDX-License-Identifier: GPL-3.0-or-later
"""links between related conversations; merge, split and link event kinds

``conversation_link`` is a synced table (its server-side row-level security follows both
conversations: ``agentdesk.sync.server``). The event kinds' check constraint gains unmerge, split,
link and unlink; on SQLite that rebuilds ``conversation_event`` (batch mode), nothing refers to it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import agentdesk.store.models

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


KINDS_BEFORE = (
    "created", "status", "priority", "assignment", "escalation", "transfer", "tag", "merge",
    "sla_warning", "sla_breach", "follow_up",
)  # fmt: skip
KINDS_AFTER = (*KINDS_BEFORE, "unmerge", "split", "link", "unlink")


def _kinds(kinds: tuple[str, ...]) -> str:
    return "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")"


def _set_kinds(kinds: tuple[str, ...]) -> None:
    with op.batch_alter_table("conversation_event", recreate="always") as batch:
        batch.drop_constraint(op.f("ck_conversation_event_kind"), type_="check")
        batch.create_check_constraint("kind", _kinds(kinds))


def upgrade() -> None:
    op.create_table(
        "conversation_link",
        sa.Column("conversation_id", sa.Uuid(), nullable=False),
        sa.Column("other_id", sa.Uuid(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.Column("deleted_at", agentdesk.store.models.UtcDateTime(), nullable=True),
        sa.CheckConstraint("conversation_id <> other_id", name=op.f("ck_conversation_link_distinct")),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
            name=op.f("fk_conversation_link_conversation_id_conversation"),
        ),
        sa.ForeignKeyConstraint(
            ["other_id"], ["conversation.id"], name=op.f("fk_conversation_link_other_id_conversation")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["agent.id"], name=op.f("fk_conversation_link_created_by_agent")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation_link")),
    )
    op.create_index("ix_conversation_link_conversation", "conversation_link", ["conversation_id"])
    op.create_index("ix_conversation_link_other", "conversation_link", ["other_id"])
    _set_kinds(KINDS_AFTER)


def downgrade() -> None:
    op.execute("DELETE FROM conversation_event WHERE kind IN ('unmerge', 'split', 'link', 'unlink')")
    _set_kinds(KINDS_BEFORE)
    op.drop_index("ix_conversation_link_other", table_name="conversation_link")
    op.drop_index("ix_conversation_link_conversation", table_name="conversation_link")
    op.drop_table("conversation_link")
