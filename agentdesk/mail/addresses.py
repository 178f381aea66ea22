# SPDX-License-Identifier: GPL-3.0-or-later
"""Address lists the agent types (Cc, Bcc, Forward to) and the copies a reply keeps.

``parse_addresses`` takes what a person writes in an address field — ``a@x.dk, Anna <b@y.de>;
c@z.com`` — and returns the bare addresses, lower-cased, each once, in order; anything that is not
an address is refused with a sentence that names it. ``reply_copies`` gives the Cc of a reply from
the customer's mail: the people the customer copied (and, for *reply all*, the others they wrote
to), never our own mailboxes, never the customer themselves.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterable

from agentdesk.errors import ValidationError
from agentdesk.messages import translatable

MAX_ADDRESSES = 50
MAX_FIELD_CHARS = 5000
# Deliberately plain: one @, a dotted domain, no spaces, quotes or brackets left over.
_ADDRESS = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                      r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$")  # fmt: skip


def is_address(text: str) -> bool:
    return len(text) <= 254 and _ADDRESS.match(text) is not None


def parse_addresses(text: str) -> list[str]:
    """The addresses in ``text`` (separated by commas, semicolons or line breaks); raises
    ``ValidationError`` naming the first entry that is not an address."""
    if len(text) > MAX_FIELD_CHARS:
        raise ValidationError(translatable("MailErrors", "That is too many addresses for one field."))
    found: list[str] = []
    for chunk in re.split(r"[;\n\r]", text):
        for part in _split_commas(chunk):
            _name, address = email.utils.parseaddr(part)
            address = address.strip().lower()
            if not is_address(address) or not _only_address(part, address):
                raise ValidationError(
                    translatable("MailErrors", "“{entry}” is not an email address."),
                    entry=" ".join(part.split())[:80],
                )
            if address not in found:
                found.append(address)
    if len(found) > MAX_ADDRESSES:
        raise ValidationError(translatable("MailErrors", "That is too many addresses for one field."))
    return found


def _split_commas(chunk: str) -> list[str]:
    """The comma-separated entries of ``chunk``, commas inside quotes or angle brackets kept."""
    parts: list[str] = []
    current: list[str] = []
    quoted = bracket = False
    for char in chunk:
        if char == '"' and not bracket:
            quoted = not quoted
        elif char == "<" and not quoted:
            bracket = True
        elif char == ">" and not quoted:
            bracket = False
        if char == "," and not quoted and not bracket:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p for p in parts if p.strip()]


def _only_address(part: str, address: str) -> bool:
    """``part`` is ``address`` alone or ``Name <address>``: nothing else hides in it."""
    text = part.strip()
    if text.lower() == address:
        return True
    if text.endswith(">") and "<" in text:
        return text[text.rindex("<") + 1 : -1].strip().lower() == address
    return False


def reply_copies(
    to: Iterable[str], cc: Iterable[str], *, own: Iterable[str], customer: str, reply_all: bool
) -> list[str]:
    """The Cc of a reply to a mail that went to ``to`` and ``cc``: its Cc, and with ``reply_all``
    its other recipients too; without our mailboxes (``own``) and the customer."""
    skip = {a.lower() for a in own} | {customer.lower()}
    result: list[str] = []
    for address in [*(to if reply_all else ()), *cc]:
        address = address.strip().lower()
        if is_address(address) and address not in skip and address not in result:
            result.append(address)
    return result[:MAX_ADDRESSES]


__all__ = ["MAX_ADDRESSES", "is_address", "parse_addresses", "reply_copies"]
