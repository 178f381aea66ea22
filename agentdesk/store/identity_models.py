# SPDX-License-Identifier: GPL-3.0-or-later
"""Who may sign in at this desk, and the drafts each agent left here: local only, never synced.

A workspace with a team server signs agents in with their server login; these tables serve the
desk without one (docs/security.md, "A shared desk").
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Integer, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.store.models import Base, UtcDateTime


class AgentSecret(Base):
    """An agent's PIN or password as a scrypt hash with its own salt and cost parameters (so a
    later version can raise the cost and rehash at the next sign-in). Never the secret itself.

    ``failures`` counts wrong tries in a row (a right one sets it to 0); ``failed_at`` is the last
    of them: from the fifth on, the next try waits (``agentdesk.identity.signin``)."""

    __tablename__ = "agent_secret"
    __table_args__ = (CheckConstraint("kind IN ('pin', 'password')", name="kind"),)

    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agent.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    hash: Mapped[bytes] = mapped_column(LargeBinary)
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    cost: Mapped[int] = mapped_column(Integer)  # scrypt's n
    block_size: Mapped[int] = mapped_column(Integer)  # scrypt's r
    parallel: Mapped[int] = mapped_column(Integer)  # scrypt's p
    set_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    set_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    failed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)


class ParkedDraft(Base):
    """A draft an agent left when the desk changed hands; it comes back when they sign in again."""

    __tablename__ = "parked_draft"
    __table_args__ = (CheckConstraint("mode IN ('reply', 'note')", name="mode"),)

    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agent.id"), primary_key=True)
    conversation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conversation.id"), primary_key=True)
    mode: Mapped[str] = mapped_column(String(10), default="reply")
    body: Mapped[str] = mapped_column(Text, default="")
    seen_activity_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
