# SPDX-License-Identifier: GPL-3.0-or-later
"""Retention: anonymise customers no one has had a conversation with for N years.

Optional and off until set (``agentdesk customer retention --db PATH --years N``, stored in the
desktop's settings as ``privacy.retention_years``). A customer is due when their latest
conversation's last activity (or, without any conversation, the day they were added) lies more
than N years back. Each one due is erased exactly like an erasure on request, with the reason code
``retention``, so the sync carries it to the server and the other desktops.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agentdesk.clock import Clock
from agentdesk.errors import ValidationError
from agentdesk.messages import translatable
from agentdesk.privacy.erase import compact, erase_customer, may_erase
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Customer, CustomerErasure, ErasureReason, Setting

SETTING = "privacy.retention_years"
MIN_YEARS, MAX_YEARS = 1, 30


@dataclass(frozen=True)
class RetentionRun:
    years: int
    due: int
    erased: int


def parse_years(text: str) -> int:
    """A retention period in whole years, 1 to 30."""
    cleaned = (text or "").strip()
    if not cleaned.isdecimal() or not MIN_YEARS <= int(cleaned) <= MAX_YEARS:
        raise ValidationError(
            translatable(
                "Privacy", "The retention period must be a whole number of years from {low} to {high}."
            ),
            low=MIN_YEARS,
            high=MAX_YEARS,
        )
    return int(cleaned)


def retention_years(session: Session) -> int | None:
    row = session.get(Setting, SETTING)
    value = row.value if row is not None else None
    return value if isinstance(value, int) and MIN_YEARS <= value <= MAX_YEARS else None


def set_retention_years(store: Store, years: int | None) -> None:
    """Turn the policy on for ``years`` (checked), or off with ``None``."""
    if years is not None:
        years = parse_years(str(years))
    with store.write() as session:
        row = session.get(Setting, SETTING)
        if row is None:
            session.add(Setting(key=SETTING, value=years))
        else:
            row.value = years


def cutoff(now: dt.datetime, years: int) -> dt.datetime:
    """``years`` calendar years before ``now`` (29 February becomes 28 February)."""
    try:
        return now.replace(year=now.year - years)
    except ValueError:
        return now.replace(year=now.year - years, day=28)


def due(session: Session, years: int, now: dt.datetime) -> list[uuid.UUID]:
    """The customers the policy would anonymise now, oldest activity first."""
    latest = (
        select(Conversation.customer_id, func.max(Conversation.last_activity_at).label("last"))
        .where(Conversation.deleted_at.is_(None))
        .group_by(Conversation.customer_id)
        .subquery()
    )
    erased = select(CustomerErasure.customer_id).where(CustomerErasure.deleted_at.is_(None))
    last = func.coalesce(latest.c.last, Customer.created_at)
    rows = session.execute(
        select(Customer.id)
        .outerjoin(latest, latest.c.customer_id == Customer.id)
        .where(Customer.deleted_at.is_(None), Customer.id.not_in(erased), last < cutoff(now, years))
        .order_by(last)
    )
    return list(rows.scalars())


def apply_retention(
    store: Store,
    clock: Clock,
    *,
    years: int | None = None,
    actor_id: uuid.UUID | None = None,
    dry_run: bool = False,
) -> RetentionRun:
    """Anonymise every customer due under ``years`` (default: the stored policy); with
    ``dry_run`` only count them."""
    with store.read() as session:
        may_erase(session, actor_id)
        chosen = years if years is not None else retention_years(session)
        if chosen is None:
            raise ValidationError(
                translatable("Privacy", "No retention period is set. Give one with --years, from 1 to 30.")
            )
        ids = due(session, chosen, clock.now())
    erased = 0
    if not dry_run:
        try:
            for customer_id in ids:
                code = ErasureReason.RETENTION.value
                erase_customer(store, customer_id, code, clock, actor_id=actor_id, compact=False)
                erased += 1
        finally:
            if erased:
                compact(store)
    return RetentionRun(chosen, len(ids), erased)
