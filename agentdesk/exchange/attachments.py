# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments in the exchange format: metadata and content, whatever table holds the content.

In the file an attachment keeps the shape it always had (a ``content`` field, base64 of the whole
file, ``null`` for a file that was too large to keep) plus its ``sha256``. In the database the
content lives in ``attachment_chunk`` (pieces of up to 1 MiB; see ``agentdesk.attachments``), so:

- export fills ``content`` from the pieces (or from a draft a reply was sent from moments ago, or
  from the old ``attachment.content`` column), and leaves it ``null`` when the pieces have not all
  arrived from the server: a file that is not whole is not written as if it were;
- import writes the content as it comes and ``chunk_imported`` then moves it into pieces, in the
  import's transaction, exactly as migration 0008 moved existing content;
- a file whose ``sha256`` does not match its ``content`` is refused as a broken line.
"""

from __future__ import annotations

import base64
import hashlib
import sqlite3
import uuid
from typing import Any

from agentdesk.attachments.content import CHUNK_SIZE, chunk_id
from agentdesk.exchange.kinds import BadLine


def check_attachment(row: dict[str, Any], where: str) -> None:
    """The content and its SHA-256 agree (a file without ``sha256``, from before, is trusted)."""
    content, digest = row.get("content"), row.get("sha256")
    if content is not None and digest is not None and hashlib.sha256(content).hexdigest() != digest:
        raise BadLine(f"field '{where}sha256' does not match the content")


def _content(conn: sqlite3.Connection, attachment_hex: str) -> bytes | None:
    row = conn.execute(
        "SELECT size, sha256, content FROM attachment WHERE id = ?", (attachment_hex,)
    ).fetchone()
    if row is None:
        return None
    size, digest, legacy = row
    if legacy is not None:
        return bytes(legacy)
    draft = conn.execute("SELECT id FROM draft_file WHERE sent_as = ?", (attachment_hex,)).fetchone()
    if draft is not None:
        pieces = conn.execute(
            "SELECT data FROM draft_file_chunk WHERE draft_file_id = ? ORDER BY seq", (draft[0],)
        ).fetchall()
    else:
        pieces = conn.execute(
            "SELECT data FROM attachment_chunk WHERE attachment_id = ? AND deleted_at IS NULL ORDER BY seq",
            (attachment_hex,),
        ).fetchall()
    data = b"".join(bytes(p[0]) for p in pieces)
    if digest is None or len(data) != size or hashlib.sha256(data).hexdigest() != digest:
        return None  # too large to keep, or not all here yet
    return data


def fill_content(conn: sqlite3.Connection, groups: dict[Any, list[dict[str, Any]]]) -> None:
    """Put each exported attachment's content (base64) into its dumped row, in place."""
    for rows in groups.values():
        for row in rows:
            if row.get("content") is None:
                data = _content(conn, uuid.UUID(str(row["id"])).hex)
                if data is not None:
                    row["content"] = base64.b64encode(data).decode("ascii")


def chunk_imported(conn: sqlite3.Connection) -> int:
    """Move content written into ``attachment.content`` (by the import) into pieces; returns how
    many attachments. Runs inside the import's transaction."""
    ids = [r[0] for r in conn.execute("SELECT id FROM attachment WHERE content IS NOT NULL").fetchall()]
    for attachment_hex in ids:  # one file in memory at a time
        data = bytes(
            conn.execute("SELECT content FROM attachment WHERE id = ?", (attachment_hex,)).fetchone()[0]
        )
        when = conn.execute("SELECT updated_at FROM attachment WHERE id = ?", (attachment_hex,)).fetchone()[0]
        attachment_id = uuid.UUID(hex=str(attachment_hex))
        conn.execute("DELETE FROM attachment_chunk WHERE attachment_id = ?", (attachment_hex,))
        for seq, start in enumerate(range(0, len(data), CHUNK_SIZE)):
            conn.execute(
                "INSERT INTO attachment_chunk (id, attachment_id, seq, data, rev, updated_at, deleted_at)"
                " VALUES (?, ?, ?, ?, NULL, ?, NULL)",
                (
                    chunk_id(attachment_id, seq).hex,
                    attachment_hex,
                    seq,
                    data[start : start + CHUNK_SIZE],
                    when,
                ),
            )
        conn.execute(
            "UPDATE attachment SET content = NULL, sha256 = ? WHERE id = ?",
            (hashlib.sha256(data).hexdigest(), attachment_hex),
        )
    return len(ids)
