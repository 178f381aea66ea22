# SPDX-License-Identifier: GPL-3.0-or-later
"""outbox entries carry the schema revision they were written under

A change queued by one version of AgentDesk may wait in the outbox while the desk is upgraded; the
push checks that the server's schema can take every field of it, and keeps it otherwise. Entries
from before this revision were written under 0006.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 14:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch:
        batch.add_column(sa.Column("schema_revision", sa.String(length=32), nullable=True))
    op.execute("UPDATE sync_outbox SET schema_revision = '0006'")


def downgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch:
        batch.drop_column("schema_revision")
