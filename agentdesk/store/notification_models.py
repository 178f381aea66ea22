# SPDX-License-Identifier: GPL-3.0-or-later
"""The notifications of the agents at this desk: local only, never synced.

They are derived from the synced record (events, messages, the conversations' follow-up and snooze
times) by ``agentdesk.notifications``; only whether an agent has read one is this desk's own.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.store.models import Base, UtcDateTime


class Notification(Base):
    """One notification for one agent at this desk.

    ``key`` names the fact it was derived from (an event or message id, or a time-based fact such
    as a follow-up time), so the same fact never notifies the same agent twice. ``summary_id``
    points at the summary that stands for a burst (the summary itself has none); ``read_at`` is
    None while unread."""

    __tablename__ = "notification"
    __table_args__ = (
        Index("ix_notification_agent_key", "agent_id", "key", unique=True),
        Index("ix_notification_agent_created", "agent_id", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    agent_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    kind: Mapped[str] = mapped_column(String(30))
    key: Mapped[str] = mapped_column(String(120))
    conversation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    actor_agent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    summary_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    read_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
