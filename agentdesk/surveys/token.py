# SPDX-License-Identifier: GPL-3.0-or-later
"""Signed survey tokens and the score in a plain reply.

A token names one survey mail and one answer: ``S1-<request id, 32 hex>-<score or "x">-<16 hex>``,
the last part the first 64 bits of HMAC-SHA256 over the first three with the workspace's key
(``x``: "send me no more surveys"). It travels in the subject and body of the prepared reply a
score link opens, so the answer is known whatever the customer's mail program does to headers.
Nothing here reads the database or the clock.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

OPT_OUT = "x"
_TOKEN = re.compile(r"S1-([0-9a-f]{32})-(\d{1,2}|x)-([0-9a-f]{16})", re.IGNORECASE)
_NUMBER = re.compile(r"^\s*(?:[*_]+\s*)?(\d{1,2})(?:\s*(?:/|von|af|of|out of)\s*\d{1,2})?(?![\d.,:/-]?\d)")
_STOP_WORDS = ("unsubscribe", "stop", "abmelden", "afmeld", "afmelding")


@dataclass(frozen=True)
class Token:
    request_id: uuid.UUID
    score: int | None  # None: an opt-out


def sign(key: str, request_id: uuid.UUID, score: int | None) -> str:
    """The token for ``score`` (None: opting out) of survey ``request_id``."""
    value = OPT_OUT if score is None else str(int(score))
    body = f"S1-{request_id.hex}-{value}"
    mac = hmac.new(key.encode(), body.encode(), hashlib.sha256).hexdigest()[:16]
    return f"{body}-{mac}"


def find_token(text: str, keys: Iterable[str]) -> Token | None:
    """The first token in ``text`` signed with one of ``keys``; forged or altered ones are
    ignored."""
    keys = list(keys)
    for match in _TOKEN.finditer(text):
        hex_id, value, mac = match.group(1).lower(), match.group(2).lower(), match.group(3).lower()
        body = f"S1-{hex_id}-{value}"
        for key in keys:
            good = hmac.new(key.encode(), body.encode(), hashlib.sha256).hexdigest()[:16]
            if hmac.compare_digest(good, mac):
                return Token(uuid.UUID(hex_id), None if value == OPT_OUT else int(value))
    return None


def own_lines(body: str) -> list[str]:
    """The lines the customer wrote: up to the quote of our mail ("On ... wrote:", "> ...") or a
    signature, without blank lines."""
    out: list[str] = []
    for raw in body.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if line.startswith(">") or line == "--" or line.startswith("-----"):
            break
        low = line.casefold()
        if low.endswith(("wrote:", "schrieb:", "skrev:")) or (
            low.startswith(("am ", "den ")) and low.endswith(":")
        ):
            break
        if line:
            out.append(line)
    return out


def reply_score(body: str, low: int, high: int) -> int | None:
    """The score a plain reply gives: a whole number from ``low`` to ``high`` at the start of the
    customer's first line ("4", "4/5", "9 - great service"); None when there is none."""
    lines = own_lines(body)
    if not lines:
        return None
    match = _NUMBER.match(lines[0])
    if match is None:
        return None
    score = int(match.group(1))
    return score if low <= score <= high else None


def reply_comment(body: str, prompts: Iterable[str] = ()) -> str:
    """What the customer wrote besides the score: their own lines without a leading number and
    without our token and the prepared reply's ``prompts`` lines."""
    lines = own_lines(body)
    skip = {p.casefold() for p in prompts}
    out: list[str] = []
    for index, line in enumerate(lines):
        if _TOKEN.search(line) or line.casefold() in skip:
            continue
        if index == 0:
            rest = _NUMBER.sub("", line, count=1).strip(" -–:,.*_")
            if rest != line.strip():
                line = rest
        if line:
            out.append(line)
    return "\n".join(out).strip()


def asks_stop(body: str) -> bool:
    """Whether the reply's first own line asks for no more surveys ("stop", "abmelden", …)."""
    lines = own_lines(body)
    return bool(lines) and lines[0].strip(" .!").casefold() in _STOP_WORDS


__all__ = ["OPT_OUT", "Token", "asks_stop", "find_token", "own_lines", "reply_comment", "reply_score", "sign"]
