# SPDX-License-Identifier: GPL-3.0-or-later
"""The knowledge base on the dashboard: the articles used in most replies, and those not reviewed
for the months the team chose (``kb_dialog``), the longest unreviewed first. A double-click opens
the knowledge base window on the article."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from agentdesk.errors import AgentDeskError
from agentdesk.inbox.workspace import WorkspaceSettings
from agentdesk.kb.articles import STALE_MONTHS, ArticleRow, KnowledgeBase
from agentdesk.services import Services

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN = 5


class KbOverview(QWidget):
    def __init__(
        self,
        services: Services,
        section: Callable[[str], QLabel],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kbOverview")
        self.services = services
        self.language = "en"
        self.used = self._list("kbMostUsed")
        self.stale = self._list("kbStale")
        self.used_title = section(self.tr("Most used articles"))
        self.stale_title = section(self.tr("Articles to review"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        for title, box in ((self.used_title, self.used), (self.stale_title, self.stale)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(box)
            row.addLayout(column, 1)

    def _list(self, name: str) -> QListWidget:
        box = QListWidget(self)
        box.setObjectName(name)
        box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box.setTextElideMode(Qt.TextElideMode.ElideRight)
        box.setFixedHeight(box.fontMetrics().height() * SHOWN + 14 + 4 * SHOWN)
        box.itemDoubleClicked.connect(self._open)
        return box

    def refresh(self) -> None:
        services = self.services
        kb = KnowledgeBase(services.store, services.clock, services.agent_id)
        months = WorkspaceSettings(services.store).get("kb.stale_months", STALE_MONTHS)
        months = months if isinstance(months, int) and 1 <= months <= 60 else STALE_MONTHS
        try:
            if services.agent_id is not None:
                self.language = services.directory.agent(services.agent_id).language or "en"
            used = kb.most_used(SHOWN)
            stale = kb.stale(months)
        except AgentDeskError:
            return
        self._fill(self.used, used, lambda r: self.tr("%n uses", "", r.uses))
        self._fill(self.stale, stale[:SHOWN], self._reviewed)
        self.stale_title.setText(self.tr("Articles to review (%n)", "", len(stale)))

    def _reviewed(self, row: ArticleRow) -> str:
        if row.reviewed_at is None:
            return self.tr("never reviewed")
        day = row.reviewed_at.date()
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)

    def _fill(self, box: QListWidget, rows: list[ArticleRow], note: Callable[[ArticleRow], str]) -> None:
        box.clear()
        if not rows:
            empty = QListWidgetItem(self.tr("None"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            box.addItem(empty)
            return
        for row in rows:
            item = QListWidgetItem(f"{row.title(self.language)}  ·  {note(row)}")
            item.setData(ARTICLE_ROLE, row.id)
            box.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        article_id = item.data(ARTICLE_ROLE)
        window = self.window()
        part = getattr(window, "kb_part", None)
        if not isinstance(article_id, uuid.UUID) or part is None:
            return
        dialog = part.open_dialog()
        if dialog is not None:
            try:
                dialog.show_article(dialog.kb.get(article_id))
            except AgentDeskError:
                pass
