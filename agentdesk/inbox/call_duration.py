# SPDX-License-Identifier: GPL-3.0-or-later
"""The length of a phone call, stored on the reply that logs it.

The composer's call timer (or the agent's own figure) gives the seconds; ``mark_call`` wraps the
reply's ``on_message`` step so the logged message carries ``meta["call"] = {"seconds": n}``. The
average handling time (docs/kpis.md) then counts the measured call instead of an estimate.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from sqlalchemy.orm import Session

from agentdesk.errors import ValidationError
from agentdesk.messages import translatable
from agentdesk.store.models import Message

MAX_CALL_SECONDS = 12 * 3600
"""The longest call recorded (12 hours): anything longer is a timer left running."""

Step = Callable[[Session, Message], None]


def check_call_seconds(seconds: object) -> int:
    """Whole seconds from 0 to ``MAX_CALL_SECONDS``; ``ValidationError`` with one sentence otherwise."""
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not math.isfinite(seconds):
        raise ValidationError(translatable("InboxErrors", "The call length must be a number of minutes."))
    if not 0 <= seconds <= MAX_CALL_SECONDS:
        raise ValidationError(
            translatable("InboxErrors", "The call length must be from 0 to {hours} hours."),
            hours=MAX_CALL_SECONDS // 3600,
        )
    return round(seconds)


def mark_call(seconds: int | None, then: Step | None = None) -> Step | None:
    """An ``on_message`` step recording the call's ``seconds`` (None or 0: nothing is recorded),
    after ``then`` (the route step, ``inbox.delivery.mark_route``)."""
    if not seconds:
        return then
    value = check_call_seconds(seconds)

    def mark(session: Session, message: Message) -> None:
        if then is not None:
            then(session, message)
        message.meta = {**(message.meta or {}), "call": {"seconds": value}}

    return mark


__all__ = ["MAX_CALL_SECONDS", "check_call_seconds", "mark_call"]
