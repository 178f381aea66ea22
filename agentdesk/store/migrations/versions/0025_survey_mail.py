# SPDX-License-Identifier: GPL-3.0-or-later
"""automatic surveys: policies, survey mails asked for, opt-outs and the signing key

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import agentdesk.store.models

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column[Any]]:
    utc = agentdesk.store.models.UtcDateTime()
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", utc, nullable=False),
        sa.Column("deleted_at", utc, nullable=True),
    ]


def upgrade() -> None:
    utc = agentdesk.store.models.UtcDateTime()
    op.create_table(
        "survey_policy",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=True),
        sa.Column("plan", sa.String(length=20), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("delay_minutes", sa.Integer(), nullable=False),
        sa.Column("period_days", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        *_sync_columns(),
        sa.CheckConstraint("kind IN ('csat', 'nps', 'ces', 'off')", name=op.f("ck_survey_policy_kind")),
        sa.CheckConstraint("delay_minutes >= 0", name=op.f("ck_survey_policy_delay")),
        sa.CheckConstraint("period_days >= 0", name=op.f("ck_survey_policy_period")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_policy")),
    )
    op.create_table(
        "survey_request",
        sa.Column("conversation_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("policy_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("scale_min", sa.Integer(), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False),
        sa.Column("scale_best", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("due_at", utc, nullable=False),
        sa.Column("rfc_message_id", sa.String(length=998), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("sent_at", utc, nullable=True),
        sa.Column("answered_at", utc, nullable=True),
        sa.Column("response_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", utc, nullable=False),
        *_sync_columns(),
        sa.CheckConstraint(
            "state IN ('due', 'sending', 'sent', 'answered', 'skipped', 'failed')",
            name=op.f("ck_survey_request_state"),
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
            name=op.f("fk_survey_request_conversation_id_conversation"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_survey_request_customer_id_customer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_request")),
    )
    op.create_index("ix_survey_request_due", "survey_request", ["state", "due_at"])
    op.create_index("ix_survey_request_conversation", "survey_request", ["conversation_id"])
    op.create_index("ix_survey_request_customer", "survey_request", ["customer_id", "sent_at"])
    op.create_index("ix_survey_request_message", "survey_request", ["rfc_message_id"])
    op.create_table(
        "survey_opt_out",
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_opt_out")),
        sa.UniqueConstraint("email", name=op.f("uq_survey_opt_out_email")),
    )
    op.create_table(
        "survey_key",
        sa.Column("secret", sa.String(length=128), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_key")),
    )


def downgrade() -> None:
    op.drop_table("survey_key")
    op.drop_table("survey_opt_out")
    for name in ("message", "customer", "conversation", "due"):
        op.drop_index(f"ix_survey_request_{name}", table_name="survey_request")
    op.drop_table("survey_request")
    op.drop_table("survey_policy")
