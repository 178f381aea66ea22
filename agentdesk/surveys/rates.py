# SPDX-License-Identifier: GPL-3.0-or-later
"""Response rates of the survey mails: of the surveys sent in a period, how many were answered
(shown beside each score on the dashboard, so a CSAT of 95 % from 3 answers out of 200 mails reads
as what it is)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from agentdesk.store.database import Store
from agentdesk.store.survey_models import SurveyRequest, SurveyState


@dataclass(frozen=True, slots=True)
class ResponseRate:
    sent: int
    answered: int

    @property
    def rate(self) -> float | None:
        """Answered per sent, 0..1; None when none was sent."""
        return self.answered / self.sent if self.sent else None


def response_rates(store: Store, start: dt.datetime, end: dt.datetime) -> dict[str, ResponseRate]:
    """Per survey kind (csat, nps, ces), the survey mails sent from ``start`` to ``end`` and how
    many of them have been answered."""
    answered = (SurveyRequest.state == SurveyState.ANSWERED.value).cast(SurveyRequest.attempts.type)
    with store.read() as session:
        rows = session.execute(
            select(SurveyRequest.kind, func.count(), func.sum(answered))
            .where(
                SurveyRequest.sent_at.is_not(None),
                SurveyRequest.sent_at >= start,
                SurveyRequest.sent_at < end,
                SurveyRequest.deleted_at.is_(None),
            )
            .group_by(SurveyRequest.kind)
        ).all()
    return {kind: ResponseRate(int(sent), int(done or 0)) for kind, sent, done in rows}


__all__ = ["ResponseRate", "response_rates"]
