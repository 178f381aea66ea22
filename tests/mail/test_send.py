# SPDX-License-Identifier: GPL-3.0-or-later
"""Replies out over SMTP (aiosmtpd on loopback): threaded headers, the outbox when the server is
down, retries that send exactly once, and the customer's answer landing in the same
conversation."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.mail.fetch import MailFetcher
from agentdesk.mail.send import UNCERTAIN, MailSender
from agentdesk.store.models import Conversation, DeliveryState, MailOutbox, Message, OutboxState, Status

from .conftest import Dovecot, MailSetup, SmtpSink
from .test_fetch import REPLY_WITH_REFERENCES, TEXT_ONLY_DE, crlf

pytestmark = pytest.mark.server


def received(sink: SmtpSink, index: int = 0) -> EmailMessage:
    msg = email.message_from_bytes(sink.received[index]["data"], policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def conversation_of(setup: MailSetup, external_id: str) -> Conversation:
    with setup.store.read() as session:
        conv = session.scalar(select(Conversation).join(Message).where(Message.external_id == external_id))
        assert conv is not None
        return conv


def test_reply_is_threaded_and_the_answer_comes_back(
    mail_setup: MailSetup, dovecot: Dovecot, smtp_sink: SmtpSink, clock: FixedClock
) -> None:
    dovecot.append(mail_setup.user, TEXT_ONLY_DE, REPLY_WITH_REFERENCES)
    fetcher = MailFetcher(mail_setup.store, mail_setup.passwords, clock)
    assert fetcher.fetch_account(mail_setup.account_id).stored == 2
    conv = conversation_of(mail_setup, "de-1@example.de")

    sender = MailSender(mail_setup.store, mail_setup.passwords, clock)
    clock.advance(minutes=5)
    reply_id = sender.queue_reply(
        conv.id,
        "Guten Tag Herr Müller,\nDas Paket ist unterwegs.",
        body_html="<p>Das Paket ist <b>unterwegs</b>.</p>",
    )
    assert sender.status(reply_id).state == DeliveryState.QUEUED
    result = sender.flush()
    assert (result.sent, result.failed) == (1, 0)
    assert len(smtp_sink.received) == 1

    mail = received(smtp_sink)
    assert smtp_sink.received[0]["to"] == ["juergen@example.de"]
    assert smtp_sink.received[0]["from"] == "support@shop.test"
    assert mail["In-Reply-To"] == "<de-2@example.de>"
    assert mail["References"].split() == [
        "<de-1@example.de>",
        "<unknown-elsewhere@example.org>",
        "<de-2@example.de>",
    ]
    assert mail["Message-ID"] == f"<{reply_id.hex}@shop.test>"
    assert mail["Subject"] == "Re: Lieferung für Bestellung 4711 fehlt"
    assert str(mail["From"]) == "Shop Support <support@shop.test>"
    body = mail.get_body(("plain",))
    html = mail.get_body(("html",))
    assert body is not None and "Das Paket ist unterwegs." in body.get_content()
    assert html is not None and "<b>unterwegs</b>" in html.get_content()

    status = sender.status(reply_id)
    assert status.state == DeliveryState.SENT and status.reason is None and status.label == "Sent"
    assert sender.flush().sent == 0  # nothing twice
    assert len(smtp_sink.received) == 1

    # The customer answers in their mail program: it threads on our Message-ID.
    dovecot.append(
        mail_setup.user,
        crlf(f"""
From: juergen@example.de
To: support@shop.test
Subject: Re: Lieferung =?utf-8?q?f=C3=BCr?= Bestellung 4711 fehlt
Message-ID: <de-3@example.de>
In-Reply-To: <{reply_id.hex}@shop.test>
References: <de-1@example.de> <de-2@example.de> <{reply_id.hex}@shop.test>
Content-Type: text/plain; charset=utf-8

Danke, angekommen!
"""),
    )
    clock.advance(minutes=5)
    assert fetcher.fetch_account(mail_setup.account_id).stored == 1
    assert conversation_of(mail_setup, "de-3@example.de").id == conv.id
    with mail_setup.store.read() as session:
        directions = session.scalars(
            select(Message.direction).where(Message.conversation_id == conv.id).order_by(Message.created_at)
        ).all()
    assert directions == ["inbound", "inbound", "outbound", "inbound"]


def test_server_down_keeps_the_reply_and_a_later_retry_sends_it_once(
    mail_setup: MailSetup, dovecot: Dovecot, smtp_sink: SmtpSink, clock: FixedClock
) -> None:
    dovecot.append(mail_setup.user, TEXT_ONLY_DE)
    MailFetcher(mail_setup.store, mail_setup.passwords, clock).fetch_account(mail_setup.account_id)
    conv = conversation_of(mail_setup, "de-1@example.de")
    sender = MailSender(mail_setup.store, mail_setup.passwords, clock)

    smtp_sink.stop()
    reply_id = sender.queue_reply(conv.id, "Wir kümmern uns darum.", status_after=Status.PENDING.value)
    result = sender.flush()
    assert (result.sent, result.failed) == (0, 1)
    status = sender.status(reply_id)
    assert status.state == DeliveryState.FAILED
    assert status.reason is not None and "refused the connection" in status.reason
    assert status.label.startswith("Not sent — ") and "Trying again at" in status.label
    assert status.next_attempt_at is not None and status.next_attempt_at > clock.now()
    with mail_setup.store.read() as session:
        message = session.get(Message, reply_id)
        assert message is not None and message.meta["delivery_error"] == status.reason
        assert message.body_text == "Wir kümmern uns darum."  # the reply itself is kept

    assert sender.statuses(conv.id) == {reply_id: status}

    smtp_sink.start()
    assert sender.flush().sent == 0  # the pause before the retry is not over yet
    assert smtp_sink.received == []
    clock.advance(minutes=2)
    assert sender.flush().sent == 1
    assert sender.flush().sent == 0
    clock.advance(hours=2)
    assert sender.flush().sent == 0
    assert len(smtp_sink.received) == 1
    assert received(smtp_sink)["Message-ID"] == f"<{reply_id.hex}@shop.test>"
    status = sender.status(reply_id)
    assert status.state == DeliveryState.SENT and status.attempts == 2 and status.reason is None


def test_a_reply_left_sending_is_never_resent_by_itself(
    mail_setup: MailSetup, dovecot: Dovecot, smtp_sink: SmtpSink, clock: FixedClock
) -> None:
    dovecot.append(mail_setup.user, TEXT_ONLY_DE)
    MailFetcher(mail_setup.store, mail_setup.passwords, clock).fetch_account(mail_setup.account_id)
    conv = conversation_of(mail_setup, "de-1@example.de")
    sender = MailSender(mail_setup.store, mail_setup.passwords, clock)
    reply_id = sender.queue_reply(conv.id, "Antwort")
    assert sender._claim(reply_id)  # the program stops right after claiming it
    assert sender.flush().sent == 0  # another sender (or a restart soon after) leaves it alone

    clock.advance(minutes=30)
    restarted = MailSender(mail_setup.store, mail_setup.passwords, clock)
    assert restarted.flush().sent == 0
    status = restarted.status(reply_id)
    assert status.state == DeliveryState.FAILED and status.reason == UNCERTAIN
    assert status.next_attempt_at is None
    clock.advance(hours=3)
    assert restarted.flush().sent == 0
    assert smtp_sink.received == []

    restarted.retry(reply_id)  # the agent decides to send it
    assert restarted.flush().sent == 1
    assert len(smtp_sink.received) == 1
    with mail_setup.store.read() as session:
        row = session.get(MailOutbox, reply_id)
        assert row is not None and row.state == OutboxState.SENT


def test_a_reply_without_an_address_or_account_is_refused_whole(
    mail_setup: MailSetup, clock: FixedClock
) -> None:
    from agentdesk.inbox.service import InboxService

    inbox = InboxService(mail_setup.store, clock)
    customer = inbox.create_customer("Walk-in customer")
    ref = inbox.create_conversation(customer, "email", "Question at the counter", "Hello")
    sender = MailSender(mail_setup.store, mail_setup.passwords, clock)
    with pytest.raises(ValidationError, match="no email address"):
        sender.queue_reply(ref.id, "Answer")
    with mail_setup.store.read() as session:
        assert session.scalars(select(Message).where(Message.direction == "outbound")).all() == []
    phone = inbox.create_conversation(customer, "phone", "Call", "Hello")
    with pytest.raises(ValidationError, match="not an email conversation"):
        sender.queue_reply(phone.id, "Answer")
