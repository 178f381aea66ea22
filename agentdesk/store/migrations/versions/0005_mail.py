# SPDX-License-Identifier: GPL-3.0-or-later
"""mail: support mailboxes (IMAP in, SMTP out), how far each folder was read, the SMTP outbox and
the fetch lease that lets one desktop or ``mail watch`` fetch a mailbox at a time

New tables only: nothing that foreign keys refer to is rebuilt.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 22:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import agentdesk.store.models

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mail_account",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("imap_host", sa.String(length=255), nullable=False),
        sa.Column("imap_port", sa.Integer(), nullable=False),
        sa.Column("imap_security", sa.String(length=20), nullable=False),
        sa.Column("imap_user", sa.String(length=320), nullable=False),
        sa.Column("folders", sa.JSON(), nullable=False),
        sa.Column("smtp_host", sa.String(length=255), nullable=False),
        sa.Column("smtp_port", sa.Integer(), nullable=False),
        sa.Column("smtp_security", sa.String(length=20), nullable=False),
        sa.Column("smtp_user", sa.String(length=320), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("attachment_limit", sa.BigInteger(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.Column("deleted_at", agentdesk.store.models.UtcDateTime(), nullable=True),
        sa.CheckConstraint(
            "imap_security IN ('tls', 'starttls', 'plain')", name=op.f("ck_mail_account_imap_security")
        ),
        sa.CheckConstraint(
            "smtp_security IN ('tls', 'starttls', 'plain')", name=op.f("ck_mail_account_smtp_security")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_account")),
        sa.UniqueConstraint("address", name=op.f("uq_mail_account_address")),
    )
    op.create_table(
        "mail_folder_state",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("folder", sa.String(length=500), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["mail_account.id"], name=op.f("fk_mail_folder_state_account_id_mail_account")
        ),
        sa.PrimaryKeyConstraint("account_id", "folder", name=op.f("pk_mail_folder_state")),
    )
    op.create_table(
        "mail_lease",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("expires_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["mail_account.id"], name=op.f("fk_mail_lease_account_id_mail_account")
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_mail_lease")),
    )
    op.create_table(
        "mail_outbox",
        sa.Column("message_id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("rfc_message_id", sa.String(length=998), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", agentdesk.store.models.UtcDateTime(), nullable=True),
        sa.Column("claimed_at", agentdesk.store.models.UtcDateTime(), nullable=True),
        sa.Column("claimed_by", sa.String(length=200), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", agentdesk.store.models.UtcDateTime(), nullable=False),
        sa.Column("sent_at", agentdesk.store.models.UtcDateTime(), nullable=True),
        sa.CheckConstraint(
            "state IN ('queued', 'sending', 'sent', 'failed')", name=op.f("ck_mail_outbox_state")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["mail_account.id"], name=op.f("fk_mail_outbox_account_id_mail_account")
        ),
        sa.ForeignKeyConstraint(
            ["message_id"], ["message.id"], name=op.f("fk_mail_outbox_message_id_message")
        ),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_mail_outbox")),
    )
    op.create_index("ix_mail_outbox_due", "mail_outbox", ["state", "next_attempt_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_mail_outbox_due", table_name="mail_outbox")
    op.drop_table("mail_outbox")
    op.drop_table("mail_lease")
    op.drop_table("mail_folder_state")
    op.drop_table("mail_account")
