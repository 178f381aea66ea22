# SPDX-License-Identifier: GPL-3.0-or-later
"""Handing a conversation over: escalate to a higher tier, return it to a lower one, or transfer
it to another team within its tier.

One Designer form (``forms/escalate.ui``) serves the three: an escalation asks for the target tier
(the next one preselected), a reason, a required hand-off note and, optionally, a team and an agent
who works that tier; a return asks for the lower tier and a note; a transfer for the team and an
optional note. The service decides what is allowed (``EscalationService``); a refusal is shown in
the dialog in its own words and everything typed stays, so the agent can change the choice or
cancel.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.escalation.service import MANUAL_REASONS
from agentdesk.gui import labels, theme
from agentdesk.gui.designer import child, load_form
from agentdesk.inbox.directory import AgentInfo
from agentdesk.inbox.queries import ConversationDetail
from agentdesk.services import Services

ESCALATE = "escalate"
RETURN = "return"
TRANSFER = "transfer"
QUEUE = None  # the agent combo's first entry: the tier's (or team's) queue


def reason_label(reason: str) -> str:
    return {
        "technical": labels.translate("Reason", "Needs technical expertise"),
        "authority": labels.translate("Reason", "Needs authority or permissions"),
        "defect": labels.translate("Reason", "Suspected defect"),
        "specialist_requested": labels.translate("Reason", "Customer asked for a specialist"),
        "sla_risk": labels.translate("Reason", "SLA at risk"),
        "other": labels.translate("Reason", "Other"),
        "sla": labels.translate("Reason", "SLA (automatic)"),
        "returned": labels.translate("Reason", "Returned to a lower tier"),
    }.get(reason, reason)


class HandOverDialog(QDialog):
    """Escalate, return or transfer one conversation (``mode``); ``done_text`` says what happened
    once it is accepted (for the window's strip)."""

    def __init__(
        self, services: Services, detail: ConversationDetail, mode: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.detail = detail
        self.mode = mode
        self.done_text = ""
        self.note_id: uuid.UUID | None = None
        self.setObjectName("handOverDialog")
        self.form = load_form("escalate.ui", self)
        self.intro = child(self.form, QLabel, "introLabel")
        self.tier_combo = child(self.form, QComboBox, "tierCombo")
        self.reason_combo = child(self.form, QComboBox, "reasonCombo")
        self.team_combo = child(self.form, QComboBox, "teamCombo")
        self.agent_combo = child(self.form, QComboBox, "agentCombo")
        self.note_edit = child(self.form, QPlainTextEdit, "noteEdit")
        self.note_label = child(self.form, QLabel, "noteLabel")
        self.hint = child(self.form, QLabel, "hintLabel")
        self.error = child(self.form, QLabel, "errorLabel")
        self.error.setStyleSheet(f"color: {theme.DANGER};")
        self.error.hide()
        self.hint.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)

        try:
            self._agents = services.directory.active_agents()
            self._teams = services.directory.team_choices()
        except AgentDeskError as exc:
            self._agents, self._teams = [], []
            self._show_error(exc.message)
        self._fill()
        self.tier_combo.currentIndexChanged.connect(lambda _i: self._fill_agents())
        self.team_combo.currentIndexChanged.connect(lambda _i: self._fill_agents())
        self.note_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(540, 470)

    # -- filling -------------------------------------------------------------------------------

    def _number(self) -> str:
        return f"#{self.detail.number}" if self.detail.number is not None else self.tr("this conversation")

    def _fill(self) -> None:
        tier = self.detail.tier
        where = labels.tier_choice(tier)
        subject = self.detail.subject or self.tr("(no subject)")
        if self.mode == ESCALATE:
            self.setWindowTitle(self.tr("Escalate %1").replace("%1", self._number()))
            self.intro.setText(
                self.tr("“%1” is with %2. The note goes to the timeline as an internal note.")
                .replace("%1", subject)
                .replace("%2", where)
            )
            targets = range(tier + 1, 4)
            self.ok_button.setText(self.tr("Escalate"))
        elif self.mode == RETURN:
            self.setWindowTitle(self.tr("Return %1 to a lower tier").replace("%1", self._number()))
            self.intro.setText(
                self.tr("“%1” is with %2. Say what was found and what to tell the customer.")
                .replace("%1", subject)
                .replace("%2", where)
            )
            targets = range(tier - 1, 0, -1)
            self.ok_button.setText(self.tr("Return"))
            self.note_label.setText(self.tr("&Note (internal)"))
            self.note_edit.setPlaceholderText(
                self.tr("What was found, what was done, what to tell the customer")
            )
        else:
            self.setWindowTitle(self.tr("Transfer %1 to another team").replace("%1", self._number()))
            current_team = self.detail.team_name or self.tr("no team")
            self.intro.setText(
                self.tr("“%1” is with %2, team %3. It goes to the new team's queue in the same tier.")
                .replace("%1", subject)
                .replace("%2", where)
                .replace("%3", current_team)
            )
            targets = range(0)
            self.ok_button.setText(self.tr("Transfer"))
            self.note_label.setText(self.tr("&Note (internal, optional)"))
            self.note_edit.setPlaceholderText(self.tr("Why this team, and anything they should know"))

        for target in targets:
            self.tier_combo.addItem(labels.tier_choice(target), target)
        for reason in MANUAL_REASONS:
            self.reason_combo.addItem(reason_label(reason), reason)

        if self.mode == TRANSFER:
            for team in self._teams:
                if team.name != self.detail.team_name:
                    self.team_combo.addItem(team.name, team.id)
        else:
            keep = self.tr("Keep %1").replace("%1", self.detail.team_name) if self.detail.team_name else None
            self.team_combo.addItem(keep or self.tr("No team"), None)
            for team in self._teams:
                if team.name != self.detail.team_name:
                    self.team_combo.addItem(team.name, team.id)

        form_rows: dict[str, tuple[QWidget, ...]] = {
            ESCALATE: (),
            RETURN: (self.reason_combo, self.team_combo),
            TRANSFER: (self.tier_combo, self.reason_combo, self.agent_combo),
        }
        for widget in form_rows[self.mode]:
            widget.hide()
            label = self.form.findChild(QLabel, widget.objectName().replace("Combo", "Label"))
            if label is not None:
                label.hide()
        if self.mode == TRANSFER and not self._teams:
            self._show_error(
                self.tr("There are no teams yet; an admin adds them under File → Agents and teams.")
            )
        self._fill_agents()
        self.tier_combo.setFocus() if self.mode != TRANSFER else self.team_combo.setFocus()

    def _fill_agents(self) -> None:
        """The agents who work the chosen tier, those of the chosen team first; the queue first."""
        tier = self.tier_combo.currentData()
        self.agent_combo.clear()
        self.agent_combo.addItem(self.tr("Tier queue (whoever takes it first)"), QUEUE)
        if tier is None:
            return
        team_name = self.team_combo.currentText() if self.team_combo.currentData() is not None else None
        team_name = team_name or self.detail.team_name
        workers = [a for a in self._agents if int(tier) in a.tiers]
        workers.sort(key=lambda a: (a.team_name != team_name, a.name.lower()))
        for agent in workers:
            self.agent_combo.addItem(self._agent_text(agent), agent.id)
        if not workers:
            hint = self.tr("Nobody works this tier yet; it waits in the queue.")
        elif len(workers) == 1:
            hint = self.tr("1 agent works this tier.")
        else:
            hint = self.tr("%1 agents work this tier.").replace("%1", str(len(workers)))
        self.hint.setText(hint)

    @staticmethod
    def _agent_text(agent: AgentInfo) -> str:
        return agent.name if agent.team_name is None else f"{agent.name}  ·  {agent.team_name}"

    def _update_ok(self) -> None:
        needs_note = self.mode != TRANSFER
        self.ok_button.setEnabled(not needs_note or bool(self.note_edit.toPlainText().strip()))
        if self.mode == TRANSFER:
            self.ok_button.setEnabled(self.team_combo.count() > 0)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- doing ---------------------------------------------------------------------------------

    def submit(self) -> bool:
        """Hand the conversation over; on success the dialog closes, on refusal it says why."""
        if not self.ok_button.isEnabled():
            if self.mode != TRANSFER:
                self._show_error(
                    self.tr("Write a hand-off note: what the customer wants and what was tried.")
                )
                self.note_edit.setFocus()
            return False
        note = self.note_edit.toPlainText()
        escalation = self.services.escalation
        tier = self.tier_combo.currentData()
        team_id = self.team_combo.currentData()
        agent_id = self.agent_combo.currentData()
        try:
            if self.mode == ESCALATE:
                self.note_id = escalation.escalate(
                    self.detail.id,
                    int(tier),
                    str(self.reason_combo.currentData()),
                    note,
                    team_id=team_id,
                    assignee_id=agent_id,
                )
                self.done_text = self.tr("Escalated to %1.").replace("%1", self._destination(tier, agent_id))
            elif self.mode == RETURN:
                self.note_id = escalation.return_to(self.detail.id, int(tier), note, assignee_id=agent_id)
                self.done_text = self.tr("Returned to %1.").replace("%1", self._destination(tier, agent_id))
            else:
                escalation.transfer(self.detail.id, team_id, note)
                self.done_text = self.tr("Transferred to %1.").replace("%1", self.team_combo.currentText())
        except AgentDeskError as exc:
            self._show_error(exc.message)
            return False
        self.accept()
        return True

    def _destination(self, tier: int, agent_id: uuid.UUID | None) -> str:
        where = labels.tier_choice(int(tier))
        if agent_id is None:
            return where
        return f"{where} ({self.agent_combo.currentText().split('  ·  ')[0]})"


def open_hand_over(
    services: Services, detail: ConversationDetail, mode: str, parent: QWidget | None = None
) -> HandOverDialog:
    dialog = HandOverDialog(services, detail, mode, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    return dialog
