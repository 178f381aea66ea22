# SPDX-License-Identifier: GPL-3.0-or-later
"""A reply's Cc, Bcc and "Answer by email instead" are kept with its draft: they are in the
database moments after the agent sets them (a crash loses none), a look at another conversation
keeps them, and a window started afresh on the same database shows them again and sends with them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.mail_desk import DeskPasswords
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.theme import apply_theme
from agentdesk.inbox.delivery import EMAIL, NONE
from agentdesk.inbox.drafts import DraftService
from agentdesk.mail.accounts import KeyringPasswords
from agentdesk.services import build_services

from .conftest import Dovecot, MailSetup, MemoryKeyring, SmtpSink
from .test_addressing import WITH_COPIES, conversation_of, fetched, make_window, received

pytestmark = [
    pytest.mark.server,
    pytest.mark.qt_log_ignore(
        r"This plugin does not support propagateSizeHints\(\)",
        r"This plugin does not support raise\(\)",
        r"This plugin does not support grabbing the keyboard",
    ),
]

CTRL = Qt.KeyboardModifier.ControlModifier


def test_cc_bcc_and_answer_by_email_survive_a_crash_and_a_switch(
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
    mail = conversation_of(mail_setup, "copies-1@kunde.example")
    services = build_services(mail_setup.store, clock)
    customer = services.inbox.create_customer("Oliver Nielsen", email="oliver@example.dk")
    chat = services.inbox.create_conversation(customer, "chat", "Refund", "Can I get my money back?").id
    drafts = DraftService(mail_setup.store, clock)

    window, agent = make_window(qtbot, mail_setup, clock, memory_keyring)
    composer = window.pane.composer
    window.open_conversation(mail.id)
    assert composer.addresses.cc_edit.text() == "einkauf@kunde.example"  # the customer's copies
    assert drafts.load(mail.id) is None  # opening alone keeps nothing
    composer.addresses.cc_edit.clear()
    qtbot.keyClicks(composer.addresses.cc_edit, "lars@kunde.example")
    qtbot.keyClicks(composer.addresses.bcc_edit, "chef@shop.test")
    # The agent typed no text yet: the copies are kept all the same, moments later.
    qtbot.waitUntil(lambda: (d := drafts.load(mail.id)) is not None and d.bcc == "chef@shop.test")
    window.open_conversation(chat)  # a look elsewhere
    assert composer.route == NONE and composer.email_button.isVisible()
    qtbot.mouseClick(composer.email_button, Qt.MouseButton.LeftButton)
    composer.editor.insertPlainText("Yes, the refund is on its way.")
    qtbot.waitUntil(lambda: (d := drafts.load(chat)) is not None and d.by_email and bool(d.body))
    kept = drafts.load(mail.id)
    assert kept is not None and (kept.cc, kept.bcc, kept.body) == ("lars@kunde.example", "chef@shop.test", "")
    assert mail.id not in drafts.conversations_with_drafts()  # no text: not marked as a draft
    assert chat in drafts.conversations_with_drafts()

    # A crash: nothing more is saved by the first window. A new window on the same database.
    window.hide()
    again = MainWindow(
        build_services(mail_setup.store, clock, agent),
        MessageBridge(),
        window.preferences,
        mail_passwords=DeskPasswords(KeyringPasswords(memory_keyring)),
    )
    qtbot.addWidget(again)
    again.resize(1440, 900)
    with qtbot.waitActive(again):
        again.show()
        again.activateWindow()
    composer = again.pane.composer
    again.open_conversation(chat)
    assert composer.email_button.isChecked() and composer.route == EMAIL
    assert composer.audience.value() == "To Oliver Nielsen by email from support@shop.test"
    assert composer.text() == "Yes, the refund is on its way."
    again.open_conversation(mail.id)
    assert composer.addresses.cc_edit.text() == "lars@kunde.example"
    assert composer.addresses.bcc_edit.text() == "chef@shop.test"
    composer.focus_editor()
    composer.editor.insertPlainText("Guten Tag Frau Berg, die doppelte Rechnung ist storniert.")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(smtp_sink.received) == 1, timeout=15_000)
    sent = received(smtp_sink)
    assert sent["Cc"] == "lars@kunde.example" and sent["Bcc"] is None
    assert set(smtp_sink.received[0]["to"]) == {"anna@kunde.example", "lars@kunde.example", "chef@shop.test"}
    # Sent: the draft and its addressing are gone; the next reply starts from the usual copies.
    assert drafts.load(mail.id) is None
    assert composer.addresses.cc_edit.text() == "einkauf@kunde.example"
    assert composer.addresses.bcc_edit.text() == ""
    # The chat's choice is still there after the mail conversation was answered.
    again.open_conversation(chat)
    assert composer.email_button.isChecked()
    again.close()
    window.close()
