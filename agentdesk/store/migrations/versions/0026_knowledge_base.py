# SPDX-License-Identifier: GPL-3.0-or-later
"""knowledge base: articles, their language variants and use, with a search index

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07 17:00:00.000000

The search index is FTS5 over the variants' title and body and over the articles' tags, kept in
step by triggers as in 0002 (SQLite only: desktops search their local replica).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import agentdesk.store.models

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


TOKENIZE = "unicode61 remove_diacritics 2"
INDEXED = {"kb_article_variant": ("title", "body"), "kb_article": ("tags",)}


def _sync_columns() -> list[sa.Column]:  # type: ignore[type-arg,unused-ignore]
    utc = agentdesk.store.models.UtcDateTime()
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", utc, nullable=False),
        sa.Column("deleted_at", utc, nullable=True),
    ]


def _fts(table: str, columns: tuple[str, ...]) -> list[str]:
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
    ]


def upgrade() -> None:
    utc = agentdesk.store.models.UtcDateTime()
    op.create_table(
        "kb_article",
        sa.Column("visibility", sa.String(length=20), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("author_agent_id", sa.Uuid(), nullable=True),
        sa.Column("reviewed_at", utc, nullable=True),
        sa.Column("created_at", utc, nullable=False),
        *_sync_columns(),
        sa.CheckConstraint("visibility IN ('internal', 'public')", name=op.f("ck_kb_article_visibility")),
        sa.ForeignKeyConstraint(
            ["author_agent_id"], ["agent.id"], name=op.f("fk_kb_article_author_agent_id_agent")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_article")),
    )
    op.create_table(
        "kb_article_variant",
        sa.Column("article_id", sa.Uuid(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.CheckConstraint("language IN ('en', 'de', 'da')", name=op.f("ck_kb_article_variant_language")),
        sa.ForeignKeyConstraint(
            ["article_id"], ["kb_article.id"], name=op.f("fk_kb_article_variant_article_id_kb_article")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_article_variant")),
    )
    op.create_index(
        "ix_kb_article_variant_article", "kb_article_variant", ["article_id", "language"], unique=True
    )
    op.create_table(
        "kb_article_usage",
        sa.Column("article_id", sa.Uuid(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("last_used_at", utc, nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["article_id"], ["kb_article.id"], name=op.f("fk_kb_article_usage_article_id_kb_article")
        ),
        sa.ForeignKeyConstraint(["agent_id"], ["agent.id"], name=op.f("fk_kb_article_usage_agent_id_agent")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_article_usage")),
    )
    op.create_index(
        "ix_kb_article_usage_article_agent", "kb_article_usage", ["article_id", "agent_id"], unique=True
    )
    if op.get_bind().dialect.name == "sqlite":
        for table, columns in INDEXED.items():
            for statement in _fts(table, columns):
                op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in INDEXED:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    op.drop_index("ix_kb_article_usage_article_agent", table_name="kb_article_usage")
    op.drop_table("kb_article_usage")
    op.drop_index("ix_kb_article_variant_article", table_name="kb_article_variant")
    op.drop_table("kb_article_variant")
    op.drop_table("kb_article")
