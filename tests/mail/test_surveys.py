# SPDX-License-Identifier: GPL-3.0-or-later
"""Automatic surveys end to end on loopback (Dovecot, aiosmtpd): a solved email conversation gets a
survey mail in the customer's language after the policy's delay; the answer built from its score
link, or a plain "4", comes back through the mailbox and is recorded on the right conversation
without opening a new one; a second survey within the period is not sent; an auto-reply to the
survey records nothing."""

from __future__ import annotations

import email
import email.policy
import re
import uuid
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from sqlalchemy import func, select

from agentdesk.clock import FixedClock
from agentdesk.mail.service import MailService
from agentdesk.store.models import Conversation, Customer, Message, Status, SurveyResponse
from agentdesk.store.survey_models import SurveyOptOut, SurveyRequest, SurveyState
from agentdesk.surveys.policy import PolicyInput, SurveyPolicies

from .conftest import Dovecot, MailSetup, SmtpSink
from .test_fetch import TEXT_ONLY_DE

pytestmark = pytest.mark.server


def received(sink: SmtpSink, index: int) -> EmailMessage:
    msg = email.message_from_bytes(sink.received[index]["data"], policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def text_of(mail: EmailMessage) -> str:
    part = mail.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def score_link(mail: EmailMessage, score: int) -> str:
    found = re.search(rf"^{score}: (mailto:\S+)", text_of(mail), re.MULTILINE)
    assert found is not None, text_of(mail)
    return found.group(1)


def mail_from_link(link: str, sender: str, message_id: str, comment: str = "") -> bytes:
    """What a mail program sends when the customer clicks ``link`` (RFC 6068) and presses Send."""
    parts = urlsplit(link)
    fields = {name: values[0] for name, values in parse_qs(parts.query, keep_blank_values=True).items()}
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = unquote(parts.path)
    mail["Subject"] = fields["subject"]
    mail["Message-ID"] = f"<{message_id}>"
    mail["In-Reply-To"] = fields["In-Reply-To"]
    mail["Date"] = "Tue, 24 Nov 2026 10:00:00 +0100"
    body = fields["body"]
    if comment:
        body = body.replace("\n\n\n", f"\n\n{comment}\n\n", 1)
    mail.set_content(body)
    return bytes(mail)


def plain_reply(
    sender: str, survey: EmailMessage, body: str, message_id: str, *, auto: bool = False
) -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "support@shop.test"
    mail["Subject"] = f"Re: {survey['Subject']}"
    mail["Message-ID"] = f"<{message_id}>"
    mail["In-Reply-To"] = survey["Message-ID"]
    mail["References"] = survey["Message-ID"]
    mail["Date"] = "Tue, 24 Nov 2026 10:00:00 +0100"
    if auto:
        mail["Auto-Submitted"] = "auto-replied"
    quoted = "\n".join(f"> {line}" for line in text_of(survey).splitlines()[:5])
    mail.set_content(f"{body}\n\nAm 23.11.2026 schrieb Shop Support:\n{quoted}\n")
    return bytes(mail)


def solve_one(
    setup: MailSetup, service: MailService, clock: FixedClock, dovecot: Dovecot, raw: bytes
) -> Conversation:
    before = _conversation_ids(setup)
    dovecot.append(setup.user, raw)
    service.run_round()
    new = _conversation_ids(setup) - before
    assert len(new) == 1
    conv_id = new.pop()
    clock.advance(minutes=5)
    service.sender.queue_reply(
        conv_id, "Guten Tag,\ndas Paket ist unterwegs.", status_after=Status.SOLVED.value
    )
    service.run_round()
    with setup.store.read() as session:
        conv = session.get(Conversation, conv_id)
        assert conv is not None and conv.status == Status.SOLVED.value
        return conv


def _conversation_ids(setup: MailSetup) -> set[uuid.UUID]:
    with setup.store.read() as session:
        return set(session.scalars(select(Conversation.id)))


def responses(setup: MailSetup) -> list[SurveyResponse]:
    with setup.store.read() as session:
        return list(session.scalars(select(SurveyResponse).order_by(SurveyResponse.created_at)))


@pytest.fixture
def service(mail_setup: MailSetup, clock: FixedClock) -> MailService:
    SurveyPolicies(mail_setup.store, clock).save(
        PolicyInput(name="Email CSAT", kind="csat", channel="email", delay_minutes=60, period_days=30)
    )
    return MailService(mail_setup.store, mail_setup.passwords, clock)


def test_survey_by_mail_answered_by_its_score_link(
    mail_setup: MailSetup, service: MailService, dovecot: Dovecot, smtp_sink: SmtpSink, clock: FixedClock
) -> None:
    conv = solve_one(mail_setup, service, clock, dovecot, TEXT_ONLY_DE)
    assert len(smtp_sink.received) == 1  # the reply; the survey waits for its delay
    clock.advance(minutes=59)
    service.run_round()
    assert len(smtp_sink.received) == 1
    clock.advance(minutes=2)
    result = service.run_round()
    assert (result.surveys.sent, result.surveys.failed) == (1, 0)
    assert any(line.startswith("Surveys: 1 sent") for line in result.lines())
    survey = received(smtp_sink, 1)
    assert smtp_sink.received[1]["to"] == ["juergen@example.de"]
    assert survey["Subject"] == f"Wie zufrieden waren Sie? Ihre Anfrage #{conv.number}"
    assert survey["Auto-Submitted"] == "auto-generated"
    text = text_of(survey)
    assert "Guten Tag Jürgen Müller" in text and "Wie zufrieden sind Sie mit unserer Hilfe?" in text
    assert [n for n in range(1, 6) if re.search(rf"^{n}: mailto:", text, re.MULTILINE)] == [1, 2, 3, 4, 5]

    conversations = len(_conversation_ids(mail_setup))
    dovecot.append(
        mail_setup.user,
        mail_from_link(score_link(survey, 4), "juergen@example.de", "answer-1@example.de", "Sehr schnell!"),
    )
    service.run_round()
    [answer] = responses(mail_setup)
    assert (answer.conversation_id, answer.kind, answer.score) == (conv.id, "csat", 4.0)
    assert (answer.scale_min, answer.scale_max, answer.scale_best) == (1, 5, 5)
    assert answer.comment == "Sehr schnell!"
    assert len(_conversation_ids(mail_setup)) == conversations  # no new conversation
    with mail_setup.store.read() as session:
        after = session.get(Conversation, conv.id)
        assert after is not None and after.status == Status.SOLVED.value  # not reopened
        assert after.follow_up_at is None  # 4 is no low score
        request = session.scalar(select(SurveyRequest).where(SurveyRequest.conversation_id == conv.id))
        assert request is not None and request.state == SurveyState.ANSWERED.value
    # the same answer fetched again changes nothing
    service.run_round()
    assert len(responses(mail_setup)) == 1


def test_plain_reply_period_auto_reply_and_opt_out(
    mail_setup: MailSetup, service: MailService, dovecot: Dovecot, smtp_sink: SmtpSink, clock: FixedClock
) -> None:
    conv = solve_one(mail_setup, service, clock, dovecot, TEXT_ONLY_DE)
    clock.advance(minutes=61)
    service.run_round()
    survey = received(smtp_sink, 1)
    conversations = len(_conversation_ids(mail_setup))

    # an out-of-office answer to the survey records nothing and starts nothing
    dovecot.append(
        mail_setup.user,
        plain_reply(
            "juergen@example.de",
            survey,
            "Ich bin bis 5. Dezember nicht im Büro.",
            "ooo@example.de",
            auto=True,
        ),
    )
    service.run_round()
    assert responses(mail_setup) == []
    assert len(_conversation_ids(mail_setup)) == conversations

    # a plain "2" with a comment: recorded, and a low score sets a follow-up on the conversation
    dovecot.append(
        mail_setup.user, plain_reply("juergen@example.de", survey, "2\nEs hat zu lange gedauert.", "r2@x.de")
    )
    service.run_round()
    [answer] = responses(mail_setup)
    assert (answer.conversation_id, answer.score, answer.comment) == (
        conv.id,
        2.0,
        "Es hat zu lange gedauert.",
    )
    with mail_setup.store.read() as session:
        after = session.get(Conversation, conv.id)
        assert after is not None and after.follow_up_at == clock.now() and after.status == Status.SOLVED.value
    # a second reply "4" changes the answer instead of counting twice
    dovecot.append(mail_setup.user, plain_reply("juergen@example.de", survey, "4", "r4@x.de"))
    service.run_round()
    [answer] = responses(mail_setup)
    assert answer.score == 4.0
    assert len(_conversation_ids(mail_setup)) == conversations

    # the same customer's next solved conversation within the period gets no survey
    second = TEXT_ONLY_DE.replace(b"de-1@example.de", b"de-2@example.de").replace(
        b"Subject: =?utf-8?q?Lieferung", b"Subject: =?utf-8?q?Zweite_Lieferung"
    )
    solve_one(mail_setup, service, clock, dovecot, second)
    clock.advance(days=1)
    sent_before = len(smtp_sink.received)
    service.run_round()
    assert len(smtp_sink.received) == sent_before
    with mail_setup.store.read() as session:
        reasons = session.scalars(select(SurveyRequest.reason).order_by(SurveyRequest.created_at)).all()
        assert reasons == ["", "period"]

    # "stop" opts the address out
    dovecot.append(mail_setup.user, plain_reply("juergen@example.de", survey, "Stop", "stop@x.de"))
    service.run_round()
    with mail_setup.store.read() as session:
        assert session.scalars(select(SurveyOptOut.email)).all() == ["juergen@example.de"]
        assert (
            session.scalar(
                select(func.count()).select_from(Message).where(Message.external_id == "stop@x.de")
            )
            == 0
        )


def test_no_survey_after_an_auto_reply_conversation_or_to_an_opted_out_address(
    mail_setup: MailSetup, service: MailService, dovecot: Dovecot, smtp_sink: SmtpSink, clock: FixedClock
) -> None:
    auto = TEXT_ONLY_DE.replace(b"MIME-Version: 1.0", b"Auto-Submitted: auto-replied\r\nMIME-Version: 1.0")
    dovecot.append(mail_setup.user, auto)
    service.run_round()  # an auto-reply starts a solved conversation of its own
    clock.advance(hours=2)
    service.run_round()
    assert smtp_sink.received == []
    with mail_setup.store.read() as session:
        assert session.scalars(select(SurveyRequest.reason)).all() == ["automatic"]
        customer = session.scalar(select(Customer))
        assert customer is not None
