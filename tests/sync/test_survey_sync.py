# SPDX-License-Identifier: GPL-3.0-or-later
"""Survey policies, survey mails and the signing key travel through the server: the survey one
desktop sent is answered by mail on the other, whose fetch knows its token and records the score
on the right conversation."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import MailAccount, SurveyResponse, SyncConflict
from agentdesk.store.survey_models import SurveyPolicy, SurveyRequest, SurveyState
from agentdesk.surveys.answers import SurveyAnswers
from agentdesk.surveys.outgoing import SurveyMailer
from agentdesk.surveys.policy import PolicyInput, SurveyPolicies
from agentdesk.sync.connection import Credentials
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent

pytestmark = pytest.mark.server

LIV = Credentials("sv_liv", "liv-pw")
EMIL = Credentials("sv_emil", "emil-pw")


def test_a_survey_sent_on_one_desktop_is_answered_on_the_other(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    add_agent(
        server_url, LIV.user, LIV.password, name="Liv", email="liv@example.com", role="supervisor", tiers=[1]
    )
    add_agent(server_url, EMIL.user, EMIL.password, name="Emil", email="emil@example.com", tiers=[1])
    a, b = desktop("a"), desktop("b")
    for store, who in ((a, LIV), (b, EMIL)):
        assert sync_once(store, server_url, who).ok

    SurveyPolicies(a, clock).save(PolicyInput(name="Mail CSAT", kind="csat", delay_minutes=0))
    with a.write() as session:
        session.add(
            MailAccount(
                name="Support",
                address="support@shop.test",
                imap_host="127.0.0.1",
                imap_port=143,
                imap_user="support",
                smtp_host="127.0.0.1",
                smtp_port=25,
            )
        )
    inbox = InboxService(a, clock)
    karen = inbox.create_customer("Karen Holm", email="karen@example.dk", language="da")
    conv = inbox.create_conversation(karen, "email", "Faktura", "Hvor er min faktura?").id
    inbox.set_status(conv, "solved")
    mailer = SurveyMailer(a, clock)
    assert mailer.plan() == 1
    [due] = mailer.due()
    survey = mailer.claim(due)
    assert survey is not None and survey.mail["Subject"].startswith("Hvordan klarede vi det?")
    mailer.sent(due)
    link = survey.mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    token = next(line for line in link.splitlines() if line.startswith("2: mailto:"))

    for store, who in ((a, LIV), (b, EMIL)):
        summary = sync_once(store, server_url, who)
        assert summary.ok, summary.error
    with b.read() as session:
        assert [p.name for p in session.scalars(select(SurveyPolicy))] == ["Mail CSAT"]
        request = session.get(SurveyRequest, due)
        assert request is not None and request.state == SurveyState.SENT.value

    from urllib.parse import parse_qs, urlsplit

    fields = parse_qs(urlsplit(token.split(" ", 1)[1]).query)
    answer = SurveyAnswers(b, clock).recognise(
        subject=fields["subject"][0],
        body=fields["body"][0],
        from_address="karen@example.dk",
        thread_ids=[],  # a mail program that drops the In-Reply-To: the signed token is enough
        automatic=None,
    )
    assert answer is not None and answer.recorded and answer.score == 2 and answer.conversation_id == conv
    for store, who in ((b, EMIL), (a, LIV)):
        summary = sync_once(store, server_url, who)
        assert summary.ok, summary.error
    with a.read() as session:
        [response] = session.scalars(select(SurveyResponse)).all()
        assert (response.conversation_id, response.score) == (conv, 2.0)
        assert session.get(SurveyRequest, due).state == SurveyState.ANSWERED.value  # type: ignore[union-attr]
        assert session.scalars(select(SyncConflict)).all() == []

    # an agent's login cannot change the survey policies on the server (written past the desk's
    # own check, as a one-person desk would)
    SurveyPolicies(b, clock).save(PolicyInput(name="Sneaky", kind="off"))
    for store, who in ((b, EMIL), (a, LIV)):
        summary = sync_once(store, server_url, who)
        assert summary.ok, summary.error
    with b.read() as session:
        refused = session.scalars(
            select(SyncConflict).where(SyncConflict.table_name == "survey_policy")
        ).all()
        assert [c.kind for c in refused] == ["rejected"]
    with a.read() as session:
        assert [p.name for p in session.scalars(select(SurveyPolicy))] == ["Mail CSAT"]
