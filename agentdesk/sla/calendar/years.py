# SPDX-License-Identifier: GPL-3.0-or-later
"""The opening intervals of one local calendar year as UTC timestamps, and the limits of the search.

A ``Year`` is what makes counting fast: sorted interval bounds with the cumulative business seconds
at each interval's end, so counting between two instants is two binary searches.
"""

from __future__ import annotations

import bisect
import datetime as dt

UTC = dt.UTC
HORIZON_YEARS = 50
"""How far ahead due times and openings are searched, and how long a span is counted."""
HORIZON_SECONDS = HORIZON_YEARS * 365.2425 * 86400.0
MIN_TS = dt.datetime(2, 1, 2, tzinfo=UTC).timestamp()
"""Before this instant a calendar counts nothing (year 1 cannot be built in every time zone)."""
MAX_TS = dt.datetime(9998, 12, 30, tzinfo=UTC).timestamp()
"""From this instant on a calendar counts nothing (year 9999 cannot be built in every time zone)."""
DST_SLACK = 4 * 3600.0  # the most a year's clock changes can lengthen its opening hours
EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


class Year:
    """The opening intervals of the local dates of one year, as UTC timestamps.

    Invariants: ``starts[i] < ends[i] <= starts[i + 1]``; ``cum_end[i]`` is the business seconds
    from ``t0`` to ``ends[i]``; ``total == cum_end[-1]`` (0 without intervals); every interval lies
    in ``[t0, t1)``, where ``t0``/``t1`` are the instants of local midnight on 1 January of this
    year and the next.
    """

    __slots__ = ("year", "t0", "t1", "starts", "ends", "cum_end", "total")

    def __init__(self, year: int, t0: float, t1: float, intervals: list[tuple[float, float]]) -> None:
        self.year = year
        self.t0 = t0
        self.t1 = t1
        self.starts = [a for a, _ in intervals]
        self.ends = [b for _, b in intervals]
        cum: list[float] = []
        total = 0.0
        for a, b in intervals:
            total += b - a
            cum.append(total)
        self.cum_end = cum
        self.total = total

    def cum(self, ts: float) -> float:
        """Business seconds from ``t0`` to ``ts`` (``t0 <= ts <= t1``)."""
        i = bisect.bisect_right(self.starts, ts) - 1
        if i < 0:
            return 0.0
        end = self.ends[i]
        return self.cum_end[i] - (end - ts) if ts < end else self.cum_end[i]

    def instant(self, amount: float) -> float:
        """The first instant at which ``amount`` business seconds from ``t0`` are used up.

        ``0 < amount <= total``. An amount used up exactly at the end of an interval gives that end
        (due at closing time), never the next opening.
        """
        i = bisect.bisect_left(self.cum_end, amount)
        if i >= len(self.ends):  # float noise just above the total
            return self.ends[-1]
        return self.ends[i] - (self.cum_end[i] - amount)


def ordered_intervals(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Drop empty intervals and clip overlaps: wall times inside a daylight-saving gap all map to
    the instant of the jump, which can make neighbouring intervals touch, cross or vanish."""
    clean: list[tuple[float, float]] = []
    for a, b in intervals:
        if clean and a < clean[-1][1]:
            a = clean[-1][1]
        if b > a:
            clean.append((a, b))
    return clean


def timestamp(when: dt.datetime) -> float:
    if when.tzinfo is None:
        raise ValueError("a business calendar needs timezone-aware datetimes")
    return when.timestamp()


def from_timestamp(ts: float) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(ts, UTC)
    except (ValueError, OverflowError):  # float rounding at the very ends of the range
        return (dt.datetime.max if ts > 0 else dt.datetime.min).replace(tzinfo=UTC)
