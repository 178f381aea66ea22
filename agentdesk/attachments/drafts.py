# SPDX-License-Identifier: GPL-3.0-or-later
"""Files attached to a draft, kept in the database from the moment they are attached.

The agent attaches a file (dialog, drag and drop, a pasted picture); ``DraftFiles.add`` copies it
into ``draft_file_chunk`` at once, piece by piece, so a crash, a deleted original or a file changed
afterwards loses nothing and changes nothing. When the reply or note is written, ``move_to_message``
turns each draft file into an ``attachment`` of the new message in the same transaction; its pieces
are copied inside SQLite then (small files) or by ``finish_sent`` in the background (large ones),
and the draft's rows go. Those piece rows are not written through the ORM, so the sync's recording
does not see them: like other rows written with plain SQL, the next sync sends them as rows the
server never had (``sync.outbox.enqueue_unsynced``), after the attachment row they belong to.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from agentdesk.attachments.content import CHUNK_SIZE, CTX, AttachmentError, chunk_id, pieces
from agentdesk.attachments.kinds import guess_type
from agentdesk.clock import Clock, SystemClock
from agentdesk.ids import uuid7
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.store.models import Attachment, DraftFile, DraftFileChunk, sql_time

MAX_FILES = 50  # per draft; more is a mistake (a folder dropped by accident)
COPY_NOW_BYTES = 2 << 20  # a send copies this much at once; more is copied in the background


@dataclass(frozen=True)
class DraftFileInfo:
    id: uuid.UUID
    filename: str
    content_type: str
    size: int


def total_mb(size: int) -> str:
    """A size in MB with one decimal, as the limit messages say it."""
    return f"{size / 1_000_000:.1f}"


class DraftFiles:
    """The files attached to each conversation's draft (local to this desktop, like drafts)."""

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or SystemClock()

    def add(
        self, conversation_id: uuid.UUID, source: BinaryIO, filename: str, content_type: str = ""
    ) -> DraftFileInfo:
        """Copy ``source`` into the draft of ``conversation_id`` (runs off the GUI thread)."""
        name = filename.strip()[:255] or "attachment"
        ctype = (content_type or guess_type(name))[:255]
        with self.store.write() as session:
            count = session.scalar(
                select(func.count())
                .select_from(DraftFile)
                .where(DraftFile.conversation_id == conversation_id)
            )
            if (count or 0) >= MAX_FILES:
                raise AttachmentError(
                    translatable(CTX, "A message can carry at most {limit} files."), limit=MAX_FILES
                )
            row = DraftFile(
                id=uuid7(),
                conversation_id=conversation_id,
                filename=name,
                content_type=ctype,
                created_at=self.clock.now(),
            )
            session.add(row)
            session.flush()
            digest = hashlib.sha256()
            size = 0
            for seq, piece in enumerate(pieces(source)):
                digest.update(piece)
                size += len(piece)
                chunk = DraftFileChunk(draft_file_id=row.id, seq=seq, data=piece)
                session.add(chunk)
                session.flush()
                session.expunge(chunk)
            row.size, row.sha256 = size, digest.hexdigest()
            return DraftFileInfo(row.id, row.filename, row.content_type, row.size)

    def add_file(self, conversation_id: uuid.UUID, path: Path) -> DraftFileInfo:
        """Copy the file at ``path`` (a plain error when it cannot be read)."""
        try:
            with open(path, "rb") as source:
                return self.add(conversation_id, source, path.name)
        except (IsADirectoryError, PermissionError, FileNotFoundError, OSError) as exc:
            raise AttachmentError(
                translatable(CTX, "Cannot read {name}: {reason}"),
                name=path.name,
                reason=exc.strerror or str(exc),
            ) from exc

    def files(self, conversation_id: uuid.UUID) -> list[DraftFileInfo]:
        with self.store.read() as session:
            rows = session.execute(
                select(DraftFile.id, DraftFile.filename, DraftFile.content_type, DraftFile.size)
                .where(DraftFile.conversation_id == conversation_id, DraftFile.sent_as.is_(None))
                .order_by(DraftFile.created_at, DraftFile.id)
            ).all()
        return [DraftFileInfo(*row) for row in rows]

    def remove(self, file_id: uuid.UUID) -> None:
        with self.store.write() as session:
            session.execute(delete(DraftFileChunk).where(DraftFileChunk.draft_file_id == file_id))
            session.execute(delete(DraftFile).where(DraftFile.id == file_id))

    def check_limit(self, file_ids: Sequence[uuid.UUID], limit: int) -> None:
        """Refuse, before anything is sent, files that together exceed a mailbox's ``limit`` bytes."""
        if not file_ids or limit <= 0:
            return
        with self.store.read() as session:
            total = (
                session.scalar(select(func.sum(DraftFile.size)).where(DraftFile.id.in_(list(file_ids)))) or 0
            )
        if total > limit:
            raise AttachmentError(
                translatable(
                    CTX,
                    "The attached files come to {size} MB; this mailbox sends at most {limit} MB. "
                    "Remove a file or send it another way.",
                ),
                size=total_mb(total),
                limit=total_mb(limit),
            )


def move_to_message(
    session: Session, file_ids: Sequence[uuid.UUID], message_id: uuid.UUID, now: dt.datetime
) -> list[uuid.UUID]:
    """Make each draft file an attachment of ``message_id`` (flushed in ``session``); returns the
    attachments' ids in the order given. A file no longer in the draft (removed meanwhile) is an
    error: nothing is written without it.

    Up to ``COPY_NOW_BYTES`` in all, the pieces are copied here, inside SQLite; above, the draft file
    only records the attachment it became (``sent_as``) and ``finish_sent`` copies the pieces in the
    background, while every reader takes them from the draft meanwhile: sending 25 MB costs the
    window milliseconds, not the second of disk writing a copy takes."""
    drafts = []
    for file_id in file_ids:
        draft = session.get(DraftFile, file_id)
        if draft is None or draft.sent_as is not None:
            raise AttachmentError(
                translatable(CTX, "An attached file is no longer there; check the files and send again.")
            )
        drafts.append(draft)
    copy_now = sum(d.size for d in drafts) <= COPY_NOW_BYTES
    made: list[uuid.UUID] = []
    for draft in drafts:
        attachment = Attachment(
            id=uuid7(),
            message_id=message_id,
            filename=draft.filename,
            content_type=draft.content_type,
            size=draft.size,
            sha256=draft.sha256,
            updated_at=now,
        )
        session.add(attachment)
        session.flush()
        if copy_now:
            _copy_pieces(session, draft.id, attachment.id, now)
            session.execute(delete(DraftFileChunk).where(DraftFileChunk.draft_file_id == draft.id))
            session.execute(delete(DraftFile).where(DraftFile.id == draft.id))
        else:
            draft.sent_as = attachment.id
        made.append(attachment.id)
    return made


def _copy_pieces(session: Session, file_id: uuid.UUID, attachment_id: uuid.UUID, now: dt.datetime) -> None:
    seqs = session.scalars(
        select(DraftFileChunk.seq).where(DraftFileChunk.draft_file_id == file_id).order_by(DraftFileChunk.seq)
    ).all()
    for seq in seqs:  # copied inside SQLite: the content never passes through Python
        session.execute(
            text(
                "INSERT INTO attachment_chunk (id, attachment_id, seq, data, rev, updated_at, deleted_at)"
                " SELECT :id, :attachment, seq, data, NULL, :now, NULL FROM draft_file_chunk"
                " WHERE draft_file_id = :file AND seq = :seq"
            ),
            {
                "id": chunk_id(attachment_id, seq).hex,
                "attachment": attachment_id.hex,
                "now": sql_time(now),
                "file": file_id.hex,
                "seq": seq,
            },
        )


def finish_sent(store: Store, now: dt.datetime) -> int:
    """Copy the pieces of sent draft files to their attachments, one file per transaction, and
    remove them from the draft; returns how many. Runs off the GUI thread, after a send and at
    start (a file whose copy a crash interrupted is copied then: until, it is read from the draft),
    and at the start of each sync, so that a reply's files go to the server in the same sync as the
    reply. Two at once copy each file once."""
    done = 0
    with store.read() as session:
        pending = session.execute(
            select(DraftFile.id, DraftFile.sent_as).where(DraftFile.sent_as.is_not(None))
        ).all()
    for file_id, attachment_id in pending:
        with store.write() as session:
            draft = session.get(DraftFile, file_id)
            if draft is None or draft.sent_as != attachment_id:
                continue  # copied meanwhile (by the sync, which finishes copies before it sends)
            if session.get(Attachment, attachment_id) is not None:
                _copy_pieces(session, file_id, attachment_id, now)
            session.execute(delete(DraftFileChunk).where(DraftFileChunk.draft_file_id == file_id))
            session.execute(delete(DraftFile).where(DraftFile.id == file_id))
        done += 1
    return done


__all__ = [
    "CHUNK_SIZE",
    "COPY_NOW_BYTES",
    "MAX_FILES",
    "DraftFileInfo",
    "DraftFiles",
    "finish_sent",
    "move_to_message",
    "total_mb",
]
