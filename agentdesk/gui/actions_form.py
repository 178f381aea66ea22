# SPDX-License-Identifier: GPL-3.0-or-later
"""The fields of a bundle of actions, shared by the macros dialog and the routing rules dialog:
each field starts at "leave as it is", so a macro changes only what the agent chose."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from agentdesk.gui import labels
from agentdesk.gui.labels import translate
from agentdesk.macros.actions import STATUSES, Actions
from agentdesk.services import Services
from agentdesk.store.models import Priority

KEEP = ""  # the combo boxes' "leave as it is"


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value if value is not None else KEEP)
    combo.setCurrentIndex(max(index, 0))


class ActionsForm(QWidget):
    """Edits an ``Actions``; ``with_reply`` (macros) offers a canned reply and "me" as assignee."""

    def __init__(self, services: Services, *, with_reply: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.with_reply = with_reply
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        keep = translate("Macros", "Leave as it is")
        self.reply = QComboBox()
        self.reply.setObjectName("actionReply")
        self.reply.addItem(translate("Macros", "No reply"), KEEP)
        if with_reply:
            for row in services.replies.list_replies():
                self.reply.addItem(row.title, str(row.id))
            form.addRow(translate("Macros", "&Reply:"), self.reply)
        self.status = QComboBox()
        self.status.setObjectName("actionStatus")
        self.status.addItem(keep, KEEP)
        for status in STATUSES:
            self.status.addItem(labels.status_label(status), status)
        form.addRow(translate("Macros", "&Status:"), self.status)
        self.priority = QComboBox()
        self.priority.setObjectName("actionPriority")
        self.priority.addItem(keep, KEEP)
        for priority in Priority.values():
            self.priority.addItem(labels.priority_label(priority), priority)
        form.addRow(translate("Macros", "&Priority:"), self.priority)
        self.add_tags = QLineEdit()
        self.add_tags.setObjectName("actionAddTags")
        self.add_tags.setPlaceholderText(translate("Macros", "refund, invoice"))
        form.addRow(translate("Macros", "&Add tags:"), self.add_tags)
        self.remove_tags = QLineEdit()
        self.remove_tags.setObjectName("actionRemoveTags")
        form.addRow(translate("Macros", "Re&move tags:"), self.remove_tags)
        self.tier = QComboBox()
        self.tier.setObjectName("actionTier")
        self.tier.addItem(keep, KEEP)
        for tier in (1, 2, 3):
            self.tier.addItem(labels.tier_choice(tier), tier)
        form.addRow(translate("Macros", "&Tier:"), self.tier)
        self.team = QComboBox()
        self.team.setObjectName("actionTeam")
        self.team.addItem(keep, KEEP)
        for team in services.directory.teams():
            self.team.addItem(team.name, str(team.id))
        form.addRow(translate("Macros", "T&eam:"), self.team)
        self.assignee = QComboBox()
        self.assignee.setObjectName("actionAssignee")
        self.assignee.addItem(keep, KEEP)
        if with_reply:
            self.assignee.addItem(translate("Macros", "Me"), "me")
        self.assignee.addItem(translate("Macros", "Nobody (back to the queue)"), "nobody")
        self.assignee.addItem(translate("Macros", "Least loaded available agent of the team"), "least_loaded")
        self.assignee.addItem(translate("Macros", "Next available agent of the team in turn"), "round_robin")
        for agent in services.directory.active_agents():
            self.assignee.addItem(agent.name, str(agent.id))
        form.addRow(translate("Macros", "Assi&gn to:"), self.assignee)
        self.follow_up = QSpinBox()
        self.follow_up.setObjectName("actionFollowUp")
        self.follow_up.setRange(-1, 24 * 365)
        self.follow_up.setSpecialValueText(keep)
        self.follow_up.setValue(-1)
        self.follow_up.setSuffix(translate("Macros", " h"))
        self.follow_up.setToolTip(translate("Macros", "Hours until the follow-up; 0 clears it"))
        form.addRow(translate("Macros", "&Follow-up in:"), self.follow_up)
        for combo in (self.reply, self.status, self.priority, self.tier, self.team, self.assignee):
            # long names (an agent, a reply's title) must not widen the dialog past the screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)

    def set_bundle(self, actions: Actions) -> None:
        _select(self.reply, str(actions.reply_id) if actions.reply_id else None)
        _select(self.status, actions.status)
        _select(self.priority, actions.priority)
        self.add_tags.setText(", ".join(actions.add_tags))
        self.remove_tags.setText(", ".join(actions.remove_tags))
        _select(self.tier, actions.tier)
        _select(self.team, str(actions.team_id) if actions.team_id else None)
        if actions.assignee and self.assignee.findData(actions.assignee) < 0:
            self.assignee.addItem(translate("Macros", "a deleted agent"), actions.assignee)
        _select(self.assignee, actions.assignee)
        self.follow_up.setValue(actions.follow_up_hours if actions.follow_up_hours is not None else -1)

    def bundle(self) -> Actions:
        """The actions as entered; raises ``ValidationError`` for a bad tag."""
        data: dict[str, object] = {}
        for key, combo in (
            ("reply", self.reply),
            ("status", self.status),
            ("priority", self.priority),
            ("tier", self.tier),
            ("team", self.team),
            ("assignee", self.assignee),
        ):
            value = combo.currentData()
            if value not in (KEEP, None):
                data[key] = value
        for key, field in (("add_tags", self.add_tags), ("remove_tags", self.remove_tags)):
            tags = split_list(field.text())
            if tags:
                data[key] = tags
        if self.follow_up.value() >= 0:
            data["follow_up_hours"] = self.follow_up.value()
        return Actions.from_json(data)
