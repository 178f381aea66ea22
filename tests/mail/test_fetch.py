# SPDX-License-Identifier: GPL-3.0-or-later
"""Fetching a corpus shaped like real mail from a real Dovecot: the database then holds exactly
the expected conversations and messages; fetching again, or after a restart, adds nothing."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from sqlalchemy import select

from agentdesk.attachments import read_small
from agentdesk.clock import FixedClock
from agentdesk.mail.accounts import KeyringPasswords, MailAccounts, StaticPasswords
from agentdesk.mail.errors import WRONG_PASSWORD
from agentdesk.mail.fetch import FetchResult, MailFetcher
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import Attachment, Conversation, Customer, Message, Status

from .conftest import Dovecot, MailSetup

pytestmark = pytest.mark.server

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def crlf(text: str) -> bytes:
    return text.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"


TEXT_ONLY_DE = crlf("""
Return-Path: <juergen@example.de>
From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <Juergen@Example.de>
To: support@shop.test
Subject: =?utf-8?q?Lieferung_f=C3=BCr_Bestellung_4711_fehlt?=
Date: Mon, 23 Nov 2026 08:00:00 +0100
Message-ID: <de-1@example.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Guten Tag,

meine Bestellung 4711 ist noch nicht angekommen. Gr=C3=BC=C3=9Fe aus K=C3=B6ln,
J=C3=BCrgen
""")

HTML_ONLY_DA = crlf(
    """
From: =?iso-8859-1?q?S=F8ren_Kierkegaard?= <soren@example.dk>
To: support@shop.test
Subject: =?iso-8859-1?q?Reklamation_over_k=E6de_og_=F8l=E5g?=
Date: Mon, 23 Nov 2026 08:05:00 +0100
Message-ID: <da-1@example.dk>
MIME-Version: 1.0
Content-Type: text/html; charset=iso-8859-1
Content-Transfer-Encoding: base64

"""
    + base64.encodebytes(
        "<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>"
        '<p onclick="steal()">Kæden er gået i stykker, og øllet er væk.</p>'
        '<img src="https://tracker.example/pixel.gif"><a href="javascript:alert(1)">klik</a>'
        "</body></html>".encode("iso-8859-1")
    ).decode("ascii")
)

ALTERNATIVE_1252 = (
    crlf("""
From: Anna Berg <anna@example.com>
To: support@shop.test
Subject: Invoice 2026-17 shows the wrong amount
Date: Mon, 23 Nov 2026 08:10:00 +0100
Message-ID: <en-1@example.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: 8bit
""")
    + b"\r\nThe invoice says 120 \x80 but the order was 100 \x80 \x96 please fix.\r\n"
    + crlf("""
--alt
Content-Type: text/html; charset=windows-1252
Content-Transfer-Encoding: quoted-printable

<p>The invoice says <b>120 =80</b> but the order was 100 =80 =96 please fix.</p>
--alt--
""")
)

ATTACHMENTS = crlf(
    f"""
From: Karl Schmidt <karl@example.de>
To: support@shop.test
Subject: Fotos vom Schaden
Date: Mon, 23 Nov 2026 08:15:00 +0100
Message-ID: <att-1@example.de>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="mixed"

--mixed
Content-Type: multipart/related; boundary="rel"

--rel
Content-Type: text/html; charset=utf-8

<p>Siehe Bild: <img src="cid:photo1@example.de"></p>
--rel
Content-Type: image/png
Content-ID: <photo1@example.de>
Content-Disposition: inline
Content-Transfer-Encoding: base64

{base64.b64encode(PNG).decode()}
--rel--
--mixed
Content-Type: application/pdf; name="=?utf-8?q?Rechnung_M=C3=A4rz.pdf?="
Content-Disposition: attachment; filename*=utf-8''Rechnung%20M%C3%A4rz.pdf
Content-Transfer-Encoding: base64

{base64.b64encode(b"%PDF-1.4 small").decode()}
--mixed
Content-Type: application/zip
Content-Disposition: attachment; filename="../../etc/big.zip"
Content-Transfer-Encoding: base64

{base64.encodebytes(b"Z" * 60_000).decode()}
--mixed--
"""
)

REPLY_WITH_REFERENCES = crlf("""
From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>
To: support@shop.test
Subject: =?utf-8?q?AW=3A_Lieferung_f=C3=BCr_Bestellung_4711_fehlt?=
Date: Mon, 23 Nov 2026 09:00:00 +0100
Message-ID: <de-2@example.de>
In-Reply-To: <unknown-elsewhere@example.org>
References: <de-1@example.de> <unknown-elsewhere@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Noch eine Frage dazu.
""")

SUBJECT_FOLLOW_UP = crlf("""
From: anna@example.com
To: support@shop.test
Subject: Re: Invoice 2026-17 shows the wrong amount
Date: Mon, 23 Nov 2026 09:05:00 +0100
Message-ID: <en-2@example.com>
Content-Type: text/plain; charset=us-ascii

Any news?
""")

AUTO_REPLY = crlf("""
From: =?utf-8?q?S=C3=B8ren_Kierkegaard?= <soren@example.dk>
To: support@shop.test
Subject: =?utf-8?q?Frav=C3=A6rende=3A_Reklamation?=
Date: Mon, 23 Nov 2026 09:10:00 +0100
Message-ID: <da-auto@example.dk>
In-Reply-To: <da-1@example.dk>
Auto-Submitted: auto-replied
X-Autoreply: yes
Content-Type: text/plain; charset=utf-8

Jeg er på ferie til mandag.
""")

BOUNCE = crlf("""
Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: support@shop.test
Subject: Undelivered Mail Returned to Sender
Date: Mon, 23 Nov 2026 09:15:00 +0100
Message-ID: <bounce-1@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="rep"

--rep
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.net. Your message could not be delivered.
--rep
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; nobody@example.net
Action: failed
Status: 5.1.1
--rep
Content-Type: text/rfc822-headers

From: support@shop.test
To: nobody@example.net
Subject: Re: something
Message-ID: <never-seen@shop.test>
--rep--
""")

DUPLICATE = crlf("""
From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>
To: support@shop.test
Subject: Lieferung fehlt (sent twice)
Message-ID: <de-1@example.de>
Content-Type: text/plain; charset=utf-8

The same mail once more.
""")

BROKEN = crlf("""
From: broken sender <broken@example.org>
To: support@shop.test
Subject: =?unknown-8bit?q?Kaputt_=FF?=
Date: not a date at all
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="never-closed"

--never-closed
Content-Type: text/plain; charset=x-no-such-charset
Content-Transfer-Encoding: base64

!!!not base64 at all!!!
--never-closed
Content-Type: application/octet-stream; name="half.bin"
Content-Transfer-Encoding: base64

QUJD
""")

CRLF_SUBJECT = crlf("""
From: Mallory <mallory@example.net>
To: support@shop.test
Subject: =?utf-8?q?Hallo=0D=0ABcc=3A_evil=40example=2Enet?=
Message-ID: <crlf-1@example.net>
Content-Type: text/plain; charset=utf-8

Hi.
""")

CORPUS = [
    TEXT_ONLY_DE,
    HTML_ONLY_DA,
    ALTERNATIVE_1252,
    ATTACHMENTS,
    REPLY_WITH_REFERENCES,
    SUBJECT_FOLLOW_UP,
    AUTO_REPLY,
    BOUNCE,
    DUPLICATE,
    BROKEN,
    CRLF_SUBJECT,
]


def snapshot(setup: MailSetup) -> dict[str, list[tuple[str, str]]]:
    """Conversations by subject → their messages as (direction, start of text), oldest first."""
    with setup.store.read() as session:
        out: dict[str, list[tuple[str, str]]] = {}
        for conv in session.scalars(select(Conversation).order_by(Conversation.number)):
            messages = session.scalars(
                select(Message)
                .where(Message.conversation_id == conv.id)
                .order_by(Message.created_at, Message.id)
            ).all()
            out[conv.subject] = [(m.direction, m.body_text[:25]) for m in messages]
        return out


def fetch(setup: MailSetup, store: Store | None = None, clock: FixedClock | None = None) -> FetchResult:
    fetcher = MailFetcher(store or setup.store, setup.passwords, clock)
    return fetcher.fetch_account(setup.account_id)


def limit_attachments(setup: MailSetup, limit: int) -> None:
    accounts = MailAccounts(setup.store, setup.passwords)
    settings = accounts.get(setup.account_id)
    from dataclasses import replace

    accounts.update(setup.account_id, replace(settings, attachment_limit=limit))


def test_corpus_becomes_exactly_the_expected_conversations(
    mail_setup: MailSetup, dovecot: Dovecot, db_path: Path
) -> None:
    limit_attachments(mail_setup, 50_000)
    dovecot.append(mail_setup.user, *CORPUS)

    result = fetch(mail_setup)
    assert result.error is None, result.error
    assert result.stored == 10 and result.duplicates == 1 and result.skipped == []

    assert snapshot(mail_setup) == {
        "Lieferung für Bestellung 4711 fehlt": [
            ("inbound", "Guten Tag,\n\nmeine Bestell"),
            ("inbound", "Noch eine Frage dazu."),
        ],
        "Reklamation over kæde og ølåg": [
            ("inbound", "Kæden er gået i stykker, "),
            ("note", "Jeg er på ferie til manda"),  # the auto-reply: kept, answers nothing
        ],
        "Invoice 2026-17 shows the wrong amount": [
            ("inbound", "The invoice says 120 € bu"),
            ("inbound", "Any news?"),
        ],
        "Fotos vom Schaden": [("inbound", "Siehe Bild:")],
        "Undelivered Mail Returned to Sender": [("inbound", "This is the mail system a")],
        "Kaputt ÿ": [("inbound", "!!!not base64 at all!!!")],
        "Hallo Bcc: evil@example.net": [("inbound", "Hi.")],
    }

    with mail_setup.store.read() as session:
        convs = {c.subject: c for c in session.scalars(select(Conversation))}
        # Customers: a new sender became a customer once, with the address in lower case.
        emails = sorted(e for e in session.scalars(select(Customer.email)) if e)
        assert emails == [
            "anna@example.com",
            "broken@example.org",
            "juergen@example.de",
            "karl@example.de",
            "mailer-daemon@mx.example.net",
            "mallory@example.net",
            "soren@example.dk",
        ]
        juergen = session.scalar(select(Customer).where(Customer.email == "juergen@example.de"))
        assert juergen is not None and juergen.name == "Jürgen Müller"

        # The auto-reply did not reopen or start a clock; the bounce waits for nobody.
        danish = convs["Reklamation over kæde og ølåg"]
        assert danish.status == Status.NEW and danish.message_count == 2
        bounce = convs["Undelivered Mail Returned to Sender"]
        assert bounce.status == Status.SOLVED and bounce.waiting_since is None and bounce.tags == ["bounce"]
        auto = session.scalar(select(Message).where(Message.external_id == "da-auto@example.dk"))
        assert auto is not None and auto.meta["mail"]["automatic"] == "auto_reply"

        # HTML is stored sanitized, with a text version for search.
        da = session.scalar(select(Message).where(Message.external_id == "da-1@example.dk"))
        assert da is not None and da.body_html is not None
        for hostile in ("<script", "alert", "onclick", "javascript:", "<style"):
            assert hostile not in da.body_html
        assert "Kæden er gået i stykker" in da.body_html
        en = session.scalar(select(Message).where(Message.external_id == "en-1@example.com"))
        assert en is not None and en.body_html is not None and "<b>120 €</b>" in en.body_html

        # Attachments: inline image by cid, an RFC 2231 name, an over-limit file kept as metadata.
        att_msg = session.scalar(select(Message).where(Message.external_id == "att-1@example.de"))
        assert att_msg is not None and att_msg.body_html is not None
        assert 'src="cid:photo1@example.de"' in att_msg.body_html
        files = {
            a.filename: a
            for a in session.scalars(select(Attachment).where(Attachment.message_id == att_msg.id))
        }
        assert set(files) == {"attachment-1.png", "Rechnung März.pdf", "big.zip"}
        assert read_small(mail_setup.store, files["attachment-1.png"].id, 1 << 20) == PNG
        assert files["attachment-1.png"].content_id == "photo1@example.de"
        assert read_small(mail_setup.store, files["Rechnung März.pdf"].id, 1 << 20) == b"%PDF-1.4 small"
        assert files["big.zip"].sha256 is None and files["big.zip"].size == 60_000

        # CR/LF in a subject cannot make a header of its own.
        assert "Hallo Bcc: evil@example.net" in convs and "\n" not in "".join(convs)

        # A broken mail is stored as well as possible, with a made-up id and its problems noted.
        broken = session.scalar(select(Message).join(Conversation).where(Conversation.subject == "Kaputt ÿ"))
        assert broken is not None and broken.meta["mail"]["synthetic_id"] is True
        assert broken.meta["mail"]["problems"]

    # Fetching again adds nothing; a restart (a new Store on the same file) fetches nothing again.
    assert fetch(mail_setup).stored == 0
    before = snapshot(mail_setup)
    mail_setup.store.close()
    reopened = open_store(db_path)
    try:
        again = fetch(mail_setup, reopened)
        assert again.stored == 0 and again.duplicates == 0
        mail_setup.store = reopened
        assert snapshot(mail_setup) == before
        # New mail after the restart is fetched, and only it.
        dovecot.append(
            mail_setup.user,
            crlf("""
From: anna@example.com
To: support@shop.test
Subject: A new question
Message-ID: <en-3@example.com>
Content-Type: text/plain; charset=utf-8

Hello again.
"""),
        )
        later = fetch(mail_setup, reopened)
        assert later.stored == 1 and later.conversations == 1
    finally:
        reopened.close()


def test_changed_uidvalidity_reads_again_without_duplicates(mail_setup: MailSetup, dovecot: Dovecot) -> None:
    from agentdesk.store.models import MailFolderState

    dovecot.append(mail_setup.user, TEXT_ONLY_DE, ALTERNATIVE_1252)
    assert fetch(mail_setup).stored == 2
    with mail_setup.store.write() as session:
        state = session.get(MailFolderState, (mail_setup.account_id, "INBOX"))
        assert state is not None and state.last_uid == 2
        state.uidvalidity += 1  # as if the server had rebuilt the folder
    result = fetch(mail_setup)
    assert result.stored == 0 and result.duplicates == 2


def test_wrong_password_is_a_plain_sentence(mail_setup: MailSetup) -> None:
    fetcher = MailFetcher(mail_setup.store, StaticPasswords("wrong"))
    result = fetcher.fetch_account(mail_setup.account_id)
    assert result.error == WRONG_PASSWORD
    assert result.stored == 0


def test_keyring_passwords_are_used(mail_setup: MailSetup, dovecot: Dovecot) -> None:
    dovecot.append(mail_setup.user, TEXT_ONLY_DE)
    result = MailFetcher(mail_setup.store, KeyringPasswords()).fetch_account(mail_setup.account_id)
    assert result.error is None and result.stored == 1


@pytest.mark.slow
def test_a_25_mb_attachment_does_not_stop_the_fetch(mail_setup: MailSetup, dovecot: Dovecot) -> None:
    big = crlf(
        f"""
From: Big Sender <big@example.com>
To: support@shop.test
Subject: Scan of all documents
Message-ID: <big-1@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b"

--b
Content-Type: text/plain; charset=utf-8

See the attached scan.
--b
Content-Type: application/pdf
Content-Disposition: attachment; filename="scan.pdf"
Content-Transfer-Encoding: base64

{base64.encodebytes(b"P" * 25_000_000).decode()}
--b--
"""
    )
    dovecot.append(mail_setup.user, big, TEXT_ONLY_DE)
    result = fetch(mail_setup)
    assert result.stored == 2 and result.skipped == []
    with mail_setup.store.read() as session:
        row = session.scalar(select(Attachment).where(Attachment.filename == "scan.pdf"))
        assert row is not None and row.size == 25_000_000 and row.content is None


def test_a_new_mailbox_is_read_from_thirty_days_back(mail_setup: MailSetup, dovecot: Dovecot) -> None:
    import imaplib
    import time

    conn = dovecot.connect(mail_setup.user)
    try:
        old = imaplib.Time2Internaldate(time.time() - 400 * 86400)
        assert conn.append("INBOX", None, old, ALTERNATIVE_1252)[0] == "OK"
        assert conn.append("INBOX", None, None, TEXT_ONLY_DE)[0] == "OK"
    finally:
        conn.logout()
    result = fetch(mail_setup)
    assert (result.stored, result.duplicates) == (1, 0)
    assert list(snapshot(mail_setup)) == ["Lieferung für Bestellung 4711 fehlt"]
    assert fetch(mail_setup).stored == 0


def test_an_old_mailbox_with_nothing_recent_starts_after_its_last_mail(
    mail_setup: MailSetup, dovecot: Dovecot
) -> None:
    import imaplib
    import time

    conn = dovecot.connect(mail_setup.user)
    try:
        old = imaplib.Time2Internaldate(time.time() - 400 * 86400)
        assert conn.append("INBOX", None, old, ALTERNATIVE_1252)[0] == "OK"
    finally:
        conn.logout()
    assert fetch(mail_setup).stored == 0
    dovecot.append(mail_setup.user, TEXT_ONLY_DE)
    assert fetch(mail_setup).stored == 1


def test_a_mail_too_large_to_download_is_kept_from_its_headers(
    mail_setup: MailSetup, dovecot: Dovecot
) -> None:
    dovecot.append(mail_setup.user, ATTACHMENTS, TEXT_ONLY_DE)
    fetcher = MailFetcher(mail_setup.store, mail_setup.passwords, max_download=50_000)
    result = fetcher.fetch_account(mail_setup.account_id)
    assert (result.stored, result.skipped) == (2, [])
    with mail_setup.store.read() as session:
        big = session.scalar(select(Message).where(Message.external_id == "att-1@example.de"))
        assert big is not None and "too large to download" in big.body_text
        assert big.meta["mail"]["subject"] == "Fotos vom Schaden"
        assert session.scalars(select(Attachment).where(Attachment.message_id == big.id)).all() == []


def test_several_folders_with_german_and_danish_names(mail_setup: MailSetup, dovecot: Dovecot) -> None:
    from agentdesk.mail.accounts import imap_utf7

    conn = dovecot.connect(mail_setup.user)
    try:
        for name in ("Rückfragen", "Kundeservice Ærø"):
            assert conn.create(f'"{imap_utf7(name)}"')[0] == "OK"
    finally:
        conn.logout()
    dovecot.append(mail_setup.user, TEXT_ONLY_DE)
    dovecot.append(mail_setup.user, ALTERNATIVE_1252, folder=f'"{imap_utf7("Rückfragen")}"')
    dovecot.append(mail_setup.user, HTML_ONLY_DA, TEXT_ONLY_DE, folder=f'"{imap_utf7("Kundeservice Ærø")}"')
    accounts = MailAccounts(mail_setup.store, mail_setup.passwords)
    from dataclasses import replace

    settings = accounts.get(mail_setup.account_id)
    accounts.update(
        mail_setup.account_id, replace(settings, folders=("INBOX", "Rückfragen", "Kundeservice Ærø"))
    )
    result = fetch(mail_setup)
    assert (result.error, result.stored, result.duplicates) == (None, 3, 1)
    assert fetch(mail_setup).stored == 0
