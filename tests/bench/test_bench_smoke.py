# SPDX-License-Identifier: GPL-3.0-or-later
"""The benchmark suite's machinery on a tiny workspace, so that it cannot rot: every figure is
measured and written with its baseline and ratio. No timing is asserted here."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import cli  # noqa: E402
from bench.cli import GROUPS, Plan  # noqa: E402

# Top-level windows on the offscreen platform say so once each; nothing to act on.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TINY = Plan(
    conversations=300,
    repetitions=2,
    scroll_rows=60,
    build_conversations=40,
    build_repetitions=1,
    process_repetitions=1,
)
EXPECTED = {
    "inbox": "inbox.all.first",
    "search": "search.common_word",
    "dashboard": "dashboard.queues",
    "tick": "tick.screenful",
    "scroll": "scroll.frame",
    "conversation": "conversation.open",
    "startup": "startup.painted",
    "build": "build.demo",
    "sync": "sync.reply_latency",
    "attachments": "attachments.stall",
    "customers": "customers.csv_import",
    "web": "web.form_post",
    "views": "saved_view.counts",
}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> dict[str, object]:
    """One run of the whole command on a tiny workspace, read back from its JSON."""
    folder = tmp_path_factory.mktemp("bench")
    out = folder / "results.json"
    assert cli.main(["--workspace", str(folder / "ws"), "--out", str(out)], plan=TINY) == 0
    found: dict[str, object] = json.loads(out.read_text())
    return found


def test_every_figure_has_medians_and_a_ratio(results: dict[str, object]) -> None:
    figures = results["figures"]
    assert isinstance(figures, list)
    names = {f["name"] for f in figures}
    for group in GROUPS:
        assert EXPECTED[group] in names, group
    assert "memory.resident" in names
    assert sum(1 for n in names if n.startswith("inbox.")) >= 11  # every view at least once
    for figure in figures:
        for side in ("measured", "baseline"):
            stats = figure[side]
            assert stats["n"] >= 1, (figure["name"], side)
            assert stats["median"] is not None and stats["median"] > 0, (figure["name"], side)
            assert stats["p95"] is not None and stats["p95"] >= stats["median"] * 0.999, figure["name"]
        assert figure["ratio"] is not None and math.isfinite(figure["ratio"]), figure["name"]
        if figure["budget"] is not None:
            assert isinstance(figure["budget"]["met"], bool)
    machine = results["machine"]
    assert isinstance(machine, dict)
    for key in ("cpu", "cores", "python", "qt", "sqlite", "date"):
        assert machine[key], key


def test_the_table_names_every_figure(results: dict[str, object]) -> None:
    text = cli.table(results)
    for figure in results["figures"]:  # type: ignore[attr-defined]
        assert figure["title"] in text
    assert "budgets met" in text
