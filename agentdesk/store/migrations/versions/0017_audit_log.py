# SPDX-License-Identifier: GPL-3.0-or-later
"""audit log: an append-only, synced record of administrative changes; on the server, a trigger that refuses to change or delete one

``audit_entry`` (who, when, what, before and after) syncs like every table but is only ever added
to. On this desk, triggers refuse to delete an entry or change what it says (the server's revision
and ``updated_at`` may still arrive). On PostgreSQL, the trigger ``audit_append_only`` refuses every
UPDATE, DELETE and TRUNCATE, whoever runs it: an agent's, a supervisor's or an admin's login (the
push records such a change as rejected). The one exception is the stamp ``agentdesk server init``
gives rows that predate it (only ``rev`` and ``sync_txid`` change, once).

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


_CONTENT = ("id", "at", "actor_id", "actor_name", "action", "table_name", "row_id", "label", "deleted_at")
_CHANGED = " OR ".join(
    [f"NEW.{c} IS NOT OLD.{c}" for c in _CONTENT]
    + [f"json(NEW.{c}) IS NOT json(OLD.{c})" for c in ("before", "after")]
)
_DESK = [
    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit entries are never deleted'); END",
    f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry WHEN {_CHANGED} "
    "BEGIN SELECT RAISE(ABORT, 'audit entries are never changed'); END",
]

_SERVER = """
CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.sync_txid IS NULL
           AND (to_jsonb(NEW) - 'rev' - 'sync_txid') = (to_jsonb(OLD) - 'rev' - 'sync_txid') THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit entries are never changed or deleted (%)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER IF EXISTS audit_append_only ON audit_entry;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
DROP TRIGGER IF EXISTS audit_no_truncate ON audit_entry;
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
"""


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
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_SERVER)
    else:
        for statement in _DESK:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_no_truncate ON audit_entry")
        op.execute("DROP TRIGGER IF EXISTS audit_append_only ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS audit_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    op.drop_index("ix_audit_entry_table_at", table_name="audit_entry")
    op.drop_index("ix_audit_entry_at", table_name="audit_entry")
    op.drop_table("audit_entry")
