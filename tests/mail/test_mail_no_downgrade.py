# SPDX-License-Identifier: GPL-3.0-or-later
"""Mail never falls back from TLS to plain text: a server that does not offer STARTTLS is refused
with a sentence, before any password is sent."""

from __future__ import annotations

import dataclasses

from agentdesk.mail.accounts import MailAccounts, StaticPasswords, test_connection

from .conftest import PASSWORD, Dovecot, MailSetup, SmtpSink


def test_a_server_without_starttls_is_refused_not_used_in_plain_text(
    mail_setup: MailSetup, dovecot: Dovecot, smtp_sink: SmtpSink
) -> None:
    # Both loopback servers speak plain text only (no STARTTLS offered).
    settings = MailAccounts(mail_setup.store).get(mail_setup.account_id)
    assert test_connection(settings, StaticPasswords(PASSWORD), mail_setup.account_id).ok
    wanted = dataclasses.replace(settings, imap_security="starttls", smtp_security="starttls")
    report = test_connection(wanted, StaticPasswords(PASSWORD), mail_setup.account_id, timeout=5)
    assert not report.imap_ok and not report.smtp_ok
    for message, port in (
        (report.imap_message, settings.imap_port),
        (report.smtp_message, settings.smtp_port),
    ):
        assert message == (
            f"127.0.0.1:{port}: the server did not offer encryption (STARTTLS), so nothing was sent, not "
            "even the password. Ask whoever runs it to turn on TLS, or choose SSL/TLS and its port."
        )
