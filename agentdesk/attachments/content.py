# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing an attachment's content in pieces and reading it back to a file.

``write_chunks`` reads a stream 1 MiB at a time and adds one ``attachment_chunk`` row per piece,
flushing and forgetting each (the sync capture records it as it goes), so memory holds one piece.
``copy_to`` writes the pieces to a file beside the target and renames it into place only when the
size and SHA-256 match the row's: a file not fully synced yet, or damaged, never appears half
written. Rows from before the chunks (``attachment.content``) are still read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.attachments.kinds import guess_type
from agentdesk.errors import AgentDeskError
from agentdesk.ids import uuid7
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.store.models import Attachment, AttachmentChunk, DraftFile, DraftFileChunk

CHUNK_SIZE = 1 << 20
# Must match migration 0008, which derives the ids of the pieces it moves the same way.
CHUNK_NAMESPACE = uuid.UUID("6f1c2a52-6d8e-4c59-9f43-4a7f0b1d2e90")
CTX = "AttachmentErrors"

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)


class AttachmentError(AgentDeskError):
    """An attachment cannot be read, written or sent as asked."""


@dataclass(frozen=True)
class StoredFile:
    """An attachment as the window lists it; ``complete`` is False while its content has not (or
    not wholly) arrived, and for a file that was too large to keep."""

    id: uuid.UUID
    message_id: uuid.UUID
    filename: str
    content_type: str
    size: int
    sha256: str | None
    content_id: str | None
    complete: bool


def chunk_id(attachment_id: uuid.UUID, seq: int) -> uuid.UUID:
    """The id of piece ``seq`` of an attachment: the same piece written twice is the same row."""
    return uuid.uuid5(CHUNK_NAMESPACE, f"{attachment_id}:{seq}")


def pieces(source: BinaryIO, size: int = CHUNK_SIZE) -> Iterator[bytes]:
    """``source`` in pieces of ``size`` bytes (the last may be shorter)."""
    while True:
        piece = source.read(size)
        if not piece:
            return
        yield piece


def write_chunks(
    session: Session, attachment_id: uuid.UUID, source: BinaryIO, now: dt.datetime
) -> tuple[int, str]:
    """Store ``source`` as the content of ``attachment_id`` (a row flushed in ``session``);
    returns (size, SHA-256 hex). Each piece is flushed and let go before the next is read."""
    digest = hashlib.sha256()
    size = 0
    for seq, piece in enumerate(pieces(source)):
        digest.update(piece)
        size += len(piece)
        chunk = AttachmentChunk(
            id=chunk_id(attachment_id, seq), attachment_id=attachment_id, seq=seq, data=piece, updated_at=now
        )
        session.add(chunk)
        session.flush()
        session.expunge(chunk)
    return size, digest.hexdigest()


def add_attachment(
    session: Session,
    message_id: uuid.UUID,
    source: BinaryIO | bytes | None,
    *,
    filename: str,
    now: dt.datetime,
    content_type: str = "",
    content_id: str | None = None,
    size: int | None = None,
) -> Attachment:
    """Add an attachment to a message (already flushed in ``session``) with its content read from
    ``source``; ``None`` keeps only the facts of a file too large to keep (``size`` says how
    large it was)."""
    row = Attachment(
        id=uuid7(),
        message_id=message_id,
        filename=filename[:255] or "attachment",
        content_type=(content_type or guess_type(filename))[:255],
        size=size or 0,
        content_id=content_id[:255] if content_id else None,
        content=None,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    if source is not None:
        stream = io.BytesIO(source) if isinstance(source, bytes) else source
        row.size, row.sha256 = write_chunks(session, row.id, stream, now)
    return row


def describe(session: Session, attachment_id: uuid.UUID) -> StoredFile:
    """The facts of one attachment, and whether its content is here in full."""
    row = session.get(Attachment, attachment_id)
    if row is None or row.deleted_at is not None:
        raise AttachmentError(translatable(CTX, "This attachment no longer exists."))
    if row.content is not None:
        complete = True
    elif session.scalar(select(DraftFile.id).where(DraftFile.sent_as == attachment_id)) is not None:
        complete = True  # just sent; read from the draft until copied
    else:
        count = session.query(AttachmentChunk).filter(AttachmentChunk.attachment_id == attachment_id).count()
        expected = -(-row.size // CHUNK_SIZE)
        complete = row.sha256 is not None and count == expected
    return StoredFile(
        row.id, row.message_id, row.filename, row.content_type, row.size, row.sha256, row.content_id, complete
    )


def _stream(session: Session, row: Attachment) -> Iterator[bytes]:
    if row.content is not None:  # written before revision 0008
        yield bytes(row.content)
        return
    draft = session.scalar(select(DraftFile.id).where(DraftFile.sent_as == row.id))
    if draft is not None:  # just sent: the pieces are still being copied from the draft
        rows = session.execute(
            select(DraftFileChunk.seq, DraftFileChunk.data)
            .where(DraftFileChunk.draft_file_id == draft)
            .order_by(DraftFileChunk.seq)
            .execution_options(yield_per=1)
        )
    else:
        rows = session.execute(
            select(AttachmentChunk.seq, AttachmentChunk.data)
            .where(AttachmentChunk.attachment_id == row.id, AttachmentChunk.deleted_at.is_(None))
            .order_by(AttachmentChunk.seq)
            .execution_options(yield_per=1)
        )
    expected = 0
    for seq, data in rows:
        if seq != expected:
            break
        yield bytes(data)
        expected += 1


def unavailable(info: StoredFile) -> AttachmentError:
    """Why the content of an attachment that is not ``complete`` cannot be read."""
    if info.sha256 is None and info.size > 0:
        return AttachmentError(
            translatable(CTX, "{name} was larger than the mailbox's attachment limit and was not kept."),
            name=info.filename,
        )
    return AttachmentError(
        translatable(CTX, "{name} has not fully arrived from the server yet. Try again after the next sync."),
        name=info.filename,
    )


def _not_here(row: Attachment) -> AttachmentError:
    return unavailable(
        StoredFile(
            row.id,
            row.message_id,
            row.filename,
            row.content_type,
            row.size,
            row.sha256,
            row.content_id,
            False,
        )
    )


def copy_to(store: Store, attachment_id: uuid.UUID, target: Path, progress: Progress | None = None) -> Path:
    """Write the content of ``attachment_id`` to ``target`` (replacing it), piece by piece, and
    check it; on any failure ``target`` is left as it was. Runs off the GUI thread."""
    target = Path(target)
    with store.read() as session:
        row = session.get(Attachment, attachment_id)
        if row is None or row.deleted_at is not None:
            raise AttachmentError(translatable(CTX, "This attachment no longer exists."))
        size, expected_hash = row.size, row.sha256
        try:
            fd, temp_name = tempfile.mkstemp(prefix=".part-", dir=target.parent)
        except OSError as exc:
            raise AttachmentError(
                translatable(CTX, "Cannot write to {folder}: {reason}"),
                folder=str(target.parent),
                reason=exc.strerror or str(exc),
            ) from exc
        temp = Path(temp_name)
        try:
            digest = hashlib.sha256()
            done = 0
            with os.fdopen(fd, "wb") as out:
                for piece in _stream(session, row):
                    out.write(piece)
                    digest.update(piece)
                    done += len(piece)
                    if progress is not None:
                        progress(done, size)
            legacy = row.content is not None
            if done != size or (not legacy and digest.hexdigest() != expected_hash):
                raise _not_here(row)
            os.replace(temp, target)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise AttachmentError(
                translatable(CTX, "Cannot write to {folder}: {reason}"),
                folder=str(target.parent),
                reason=exc.strerror or str(exc),
            ) from exc
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    return target


def stream_pieces(store: Store, attachment_id: uuid.UUID) -> Iterator[bytes]:
    """The content of ``attachment_id`` a piece (up to 1 MiB) at a time, from one read transaction
    (a copy from the draft finishing meanwhile changes nothing it reads); nothing when it is gone.
    The caller checks the size and SHA-256 it wants (``mail.mime_parts`` does, while sending)."""
    with store.read() as session:
        row = session.get(Attachment, attachment_id)
        if row is None or row.deleted_at is not None:
            return
        yield from _stream(session, row)


def here_in_full(session: Session, row: Attachment) -> bool:
    """Whether the content of ``row`` is all here and matches its size and SHA-256, read a piece at
    a time (never the whole content at once)."""
    digest = hashlib.sha256()
    size = 0
    for piece in _stream(session, row):
        digest.update(piece)
        size += len(piece)
    if size != row.size:
        return False
    if row.sha256 is None:  # only rows from before the pieces have no SHA-256 to check
        return row.content is not None
    return digest.hexdigest() == row.sha256


def read_all(session: Session, row: Attachment) -> bytes | None:
    """The whole content of ``row`` (for a mail part, which needs it whole), or None when it is
    not here in full."""
    data = b"".join(_stream(session, row))
    return data if len(data) == row.size and (row.sha256 is not None or row.content is not None) else None


def read_small(store: Store, attachment_id: uuid.UUID, limit: int) -> bytes | None:
    """The whole content of a small attachment (an inline picture), or None when it is larger
    than ``limit``, not here in full, or gone."""
    with store.read() as session:
        row = session.get(Attachment, attachment_id)
        if row is None or row.deleted_at is not None or row.size > limit:
            return None
        data = b"".join(_stream(session, row))
        if len(data) != row.size:
            return None
        if row.content is None and hashlib.sha256(data).hexdigest() != row.sha256:
            return None
        return data
