# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments through the exchange format: metadata and content, an identical round trip."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from agentdesk.attachments import CHUNK_SIZE, copy_to
from agentdesk.clock import FixedClock
from agentdesk.errors import ImportFormatError
from agentdesk.exchange import export_jsonl, import_jsonl
from agentdesk.inbox.service import InboxService, NewAttachment
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import Attachment, AttachmentChunk

BIG = os.urandom(2 * CHUNK_SIZE + 321)


def _workspace(store: Store, clock: FixedClock) -> None:
    inbox = InboxService(store, clock)
    customer = inbox.create_customer("Jürgen Müller", email="juergen@example.de", language="de")
    inbox.create_conversation(
        customer,
        "email",
        "Rechnung",
        "Anbei die Rechnung.",
        attachments=[
            NewAttachment("Rechnung März.pdf", "application/pdf", len(BIG), BIG),
            NewAttachment("leer.txt", "text/plain", 0, b""),
            NewAttachment("video.mp4", "video/mp4", 60_000_000, None),  # too large to keep
        ],
    )


def _attachment_lines(path: Path) -> dict[str, dict[str, object]]:
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for message in record.get("messages", ()):
            for a in message["attachments"]:
                found[a["filename"]] = a
    return found


def test_files_go_through_export_and_import_whole_and_identically(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    _workspace(store, clock)
    first = tmp_path / "first.jsonl"
    export_jsonl(store, first)
    files = _attachment_lines(first)
    assert base64.b64decode(str(files["Rechnung März.pdf"]["content"])) == BIG
    assert files["Rechnung März.pdf"]["sha256"] == hashlib.sha256(BIG).hexdigest()
    assert files["leer.txt"]["content"] == "" and files["video.mp4"]["content"] is None
    target = open_store(tmp_path / "copy.sqlite")
    import_jsonl(target, first)
    with target.read() as session:
        rows = {a.filename: a for a in session.scalars(select(Attachment))}
        assert all(a.content is None for a in rows.values())  # the content went into pieces
        pieces = session.scalars(
            select(AttachmentChunk.seq).where(AttachmentChunk.attachment_id == rows["Rechnung März.pdf"].id)
        ).all()
    assert sorted(pieces) == [0, 1, 2]
    assert copy_to(target, rows["Rechnung März.pdf"].id, tmp_path / "r.pdf").read_bytes() == BIG
    second = tmp_path / "second.jsonl"
    export_jsonl(target, second)
    assert second.read_bytes() == first.read_bytes()
    target.close()


def test_a_file_from_before_sha256_imports_into_pieces(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    _workspace(store, clock)
    out = tmp_path / "x.jsonl"
    export_jsonl(store, out)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    for record in lines:
        for message in record.get("messages", ()):
            for a in message["attachments"]:
                del a["sha256"]
    old = tmp_path / "old.jsonl"
    old.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    target = open_store(tmp_path / "old.sqlite")
    import_jsonl(target, old)
    with target.read() as session:
        row = session.scalars(select(Attachment).where(Attachment.filename == "Rechnung März.pdf")).one()
    assert row.sha256 == hashlib.sha256(BIG).hexdigest()
    assert copy_to(target, row.id, tmp_path / "r.pdf").read_bytes() == BIG
    target.close()


def test_a_sha256_that_does_not_match_is_a_broken_line(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    _workspace(store, clock)
    out = tmp_path / "x.jsonl"
    export_jsonl(store, out)
    text = out.read_text(encoding="utf-8").replace(hashlib.sha256(BIG).hexdigest(), "0" * 64)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(text, encoding="utf-8")
    target = open_store(tmp_path / "bad.sqlite")
    with pytest.raises(ImportFormatError, match="sha256' does not match the content"):
        import_jsonl(target, bad)
    with target.read() as session:
        assert session.scalar(select(sa.func.count()).select_from(Attachment)) == 0
    target.close()


def test_a_file_not_all_here_is_exported_without_content(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    _workspace(store, clock)
    with store.write() as session:
        session.execute(sa.delete(AttachmentChunk).where(AttachmentChunk.seq == 2))
    out = tmp_path / "x.jsonl"
    export_jsonl(store, out)
    assert _attachment_lines(out)["Rechnung März.pdf"]["content"] is None
