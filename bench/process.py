# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up and resident memory, each in a fresh process (``bench.probe``), app and empty window
alternately; the app is the real command ``agentdesk --db`` with fresh settings folders."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.core import Budget, Figure, Stats

STARTUP_BUDGET = Budget("ratio", 2.5)  # DESIGN.md §8
MEMORY_BUDGET = Budget("absolute", 150.0)  # MiB resident at the first paint, DESIGN.md §8
ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str], home: Path) -> dict[str, Any]:
    if len(args) == 2:  # no other window open on the workspace: a run ends at its paint without
        db = Path(args[1])  # saying goodbye, and the next would show it as another agent there
        shutil.rmtree(db.with_name(db.name + ".presence"), ignore_errors=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        # settings, logs and caches of a first start, away from the user's own
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
        # compiled once by the warm-up run, then read, as an installed AgentDesk's bytecode is
        "PYTHONPYCACHEPREFIX": str(home / "bytecode"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-m", "bench.probe", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"bench.probe {' '.join(args)} failed: {done.stderr.strip()[-2000:]}")
    found: dict[str, Any] = json.loads(lines[-1])
    if "error" in found:
        raise RuntimeError(f"bench.probe {' '.join(args)}: {found['error']}")
    return found


def process_figures(db: Path, conversations: int, repetitions: int) -> list[Figure]:
    """Start-up to a painted window (seconds since the interpreter started) and resident memory
    then, of AgentDesk on ``db`` and of an empty PySide6 window."""
    app: list[dict[str, Any]] = []
    empty: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="agentdesk-bench-home-") as folder:
        home = Path(folder)
        _run(["empty"], home)  # warm the file cache for both
        _run(["first", str(db)], home)  # a whole first start: starter replies, then what a close keeps
        for i in range(repetitions):
            order = [(["empty"], empty), (["app", str(db)], app)]
            if i % 2:
                order.reverse()
            for args, out in order:
                out.append(_run(args, home))
    return [
        Figure(
            name="startup.painted",
            title="start-up to a painted inbox",
            unit="ms",
            measured=Stats.of([r["seconds"] * 1000 for r in app]),
            baseline=Stats.of([r["seconds"] * 1000 for r in empty]),
            baseline_name="empty PySide6 window",
            budget=STARTUP_BUDGET,
            note="agentdesk --db, new process to first paint: list, counts, SLA chips, open conversation",
        ),
        Figure(
            name="memory.resident",
            title=f"resident memory at {conversations:,} conversations",
            unit="MiB",
            measured=Stats.of([r["rss_kib"] / 1024 for r in app]),
            baseline=Stats.of([r["rss_kib"] / 1024 for r in empty]),
            baseline_name="empty PySide6 window",
            budget=MEMORY_BUDGET,
            note="resident set once the inbox is painted",
            extra={"peak_mib": Stats.of([r["peak_kib"] / 1024 for r in app]).as_json()},
        ),
    ]
