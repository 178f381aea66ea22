# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo workspace's automatic surveys: a CSAT policy for email, and the survey mails of the last
four weeks' solved email conversations (at most one per customer in 30 days), about two in five
answered by mail (a score link or a reply with the number, some with a comment in the customer's
language), a few opted out. The dashboard's CSAT then shows its response rate.

Rows are written directly, anchored to the demo's clock and seeded: the same seed and anchor give
the same workspace, ids included (derived from the conversations').
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlalchemy import select

from agentdesk.store.database import Store
from agentdesk.store.models import Channel, Conversation, Customer, MailAccount, Status, SurveyResponse
from agentdesk.store.survey_models import SurveyKey, SurveyOptOut, SurveyPolicy, SurveyRequest, SurveyState
from agentdesk.surveys.policy import low_score

WINDOW = dt.timedelta(days=28)
NAMESPACE = uuid.UUID("5a0d2c4e-7b1f-4e39-9c8a-2f6e1d3b7a90")
COMMENTS = {
    "en": [
        "Quick and friendly, thank you!",
        "Took a while, but it was solved.",
        "Still waiting for the refund.",
    ],
    "de": [
        "Schnell und freundlich, danke!",
        "Hat etwas gedauert, aber jetzt passt es.",
        "Die Erstattung fehlt noch.",
    ],
    "da": [
        "Hurtigt og venligt, tak!",
        "Det tog lidt tid, men nu virker det.",
        "Jeg venter stadig på pengene.",
    ],
}


def add_demo_surveys(store: Store, anchor: dt.datetime, seed: int) -> int:
    """Add the policy and the survey mails; returns how many answers came in by mail."""
    rng = random.Random(seed * 7919 + 26)
    with store.write() as session:
        account = session.scalar(select(MailAccount.id).where(MailAccount.deleted_at.is_(None)).limit(1))
        start = anchor - WINDOW - dt.timedelta(days=2)
        policy = SurveyPolicy(
            id=uuid.uuid5(NAMESPACE, f"policy:{seed}"),
            name="Email satisfaction",
            channel=Channel.EMAIL.value,
            plan=None,
            team_id=None,
            kind="csat",
            delay_minutes=60,
            period_days=30,
            position=1,
            texts={},
            created_at=start,
            updated_at=start,
        )
        session.add(policy)
        session.add(
            SurveyKey(
                id=uuid.uuid5(NAMESPACE, f"key:{seed}"),
                secret=f"{rng.getrandbits(256):064x}",
                created_at=start,
                updated_at=start,
            )
        )
        rows = session.execute(
            select(Conversation, Customer)
            .join(Customer, Customer.id == Conversation.customer_id)
            .where(
                Conversation.channel == Channel.EMAIL.value,
                Conversation.status.in_((Status.SOLVED.value, Status.CLOSED.value)),
                Conversation.solved_at.is_not(None),
                Conversation.solved_at >= anchor - WINDOW,
                Conversation.solved_at <= anchor - dt.timedelta(hours=2),
                Conversation.merged_into_id.is_(None),
                Conversation.deleted_at.is_(None),
                Customer.email.is_not(None),
            )
            .order_by(Conversation.solved_at)
        ).all()
        surveyed: dict[object, dt.datetime] = {}
        answers = 0
        for conv, customer in rows:
            assert conv.solved_at is not None
            last = surveyed.get(customer.id)
            if last is not None and conv.solved_at - last < dt.timedelta(days=30):
                continue
            sent = conv.solved_at + dt.timedelta(minutes=60)
            surveyed[customer.id] = sent
            language = customer.language if customer.language in COMMENTS else "en"
            request = SurveyRequest(
                id=uuid.uuid5(NAMESPACE, f"request:{conv.id}"),
                conversation_id=conv.id,
                customer_id=customer.id,
                policy_id=policy.id,
                kind="csat",
                scale_min=1,
                scale_max=5,
                scale_best=5,
                language=language,
                account_id=account,
                state=SurveyState.SENT.value,
                reason="",
                due_at=sent,
                rfc_message_id=None,
                attempts=1,
                last_error="",
                sent_at=sent,
                created_at=conv.solved_at,
                updated_at=sent,
            )
            request.rfc_message_id = f"survey-{request.id.hex}@shop.example"
            session.add(request)
            if rng.random() < 0.03:
                session.add(
                    SurveyOptOut(
                        id=uuid.uuid5(NAMESPACE, f"opt-out:{conv.id}"),
                        email=(customer.email or "").lower(),
                        source="link",
                        created_at=sent,
                        updated_at=sent,
                    )
                )
                continue
            if rng.random() >= 0.42:
                continue
            score = rng.choices((5, 4, 3, 2, 1), weights=(46, 30, 11, 8, 5))[0]
            answered = min(anchor, sent + dt.timedelta(minutes=rng.randint(5, 60 * 30)))
            comment = ""
            if rng.random() < 0.35:
                comment = COMMENTS[language][0 if score >= 4 else 1 if score == 3 else 2]
            response = SurveyResponse(
                id=uuid.uuid5(NAMESPACE, f"response:{conv.id}"),
                conversation_id=conv.id,
                customer_id=customer.id,
                kind="csat",
                score=float(score),
                scale_min=1,
                scale_max=5,
                scale_best=5,
                comment=comment,
                created_at=answered,
                updated_at=answered,
            )
            session.add(response)
            request.state = SurveyState.ANSWERED.value
            request.answered_at = answered
            request.response_id = response.id
            if (
                low_score("csat", score)
                and conv.follow_up_at is None
                and answered > anchor - dt.timedelta(days=3)
            ):
                conv.follow_up_at = answered
            answers += 1
        return answers


__all__ = ["add_demo_surveys"]
