# SPDX-License-Identifier: GPL-3.0-or-later
"""customers: VIP flag and organisation; organisations and the customer history (synced)

``customer`` gains ``vip`` and ``organisation_id`` (added in place, so the search
index triggers stay). ``organisation`` (name, mail domains, plan, notes) and ``customer_event`` (what was
changed on a customer record, by whom) are synced tables like ``customer``.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import agentdesk.store.models

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column]:
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
        "organisation",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("domains", sa.JSON(), nullable=False),
        sa.Column("plan", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        *_sync_columns(),
        sa.CheckConstraint(
            "plan IN ('basic', 'standard', 'premium', 'enterprise')", name=op.f("ck_organisation_plan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_index("ix_organisation_name", "organisation", ["name"])
    # Columns added in place: a rebuilt ``customer`` would lose its search index triggers.
    op.add_column("customer", sa.Column("vip", sa.Boolean(), nullable=False, server_default="0"))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE customer ADD COLUMN organisation_id CHAR(32) REFERENCES organisation (id)")
    else:
        op.add_column("customer", sa.Column("organisation_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            op.f("fk_customer_organisation_id_organisation"),
            "customer",
            "organisation",
            ["organisation_id"],
            ["id"],
        )
    op.create_index("ix_customer_organisation", "customer", ["organisation_id"])
    op.create_table(
        "customer_event",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("actor_agent_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", utc, nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_customer_event_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["actor_agent_id"], ["agent.id"], name=op.f("fk_customer_event_actor_agent_id_agent")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_event")),
    )
    op.create_index("ix_customer_event_customer", "customer_event", ["customer_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_customer_event_customer", table_name="customer_event")
    op.drop_table("customer_event")
    op.drop_index("ix_customer_organisation", table_name="customer")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("fk_customer_organisation_id_organisation"), "customer", type_="foreignkey")
    op.drop_column("customer", "organisation_id")  # SQLite 3.35+ drops a plain column in place
    op.drop_column("customer", "vip")
    op.drop_index("ix_organisation_name", table_name="organisation")
    op.drop_table("organisation")
