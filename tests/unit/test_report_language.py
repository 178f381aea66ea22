# SPDX-License-Identifier: GPL-3.0-or-later
"""The KPI report in the chosen language: the PDF wholly, the CSV's group names; the CSV's column
names and keys stay the same in every language (docs/kpis.md)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from agentdesk.cli import main
from agentdesk.clock import FixedClock
from agentdesk.escalation.service import EscalationService
from agentdesk.inbox.directory import DirectoryService
from agentdesk.metrics.report import column_titles, csv_header
from agentdesk.metrics.surveys import SurveyService
from agentdesk.store.database import Store

WEEK = ["--from", "2026-11-23", "--to", "2026-11-29"]


@pytest.fixture
def workspace(store: Store, clock: FixedClock) -> Path:
    """Three conversations by email, chat and phone, answered after 10, 20 and 30 minutes and
    solved, with CSAT answers 5, 4 and 3 (two of three satisfied)."""
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


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    from agentdesk.gui import report_pdf

    report_pdf.use_language("en")


def write_csv(workspace: Path, out: Path, language: str) -> list[list[str]]:
    assert main(["report", "--db", str(workspace), *WEEK, "--out", str(out), "--language", language]) == 0
    with out.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_the_csv_keeps_its_column_names_and_keys_and_names_groups_in_the_language(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = write_csv(workspace, tmp_path / "en.csv", "en")
    assert capsys.readouterr().out.startswith(f"Wrote {tmp_path / 'en.csv'} (7 rows, ")
    german = write_csv(workspace, tmp_path / "de.csv", "de")
    assert capsys.readouterr().out.startswith(f"{tmp_path / 'de.csv'} geschrieben (7 Zeilen, ")
    danish = write_csv(workspace, tmp_path / "da.csv", "da")
    assert capsys.readouterr().out.startswith(f"{tmp_path / 'da.csv'} skrevet (7 rækker, ")
    assert english[0] == german[0] == danish[0] == csv_header()  # one header row, machine names
    assert english[0][:5] == ["period_start", "period_end", "dimension", "group", "group_id"]
    assert "frt_median_minutes" in english[0] and "csat_percent" in english[0]

    def by(rows: list[list[str]], dimension: str) -> dict[str, str]:
        return {r[4]: r[3] for r in rows[1:] if r[2] == dimension}  # group key → group name

    assert by(english, "channel") == {"email": "Email", "chat": "Chat", "phone": "Phone"}
    assert by(german, "channel") == {"email": "E-Mail", "chat": "Chat", "phone": "Telefon"}
    assert by(danish, "channel") == {"email": "E-mail", "chat": "Chat", "phone": "Telefon"}
    assert by(german, "tier") == {"1": "Stufe 1"} and by(danish, "tier") == {"1": "Niveau 1"}
    assert [r[3] for r in german[1:] if r[2] == "all"] == ["Alle Anfragen"]
    assert [r[3] for r in danish[1:] if r[2] == "all"] == ["Alle henvendelser"]
    # The figures are plain numbers in every language: a spreadsheet reads them the same way.
    column = english[0].index("csat_percent")
    assert english[1][column] == german[1][column] == danish[1][column] == "66.7"


def test_column_titles_in_the_language_for_every_column(workspace: Path, tmp_path: Path) -> None:
    from agentdesk.gui import report_pdf

    report_pdf.use_language("de")
    titles = column_titles()
    assert set(titles) == set(csv_header())
    assert titles["period_start"] == "Beginn des Zeitraums" and titles["dimension"] == "Aufgeteilt nach"
    report_pdf.use_language("da")
    assert column_titles()["group"] == "Gruppe" and column_titles()["period_end"] == "Periodens slutning"


def pdf_text(workspace: Path, out: Path, language: str) -> str:
    assert main(["report", "--db", str(workspace), *WEEK, "--out", str(out), "--language", language]) == 0
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; the text was not checked")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True)
    return " ".join(text.stdout.split())


def test_the_pdf_is_in_german(workspace: Path, tmp_path: Path) -> None:
    text = pdf_text(workspace, tmp_path / "bericht.pdf", "de")
    for german in (
        "AgentDesk-Kennzahlenbericht",
        "Zeitraum: 23.11.2026 bis 29.11.2026 (UTC)",
        "Überblick",
        "3 Anfragen beantwortet",
        "66,7 %",  # CSAT with the German decimal comma
        "keine Daten",
        "Anfragen pro Tag",
        "23. Nov.",  # the day axis in German month names
        "SLA-Einhaltung je Ziel",
        "Nach Bearbeiter",
        "Nach Kanal",
        "E-Mail",
        "Wie jede Kennzahl berechnet wird",
        "Seite 1",
    ):
        assert german in text, german
    for english in ("Summary", "By agent", "Conversations per day", "How each measure", "Page 1", "no data"):
        assert english not in text, english


def test_the_pdf_is_in_danish(workspace: Path, tmp_path: Path) -> None:
    text = pdf_text(workspace, tmp_path / "rapport.pdf", "da")
    for danish in (
        "AgentDesk-nøgletalsrapport",
        "Periode: 23.11.2026 til 29.11.2026 (UTC)",
        "Oversigt",
        "3 henvendelser besvaret",
        "66,7 %",
        "Henvendelser pr. dag",
        "Efter medarbejder",
        "Sådan beregnes hvert nøgletal",
        "Side 1",
    ):
        assert danish in text, danish
    for english in ("Summary", "By agent", "Conversations per day", "Page 1"):
        assert english not in text, english


def test_an_unknown_language_is_refused_in_one_line(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["report", "--db", str(workspace), *WEEK, "--out", str(tmp_path / "r.csv"), "--language", "fr"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--language" in err and "Traceback" not in err
    assert not (tmp_path / "r.csv").exists()


@pytest.mark.parametrize(
    ("language", "share", "count", "ces", "date"),
    [
        ("en", "66.7%", "12,345", "5.50 / 7", "2026-11-23"),
        ("de", "66,7\u202f%", "12.345", "5,50 / 7", "23.11.2026"),
        ("da", "66,7\u202f%", "12.345", "5,50 / 7", "23.11.2026"),
    ],
)
def test_key_figures_are_written_in_the_language(
    language: str, share: str, count: str, ces: str, date: str
) -> None:
    """The dashboard and the PDF write figures alike: the locale's decimal sign and grouping."""
    import datetime as dt

    from agentdesk.gui import kpi_text, labels, report_pdf
    from agentdesk.metrics.kpis import definition

    report_pdf.use_language(language)
    assert kpi_text.value_text(definition("fcr"), 2 / 3) == share
    assert kpi_text.count(12345) == count
    assert kpi_text.value_text(definition("ces"), 5.5) == ces
    assert kpi_text.value_text(definition("nps"), 12.0) == "+12"
    assert kpi_text.value_text(definition("frt_median"), 125) == labels.duration(125)
    assert kpi_text.date_text(dt.date(2026, 11, 23)) == date
    assert (
        kpi_text.value_text(definition("csat"), None)
        == {"en": "no data", "de": "keine Daten", "da": "ingen data"}[language]
    )
