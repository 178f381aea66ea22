# SPDX-License-Identifier: GPL-3.0-or-later
"""The audit log: one row per administrative change, synced, never changed once written.

Who (``actor_id`` and the name they had then), when (``at``, from the injected clock), what
(``action`` on ``table_name``/``row_id``, with a readable ``label`` such as the macro's name) and
how (``before``/``after``: the changed fields, secrets already redacted). Rows are only ever added:
on this desk a trigger refuses to change or delete one (only the server's revision may be filled
in), and on the team server a trigger refuses any UPDATE or DELETE, whoever asks
(migration 0017), and it stamps each entry with the login that sent it (``sent_by``, migration
0024). ``agentdesk.audit`` writes them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.store.models import Base, SyncColumns, UtcDateTime


class AuditEntry(SyncColumns, Base):
    """One administrative change, or one refused sign-in."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_at", "at"),
        Index("ix_audit_entry_table_at", "table_name", "at"),
    )

    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)  # an agent; no foreign key
    actor_name: Mapped[str] = mapped_column(String(200), default="")  # their name at the time
    action: Mapped[str] = mapped_column(String(40))  # create, update, delete, sign_in_failed, ...
    table_name: Mapped[str] = mapped_column(String(60))  # what kind of thing changed
    row_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    label: Mapped[str] = mapped_column(String(200), default="")  # the thing's name at the time
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    # The team-server login that sent it, set by the server (migration 0024); None until synced.
    sent_by: Mapped[str | None] = mapped_column(String(63), default=None)


__all__ = ["AuditEntry"]
