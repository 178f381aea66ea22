# SPDX-License-Identifier: GPL-3.0-or-later
"""Client-made identifiers.

Rows get UUIDv7 ids on the device that creates them, so offline creation never collides and ids made
close in time sit close together in indexes (RFC 9562, section 5.7). Python 3.11 has no ``uuid7``;
the layout is small enough to build here, and building it ourselves lets the demo workspace derive ids
from its seed so that a seed always gives the same workspace.
"""

from __future__ import annotations

import os
import time
import uuid


def uuid7(unix_ms: int | None = None, rand: int | None = None) -> uuid.UUID:
    """A version 7 UUID from a millisecond timestamp and 74 random bits."""
    if unix_ms is None:
        unix_ms = time.time_ns() // 1_000_000
    if rand is None:
        rand = int.from_bytes(os.urandom(10), "big")
    rand &= (1 << 74) - 1
    rand_a = rand >> 62  # 12 bits
    rand_b = rand & ((1 << 62) - 1)  # 62 bits
    value = ((unix_ms & ((1 << 48) - 1)) << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return uuid.UUID(int=value)
