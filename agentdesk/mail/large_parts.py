# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading a mail with large files without holding the interpreter for long.

The email package reads a part's body line by line into a list and joins it into one string; for
a 25 MB file that is a 34 MB string built, searched and copied in single calls that each hold the
interpreter lock for tens of milliseconds, and the window's thread stands still meanwhile, though
the mail is read in the background. So before the mail goes to the parser, ``lift`` takes the
base64 body of each large file out of it (``LIFT_FROM`` characters or more) and puts a short
marker line in its place; the parser reads the small rest, and ``Lifted.content`` decodes a lifted
body from the original bytes a piece at a time when the file's part is read.

Only a part that is plainly a file is lifted: its headers say ``Content-Transfer-Encoding:
base64`` and give it a file name or the ``attachment`` disposition, and its body is base64 lines
from the first line on. The file's part keeps every header, so its name, type and Content-ID are
read as before; a body with anything else in it (a line that is not base64) is left to the
parser as it is.
"""

from __future__ import annotations

import binascii
import re
import uuid
from dataclasses import dataclass, field

LIFT_FROM = 1 << 20  # base64 characters from which a file's body is lifted out of the mail
WINDOW = 1 << 20  # bytes looked at in one call (about a millisecond)
HEADERS_BACK = 16 << 10  # how far back a part's headers are looked for
_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_BASE64_TEXT = _ALPHABET + b"=\r\n"
_OUTSIDE = re.compile(rb"[^A-Za-z0-9+/]+")
_BASE64_CTE = re.compile(rb"(?im)^content-transfer-encoding:[ \t]*\"?base64\"?[ \t]*\r?$")
_A_FILE = re.compile(rb"(?im)^content-disposition:[ \t]*attachment|[; \t](?:file)?name\*?(?:\d+\*?)?[ \t]*=")
_NOT_A_FILE = re.compile(rb"(?im)^content-type:[ \t]*(?:multipart|message|text)/")


@dataclass
class Lifted:
    """The mail without its large file bodies (``skeleton``) and where each body was."""

    raw: bytes
    skeleton: bytes
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # marker → (start, end) in raw

    def content(self, payload: object) -> bytes | None:
        """The decoded file of a part whose payload is a marker; None for any other part."""
        if not isinstance(payload, str) or len(payload) > 200:
            return None
        span = self.spans.get(payload.strip())
        if span is None:
            return None
        return decode_base64(self.raw, *span)


def lift(raw: bytes) -> Lifted:
    """``raw`` with the base64 bodies of its large files replaced by markers (see the module
    docstring); ``raw`` itself when it has none. Each step is one search or check in C."""
    lifted = Lifted(raw, raw)
    if len(raw) < LIFT_FROM:
        return lifted
    kept: list[bytes] = []
    done = 0  # raw[:done] is in ``kept``
    at = 0
    while (blank := _next_blank(raw, at)) is not None:
        head_end, start = blank
        at = start
        if not _a_file(raw[max(done, head_end - HEADERS_BACK) : head_end]):
            continue
        end = raw.find(b"\n--", start)  # the part ends where its boundary line begins
        end = len(raw) if end < 0 else end - (raw[end - 1 : end] == b"\r")
        if end - start < LIFT_FROM or not _only_base64(raw, start, end):
            continue
        marker = f"AGENTDESK-LIFTED-{uuid.uuid4().hex}"
        kept += [raw[done:start], marker.encode("ascii")]
        lifted.spans[marker] = (start, end)
        done = at = end
    if lifted.spans:
        kept.append(raw[done:])
        lifted.skeleton = b"".join(kept)
    return lifted


def _next_blank(raw: bytes, at: int) -> tuple[int, int] | None:
    """The next blank line from ``at``: (where the headers above it end, where the body begins),
    looked for a window at a time (a 30 MB body has none: one search over it all would hold on)."""
    while at < len(raw):
        stop = min(len(raw), at + WINDOW)
        found = [(i, i + len(s)) for s in (b"\n\r\n", b"\n\n") if (i := raw.find(s, at, stop)) >= 0]
        if found:
            return min(found)
        at = stop - 2 if stop < len(raw) else stop  # a blank line may straddle two windows
    return None


def _only_base64(raw: bytes, start: int, end: int) -> bool:
    """Whether ``raw[start:end]`` holds base64 lines and nothing else (checked a window at a time)."""
    return all(
        not raw[at : min(end, at + WINDOW)].translate(None, _BASE64_TEXT) for at in range(start, end, WINDOW)
    )


def _a_file(headers_and_more: bytes) -> bool:
    """Whether the headers just above a body (the text after the last boundary line or blank line
    before it) are those of a base64 file (text parts are left to the parser: a text in a
    multipart/alternative is read as the mail's text even when it has a name)."""
    cut = max(
        headers_and_more.rfind(b"\n--"), headers_and_more.rfind(b"\n\n"), headers_and_more.rfind(b"\n\r\n")
    )
    headers = headers_and_more[cut + 1 :] if cut >= 0 else headers_and_more
    return (
        _BASE64_CTE.search(headers) is not None
        and _A_FILE.search(headers) is not None
        and _NOT_A_FILE.search(headers) is None
    )


def decode_base64(raw: bytes, start: int, end: int) -> bytes:
    """``raw[start:end]`` base64-decoded a window at a time, leniently (what is outside the
    alphabet skipped, padding implied), like the email package's own decoding."""
    out: list[bytes] = []
    rest = b""
    for at in range(start, end, WINDOW):
        window = raw[at : min(end, at + WINDOW)]
        compact = window.translate(None, b"\r\n")
        if compact.translate(None, _ALPHABET):  # padding or stray characters: the careful way
            compact = _OUTSIDE.sub(b"", compact)
        compact = rest + compact if rest else compact
        whole = len(compact) // 4 * 4
        out.append(binascii.a2b_base64(compact[:whole]))
        rest = compact[whole:]
    if len(rest) >= 2:  # a single leftover character carries no whole byte
        out.append(binascii.a2b_base64(rest + b"=" * (-len(rest) % 4)))
    return b"".join(out)


__all__ = ["LIFT_FROM", "Lifted", "decode_base64", "lift"]
