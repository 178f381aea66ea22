# SPDX-License-Identifier: GPL-3.0-or-later
"""The supervisor's dashboard, a page of the window (View → Dashboard, ``Ctrl+Shift+D``).

Queues now — backlog by tier, team, status and channel; unassigned, due soon and breached; the
oldest waiting customers; each agent's load; the escalation rate of the last week — and the KPIs of
a period, overall and per agent, team, tier or channel, each with how it is computed. Everything is
read from the local database, so it works on a train. The reads run in the background: the page
stays responsive on a 200,000-conversation workspace, and the KPIs (seconds, there) arrive after
the queue figures.

Every number can be clicked: the conversations behind it open in a review list with the bulk
tools (``QueueReviewDialog``); a waiting customer opens in the window. "Back to the inbox" returns
to the list (``back_requested``); "Export report…" writes the key figures of the period shown, every
split, as the command line's ``agentdesk report`` does (PDF or CSV), in the background. Figures per
agent (the load table, the split by agent) are for supervisors and admins only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.gui import kpi_text, labels, theme
from agentdesk.gui.kb_dashboard import KbOverview
from agentdesk.gui.report_pdf import render_pdf
from agentdesk.gui.review_dialog import QueueReviewDialog
from agentdesk.gui.tasks import TaskRunner
from agentdesk.messages import translatable
from agentdesk.metrics.dashboard import (
    ConversationFilter,
    Figure,
    QueueDashboard,
    conversation_ids,
    queue_dashboard,
)
from agentdesk.metrics.kpis import DIMENSIONS, KPI_DEFINITIONS, KpiDefinition, KpiReport, compute_kpi_reports
from agentdesk.metrics.report import write_report
from agentdesk.services import Services
from agentdesk.store.models import Agent, Role

DATA_ROLE = Qt.ItemDataRole.UserRole + 1
PERIODS = (
    ("7", translatable("Dashboard", "Last 7 days")),
    ("30", translatable("Dashboard", "Last 30 days")),
    ("90", translatable("Dashboard", "Last 90 days")),
)
DIMENSION_LABELS = {
    "agent": translatable("Dashboard", "Agent"),
    "team": translatable("Dashboard", "Team"),
    "tier": translatable("Dashboard", "Tier"),
    "channel": translatable("Dashboard", "Channel"),
    "none": translatable("Dashboard", "Overall"),
}
SUMMARY_KPIS = ("frt_median", "sla_first_response", "csat", "nps", "fcr", "escalation_rate")


def _tr(text: str) -> str:
    return labels.translate("Dashboard", text)


def _figure_text(definition: KpiDefinition, value: float | None) -> str:
    """A key figure as the dashboard (and the PDF report) shows it: the one duration style, the
    locale's numbers."""
    return kpi_text.value_text(definition, value, empty=labels.translate("Dashboard", "no data"))


class Tile(QToolButton):
    """A big number with its label; clicking it lists the conversations behind it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(74)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.number = ""
        self.caption = ""
        self.colour = theme.TEXT

    def show_value(self, number: str, caption: str, colour: str, tip: str) -> None:
        self.number, self.caption, self.colour = number, caption, colour
        self.setToolTip(tip)
        self.setAccessibleName(f"{caption}: {number}")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QColor(theme.SELECTION_BORDER if self.underMouse() else theme.BORDER))
        painter.setBrush(QColor(theme.SURFACE))
        painter.drawRoundedRect(rect, 6, 6)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() + 9)
        big.setWeight(QFont.Weight.DemiBold)
        painter.setFont(big)
        painter.setPen(QColor(self.colour))
        painter.drawText(
            rect.adjusted(14, 6, -10, -26),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.number,
        )
        painter.setFont(self.font())
        painter.setPen(QColor(theme.TEXT_MUTED))
        painter.drawText(
            rect.adjusted(14, 0, -10, -8),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            self.caption,
        )
        painter.end()


class BarChart(QWidget):
    """Horizontal bars with their labels and values; nothing but QPainter."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, float | None, str]] = []  # label, 0..1 share (None: no data), text
        self.setMinimumHeight(160)

    def set_bars(self, bars: Sequence[tuple[str, float | None, str]]) -> None:
        self.bars = list(bars)
        self.setMinimumHeight(40 + 24 * max(1, len(self.bars)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(QColor(theme.TEXT))
        painter.drawText(
            QRectF(0, 0, self.width(), 22),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.title,
        )
        painter.setFont(self.font())
        metrics = painter.fontMetrics()
        label_width = min(
            self.width() * 0.4, max((metrics.horizontalAdvance(b[0]) for b in self.bars), default=0) + 10
        )
        value_width = max((metrics.horizontalAdvance(b[2]) for b in self.bars), default=0) + 12
        track = self.width() - label_width - value_width
        y = 28.0
        for label, share, text in self.bars:
            painter.setPen(QColor(theme.TEXT_MUTED))
            painter.drawText(
                QRectF(0, y, label_width - 6, 18),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 6)),
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.ROW_SEPARATOR))
            painter.drawRoundedRect(QRectF(label_width, y + 3, track, 12), 3, 3)
            if share is not None:
                painter.setBrush(QColor(theme.ACCENT))
                painter.drawRoundedRect(
                    QRectF(label_width, y + 3, max(2.0, track * min(1.0, share)), 12), 3, 3
                )
            painter.setPen(QColor(theme.TEXT))
            painter.drawText(
                QRectF(label_width + track + 6, y, value_width, 18),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            y += 24
        painter.end()


def _table(columns: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return table


def _fit(table: QTableWidget, *, wide: bool = False) -> None:
    """Tall enough for every row: the page scrolls, not each table. Unless ``wide``, no wider
    than its columns need, so a label stays near its value."""
    height = table.horizontalHeader().height() + 4
    for row in range(table.rowCount()):
        height += table.rowHeight(row)
    table.setFixedHeight(height)
    if not wide:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        width = sum(header.sectionSize(c) for c in range(table.columnCount())) + 2 * table.frameWidth()
        table.setMaximumWidth(width + 2)


def _item(text: str, data: object = None, *, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(DATA_ROLE, data)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _section(title: str) -> QLabel:
    label = QLabel(title)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() + 1.5)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


class DashboardPage(QWidget):
    """The dashboard; ``refresh`` reads it again (the window calls it when the page is shown)."""

    open_requested = Signal(uuid.UUID)  # a conversation to show in the window
    changed = Signal()  # a review action changed conversations
    conflicts_requested = Signal()  # the sync conflicts tile was clicked
    back_requested = Signal()  # "Back to the inbox"
    exported = Signal(str)  # the report was written: a sentence saying where

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("dashboardPage")
        self.tasks = TaskRunner(self)
        self.queues: QueueDashboard | None = None
        self.kpis: dict[str, KpiReport] | None = None
        self.review_dialog: QueueReviewDialog | None = None

        self.title = QLabel(labels.translate("Dashboard", "Dashboard"))
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() + 5)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(title_font)
        self.as_of = QLabel()
        self.as_of.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.refresh_button = QPushButton(labels.translate("Dashboard", "Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.back_button = QPushButton(labels.translate("Dashboard", "← Back to the inbox"))
        self.back_button.setObjectName("dashboardBack")
        self.back_button.setToolTip(
            labels.translate("Dashboard", "The conversation list and the open conversation (Ctrl+Shift+D)")
        )
        self.back_button.clicked.connect(self.back_requested)
        self.export_button = QPushButton(labels.translate("Dashboard", "Export report…"))
        self.export_button.setObjectName("dashboardExport")
        self.export_button.setToolTip(
            labels.translate(
                "Dashboard",
                "The key figures of the period shown, overall and per team, tier and channel, as PDF or CSV",
            )
        )
        self.export_button.clicked.connect(self._ask_export)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(12)
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.as_of, 1)
        header.addWidget(self.export_button)
        header.addWidget(self.refresh_button)

        self.tiles: dict[str, Tile] = {}
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for key in ("backlog", "unassigned", "due_soon", "breached", "escalation", "conflicts"):
            tile = Tile(f"tile_{key}")
            tile.clicked.connect(lambda _checked=False, k=key: self._tile_clicked(k))
            self.tiles[key] = tile
            tiles.addWidget(tile)

        self.by_tier = _table([labels.translate("Dashboard", "Tier"), labels.translate("Dashboard", "Open")])
        self.by_team = _table([labels.translate("Dashboard", "Team"), labels.translate("Dashboard", "Open")])
        self.by_status = _table(
            [labels.translate("Dashboard", "Status"), labels.translate("Dashboard", "Conversations")]
        )
        self.by_channel = _table(
            [labels.translate("Dashboard", "Channel"), labels.translate("Dashboard", "Open")]
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        for column, (name, table) in enumerate(
            (
                (labels.translate("Dashboard", "By tier"), self.by_tier),
                (labels.translate("Dashboard", "By team"), self.by_team),
                (labels.translate("Dashboard", "By status"), self.by_status),
                (labels.translate("Dashboard", "By channel"), self.by_channel),
            )
        ):
            grid.addWidget(_section(name), 0, column, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(table, 1, column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            table.cellDoubleClicked.connect(lambda row, _col, t=table: self._figure_clicked(t, row))
            table.cellClicked.connect(lambda row, _col, t=table: self._figure_clicked(t, row))

        self.agents = _table(
            [
                labels.translate("Dashboard", "Agent"),
                labels.translate("Dashboard", "Tiers"),
                labels.translate("Dashboard", "Open"),
                labels.translate("Dashboard", "Pending"),
                labels.translate("Dashboard", "Breached"),
            ]
        )
        self.agents.cellClicked.connect(lambda row, col: self._figure_clicked(self.agents, row, col))
        self.waiting = _table(
            [
                labels.translate("Dashboard", "Customer"),
                labels.translate("Dashboard", "Subject"),
                labels.translate("Dashboard", "Waiting"),
                labels.translate("Dashboard", "Tier"),
                labels.translate("Dashboard", "Assignee"),
            ]
        )
        self.waiting.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.waiting.cellDoubleClicked.connect(self._waiting_clicked)
        self.waiting.cellClicked.connect(self._waiting_clicked)
        people = QHBoxLayout()
        people.setSpacing(14)
        left = QVBoxLayout()
        left.addWidget(_section(labels.translate("Dashboard", "Load per agent")))
        left.addWidget(self.agents)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(_section(labels.translate("Dashboard", "Longest waiting customers")))
        right.addWidget(self.waiting)
        right.addStretch(1)
        self.agents_box = QWidget()
        self.agents_box.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        people.addWidget(self.agents_box, 1)
        people.addLayout(right, 1)
        self.supervising = self._is_supervisor()
        self.agents_box.setVisible(self.supervising)

        self.period = QComboBox()
        for days, text in PERIODS:
            self.period.addItem(_tr(text), int(days))
        self.period.setCurrentIndex(1)
        self.dimension = QComboBox()
        for key in DIMENSIONS:
            if key == "agent" and not self.supervising:
                continue  # figures per agent are for supervisors and admins
            self.dimension.addItem(_tr(DIMENSION_LABELS.get(key, key)), key)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh_kpis())
        self.dimension.currentIndexChanged.connect(lambda _i: self._show_kpis())
        kpi_header = QHBoxLayout()
        kpi_header.addWidget(_section(labels.translate("Dashboard", "Key figures")))
        kpi_header.addStretch(1)
        kpi_header.addWidget(QLabel(labels.translate("Dashboard", "Period")))
        kpi_header.addWidget(self.period)
        kpi_header.addSpacing(10)
        kpi_header.addWidget(QLabel(labels.translate("Dashboard", "Split by")))
        kpi_header.addWidget(self.dimension)
        self.kpi_state = QLabel()
        self.kpi_state.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.kpi_table = _table([labels.translate("Dashboard", "Key figure")])
        self.kpi_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.sla_chart = BarChart(labels.translate("Dashboard", "SLA compliance per target"))
        self.csat_chart = BarChart(labels.translate("Dashboard", "CSAT by team"))
        charts = QHBoxLayout()
        charts.setSpacing(24)
        charts.addWidget(self.sla_chart, 1)
        charts.addWidget(self.csat_chart, 1)

        content = QWidget()
        content.setObjectName("dashboardContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addLayout(tiles)
        layout.addLayout(grid)
        layout.addLayout(people)
        self.kb_overview = KbOverview(services, _section)  # the knowledge base's most used and stale
        layout.addWidget(self.kb_overview)
        layout.addLayout(kpi_header)
        layout.addWidget(self.kpi_state)
        layout.addLayout(charts)
        layout.addWidget(self.kpi_table)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Queue figures first (fast), then the KPIs of the period."""
        store, now = self.services.store, self.services.clock.now()
        self.as_of.setText(labels.translate("Dashboard", "reading…"))
        self.tasks.run("queues", lambda: queue_dashboard(store, now), self._queues_arrived, self._failed)
        self.kb_overview.refresh()
        self.refresh_kpis()

    def refresh_kpis(self) -> None:
        store, now = self.services.store, self.services.clock.now()
        days = int(self.period.currentData() or 30)
        end = now
        start = end - dt.timedelta(days=days)
        self.kpi_state.setText(
            labels.translate("Dashboard", "Computing the key figures for %1…").replace(
                "%1", self.period.currentText().lower()
            )
        )
        self.tasks.run(
            "kpis",
            lambda: compute_kpi_reports(store, start, end, now=now),
            self._kpis_arrived,
            lambda reason: self.kpi_state.setText(
                labels.translate("Dashboard", "The key figures could not be computed: %1").replace(
                    "%1", reason
                )
            ),
        )

    def busy(self) -> bool:
        return self.tasks.busy("queues") or self.tasks.busy("kpis")

    def _failed(self, reason: str) -> None:
        self.as_of.setText(
            labels.translate("Dashboard", "The dashboard could not be read: %1").replace("%1", reason)
        )

    def _queues_arrived(self, queues: QueueDashboard) -> None:
        self.queues = queues
        self.as_of.setText(
            labels.translate("Dashboard", "as of %1 · from this computer's copy").replace(
                "%1", labels.local_time(queues.now)
            )
        )
        self.tiles["backlog"].show_value(
            kpi_text.count(queues.backlog.value),
            labels.translate("Dashboard", "Open conversations"),
            theme.TEXT,
            queues.backlog.filter.description,
        )
        self.tiles["unassigned"].show_value(
            kpi_text.count(queues.unassigned.value),
            labels.translate("Dashboard", "Unassigned"),
            theme.TEXT,
            queues.unassigned.filter.description,
        )
        self.tiles["due_soon"].show_value(
            kpi_text.count(queues.due_soon.value),
            labels.translate("Dashboard", "Due within the hour"),
            theme.CAUTION if queues.due_soon.value else theme.TEXT,
            queues.due_soon.filter.description,
        )
        self.tiles["breached"].show_value(
            kpi_text.count(queues.breached.value),
            labels.translate("Dashboard", "Breached"),
            theme.DANGER if queues.breached.value else theme.TEXT,
            queues.breached.filter.description,
        )
        rate = queues.escalation.rate
        self.tiles["escalation"].show_value(
            "—" if rate is None else kpi_text.percent(rate, 0),
            labels.translate("Dashboard", "Escalated, last 7 days"),
            theme.TEXT,
            labels.translate(
                "Dashboard", "%1 of %2 conversations created in the last 7 days went to a higher tier."
            )
            .replace("%1", kpi_text.count(queues.escalation.escalated.value))
            .replace("%2", kpi_text.count(queues.escalation.created)),
        )
        conflicts = "—" if not queues.sync_conflicts_tracked else kpi_text.count(queues.open_sync_conflicts)
        self.tiles["conflicts"].show_value(
            conflicts,
            labels.translate("Dashboard", "Sync conflicts"),
            theme.CAUTION if queues.open_sync_conflicts else theme.TEXT,
            labels.translate(
                "Dashboard",
                "Changes made on two desktops at once where one had to give way; click to review them.",
            ),
        )
        for table, figures, label in (
            (self.by_tier, queues.by_tier, None),
            (self.by_team, queues.by_team, None),
            (self.by_status, queues.by_status, labels.status_label),
            (self.by_channel, queues.by_channel, labels.channel_label),
        ):
            self._fill_figures(table, figures, label)
        self.agents.setRowCount(0)
        for load in queues.agent_load:
            at = self.agents.rowCount()
            self.agents.insertRow(at)
            self.agents.setItem(at, 0, _item(load.name, load.active.filter))
            tiers = _item(" ".join(labels.tier_label(t) for t in load.tiers))
            tiers.setToolTip("\n".join(labels.tier_choice(t) for t in load.tiers))
            self.agents.setItem(at, 1, tiers)
            active = _item(kpi_text.count(load.active.value), load.active.filter, align_right=True)
            self.agents.setItem(at, 2, active)
            pending = _item(kpi_text.count(load.by_status.get("pending", 0)), align_right=True)
            self.agents.setItem(at, 3, pending)
            breached = _item(kpi_text.count(load.breached.value), load.breached.filter, align_right=True)
            if load.breached.value:
                breached.setForeground(QColor(theme.DANGER))
            self.agents.setItem(at, 4, breached)
        _fit(self.agents)
        self.waiting.setRowCount(0)
        for customer in queues.oldest_waiting:
            at = self.waiting.rowCount()
            self.waiting.insertRow(at)
            self.waiting.setItem(at, 0, _item(customer.customer_name, customer.conversation_id))
            number = f"#{customer.number} " if customer.number is not None else ""
            self.waiting.setItem(at, 1, _item(number + customer.subject, customer.conversation_id))
            self.waiting.setItem(at, 2, _item(labels.duration(customer.waited_minutes), align_right=True))
            self.waiting.setItem(at, 3, _item(labels.tier_label(customer.tier)))
            self.waiting.setItem(
                at, 4, _item(customer.assignee_name or labels.translate("Dashboard", "Unassigned"))
            )
        _fit(self.waiting, wide=True)

    def _fill_figures(
        self, table: QTableWidget, figures: Sequence[Figure], label: Callable[[str], str] | None
    ) -> None:
        table.setRowCount(0)
        for figure in figures:
            at = table.rowCount()
            table.insertRow(at)
            text = label(figure.label) if label else figure.label
            statuses = getattr(figure.filter, "statuses", None)
            if table is self.by_status and statuses and len(statuses) == 1:
                text = labels.status_label(statuses[0])  # the status's one name
            if figure.filter.tier is not None and table is self.by_tier:
                text = labels.tier_choice(figure.filter.tier)
            channel = getattr(figure.filter, "channel", None)
            if table is self.by_channel and channel:
                text = labels.channel_label(channel)  # the channel's one name, in the window's language
            name = _item(text, figure.filter)
            name.setToolTip(figure.filter.description)
            table.setItem(at, 0, name)
            table.setItem(at, 1, _item(kpi_text.count(figure.value), figure.filter, align_right=True))
        _fit(table)

    def _kpis_arrived(self, reports: dict[str, KpiReport]) -> None:
        self.kpis = reports
        overall = reports.get("none")
        self.response_rates = {}  # the survey mails' response rates, beside each score
        if overall is not None:
            from agentdesk.surveys.rates import response_rates

            self.response_rates = response_rates(self.services.store, overall.start, overall.end)
            self.kpi_state.setText(
                labels.translate(
                    "Dashboard", "%1: %2 – %3 (computed in %4 s). Hover a figure for how it is computed."
                )
                .replace("%1", self.period.currentText())
                .replace("%2", labels.local_date(overall.start))
                .replace("%3", labels.local_date(overall.end))
                .replace("%4", kpi_text.number(overall.seconds, 1))
            )
        self._show_kpis()

    def _show_kpis(self) -> None:
        reports = self.kpis
        if reports is None:
            return
        dimension = str(self.dimension.currentData() or "none")
        report = reports.get(dimension) or reports.get("none")
        if report is None:
            return
        groups = report.all_groups() if dimension != "none" else (report.overall,)
        table = self.kpi_table
        table.clear()
        table.setColumnCount(1 + len(groups))
        table.setHorizontalHeaderLabels(
            [
                labels.translate("Dashboard", "Key figure"),
                *[_group_label(dimension, g.key, g.label, g is report.overall) for g in groups],
            ]
        )
        table.setRowCount(0)
        for definition in KPI_DEFINITIONS:
            at = table.rowCount()
            table.insertRow(at)
            name = _item(definition.title())
            name.setToolTip(definition.described())
            table.setItem(at, 0, name)
            for column, group in enumerate(groups, start=1):
                value = group.values.get(definition.key)
                text = _figure_text(definition, value.value if value else None)
                rate = getattr(self, "response_rates", {}).get(definition.key)
                rate_tip = ""
                if rate is not None and rate.rate is not None and group is report.overall:
                    text += " · " + labels.translate("Dashboard", "%1 answered").replace(
                        "%1", kpi_text.percent(rate.rate, 0)
                    )
                    rate_tip = "\n" + (
                        labels.translate(
                            "Dashboard", "%1 of %2 survey mails sent in the period were answered."
                        )
                        .replace("%1", kpi_text.count(rate.answered))
                        .replace("%2", kpi_text.count(rate.sent))
                    )
                cell = _item(text, align_right=True)
                cell.setToolTip(
                    f"{definition.described()}\n\n"
                    + labels.translate("Dashboard", "Based on %1.").replace(
                        "%1", kpi_text.count(value.sample if value else 0)
                    )
                    + rate_tip
                )
                if value is None or value.value is None:
                    cell.setForeground(QColor(theme.TEXT_FAINT))
                table.setItem(at, column, cell)
        _fit(table)
        overall = reports["none"].overall if "none" in reports else report.overall
        sla = [
            (labels.translate("Dashboard", "First response"), "sla_first_response"),
            (labels.translate("Dashboard", "Next response"), "sla_next_response"),
            (labels.translate("Dashboard", "Resolution"), "sla_resolution"),
        ]
        by_key = {d.key: d for d in KPI_DEFINITIONS}
        self.sla_chart.set_bars(
            [
                (name, overall.values[key].value, _figure_text(by_key[key], overall.values[key].value))
                for name, key in sla
            ]
        )
        teams = reports.get("team")
        if teams is not None:
            csat = by_key["csat"]
            self.csat_chart.set_bars(
                [
                    (g.label, g.values["csat"].value, _figure_text(csat, g.values["csat"].value))
                    for g in teams.groups
                ]
            )

    # -- the report ----------------------------------------------------------------------------

    def period_box_days(self) -> int:
        return int(self.period.currentData() or 30)

    def _ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            labels.translate("Dashboard", "Export report"),
            "agentdesk-report.pdf",
            labels.translate("Dashboard", "PDF report (*.pdf);;CSV table (*.csv)"),
        )
        if path:
            self.export_report(Path(path))

    def export_report(self, out: Path) -> None:
        """Write the report of the period shown to ``out`` (``.pdf`` or ``.csv``) in the
        background, with the writer of ``agentdesk report``; ``exported`` says where."""
        store, now = self.services.store, self.services.clock.now()
        start = now - dt.timedelta(days=self.period_box_days())
        self.export_button.setEnabled(False)
        self.kpi_state.setText(
            labels.translate("Dashboard", "Writing the report to %1…").replace("%1", out.name)
        )

        def done(summary: object) -> None:
            self.export_button.setEnabled(True)
            text = labels.translate("Dashboard", "Report written to %1").replace("%1", str(out))
            self.kpi_state.setText(text)
            self.exported.emit(text)

        def failed(reason: str) -> None:
            self.export_button.setEnabled(True)
            self.kpi_state.setText(
                labels.translate("Dashboard", "The report could not be written: %1").replace("%1", reason)
            )

        def write() -> object:
            return write_report(store, start, now, out, now=now, render_pdf=render_pdf)

        self.tasks.run("export", write, done, failed)

    def _is_supervisor(self) -> bool:
        """Supervisors and admins see figures per agent; a desk without an agent is the admin's."""
        agent_id = self.services.agent_id
        if agent_id is None:
            return True
        with self.services.store.read() as session:
            agent = session.get(Agent, agent_id)
            return agent is not None and agent.role in (Role.SUPERVISOR, Role.ADMIN)

    # -- clicking through ----------------------------------------------------------------------

    def _tile_clicked(self, key: str) -> None:
        queues = self.queues
        if queues is None:
            return
        figure = {
            "backlog": queues.backlog,
            "unassigned": queues.unassigned,
            "due_soon": queues.due_soon,
            "breached": queues.breached,
            "escalation": queues.escalation.escalated,
        }.get(key)
        if figure is not None:
            self.review(figure.filter)
        elif key == "conflicts":
            self.conflicts_requested.emit()

    def _figure_clicked(self, table: QTableWidget, row: int, column: int = 0) -> None:
        item = table.item(row, column) or table.item(row, 0)
        which = item.data(DATA_ROLE) if item is not None else None
        if not isinstance(which, ConversationFilter):
            item = table.item(row, 0)
            which = item.data(DATA_ROLE) if item is not None else None
        if isinstance(which, ConversationFilter):
            self.review(which)

    def _waiting_clicked(self, row: int, _column: int) -> None:
        item = self.waiting.item(row, 0)
        if item is not None and isinstance(item.data(DATA_ROLE), uuid.UUID):
            self.open_requested.emit(item.data(DATA_ROLE))

    def review(self, which: ConversationFilter) -> QueueReviewDialog:
        """The conversations behind a number, with the bulk tools (not blocking)."""
        ids = conversation_ids(self.services.store, which)
        dialog = QueueReviewDialog(self.services, ids, which.description, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open_requested.connect(self.open_requested)
        dialog.changed.connect(self.changed)
        dialog.changed.connect(self.refresh)
        self.review_dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "review_dialog", None))
        dialog.open()
        return dialog


def _group_label(dimension: str, key: object, label: str, overall: bool) -> str:
    """A key-figure column's heading: channels and tiers by their one name in the window's language."""
    if key is None and overall:
        return labels.translate("Dashboard", "All")
    if dimension == "channel" and isinstance(key, str) and key:
        return labels.channel_label(key)
    if dimension == "tier" and key is not None and str(key).isdigit():
        return labels.tier_choice(int(str(key)))
    return label
