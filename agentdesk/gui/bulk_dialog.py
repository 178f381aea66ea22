# SPDX-License-Identifier: GPL-3.0-or-later
"""Change the selected conversations: status, priority, assignee, tags, tier, team and follow-up
in one go. Every field starts at "Leave as is"; the chosen changes become one bulk step
(``agentdesk.inbox.bulk.combine``) that the window runs over the selection in one transaction.
``outcome_text`` is the summary afterwards: what changed, what already was so, and what was
refused and why, grouped by reason."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError, ValidationError
from agentdesk.escalation.bulk_steps import team_step, tier_step
from agentdesk.gui import labels
from agentdesk.inbox.bulk import BulkOutcome, BulkStep, combine, split_tags
from agentdesk.services import Services
from agentdesk.store.models import Priority, Status

LEAVE = "leave"
NOBODY = "nobody"
BULK_STATUSES = (Status.OPEN, Status.PENDING, Status.ON_HOLD, Status.SOLVED, Status.CLOSED)
FOLLOW_UPS = {
    "clear": None,
    "hour": dt.timedelta(hours=1),
    "day": dt.timedelta(days=1),
    "week": dt.timedelta(days=7),
}


class BulkDialog(QDialog):
    """Choose the changes; ``step()`` is the bulk step for them once accepted."""

    def __init__(self, services: Services, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkDialog")
        self.setWindowTitle(self.tr("Change %n conversation(s)", "", count))
        self.setMinimumWidth(460)
        self.services = services
        self._step: BulkStep | None = None
        leave = self.tr("Leave as is")

        def combo(name: str) -> QComboBox:
            box = QComboBox()
            box.setObjectName(name)
            box.addItem(leave, LEAVE)
            return box

        self.status = combo("bulkStatus")
        for status in BULK_STATUSES:
            self.status.addItem(labels.status_label(status.value), status.value)
        self.priority = combo("bulkPriority")
        for priority in Priority:
            self.priority.addItem(labels.priority_label(priority.value), priority.value)
        self.assignee = combo("bulkAssignee")
        self.assignee.addItem(self.tr("Nobody (back to the queue)"), NOBODY)
        for agent in services.directory.active_agents():
            self.assignee.addItem(agent.name, agent.id)
        self.add_tags = QLineEdit()
        self.add_tags.setObjectName("bulkAddTags")
        self.add_tags.setPlaceholderText(self.tr("refund, vip"))
        self.remove_tags = QLineEdit()
        self.remove_tags.setObjectName("bulkRemoveTags")
        self.tier = combo("bulkTier")
        for tier in (1, 2, 3):
            self.tier.addItem(labels.tier_choice(tier), tier)
        self.note = QLineEdit()
        self.note.setObjectName("bulkNote")
        self.note.setPlaceholderText(self.tr("Hand-off note (needed for a tier change)"))
        self.team = combo("bulkTeam")
        for team in services.directory.team_choices():
            self.team.addItem(team.name, team.id)
        self.follow_up = combo("bulkFollowUp")
        self.follow_up.addItem(self.tr("Clear the follow-up"), "clear")
        self.follow_up.addItem(self.tr("In an hour"), "hour")
        self.follow_up.addItem(self.tr("Tomorrow"), "day")
        self.follow_up.addItem(self.tr("In a week"), "week")
        form = QFormLayout()
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Priority:"), self.priority)
        form.addRow(self.tr("A&ssign to:"), self.assignee)
        form.addRow(self.tr("&Add tags:"), self.add_tags)
        form.addRow(self.tr("&Remove tags:"), self.remove_tags)
        form.addRow(self.tr("&Tier:"), self.tier)
        form.addRow(self.tr("Hand-off &note:"), self.note)
        form.addRow(self.tr("T&eam:"), self.team)
        form.addRow(self.tr("&Follow-up:"), self.follow_up)
        self.problem = QLabel()
        self.problem.setObjectName("bulkProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("bulkApply")
        self.apply_button.setDefault(True)
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def steps(self) -> list[BulkStep]:
        """The bulk steps for the chosen fields; raises ``ValidationError`` for a bad choice."""
        bulk, steps = self.services.bulk, []
        if (status := self.status.currentData()) != LEAVE:
            steps.append(bulk.status_step(str(status)))
        if (priority := self.priority.currentData()) != LEAVE:
            steps.append(bulk.priority_step(str(priority)))
        if (assignee := self.assignee.currentData()) != LEAVE:
            steps.append(bulk.assign_step(assignee if isinstance(assignee, uuid.UUID) else None))
        add, remove = split_tags(self.add_tags.text()), split_tags(self.remove_tags.text())
        if add or remove:
            steps.append(bulk.tags_step(add, remove))
        if (tier := self.tier.currentData()) != LEAVE:
            steps.append(tier_step(self.services.escalation, int(tier), self.note.text()))
        if isinstance(team := self.team.currentData(), uuid.UUID):
            steps.append(team_step(self.services.escalation, team, self.note.text() or None))
        if (follow := self.follow_up.currentData()) != LEAVE:
            delta = FOLLOW_UPS[str(follow)]
            steps.append(bulk.follow_up_step(None if delta is None else self.services.clock.now() + delta))
        return steps

    def _apply(self) -> None:
        try:
            steps = self.steps()
            if not steps:
                raise ValidationError(self.tr("Choose at least one change."))
            self._step = combine(*steps)
        except AgentDeskError as exc:
            self.problem.setText(exc.message)
            return
        self.accept()

    def step(self) -> BulkStep | None:
        return self._step


class BulkSummary(QObject):
    """The sentences of a bulk action's summary (a QObject so the plural forms reach the catalogue)."""

    def text(self, outcome: BulkOutcome) -> str:
        changed, unchanged, refused = len(outcome.changed), len(outcome.unchanged), len(outcome.refused)
        parts = [self.tr("%n conversation(s) changed.", "", changed)]
        if unchanged:
            parts.append(self.tr("%n already as asked.", "", unchanged))
        if refused:
            parts.append(self.tr("%n refused:", "", refused))
        lines = [" ".join(parts)]
        for reason, numbers in outcome.refusal_groups():
            shown = ", ".join(f"#{n}" if n is not None else "—" for n in numbers[:12])
            more = len(numbers) - 12
            if more > 0:
                shown += " " + self.tr("and %n more", "", more)
            lines.append(f"• {shown}: {reason}")
        return "\n".join(lines)


def outcome_text(outcome: BulkOutcome) -> str:
    """The summary of a bulk action, one line per group of refusals."""
    return BulkSummary().text(outcome)
