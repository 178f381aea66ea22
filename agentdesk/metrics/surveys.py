# SPDX-License-Identifier: GPL-3.0-or-later
"""Recording a CSAT, NPS or CES answer on a conversation (a phone caller's answer, a paper form).

The window asks in two steps: ``preview`` checks the answer and says in one sentence what will be
stored (the confirm step), ``record`` stores it. Answers imported from an exchange file are plain
``survey_response`` rows too, so the KPIs count both alike.

Scales: CSAT 1-5 (or 1-10, 0-100), NPS 0-10, CES 1-7 (7: "it was easy") or 1-5 (the effort question, 1:
"very low effort"): the scale names the question. Scores are
whole numbers within the scale.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from dataclasses import dataclass

from agentdesk.clock import Clock, SystemClock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, SurveyKind, SurveyResponse

DEFAULT_SCALES: dict[str, tuple[int, int]] = {"csat": (1, 5), "nps": (0, 10), "ces": (1, 7)}
ALLOWED_SCALES: dict[str, tuple[tuple[int, int], ...]] = {
    "csat": ((1, 5), (1, 10), (0, 100)),
    "nps": ((0, 10),),
    "ces": ((1, 7), (1, 5)),
}
KIND_NAMES = {"csat": "CSAT", "nps": "NPS", "ces": "Customer effort"}
MAX_COMMENT = 5000


@dataclass(frozen=True, slots=True)
class SurveyAnswer:
    """A checked answer, ready to store; ``summary`` is the sentence for the confirm step."""

    conversation_id: uuid.UUID
    conversation_number: int | None
    customer_id: uuid.UUID
    kind: str
    score: int
    scale_min: int
    scale_max: int
    comment: str
    summary: str


def check_scale(kind: str, scale: tuple[int, int] | None) -> tuple[int, int]:
    """The scale to use for ``kind``; ``ValidationError`` for an unknown kind or scale."""
    if kind not in SurveyKind.values():
        raise ValidationError(
            translatable("MetricsErrors", "The survey kind must be csat, nps or ces (got {kind!r})."),
            kind=kind,
        )
    if scale is None:
        return DEFAULT_SCALES[kind]
    low, high = scale
    if (low, high) not in ALLOWED_SCALES[kind]:
        allowed = " or ".join(f"{a}-{b}" for a, b in ALLOWED_SCALES[kind])
        raise ValidationError(
            translatable(
                "MetricsErrors", "A {KIND_NAMES} answer must be on the {allowed} scale (got {low}-{high})."
            ),
            KIND_NAMES=KIND_NAMES[kind],
            allowed=allowed,
            low=low,
            high=high,
        )
    return low, high


def check_score(kind: str, score: object, scale: tuple[int, int]) -> int:
    low, high = scale
    if isinstance(score, bool) or not isinstance(score, int | float) or not math.isfinite(score):
        raise ValidationError(
            translatable(
                "MetricsErrors", "The {KIND_NAMES} score must be a whole number from {low} to {high}."
            ),
            KIND_NAMES=KIND_NAMES[kind],
            low=low,
            high=high,
        )
    if score != int(score) or not low <= score <= high:
        raise ValidationError(
            translatable(
                "MetricsErrors",
                ("The {KIND_NAMES} score must be a whole number from {low} to {high} (got {score:g})."),
            ),
            KIND_NAMES=KIND_NAMES[kind],
            low=low,
            high=high,
            score=score,
        )
    return int(score)


class SurveyService:
    """Recording survey answers for one desk."""

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or SystemClock()

    def preview(
        self,
        conversation_id: uuid.UUID,
        kind: str,
        score: object,
        *,
        scale: tuple[int, int] | None = None,
        comment: str = "",
    ) -> SurveyAnswer:
        """Check an answer without storing it; raises ``ValidationError``/``NotFoundError`` with
        one sentence when it cannot be recorded."""
        low, high = check_scale(kind, scale)
        value = check_score(kind, score, (low, high))
        comment = comment.strip()
        if len(comment) > MAX_COMMENT:
            raise ValidationError(
                translatable(
                    "MetricsErrors", "The comment is too long (at most {MAX_COMMENT:,} characters)."
                ),
                MAX_COMMENT=MAX_COMMENT,
            )
        with self.store.read() as session:
            conv = session.get(Conversation, conversation_id)
            if conv is None or conv.deleted_at is not None:
                raise NotFoundError(
                    translatable(
                        "MetricsErrors", "That conversation does not exist (it may have been deleted)."
                    )
                )
            if conv.merged_into_id is not None:
                raise ValidationError(
                    translatable(
                        "MetricsErrors",
                        "Conversation #{number} was merged into another one; record the answer there.",
                    ),
                    number=conv.number,
                )
            number, customer_id = conv.number, conv.customer_id
        ref = f"#{number}" if number is not None else "this conversation"
        return SurveyAnswer(
            conversation_id=conversation_id,
            conversation_number=number,
            customer_id=customer_id,
            kind=kind,
            score=value,
            scale_min=low,
            scale_max=high,
            comment=comment,
            summary=f"Record {KIND_NAMES[kind]} {value} (scale {low}-{high}) for conversation {ref}?",
        )

    def record(
        self,
        conversation_id: uuid.UUID,
        kind: str,
        score: object,
        *,
        scale: tuple[int, int] | None = None,
        comment: str = "",
        when: dt.datetime | None = None,
    ) -> uuid.UUID:
        """Store a checked answer (see ``preview``); returns the new answer's id."""
        if when is not None and when.tzinfo is None:
            raise ValidationError(translatable("MetricsErrors", "A time without a time zone was given."))
        answer = self.preview(conversation_id, kind, score, scale=scale, comment=comment)
        now = (when or self.clock.now()).astimezone(dt.UTC)
        with self.store.write() as session:
            row = SurveyResponse(
                id=uuid7(),
                conversation_id=answer.conversation_id,
                customer_id=answer.customer_id,
                kind=answer.kind,
                score=float(answer.score),
                scale_min=answer.scale_min,
                scale_max=answer.scale_max,
                comment=answer.comment,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            return row.id


__all__ = [
    "ALLOWED_SCALES",
    "DEFAULT_SCALES",
    "SurveyAnswer",
    "SurveyService",
    "check_scale",
    "check_score",
]
