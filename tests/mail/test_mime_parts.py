# SPDX-License-Identifier: GPL-3.0-or-later
"""Large attachments go to the SMTP server a piece at a time and arrive exactly as built."""

from __future__ import annotations

import email
import email.policy
import os
import smtplib
from email.message import EmailMessage

import pytest

from agentdesk.mail.mime_parts import LARGE_PART, send_mail

from .conftest import SmtpSink

pytestmark = pytest.mark.server


def _mail(size: int) -> tuple[EmailMessage, bytes]:
    data = os.urandom(size)
    mail = EmailMessage()
    mail["From"] = "Shop Support <support@shop.test>"
    mail["To"] = "Jürgen Müller <juergen@example.de>"
    mail["Bcc"] = "boss@shop.test"
    mail["Subject"] = "Ihre Rechnung – korrigiert"
    mail.set_content("Guten Tag,\n.\n.. zwei Punkte am Zeilenanfang\nanbei die Datei.\n")
    mail.add_attachment(data, maintype="video", subtype="mp4", filename="Überwachung.mp4")
    mail.add_attachment(b"a,b\r\n1,2\r\n", maintype="text", subtype="csv", filename="klein.csv")
    return mail, data


@pytest.mark.parametrize("size", [1000, LARGE_PART + 12345])
def test_a_mail_arrives_as_built_with_or_without_pieces(smtp_sink: SmtpSink, size: int) -> None:
    mail, data = _mail(size)
    with smtplib.SMTP("127.0.0.1", smtp_sink.port) as conn:
        refused = send_mail(conn, mail, "support@shop.test", ["juergen@example.de", "boss@shop.test"])
    assert refused == {}
    assert smtp_sink.received[0]["to"] == ["juergen@example.de", "boss@shop.test"]
    got = email.message_from_bytes(smtp_sink.received[0]["data"], policy=email.policy.default)
    assert isinstance(got, EmailMessage)
    assert got["Bcc"] is None  # a blind copy's address never travels in the mail
    assert str(got["To"]) == "Jürgen Müller <juergen@example.de>"
    body = got.get_body(("plain",))
    assert body is not None
    assert (
        body.get_content().replace("\r\n", "\n")
        == "Guten Tag,\n.\n.. zwei Punkte am Zeilenanfang\nanbei die Datei.\n"
    )
    parts = {p.get_filename(): p for p in got.iter_attachments()}
    assert parts["Überwachung.mp4"].get_content() == data
    assert parts["klein.csv"].get_content().replace("\r\n", "\n") == "a,b\n1,2\n"
    # The mail object is left as it was.
    assert [p.get_filename() for p in mail.iter_attachments()] == ["Überwachung.mp4", "klein.csv"]
    assert mail["Bcc"] == "boss@shop.test"
