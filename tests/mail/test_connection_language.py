# SPDX-License-Identifier: GPL-3.0-or-later
"""The mail account's "Test connection" answers in the window's language: what it found on the
servers (connected, the folders readable, a folder missing, mail can be sent) comes from the
catalogue like every other sentence."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from agentdesk.gui import i18n
from agentdesk.mail.accounts import MailAccounts, StaticPasswords, test_connection

from .conftest import PASSWORD, Dovecot, MailSetup, SmtpSink


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install("en", qapp)


@pytest.mark.server
@pytest.mark.parametrize(
    ("language", "connected", "sent", "missing"),
    [
        (
            "de",
            "Verbunden mit 127.0.0.1; die Ordner können gelesen werden.",
            "Verbunden mit 127.0.0.1; E-Mails können gesendet werden.",
            "Angemeldet, aber der Ordner Nope existiert nicht.",
        ),
        (
            "da",
            "Forbundet til 127.0.0.1; mapperne kan læses.",
            "Forbundet til 127.0.0.1; der kan sendes mails.",
            "Logget ind, men mappen Nope findes ikke.",
        ),
    ],
)
def test_the_connection_test_reports_in_the_window_s_language(
    qapp: QApplication,
    english_afterwards: None,
    mail_setup: MailSetup,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    language: str,
    connected: str,
    sent: str,
    missing: str,
) -> None:
    i18n.install(language, qapp)
    settings = MailAccounts(mail_setup.store).get(mail_setup.account_id)
    assert settings.imap_host == settings.smtp_host == "127.0.0.1"
    good = test_connection(settings, StaticPasswords(PASSWORD), mail_setup.account_id)
    assert (good.ok, good.imap_message, good.smtp_message) == (True, connected, sent)
    gone = dataclasses.replace(settings, folders=("INBOX", "Nope"))
    report = test_connection(gone, StaticPasswords(PASSWORD), mail_setup.account_id)
    assert not report.imap_ok and report.imap_message == missing
