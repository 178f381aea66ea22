# SPDX-License-Identifier: GPL-3.0-or-later
"""One clock per command-line run: ``AGENTDESK_NOW`` fixes it, for reproducible demos."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agentdesk import cli
from agentdesk.clock import FixedClock, SystemClock
from agentdesk.store.database import open_store


def test_agentdesk_now_fixes_the_clock_of_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENTDESK_NOW", "2026-11-23T09:00:00+01:00")
    clock = cli._clock()
    assert isinstance(clock, FixedClock)
    assert clock.now() == dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC)
    monkeypatch.delenv("AGENTDESK_NOW")
    assert isinstance(cli._clock(), SystemClock)


@pytest.mark.parametrize("value", ["tomorrow", "2026-11-23T09:00:00", "2026-13-01T00:00:00+00:00"])
def test_a_malformed_agentdesk_now_is_a_usage_error(
    value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("AGENTDESK_NOW", value)
    with pytest.raises(SystemExit) as info:
        cli.main(["demo", "--db", str(tmp_path / "d.sqlite"), "--conversations", "3"])
    assert info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"agentdesk: AGENTDESK_NOW={value!r} is not a time with a zone")
    assert not (tmp_path / "d.sqlite").exists()


def test_the_demo_is_dated_from_the_runs_clock(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("AGENTDESK_NOW", "2031-05-06T15:30:00+00:00")
    db = tmp_path / "d.sqlite"
    assert cli.main(["demo", "--db", str(db), "--conversations", "20", "--seed", "4"]) == 0
    store = open_store(db)
    try:
        with store.raw_connection() as conn:
            first, last = conn.execute("SELECT min(created_at), max(created_at) FROM conversation").fetchone()
    finally:
        store.close()
    assert last <= "2031-05-06 08:00:00"  # the anchor: 08:00 UTC of the fixed day
    assert first >= "2030-10-01"
