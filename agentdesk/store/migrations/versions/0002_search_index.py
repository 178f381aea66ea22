# SPDX-License-Identifier: GPL-3.0-or-later
"""search index: FTS5 over subjects, message bodies and customer names (SQLite only)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 20:00:00

External-content FTS5 tables keyed on the rowid of the table they index, kept in step by
triggers. A table rebuilt by a later batch migration (or by VACUUM) may renumber its rowids and
drops its triggers: such a migration must recreate the triggers and rebuild the index
(``agentdesk.store.search.rebuild_index``). PostgreSQL does not get these tables: desktops search
their local replica.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TOKENIZE = "unicode61 remove_diacritics 2"

# table -> indexed columns
INDEXED = {
    "conversation": ("subject",),
    "message": ("body_text",),
    "customer": ("name", "email", "company"),
}


def _ddl(table: str, columns: tuple[str, ...]) -> list[str]:
    fts = f"{table}_fts"
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
        f"content_rowid='rowid', tokenize='{TOKENIZE}', prefix='2 3')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, columns in INDEXED.items():
        for statement in _ddl(table, columns):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in INDEXED:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
