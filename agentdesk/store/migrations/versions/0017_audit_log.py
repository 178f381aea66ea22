# SPDX-License-Identifier: GPL-3.0-or-later
"""audit log: an append-only, synced record of administrative changes; on the server, a trigger that refuses to change or delete one

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import agentdesk.store.models

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    utc = agentdesk.store.models.UtcDateTime()
    op.create_table(
        "audit_entry",
        sa.Column("at", utc, nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=True),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", utc, nullable=False),
        sa.Column("deleted_at", utc, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_index("ix_audit_entry_at", "audit_entry", ["at"])
    op.create_index("ix_audit_entry_table_at", "audit_entry", ["table_name", "at"])


def downgrade() -> None:
    op.drop_index("ix_audit_entry_table_at", table_name="audit_entry")
    op.drop_index("ix_audit_entry_at", table_name="audit_entry")
    op.drop_table("audit_entry")
