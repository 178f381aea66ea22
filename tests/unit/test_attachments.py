# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachment content: stored in pieces, read back to a file checked against its hash."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from agentdesk.attachments import (
    CHUNK_SIZE,
    AttachmentError,
    Risk,
    add_attachment,
    chunk_id,
    copy_to,
    describe,
    guess_type,
    read_small,
    risk_of,
    safe_filename,
)
from agentdesk.attachments.drafts import COPY_NOW_BYTES, DraftFiles, finish_sent
from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService, NewAttachment
from agentdesk.mail import parse
from agentdesk.store import migrate
from agentdesk.store.database import Store
from agentdesk.store.models import Attachment, AttachmentChunk, DraftFile, Message

from ..conftest import within_cpu_seconds


def _message(store: Store, clock: FixedClock, files: list[NewAttachment]) -> uuid.UUID:
    """A new conversation whose first message carries ``files``; returns that message's id."""
    inbox = InboxService(store, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    ref = inbox.create_conversation(customer, "email", "Invoice", "See the attached.", attachments=files)
    with store.read() as session:
        found = session.scalar(select(Message.id).where(Message.conversation_id == ref.id))
    assert found is not None
    return found


def _attachments(store: Store) -> dict[str, Attachment]:
    with store.read() as session:
        return {a.filename: a for a in session.scalars(select(Attachment))}


def test_a_file_is_kept_in_pieces_and_read_back_exactly(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    data = os.urandom(3 * CHUNK_SIZE + 12345)
    _message(store, clock, [NewAttachment("scan.pdf", "application/pdf", len(data), data)])
    row = _attachments(store)["scan.pdf"]
    assert row.content is None and row.size == len(data) and row.sha256 == hashlib.sha256(data).hexdigest()
    with store.read() as session:
        chunks = session.execute(
            select(AttachmentChunk.id, AttachmentChunk.seq, func.length(AttachmentChunk.data))
            .where(AttachmentChunk.attachment_id == row.id)
            .order_by(AttachmentChunk.seq)
        ).all()
        info = describe(session, row.id)
    assert [(c.seq, c[2]) for c in chunks] == [(0, CHUNK_SIZE), (1, CHUNK_SIZE), (2, CHUNK_SIZE), (3, 12345)]
    assert [c.id for c in chunks] == [chunk_id(row.id, n) for n in range(4)]
    assert info.complete and info.filename == "scan.pdf" and info.content_type == "application/pdf"
    target = copy_to(store, row.id, tmp_path / "scan.pdf")
    assert target.read_bytes() == data
    assert read_small(store, row.id, len(data) - 1) is None  # above the limit: not read whole
    assert read_small(store, row.id, len(data)) == data


def test_a_file_missing_a_piece_is_not_written_and_says_why(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    data = os.urandom(2 * CHUNK_SIZE + 7)
    _message(store, clock, [NewAttachment("photo.jpg", "image/jpeg", len(data), data)])
    row = _attachments(store)["photo.jpg"]
    with store.write() as session:
        session.execute(sa.delete(AttachmentChunk).where(AttachmentChunk.seq == 1))
        assert not describe(session, row.id).complete
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "photo.jpg"
    target.write_bytes(b"the agent's own file")
    with pytest.raises(AttachmentError, match="has not fully arrived"):
        copy_to(store, row.id, target)
    assert target.read_bytes() == b"the agent's own file"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["photo.jpg"]  # no half-written file left
    assert read_small(store, row.id, 10 * CHUNK_SIZE) is None


def test_a_file_above_the_limit_keeps_its_facts_and_says_it_was_not_kept(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    _message(store, clock, [NewAttachment("big.zip", "application/zip", 60_000_000, None)])
    row = _attachments(store)["big.zip"]
    assert row.size == 60_000_000 and row.sha256 is None
    with pytest.raises(AttachmentError, match="larger than the mailbox's attachment limit"):
        copy_to(store, row.id, tmp_path / "big.zip")
    with pytest.raises(AttachmentError, match="no longer exists"):
        copy_to(store, uuid.uuid4(), tmp_path / "x")


def test_an_empty_file_is_a_file(store: Store, clock: FixedClock, tmp_path: Path) -> None:
    _message(store, clock, [NewAttachment("empty.txt", "text/plain", 0, b"")])
    row = _attachments(store)["empty.txt"]
    assert row.sha256 == hashlib.sha256(b"").hexdigest()
    assert copy_to(store, row.id, tmp_path / "empty.txt").read_bytes() == b""


def test_a_folder_that_cannot_be_written_is_a_plain_error(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    _message(store, clock, [NewAttachment("a.txt", "text/plain", 3, b"abc")])
    row = _attachments(store)["a.txt"]
    with pytest.raises(AttachmentError, match="Cannot write to"):
        copy_to(store, row.id, tmp_path / "missing-folder" / "a.txt")


def test_add_attachment_streams_from_a_file_object(store: Store, clock: FixedClock) -> None:
    message_id = _message(store, clock, [])
    with store.write() as session:
        row = add_attachment(
            session, message_id, io.BytesIO(b"x" * 10), filename="notes.csv", now=clock.now()
        )
        assert row.content_type == "text/csv" and row.size == 10


def test_old_content_moves_to_pieces_on_upgrade(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    migrate.upgrade(engine, "0007")
    data = os.urandom(CHUNK_SIZE + 5)
    attachment_id = uuid.uuid4()
    with engine.begin() as conn:
        # A plain engine does not enforce foreign keys: the attachment alone will do.
        conn.execute(
            sa.text(
                "INSERT INTO attachment (id, message_id, filename, content_type, size, content, updated_at)"
                " VALUES (:id, 'm1', 'old.bin', 'application/octet-stream', :size, :content, '2026-01-01')"
            ),
            {"id": attachment_id.hex, "size": len(data), "content": data},
        )
    migrate.upgrade(engine, "0008")
    with engine.connect() as conn:
        row = conn.execute(sa.text("SELECT content, sha256 FROM attachment")).one()
        pieces = conn.execute(sa.text("SELECT id, seq, data FROM attachment_chunk ORDER BY seq")).all()
    engine.dispose()
    assert row.content is None and row.sha256 == hashlib.sha256(data).hexdigest()
    assert b"".join(p.data for p in pieces) == data
    assert [uuid.UUID(p.id) for p in pieces] == [chunk_id(attachment_id, 0), chunk_id(attachment_id, 1)]


@pytest.mark.parametrize(
    ("name", "ctype", "risk"),
    [
        ("invoice.pdf", "application/pdf", None),
        ("photo.JPG", "image/jpeg", None),
        ("invoice.pdf.exe", "application/pdf", Risk.EXECUTABLE),
        ("setup.msi", "", Risk.EXECUTABLE),
        ("run.sh ", "text/plain", Risk.EXECUTABLE),
        ("README", "application/x-msdownload", Risk.EXECUTABLE),
        ("budget.xlsm", "", Risk.MACRO),
        ("letter.doc", "", Risk.MACRO),
        ("letter.docx", "", None),
        ("sheet.xlsx", "application/vnd.ms-excel.sheet.macroEnabled.12", Risk.MACRO),
    ],
)
def test_risky_files_are_named(name: str, ctype: str, risk: Risk | None) -> None:
    assert risk_of(name, ctype) is risk


def test_types_from_names() -> None:
    assert guess_type("a.pdf") == "application/pdf"
    assert guess_type("B.XLSX").endswith("spreadsheetml.sheet")
    assert guess_type("noext") == "application/octet-stream"


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=400), st.text(max_size=80))
def test_any_name_gives_a_safe_name_and_a_verdict(name: str, ctype: str) -> None:
    with within_cpu_seconds():
        safe = safe_filename(name)
        risk_of(name, ctype)
        guess_type(name)
    assert safe and len(safe) <= 200
    assert not any(ch in safe for ch in '/\\:*?"<>|\x00\n\r')
    assert safe not in (".", "..") and not safe.startswith(" ") and not safe.endswith((".", " "))


def test_a_large_sent_file_is_read_from_the_draft_until_its_pieces_are_copied(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    inbox = InboxService(store, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    ref = inbox.create_conversation(customer, "email", "Video", "Can you send the manual?")
    files = DraftFiles(store, clock)
    data = os.urandom(COPY_NOW_BYTES + CHUNK_SIZE + 5)
    small = files.add(ref.id, io.BytesIO(b"tiny"), "note.txt")
    big = files.add(ref.id, io.BytesIO(data), "manual.pdf")
    assert [f.filename for f in files.files(ref.id)] == ["note.txt", "manual.pdf"]
    reply = inbox.reply(ref.id, "Here it is.", attachments=[small.id, big.id])
    assert files.files(ref.id) == []  # the chips are gone at once
    with store.read() as session:
        rows = {
            a.filename: a.id
            for a in session.scalars(select(Attachment).where(Attachment.message_id == reply))
        }
        assert session.scalar(select(func.count()).select_from(AttachmentChunk)) == 0  # not copied yet
        assert describe(session, rows["manual.pdf"]).complete
    assert copy_to(store, rows["manual.pdf"], tmp_path / "early.pdf").read_bytes() == data
    assert finish_sent(store, clock.now()) == 2  # (both: together above the limit); after a crash too
    assert finish_sent(store, clock.now()) == 0
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(DraftFile)) == 0
        assert session.scalar(select(func.count()).select_from(AttachmentChunk)) == 1 + -(
            -len(data) // CHUNK_SIZE
        )
    assert copy_to(store, rows["manual.pdf"], tmp_path / "late.pdf").read_bytes() == data
    assert read_small(store, rows["note.txt"], 100) == b"tiny"


@settings(max_examples=2000, deadline=None)
@given(st.binary(max_size=3000), st.text(max_size=300), st.integers(min_value=1, max_value=64))
def test_piecewise_base64_decodes_like_the_standard_library(data: bytes, noise: str, piece: int) -> None:
    encoded = base64.encodebytes(data).decode("ascii")
    with within_cpu_seconds():
        assert pieces_decode(encoded, piece) == data
        pieces_decode(noise + encoded, piece)  # stray characters: no exception, ever


def pieces_decode(text: str, piece: int) -> bytes:
    """``parse._base64_in_pieces`` with a small piece size, so the pieces' seams are exercised."""
    original = parse.FEED_PIECE
    parse.FEED_PIECE = piece
    try:
        return parse._base64_in_pieces(text)
    finally:
        parse.FEED_PIECE = original
