# SPDX-License-Identifier: GPL-3.0-or-later
"""Survey answers that come back by mail.

The mail intake asks ``SurveyAnswers.recognise`` first. A mail is an answer to a survey when it
carries a valid token (the score link's prepared reply) or answers the survey mail (In-Reply-To or
References hold its Message-ID). Then:

- an auto-reply or a bounce records nothing (and starts no conversation);
- a token's score, or a plain reply whose first line starts with a number on the survey's scale,
  is recorded on the survey's conversation with the rest of the customer's words as the comment
  (a second answer to the same survey changes the first); a low score sets a follow-up on the
  conversation, which shows in its owner's Follow-ups;
- the opt-out link, or a reply "stop" / "abmelden" / "afmeld", records the opt-out;
- a reply with words but no score is a message from the customer: it joins the survey's
  conversation (``Recognised.conversation_id`` with ``recorded`` False, ``join`` True).

None: the mail has nothing to do with a survey and the intake goes on as usual.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.clock import Clock, SystemClock
from agentdesk.errors import AgentDeskError
from agentdesk.inbox.service import InboxService
from agentdesk.metrics.surveys import MAX_COMMENT, SurveyService
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Customer, EventKind, SurveyResponse
from agentdesk.store.survey_models import SurveyRequest, SurveyState
from agentdesk.surveys.outgoing import ANSWER_LINE, COMMENT_LINE, STOP_LINE, opt_out, signing_keys
from agentdesk.surveys.policy import low_score
from agentdesk.surveys.token import asks_stop, find_token, reply_comment, reply_score

log = logging.getLogger("agentdesk.surveys")


@dataclass(frozen=True)
class Recognised:
    request_id: uuid.UUID
    conversation_id: uuid.UUID
    recorded: bool = False  # a score was recorded
    score: int | None = None
    join: bool = False  # the mail is a message of the conversation: store it there
    opted_out: bool = False


class SurveyAnswers:
    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or SystemClock()

    def recognise(
        self,
        *,
        subject: str,
        body: str,
        from_address: str,
        thread_ids: Sequence[str],
        automatic: str | None,
    ) -> Recognised | None:
        with self.store.read() as session:
            keys = signing_keys(session)
            token = find_token(f"{subject}\n{body}", keys) if keys else None
            request: SurveyRequest | None = None
            if token is not None:
                request = session.get(SurveyRequest, token.request_id)
            if request is None:
                ids = [i for i in thread_ids if i.startswith("survey-")]
                if ids:
                    request = session.scalar(
                        select(SurveyRequest).where(SurveyRequest.rfc_message_id.in_(ids)).limit(1)
                    )
            if request is None or request.deleted_at is not None:
                return None
            request_id, conversation_id = request.id, request.conversation_id
            kind, scale = request.kind, (request.scale_min, request.scale_max, request.scale_best)
            customer = session.get(Customer, request.customer_id)
            address = (customer.email or "") if customer is not None else ""
            answered = request.response_id
        now = self.clock.now()
        if automatic:
            log.info("an automatic mail (%s) answered a survey; nothing recorded", automatic)
            if automatic == "bounce":  # the survey did not arrive: say so on the request
                with self.store.write() as session:
                    row = session.get(SurveyRequest, request_id)
                    if row is not None and row.state == SurveyState.SENT.value:
                        row.state = SurveyState.FAILED.value
                        row.last_error = "bounced"
                        row.updated_at = now
            return Recognised(request_id, conversation_id)
        if (token is not None and token.request_id == request_id and token.score is None) or asks_stop(body):
            with self.store.write() as session:
                for candidate in dict.fromkeys((from_address, address)):
                    opt_out(session, candidate, "link" if token is not None else "reply", now)
            return Recognised(request_id, conversation_id, opted_out=True)
        score = token.score if token is not None and token.request_id == request_id else None
        if score is None or not scale[0] <= score <= scale[1]:
            score = reply_score(body, scale[0], scale[1])
        prompts = [*COMMENT_LINE.values(), *STOP_LINE.values()]
        if score is not None:
            prompts += [line.format(score=score) for line in ANSWER_LINE.values()]
        comment = reply_comment(body, prompts)[:MAX_COMMENT]
        if score is None:
            return Recognised(request_id, conversation_id, join=bool(comment))
        response_id = self._record(conversation_id, kind, score, scale, comment, answered)
        if response_id is None:
            return Recognised(request_id, conversation_id)
        with self.store.write() as session:
            row = session.get(SurveyRequest, request_id)
            if row is not None:
                row.state = SurveyState.ANSWERED.value
                row.answered_at = now
                row.response_id = response_id
                row.updated_at = now
            if low_score(kind, score):
                self._follow_up(session, conversation_id, response_id, score, now)
        return Recognised(request_id, conversation_id, recorded=True, score=score)

    def _record(
        self,
        conversation_id: uuid.UUID,
        kind: str,
        score: int,
        scale: tuple[int, int, int],
        comment: str,
        answered: uuid.UUID | None,
    ) -> uuid.UUID | None:
        now = self.clock.now()
        if answered is not None:  # the customer changed their answer
            with self.store.write() as session:
                row = session.get(SurveyResponse, answered)
                if row is not None and row.deleted_at is None:
                    row.score = float(score)
                    if comment:
                        row.comment = comment
                    row.created_at = now
                    row.updated_at = now
                    return row.id
        try:
            return SurveyService(self.store, self.clock).record(
                conversation_id, kind, score, scale=scale, comment=comment, when=now
            )
        except AgentDeskError as exc:  # an erased customer, a deleted conversation
            log.info("survey answer not recorded: %s", exc)
            return None

    def _follow_up(
        self,
        session: Session,
        conversation_id: uuid.UUID,
        response_id: uuid.UUID,
        score: int,
        now: dt.datetime,
    ) -> None:
        conv = session.get(Conversation, conversation_id)
        if conv is None or conv.deleted_at is not None:
            return
        inbox = InboxService(self.store, self.clock)
        inbox._event(
            session,
            conv,
            EventKind.FOLLOW_UP,
            {"at": now.isoformat(), "survey": str(response_id), "score": score},
            now,
        )
        conv.follow_up_at = now
        conv.updated_at = now


__all__ = ["Recognised", "SurveyAnswers"]
