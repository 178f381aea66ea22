# SPDX-License-Identifier: GPL-3.0-or-later
"""Addressing from the window, received by a real SMTP server (aiosmtpd on loopback): Reply all
keeps the customer's copies in Cc and the agent's Bcc reaches its recipient without a header; the
signature (the agent's for the conversation's language, then the mailbox's footer) appears exactly
once; Forward sends the conversation to a colleague and the timeline records it; a chat
conversation is answered by email instead."""

from __future__ import annotations

import dataclasses
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
from agentdesk.gui.mail_desk import DeskPasswords
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.inbox.views import View
from agentdesk.mail.accounts import KeyringPasswords, MailAccounts
from agentdesk.mail.fetch import MailFetcher
from agentdesk.services import build_services
from agentdesk.store.models import Agent, Conversation, DeliveryState, Message

from .conftest import Dovecot, MailSetup, MemoryKeyring, SmtpSink
from .test_fetch import crlf

pytestmark = [
    pytest.mark.server,
    pytest.mark.qt_log_ignore(
        r"This plugin does not support propagateSizeHints\(\)",
        r"This plugin does not support raise\(\)",
        r"This plugin does not support grabbing the keyboard",
    ),
]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

WITH_COPIES = crlf("""
From: Anna Berg <anna@kunde.example>
To: support@shop.test, Lars Holm <lars@kunde.example>
Cc: einkauf@kunde.example, SUPPORT@shop.test
Subject: Rechnung 2026-118 doppelt
Date: Mon, 23 Nov 2026 08:00:00 +0100
Message-ID: <copies-1@kunde.example>
Content-Type: text/plain; charset=utf-8

Guten Tag, die Rechnung kam zweimal.
""")

SIGNATURE = "Mit freundlichen Grüßen\n{{agent.name}}"
FOOTER = "Shop ApS · Hovedgaden 1 · 8000 Aarhus"


def make_window(
    qtbot: QtBot, setup: MailSetup, clock: FixedClock, keyring: MemoryKeyring
) -> tuple[MainWindow, uuid.UUID]:
    services = build_services(setup.store, clock)
    agent = services.directory.create_agent("Maja Jensen", "maja@shop.test")
    preferences = Preferences()
    preferences.last_view = View.ALL
    preferences.set_signature(agent, "Best regards\n{{agent.name}}")  # every language
    preferences.set_signature(agent, SIGNATURE, "de")  # German conversations
    window = MainWindow(
        build_services(setup.store, clock, agent),
        MessageBridge(),
        preferences,
        mail_passwords=DeskPasswords(KeyringPasswords(keyring)),
    )
    qtbot.addWidget(window)
    window.resize(1440, 900)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window, agent


def with_footer(setup: MailSetup) -> None:
    accounts = MailAccounts(setup.store, setup.passwords)
    settings = accounts.get(setup.account_id)
    accounts.update(setup.account_id, dataclasses.replace(settings, signature=FOOTER))


def fetched(setup: MailSetup, dovecot: Dovecot, clock: FixedClock, *mails: bytes) -> None:
    dovecot.append(setup.user, *mails)
    assert MailFetcher(setup.store, setup.passwords, clock).fetch_account(setup.account_id).stored


def conversation_of(setup: MailSetup, external_id: str) -> Conversation:
    with setup.store.read() as session:
        conv = session.scalar(select(Conversation).join(Message).where(Message.external_id == external_id))
        assert conv is not None
        return conv


def received(sink: SmtpSink, index: int = 0) -> EmailMessage:
    msg = email.message_from_bytes(sink.received[index]["data"], policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def text_of(mail: EmailMessage) -> str:
    body = mail.get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")


def sent_state(setup: MailSetup, message_id: uuid.UUID) -> str | None:
    with setup.store.read() as session:
        message = session.get(Message, message_id)
        return message.delivery_state if message is not None else None


def test_reply_all_keeps_the_copies_the_bcc_stays_hidden_and_the_signature_comes_once(
    qtbot: QtBot,
    qapp: QApplication,
    mail_setup: MailSetup,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    memory_keyring: MemoryKeyring,
    clock: FixedClock,
) -> None:
    apply_theme(qapp)
    with_footer(mail_setup)
    fetched(mail_setup, dovecot, clock, WITH_COPIES)
    conv = conversation_of(mail_setup, "copies-1@kunde.example")
    with mail_setup.store.write() as session:  # the thread is German: the German signature
        session.get(Conversation, conv.id).language = "de"
    window, _agent = make_window(qtbot, mail_setup, clock, memory_keyring)
    window.open_conversation(conv.id)
    pane = window.pane
    composer = pane.composer
    # A plain reply keeps the people the customer copied (never our own mailbox).
    assert composer.addresses.isVisible()
    assert composer.addresses.cc_edit.text() == "einkauf@kunde.example"
    assert "via Email · Cc einkauf@kunde.example" in pane.timeline.toPlainText()  # whom she copied
    assert composer.audience.value() == "To Anna Berg by email from support@shop.test"
    # The signature the mail will carry, before sending: the German one, then the footer.
    assert composer.signature_preview.value() == (
        "Signature: Mit freundlichen Grüßen · Maja Jensen · " + FOOTER
    )
    # Reply all: everyone else the customer wrote to as well.
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R, SHIFT)
    assert composer.addresses.cc_edit.text() == "lars@kunde.example, einkauf@kunde.example"
    composer.addresses.bcc_edit.setText("not an address")
    composer.editor.insertPlainText("Guten Tag Frau Berg, die doppelte Rechnung ist storniert.")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, CTRL)
    assert composer.text()  # refused: the Bcc is wrong; nothing was written
    assert pane.strip.text.text() == "“not an address” is not an email address."
    with mail_setup.store.read() as session:
        assert session.scalar(select(Message).where(Message.direction == "outbound")) is None
    composer.addresses.bcc_edit.setText("Buchhaltung <buchhaltung@shop.test>")
    # A look at another conversation keeps what was typed here (the text as a draft, the copies too).
    customer = build_services(mail_setup.store, clock).inbox.create_customer("Other Person")
    other = build_services(mail_setup.store, clock).inbox.create_conversation(customer, "phone", "Call", "Hi")
    window.open_conversation(other.id)
    assert composer.send_button.text() == "Log" and not composer.addresses.isVisible()
    window.open_conversation(conv.id)
    assert composer.addresses.cc_edit.text() == "lars@kunde.example, einkauf@kunde.example"
    assert composer.addresses.bcc_edit.text() == "Buchhaltung <buchhaltung@shop.test>"
    composer.focus_editor()
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(smtp_sink.received) == 1, timeout=15_000)

    envelope = smtp_sink.received[0]
    assert sorted(envelope["to"]) == sorted(
        ["anna@kunde.example", "lars@kunde.example", "einkauf@kunde.example", "buchhaltung@shop.test"]
    )
    mail = received(smtp_sink)
    assert mail["To"] == "anna@kunde.example"
    assert mail["Cc"] == "lars@kunde.example, einkauf@kunde.example"
    assert mail["Bcc"] is None  # the blind copy is in the envelope only
    text = text_of(mail)
    assert text.count("Mit freundlichen Grüßen") == 1
    assert text.count("Maja Jensen") == 1
    assert text.count(FOOTER) == 1
    assert text.count("\n-- \n") == 1
    assert "Best regards" not in text  # the German signature, not the general one
    html = mail.get_body(("html",))
    assert html is not None and str(html.get_content()).count("Maja Jensen") == 1

    with mail_setup.store.read() as session:
        reply = session.scalars(select(Message).where(Message.direction == "outbound")).one()
    qtbot.waitUntil(lambda: sent_state(mail_setup, reply.id) == DeliveryState.SENT, timeout=10_000)
    window.open_conversation(conv.id)
    timeline = pane.timeline.toPlainText()
    assert "Sent by email from support@shop.test" in timeline
    assert "Cc lars@kunde.example, einkauf@kunde.example" in timeline
    assert "Bcc buchhaltung@shop.test" in timeline  # agents see it; the customer did not
    window.close()


def test_a_signature_the_agent_typed_is_not_added_again(
    qtbot: QtBot,
    qapp: QApplication,
    mail_setup: MailSetup,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    memory_keyring: MemoryKeyring,
    clock: FixedClock,
) -> None:
    apply_theme(qapp)
    with_footer(mail_setup)
    fetched(mail_setup, dovecot, clock, WITH_COPIES)
    conv = conversation_of(mail_setup, "copies-1@kunde.example")
    with mail_setup.store.write() as session:  # an English thread: the general signature
        session.get(Conversation, conv.id).language = "en"
    window, _agent = make_window(qtbot, mail_setup, clock, memory_keyring)
    window.open_conversation(conv.id)
    composer = window.pane.composer
    qtbot.keyClick(window.pane.timeline, Qt.Key.Key_R)
    composer.editor.insertPlainText("Thank you, it is cancelled.\n\nBest regards\nMaja Jensen")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(smtp_sink.received) == 1, timeout=15_000)
    text = text_of(received(smtp_sink))
    assert text.count("Best regards") == 1 and text.count("Maja Jensen") == 1
    assert text.count(FOOTER) == 1  # the footer still comes, once
    window.close()


def test_forward_the_conversation_to_a_colleague(
    qtbot: QtBot,
    qapp: QApplication,
    mail_setup: MailSetup,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    memory_keyring: MemoryKeyring,
    clock: FixedClock,
) -> None:
    apply_theme(qapp)
    fetched(mail_setup, dovecot, clock, WITH_COPIES)
    conv = conversation_of(mail_setup, "copies-1@kunde.example")
    window, _agent = make_window(qtbot, mail_setup, clock, memory_keyring)
    window.open_conversation(conv.id)
    pane = window.pane
    qtbot.keyClick(pane.timeline, Qt.Key.Key_F, SHIFT)
    dialog = pane.writing.forward_dialog
    assert dialog is not None
    dialog.to_edit.setText("billing@shop.test")
    dialog.scope.setCurrentIndex(dialog.scope.findData("conversation"))
    dialog.note_edit.setPlainText("Kannst du die zweite Rechnung stornieren?")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(smtp_sink.received) == 1, timeout=15_000)
    assert smtp_sink.received[0]["to"] == ["billing@shop.test"]
    mail = received(smtp_sink)
    assert mail["Subject"] == "Fwd: Rechnung 2026-118 doppelt"
    assert mail["To"] == "billing@shop.test"
    text = text_of(mail)
    # The note first, then the conversation, headed in its language (the mail is German).
    assert text.index("Kannst du die zweite Rechnung stornieren?") < text.index("Weitergeleitete Nachricht")
    assert "Guten Tag, die Rechnung kam zweimal." in text
    assert "Von: Anna Berg" in text
    with mail_setup.store.read() as session:
        note = session.scalars(select(Message).where(Message.direction == "note")).one()
        assert note.meta["forward"]["to"] == ["billing@shop.test"]
        assert note.conversation_id == conv.id
        # The customer got nothing.
        assert session.scalar(select(Message).where(Message.direction == "outbound")) is None
    qtbot.waitUntil(lambda: sent_state(mail_setup, note.id) == DeliveryState.SENT, timeout=10_000)
    window.open_conversation(conv.id)
    qtbot.waitUntil(lambda: "Forwarded by email, sent · to billing@shop.test" in pane.timeline.toPlainText())
    window.close()


def test_a_chat_conversation_is_answered_by_email_instead(
    qtbot: QtBot,
    qapp: QApplication,
    mail_setup: MailSetup,
    smtp_sink: SmtpSink,
    memory_keyring: MemoryKeyring,
    clock: FixedClock,
) -> None:
    apply_theme(qapp)
    services = build_services(mail_setup.store, clock)
    customer = services.inbox.create_customer("Oliver Nielsen", email="oliver@example.dk")
    ref = services.inbox.create_conversation(customer, "chat", "Refund", "Can I get my money back?")
    window, _agent = make_window(qtbot, mail_setup, clock, memory_keyring)
    window.open_conversation(ref.id)
    composer = window.pane.composer
    assert composer.delivery_note.text().startswith("Not delivered — no connection for Chat:")
    assert composer.email_button.isVisible()
    qtbot.mouseClick(composer.email_button, Qt.MouseButton.LeftButton)
    assert composer.send_button.text() == "Send"
    assert composer.audience.value() == "To Oliver Nielsen by email from support@shop.test"
    assert not composer.delivery_note.isVisible()
    assert composer.signature_preview.value() == "Signature: Best regards · Maja Jensen"
    qtbot.keyClick(window.pane.timeline, Qt.Key.Key_R)
    composer.editor.insertPlainText("Yes, the refund is on its way.")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(smtp_sink.received) == 1, timeout=15_000)
    assert smtp_sink.received[0]["to"] == ["oliver@example.dk"]
    mail = received(smtp_sink)
    assert mail["Subject"] == "Re: Refund"
    with mail_setup.store.read() as session:
        reply = session.scalars(select(Message).where(Message.direction == "outbound")).one()
        assert reply.channel == "email" and reply.meta["delivery"] == {"route": "email"}
        assert session.scalar(select(Agent.name).where(Agent.id == reply.author_agent_id)) == "Maja Jensen"
    qtbot.waitUntil(lambda: sent_state(mail_setup, reply.id) == DeliveryState.SENT, timeout=10_000)
    window.open_conversation(ref.id)
    qtbot.waitUntil(lambda: "Sent by email from support@shop.test" in window.pane.timeline.toPlainText())
    # The next reply starts on the conversation's own channel again.
    assert composer.delivery_note.text().startswith("Not delivered — no connection for Chat:")
    window.close()
