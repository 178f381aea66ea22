# SPDX-License-Identifier: GPL-3.0-or-later
"""conversation.sla_policy_override_id (an SLA policy chosen by a routing rule, synced) and the sla_policy event kind

``conversation`` gains ``sla_policy_override_id`` (NULL: the policies' own conditions pick); it syncs
like the conversation's other fields. The event kinds' check constraint gains ``sla_policy`` (on
SQLite that rebuilds ``conversation_event`` in batch mode; nothing refers to it).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

KINDS_BEFORE = (
    "created", "status", "priority", "assignment", "escalation", "transfer", "tag", "merge",
    "sla_warning", "sla_breach", "follow_up", "unmerge", "split", "link", "unlink", "snooze",
)  # fmt: skip
KINDS_AFTER = (*KINDS_BEFORE, "sla_policy")


def _set_kinds(kinds: tuple[str, ...]) -> None:
    check = "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")"
    with op.batch_alter_table("conversation_event", recreate="always") as batch:
        batch.drop_constraint(op.f("ck_conversation_event_kind"), type_="check")
        batch.create_check_constraint("kind", check)


def upgrade() -> None:
    op.add_column(
        "conversation",
        sa.Column("sla_policy_override_id", sa.Uuid(), nullable=True, server_default=sa.text("NULL")),
    )
    _set_kinds(KINDS_AFTER)


def downgrade() -> None:
    op.execute("DELETE FROM conversation_event WHERE kind = 'sla_policy'")
    _set_kinds(KINDS_BEFORE)
    op.drop_column("conversation", "sla_policy_override_id")  # SQLite 3.35+ drops a plain column in place
