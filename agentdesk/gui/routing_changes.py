# SPDX-License-Identifier: GPL-3.0-or-later
"""The routing rules dialog's "when an agent changes" parts: the list of changes a rule reacts
to ("Status changed from any to Solved", "Tag added: refund"), one row each, and the SLA policy
action. Both read and give the service's own values (``agentdesk.routing.changes``,
``agentdesk.routing.sla_action``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.gui import labels
from agentdesk.gui.labels import translate
from agentdesk.routing.changes import NOBODY, ChangeCondition, read_changes
from agentdesk.routing.sla_action import AUTOMATIC
from agentdesk.services import Services
from agentdesk.sla.editing import list_policies
from agentdesk.store.models import Priority, Status

ANY = ""  # a combo's "any value"
MAX_ROWS = 20


def field_label(field: str) -> str:
    return {
        "status": translate("RoutingRules", "Status"),
        "priority": translate("RoutingRules", "Priority"),
        "tier": translate("RoutingRules", "Tier"),
        "team": translate("RoutingRules", "Team"),
        "assignee": translate("RoutingRules", "Assignee"),
        "tag_added": translate("RoutingRules", "Tag added"),
        "tag_removed": translate("RoutingRules", "Tag removed"),
    }.get(field, field)


class ChangeValues:
    """The values each field can change to or from, with their labels (read once per dialog)."""

    def __init__(self, services: Services) -> None:
        self.choices: dict[str, list[tuple[str, str]]] = {
            "status": [(s, labels.status_label(s)) for s in Status.values() if s != Status.NEW.value],
            "priority": [(p, labels.priority_label(p)) for p in Priority.values()],
            "tier": [(str(t), labels.tier_choice(t)) for t in (1, 2, 3)],
            "team": [(NOBODY, translate("RoutingRules", "No team"))]
            + [(str(t.id), t.name) for t in services.directory.teams()],
            "assignee": [(NOBODY, translate("RoutingRules", "Nobody"))]
            + [(str(a.id), a.name) for a in services.directory.agents()],
        }

    def label(self, field: str, value: str | None) -> str:
        if value is None:
            return translate("RoutingRules", "any")
        return dict(self.choices.get(field, [])).get(value, value)

    def text(self, condition: ChangeCondition) -> str:
        """One line for a list's tooltip: "Status changed from any to Solved", "Tag added: refund"."""
        name = field_label(condition.field)
        if condition.field in ("tag_added", "tag_removed"):
            return f"{name}: {condition.to or translate('RoutingRules', 'any')}"
        return (
            translate("RoutingRules", "%1 changed from %2 to %3")
            .replace("%1", name)
            .replace("%2", self.label(condition.field, condition.from_))
            .replace("%3", self.label(condition.field, condition.to))
        )


class ChangeRow(QWidget):
    """One change: the field, from what, to what (tags: which tag), and a button that removes it."""

    def __init__(self, values: ChangeValues, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = values
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QComboBox()
        self.field.setObjectName("changeField")
        for field in ("status", "priority", "tier", "team", "assignee", "tag_added", "tag_removed"):
            self.field.addItem(field_label(field), field)
        self.from_label = QLabel(translate("RoutingRules", "from"))
        self.before = QComboBox()
        self.before.setObjectName("changeFrom")
        self.to_label = QLabel(translate("RoutingRules", "to"))
        self.after = QComboBox()
        self.after.setObjectName("changeTo")
        for combo in (self.field, self.before, self.after):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
        self.remove = QPushButton("×")
        self.remove.setObjectName("changeRemove")
        self.remove.setToolTip(translate("RoutingRules", "Remove this change"))
        self.remove.setAccessibleName(translate("RoutingRules", "Remove this change"))
        self.remove.setFixedWidth(self.remove.fontMetrics().horizontalAdvance("×") + 24)
        for widget in (self.field, self.from_label, self.before, self.to_label, self.after):
            layout.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        layout.addWidget(self.remove)
        self.field.currentIndexChanged.connect(lambda _i: self._fill_values())
        self._fill_values()

    def _fill_values(self) -> None:
        field = str(self.field.currentData())
        tags = field in ("tag_added", "tag_removed")
        for combo in (self.before, self.after):
            combo.clear()
            combo.setEditable(tags and combo is self.after)
            combo.addItem(translate("RoutingRules", "any"), ANY)
            for value, text in self.values.choices.get(field, []):
                combo.addItem(text, value)
        self.from_label.setVisible(not tags)
        self.before.setVisible(not tags)
        self.to_label.setText(translate("RoutingRules", "tag") if tags else translate("RoutingRules", "to"))
        if tags:
            self.after.setCurrentIndex(-1)
            self.after.setEditText("")
            line = self.after.lineEdit()
            if line is not None:
                line.setPlaceholderText(translate("RoutingRules", "any tag"))

    def set_condition(self, condition: ChangeCondition) -> None:
        self.field.setCurrentIndex(max(self.field.findData(condition.field), 0))
        if condition.field in ("tag_added", "tag_removed"):
            self.after.setEditText(condition.to or "")
            return
        for combo, value in ((self.before, condition.from_), (self.after, condition.to)):
            if value is not None and combo.findData(value) < 0:
                combo.addItem(self.values.label(condition.field, value), value)
            combo.setCurrentIndex(max(combo.findData(value if value is not None else ANY), 0))

    def as_json(self) -> dict[str, object]:
        field = str(self.field.currentData())
        out: dict[str, object] = {"field": field}
        if field in ("tag_added", "tag_removed"):
            text = self.after.currentText().strip()
            if text and text != translate("RoutingRules", "any"):
                out["to"] = text
            return out
        for key, combo in (("from", self.before), ("to", self.after)):
            value = combo.currentData()
            if value not in (ANY, None):
                out[key] = value
        return out


class ChangeConditionsEditor(QWidget):
    """The changes a rule reacts to (any one is enough); empty: any change of the agent's."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = ChangeValues(services)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.rows_box = QVBoxLayout()
        outer.addLayout(self.rows_box)
        self.add_button = QPushButton(translate("RoutingRules", "Add a change"))
        self.add_button.setObjectName("changeAdd")
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.rows: list[ChangeRow] = []
        self.add_button.clicked.connect(lambda: self.add_row().field.setFocus())

    def add_row(self) -> ChangeRow:
        row = ChangeRow(self.values, self)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self.rows_box.addWidget(row)
        row.setVisible(self.isVisible())  # at once, so that it can take the focus
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)
        return row

    def remove_row(self, row: ChangeRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self.add_button.setEnabled(True)
        self.add_button.setFocus()

    def set_conditions(self, conditions: Sequence[ChangeCondition]) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for condition in conditions:
            self.add_row().set_condition(condition)

    def conditions(self) -> tuple[ChangeCondition, ...]:
        """As entered, checked as the service checks them (``ValidationError``)."""
        return read_changes([row.as_json() for row in self.rows])


class SlaPolicyChoice(QComboBox):
    """The rule's SLA policy action: leave it, hand it back to the policies' conditions, or a policy."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionSlaPolicy")
        self.addItem(translate("Macros", "Leave as it is"), ANY)
        self.addItem(translate("RoutingRules", "Chosen by the policies' conditions"), AUTOMATIC)
        for policy in list_policies(services.store):
            if policy.id is not None:
                self.addItem(policy.name, str(policy.id))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setToolTip(
            translate(
                "RoutingRules",
                "The conversation counts under this policy until a rule changes it, whatever the "
                "policies' own conditions say",
            )
        )

    def value(self) -> str | None:
        data = self.currentData()
        return None if data in (ANY, None) else str(data)

    def set_value(self, value: str | None) -> None:
        if value is not None and self.findData(value) < 0:
            self.addItem(translate("RoutingRules", "a deleted policy"), value)
        self.setCurrentIndex(max(self.findData(value if value is not None else ANY), 0))

    def text_of(self, value: str) -> str:
        index = self.findData(value)
        return self.itemText(index) if index >= 0 else translate("RoutingRules", "a deleted policy")


__all__ = ["ChangeConditionsEditor", "ChangeRow", "ChangeValues", "SlaPolicyChoice", "field_label"]
