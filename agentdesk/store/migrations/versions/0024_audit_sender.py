# SPDX-License-Identifier: GPL-3.0-or-later
"""audit log: the server login that sent each entry, stamped by the server

``audit_entry.sent_by``: on the team server, a trigger sets it to the login that inserted the
entry, whatever the desk sent, so an entry that names someone else as its author still shows who
sent it. A desk learns it with the next pull: its trigger lets ``sent_by`` be filled in once and
refuses any other change, as before (migration 0017).

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


_CONTENT = ("id", "at", "actor_id", "actor_name", "action", "table_name", "row_id", "label", "deleted_at")


def _desk_trigger(with_sender: bool) -> str:
    changed = [f"NEW.{c} IS NOT OLD.{c}" for c in _CONTENT]
    changed += [f"json(NEW.{c}) IS NOT json(OLD.{c})" for c in ("before", "after")]
    if with_sender:
        changed.append("(OLD.sent_by IS NOT NULL AND NEW.sent_by IS NOT OLD.sent_by)")
    return (
        f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry WHEN {' OR '.join(changed)} "
        "BEGIN SELECT RAISE(ABORT, 'audit entries are never changed'); END"
    )


_SERVER = """
CREATE OR REPLACE FUNCTION audit_stamp_sender() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.sent_by := session_user;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS audit_stamp_sender ON audit_entry;
CREATE TRIGGER audit_stamp_sender BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_stamp_sender();
"""


def upgrade() -> None:
    op.add_column("audit_entry", sa.Column("sent_by", sa.String(length=63), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_SERVER)
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute(_desk_trigger(with_sender=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_stamp_sender ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS audit_stamp_sender()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("sent_by")
    if op.get_bind().dialect.name != "postgresql":
        # Rebuilding the table dropped its triggers: both come back as migration 0017 made them.
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
        op.execute(
            "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
            "BEGIN SELECT RAISE(ABORT, 'audit entries are never deleted'); END"
        )
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute(_desk_trigger(with_sender=False))
