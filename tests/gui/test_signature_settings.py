# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings → Signature, per language: one for every language and, where the agent wants, one for
English, German or Danish conversations; a reply takes the one for its conversation's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.settings_dialog import SettingsDialog
from agentdesk.gui.theme import ThemeMode, apply_theme
from agentdesk.services import build_services
from agentdesk.store.database import Store

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_a_signature_for_every_language_and_one_for_german(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FixedClock
) -> None:
    apply_theme(qapp)
    services = build_services(store, clock)
    maja = services.directory.create_agent("Maja Jensen", "maja@shop.example")
    preferences = Preferences()
    looks: list[tuple[ThemeMode, int]] = []
    dialog = SettingsDialog(
        services.directory.active_agents(), maja, preferences, 11, lambda t, s: looks.append((t, s))
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.signature_language.currentData() == ""
    assert "{{agent.name}}" in dialog.signature_hint.text() and "{{team}}" in dialog.signature_hint.text()
    dialog.signature_edit.setPlainText("Best regards,\n{{agent.name}}")
    dialog.signature_language.setCurrentIndex(dialog.signature_language.findData("de"))
    assert dialog.signature_edit.toPlainText() == ""  # the German one is its own
    dialog.signature_edit.setPlainText("Mit freundlichen Grüßen\n{{agent.name}}")
    dialog.signature_language.setCurrentIndex(dialog.signature_language.findData(""))
    assert dialog.signature_edit.toPlainText() == "Best regards,\n{{agent.name}}"  # kept while switching
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert preferences.signature(maja) == "Best regards,\n{{agent.name}}"
    assert preferences.signature_for(maja, "de") == "Mit freundlichen Grüßen\n{{agent.name}}"
    assert preferences.signature_for(maja, "da") == "Best regards,\n{{agent.name}}"  # none of its own
    assert preferences.signature_for(None, "de") == ""
