# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments: files that came with a customer's message or go out with a reply (DESIGN.md §11).

Qt-free. The content never sits in a hot table: it is kept in pieces of up to 1 MiB
(``attachment_chunk``, synced like any row; ``draft_file_chunk`` for a draft's files, local only),
written from a stream and read back to a file piece by piece, so a 25 MB file is never in memory
whole. The ``attachment`` row keeps the name, type, size and a SHA-256 of the content, which every
read checks.
"""

from agentdesk.attachments.content import (
    CHUNK_SIZE,
    AttachmentError,
    StoredFile,
    add_attachment,
    chunk_id,
    copy_to,
    describe,
    read_small,
    unavailable,
    write_chunks,
)
from agentdesk.attachments.kinds import Risk, guess_type, risk_of, safe_filename

__all__ = [
    "CHUNK_SIZE",
    "AttachmentError",
    "Risk",
    "StoredFile",
    "add_attachment",
    "chunk_id",
    "copy_to",
    "describe",
    "guess_type",
    "read_small",
    "risk_of",
    "safe_filename",
    "unavailable",
    "write_chunks",
]
