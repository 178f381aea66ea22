# SPDX-License-Identifier: GPL-3.0-or-later
"""Sending the due survey mails (``agentdesk.surveys.outgoing``) in a mail round, after the
replies: one SMTP connection per mailbox, each survey claimed before it is sent, so none goes out
twice."""

from __future__ import annotations

import logging
import smtplib
import uuid
from collections.abc import Collection

from agentdesk.errors import NotFoundError
from agentdesk.mail.errors import explain
from agentdesk.mail.send import MailSender, SendResult
from agentdesk.surveys.outgoing import SurveyMailer

log = logging.getLogger("agentdesk.mail")


def send_surveys(sender: MailSender, accounts: Collection[uuid.UUID] | None = None) -> SendResult:
    """Plan the surveys of newly solved conversations and send those that are due (with
    ``accounts``: only through those mailboxes, the ones whose lease this sender holds)."""
    mailer = SurveyMailer(sender.store, sender.clock)
    mailer.plan()
    result = SendResult()
    connections: dict[uuid.UUID, smtplib.SMTP] = {}
    try:
        for request_id in mailer.due(accounts):
            survey = mailer.claim(request_id)
            if survey is None:
                continue
            settings = None
            try:
                settings = sender.accounts.get(survey.account_id)
                conn = connections.get(survey.account_id)
                if conn is None:
                    password = sender.passwords.get(survey.account_id, "smtp") if settings.smtp_user else None
                    conn = connections[survey.account_id] = sender.connect(settings, password)
                conn.send_message(survey.mail, settings.address, [survey.recipient])
            except NotFoundError:
                mailer.failed(request_id, "the mailbox was removed", permanent=True)
                result.failed += 1
                continue
            except Exception as exc:
                error = explain(
                    exc, settings.smtp_host if settings else "", settings.smtp_port if settings else 0
                )
                mailer.failed(request_id, error.message, error.permanent)
                result.failed += 1
                result.errors.append(error.message)
                broken = connections.pop(survey.account_id, None)
                if broken is not None and not isinstance(exc, smtplib.SMTPRecipientsRefused):
                    _close(broken)
                elif broken is not None:
                    connections[survey.account_id] = broken
                continue
            mailer.sent(request_id)
            result.sent += 1
    finally:
        for conn in connections.values():
            try:
                conn.quit()
            except Exception:
                _close(conn)
    if result.sent:
        log.info("%d survey mail(s) sent", result.sent)
    return result


def _close(conn: smtplib.SMTP) -> None:
    try:
        conn.close()
    except Exception:
        pass


__all__ = ["send_surveys"]
