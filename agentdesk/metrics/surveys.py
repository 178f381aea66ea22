# SPDX-License-Identifier: GPL-3.0-or-later
"""Recording a CSAT, NPS or CES answer on a conversation (a phone caller's answer, a paper form).

The window asks in two steps: ``preview`` checks the answer and says in one sentence what will be
stored (the confirm step), ``record`` stores it. Answers imported from an exchange file are plain
``survey_response`` rows too, so the KPIs count both alike.

Every answer stores its scale and its good end (``scale_best``), so the figures never guess which
way a question was asked: CSAT 1-5, 1-10 or 0-100 (the top is good), NPS 0-10 (10 is good), CES
1-7 or 1-5, asked either way: "The company made it easy to handle my issue" (7 or 5: strongly
agree, easy) or "How much effort did you have to put in?" (1: very low effort, easy). Scores are
whole numbers within the scale.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from agentdesk.clock import Clock, SystemClock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.messages import Message, tr, translatable
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, CustomerErasure, SurveyKind, SurveyResponse

Scale = tuple[int, int, int]
"""A survey scale: its lowest and highest score and its good end (one of the two)."""

SCALES: dict[str, tuple[Scale, ...]] = {
    "csat": ((1, 5, 5), (1, 10, 10), (0, 100, 100)),
    "nps": ((0, 10, 10),),
    "ces": ((1, 7, 7), (1, 7, 1), (1, 5, 1), (1, 5, 5)),
}
"""Every scale an answer may be recorded on, per kind; the first one is the kind's default."""
DEFAULT_SCALES: dict[str, Scale] = {kind: scales[0] for kind, scales in SCALES.items()}
ALLOWED_SCALES: dict[str, tuple[tuple[int, int], ...]] = {
    kind: tuple(dict.fromkeys((low, high) for low, high, _best in scales)) for kind, scales in SCALES.items()
}
"""The ranges (lowest, highest) of ``SCALES``."""


def conventional_best(kind: str, low: int, high: int) -> int:
    """The good end answers on ``low..high`` were entered under before it was stored: 1 for the
    1-5 effort question, the top of every other scale."""
    return low if kind == "ces" and (low, high) == (1, 5) else high


KIND_NAMES = {"csat": "CSAT", "nps": "NPS", "ces": "Customer effort"}
_KIND_TITLES = {
    "csat": translatable("Survey", "CSAT"),
    "nps": translatable("Survey", "NPS"),
    "ces": translatable("Survey", "Customer effort (CES)"),
}
_SUMMARY = translatable(
    "Survey",
    "{kind} {score} on the scale {low}-{high} ({best} is the best answer), for conversation #{number}.",
)
_SUMMARY_NO_NUMBER = translatable(
    "Survey", "{kind} {score} on the scale {low}-{high} ({best} is the best answer), for this conversation."
)
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
    scale_best: int
    comment: str
    summary: str

    @property
    def scale(self) -> Scale:
        return self.scale_min, self.scale_max, self.scale_best


def check_scale(kind: str, scale: tuple[int, int] | Scale | None) -> Scale:
    """The scale to use for ``kind``: ``(low, high, best)``; ``(low, high)`` takes the good end the
    range names (the top, or 1 on the 1-5 effort question); None the kind's default.
    ``ValidationError`` for an unknown kind or a scale no survey of the kind is recorded on."""
    if kind not in SurveyKind.values():
        raise ValidationError(
            translatable("MetricsErrors", "The survey kind must be csat, nps or ces (got {kind!r})."),
            kind=kind,
        )
    if scale is None:
        return DEFAULT_SCALES[kind]
    low, high = scale[0], scale[1]
    best = scale[2] if len(scale) > 2 else conventional_best(kind, low, high)
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
    if (low, high, best) not in SCALES[kind]:
        ends = " or ".join(str(b) for a, z, b in SCALES[kind] if (a, z) == (low, high))
        raise ValidationError(
            translatable(
                "MetricsErrors",
                "The good end of a {KIND_NAMES} scale of {low}-{high} must be {ends} (got {best}).",
            ),
            KIND_NAMES=KIND_NAMES[kind],
            low=low,
            high=high,
            ends=ends,
            best=best,
        )
    return low, high, best


def check_score(kind: str, score: object, scale: tuple[int, int] | Scale) -> int:
    low, high = scale[0], scale[1]
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
        scale: tuple[int, int] | Scale | None = None,
        comment: str = "",
    ) -> SurveyAnswer:
        """Check an answer without storing it; raises ``ValidationError``/``NotFoundError`` with
        one sentence when it cannot be recorded."""
        low, high, best = check_scale(kind, scale)
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
            erased = session.scalar(
                select(CustomerErasure.id).where(
                    CustomerErasure.customer_id == customer_id, CustomerErasure.deleted_at.is_(None)
                )
            )
            if erased is not None:  # the server would drop the answer: it would live here alone
                raise ValidationError(
                    translatable(
                        "MetricsErrors",
                        "The customer of conversation #{number} was erased; no survey answer can be "
                        "recorded for them.",
                    ),
                    number=number,
                )
        summary = Message(
            _SUMMARY if number is not None else _SUMMARY_NO_NUMBER,
            kind=tr(_KIND_TITLES[kind]),
            score=value,
            low=low,
            high=high,
            best=best,
            number=number,
        ).render()
        return SurveyAnswer(
            conversation_id=conversation_id,
            conversation_number=number,
            customer_id=customer_id,
            kind=kind,
            score=value,
            scale_min=low,
            scale_max=high,
            scale_best=best,
            comment=comment,
            summary=summary,
        )

    def record(
        self,
        conversation_id: uuid.UUID,
        kind: str,
        score: object,
        *,
        scale: tuple[int, int] | Scale | None = None,
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
                scale_best=answer.scale_best,
                comment=answer.comment,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            return row.id


__all__ = [
    "ALLOWED_SCALES",
    "DEFAULT_SCALES",
    "SCALES",
    "Scale",
    "SurveyAnswer",
    "SurveyService",
    "check_scale",
    "check_score",
    "conventional_best",
]
