# SPDX-License-Identifier: GPL-3.0-or-later
"""PINs and passwords as scrypt hashes: checking what an agent typed, hashing and verifying.

A secret is kept only as ``hashlib.scrypt`` of its UTF-8 bytes (NFC-normalised, so the same
password typed on another keyboard layout or system matches) with a random 16-byte salt per
secret; the cost parameters are stored beside the hash, so raising ``DEFAULT_COST`` later rehashes
each secret at its owner's next sign-in. Hashes are compared in constant time
(``hmac.compare_digest``). Nothing here logs or keeps the secret itself.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass

from agentdesk.errors import ValidationError
from agentdesk.messages import translatable

CONTEXT = "SignInErrors"
MAX_LENGTH = 256  # characters: a passphrase fits; a pasted book does not reach scrypt
MIN_PIN = 4  # digits
MIN_PASSWORD = 8  # characters
DEFAULT_COST = 2**15  # scrypt n: about 32 MiB and a tenth of a second per try on a laptop
BLOCK_SIZE = 8  # scrypt r
PARALLEL = 1  # scrypt p
SALT_BYTES = 16
HASH_BYTES = 32


@dataclass(frozen=True, slots=True)
class Hashed:
    """What is stored of a secret: never the secret."""

    kind: str  # "pin" (digits only) or "password"
    hash: bytes
    salt: bytes
    cost: int
    block_size: int
    parallel: int


def normalised(secret: str) -> str:
    """``secret`` as it is hashed (NFC), or a ``ValidationError`` with a sentence: empty, too long,
    or holding characters no keyboard types (lone surrogates, control characters)."""
    if not isinstance(secret, str) or not secret:
        raise ValidationError(translatable(CONTEXT, "Enter a PIN or password."))
    if len(secret) > MAX_LENGTH:
        raise ValidationError(
            translatable(CONTEXT, "A PIN or password is at most {limit} characters long."), limit=MAX_LENGTH
        )
    if any(0xD800 <= ord(c) <= 0xDFFF for c in secret) or any(
        unicodedata.category(c) == "Cc" for c in secret
    ):
        raise ValidationError(
            translatable(CONTEXT, "The PIN or password holds characters that cannot be typed; type it again.")
        )
    text = unicodedata.normalize("NFC", secret)
    if not text.strip():
        raise ValidationError(translatable(CONTEXT, "A PIN or password cannot be only spaces."))
    return text


def kind_of(secret: str) -> str:
    """ "pin" for digits only (0-9), else "password"."""
    return "pin" if secret.isascii() and secret.isdigit() else "password"


def check_new(secret: str) -> str:
    """A new secret as it will be hashed, or a ``ValidationError`` saying what makes it too weak:
    a PIN of at least 4 digits that is not one digit repeated or a run (1234, 9876); a password
    of at least 8 characters."""
    text = normalised(secret)
    if kind_of(text) == "pin":
        if len(text) < MIN_PIN:
            raise ValidationError(translatable(CONTEXT, "A PIN has at least {count} digits."), count=MIN_PIN)
        steps = {(int(b) - int(a)) % 10 for a, b in zip(text, text[1:], strict=False)}
        if len(steps) == 1 and steps <= {0, 1, 9}:
            raise ValidationError(
                translatable(
                    CONTEXT, "That PIN is too easy to guess (a repeated digit or a run); choose another."
                )
            )
    elif len(text) < MIN_PASSWORD:
        raise ValidationError(
            translatable(CONTEXT, "A password has at least {count} characters (or use a PIN of digits)."),
            count=MIN_PASSWORD,
        )
    return text


def _scrypt(text: str, salt: bytes, cost: int, block_size: int, parallel: int) -> bytes:
    memory = 128 * cost * block_size * parallel
    return hashlib.scrypt(
        text.encode("utf-8"),
        salt=salt,
        n=cost,
        r=block_size,
        p=parallel,
        maxmem=2 * memory + 1024 * 1024,
        dklen=HASH_BYTES,
    )


def hash_secret(secret: str, *, cost: int = DEFAULT_COST) -> Hashed:
    """A new secret (``check_new`` rules) hashed with a fresh salt."""
    text = check_new(secret)
    salt = os.urandom(SALT_BYTES)
    digest = _scrypt(text, salt, cost, BLOCK_SIZE, PARALLEL)
    return Hashed(kind_of(text), digest, salt, cost, BLOCK_SIZE, PARALLEL)


def verify(secret: str, stored: Hashed) -> bool:
    """Whether ``secret`` is the one ``stored`` was made of (constant-time comparison).

    Raises ``ValidationError`` for input that can be no secret at all (empty, too long, untypable
    characters): the caller says so instead of counting a wrong try."""
    text = normalised(secret)
    digest = _scrypt(text, stored.salt, stored.cost, stored.block_size, stored.parallel)
    return hmac.compare_digest(digest, stored.hash)


def weaker_than(stored: Hashed, cost: int) -> bool:
    """Whether ``stored`` was made with less work than ``cost`` asks now (rehash it)."""
    return stored.cost < cost or stored.block_size < BLOCK_SIZE
