# SPDX-License-Identifier: GPL-3.0-or-later
"""Client-made identifiers.

Rows get UUIDv7 ids on the device that creates them, so offline creation never collides and ids made
close in time sit close together in indexes (RFC 9562, section 5.7). Python 3.11 has no ``uuid7``;
the layout is small enough to build here, and building it ourselves lets the demo workspace derive ids
from its seed so that a seed always gives the same workspace.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last = (0, 0)


def _monotonic_parts() -> tuple[int, int]:
    """Now's millisecond and random bits, strictly increasing within this process.

    Ids made in the same millisecond get the previous random value plus one (RFC 9562, 6.2,
    method 2), so rows written in one action sort in the order they were made.
    """
    global _last
    with _lock:
        ms = time.time_ns() // 1_000_000
        last_ms, last_rand = _last
        if ms <= last_ms:
            ms, rand = last_ms, last_rand + 1
            if rand >= 1 << 74:
                ms, rand = last_ms + 1, int.from_bytes(os.urandom(9), "big")
        else:
            rand = int.from_bytes(os.urandom(9), "big")  # 72 bits: room to count up
        _last = (ms, rand)
        return ms, rand


def uuid7(unix_ms: int | None = None, rand: int | None = None) -> uuid.UUID:
    """A version 7 UUID from a millisecond timestamp and 74 random bits.

    Without arguments the id is for now and increases monotonically within the process.
    """
    if unix_ms is None and rand is None:
        unix_ms, rand = _monotonic_parts()
    if unix_ms is None:
        unix_ms = time.time_ns() // 1_000_000
    if rand is None:
        rand = int.from_bytes(os.urandom(10), "big")
    rand &= (1 << 74) - 1
    rand_a = rand >> 62  # 12 bits
    rand_b = rand & ((1 << 62) - 1)  # 62 bits
    value = ((unix_ms & ((1 << 48) - 1)) << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return uuid.UUID(int=value)
