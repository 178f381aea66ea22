# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m bench [--quick] [--only NAME ...] [--workspace DIR] [--out FILE]``.

Builds or reuses the workspace, measures every figure next to its baseline, prints the table and
writes the results (with the machine they came from) as JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.core import Figure, format_table
from bench.workspace import DEFAULT_CACHE, Workspace, ensure_workspace

GROUPS = (
    "inbox",
    "search",
    "views",
    "dashboard",
    "tick",
    "scroll",
    "conversation",
    "startup",
    "build",
    "sync",
    "attachments",
    "customers",
    "web",
)
ON_REQUEST = ("sync-full",)
"""Groups run only when ``--only`` names them: the first sync of the whole workspace takes about
ten minutes by itself."""
"""Figure groups in the order they run; ``--only`` takes these names ("startup" also gives memory)."""
DEFAULT_OUT = Path(__file__).resolve().parent / "results.json"


@dataclass(frozen=True)
class Plan:
    """How big and how often: the full run, ``--quick``, or a test's tiny one."""

    conversations: int
    repetitions: int
    scroll_rows: int
    build_conversations: int
    build_repetitions: int
    process_repetitions: int


FULL = Plan(200_000, 25, 10_000, 10_000, 3, 5)
QUICK = Plan(20_000, 7, 2_000, 2_000, 2, 3)


def machine_facts() -> dict[str, Any]:
    """CPU, cores, versions and the date: what a reader needs to compare runs."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    facts: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }
    try:
        import PySide6
        from PySide6 import QtCore

        facts["pyside6"] = PySide6.__version__
        facts["qt"] = QtCore.qVersion()
    except ImportError:
        facts["qt"] = None
    try:
        import sqlalchemy

        facts["sqlalchemy"] = sqlalchemy.__version__
    except ImportError:
        pass
    return facts


def run(
    plan: Plan,
    folder: Path,
    only: Sequence[str] = (),
    *,
    seed: int = 1,
    log: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Measure the figures of ``only`` (all when empty) on a workspace of ``plan.conversations``;
    the results as a JSON-ready dict."""
    say = log or (lambda text: None)
    started = time.perf_counter()
    groups = [g for g in (*GROUPS, *ON_REQUEST) if (g in only if only else g in GROUPS)]
    workspace = None
    if any(g not in ("build", "attachments", "customers", "web") for g in groups):  # their own files
        workspace = ensure_workspace(folder, plan.conversations, seed, log=log is not None)
    figures: list[Figure] = []
    timings: dict[str, float] = {}
    for group in groups:
        say(f"measuring {group} ...")
        t0 = time.perf_counter()
        figures.extend(_measure(group, plan, workspace))
        timings[group] = round(time.perf_counter() - t0, 2)
    return {
        "machine": machine_facts(),
        "workspace": None
        if workspace is None
        else {
            "path": str(workspace.path),
            "conversations": workspace.info.conversations,
            "messages": workspace.info.messages,
            "seed": workspace.info.seed,
            "anchor": workspace.info.anchor,
            "built_this_run": workspace.built_now,
            "build_seconds": workspace.info.build_seconds,
        },
        "plan": plan.__dict__,
        "figures": [f.as_json() for f in figures],
        "seconds": {"total": round(time.perf_counter() - started, 1), **timings},
        "budgets": {
            "met": sum(1 for f in figures if f.met is True),
            "missed": [f.name for f in figures if f.met is False],
        },
    }


def _measure(group: str, plan: Plan, workspace: Workspace | None) -> list[Figure]:
    if group == "build":
        from bench.data import build_figure

        return [build_figure(plan.build_conversations, plan.build_repetitions)]
    if group == "sync":
        from bench import sync

        if not sync.available():
            return []  # no PostgreSQL 15 here: said in the notes of the run
        return sync.sync_figures(plan.build_conversations // 10, plan.repetitions)
    if group == "attachments":  # its own small database: 25 MB out and back in
        from bench import attachments

        if not attachments.available():
            return []  # no aiosmtpd here: said in the notes of the run
        return [attachments.attachment_figure(1 if plan.repetitions < 5 else 3)]
    if group == "customers":  # its own fresh databases: 10,000 customers from a CSV file
        from bench.customers import import_figure

        return [import_figure(max(1, plan.build_repetitions), 10_000 if plan.conversations > 1_000 else 500)]
    if group == "web":  # its own fresh databases: contact forms over loopback HTTP
        from bench.web import form_figure

        return [form_figure(300 if plan.conversations > 1_000 else 50)]
    if group == "sync-full":
        from bench import sync

        if not sync.available() or workspace is None:
            return []
        return [sync.first_sync_at_scale(workspace.path, plan.conversations)]
    assert workspace is not None
    if group == "startup":
        from bench.process import process_figures

        return process_figures(workspace.path, plan.conversations, plan.process_repetitions)
    with workspace.open() as store:
        if group == "inbox":
            from bench.data import inbox_figures

            return inbox_figures(store, workspace.anchor, plan.repetitions)
        if group == "search":
            from bench.data import search_figures

            return search_figures(store, plan.repetitions)
        if group == "views":
            from bench.views import field_search_figures, saved_view_figures

            return saved_view_figures(store, workspace.anchor, plan.repetitions) + field_search_figures(
                store, workspace.anchor, plan.repetitions
            )
        if group == "dashboard":
            from bench.data import dashboard_figures

            return dashboard_figures(store, workspace.anchor, plan.repetitions)
        from bench import gui

        if group == "tick":
            return [gui.tick_figure(store, workspace.anchor, plan.repetitions)]
        if group == "scroll":
            return [gui.scroll_figure(store, workspace.anchor, plan.scroll_rows)]
        if group == "conversation":
            return [
                gui.conversation_figure(
                    store, workspace.anchor, workspace.long_conversation, plan.repetitions
                )
            ]
    raise ValueError(f"unknown figure group {group!r}")


def table(results: dict[str, Any]) -> str:
    """The results as the text table printed at the end of a run."""
    from bench.core import Budget, Stats

    figures = []
    for f in results["figures"]:
        budget = f["budget"]
        figures.append(
            Figure(
                name=f["name"],
                title=f["title"],
                unit=f["unit"],
                measured=_stats(Stats, f["measured"]),
                baseline=_stats(Stats, f["baseline"]),
                baseline_name=f["baseline"]["name"],
                budget=Budget(budget["kind"], budget["limit"], budget["statistic"]) if budget else None,
            )
        )
    m = results["machine"]
    w = results["workspace"]
    space = "workspace: none needed"
    if w is not None:
        space = f"workspace: {w['conversations']:,} conversations, {w['messages']:,} messages"
        space += f" (seed {w['seed']})"
        if w["built_this_run"]:
            space += f", built this run in {w['build_seconds']:.0f} s"
    head = (
        f"AgentDesk benchmarks — {m['date']} — {m['cpu']}, {m['cores']} cores (load {m['load_average']}), "
        f"Python {m['python']}, Qt {m.get('qt')}, SQLite {m['sqlite']}\n"
        + space
        + "\nbudgets (DESIGN.md §8) are checked on the median ratio, or on the named statistic; "
        "times in ms unless the unit says otherwise\n"
    )
    notes = [f"- {f['title']}: {f['note']}" for f in results["figures"] if f.get("note")]
    missed = results["budgets"]["missed"]
    tail = (
        f"\n\nbudgets met: {results['budgets']['met']}, missed: {len(missed)}"
        + (f" ({', '.join(missed)})" if missed else "")
        + f"\ntotal {results['seconds']['total']:.0f} s\n"
    )
    return head + "\n" + format_table(figures) + ("\n\n" + "\n".join(notes) if notes else "") + tail


def _stats(cls: Any, data: dict[str, Any]) -> Any:
    nan = float("nan")

    def num(key: str) -> float:
        value = data.get(key)
        return nan if value is None else float(value)

    return cls(num("median"), num("p95"), int(data.get("n", 0)), num("min"), num("max"))


def main(argv: Sequence[str] | None = None, *, plan: Plan | None = None) -> int:
    """The command; ``plan`` replaces the sizes ``--quick`` chooses between (for the smoke test)."""
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Measure AgentDesk next to raw baselines on a 200,000-conversation workspace.",
    )
    parser.add_argument(
        "--quick", action="store_true", help="a 20,000-conversation workspace, fewer repetitions"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=(*GROUPS, *ON_REQUEST),
        metavar="NAME",
        help=f"only these figures: {', '.join((*GROUPS, *ON_REQUEST))} (the last only when named)",
    )
    parser.add_argument(
        "--workspace", type=Path, default=DEFAULT_CACHE, metavar="DIR",
        help=f"where the workspace is kept and reused (default {DEFAULT_CACHE})",
    )  # fmt: skip
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="FILE", help="the JSON results")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if plan is None:
        plan = QUICK if args.quick else FULL

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    results = run(plan, args.workspace.expanduser(), args.only or (), log=log)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(table(results))
    print(f"results written to {args.out}")
    return 0
