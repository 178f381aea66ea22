# SPDX-License-Identifier: GPL-3.0-or-later
"""*File → Survey policies…*: which solved conversations get a survey mail (``agentdesk.surveys``).

The list on the left is the order the policies are tried in (the first that matches a solved
conversation's channel, the customer's plan and the team decides); on the right one policy's
kind, conditions, delay, period and its texts in English, German and Danish (empty: the built-in
wording, shown greyed). Supervisors and admins only (the window's action refuses agents).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.clock import Clock
from agentdesk.errors import AgentDeskError
from agentdesk.gui import theme
from agentdesk.gui.i18n import installed_language
from agentdesk.store.database import Store
from agentdesk.store.models import LANGUAGES, Channel, Plan
from agentdesk.surveys.policy import DEFAULT_TEXTS, QUESTIONS, PolicyInput, PolicyRow, SurveyPolicies, fill


class SurveyPolicyDialog(QDialog):
    def __init__(
        self, store: Store, clock: Clock, actor_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Survey policies"))
        self.policies = SurveyPolicies(store, clock, actor_id)
        self.rows: list[PolicyRow] = []
        self.current: uuid.UUID | None = None

        self.list = QListWidget()
        self.list.setMinimumWidth(200)
        self.list.currentRowChanged.connect(self._show)
        add = QPushButton(self.tr("&New"))
        add.clicked.connect(self._new)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self._delete)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)

        self.name = QLineEdit()
        self.kind = QComboBox()
        for value, label in (
            ("csat", self.tr("Satisfaction (CSAT, 1–5)")),
            ("nps", self.tr("Recommendation (NPS, 0–10)")),
            ("ces", self.tr("Effort (CES, 1–7)")),
            ("off", self.tr("No survey")),
        ):
            self.kind.addItem(label, value)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Any channel"), None)
        channel_names = {
            "email": self.tr("Email"),
            "chat": self.tr("Chat"),
            "phone": self.tr("Phone"),
            "social": self.tr("Social media"),
            "web_form": self.tr("Web form"),
            "letter": self.tr("Letter"),
            "walk_in": self.tr("Walk-in"),
        }
        for channel in Channel.values():
            self.channel.addItem(channel_names.get(channel, channel), channel)
        self.plan = QComboBox()
        self.plan.addItem(self.tr("Any plan"), None)
        plan_names = {
            "basic": self.tr("Basic"),
            "standard": self.tr("Standard"),
            "premium": self.tr("Premium"),
            "enterprise": self.tr("Enterprise"),
        }
        for plan in Plan.values():
            self.plan.addItem(plan_names.get(plan, plan), plan)
        self.team = QComboBox()
        self.team.addItem(self.tr("Any team"), None)
        for team_id, team_name in self.policies.teams():
            self.team.addItem(team_name, str(team_id))  # Qt compares strings, not UUID objects
        self.delay = QSpinBox()
        self.delay.setRange(0, 60 * 24 * 30)
        self.delay.setSingleStep(15)
        self.delay.setSuffix(self.tr(" min"))
        self.period = QSpinBox()
        self.period.setRange(0, 730)
        self.period.setSuffix(self.tr(" days"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Survey:"), self.kind)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Customer's plan:"), self.plan)
        form.addRow(self.tr("Team:"), self.team)
        form.addRow(self.tr("Send after solving:"), self.delay)
        form.addRow(self.tr("At most once per customer in:"), self.period)

        self.tabs = QTabWidget()
        self.subjects: dict[str, QLineEdit] = {}
        self.bodies: dict[str, QPlainTextEdit] = {}
        tab_names = {"en": self.tr("English"), "de": self.tr("German"), "da": self.tr("Danish")}
        for language in LANGUAGES:
            page = QWidget()
            layout = QFormLayout(page)
            subject = QLineEdit()
            subject.setPlaceholderText(DEFAULT_TEXTS[language]["subject"])
            body = QPlainTextEdit()
            body.setTabChangesFocus(True)
            layout.addRow(self.tr("Subject:"), subject)
            layout.addRow(self.tr("Text:"), body)
            self.subjects[language], self.bodies[language] = subject, body
            self.tabs.addTab(page, tab_names[language])
        self.kind.currentIndexChanged.connect(self._preview_defaults)
        self._preview_defaults()
        # The texts in the agent's own language first; the others are a tab away.
        shown = installed_language()
        self.tabs.setCurrentIndex(LANGUAGES.index(shown) if shown in LANGUAGES else 0)
        hint = QLabel(
            self.tr(
                "Leave a text empty to use the built-in one. {name}, {number} and {subject} are filled "
                "in; {question} is where the question goes, and the score links follow the text."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {theme.TEXT_MUTED};")

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.DANGER};")
        self.error.hide()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.tabs, 1)
        right.addWidget(hint)
        right.addWidget(self.error)
        right.addWidget(close)
        top = QHBoxLayout(self)
        top.addLayout(left)
        top.addLayout(right, 1)
        self.resize(900, 620)
        self._reload()

    def _preview_defaults(self) -> None:
        """An empty text shows the built-in one greyed, with the chosen kind's question in it, as
        the customer would read it."""
        kind = str(self.kind.currentData())
        questions = QUESTIONS.get(kind, QUESTIONS["csat"])
        for language, body in self.bodies.items():
            body.setPlaceholderText(fill(DEFAULT_TEXTS[language]["body"], {"question": questions[language]}))

    # -- list ------------------------------------------------------------------------------------

    def _reload(self, select: uuid.UUID | None = None) -> None:
        self.rows = self.policies.rows()
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem(row.data.name)
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            self.list.addItem(item)
        self.list.blockSignals(False)
        index = next((i for i, row in enumerate(self.rows) if row.id == select), 0 if self.rows else -1)
        if index >= 0:
            self.list.setCurrentRow(index)
            self._show(index)
        else:
            self._new()

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        self.current = row.id
        self._fill(row.data)
        self.delete_button.setEnabled(True)

    def _new(self) -> None:
        self.current = None
        self.list.clearSelection()
        self._fill(PolicyInput(name=""))
        self.delete_button.setEnabled(False)
        self.name.setFocus()

    def _fill(self, data: PolicyInput) -> None:
        self.error.hide()
        self.name.setText(data.name)
        for combo, value in (
            (self.kind, data.kind),
            (self.channel, data.channel),
            (self.plan, data.plan),
            (self.team, str(data.team_id) if data.team_id else None),
        ):
            found = combo.findData(value)
            combo.setCurrentIndex(max(found, 0))
        self.delay.setValue(data.delay_minutes)
        self.period.setValue(data.period_days)
        for language in LANGUAGES:
            text = data.texts.get(language) or {}
            self.subjects[language].setText(text.get("subject", ""))
            self.bodies[language].setPlainText(text.get("body", ""))

    def form_data(self) -> PolicyInput:
        return PolicyInput(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            channel=self.channel.currentData(),
            plan=self.plan.currentData(),
            team_id=uuid.UUID(self.team.currentData()) if self.team.currentData() else None,
            delay_minutes=self.delay.value(),
            period_days=self.period.value(),
            texts={
                language: {
                    "subject": self.subjects[language].text(),
                    "body": self.bodies[language].toPlainText(),
                }
                for language in LANGUAGES
            },
        )

    # -- changes ---------------------------------------------------------------------------------

    def _save(self) -> None:
        try:
            saved = self.policies.save(self.form_data(), self.current)
        except AgentDeskError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self._reload(saved)

    def _delete(self) -> None:
        if self.current is None:
            return
        try:
            self.policies.delete(self.current)
        except AgentDeskError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self._reload()
