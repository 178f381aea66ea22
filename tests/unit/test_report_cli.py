# SPDX-License-Identifier: GPL-3.0-or-later
"""``agentdesk report``: a CSV and a PDF of the KPIs, and one-line errors."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from agentdesk.cli import main
from agentdesk.clock import FixedClock
from agentdesk.escalation.service import EscalationService
from agentdesk.inbox.directory import DirectoryService
from agentdesk.metrics.surveys import SurveyService
from agentdesk.store.database import Store


@pytest.fixture
def workspace(store: Store, clock: FixedClock) -> Path:
    directory = DirectoryService(store, clock)
    lea = directory.create_agent("Lea Wolf", "lea@shop.test", tiers=[1])
    desk = EscalationService(store, clock, actor_id=lea)
    surveys = SurveyService(store, clock)
    for i, channel in enumerate(("email", "chat", "phone")):
        customer = desk.create_customer(f"Customer {i}", email=f"c{i}@example.com")
        conv = desk.create_conversation(customer, channel, f"Question {i}", "Hello?").id
        desk.take(conv)
        clock.advance(minutes=10 * (i + 1))
        desk.reply(conv, "Answered.", status_after="solved")
        surveys.record(conv, "csat", 5 - i)
    return store.path


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def test_report_writes_a_csv_with_the_kpis_per_dimension(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kpis.csv"
    code = main(
        ["report", "--db", str(workspace), "--from", "2026-11-23", "--to", "2026-11-29", "--out", str(out)]
    )
    assert code == 0
    assert capsys.readouterr().out.startswith(f"Wrote {out} (")
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    overall = rows[0]
    assert overall["dimension"] == "all" and overall["period_start"] == "2026-11-23T00:00:00+00:00"
    assert overall["period_end"] == "2026-11-30T00:00:00+00:00"
    assert overall["frt_median_minutes"] == "20.0"  # 10, 20 and 30 minutes
    assert overall["csat_percent"] == "66.7" and overall["csat_sample"] == "3"
    assert overall["nps_score"] == ""  # no NPS answers: no data, not zero
    assert {r["dimension"] for r in rows} == {"all", "agent", "team", "tier", "channel"}
    assert [r["group"] for r in rows if r["dimension"] == "channel"] == ["Chat", "Email", "Phone"]


def test_report_writes_a_pdf_with_summary_charts_tables_and_definitions(
    workspace: Path, tmp_path: Path
) -> None:
    out = tmp_path / "kpis.pdf"
    code = main(
        ["report", "--db", str(workspace), "--from", "2026-11-23", "--to", "2026-11-29", "--out", str(out)]
    )
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF")
    # summary, charts, tables by agent/team/tier/channel, and two pages of definitions
    assert pdf_pages(out) == 5
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; the text was not checked")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    assert "AgentDesk KPI report" in pages[0] and "Period: 2026-11-23 to 2026-11-29 (UTC)" in pages[0]
    assert re.search(r"First response time \(median\)\s+20m\s+3 conversations answered", pages[0])
    assert re.search(r"Net Promoter Score \(NPS\)\s+no data", pages[0])
    assert "SLA compliance by target" in pages[1] and "Conversations per day" in pages[1]
    assert "By agent" in pages[2] and "Lea Wolf" in pages[2] and "By channel" in pages[2]
    assert "How each measure is computed" in pages[3]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--from", "2026-11-29", "--to", "2026-11-23"],
            "The period ends (2026-11-23) before it starts (2026-11-29).",
        ),
    ],
)
def test_report_errors_are_one_line_with_status_1(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code = main(["report", "--db", str(workspace), *args, "--out", str(tmp_path / "r.csv")])
    err = capsys.readouterr().err
    assert code == 1 and err == f"agentdesk: {message}\n"
    assert not (tmp_path / "r.csv").exists()


def test_report_on_a_missing_database_or_folder(
    tmp_path: Path, workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.sqlite"
    assert (
        main(
            [
                "report",
                "--db",
                str(missing),
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-02",
                "--out",
                str(tmp_path / "r.pdf"),
            ]
        )
        == 1
    )
    assert capsys.readouterr().err == f"agentdesk: {missing} does not exist.\n"
    out = tmp_path / "no" / "r.csv"
    assert (
        main(
            [
                "report",
                "--db",
                str(workspace),
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-02",
                "--out",
                str(out),
            ]
        )
        == 1
    )
    assert (
        capsys.readouterr().err
        == f"agentdesk: Cannot write the report: the folder {out.parent} does not exist.\n"
    )


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["--from", "23.11.2026", "--to", "2026-11-29", "--out", "r.csv"], "is not a date like 2026-11-01"),
        (["--from", "2026-11-23", "--to", "2026-11-29", "--out", "r.xlsx"], "must end in .csv or .pdf"),
    ],
)
def test_report_usage_mistakes_exit_2(
    workspace: Path, capsys: pytest.CaptureFixture[str], args: list[str], problem: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["report", "--db", str(workspace), *args])
    assert exit_.value.code == 2
    assert problem in capsys.readouterr().err


def test_a_period_in_the_past_gives_a_report_with_no_data(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty.csv"
    assert (
        main(
            [
                "report",
                "--db",
                str(workspace),
                "--from",
                "2020-01-01",
                "--to",
                "2020-01-31",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    with out.open(encoding="utf-8") as fh:
        [overall] = list(csv.DictReader(fh))
    assert overall["frt_median_minutes"] == "" and overall["frt_median_sample"] == "0"
    assert dt.date.fromisoformat(overall["period_start"][:10]) == dt.date(2020, 1, 1)
