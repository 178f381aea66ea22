# SPDX-License-Identifier: GPL-3.0-or-later
"""No English is left on a German or a Danish screen.

The main window on a demo workspace, with a conversation open, its menus, every dialog its
actions open (those that block too: each is read while it is up, then closed), the dashboard and
its review dialog, the shortcut overview, the customer panel, the follow-up picker and the
message viewer: every visible text, tooltip, placeholder, title, menu and action text, column
header, combo item and tab text is read and none may be the English source (see
``english_left``; product names, codes and the shop's own data are allowed).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk import catalogues
from agentdesk.clock import FixedClock
from agentdesk.demo import build_demo
from agentdesk.gui import i18n
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.qt_texts import supplied
from agentdesk.gui.theme import apply_theme
from agentdesk.gui.window.actions import ActionId
from agentdesk.inbox.queries import MessageEntry
from agentdesk.inbox.views import View
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Agent

from .english_left import EnglishFinder, Shown, shown_texts

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)

ANCHOR = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)
# The shop's own texts: names, subjects, tags, replies, calendars; not the program's.
DATA_TABLES = {
    "agent": ("name", "email"),
    "team": ("name", "description"),
    "customer": ("name", "email", "phone", "company", "notes", "tags"),
    "conversation": ("subject", "tags"),
    "message": ("body_text", "sender_name", "sender_address"),
    "attachment": ("filename",),
    "canned_reply": ("title", "shortcut", "body", "folder"),
    "canned_reply_variant": ("body", "title"),
    "business_calendar": ("name",),
    "sla_policy": ("name",),
    "survey_response": ("comment",),
    "macro": ("name", "description"),
    "routing_rule": ("name",),
    "saved_view": ("name",),
    "survey_policy": ("name",),
    "kb_article": ("tags",),
    "kb_article_variant": ("title", "body"),
}


def workspace_data(db: Path) -> list[str]:
    """Every text of the workspace's own data (the columns of ``DATA_TABLES`` that exist)."""
    found: list[str] = []
    with sqlite3.connect(db) as connection:
        for table, wanted in DATA_TABLES.items():
            columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
            for column in (c for c in wanted if c in columns):
                for (value,) in connection.execute(f"SELECT {column} FROM {table}"):  # noqa: S608
                    if isinstance(value, str):
                        found += [value, *value.replace("[", " ").replace("]", " ").split('"')]
    return [v.strip(' ,"') for v in found if v and len(v) < 400]


@pytest.fixture
def desk(store: Store, db_path: Path) -> tuple[Store, uuid.UUID, list[str]]:
    build_demo(store, 40, 1, anchor=ANCHOR)
    with store.read() as session:
        admin = session.scalars(select(Agent.id).where(Agent.role == "admin").order_by(Agent.name)).first()
    assert admin is not None
    return store, admin, workspace_data(db_path)


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install("en", qapp)


class Walk:
    """Opens things and reads what they show; what blocks is read while it is up and closed."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.shown: list[Shown] = []
        self.opened: list[str] = []
        self.classes: set[str] = set()

    def read(self, widget: QWidget, label: str) -> None:
        self.opened.append(label)
        self.shown += [Shown(f"{label}: {s.where}", s.text) for s in shown_texts(widget)]

    def open(self, label: str, trigger: Callable[[], object]) -> None:
        before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        read: set[QWidget] = set()

        def harvest() -> None:
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible() and widget not in before and widget not in read:
                    read.add(widget)
                    self.read(widget, f"{label} [{type(widget).__name__}]")
                    widget.close()

        QTimer.singleShot(30, harvest)  # a dialog that blocks (exec) is read inside its own loop
        trigger()
        QApplication.processEvents()
        harvest()
        self.qtbot.wait(35)  # the timer has fired and found nothing more
        self.classes.update(type(w).__name__ for w in read)


EXPECTED_DIALOGS = {
    "SettingsDialog",
    "SlaEditorDialog",
    "AgentsTeamsDialog",
    "MailAccountsDialog",
    "ServerSettingsDialog",
    "ConflictsDialog",
    "NewConversationDialog",
    "HandOverDialog",
    "SurveyDialog",
    "CannedRepliesDialog",
    "ReplyPicker",
    "FollowUpDialog",
    "MessageViewer",
    "ShortcutsOverlay",
    "QueueReviewDialog",
    "QInputDialog",  # the coaching note
}
# "Search…" puts the focus in the search field; "Switch agent…" locks the desk, so it is walked last.
NOT_DIALOGS = {ActionId.SEARCH, ActionId.SWITCH_AGENT}


def walk_window(qtbot: QtBot, window: MainWindow) -> Walk:
    walk = Walk(qtbot)
    pane = window.pane
    walk.read(window, "window")
    # Every action that opens a dialog ("…"), from the menus and the conversation's own.
    for entry in window.registry.entries():
        action = entry.action
        if "…" not in action.text() or action.menu() is not None or entry.id in NOT_DIALOGS:
            continue
        window.update_actions()
        if not action.isEnabled():
            continue
        walk.open(action.text(), action.trigger)
    walk.open("follow-up picker", pane.editor.follow_up_menu.pick)
    message = next(
        (e for e in (pane.detail.timeline if pane.detail else ()) if isinstance(e, MessageEntry)), None
    )
    assert message is not None
    walk.open("message viewer", lambda: pane.timeline.open_whole_message(message.id))
    walk.open("shortcuts", window.show_shortcuts)
    # The customer panel unfolded, then the dashboard and the review behind one of its numbers.
    pane.customer_panel.set_collapsed(False)
    walk.read(pane.customer_panel, "customer panel")
    window.show_dashboard(True)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.queues is not None and not dashboard.tasks.busy("kpis"), timeout=15_000)
    walk.read(window, "dashboard")
    queues = dashboard.queues
    assert queues is not None
    walk.open("review", lambda: dashboard.review(queues.backlog.filter))
    window.show_dashboard(False)
    switch = window.registry.action(ActionId.SWITCH_AGENT)
    walk.open(switch.text(), switch.trigger)  # the desk locked, and the sign-in it asks for
    return walk


@pytest.mark.parametrize("language", ["de", "da"])
def test_no_english_is_left_on_screen(
    qtbot: QtBot,
    qapp: QApplication,
    desk: tuple[Store, uuid.UUID, list[str]],
    language: str,
    english_afterwards: None,
) -> None:
    store, admin, data = desk
    apply_theme(qapp)
    i18n.install(language, qapp)
    preferences = Preferences()
    preferences.last_view = View.ALL
    window = MainWindow(build_services(store, FixedClock(ANCHOR), admin), MessageBridge(), preferences)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    row = window.model.row_at(0)
    assert row is not None
    window.open_conversation(row.id)
    qtbot.waitUntil(lambda: window.pane.detail is not None)
    walk = walk_window(qtbot, window)

    ts = next(p for p in catalogues.catalogues() if p.stem.endswith(language))
    english = EnglishFinder.for_language(ts, data).english_in(walk.shown)
    assert EXPECTED_DIALOGS <= walk.classes, f"not opened: {EXPECTED_DIALOGS - walk.classes}"
    assert not english, f"{len(english)} English texts left:\n" + "\n".join(
        f"  {s.where}: {s.text!r}" for s in english
    )


@pytest.mark.parametrize("language", ["de", "da"])
def test_qt_s_file_picker_speaks_the_language_too(
    qtbot: QtBot, qapp: QApplication, language: str, english_afterwards: None, tmp_path: Path
) -> None:
    i18n.install(language, qapp)
    assert not any(text in ("&Look in:", "Files of &type:", "Folder") for text in supplied())
    (tmp_path / "folder").mkdir()
    picker = QFileDialog(None, "", str(tmp_path), "*.pdf")
    picker.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitUntil(lambda: any(s.text == "folder" for s in shown_texts(picker)))
    ts = next(p for p in catalogues.catalogues() if p.stem.endswith(language))
    english = EnglishFinder.for_language(ts, ["folder", str(tmp_path), tmp_path.name]).english_in(
        shown_texts(picker)
    )
    assert not english, english
