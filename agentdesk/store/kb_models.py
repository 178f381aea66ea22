# SPDX-License-Identifier: GPL-3.0-or-later
"""Tables of the knowledge base (``agentdesk.kb``).

An article (``kb_article``) carries what all its languages share: whether customers may read it
(``public``) or only the team (``internal``), its tags, its author and when it was last reviewed.
Each language (``en``, ``de``, ``da``) is one ``kb_article_variant`` with its own title and
Markdown body. ``kb_article_usage`` counts, per agent, how often an article went into a reply (one
row per agent, so two desks never fight over one counter). All three sync like canned replies:
every login reads and writes them.

The search index (migration 0026, SQLite only) is FTS5 over the variants' title and body
(``kb_article_variant_fts``) and over the articles' tags (``kb_article_fts``).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.store.models import LANGUAGES, Base, SyncColumns, UtcDateTime


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Visibility(enum.StrEnum):
    INTERNAL = "internal"  # the team's own notes: never published
    PUBLIC = "public"  # published in the help centre; the composer inserts a link


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class KbArticle(SyncColumns, Base):
    __tablename__ = "kb_article"
    __table_args__ = (
        CheckConstraint(_in("visibility", tuple(v.value for v in Visibility)), name="visibility"),
    )

    visibility: Mapped[str] = mapped_column(String(20), default=Visibility.INTERNAL.value)
    # The tags, lower case, joined by ", " (searched as words, shown as chips).
    tags: Mapped[str] = mapped_column(Text, default="")
    author_agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agent.id"), default=None)
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class KbArticleVariant(SyncColumns, Base):
    __tablename__ = "kb_article_variant"
    __table_args__ = (
        Index("ix_kb_article_variant_article", "article_id", "language", unique=True),
        CheckConstraint(_in("language", LANGUAGES), name="language"),
    )

    article_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kb_article.id"))
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")


class KbArticleUsage(SyncColumns, Base):
    """How often one agent put one article into a reply."""

    __tablename__ = "kb_article_usage"
    __table_args__ = (Index("ix_kb_article_usage_article_agent", "article_id", "agent_id", unique=True),)

    article_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kb_article.id"))
    agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agent.id"), default=None)
    count: Mapped[int] = mapped_column(Integer, default=0)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
