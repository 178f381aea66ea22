# SPDX-License-Identifier: GPL-3.0-or-later
"""The Settings dialog's Notifications section: which kinds the agent gets, and whether as desktop
notifications too. One choice per agent (``agentdesk.notifications.settings``); choices made for
several agents before OK are all kept, and Cancel keeps none."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QWidget

from agentdesk.gui.labels import translate
from agentdesk.notifications.kinds import CHOOSABLE, Kind
from agentdesk.notifications.settings import NotificationSettings, load_settings, save_settings
from agentdesk.store.database import Store


def kind_label(kind: Kind) -> str:
    return {
        Kind.ASSIGNED: translate("NotificationSettings", "Assigned to me"),
        Kind.CUSTOMER_REPLIED: translate("NotificationSettings", "My customer replied"),
        Kind.MENTIONED: translate("NotificationSettings", "Mentioned in a note"),
        Kind.FOLLOW_UP_DUE: translate("NotificationSettings", "Follow-up due"),
        Kind.SNOOZE_ENDED: translate("NotificationSettings", "Back from snooze"),
        Kind.SLA_WARNING: translate("NotificationSettings", "SLA due soon"),
        Kind.SLA_BREACH: translate("NotificationSettings", "SLA overdue"),
    }.get(kind, kind.value)


class NotificationSettingsBox(QGroupBox):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(translate("NotificationSettings", "Notifications"), parent)
        self.setObjectName("notificationSettings")
        self.store = store
        self._agent: uuid.UUID | None = None
        self._chosen: dict[uuid.UUID, NotificationSettings] = {}
        grid = QGridLayout(self)
        self.boxes: dict[Kind, QCheckBox] = {}
        for index, kind in enumerate(CHOOSABLE):
            box = QCheckBox(kind_label(kind))
            box.toggled.connect(self._changed)
            self.boxes[kind] = box
            grid.addWidget(box, index // 2, index % 2)
        self.desktop = QCheckBox(translate("NotificationSettings", "Also as desktop notifications"))
        self.desktop.toggled.connect(self._changed)
        grid.addWidget(self.desktop, (len(CHOOSABLE) + 1) // 2, 0, 1, 2)
        self._filling = False

    def show_agent(self, agent_id: uuid.UUID | None) -> None:
        self._agent = agent_id
        self.setEnabled(agent_id is not None)
        if agent_id is None:
            return
        settings = self._chosen.get(agent_id) or load_settings(self.store, agent_id)
        self._filling = True
        for kind, box in self.boxes.items():
            box.setChecked(kind in settings.kinds)
        self.desktop.setChecked(settings.desktop)
        self._filling = False

    def _changed(self) -> None:
        if self._filling or self._agent is None:
            return
        kinds = frozenset(k for k, box in self.boxes.items() if box.isChecked())
        self._chosen[self._agent] = NotificationSettings(kinds, self.desktop.isChecked())

    def save(self) -> None:
        """Keep what was chosen (on OK)."""
        for agent_id, settings in self._chosen.items():
            save_settings(self.store, agent_id, settings)


__all__ = ["NotificationSettingsBox", "kind_label"]
