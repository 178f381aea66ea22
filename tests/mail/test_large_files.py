# SPDX-License-Identifier: GPL-3.0-or-later
"""Large files out and in without the whole file in one string: a reply's file is encoded from its
stored pieces while it is sent, and a customer's large file is lifted out of the mail before the
parser reads it; both give exactly what the email package would."""

from __future__ import annotations

import base64
import email
import email.policy
import io
import os
import uuid
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from agentdesk.attachments.drafts import DraftFiles, finish_sent
from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.mail import large_parts
from agentdesk.mail.accounts import AccountSettings, MailAccounts, StaticPasswords
from agentdesk.mail.mime_parts import STREAM_FROM, base64_lines
from agentdesk.mail.parse import parse_mail
from agentdesk.mail.send import MailSender
from agentdesk.store.database import Store
from agentdesk.store.models import Attachment, AttachmentChunk, DeliveryState
from tests.conftest import within_cpu_seconds

from .conftest import SmtpSink


def _sender(store: Store, clock: FixedClock, port: int) -> MailSender:
    MailAccounts(store).add(
        AccountSettings(
            address="support@shop.test",
            display_name="Shop Support",
            imap_host="127.0.0.1",
            imap_port=1,
            imap_security="plain",
            imap_user="support",
            smtp_host="127.0.0.1",
            smtp_port=port,
            smtp_security="plain",
            attachment_limit=30_000_000,
        )
    )
    return MailSender(store, StaticPasswords(""), clock)


def _conversation(store: Store, clock: FixedClock) -> uuid.UUID:
    inbox = InboxService(store, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    return inbox.create_conversation(customer, "email", "The video", "Please send the video.").id


@pytest.mark.server
def test_a_large_file_goes_out_from_its_pieces_and_arrives_whole(
    store: Store, clock: FixedClock, smtp_sink: SmtpSink
) -> None:
    data = os.urandom(2 * STREAM_FROM + 12_345)
    small = b"a,b\r\n1,2\r\n"
    conversation = _conversation(store, clock)
    files = DraftFiles(store, clock)
    big = files.add(conversation, io.BytesIO(data), "Überwachung.mp4")
    little = files.add(conversation, io.BytesIO(small), "klein.csv")
    sender = _sender(store, clock, smtp_sink.port)
    sender.queue_reply(
        conversation, "Here it is.\n.\nA dot above.", attachments=[big.id, little.id], bcc=["boss@shop.test"]
    )
    result = sender.flush()  # read from the draft: its pieces are not copied yet
    assert (result.sent, result.failed) == (1, 0), result.describe()
    got = email.message_from_bytes(smtp_sink.received[0]["data"], policy=email.policy.default)
    assert isinstance(got, EmailMessage)
    assert got["Bcc"] is None
    parts = {p.get_filename(): p for p in got.iter_attachments()}
    assert parts["Überwachung.mp4"].get_content() == data
    assert parts["Überwachung.mp4"].get_content_type() == "video/mp4"
    assert parts["klein.csv"].get_content().replace("\r\n", "\n") == "a,b\n1,2\n"
    body = got.get_body(("plain",))
    assert body is not None and "\n.\nA dot above." in body.get_content().replace("\r\n", "\n")
    # The received lines are those the email package writes: 76 characters each.
    raw = smtp_sink.received[0]["data"]
    assert max(len(line) for line in raw.splitlines()) <= 78


@pytest.mark.server
def test_a_file_not_here_in_full_is_not_sent_and_waits(
    store: Store, clock: FixedClock, smtp_sink: SmtpSink
) -> None:
    conversation = _conversation(store, clock)
    file = DraftFiles(store, clock).add(conversation, io.BytesIO(os.urandom(3 * STREAM_FROM)), "video.mp4")
    sender = _sender(store, clock, smtp_sink.port)
    reply = sender.queue_reply(conversation, "Here it is.", attachments=[file.id])
    assert finish_sent(store, clock.now()) == 1
    with store.write() as session:  # a piece damaged (a sync that brought a wrong piece)
        attachment_id = session.scalar(select(Attachment.id).where(Attachment.message_id == reply))
        session.execute(
            update(AttachmentChunk)
            .where(AttachmentChunk.attachment_id == attachment_id, AttachmentChunk.seq == 1)
            .values(data=b"x")
        )
    result = sender.flush()
    assert (result.sent, result.failed) == (0, 1)
    assert "is not here in full yet" in result.describe()
    assert smtp_sink.received == []
    assert sender.status(reply).state == DeliveryState.FAILED
    assert sender.status(reply).next_attempt_at is not None  # tried again later by itself


@settings(max_examples=2000, deadline=None)
@given(data=st.binary(max_size=700), cuts=st.lists(st.integers(0, 700), max_size=6))
def test_base64_lines_are_the_email_packages_lines(data: bytes, cuts: list[int]) -> None:
    bounds = sorted({0, len(data), *(c for c in cuts if c <= len(data))})
    pieces = [data[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    # the email package's own encoding of a part (email.contentmanager), with CRLF line ends
    expected = base64.encodebytes(data).replace(b"\n", b"\r\n")
    with within_cpu_seconds():
        assert b"".join(base64_lines(pieces)) == expected


def _customer_mail(
    files: list[tuple[str, str, bytes]], text: str = "Here it is.", linesep: str = "\r\n"
) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Jens Hansen <jens@example.dk>"
    mail["To"] = "support@shop.test"
    mail["Subject"] = "The video"
    mail["Message-ID"] = "<video-1@example.dk>"
    mail.set_content(text)
    for name, ctype, data in files:
        maintype, _slash, subtype = ctype.partition("/")
        mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return mail.as_bytes(policy=email.policy.default.clone(linesep=linesep))


def test_a_large_file_is_lifted_out_of_the_mail_and_read_whole() -> None:
    video = os.urandom(large_parts.LIFT_FROM)
    raw = _customer_mail([("noise.mp4", "video/mp4", video), ("klein.csv", "text/csv", b"a;b\n")])
    lifted = large_parts.lift(raw)
    assert len(lifted.spans) == 1 and len(lifted.skeleton) < 2_000
    mail = parse_mail(raw, attachment_limit=30_000_000)
    assert [(a.filename, a.content_type, a.size) for a in mail.attachments] == [
        ("noise.mp4", "video/mp4", len(video)),
        ("klein.csv", "text/csv", 4),
    ]
    assert mail.attachments[0].content == video
    assert mail.body_text == "Here it is."
    assert mail.problems == []


BASE64_TEXT = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\r\n"
_names = st.sampled_from(["a.pdf", "Rechnung März.pdf", "photo.jpg", "x", "données.xlsx"])
_types = st.sampled_from(["application/pdf", "image/jpeg", "text/plain", "application/octet-stream"])
_files = st.lists(st.tuples(_names, _types, st.binary(max_size=300)), max_size=3)


def _by_hand(files: list[tuple[str, str, bytes]], linesep: str) -> bytes:
    """A customer's mail with ``files``, written out directly (quicker than the email package)."""
    nl = linesep
    parts = [f"--BB{nl}Content-Type: text/plain; charset=utf-8{nl}{nl}Here it is.{nl}"]
    for name, ctype, data in files:
        body = b"".join(base64_lines([data])).decode("ascii").replace("\r\n", nl)
        parts.append(
            f"--BB{nl}Content-Type: {ctype}{nl}Content-Transfer-Encoding: base64{nl}"
            f'Content-Disposition: attachment; filename="{name}"{nl}{nl}{body}'
        )
    head = (
        f"From: Jens Hansen <jens@example.dk>{nl}Subject: The video{nl}Message-ID: <v-1@example.dk>{nl}"
        f'MIME-Version: 1.0{nl}Content-Type: multipart/mixed; boundary="BB"{nl}{nl}'
    )
    return (head + "".join(parts) + f"--BB--{nl}").encode("utf-8")


@settings(max_examples=2000, deadline=None)
@given(
    files=_files,
    linesep=st.sampled_from(["\r\n", "\n"]),
    damage=st.one_of(st.none(), st.tuples(st.integers(0, 3000), st.binary(min_size=1, max_size=4))),
    threshold=st.integers(1, 400),
)
def test_lifting_takes_out_only_whole_base64_bodies_and_loses_nothing(
    files: list[tuple[str, str, bytes]], linesep: str, damage: tuple[int, bytes] | None, threshold: int
) -> None:
    raw = _by_hand(files, linesep)
    if damage is not None:  # any bytes anywhere
        at, junk = damage
        raw = raw[: at % (len(raw) + 1)] + junk + raw[at % (len(raw) + 1) :]
    usual = large_parts.LIFT_FROM
    try:
        large_parts.LIFT_FROM = threshold
        with within_cpu_seconds():
            lifted = large_parts.lift(raw)
    finally:
        large_parts.LIFT_FROM = usual
    rebuilt = lifted.skeleton
    for marker, (start, end) in lifted.spans.items():
        body = raw[start:end]
        assert end - start >= threshold
        assert not body.translate(None, BASE64_TEXT)
        assert raw[:start].endswith((b"\n\n", b"\n\r\n"))  # a body from its first line
        assert end == len(raw) or raw[end:].startswith((b"\n--", b"\r\n--"))  # to its boundary
        rebuilt = rebuilt.replace(marker.encode("ascii"), body)
    assert rebuilt == raw  # nothing lost, nothing moved


@settings(max_examples=300, deadline=None)
@given(files=_files, linesep=st.sampled_from(["\r\n", "\n"]))
def test_a_mail_with_its_files_lifted_reads_as_the_parser_alone_reads_it(
    files: list[tuple[str, str, bytes]], linesep: str
) -> None:
    raw = _by_hand(files, linesep)
    usual = large_parts.LIFT_FROM
    try:
        large_parts.LIFT_FROM = 8  # every file lifted
        lifted = parse_mail(raw)
        large_parts.LIFT_FROM = 1 << 62  # none
        whole = parse_mail(raw)
    finally:
        large_parts.LIFT_FROM = usual
    expected = [(a.filename, a.content_type, a.size, a.content) for a in whole.attachments]
    assert [(a.filename, a.content_type, a.size, a.content) for a in lifted.attachments] == expected
    assert [a.content for a in lifted.attachments] == [data for _name, _type, data in files]
    assert (lifted.body_text, lifted.problems) == (whole.body_text, whole.problems)


def test_only_a_files_base64_body_is_lifted() -> None:
    """A large text part, and a body with a line that is not base64, are left to the parser."""
    text = "word " * (large_parts.LIFT_FROM // 4)
    raw = _customer_mail([("notes.txt", "text/plain", text.encode())])
    assert large_parts.lift(raw).spans == {}
    data = os.urandom(large_parts.LIFT_FROM)
    raw = _customer_mail([("noise.bin", "application/octet-stream", data)])
    head, _sep, tail = raw.partition(b"\r\n\r\n--")
    start = raw.index(b"filename")
    broken = raw[: start + 3000] + b"\r\nthis line is not base64\r\n" + raw[start + 3000 :]
    assert large_parts.lift(broken).spans == {}
    assert large_parts.lift(raw).spans
    assert head and tail
