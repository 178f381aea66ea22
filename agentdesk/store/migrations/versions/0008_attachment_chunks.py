# SPDX-License-Identifier: GPL-3.0-or-later
"""attachment content moves to its own table, in chunks

An attachment's file was a column of the ``attachment`` row, so every read of the row (a sync page,
the timeline's list) could carry megabytes. It now lives in ``attachment_chunk``, in pieces of up
to 1 MiB, and the row keeps the size and a SHA-256 of the whole. Existing content is moved here,
one attachment at a time (``draft_file`` and its chunks, local-only, hold the files attached to a
draft); a chunk's id is derived from (attachment, piece number) exactly as
``agentdesk.attachments.content.chunk_id`` does, so a desktop and the server that both move the
same file end up with the same rows.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import hashlib
import uuid

import sqlalchemy as sa
from alembic import op

import agentdesk.store.models

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

CHUNK_SIZE = 1 << 20
CHUNK_NAMESPACE = uuid.UUID("6f1c2a52-6d8e-4c59-9f43-4a7f0b1d2e90")


def _chunk_id(attachment_id: uuid.UUID, seq: int) -> uuid.UUID:
    return uuid.uuid5(CHUNK_NAMESPACE, f"{attachment_id}:{seq}")


def upgrade() -> None:
    with op.batch_alter_table("attachment") as batch:
        batch.add_column(sa.Column("sha256", sa.String(length=64), nullable=True))
    op.create_table(
        "attachment_chunk",
        sa.Column("attachment_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.Column("deleted_at", agentdesk.store.models.UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["attachment_id"], ["attachment.id"], name=op.f("fk_attachment_chunk_attachment_id_attachment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_chunk")),
    )
    op.create_index("ix_attachment_chunk_attachment", "attachment_chunk", ["attachment_id", "seq"])
    op.create_table(
        "draft_file",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("conversation_id", sa.Uuid(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=255), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"], ["conversation.id"], name=op.f("fk_draft_file_conversation_id_conversation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_file")),
    )
    op.create_index("ix_draft_file_conversation", "draft_file", ["conversation_id"])
    op.create_table(
        "draft_file_chunk",
        sa.Column("draft_file_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["draft_file_id"], ["draft_file.id"], name=op.f("fk_draft_file_chunk_draft_file_id_draft_file")
        ),
        sa.PrimaryKeyConstraint("draft_file_id", "seq", name=op.f("pk_draft_file_chunk")),
    )
    _move_content()


def _move_content() -> None:
    bind = op.get_bind()
    attachment = sa.table(
        "attachment",
        sa.column("id", sa.Uuid()),
        sa.column("content", sa.LargeBinary()),
        sa.column("sha256", sa.String()),
        sa.column("updated_at", agentdesk.store.models.UtcDateTime()),
    )
    chunk = sa.table(
        "attachment_chunk",
        sa.column("id", sa.Uuid()),
        sa.column("attachment_id", sa.Uuid()),
        sa.column("seq", sa.Integer()),
        sa.column("data", sa.LargeBinary()),
        sa.column("updated_at", agentdesk.store.models.UtcDateTime()),
    )
    ids = list(bind.execute(sa.select(attachment.c.id).where(attachment.c.content.is_not(None))).scalars())
    for attachment_id in ids:  # one file in memory at a time
        row = bind.execute(
            sa.select(attachment.c.content, attachment.c.updated_at).where(attachment.c.id == attachment_id)
        ).one()
        data = bytes(row.content)
        for seq, start in enumerate(range(0, len(data), CHUNK_SIZE)):
            bind.execute(
                sa.insert(chunk).values(
                    id=_chunk_id(attachment_id, seq),
                    attachment_id=attachment_id,
                    seq=seq,
                    data=data[start : start + CHUNK_SIZE],
                    updated_at=row.updated_at,
                )
            )
        bind.execute(
            sa.update(attachment)
            .where(attachment.c.id == attachment_id)
            .values(content=None, sha256=hashlib.sha256(data).hexdigest())
        )


def downgrade() -> None:
    bind = op.get_bind()
    ids = list(bind.execute(sa.text("SELECT DISTINCT attachment_id FROM attachment_chunk")).scalars())
    for attachment_id in ids:
        pieces = bind.execute(
            sa.text("SELECT data FROM attachment_chunk WHERE attachment_id = :a ORDER BY seq"),
            {"a": attachment_id},
        ).scalars()
        bind.execute(
            sa.text("UPDATE attachment SET content = :c WHERE id = :a"),
            {"c": b"".join(bytes(p) for p in pieces), "a": attachment_id},
        )
    op.drop_table("draft_file_chunk")
    op.drop_index("ix_draft_file_conversation", table_name="draft_file")
    op.drop_table("draft_file")
    op.drop_index("ix_attachment_chunk_attachment", table_name="attachment_chunk")
    op.drop_table("attachment_chunk")
    with op.batch_alter_table("attachment") as batch:
        batch.drop_column("sha256")
