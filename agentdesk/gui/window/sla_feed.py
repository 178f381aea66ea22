# SPDX-License-Identifier: GPL-3.0-or-later
"""The countdowns of the rows in sight: their SLA plans read in the background as rows come
into sight, the chips redrawn once a second and the ages ("4m") every half minute."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from agentdesk.gui.inbox_model import InboxModel
from agentdesk.gui.inbox_view import InboxView
from agentdesk.gui.tasks import TaskRunner
from agentdesk.inbox.queries import InboxQueries
from agentdesk.sla.state import SlaPlan

SLA_TICK_MS = 1_000  # the countdowns of the rows in sight
AGE_TICKS = 30  # ages ("4m") are redrawn every this many SLA ticks


class SlaFeed(QObject):
    def __init__(
        self,
        model: InboxModel,
        view: InboxView,
        tasks: TaskRunner,
        queries: InboxQueries,
        error: Callable[[str], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.model, self.view, self.tasks, self.queries = model, view, tasks, queries
        self._error = error
        self._window = window
        self._ticks = 0
        self.timer = QTimer(self)
        self.timer.setInterval(SLA_TICK_MS)
        self.timer.timeout.connect(self.tick)
        view.visible_rows_changed.connect(self.load_plans)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def ready(self) -> bool:
        """Every row in sight has its plan (else they are asked for now)."""
        if self.tasks.busy("sla"):
            return False
        first, last = self.view.visible_rows()
        if last >= first and self.model.ids_without_plans(first, last):
            self.load_plans(first, last)
            return False
        return True

    def load_plans(self, first: int, last: int) -> None:
        """Load the SLA plans of the rows that came into sight, in the background (a cold read of
        their histories can take tens of milliseconds); their chips appear when they arrive."""
        missing = self.model.ids_without_plans(first, last)
        if not missing:
            return
        queries = self.queries
        self.tasks.run(
            "sla",
            lambda: queries.sla_plans(missing),
            lambda plans: self._plans_arrived(missing, plans),
            lambda reason: self._error(
                self.tr("The SLA countdowns could not be read: %1").replace("%1", reason)
            ),
        )

    def _plans_arrived(self, ids: list[uuid.UUID], plans: dict[uuid.UUID, SlaPlan | None]) -> None:
        self.model.add_plans(ids, plans)
        first, last = self.view.visible_rows()
        self.model.tick(first, last)
        self.load_plans(first, last)  # the list may have scrolled on meanwhile

    def tick(self) -> None:
        """Once a second: the SLA chips of the rows in sight; every ``AGE_TICKS`` their ages."""
        if not self._window.isVisible():
            return
        first, last = self.view.visible_rows()
        self.model.tick(first, last)
        self._ticks += 1
        if self._ticks % AGE_TICKS == 0:
            self.model.refresh_ages(first, last)
