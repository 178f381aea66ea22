# SPDX-License-Identifier: GPL-3.0-or-later
"""This device's id and hybrid logical clock, kept in the local ``sync_state`` row.

A stamp is ``milliseconds << 16 | counter``: it follows the wall clock, never goes backwards on
this device (a clock set back only makes the counter run), and orders every change this device
made. Concurrent changes of two devices are decided by the higher stamp, then the higher device id.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from agentdesk.ids import uuid7
from agentdesk.store.models import Base

COUNTER_BITS = 16
state_table = Base.metadata.tables["sync_state"]


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def next_stamp(last: int, now_ms: int) -> int:
    """The stamp after ``last`` at wall time ``now_ms``."""
    physical = now_ms << COUNTER_BITS
    return physical if physical > last else last + 1


def ensure_state(conn: Connection) -> tuple[uuid.UUID, int]:
    """This device's (id, last stamp), making the row (and a new device id) the first time."""
    row = conn.execute(
        select(state_table.c.device_id, state_table.c.hlc).where(state_table.c.id == 1)
    ).first()
    if row is not None:
        return row.device_id, int(row.hlc)
    device = uuid7()
    conn.execute(state_table.insert().values(id=1, device_id=device, hlc=0))
    return device, 0


def tick(conn: Connection, now_ms: Callable[[], int] | None = None) -> tuple[uuid.UUID, int]:
    """This device's id and a new stamp, stored in the transaction of ``conn``."""
    device, last = ensure_state(conn)
    stamp = next_stamp(last, (now_ms or wall_ms)())
    conn.execute(update(state_table).where(state_table.c.id == 1).values(hlc=stamp))
    return device, stamp


def observe(conn: Connection, remote: int) -> None:
    """Move the clock past a stamp seen from elsewhere (so later local changes order after it)."""
    _device, last = ensure_state(conn)
    if remote > last:
        conn.execute(update(state_table).where(state_table.c.id == 1).values(hlc=remote))
