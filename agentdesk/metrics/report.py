# SPDX-License-Identifier: GPL-3.0-or-later
"""KPI reports as files: CSV (one row per group of every dimension) and PDF (tables and charts).

``write_report`` picks the format by the file's suffix. The CSV is written here; the PDF is drawn
with Qt by a renderer the caller passes in (``agentdesk.gui.report_pdf.render_pdf``: the window and
``agentdesk report`` do), so this package produces the figures and never imports the GUI or Qt.

Values in the CSV are plain numbers a spreadsheet can use: minutes with one decimal, shares as
percentages, scores as they are; an empty cell means "no data".

Languages: the CSV is for spreadsheets and scripts, so its one header row holds stable,
machine-readable column names (``frt_median_minutes``, ``csat_sample``…) in every language, and its
``dimension`` and ``group_id`` columns hold keys (``channel``, ``web_form``); only the ``group``
column, a name for people, is in the chosen language ("All conversations", "E-Mail", "2. Stufe").
``column_titles`` gives each column's title in the chosen language for whoever wants to show them
(``docs/kpis.md``). The PDF is wholly in the chosen language.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TextIO

from agentdesk.errors import AgentDeskError, ValidationError
from agentdesk.messages import render, tr, translatable
from agentdesk.metrics.kpis import (
    DIMENSIONS,
    KPI_DEFINITIONS,
    KpiDefinition,
    KpiReport,
    KpiValue,
    compute_kpi_reports,
)
from agentdesk.store.database import Store
from agentdesk.store.models import sql_time

FORMATS = (".csv", ".pdf")
DIMENSION_NAMES = {
    "none": translatable("Report", "All"),
    "agent": translatable("Report", "Agent"),
    "team": translatable("Report", "Team"),
    "tier": translatable("Report", "Tier"),
    "channel": translatable("Report", "Channel"),
}
"""The dimensions' names (translatable texts: render with ``agentdesk.messages.tr``)."""
DEFAULT_TITLE = translatable("Report", "AgentDesk KPI report")
_COLUMN_TITLES = {
    "period_start": translatable("Report", "Period start"),
    "period_end": translatable("Report", "Period end"),
    "dimension": translatable("Report", "Split by"),
    "group": translatable("Report", "Group"),
    "group_id": translatable("Report", "Group key"),
}
_UNIT_TITLES = {
    "minutes": translatable("Report", "{name} (minutes)"),
    "percent": translatable("Report", "{name} (%)"),
}


@dataclass(frozen=True, slots=True)
class ReportSummary:
    path: Path
    kind: str  # "csv" or "pdf"
    rows: int  # CSV rows (groups) or PDF pages
    seconds: float


@dataclass(frozen=True, slots=True)
class DailyVolume:
    day: dt.date
    created: int
    solved: int


class PdfRenderer(Protocol):
    """Draws the report as a PDF at ``out`` and returns the number of pages
    (``agentdesk.gui.report_pdf.render_pdf``)."""

    def __call__(
        self,
        reports: Mapping[str, KpiReport],
        volume: Sequence[DailyVolume],
        out: Path,
        *,
        title: str,
        source: str,
    ) -> int: ...


def column_name(d: KpiDefinition) -> str:
    unit = {"minutes": "minutes", "share": "percent", "score": "score"}[d.unit]
    return f"{d.key}_{unit}"


def csv_header() -> list[str]:
    """The CSV's header row: stable machine-readable names, the same in every language."""
    header = ["period_start", "period_end", "dimension", "group", "group_id"]
    for d in KPI_DEFINITIONS:
        header += [column_name(d), f"{d.key}_sample"]
    return header


def column_titles() -> dict[str, str]:
    """Each CSV column's title in the current language, by its machine name."""
    titles = {name: tr(text) for name, text in _COLUMN_TITLES.items()}
    for d in KPI_DEFINITIONS:
        unit = column_name(d).rsplit("_", 1)[1]
        unit_title = _UNIT_TITLES.get(unit)
        titles[column_name(d)] = render(unit_title, {"name": tr(d.name)}) if unit_title else tr(d.name)
        titles[f"{d.key}_sample"] = render(translatable("Report", "{name}: based on"), {"name": tr(d.name)})
    return titles


def csv_value(d: KpiDefinition, value: float | None) -> str:
    if value is None:
        return ""
    if d.unit == "share":
        return f"{value * 100:.1f}"
    if d.unit == "minutes":
        return f"{value:.1f}"
    return f"{value:.2f}" if d.key == "ces" else f"{value:.1f}"


def period_of_days(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The UTC period ``[first 00:00, the day after last 00:00)`` of a report over whole days.

    A period ending on 9999-12-31 ends at the last instant there is (a day after it is not a
    date), so ``--from 0001-01-01 --to 9999-12-31`` covers everything. ``last`` before ``first``
    raises ``ValidationError``.
    """
    if last < first:
        raise ValidationError(
            translatable("MetricsErrors", "The period ends ({last}) before it starts ({first})."),
            last=last,
            first=first,
        )
    start = dt.datetime.combine(first, dt.time(), dt.UTC)
    if last == dt.date.max:
        return start, dt.datetime.max.replace(tzinfo=dt.UTC)
    return start, dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), dt.UTC)


MAX_VOLUME_DAYS = 3 * 366
"""A longer period's daily volume starts at its first day with data and ends at its last."""


def daily_volume(store: Store, start: dt.datetime, end: dt.datetime) -> list[DailyVolume]:
    """Conversations created and solved per UTC day of ``[start, end)``; days without any are 0.

    For a period longer than ``MAX_VOLUME_DAYS`` only the days from the first to the last with
    any conversation are listed (a period from year 1 to 9999 would have millions of days).
    """
    s, e = sql_time(start), sql_time(end)
    with store.raw_connection() as conn:
        created = dict(
            conn.execute(
                "SELECT substr(created_at, 1, 10), count(*) FROM conversation WHERE created_at >= ? "
                "AND created_at < ? AND deleted_at IS NULL AND merged_into_id IS NULL GROUP BY 1",
                (s, e),
            ).fetchall()
        )
        solved = dict(
            conn.execute(
                "SELECT substr(solved_at, 1, 10), count(*) FROM conversation WHERE solved_at >= ? "
                "AND solved_at < ? AND status IN ('solved', 'closed') AND deleted_at IS NULL "
                "AND merged_into_id IS NULL GROUP BY 1",
                (s, e),
            ).fetchall()
        )
    days = []
    day = start.astimezone(dt.UTC).date()
    last = (end.astimezone(dt.UTC) - dt.timedelta(microseconds=1)).date()
    if (last - day).days >= MAX_VOLUME_DAYS:
        # A period of years (up to 0001-01-01 … 9999-12-31) charts the days that have data.
        busy = [dt.date.fromisoformat(key) for key in (*created, *solved)]
        if not busy:
            return []
        day, last = max(day, min(busy)), min(last, max(busy))
    while day <= last:
        key = day.isoformat()
        days.append(DailyVolume(day, int(created.get(key, 0)), int(solved.get(key, 0))))
        if day == dt.date.max:
            break
        day += dt.timedelta(days=1)
    return days


def write_csv(reports: Mapping[str, KpiReport], path: Path) -> int:
    """One row for all conversations, then one per group of each split dimension; returns the
    number of data rows. Written to a temporary file first, so a failure leaves no half file."""
    header = csv_header()
    rows: list[list[str]] = []
    first = next(iter(reports.values()))
    period = [first.start.isoformat(), first.end.isoformat()]
    rows.append([*period, "all", first.overall.label, "", *_cells(first.overall.values)])
    for dimension, report in reports.items():
        if dimension == "none":
            continue
        for group in report.groups:
            rows.append([*period, dimension, group.label, group.key or "", *_cells(group.values)])
    _atomic_write(path, lambda fh: _write_rows(fh, header, rows))
    return len(rows)


def _cells(values: Mapping[str, KpiValue]) -> list[str]:
    cells: list[str] = []
    for d in KPI_DEFINITIONS:
        v = values[d.key]
        cells += [csv_value(d, v.value), str(v.sample)]
    return cells


def _write_rows(fh: TextIO, header: list[str], rows: list[list[str]]) -> None:
    writer = csv.writer(fh)
    writer.writerow(header)
    writer.writerows(rows)


def _atomic_write(path: Path, write: Callable[[TextIO], None]) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise AgentDeskError(
            translatable("MetricsErrors", "Cannot write the report: the folder {folder} does not exist."),
            folder=folder,
        )
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=path.suffix, dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            write(fh)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_report(
    store: Store,
    start: dt.datetime,
    end: dt.datetime,
    out: Path,
    *,
    now: dt.datetime | None = None,
    title: str = DEFAULT_TITLE,
    render_pdf: PdfRenderer | None = None,
) -> ReportSummary:
    """Compute the KPIs of ``[start, end)`` for every dimension and write them to ``out``
    (``.csv``, or ``.pdf`` drawn by ``render_pdf``). Raises ``ValidationError`` for another suffix
    or a bad period."""
    import time

    started = time.perf_counter()
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            translatable("MetricsErrors", "The report file must end in .csv or .pdf (got {name!r})."),
            name=out.name,
        )
    if suffix == ".pdf" and render_pdf is None:
        raise TypeError("A PDF report needs a renderer: pass render_pdf=agentdesk.gui.report_pdf.render_pdf.")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise AgentDeskError(
            translatable("MetricsErrors", "Cannot write the report: the folder {folder} does not exist."),
            folder=folder,
        )
    reports = compute_kpi_reports(store, start, end, DIMENSIONS, now=now)
    if suffix == ".csv":
        rows = write_csv(reports, out)
        return ReportSummary(out, "csv", rows, time.perf_counter() - started)
    assert render_pdf is not None
    volume = daily_volume(store, start, end)
    pages = render_pdf(reports, volume, out, title=title, source=store.path.name)
    return ReportSummary(out, "pdf", pages, time.perf_counter() - started)


__all__ = [
    "DEFAULT_TITLE",
    "DIMENSION_NAMES",
    "DailyVolume",
    "FORMATS",
    "PdfRenderer",
    "ReportSummary",
    "daily_volume",
    "period_of_days",
    "column_titles",
    "csv_header",
    "write_csv",
    "write_report",
]
