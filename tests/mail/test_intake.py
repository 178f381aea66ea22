# SPDX-License-Identifier: GPL-3.0-or-later
"""Threading and machine mail without a server: what a parsed mail does to conversations and
their SLA clocks."""

from __future__ import annotations

from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.mail.fetch import MailIntake
from agentdesk.mail.parse import parse_mail
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Message, Status


def mail(*headers: str, body: str = "Hello") -> bytes:
    return ("\r\n".join(headers) + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()


def test_an_auto_reply_starts_no_clock_and_reopens_nothing(store: Store, clock: FixedClock) -> None:
    intake = MailIntake(store, clock)
    first = intake.deliver(
        parse_mail(mail("From: ole@example.dk", "Subject: Faktura", "Message-ID: <m1@example.dk>"))
    )
    inbox = InboxService(store, clock)
    clock.advance(minutes=30)
    inbox.reply(first.conversation_id, "Vi ser på det.", status_after=Status.PENDING.value)
    with store.read() as session:
        before = session.get(Conversation, first.conversation_id)
    clock.advance(minutes=5)
    auto = intake.deliver(
        parse_mail(
            mail(
                "From: ole@example.dk",
                "Subject: Autosvar: Faktura",
                "Message-ID: <auto1@example.dk>",
                "In-Reply-To: <m1@example.dk>",
                "Auto-Submitted: auto-replied",
                body="Jeg er på ferie.",
            )
        )
    )
    assert auto.conversation_id == first.conversation_id and not auto.new_conversation
    with store.read() as session:
        after = session.get(Conversation, first.conversation_id)
        assert before is not None and after is not None
        assert after.status == Status.PENDING  # not reopened
        assert after.waiting_since is None  # awaits no answer
        assert after.next_response_due_at == before.next_response_due_at
        assert after.resolution_due_at == before.resolution_due_at
        assert after.message_count == 3
        row = session.get(Message, auto.message_id)
        assert row is not None and row.direction == "note" and row.meta["mail"]["automatic"] == "auto_reply"

    # A person writing again does reopen it.
    clock.advance(minutes=5)
    intake.deliver(
        parse_mail(mail("From: ole@example.dk", "Subject: SV: Faktura", "Message-ID: <m2@example.dk>"))
    )
    with store.read() as session:
        conv = session.get(Conversation, first.conversation_id)
        assert conv is not None and conv.status == Status.OPEN and conv.waiting_since is not None


def test_threads_follow_merges_and_skip_closed_conversations(store: Store, clock: FixedClock) -> None:
    intake = MailIntake(store, clock)
    a = intake.deliver(parse_mail(mail("From: a@example.de", "Subject: Eins", "Message-ID: <a1@x>")))
    b = intake.deliver(parse_mail(mail("From: a@example.de", "Subject: Zwei", "Message-ID: <b1@x>")))
    assert a.conversation_id != b.conversation_id
    inbox = InboxService(store, clock)
    inbox.merge(b.conversation_id, a.conversation_id)
    reply = intake.deliver(
        parse_mail(
            mail("From: a@example.de", "Subject: Re: Zwei", "Message-ID: <b2@x>", "References: <b1@x>")
        )
    )
    assert reply.conversation_id == a.conversation_id  # the merge target

    inbox.set_status(a.conversation_id, Status.SOLVED.value)
    inbox.set_status(a.conversation_id, Status.CLOSED.value)
    late = intake.deliver(
        parse_mail(
            mail("From: a@example.de", "Subject: Re: Eins", "Message-ID: <a2@x>", "In-Reply-To: <a1@x>")
        )
    )
    assert late.new_conversation and late.conversation_id != a.conversation_id

    # Same subject, different sender: not the same conversation.
    other = intake.deliver(parse_mail(mail("From: z@example.de", "Subject: Re: Eins", "Message-ID: <z1@x>")))
    assert other.new_conversation
    # The same Message-ID twice is one message.
    again = intake.deliver(parse_mail(mail("From: z@example.de", "Subject: x", "Message-ID: <z1@x>")))
    assert again.duplicate and again.message_id == other.message_id
    with store.read() as session:
        assert len(session.scalars(select(Message.id).where(Message.external_id == "z1@x")).all()) == 1
