# SPDX-License-Identifier: GPL-3.0-or-later
"""sync: the outbox of changes not yet on the server, this device's clock and id, the pull cursor
per table, and the conflicts a merge recorded (DESIGN.md §5)

New tables only: nothing that foreign keys refer to is rebuilt. The server-only objects (revision
trigger, applied mutations, roles, row-level security) are made by ``agentdesk.sync.server``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 22:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import agentdesk.store.models

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mutation_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("base_rev", sa.BigInteger(), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.CheckConstraint("op IN ('insert', 'update', 'delete')", name=op.f("ck_sync_outbox_op")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("mutation_id", name=op.f("uq_sync_outbox_mutation_id")),
    )
    op.create_index("ix_sync_outbox_row", "sync_outbox", ["table_name", "row_id"], unique=False)
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("server_id", sa.Uuid(), nullable=True),
        sa.Column("last_push_at", agentdesk.store.models.UtcDateTime(), nullable=True),
        sa.Column("last_pull_at", agentdesk.store.models.UtcDateTime(), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_sync_state_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_cursor",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("txid", sa.BigInteger(), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("scanned_rowid", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", name=op.f("pk_sync_cursor")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("lost_value", sa.JSON(), nullable=True),
        sa.Column("kept_hlc", sa.BigInteger(), nullable=True),
        sa.Column("lost_hlc", sa.BigInteger(), nullable=True),
        sa.Column("kept_device_id", sa.Uuid(), nullable=True),
        sa.Column("lost_device_id", sa.Uuid(), nullable=True),
        sa.Column("lost_mutation_id", sa.Uuid(), nullable=True),
        sa.Column("lost_by", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("created_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.Column("resolved_at", agentdesk.store.models.UtcDateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.Column("deleted_at", agentdesk.store.models.UtcDateTime(), nullable=True),
        sa.CheckConstraint("kind IN ('field', 'assignment', 'rejected')", name=op.f("ck_sync_conflict_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_row", "sync_conflict", ["table_name", "row_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_sync_conflict_row", table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_cursor")
    op.drop_table("sync_state")
    op.drop_index("ix_sync_outbox_row", table_name="sync_outbox")
    op.drop_table("sync_outbox")
