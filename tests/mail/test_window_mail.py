# SPDX-License-Identifier: GPL-3.0-or-later
"""Email from the window: a reply written in the composer goes out by SMTP threaded under the
customer's mail; a reply the server did not take says so in the timeline and "Send again" sends
it once; the mailbox is set up in File → Mail accounts with a connection test in plain words."""

from __future__ import annotations

import email
import email.policy
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
from agentdesk.mail.accounts import KeyringPasswords
from agentdesk.mail.fetch import MailFetcher
from agentdesk.services import build_services
from agentdesk.store.models import Conversation, DeliveryState, Message

from .conftest import Dovecot, MailSetup, MemoryKeyring, SmtpSink
from .test_fetch import ATTACHMENTS, CRLF_SUBJECT, HTML_ONLY_DA, REPLY_WITH_REFERENCES, TEXT_ONLY_DE, crlf

pytestmark = [
    pytest.mark.server,
    pytest.mark.qt_log_ignore(
        r"This plugin does not support propagateSizeHints\(\)",
        r"This plugin does not support raise\(\)",
        r"This plugin does not support grabbing the keyboard",
    ),
]

CTRL = Qt.KeyboardModifier.ControlModifier


def make_window(qtbot: QtBot, setup: MailSetup, clock: FixedClock, keyring: MemoryKeyring) -> MainWindow:
    services = build_services(setup.store, clock)
    agent = services.directory.create_agent("Maja Jensen", "maja@shop.test")
    preferences = Preferences()
    preferences.last_view = View.ALL
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
    return window


def conversation_of(setup: MailSetup, external_id: str) -> Conversation:
    with setup.store.read() as session:
        conv = session.scalar(select(Conversation).join(Message).where(Message.external_id == external_id))
        assert conv is not None
        return conv


def received(sink: SmtpSink, index: int = 0) -> EmailMessage:
    msg = email.message_from_bytes(sink.received[index]["data"], policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def test_a_reply_from_the_window_arrives_threaded(
    qtbot: QtBot,
    qapp: QApplication,
    mail_setup: MailSetup,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    memory_keyring: MemoryKeyring,
    clock: FixedClock,
) -> None:
    apply_theme(qapp)
    dovecot.append(mail_setup.user, TEXT_ONLY_DE, REPLY_WITH_REFERENCES)
    assert (
        MailFetcher(mail_setup.store, mail_setup.passwords, clock).fetch_account(mail_setup.account_id).stored
    )
    conv = conversation_of(mail_setup, "de-1@example.de")
    window = make_window(qtbot, mail_setup, clock, memory_keyring)
    window.open_conversation(conv.id)
    pane = window.pane
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    pane.composer.editor.insertPlainText("Guten Tag Herr Müller, das Paket ist unterwegs.")
    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(smtp_sink.received) == 1, timeout=15_000)
    mail = received(smtp_sink)
    assert smtp_sink.received[0]["to"] == ["juergen@example.de"]
    assert mail["In-Reply-To"] == "<de-2@example.de>"
    assert mail["References"].split() == [
        "<de-1@example.de>",
        "<unknown-elsewhere@example.org>",
        "<de-2@example.de>",
    ]
    body = mail.get_body(("plain",))
    assert body is not None and "das Paket ist unterwegs." in body.get_content()
    html = mail.get_body(("html",))  # an HTML part too, written from the text
    assert html is not None and "<p>Guten Tag Herr Müller, das Paket ist unterwegs.</p>" in html.get_content()
    with mail_setup.store.read() as session:
        reply = session.scalars(
            select(Message).where(Message.conversation_id == conv.id, Message.direction == "outbound")
        ).one()
    qtbot.waitUntil(lambda: session_state(mail_setup, reply.id) == DeliveryState.SENT, timeout=10_000)

    # The customer answers in their mail program: the answer carries our headers and lands in the
    # same conversation.
    answer = crlf(f"""
From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>
To: support@shop.test
Subject: Re: Lieferung
Message-ID: <de-answer@example.de>
In-Reply-To: {mail["Message-ID"]}
References: <de-1@example.de> <de-2@example.de> {mail["Message-ID"]}
Content-Type: text/plain; charset=utf-8

Danke, es ist angekommen!
""")
    dovecot.append(mail_setup.user, answer)
    window.mail.round()

    def answered() -> bool:
        with mail_setup.store.read() as session:
            found = session.scalar(select(Message).where(Message.external_id == "de-answer@example.de"))
            return found is not None and found.conversation_id == conv.id

    qtbot.waitUntil(answered, timeout=15_000)
    qtbot.waitUntil(lambda: "Danke, es ist angekommen!" in pane.timeline.toPlainText(), timeout=10_000)
    window.close()


def test_hostile_mail_is_shown_safely(
    qtbot: QtBot,
    qapp: QApplication,
    mail_setup: MailSetup,
    dovecot: Dovecot,
    memory_keyring: MemoryKeyring,
    clock: FixedClock,
) -> None:
    apply_theme(qapp)
    dovecot.append(mail_setup.user, HTML_ONLY_DA, CRLF_SUBJECT)
    window = make_window(qtbot, mail_setup, clock, memory_keyring)
    window.mail.round()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=15_000)
    danish = conversation_of(mail_setup, "da-1@example.dk")
    window.open_conversation(danish.id)
    pane = window.pane
    html = pane.timeline.toHtml()
    assert "Kæden er gået i stykker" in pane.timeline.toPlainText()
    assert "<script" not in html and "alert(" not in html and "javascript:" not in html
    assert "steal()" not in html
    assert not pane.timeline.remote_images  # the tracking pixel was not fetched
    assert pane.images_action.isEnabled()  # … until the agent asks for it
    mallory = conversation_of(mail_setup, "crlf-1@example.net")
    assert "\r" not in mallory.subject and "\n" not in mallory.subject
    window.open_conversation(mallory.id)
    assert "Bcc" not in pane.header.customer.text()
    window.close()


def session_state(setup: MailSetup, message_id: object) -> str | None:
    with setup.store.read() as session:
        message = session.get(Message, message_id)
        return message.delivery_state if message is not None else None


def test_a_reply_the_server_did_not_take_says_why_and_is_sent_again_once(
    qtbot: QtBot,
    qapp: QApplication,
    mail_setup: MailSetup,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    memory_keyring: MemoryKeyring,
    clock: FixedClock,
) -> None:
    apply_theme(qapp)
    dovecot.append(mail_setup.user, TEXT_ONLY_DE)
    MailFetcher(mail_setup.store, mail_setup.passwords, clock).fetch_account(mail_setup.account_id)
    conv = conversation_of(mail_setup, "de-1@example.de")
    window = make_window(qtbot, mail_setup, clock, memory_keyring)
    window.open_conversation(conv.id)
    pane = window.pane
    smtp_sink.stop()
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    pane.composer.editor.insertPlainText("Wir kümmern uns darum.")
    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, CTRL)
    with mail_setup.store.read() as session:
        reply_id = session.scalars(
            select(Message.id).where(Message.conversation_id == conv.id, Message.direction == "outbound")
        ).one()
    qtbot.waitUntil(lambda: session_state(mail_setup, reply_id) == DeliveryState.FAILED, timeout=15_000)
    qtbot.waitUntil(lambda: "Not sent — " in pane.timeline.toPlainText(), timeout=10_000)
    text = pane.timeline.toPlainText()
    assert "refused the connection" in text and "Send again" in text
    assert "Wir kümmern uns darum." in text  # the reply itself is kept
    smtp_sink.start()
    pane.retry_sending(reply_id)
    qtbot.waitUntil(lambda: len(smtp_sink.received) == 1, timeout=15_000)
    qtbot.waitUntil(lambda: session_state(mail_setup, reply_id) == DeliveryState.SENT, timeout=10_000)
    pane.retry_sending(reply_id)  # already sent: nothing goes out twice
    qtbot.wait(300)
    assert len(smtp_sink.received) == 1
    window.close()


def test_mail_accounts_dialog_saves_to_the_keyring_and_tests_in_plain_words(
    qtbot: QtBot,
    qapp: QApplication,
    mail_setup: MailSetup,
    dovecot: Dovecot,
    memory_keyring: MemoryKeyring,
    clock: FixedClock,
) -> None:
    apply_theme(qapp)
    window = make_window(qtbot, mail_setup, clock, memory_keyring)
    dialog = window.open_mail_accounts()
    assert dialog.list.count() == 1 and dialog.address.text() == "support@shop.test"
    assert "keyring" in dialog.keyring_note.text()
    dialog.test()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=15_000)
    assert dialog.report is not None and dialog.report.ok, dialog.test_result.text()
    assert "✓ Incoming" in dialog.test_result.text()
    # A wrong password: said in plain words; the password went to the keyring, not a file.
    dialog.password.setText("not-the-password")
    dialog.test()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=15_000)
    assert dialog.report is not None and not dialog.report.imap_ok
    assert "password" in dialog.report.imap_message.lower()
    assert "not-the-password" in memory_keyring.items.values()
    raw = mail_setup.store.path.read_bytes()
    assert b"not-the-password" not in raw
    dialog.reject()
    window.close()


def test_an_image_sent_inside_the_mail_is_shown_from_the_stored_attachment(
    qtbot: QtBot,
    qapp: QApplication,
    mail_setup: MailSetup,
    dovecot: Dovecot,
    memory_keyring: MemoryKeyring,
    clock: FixedClock,
) -> None:
    apply_theme(qapp)
    dovecot.append(mail_setup.user, ATTACHMENTS)
    MailFetcher(mail_setup.store, mail_setup.passwords, clock).fetch_account(mail_setup.account_id)
    window = make_window(qtbot, mail_setup, clock, memory_keyring)
    conv = conversation_of(mail_setup, "att-1@example.de")
    window.open_conversation(conv.id)
    pane = window.pane
    html = pane.timeline.toHtml()
    assert "agentdesk-inline:" in html and "cid:" not in html
    inline = html.split('src="agentdesk-inline:')[1].split('"')[0]
    image = pane.timeline.inline_loader(inline) if pane.timeline.inline_loader else None
    assert image is not None and not image.isNull()
    assert not pane.timeline.remote_images  # nothing was fetched from anywhere
    assert "Rechnung März.pdf" in pane.timeline.toPlainText()  # the other attachments are listed
    window.close()
