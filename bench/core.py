# SPDX-License-Identifier: GPL-3.0-or-later
"""Figures, their statistics and budgets, and the interleaved timing loop."""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` (0..1) percentile, linearly interpolated; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    position = (len(ordered) - 1) * share
    low = math.floor(position)
    high = math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True)
class Stats:
    """Medians and 95th percentiles of one side of a figure, in the figure's unit."""

    median: float
    p95: float
    n: int
    low: float
    high: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Stats:
        if not values:
            return cls(math.nan, math.nan, 0, math.nan, math.nan)
        return cls(statistics.median(values), percentile(values, 0.95), len(values), min(values), max(values))

    def as_json(self) -> dict[str, Any]:
        return {"median": _num(self.median), "p95": _num(self.p95), "n": self.n, "min": _num(self.low),
                "max": _num(self.high)}  # fmt: skip


@dataclass(frozen=True)
class Budget:
    """A bar of DESIGN.md §8: the ratio of medians at most ``limit`` (``kind="ratio"``), or the
    measured ``statistic`` ("median" or "p95") at most ``limit`` in the figure's unit (``"absolute"``)."""

    kind: str
    limit: float
    statistic: str = "median"

    def describe(self, unit: str) -> str:
        if self.kind == "ratio":
            return f"≤ {self.limit:g}×"
        return f"{self.statistic} < {self.limit:g} {unit}"


@dataclass
class Figure:
    """One measured figure next to its baseline."""

    name: str  # stable key, e.g. "inbox.all.first"
    title: str
    unit: str
    measured: Stats
    baseline: Stats
    baseline_name: str
    budget: Budget | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        if not self.baseline.median or math.isnan(self.baseline.median):
            return math.nan
        return self.measured.median / self.baseline.median

    @property
    def met(self) -> bool | None:
        budget = self.budget
        if budget is None:
            return None
        if budget.kind == "ratio":
            value = self.ratio
        else:
            value = self.measured.p95 if budget.statistic == "p95" else self.measured.median
        return bool(value <= budget.limit) if not math.isnan(value) else False

    @property
    def margin(self) -> float | None:
        """How far inside (negative) or beyond (positive) the budget, as a share of the limit."""
        budget = self.budget
        if budget is None:
            return None
        if budget.kind == "ratio":
            value = self.ratio
        else:
            value = self.measured.p95 if budget.statistic == "p95" else self.measured.median
        return value / budget.limit - 1 if not math.isnan(value) else None

    def as_json(self) -> dict[str, Any]:
        budget = None
        if self.budget is not None:
            budget = {
                "kind": self.budget.kind,
                "limit": self.budget.limit,
                "statistic": self.budget.statistic if self.budget.kind == "absolute" else "median ratio",
                "text": self.budget.describe(self.unit),
                "met": self.met,
                "margin": _num(self.margin) if self.margin is not None else None,
            }
        return {
            "name": self.name,
            "title": self.title,
            "unit": self.unit,
            "measured": self.measured.as_json(),
            "baseline": {"name": self.baseline_name, **self.baseline.as_json()},
            "ratio": _num(self.ratio),
            "budget": budget,
            "note": self.note,
            **({"extra": self.extra} if self.extra else {}),
        }


def _num(value: float) -> float | None:
    if value is None or math.isnan(value) or math.isinf(value):
        return None
    return round(value, 6)


def interleave(
    baseline: Callable[[], object],
    measured: Callable[[], object],
    repetitions: int,
    *,
    warmup: int = 2,
    scale: float = 1000.0,
) -> tuple[list[float], list[float]]:
    """Time ``baseline`` and ``measured`` alternately, ``repetitions`` times each, after ``warmup``
    untimed calls of each; the order flips every repetition so neither side always runs second.
    Returns (baseline times, measured times) in seconds × ``scale`` (milliseconds by default).

    The collector is kept out of the timed calls (collected between them), so a collection
    that one side's garbage triggers does not land on the other side.
    """
    for _ in range(warmup):
        baseline()
        measured()
    base: list[float] = []
    ours: list[float] = []
    clock = time.perf_counter
    enabled = gc.isenabled()
    gc.disable()
    try:
        for i in range(repetitions):
            order = (
                ((baseline, base), (measured, ours)) if i % 2 == 0 else ((measured, ours), (baseline, base))
            )
            for fn, out in order:
                start = clock()
                fn()
                out.append((clock() - start) * scale)
            gc.collect(0)
    finally:
        if enabled:
            gc.enable()
    return base, ours


def format_table(figures: Sequence[Figure]) -> str:
    """The figures as a fixed-width text table."""
    header = ("figure", "unit", "median", "p95", "baseline", "base med", "base p95", "ratio", "budget", "")
    rows: list[tuple[str, ...]] = [header]
    for f in figures:
        met = f.met
        verdict = "" if met is None else ("met" if met else "MISSED")
        if met is not None and f.margin is not None:
            verdict += f" ({f.margin * 100:+.0f}%)"
        rows.append(
            (
                f.title,
                f.unit,
                _fmt(f.measured.median),
                _fmt(f.measured.p95),
                f.baseline_name,
                _fmt(f.baseline.median),
                _fmt(f.baseline.p95),
                f"{f.ratio:.2f}×" if not math.isnan(f.ratio) else "—",
                f.budget.describe(f.unit) if f.budget else "—",
                verdict,
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    right = {2, 3, 5, 6, 7}
    lines = []
    for n, r in enumerate(rows):
        cells = [c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(r)]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _fmt(value: float) -> str:
    if math.isnan(value):
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"
