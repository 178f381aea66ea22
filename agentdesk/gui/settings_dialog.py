# SPDX-License-Identifier: GPL-3.0-or-later
"""The Settings dialog: the signed-in agent's signature and notifications, theme and font size.

The form is a Qt Designer file (``agentdesk/gui/forms/settings.ui``, shipped as package data) that
``QUiLoader`` builds at run time, so a fresh clone and an installed package need no build step;
its strings are translated through the form's context (``SettingsForm``) like any other.

Theme and font size apply the moment they change, so the agent sees what they pick; Cancel puts
back what was there. The agent box names the signed-in agent and cannot be changed here
(another agent signs in: ``window/desk_lock.py``). The signatures are kept on OK in the user's
preferences, one per agent and language: one for every language, and optionally one for English,
German or Danish conversations (a reply takes the one for its conversation's language, else the one for every
language; the mailbox's footer follows it: docs/mail.md, "Signatures").

A new language applies at the next start: after OK a note offers "Restart now" (when the window
was given a ``restart`` to call: it saves the drafts, closes and starts AgentDesk again the same
way) or "Later".
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agentdesk.gui import theme
from agentdesk.gui.designer import child as _child
from agentdesk.gui.designer import load_form
from agentdesk.gui.notification_settings import NotificationSettingsBox
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import ThemeMode
from agentdesk.inbox.directory import AgentInfo
from agentdesk.replies.signature import SIGNATURE_PLACEHOLDERS
from agentdesk.store.database import Store

LookApplier = Callable[[ThemeMode, int], None]
SIGNATURE_LANGUAGES = ("en", "de", "da")


class SettingsDialog(QDialog):
    def __init__(
        self,
        agents: Sequence[AgentInfo],
        current_agent: uuid.UUID | None,
        preferences: Preferences,
        current_font_size: int,
        apply_look: LookApplier,
        parent: QWidget | None = None,
        *,
        restart: Callable[[], object] | None = None,
        store: Store | None = None,
    ) -> None:
        super().__init__(parent)
        # The signed-in agent's own settings: who works here changes only by signing in.
        agents = [a for a in agents if a.id == current_agent]
        self._restart = restart
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        self._preferences = preferences
        self._apply_look = apply_look
        self._initial_look = (preferences.theme, preferences.font_size)

        self.form = load_form("settings", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self.form)
        self.agent_combo = _child(self.form, QComboBox, "agentCombo")
        self.signature_edit = _child(self.form, QPlainTextEdit, "signatureEdit")
        self.theme_combo = _child(self.form, QComboBox, "themeCombo")
        self.font_size_spin = _child(self.form, QSpinBox, "fontSizeSpin")
        self.buttons = _child(self.form, QDialogButtonBox, "buttons")
        self.language_combo = self._add_language_row(preferences.language)
        self.signature_language = self._add_signature_rows()
        # The two groups are separate form layouts: one label width lines their fields up.
        form_labels = [
            _child(self.form, QLabel, name)
            for name in ("agentLabel", "signatureLabel", "themeLabel", "fontSizeLabel")
        ]
        form_labels += [self.language_label, self.signature_language_label]
        width = max(label.sizeHint().width() for label in form_labels)
        for label in form_labels:
            label.setMinimumWidth(width)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # Signatures typed for several agents and languages before OK are all kept.
        self._signatures: dict[tuple[uuid.UUID, str], str] = {}
        for a in agents:
            self._signatures[(a.id, "")] = preferences.signature(a.id)
            for code in SIGNATURE_LANGUAGES:
                self._signatures[(a.id, code)] = preferences.language_signature(a.id, code)
        self._shown: tuple[uuid.UUID, str] | None = None
        for agent in agents:
            detail = agent.team_name or agent.email
            # Item data as text: combo boxes cannot find Python objects such as UUIDs by value.
            self.agent_combo.addItem(f"{agent.name} · {detail}" if detail else agent.name, agent.id.hex)
        if not agents:
            self.agent_combo.addItem(self.tr("No agents yet"), None)
            self.agent_combo.setEnabled(False)
            self.signature_edit.setEnabled(False)
        found = self.agent_combo.findData(current_agent.hex) if current_agent is not None else -1
        self.agent_combo.setCurrentIndex(max(0, found))
        self.agent_combo.setEnabled(False)
        self.agent_combo.setToolTip(
            self.tr("Another agent signs in with File → Switch agent… (Ctrl+Shift+O).")
        )
        self._show_signature()
        self.agent_combo.currentIndexChanged.connect(self._show_signature)
        # Which notifications each agent gets (with a database to keep them in)
        self.notifications = NotificationSettingsBox(store) if store is not None else None
        if self.notifications is not None:
            layout.insertWidget(1, self.notifications)
            self.notifications.show_agent(self.chosen_agent())
            self.agent_combo.currentIndexChanged.connect(self._show_notifications)
        self.signature_language.currentIndexChanged.connect(self._show_signature)

        for mode, text in (
            (ThemeMode.SYSTEM, self.tr("Follow the system")),
            (ThemeMode.LIGHT, self.tr("Light")),
            (ThemeMode.DARK, self.tr("Dark")),
        ):
            self.theme_combo.addItem(text, mode.value)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(preferences.theme.value)))
        self.font_size_spin.setValue(preferences.font_size or current_font_size)
        self.theme_combo.currentIndexChanged.connect(self._look_changed)
        self.font_size_spin.valueChanged.connect(self._look_changed)

    def _add_language_row(self, language: str) -> QComboBox:
        """Language, below the look: the system's, or English, Deutsch, Dansk (each in its own
        language, so an agent finds theirs whatever the screen shows)."""
        combo = QComboBox()
        combo.setObjectName("languageCombo")
        combo.setToolTip(self.tr("Applied the next time AgentDesk starts; drafts are kept."))
        combo.addItem(self.tr("Follow the system"), "")
        for code, name in (("en", "English"), ("de", "Deutsch"), ("da", "Dansk")):
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(language)))
        self.language_label = QLabel(self.tr("&Language:"))
        self.language_label.setBuddy(combo)
        parent = self.theme_combo.parentWidget()
        form = parent.layout() if parent is not None else None
        if isinstance(form, QFormLayout):
            form.addRow(self.language_label, combo)
        return combo

    def _add_signature_rows(self) -> QComboBox:
        """Above the signature: which language it is for; below it: the rule and the placeholders."""
        combo = QComboBox()
        combo.setObjectName("signatureLanguage")
        combo.setToolTip(
            self.tr("A conversation in a language without its own signature gets the one for every language.")
        )
        combo.addItem(self.tr("Every language"), "")
        for code, name in (("en", "English"), ("de", "Deutsch"), ("da", "Dansk")):
            combo.addItem(name, code)
        self.signature_language_label = QLabel(self.tr("Signature fo&r:"))
        self.signature_language_label.setBuddy(combo)
        hint = QLabel(
            self.tr(
                "Added once under your replies by email, above the mailbox's footer. Placeholders: %1."
            ).replace("%1", ", ".join(f"{{{{{name}}}}}" for name in SIGNATURE_PLACEHOLDERS))
        )
        hint.setObjectName("signatureHint")
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.signature_hint = hint
        parent = self.signature_edit.parentWidget()
        form = parent.layout() if parent is not None else None
        if isinstance(form, QFormLayout):
            position = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(self.signature_edit))
            row = position[0]
            form.insertRow(row, self.signature_language_label, combo)
            form.insertRow(row + 2, "", hint)
        return combo

    # -- values ----------------------------------------------------------------------------------

    def chosen_language(self) -> str:
        return str(self.language_combo.currentData() or "")

    def chosen_agent(self) -> uuid.UUID | None:
        data = self.agent_combo.currentData()
        return uuid.UUID(hex=data) if isinstance(data, str) and data else None

    def select_agent(self, agent_id: uuid.UUID) -> bool:
        """Choose ``agent_id`` in the agent box; whether that agent is offered."""
        index = self.agent_combo.findData(agent_id.hex)
        if index >= 0:
            self.agent_combo.setCurrentIndex(index)
        return index >= 0

    def chosen_theme(self) -> ThemeMode:
        return ThemeMode(str(self.theme_combo.currentData()))

    def chosen_font_size(self) -> int:
        return int(self.font_size_spin.value())

    def _show_signature(self) -> None:
        if self._shown is not None:
            self._signatures[self._shown] = self.signature_edit.toPlainText()
        agent = self.chosen_agent()
        self._shown = (agent, str(self.signature_language.currentData() or "")) if agent else None
        text = self._signatures.get(self._shown, "") if self._shown else ""
        self.signature_edit.setPlainText(text)

    def _show_notifications(self) -> None:
        if self.notifications is not None:
            self.notifications.show_agent(self.chosen_agent())

    def _look_changed(self) -> None:
        self._apply_look(self.chosen_theme(), self.chosen_font_size())

    # -- closing ---------------------------------------------------------------------------------

    def accept(self) -> None:
        if self._shown is not None:
            self._signatures[self._shown] = self.signature_edit.toPlainText()
        for (agent_id, language), text in self._signatures.items():
            stored = (
                self._preferences.language_signature(agent_id, language)
                if language
                else self._preferences.signature(agent_id)
            )
            if text.rstrip() != stored:
                self._preferences.set_signature(agent_id, text, language)
        self._preferences.theme = self.chosen_theme()
        self._preferences.font_size = self.chosen_font_size()
        language_changed = self.chosen_language() != self._preferences.language
        self._preferences.language = self.chosen_language()
        self._preferences.sync()
        if self.notifications is not None:
            self.notifications.save()
        super().accept()
        if language_changed:
            self.language_note = self._language_note()  # kept alive when the dialog has no parent

    def _language_note(self) -> QMessageBox:
        """Not modal: the agent reads it and works on, or restarts now."""
        note = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"), "", parent=self.parentWidget())
        note.setObjectName("languageNote")
        note.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        restart = self._restart
        if restart is None:
            note.setText(
                self.tr("AgentDesk speaks the new language the next time it starts. Your drafts are kept.")
            )
            note.setStandardButtons(QMessageBox.StandardButton.Ok)
        else:
            note.setText(
                self.tr(
                    "AgentDesk speaks the new language after a restart. Restart now? Your drafts are "
                    "saved first and kept."
                )
            )
            now = note.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
            now.setObjectName("restartNow")
            later = note.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
            note.setDefaultButton(later)
            # The note outlives this dialog (deleted once closed): it calls the window's restart.
            now.clicked.connect(lambda _checked=False: restart())
        note.open()
        return note

    def reject(self) -> None:
        theme_mode, font_size = self._initial_look
        if (self.chosen_theme(), self.chosen_font_size()) != (theme_mode, font_size):
            self._apply_look(theme_mode, font_size)
        super().reject()
