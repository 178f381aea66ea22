# SPDX-License-Identifier: GPL-3.0-or-later
"""A new language without losing work: Settings offers "Restart now", which saves the draft,
closes the window cleanly and starts AgentDesk again the way it was started."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from agentdesk.app import restart_command, run_app
from agentdesk.clock import FixedClock
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.settings_dialog import SettingsDialog
from agentdesk.services import build_services
from agentdesk.store.database import Store

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
)


def test_the_restart_command_is_the_start_command_without_a_language() -> None:
    python = "/opt/venv/bin/python"
    assert restart_command(
        [python, "/opt/venv/bin/agentdesk", "--db", "/data/shop.sqlite", "--language", "de"],
        python,
        frozen=False,
    ) == [python, "/opt/venv/bin/agentdesk", "--db", "/data/shop.sqlite"]
    assert restart_command([python, "-m", "agentdesk", "--language=da", "--db", "a b.sqlite"], python) == [
        python,
        "-m",
        "agentdesk",
        "--db",
        "a b.sqlite",
    ]
    # A bundled program is its own executable; its argv[0] is that program.
    assert restart_command(["AgentDesk", "--db", "x.sqlite"], "/Applications/AgentDesk", frozen=True) == [
        "/Applications/AgentDesk",
        "--db",
        "x.sqlite",
    ]


ARGS = st.lists(
    st.one_of(
        st.text(max_size=10),
        st.sampled_from(["--language", "--language=de", "--db", "-m", "agentdesk", "--", "de"]),
    ),
    max_size=8,
)


@settings(max_examples=2000, deadline=None)
@given(ARGS)
def test_the_restart_keeps_every_argument_but_the_language(args: list[str]) -> None:
    command = restart_command(["/bin/python", *args], "/bin/python", frozen=False)
    assert command[0] == "/bin/python"
    rest = command[1:]
    assert "--language" not in rest and not any(a.startswith("--language=") for a in rest)
    # The others in their order (a subsequence of what was given), all of them when no
    # language was given.
    left = iter(args)
    assert all(any(arg == given for given in left) for arg in rest)
    if not any(a == "--language" or a.startswith("--language=") for a in args):
        assert rest == args


def _note() -> QMessageBox:
    notes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "languageNote" and w.isVisible()
    ]
    assert len(notes) == 1
    return notes[0]


def test_without_a_restart_the_note_only_says_when(qtbot: QtBot) -> None:
    preferences = Preferences()
    dialog = SettingsDialog([], None, preferences, 10, lambda _mode, _size: None)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("da"))
    dialog.accept()
    note = _note()
    assert note.findChild(QPushButton, "restartNow") is None
    note.close()


def test_restart_now_keeps_the_draft_and_starts_again_with_the_same_command(
    qapp: QApplication, tmp_path: Path, store: Store, clock: FixedClock
) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    inbox = build_services(store, clock).inbox
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    conversation = inbox.create_conversation(customer, "email", "Parcel missing", "Where is my parcel?")
    launched: list[list[str]] = []
    steps: list[str] = []

    def launch(command: Sequence[str]) -> bool:
        launched.append(list(command))
        return True

    def act() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or windows[0].pane.detail is None:
            QTimer.singleShot(10, act)
            return
        window = windows[0]
        window.pane.reply_action.trigger()
        window.pane.composer.editor.setPlainText("Hej Jens, pakken er på vej")
        dialog = window.open_settings()
        assert dialog is not None
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("da"))
        dialog.accept()
        button = _note().findChild(QPushButton, "restartNow")
        assert isinstance(button, QPushButton)
        steps.append(button.text())
        button.click()

    QTimer.singleShot(0, act)
    assert run_app(store, ["agentdesk"], clock, launch=launch) == 0
    assert steps, "the note offered Restart now"
    assert launched == [restart_command()]
    draft = build_services(store, clock).drafts.load(conversation.id)
    assert draft is not None and draft.body == "Hej Jens, pakken er på vej"
    assert Preferences(QSettings("AgentDesk", "AgentDesk")).language == "da"
