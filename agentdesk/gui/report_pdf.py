# SPDX-License-Identifier: GPL-3.0-or-later
"""The PDF KPI report, drawn with ``QPainter`` on a ``QPdfWriter`` (A4, portrait).

Pages: a summary with every KPI; charts (daily volume, SLA compliance per target, first response
time by channel, CSAT by team); one table per dimension (agent, team, tier, channel); and what each
KPI means. Charts are drawn by hand (the Qt build we ship has no QtCharts): bars and lines with
labelled axes in the window's light theme colours, so the printout looks like the app.

Geometry is written in typographic points (1/72 inch) and converted to the writer's device units
with ``_Pdf.u``; font sizes are in points anyway.

The figures come from ``agentdesk.metrics``, which never imports Qt: the window and
``agentdesk report`` hand ``render_pdf`` to ``agentdesk.metrics.report.write_report``.

Every text is in the language installed (``agentdesk.gui.i18n``; ``agentdesk report --language``
installs one with :func:`use_language`), and the figures are written as the dashboard writes them
(``agentdesk.gui.kpi_text``): the one duration style, the locale's decimal sign, dates in the
locale's short format, channels and tiers by their one name.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPainterPath, QPdfWriter, QPen
from PySide6.QtWidgets import QApplication

from agentdesk import messages
from agentdesk.errors import AgentDeskError
from agentdesk.gui import i18n, kpi_text
from agentdesk.gui.labels import duration, translate
from agentdesk.gui.theme import LIGHT
from agentdesk.messages import translatable
from agentdesk.metrics.kpis import KPI_DEFINITIONS, KpiGroup, KpiReport
from agentdesk.metrics.report import DEFAULT_TITLE, DailyVolume

RESOLUTION = 300
PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
MARGIN = 46.0
FONT_FAMILY = "DejaVu Sans"

_SAMPLE_NOUNS = {
    "frt": "answered",
    "aht": "solved",
    "fcr": "solved",
    "resolution": "solved",
    "full_resolution": "solved",
    "sla": "targets",
    "reopen_rate": "solved",
    "escalation_rate": "created",
    "csat": "answers",
    "nps": "answers",
    "ces": "answers",
    "repeat_contact": "solved",
    "one_touch": "solved",
}

_app: QApplication | None = None


def _ensure_application() -> None:
    """Fonts need a GUI application; a headless command makes an offscreen one (a QApplication,
    so that widgets can still be used in the same process)."""
    global _app
    if QApplication.instance() is not None:
        return
    if not os.environ.get("QT_QPA_PLATFORM") and not sys.platform.startswith(("win", "darwin")):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QApplication(["agentdesk-report"])


def use_language(language: str | None) -> str:
    """Install ``language`` (or the system's) for the report's texts and numbers, making the
    offscreen application a command line needs; returns the language installed."""
    _ensure_application()
    return i18n.install(language)


def based_on(key: str, sample: int) -> str:
    """What a figure is computed from: "3 conversations answered", "1 answer"."""
    noun = next((n for prefix, n in _SAMPLE_NOUNS.items() if key.startswith(prefix)), "items")
    one = sample == 1
    text = {
        "answered": (
            translate("ReportPdf", "1 conversation answered")
            if one
            else translate("ReportPdf", "%1 conversations answered")
        ),
        "solved": (
            translate("ReportPdf", "1 conversation solved")
            if one
            else translate("ReportPdf", "%1 conversations solved")
        ),
        "created": (
            translate("ReportPdf", "1 conversation created")
            if one
            else translate("ReportPdf", "%1 conversations created")
        ),
        "targets": (
            translate("ReportPdf", "1 target decided")
            if one
            else translate("ReportPdf", "%1 targets decided")
        ),
        "answers": translate("ReportPdf", "1 answer") if one else translate("ReportPdf", "%1 answers"),
        "customers": (
            translate("ReportPdf", "1 earlier customer")
            if one
            else translate("ReportPdf", "%1 earlier customers")
        ),
        "items": translate("ReportPdf", "1 item") if one else translate("ReportPdf", "%1 items"),
    }[noun]
    return text.replace("%1", kpi_text.count(sample))


def short_minutes(minutes: float | None) -> str:
    """Durations in table cells, in the one duration style: ``34m``, ``5h 05m``, ``3d 4h``."""
    return "–" if minutes is None else duration(minutes)


def _pct(value: float | None) -> str:
    return kpi_text.percent(value, 0)


def nice_ceiling(value: float, min_step: float = 1.0) -> tuple[float, float]:
    """An axis maximum at or above ``value`` and a tick step giving 4-6 ticks, the step at least
    ``min_step`` (whole numbers on a count or minutes axis)."""
    if value <= min_step:
        return min_step, min_step
    exponent = math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        step = max(factor * 10 ** (exponent - 1), min_step)
        top = math.ceil(value / step) * step
        if top / step <= 6:
            return top, step
    step = 10**exponent
    return math.ceil(value / step) * step, step


class _Pdf:
    def __init__(self, path: str, title: str, footer: str) -> None:
        self.writer = QPdfWriter(path)
        self.writer.setTitle(title)
        self.writer.setCreator("AgentDesk")
        self.writer.setResolution(RESOLUTION)
        self.writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
            )
        )
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            raise AgentDeskError(
                translatable("MetricsErrors", "Cannot write the report to {path}."), path=path
            )
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.footer = footer
        self.page = 1
        self.y = MARGIN
        self.bottom = PAGE_H - MARGIN - 18

    # -- basics ----------------------------------------------------------------------------------

    def u(self, points: float) -> float:
        return points * RESOLUTION / 72.0

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.u(x), self.u(y), self.u(w), self.u(h))

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        *,
        size: float = 9,
        bold: bool = False,
        colour: str = LIGHT.TEXT,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        wrap: bool = False,
    ) -> float:
        """Draw ``text`` in the box; returns the height it took, in points."""
        p = self.painter
        p.setFont(self.font(size, bold))
        p.setPen(QColor(colour))
        flags = int(align) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
        box = self.rect(x, y, w, h)
        used = p.boundingRect(box, flags, text)
        p.drawText(box, flags, text)
        return used.height() * 72.0 / RESOLUTION

    def fitted_size(self, w: float, text: str, size: float, bold: bool = False, smallest: float = 7) -> float:
        """The largest font size up to ``size`` (down to ``smallest``) at which ``text`` fits in
        one line of ``w`` points: a chart title in German or Danish stays inside its chart."""
        flags = int(Qt.AlignmentFlag.AlignLeft)
        while size > smallest:
            self.painter.setFont(self.font(size, bold))
            if self.painter.boundingRect(self.rect(0, 0, 4 * w, 40), flags, text).width() <= self.u(w):
                break
            size -= 0.5
        return size

    def measure(self, w: float, text: str, size: float, bold: bool = False) -> float:
        self.painter.setFont(self.font(size, bold))
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        used = self.painter.boundingRect(self.rect(0, 0, w, 2000), flags, text)
        return used.height() * 72.0 / RESOLUTION

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 0.6) -> None:
        self.painter.setPen(QPen(QColor(colour), self.u(width)))
        self.painter.drawLine(QPointF(self.u(x1), self.u(y1)), QPointF(self.u(x2), self.u(y2)))

    def fill(self, x: float, y: float, w: float, h: float, colour: str) -> None:
        self.painter.fillRect(self.rect(x, y, w, h), QColor(colour))

    def draw_footer(self) -> None:
        y = PAGE_H - MARGIN + 4
        self.line(MARGIN, y - 6, PAGE_W - MARGIN, y - 6, LIGHT.BORDER)
        self.text(MARGIN, y, 400, 12, self.footer, size=7.5, colour=LIGHT.TEXT_MUTED)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.text(
            PAGE_W - MARGIN - 100,
            y,
            100,
            12,
            translate("ReportPdf", "Page %1").replace("%1", kpi_text.count(self.page)),
            size=7.5,
            colour=LIGHT.TEXT_MUTED,
            align=right,
        )

    def new_page(self) -> None:
        self.draw_footer()
        self.writer.newPage()
        self.page += 1
        self.y = MARGIN

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.new_page()

    def finish(self) -> int:
        self.draw_footer()
        self.painter.end()
        return self.page

    # -- blocks ----------------------------------------------------------------------------------

    def heading(self, text: str, size: float = 14, *, keep_with: float = 0.0) -> None:
        """A section heading; ``keep_with`` points of what follows stay on the same page."""
        self.ensure(size * 2.6 + keep_with)
        self.y += 4
        self.text(MARGIN, self.y, PAGE_W - 2 * MARGIN, size * 1.5, text, size=size, bold=True)
        self.y += size * 1.5 + 2
        self.line(MARGIN, self.y, PAGE_W - MARGIN, self.y, LIGHT.ACCENT, 1.0)
        self.y += 8

    def paragraph(self, text: str, *, size: float = 9, colour: str = LIGHT.TEXT, indent: float = 0) -> None:
        w = PAGE_W - 2 * MARGIN - indent
        h = self.measure(w, text, size)
        self.ensure(h + 4)
        self.text(MARGIN + indent, self.y, w, h + 2, text, size=size, colour=colour, wrap=True)
        self.y += h + 4

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        size: float = 8,
        row_h: float = 15,
    ) -> None:
        """A table with a shaded header that repeats on each page; the first column is left
        aligned, the others right aligned (numbers)."""
        total = sum(widths)
        scale = (PAGE_W - 2 * MARGIN) / total
        widths = [w * scale for w in widths]
        header_h = row_h * 2 if any("\n" in h for h in headers) else row_h + 3

        def draw_header() -> None:
            self.fill(MARGIN, self.y, PAGE_W - 2 * MARGIN, header_h, LIGHT.SIDEBAR)
            x = MARGIN
            for i, (title, w) in enumerate(zip(headers, widths, strict=True)):
                align = (Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight) | (
                    Qt.AlignmentFlag.AlignVCenter
                )
                fitted = self.fitted_size(w - 6, title, size - 1, bold=True, smallest=5.5)
                self.text(x + 3, self.y, w - 6, header_h, title, size=fitted, bold=True, align=align)
                x += w
            self.y += header_h
            self.line(MARGIN, self.y, PAGE_W - MARGIN, self.y, LIGHT.BORDER, 0.8)

        # A short table stays on one page; a long one starts with at least a few rows.
        self.ensure(header_h + row_h * (len(rows) if len(rows) <= 25 else 3) + 4)
        draw_header()
        for n, row in enumerate(rows):
            if self.y + row_h > self.bottom:
                self.new_page()
                draw_header()
            if n % 2 == 1:
                self.fill(MARGIN, self.y, PAGE_W - 2 * MARGIN, row_h, "#f8f9fb")
            x = MARGIN
            for i, (cell, w) in enumerate(zip(row, widths, strict=True)):
                align = (Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight) | (
                    Qt.AlignmentFlag.AlignVCenter
                )
                colour = LIGHT.TEXT_FAINT if cell in ("–", kpi_text.no_data()) else LIGHT.TEXT
                fitted = self.fitted_size(w - 8, cell, size, smallest=6) if i == 0 else size  # names
                self.text(x + 4, self.y, w - 8, row_h, cell, size=fitted, colour=colour, align=align)
                x += w
            self.y += row_h
            self.line(MARGIN, self.y, PAGE_W - MARGIN, self.y, LIGHT.ROW_SEPARATOR, 0.5)
        self.y += 10

    # -- charts ----------------------------------------------------------------------------------

    def _frame(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        title: str,
        y_title: str,
        top: float,
        step: float,
        fmt: Callable[[float], str],
    ) -> QRectF:
        """Title, y axis with grid lines and its title; returns the plot area in points."""
        self.text(x, y, w, 16, title, size=self.fitted_size(w, title, 10, bold=True), bold=True)
        plot = QRectF(x + 52, y + 24, w - 60, h - 24 - 34)
        # y axis title, rotated
        p = self.painter
        p.save()
        p.translate(self.u(x + 6), self.u(plot.center().y()))
        p.rotate(-90)
        p.setFont(self.font(7.5))
        p.setPen(QColor(LIGHT.TEXT_MUTED))
        p.drawText(
            QRectF(self.u(-plot.height() / 2), self.u(-6), self.u(plot.height()), self.u(12)),
            int(Qt.AlignmentFlag.AlignCenter),
            y_title,
        )
        p.restore()
        ticks = round(top / step)
        for i in range(ticks + 1):
            value = step * i
            ty = plot.bottom() - plot.height() * value / top
            self.line(plot.left(), ty, plot.right(), ty, LIGHT.ROW_SEPARATOR if i else LIGHT.TEXT_MUTED, 0.5)
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            self.text(
                plot.left() - 42, ty - 6, 38, 12, fmt(value), size=7, colour=LIGHT.TEXT_MUTED, align=right
            )
        self.line(plot.left(), plot.top(), plot.left(), plot.bottom(), LIGHT.TEXT_MUTED, 0.6)
        return plot

    def bar_chart(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        title: str,
        labels: Sequence[str],
        values: Sequence[float | None],
        *,
        y_title: str,
        x_title: str,
        fmt: Callable[[float], str],
        value_fmt: Callable[[float], str] | None = None,
        top: float | None = None,
        colours: Sequence[str] | None = None,
    ) -> None:
        present = [v for v in values if v is not None]
        if top is None:
            top, step = nice_ceiling(max(present, default=0.0) * 1.12)
        else:
            step = top / 4
        plot = self._frame(x, y, w, h, title, y_title, top, step, fmt)
        n = max(len(labels), 1)
        slot = plot.width() / n
        bar_w = min(slot * 0.62, 46)
        for i, (label, value) in enumerate(zip(labels, values, strict=True)):
            cx = plot.left() + slot * (i + 0.5)
            label_size = 7 if slot > 44 else 6.5
            self.text(
                cx - slot / 2,
                plot.bottom() + 3,
                slot,
                20,
                label,
                size=label_size,
                colour=LIGHT.TEXT,
                align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                wrap=True,
            )
            if value is None:
                self.text(
                    cx - slot / 2,
                    plot.bottom() - 14,
                    slot,
                    12,
                    kpi_text.no_data(),
                    size=6.5,
                    colour=LIGHT.TEXT_FAINT,
                    align=Qt.AlignmentFlag.AlignCenter,
                )
                continue
            bh = plot.height() * min(value, top) / top
            colour = colours[i] if colours else LIGHT.ACCENT
            self.fill(cx - bar_w / 2, plot.bottom() - bh, bar_w, bh, colour)
            self.text(
                cx - slot / 2,
                plot.bottom() - bh - 13,
                slot,
                12,
                (value_fmt or fmt)(value),
                size=7,
                bold=True,
                align=Qt.AlignmentFlag.AlignCenter,
            )
        self.text(
            plot.left(),
            plot.bottom() + 22,
            plot.width(),
            12,
            x_title,
            size=7.5,
            colour=LIGHT.TEXT_MUTED,
            align=Qt.AlignmentFlag.AlignCenter,
        )

    def line_chart(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        title: str,
        x_labels: Sequence[str],
        series: Sequence[tuple[str, Sequence[float], str]],
        *,
        y_title: str,
        x_title: str,
    ) -> None:
        peak = max((v for _n, values, _c in series for v in values), default=0.0)
        top, step = nice_ceiling(peak * 1.08)
        plot = self._frame(x, y, w, h, title, y_title, top, step, lambda v: f"{v:,.0f}")
        count = len(x_labels)
        every = max(1, math.ceil(count / 8))
        for i, label in enumerate(x_labels):
            px = plot.left() + (plot.width() * (i / (count - 1)) if count > 1 else plot.width() / 2)
            if i % every == 0 or i == count - 1 and count <= 8:
                self.line(px, plot.bottom(), px, plot.bottom() + 3, LIGHT.TEXT_MUTED, 0.6)
                self.text(
                    px - 24,
                    plot.bottom() + 4,
                    48,
                    12,
                    label,
                    size=6.5,
                    colour=LIGHT.TEXT,
                    align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                )
        p = self.painter
        for name_index, (_name, values, colour) in enumerate(series):
            path = QPainterPath()
            for i, v in enumerate(values):
                px = plot.left() + (plot.width() * (i / (count - 1)) if count > 1 else plot.width() / 2)
                py = plot.bottom() - plot.height() * v / top
                point = QPointF(self.u(px), self.u(py))
                if i == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            pen = QPen(QColor(colour), self.u(1.6))
            if name_index:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            if count <= 1:
                p.setBrush(QColor(colour))
                p.drawEllipse(path.currentPosition(), self.u(2), self.u(2))
        # legend
        lx = plot.right() - 170
        for i, (name, _values, colour) in enumerate(series):
            ly = y + 4
            pen_x = lx + i * 88
            pen = QPen(QColor(colour), self.u(1.6))
            if i:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(self.u(pen_x), self.u(ly + 6)), QPointF(self.u(pen_x + 16), self.u(ly + 6)))
            self.text(pen_x + 20, ly, 66, 12, name, size=7.5)
        self.text(
            plot.left(),
            plot.bottom() + 18,
            plot.width(),
            12,
            x_title,
            size=7.5,
            colour=LIGHT.TEXT_MUTED,
            align=Qt.AlignmentFlag.AlignCenter,
        )


def _time_axis(minutes: Sequence[float | None]) -> dict[str, Any]:
    """``bar_chart`` arguments for durations: hours when the longest is two hours or more,
    minutes otherwise."""
    hours = max((m or 0.0 for m in minutes), default=0.0) >= 120
    factor = 1 / 60 if hours else 1.0
    return {
        "values": [_scaled(m, factor) for m in minutes],
        "y_title": (
            translate("ReportPdf", "Hours (calendar time)")
            if hours
            else translate("ReportPdf", "Minutes (calendar time)")
        ),
        "fmt": lambda v: kpi_text.number(v, 0),
        "value_fmt": lambda v: short_minutes(v / factor),
    }


def _scaled(value: float | None, factor: float) -> float | None:
    return None if value is None else value * factor


def _sla_colour(value: float | None) -> str:
    if value is None:
        return LIGHT.TEXT_FAINT
    if value >= 0.9:
        return LIGHT.GOOD
    if value >= 0.75:
        return LIGHT.CAUTION
    return LIGHT.DANGER


def _group_row(dimension: str, group: KpiGroup) -> list[str]:
    v = group.values
    return [
        kpi_text.group_label(dimension, group),
        kpi_text.count(v["escalation_rate"].sample),
        kpi_text.count(v["fcr"].sample),
        short_minutes(v["frt_median"].value),
        short_minutes(v["resolution_median"].value),
        short_minutes(v["aht"].value),
        _pct(v["fcr"].value),
        _pct(v["sla_first_response"].value),
        _pct(v["sla_resolution"].value),
        _pct(v["escalation_rate"].value),
        _pct(v["csat"].value),
        "–" if v["nps"].value is None else kpi_text.value_text(_NPS, v["nps"].value),
    ]


_NPS = next(d for d in KPI_DEFINITIONS if d.key == "nps")


def _group_headers() -> tuple[str, ...]:
    """The columns of the tables by agent, team, tier and channel (two short lines each at most)."""
    return (
        "",
        translate("ReportPdf", "Created"),
        translate("ReportPdf", "Solved"),
        translate("ReportPdf", "First resp.\nmedian"),
        translate("ReportPdf", "Resolution\nmedian"),
        translate("ReportPdf", "AHT"),
        translate("ReportPdf", "FCR"),
        translate("ReportPdf", "SLA first\nresponse"),
        translate("ReportPdf", "SLA reso-\nlution"),
        translate("ReportPdf", "Escal-\nated"),
        "CSAT",
        "NPS",
    )


_GROUP_WIDTHS = (92, 40, 38, 50, 52, 36, 32, 46, 44, 36, 34, 30)


def render_pdf(
    reports: Mapping[str, KpiReport],
    volume: Sequence[DailyVolume],
    out: Path,
    *,
    title: str = DEFAULT_TITLE,
    source: str = "",
) -> int:
    """Write the report to ``out`` in the installed language; returns the number of pages.
    Written to a temporary file in the same folder first, so a failure leaves no half-written
    report. ``title`` may be a translatable text (the default is)."""
    _ensure_application()
    title = messages.tr(title)
    overall = next(iter(reports.values()))
    start, end = overall.start, overall.end
    last_day = (end - dt.timedelta(microseconds=1)).date()  # the end is exclusive
    period = (
        translate("ReportPdf", "%1 to %2")
        .replace("%1", kpi_text.date_text(start.date()))
        .replace("%2", kpi_text.date_text(last_day))
    )
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise AgentDeskError(
            translatable("MetricsErrors", "Cannot write the report: the folder {folder} does not exist."),
            folder=folder,
        )
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=folder)
    os.close(fd)
    try:
        pdf = _Pdf(
            tmp, title, translate("ReportPdf", "%1 · %2 (UTC)").replace("%1", title).replace("%2", period)
        )
        _summary_page(pdf, overall, title, period, source)
        pdf.new_page()
        _charts_page(pdf, reports, volume)
        for dimension, heading in (
            ("agent", translate("ReportPdf", "By agent")),
            ("team", translate("ReportPdf", "By team")),
            ("tier", translate("ReportPdf", "By tier")),
            ("channel", translate("ReportPdf", "By channel")),
        ):
            report = reports.get(dimension)
            if report is None:
                continue
            if dimension == "agent":
                pdf.new_page()
            rows = [_group_row(dimension, g) for g in report.groups] or [
                [translate("ReportPdf", "(no conversations)")] + ["–"] * 11
            ]
            pdf.heading(heading, keep_with=30 + 15 * (len(rows) if len(rows) <= 25 else 3))
            pdf.table(_group_headers(), rows, _GROUP_WIDTHS)
        pdf.new_page()
        _definitions(pdf)
        pages = pdf.finish()
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return pages


def _summary_page(pdf: _Pdf, report: KpiReport, title: str, period: str, source: str) -> None:
    pdf.text(MARGIN, pdf.y, PAGE_W - 2 * MARGIN, 30, title, size=20, bold=True)
    pdf.y += 32
    computed = report.computed_at.astimezone(dt.UTC)
    generated = f"{kpi_text.date_text(computed.date())} {computed:%H:%M} UTC"
    lines = [
        translate("ReportPdf", "Period: %1 (UTC)").replace("%1", period),
        translate("ReportPdf", "Computed at %1").replace("%1", generated),
    ]
    if source:
        lines[1] += "  ·  " + translate("ReportPdf", "Workspace: %1").replace("%1", source)
    for line in lines:
        pdf.text(MARGIN, pdf.y, PAGE_W - 2 * MARGIN, 14, line, size=9, colour=LIGHT.TEXT_MUTED)
        pdf.y += 14
    pdf.y += 10
    pdf.heading(translate("ReportPdf", "Summary"))
    rows = []
    for d in KPI_DEFINITIONS:
        value = report.overall.values[d.key]
        rows.append([d.title(), kpi_text.value_text(d, value.value), based_on(d.key, value.sample)])
    headers = (
        translate("ReportPdf", "Measure"),
        translate("ReportPdf", "Value"),
        translate("ReportPdf", "Based on"),
    )
    pdf.table(headers, rows, (310, 70, 123), size=8.5, row_h=17)
    pdf.paragraph(
        translate(
            "ReportPdf",
            "“No data” means there was nothing to measure in the period (for example no survey "
            "answers); it is not a zero. What each measure means is explained on the last pages.",
        ),
        size=8,
        colour=LIGHT.TEXT_MUTED,
    )


def _charts_page(pdf: _Pdf, reports: Mapping[str, KpiReport], volume: Sequence[DailyVolume]) -> None:
    pdf.heading(translate("ReportPdf", "Charts"))
    overall = next(iter(reports.values())).overall
    width = PAGE_W - 2 * MARGIN
    y = pdf.y
    pdf.line_chart(
        MARGIN,
        y,
        width,
        200,
        translate("ReportPdf", "Conversations per day"),
        [kpi_text.day_month(v.day) for v in volume],
        [
            (translate("ReportPdf", "Created"), [float(v.created) for v in volume], LIGHT.ACCENT),
            (translate("ReportPdf", "Solved"), [float(v.solved) for v in volume], LIGHT.GOOD),
        ],
        y_title=translate("ReportPdf", "Conversations"),
        x_title=translate("ReportPdf", "Day (UTC)"),
    )
    y += 222
    half = (width - 24) / 2
    sla = [
        overall.value("sla_first_response"),
        overall.value("sla_next_response"),
        overall.value("sla_resolution"),
    ]
    pdf.bar_chart(
        MARGIN,
        y,
        half,
        210,
        translate("ReportPdf", "SLA compliance by target"),
        [
            translate("ReportPdf", "First response"),
            translate("ReportPdf", "Next response"),
            translate("ReportPdf", "Resolution"),
        ],
        [_scaled(v, 100) for v in sla],
        y_title=translate("ReportPdf", "Targets met in time (%)"),
        x_title=translate("ReportPdf", "SLA target"),
        fmt=lambda v: kpi_text.percent(v / 100, 0),
        value_fmt=lambda v: kpi_text.percent(v / 100, 1),
        top=100.0,
        colours=[_sla_colour(v) for v in sla],
    )
    team = reports.get("team")
    if team is not None:
        groups = list(team.groups)
        pdf.bar_chart(
            MARGIN + half + 24,
            y,
            half,
            210,
            translate("ReportPdf", "CSAT by team"),
            [kpi_text.group_label("team", g) for g in groups],
            [_scaled(g.value("csat"), 100) for g in groups],
            y_title=translate("ReportPdf", "Satisfied answers (%)"),
            x_title=translate("ReportPdf", "Team"),
            fmt=lambda v: kpi_text.percent(v / 100, 0),
            value_fmt=lambda v: kpi_text.percent(v / 100, 0),
            top=100.0,
        )
    y += 232
    wide = (width - 24) * 0.64
    narrow = width - 24 - wide
    channel = reports.get("channel")
    if channel is not None:
        groups = [g for g in channel.groups if g.key is not None]
        pdf.bar_chart(
            MARGIN,
            y,
            wide,
            210,
            translate("ReportPdf", "First response time by channel (median)"),
            [kpi_text.group_label("channel", g) for g in groups],
            **_time_axis([g.value("frt_median") for g in groups]),
            x_title=translate("ReportPdf", "Channel"),
        )
    tier = reports.get("tier")
    if tier is not None:
        groups = list(tier.groups)
        pdf.bar_chart(
            MARGIN + wide + 24,
            y,
            narrow,
            210,
            translate("ReportPdf", "Resolution by tier (median)"),
            [kpi_text.group_label("tier", g) for g in groups],
            **_time_axis([g.value("resolution_median") for g in groups]),
            x_title=translate("ReportPdf", "Tier"),
            colours=[LIGHT.TIER_CHIPS.get(int(g.key or 0), ("", LIGHT.ACCENT))[1] for g in groups],
        )
    pdf.y = y + 230


def _definitions(pdf: _Pdf) -> None:
    pdf.heading(translate("ReportPdf", "How each measure is computed"))
    pdf.paragraph(
        translate(
            "ReportPdf",
            "Conversations count under their current agent, team, tier and channel. Merged and "
            "deleted conversations are left out. Business hours are those of the calendar of each "
            "conversation's SLA policy.",
        ),
        size=8.5,
        colour=LIGHT.TEXT_MUTED,
    )
    for d in KPI_DEFINITIONS:
        pdf.ensure(40)
        pdf.text(MARGIN, pdf.y, PAGE_W - 2 * MARGIN, 14, d.title(), size=9.5, bold=True)
        pdf.y += 14
        pdf.paragraph(d.explained(), size=8.5, indent=8)
        pdf.y += 2


__all__ = ["based_on", "nice_ceiling", "render_pdf", "short_minutes", "use_language"]
