# SPDX-License-Identifier: GPL-3.0-or-later
"""Tables of the automatic surveys (``agentdesk.surveys``): the policies that say which solved
conversations get a survey mail, each survey mail asked for (``survey_request``), and the addresses
that asked for no more surveys. All three sync like every other table (``SyncColumns``); the
answers themselves are ``survey_response`` rows as before."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.store.models import Base, SyncColumns, UtcDateTime


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SurveyPolicyKind(enum.StrEnum):
    CSAT = "csat"
    NPS = "nps"
    CES = "ces"
    OFF = "off"


class SurveyState(enum.StrEnum):
    DUE = "due"  # waits for ``due_at``
    SENDING = "sending"  # claimed by one sender
    SENT = "sent"
    ANSWERED = "answered"
    SKIPPED = "skipped"  # not sent; ``reason`` says why
    FAILED = "failed"  # the mail server refused it for good


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class SurveyPolicy(SyncColumns, Base):
    """Which solved conversations get which survey: the first policy (by ``position``) whose
    channel, plan and team match (None matches any) decides; ``kind`` ``off`` sends none.
    ``texts``: ``{"en": {"subject": ..., "body": ...}, ...}``, the shop's own wording (a language
    left out uses the built-in one)."""

    __tablename__ = "survey_policy"
    __table_args__ = (
        CheckConstraint(_in("kind", tuple(k.value for k in SurveyPolicyKind)), name="kind"),
        CheckConstraint("delay_minutes >= 0", name="delay"),
        CheckConstraint("period_days >= 0", name="period"),
    )

    name: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str | None] = mapped_column(String(20), default=None)
    plan: Mapped[str | None] = mapped_column(String(20), default=None)
    team_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    kind: Mapped[str] = mapped_column(String(10), default=SurveyPolicyKind.CSAT.value)
    delay_minutes: Mapped[int] = mapped_column(Integer, default=60)
    period_days: Mapped[int] = mapped_column(Integer, default=30)
    position: Mapped[int] = mapped_column(Integer, default=0)
    texts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class SurveyRequest(SyncColumns, Base):
    """One survey for one solved conversation: planned, sent, answered or skipped (with the
    reason). ``rfc_message_id`` is the survey mail's Message-ID, by which a plain reply is known."""

    __tablename__ = "survey_request"
    __table_args__ = (
        CheckConstraint(_in("state", tuple(s.value for s in SurveyState)), name="state"),
        Index("ix_survey_request_due", "state", "due_at"),
        Index("ix_survey_request_conversation", "conversation_id"),
        Index("ix_survey_request_customer", "customer_id", "sent_at"),
        Index("ix_survey_request_message", "rfc_message_id"),
    )

    conversation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conversation.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"))
    policy_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    kind: Mapped[str] = mapped_column(String(10))
    scale_min: Mapped[int] = mapped_column(Integer, default=1)
    scale_max: Mapped[int] = mapped_column(Integer, default=5)
    scale_best: Mapped[int] = mapped_column(Integer, default=5)
    # No address here: it is the customer's at sending time, so an erased customer's survey
    # keeps nothing that names them (the score stays, as in ``survey_response``).
    language: Mapped[str] = mapped_column(String(8), default="en")
    account_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    state: Mapped[str] = mapped_column(String(20), default=SurveyState.DUE.value)
    reason: Mapped[str] = mapped_column(String(40), default="")
    due_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)
    rfc_message_id: Mapped[str | None] = mapped_column(String(998), default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    answered_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    response_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class SurveyOptOut(SyncColumns, Base):
    """An address that asked for no more surveys (by the link in a survey mail or by replying
    "stop"); ``email`` in lower case."""

    __tablename__ = "survey_opt_out"

    email: Mapped[str] = mapped_column(String(320), unique=True)
    source: Mapped[str] = mapped_column(String(20), default="link")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class SurveyKey(SyncColumns, Base):
    """The workspace's secret for signing survey links (HMAC-SHA256). Synced, so that whichever
    desktop or service fetches the answer can check it; two desktops that each made one before
    their first sync keep both, and an answer signed with either is accepted."""

    __tablename__ = "survey_key"

    secret: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


__all__ = ["SurveyKey", "SurveyOptOut", "SurveyPolicy", "SurveyPolicyKind", "SurveyRequest", "SurveyState"]
