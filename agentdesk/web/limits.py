# SPDX-License-Identifier: GPL-3.0-or-later
"""Rate limits in memory, bounded: at most ``limit`` accepted forms per key in a sliding window.

One limiter counts per visitor address (IP), another per email address. Memory stays bounded
whatever a flood sends: at most ``max_keys`` keys are remembered (the least recently seen go
first) and each keeps at most ``limit`` times. A restart forgets the counts, which is acceptable
for spam protection; the reverse proxy may add its own limits in front.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict, deque


class RateLimiter:
    def __init__(self, limit: int, window: dt.timedelta, max_keys: int = 10_000) -> None:
        if limit < 1 or max_keys < 1:
            raise ValueError("a rate limit needs a positive limit and room for one key")
        self.limit = limit
        self.window = window
        self.max_keys = max_keys
        self._seen: OrderedDict[str, deque[dt.datetime]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._seen)

    def _times(self, key: str, now: dt.datetime) -> deque[dt.datetime]:
        times = self._seen.get(key)
        if times is None:
            return deque()
        while times and now - times[0] >= self.window:
            times.popleft()
        return times

    def retry_after(self, key: str, now: dt.datetime) -> dt.timedelta | None:
        """None when ``key`` may go on now, else how long until it may."""
        times = self._times(key, now)
        if len(times) < self.limit:
            return None
        return times[0] + self.window - now

    def record(self, key: str, now: dt.datetime) -> None:
        """Count one accepted form for ``key``."""
        times = self._times(key, now)
        times.append(now)
        while len(times) > self.limit:
            times.popleft()
        self._seen[key] = times
        self._seen.move_to_end(key)
        while len(self._seen) > self.max_keys:
            self._seen.popitem(last=False)
