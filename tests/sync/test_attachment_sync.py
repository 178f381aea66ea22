# SPDX-License-Identifier: GPL-3.0-or-later
"""An attachment written on one desktop opens on another after sync (DESIGN.md §11)."""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agentdesk.attachments import CHUNK_SIZE, copy_to, describe
from agentdesk.attachments.drafts import COPY_NOW_BYTES, DraftFiles, finish_sent
from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService, NewAttachment
from agentdesk.store.database import Store
from agentdesk.store.models import Attachment, AttachmentChunk
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent

pytestmark = pytest.mark.server

ANNA = Credentials("att_anna", "anna-pw")
OLE = Credentials("att_ole", "ole-pw")


def test_an_attachment_written_on_one_desktop_opens_on_another(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock, tmp_path: Path
) -> None:
    add_agent(server_url, ANNA.user, ANNA.password, name="Anna", email="anna@example.com", tiers=[1, 2, 3])
    add_agent(server_url, OLE.user, OLE.password, name="Ole", email="ole@example.com", tiers=[1, 2, 3])
    a, b = desktop("a"), desktop("b")
    data = os.urandom(20 * CHUNK_SIZE + 999)  # more pieces than one pull page holds
    inbox = InboxService(a, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    inbox.create_conversation(
        customer,
        "email",
        "Broken chain",
        "Photo attached.",
        attachments=[NewAttachment("chain.jpg", "image/jpeg", len(data), data)],
    )
    for store, who in ((a, ANNA), (b, OLE)):
        summary = sync_once(store, server_url, who)
        assert summary.ok, summary.error
    with connect(server_url) as conn:
        row = conn.execute("SELECT count(*) AS n, sum(length(data)) AS size FROM attachment_chunk").fetchone()
    assert row is not None and (row["n"], row["size"]) == (21, len(data))
    with b.read() as session:
        attachment_id = session.scalar(select(Attachment.id).where(Attachment.filename == "chain.jpg"))
        assert attachment_id is not None
        info = describe(session, attachment_id)
        assert session.scalar(select(func.count()).select_from(AttachmentChunk)) == 21
    assert info.complete and info.size == len(data)
    opened = copy_to(b, attachment_id, tmp_path / "chain.jpg")
    assert hashlib.sha256(opened.read_bytes()).digest() == hashlib.sha256(data).digest()


def test_a_file_sent_with_a_reply_reaches_the_other_desktop(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock, tmp_path: Path
) -> None:
    add_agent(server_url, ANNA.user, ANNA.password, name="Anna", email="anna@example.com", tiers=[1, 2, 3])
    add_agent(server_url, OLE.user, OLE.password, name="Ole", email="ole@example.com", tiers=[1, 2, 3])
    a, b = desktop("a"), desktop("b")
    inbox = InboxService(a, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    ref = inbox.create_conversation(customer, "email", "Invoice", "Please send the corrected invoice.")
    data = os.urandom(2 * CHUNK_SIZE + 17)
    draft = DraftFiles(a, clock).add(ref.id, io.BytesIO(data), "corrected-invoice.pdf")
    reply = inbox.reply(ref.id, "Here it is.", attachments=[draft.id])
    assert finish_sent(a, clock.now()) == 1  # the pieces copied in the background, as the window does
    for store, who in ((a, ANNA), (b, OLE)):
        summary = sync_once(store, server_url, who)
        assert summary.ok, summary.error
    with b.read() as session:
        attachment_id = session.scalar(select(Attachment.id).where(Attachment.message_id == reply))
        assert attachment_id is not None
    assert copy_to(b, attachment_id, tmp_path / "invoice.pdf").read_bytes() == data


def test_a_large_file_sent_with_a_reply_arrives_in_the_same_sync_as_the_reply(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock, tmp_path: Path
) -> None:
    """The window copies a large file's pieces from the draft in the background; a sync that
    starts before that copy has finished still sends them with the reply, so the other desktop
    never shows the reply with a file that has "not fully arrived yet"."""
    add_agent(server_url, ANNA.user, ANNA.password, name="Anna", email="anna@example.com", tiers=[1, 2, 3])
    add_agent(server_url, OLE.user, OLE.password, name="Ole", email="ole@example.com", tiers=[1, 2, 3])
    a, b = desktop("a"), desktop("b")
    inbox = InboxService(a, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    ref = inbox.create_conversation(customer, "email", "Video", "Please send the video of the noise.")
    data = os.urandom(COPY_NOW_BYTES + CHUNK_SIZE + 17)  # too large to copy while sending
    draft = DraftFiles(a, clock).add(ref.id, io.BytesIO(data), "noise.mp4")
    reply = inbox.reply(ref.id, "Here it is.", attachments=[draft.id])
    with a.read() as session:  # the background copy has not run yet
        assert session.scalar(select(func.count()).select_from(AttachmentChunk)) == 0
    for store, who in ((a, ANNA), (b, OLE)):
        summary = sync_once(store, server_url, who)
        assert summary.ok, summary.error
    with b.read() as session:
        attachment_id = session.scalar(select(Attachment.id).where(Attachment.message_id == reply))
        assert attachment_id is not None
        info = describe(session, attachment_id)
    assert info.complete and info.size == len(data)
    assert copy_to(b, attachment_id, tmp_path / "noise.mp4").read_bytes() == data
    assert finish_sent(a, clock.now()) == 0  # the window's own copy finds nothing left to do
