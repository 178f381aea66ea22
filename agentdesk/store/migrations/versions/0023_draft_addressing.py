# SPDX-License-Identifier: GPL-3.0-or-later
"""A draft keeps its Cc, Bcc and answer-by-email choice.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Drafts are local to the desktop and never synced: plain columns, nothing for the server.
    with op.batch_alter_table("draft") as batch:
        batch.add_column(sa.Column("cc", sa.Text(), nullable=True))
        batch.add_column(sa.Column("bcc", sa.Text(), nullable=True))
        batch.add_column(sa.Column("by_email", sa.Boolean(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("draft") as batch:
        batch.drop_column("by_email")
        batch.drop_column("bcc")
        batch.drop_column("cc")
