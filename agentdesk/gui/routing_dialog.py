# SPDX-License-Identifier: GPL-3.0-or-later
"""Routing rules (File → Routing rules…): the ordered list (rules run top to bottom, each once per
trigger) and the selected rule's triggers (arrival, the customer's message, an agent's change),
conditions (with the changes an agent made) and actions (with the SLA policy). Supervisors and
admins change them; agents read them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels, ordered_rows
from agentdesk.gui.actions_form import ActionsForm, split_list
from agentdesk.gui.macro_text import Names, actions_text, conditions_text
from agentdesk.gui.routing_changes import ChangeConditionsEditor, SlaPolicyChoice
from agentdesk.macros.actions import Actions
from agentdesk.mail.accounts import MailAccounts
from agentdesk.routing.engine import RuleDraft, RuleRow
from agentdesk.routing.rules import Conditions
from agentdesk.services import Services
from agentdesk.store.models import LANGUAGES, Channel, Plan, Priority

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Checks(QWidget):
    """Check boxes in rows of ``columns``, one per value; ``values`` are the ticked ones. A grid,
    not a flowing row: inside the form's scroll area a wrapped row would be cut off."""

    def __init__(
        self, choices: Iterable[tuple[str, str]], parent: QWidget | None = None, *, columns: int = 4
    ) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, (value, text) in enumerate(choices):
            box = QCheckBox(text)
            self.boxes[value] = box
            layout.addWidget(box, index // columns, index % columns)
        layout.setColumnStretch(columns, 1)

    def values(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_values(self, values: Sequence[str]) -> None:
        for value, box in self.boxes.items():
            box.setChecked(value in values)


class _Editor(QWidget):
    """The rule's form inside the scroll area: never squeezed below its natural height (the scroll
    bar shows instead of rows of check boxes pressed together)."""

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class RoutingRulesDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routingRulesDialog")
        self.setWindowTitle(self.tr("Routing rules"))
        self.services = services
        self.current: uuid.UUID | None = None
        self.names = Names(services)
        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Rules run from top to bottom when a conversation arrives, the customer writes "
                "again or an agent changes it; each rule at most once, and what they change never "
                "starts them again."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("ruleList")
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        for button in (self.new_button, self.delete_button, self.up_button, self.down_button):
            row.addWidget(button)
        left.addLayout(row)
        body.addLayout(left, 1)

        editor = _Editor()
        right = QVBoxLayout(editor)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("ruleName")
        self.name.setMaxLength(200)
        form.addRow(self.tr("N&ame:"), self.name)
        self.on_arrival = QCheckBox(self.tr("A conversation arrives"))
        self.on_message = QCheckBox(self.tr("The customer writes again"))
        self.on_update = QCheckBox(self.tr("An agent changes it"))
        self.on_update.setObjectName("ruleOnUpdate")
        self.on_update.setToolTip(
            self.tr(
                "A change of status, priority, tier, team, assignee or tags: by hand, in a bulk action "
                "or by a macro"
            )
        )
        when_box = QWidget()  # a widget of its own: the form gives a nested layout too little height
        when = QVBoxLayout(when_box)
        when.setContentsMargins(0, 0, 0, 0)
        for box in (self.on_arrival, self.on_message, self.on_update):
            when.addWidget(box)
        form.addRow(self.tr("Runs when:"), when_box)
        self.active = QCheckBox(self.tr("On"))
        form.addRow("", self.active)
        heading = QLabel(self.tr("Conditions (all must hold; an empty one is not checked)"))
        heading.setObjectName("sectionHeading")
        form.addRow(heading)
        self.channels = Checks((c, labels.channel_label(c)) for c in Channel.values())
        form.addRow(self.tr("Channel:"), self.channels)
        try:
            accounts = [(str(a.id), a.settings.name) for a in MailAccounts(services.store).list()]
        except AgentDeskError:
            accounts = []
        self.mailbox_names = dict(accounts)
        self.mailboxes = Checks(accounts)
        if accounts:
            form.addRow(self.tr("Mailbox:"), self.mailboxes)
        self.languages = Checks((lang, labels.language_label(lang)) for lang in LANGUAGES)
        form.addRow(self.tr("Language:"), self.languages)
        self.plans = Checks((p, labels.plan_label(p)) for p in Plan.values())
        form.addRow(self.tr("Plan:"), self.plans)
        self.priorities = Checks((p, labels.priority_label(p)) for p in Priority.values())
        form.addRow(self.tr("Priority:"), self.priorities)
        self.companies = QLineEdit()
        self.companies.setPlaceholderText(self.tr("Organisations, separated by commas"))
        form.addRow(self.tr("Organisation:"), self.companies)
        self.words = QLineEdit()
        self.words.setObjectName("ruleWords")
        self.words.setPlaceholderText(self.tr("invoice, rechnung*, faktura"))
        self.words.setToolTip(self.tr("Any of these words; a word ending in * also matches longer words"))
        self.words_in = QComboBox()
        self.words_in.addItem(self.tr("in the subject or the message"), "both")
        self.words_in.addItem(self.tr("in the subject"), "subject")
        self.words_in.addItem(self.tr("in the message"), "message")
        self.words_in.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        words_row = QHBoxLayout()
        words_row.addWidget(self.words, 1)
        words_row.addWidget(self.words_in)
        form.addRow(self.tr("Words:"), words_row)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Any of these tags"))
        form.addRow(self.tr("Ta&gs:"), self.tags)
        self.changes = ChangeConditionsEditor(services)
        self.changes.setObjectName("ruleChanges")
        self.changes.setToolTip(
            self.tr("When an agent changes it: any one of these changes (none listed: any change)")
        )
        form.addRow(self.tr("Changed:"), self.changes)
        self.on_update.toggled.connect(self._update_changes)
        right.addLayout(form)
        heading = QLabel(self.tr("Actions"))
        heading.setObjectName("sectionHeading")
        right.addWidget(heading)
        self.actions_form = ActionsForm(services, with_reply=False)
        self.sla_policy = SlaPolicyChoice(services)
        actions_layout = self.actions_form.layout()
        if isinstance(actions_layout, QFormLayout):
            actions_layout.addRow(self.tr("SLA &policy:"), self.sla_policy)
        right.addWidget(self.actions_form)
        right.addStretch(1)
        self.editor_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(editor)
        side = QVBoxLayout()
        side.addWidget(scroll, 1)
        self.problem = QLabel()
        self.problem.setObjectName("ruleProblem")
        self.problem.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("ruleSave")
        self.save_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.save_button)
        side.addLayout(bottom)
        body.addLayout(side, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.new_button.clicked.connect(self.new)
        self.delete_button.clicked.connect(self.delete)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.save_button.clicked.connect(self.save)
        self.resize(1060, 700)
        self.rows: dict[uuid.UUID, RuleRow] = {}
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new()

    def reload(self, select: uuid.UUID | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.rows = {}
        for number, row in enumerate(self.services.routing.list_rules(), start=1):
            self.rows[row.id] = row
            text = f"{number}. {row.name}" + ("" if row.active else " " + self.tr("(off)"))
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row.id)
            summary = conditions_text(row.conditions, self.mailbox_names)
            summary += [self.changes.values.text(c) for c in row.conditions.changes] + ["→"]
            summary += actions_text(row.actions, self.names)
            if row.sla_policy is not None:
                summary.append(
                    self.tr("SLA policy: %1").replace("%1", self.sla_policy.text_of(row.sla_policy))
                )
            item.setToolTip("\n".join(summary))
            self.list.addItem(item)
            if row.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _show(self, item: QListWidgetItem | None) -> None:
        self.problem.clear()
        row = self.rows.get(item.data(ID_ROLE)) if item is not None else None
        if row is not None:
            self._fill(row)

    def _fill(self, row: RuleRow) -> None:
        self.current = row.id
        self.name.setText(row.name)
        self.on_arrival.setChecked("arrival" in row.triggers)
        self.on_message.setChecked("customer_message" in row.triggers)
        self.on_update.setChecked("update" in row.triggers)
        self.active.setChecked(row.active)
        c = row.conditions
        self.channels.set_values(c.channels)
        self.mailboxes.set_values(c.mailboxes)
        self.languages.set_values(c.languages)
        self.plans.set_values(c.plans)
        self.priorities.set_values(c.priorities)
        self.companies.setText(", ".join(c.companies))
        self.words.setText(", ".join(c.words))
        self.words_in.setCurrentIndex(max(self.words_in.findData(c.words_in), 0))
        self.tags.setText(", ".join(c.tags))
        self.changes.set_conditions(c.changes)
        self._update_changes()
        self.actions_form.set_bundle(row.actions)
        self.sla_policy.set_value(row.sla_policy)

    def new(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)  # a click on the rule shown before shows it again
        self.list.blockSignals(False)
        self.current = None
        self._fill(RuleRow(uuid.UUID(int=0), "", 0, ("arrival",), Conditions(), Actions(), True))
        self.current = None
        self.name.setFocus()

    def draft(self) -> RuleDraft:
        triggers = [
            t
            for t, box in (
                ("arrival", self.on_arrival),
                ("customer_message", self.on_message),
                ("update", self.on_update),
            )
            if box.isChecked()
        ]
        conditions = Conditions.from_json(
            {
                "channels": self.channels.values(),
                "mailboxes": self.mailboxes.values(),
                "languages": self.languages.values(),
                "plans": self.plans.values(),
                "priorities": self.priorities.values(),
                "companies": split_list(self.companies.text()),
                "words": split_list(self.words.text()),
                "words_in": self.words_in.currentData(),
                "tags": split_list(self.tags.text()),
                "changes": [c.to_json() for c in self.changes.conditions()],
            }
        )
        return RuleDraft(
            self.name.text(),
            conditions,
            self.actions_form.bundle(),
            tuple(triggers),
            self.active.isChecked(),
            self.sla_policy.value(),
        )

    def _update_changes(self) -> None:
        """The changes only count when the rule runs on an agent's change."""
        self.changes.setEnabled(self.on_update.isChecked())

    def save(self) -> None:
        ordered_rows.save(self, self.services.routing)

    def delete(self) -> None:
        ordered_rows.delete(self, self.services.routing)

    def move_current(self, offset: int) -> None:
        ordered_rows.move(self, self.services.routing, offset)
