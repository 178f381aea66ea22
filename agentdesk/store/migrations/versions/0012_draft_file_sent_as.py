# SPDX-License-Identifier: GPL-3.0-or-later
"""a draft's file remembers the attachment it was sent as until its content is copied there

Sending a reply with large files must not copy megabytes on the window's thread: the reply's
``attachment`` rows are written at once and point back here (``sent_as``), and the pieces are
copied in the background (``agentdesk.attachments.drafts.finish_sent``); until then the content is
read from the draft's pieces.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("draft_file") as batch:
        batch.add_column(sa.Column("sent_as", sa.Uuid(), nullable=True))
        batch.create_index("ix_draft_file_sent_as", ["sent_as"])


def downgrade() -> None:
    with op.batch_alter_table("draft_file") as batch:
        batch.drop_index("ix_draft_file_sent_as")
        batch.drop_column("sent_as")
