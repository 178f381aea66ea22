# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing to a customer first: the agent's email opens the conversation, goes out by SMTP without
"Re:" and with our own Message-ID, and the customer's answer (fed back through the intake, as the
fetcher does) threads into the same conversation; from the window, New conversation → "I write
first" with a mailbox, a language and a canned reply in that language."""

from __future__ import annotations

import email
import email.policy
import uuid
from email.message import EmailMessage

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.gui.mail_desk import DeskPasswords
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.inbox.views import View
from agentdesk.mail.accounts import KeyringPasswords
from agentdesk.mail.fetch import MailIntake
from agentdesk.mail.outreach import start_outreach
from agentdesk.mail.parse import parse_mail
from agentdesk.mail.send import MailSender
from agentdesk.replies.library import ReplyDraft
from agentdesk.services import build_services
from agentdesk.store.models import Conversation, ConversationEvent, DeliveryState, Message

from .conftest import MailSetup, MemoryKeyring, SmtpSink
from .test_fetch import crlf

pytestmark = [
    pytest.mark.server,
    pytest.mark.qt_log_ignore(
        r"This plugin does not support propagateSizeHints\(\)",
        r"This plugin does not support raise\(\)",
        r"This plugin does not support grabbing the keyboard",
    ),
]


def received(sink: SmtpSink, index: int = 0) -> EmailMessage:
    msg = email.message_from_bytes(sink.received[index]["data"], policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def test_an_outreach_mail_goes_out_and_the_answer_threads_into_it(
    mail_setup: MailSetup, smtp_sink: SmtpSink, clock: FixedClock
) -> None:
    services = build_services(mail_setup.store, clock)
    agent = services.directory.create_agent("Maja Jensen", "maja@shop.test")
    customer = services.inbox.create_customer("Oliver Nielsen", email="Oliver@Example.dk", language="da")
    sender = MailSender(mail_setup.store, mail_setup.passwords, clock)
    with pytest.raises(ValidationError, match="Write the message"):
        start_outreach(
            sender,
            customer,
            "Check-in",
            "  ",
            account_id=mail_setup.account_id,
            language="da",
            actor_id=agent,
        )
    nobody = services.inbox.create_customer("No Mail")
    with pytest.raises(ValidationError, match="no email address"):
        start_outreach(
            sender, nobody, "Hej", "Hej", account_id=mail_setup.account_id, language="da", actor_id=agent
        )

    ref = start_outreach(
        sender,
        customer,
        "Hvordan går det med jeres nye abonnement?",
        "Hej Oliver,\n\nvi ville høre, om alt virker.",
        account_id=mail_setup.account_id,
        language="da",
        actor_id=agent,
        agent_signature="Venlig hilsen\n{{agent.name}}",
    )
    with mail_setup.store.read() as session:
        conv = session.get(Conversation, ref.id)
        assert conv is not None
        assert (conv.channel, conv.status, conv.language, conv.assignee_id) == (
            "email",
            "pending",
            "da",
            agent,
        )
        assert conv.first_response_at is not None and conv.waiting_since is None
        first = session.scalars(select(Message).where(Message.conversation_id == ref.id)).one()
        assert first.direction == "outbound" and first.delivery_state == DeliveryState.QUEUED
        created = session.scalars(
            select(ConversationEvent).where(
                ConversationEvent.conversation_id == ref.id, ConversationEvent.kind == "created"
            )
        ).one()
        assert created.data == {"channel": "email", "by": "agent", "outreach": True}
    assert sender.flush().sent == 1
    assert smtp_sink.received[0]["to"] == ["oliver@example.dk"]
    mail = received(smtp_sink)
    assert mail["Subject"] == "Hvordan går det med jeres nye abonnement?"  # the agent writes first: no "Re:"
    assert mail["In-Reply-To"] is None
    text = mail.get_body(("plain",))
    assert text is not None
    assert text.get_content().replace("\r\n", "\n").count("\n-- \nVenlig hilsen\nMaja Jensen\n") == 1

    answer = crlf(f"""
From: Oliver Nielsen <oliver@example.dk>
To: support@shop.test
Subject: Re: Hvordan går det med jeres nye abonnement?
Message-ID: <answer-1@example.dk>
In-Reply-To: {mail["Message-ID"]}
References: {mail["Message-ID"]}
Content-Type: text/plain; charset=utf-8

Tak, alt virker fint!
""")
    delivered = MailIntake(mail_setup.store, clock).deliver(parse_mail(answer))
    assert delivered.conversation_id == ref.id and not delivered.new_conversation
    with mail_setup.store.read() as session:
        conv = session.get(Conversation, ref.id)
        assert conv is not None and conv.status == "open"  # the customer answered: back to the agent
        assert conv.message_count == 2


def test_new_conversation_writing_first_from_the_window(
    qtbot: QtBot,
    qapp: QApplication,
    mail_setup: MailSetup,
    smtp_sink: SmtpSink,
    memory_keyring: MemoryKeyring,
    clock: FixedClock,
) -> None:
    apply_theme(qapp)
    services = build_services(mail_setup.store, clock)
    agent = services.directory.create_agent("Maja Jensen", "maja@shop.test")
    desk = build_services(mail_setup.store, clock, agent)
    desk.replies.create(
        ReplyDraft(
            title="Check-in after delivery",
            variants={
                "en": "Hi {{customer.first_name}}, did everything arrive?",
                "de": "Guten Tag {{customer.name}}, ist alles angekommen?",
            },
        )
    )
    preferences = Preferences()
    preferences.last_view = View.ALL
    preferences.set_signature(agent, "Freundliche Grüße\n{{agent.name}}", "de")
    window = MainWindow(
        desk, MessageBridge(), preferences, mail_passwords=DeskPasswords(KeyringPasswords(memory_keyring))
    )
    qtbot.addWidget(window)
    window.resize(1440, 900)
    with qtbot.waitActive(window):
        window.show()
    dialog = window.pane.new_conversation()
    assert dialog is not None
    assert not dialog.outreach_box.isVisible()
    qtbot.mouseClick(dialog.agent_starts, Qt.MouseButton.LeftButton)
    assert dialog.outreach_box.isVisible()
    assert dialog.channel.currentData() == "email" and not dialog.channel.isEnabled()
    assert dialog.mailbox.currentText() == "Shop Support <support@shop.test>"
    dialog.new_customer.setChecked(True)
    dialog.customer_name.setText("Jürgen Müller")
    dialog.customer_email.setText("juergen@example.de")
    dialog.outreach_language.setCurrentIndex(dialog.outreach_language.findData("de"))
    dialog.canned_reply.setCurrentIndex(dialog.canned_reply.findText("Check-in after delivery"))
    assert dialog.body.toPlainText() == "Guten Tag Jürgen Müller, ist alles angekommen?"
    assert dialog.subject.text() == "Check-in after delivery"
    dialog.subject.setText("Ihre Bestellung 4711")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok is not None and ok.text() == "Send email"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(smtp_sink.received) == 1, timeout=15_000)
    assert smtp_sink.received[0]["to"] == ["juergen@example.de"]
    mail = received(smtp_sink)
    assert mail["Subject"] == "Ihre Bestellung 4711"
    body = mail.get_body(("plain",))
    assert body is not None
    content = body.get_content()
    assert content.count("Guten Tag Jürgen Müller, ist alles angekommen?") == 1
    assert content.count("Freundliche Grüße") == 1
    with mail_setup.store.read() as session:
        conv = session.scalars(
            select(Conversation).where(Conversation.subject == "Ihre Bestellung 4711")
        ).one()
        assert (conv.language, conv.status, conv.assignee_id) == ("de", "pending", agent)
    assert isinstance(conv.id, uuid.UUID)
    window.close()
