# SPDX-License-Identifier: GPL-3.0-or-later
"""Longer languages fit: with the pseudo-translation (every text about 40% longer, accented and
bracketed; ``python -m agentdesk.catalogues pseudo``) the window's key texts at 1024x700 are
whole, or shortened with "…" and the whole text in the tooltip, and nothing runs off the window:
the top bar, the list's heading and column headers, the conversation's header, properties and
composer buttons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QHeaderView, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk import catalogues
from agentdesk.clock import FixedClock
from agentdesk.demo import build_demo
from agentdesk.gui import i18n
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.inbox.views import View
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Conversation

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)

ANCHOR = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    catalogues.compile_pseudo(folder)
    return folder


@pytest.fixture
def pseudo(qapp: QApplication, pseudo_folder: Path) -> Iterator[None]:
    assert i18n.install("pseudo", qapp, catalogues=pseudo_folder) == "pseudo"
    yield
    i18n.install("en", qapp)


def test_the_pseudo_translation_keeps_what_the_code_reads() -> None:
    text = catalogues.pseudo_text("&Save %1 of %n for {name!r}: <b>now</b> && later")
    assert text.startswith("[") and text.endswith("]") and "~" in text
    for kept in ("&S", "%1", "%n", "{name!r}", "<b>", "</b>", "&&"):
        assert kept in text
    assert "Save" not in text and "later" not in text
    assert len(text) >= 1.35 * len("&Save %1 of %n for {name!r}: <b>now</b> && later")
    assert catalogues.pseudo_text("") == ""


def _window_rect(widget: QWidget, window: QWidget) -> tuple[int, int]:
    left = widget.mapTo(window, QPoint(0, 0)).x()
    return left, left + widget.width()


def cut_texts(area: QWidget, window: QWidget) -> list[str]:
    """The visible labels and buttons of ``area`` whose text does not fit and says so nowhere,
    or that reach past the window's right edge."""
    found = []
    for widget in [area, *area.findChildren(QWidget)]:
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        text = widget.text()
        if not text.strip() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        name = f"{type(widget).__name__}#{widget.objectName()} {text!r}"
        if widget.sizeHint().width() > widget.width() + 1 and not widget.toolTip():
            found.append(f"{name}: needs {widget.sizeHint().width()} px, has {widget.width()}")
        left, right = _window_rect(widget, window)
        if right > window.width() + 1:
            found.append(f"{name}: reaches {right} px, past the window's {window.width()}")
    return found


def cut_headers(header: QHeaderView) -> list[str]:
    found = []
    model = header.model()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        needed = header.sectionSizeFromContents(section).width()
        if text and needed > header.sectionSize(section) + 1:
            found.append(f"column {text!r}: needs {needed} px, has {header.sectionSize(section)}")
    return found


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, store: Store, pseudo: None) -> MainWindow:
    return demo_window(qtbot, qapp, store)


@pytest.fixture(params=["de", "pseudo"])
def longer_window(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, store: Store, pseudo_folder: Path
) -> Iterator[MainWindow]:
    i18n.install(request.param, qapp, catalogues=pseudo_folder if request.param == "pseudo" else None)
    yield demo_window(qtbot, qapp, store)
    i18n.install("en", qapp)


def demo_window(qtbot: QtBot, qapp: QApplication, store: Store) -> MainWindow:
    build_demo(store, 60, 1, anchor=ANCHOR)
    with store.read() as session:
        agent = session.scalars(select(Agent.id).where(Agent.role == "admin")).first()
        conversation = session.scalars(
            select(Conversation.id).where(Conversation.status == "open").order_by(Conversation.number)
        ).first()
    assert agent is not None and conversation is not None
    apply_theme(qapp)
    preferences = Preferences()
    preferences.last_view = View.ALL
    window = MainWindow(build_services(store, FixedClock(ANCHOR), agent), MessageBridge(), preferences)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.open_conversation(conversation)
    qtbot.waitUntil(lambda: window.pane.detail is not None and window.pane.composer.height() > 0)
    for _ in range(5):
        QApplication.processEvents()
    return window


def test_key_texts_fit_at_1024x700_in_a_longer_language(window: MainWindow) -> None:
    pane = window.pane
    assert "~]" in window.top_bar.dashboard.text(), "the pseudo-translation is loaded"
    areas: list[tuple[str, QWidget]] = [
        ("top bar", window.top_bar),
        ("list heading", window.list.parentWidget() or window.list),
        ("conversation header", pane.conversation_header),
        ("properties", pane.properties),
        ("composer", pane.composer),
    ]
    problems = [f"{label}: {p}" for label, area in areas for p in cut_texts(area, window)]
    header = window.list.horizontalHeader()
    assert header.isVisible() and window.model.rowCount() > 0
    problems += cut_headers(header)
    assert not problems, "\n".join(problems)


def test_the_main_dialogs_fit_a_1024x700_screen_in_longer_languages(longer_window: MainWindow) -> None:
    """In German and in the pseudo-translation, each dialog can be made small enough for the
    screen (room left for a title bar): what is longer wraps or scrolls (the mail accounts' form)
    instead of pushing the dialog off the screen."""
    window = longer_window
    pane = window.pane
    openers = {
        "settings": window.open_settings,
        "SLA policies": window.open_sla_editor,
        "agents and teams": window.open_agents_dialog,
        "mail accounts": window.open_mail_accounts,
        "server": window.open_server_settings,
        "new conversation": pane.tools.new_conversation,
        "escalation": lambda: pane.handover.hand_over("escalate"),
        "canned replies": pane.writing.manage_replies,
    }
    too_big = []
    for name, open_dialog in openers.items():
        dialog = open_dialog()
        assert dialog is not None, name
        QApplication.processEvents()
        need = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if need.width() > 1024 or need.height() > 700 - 40:
            too_big.append(f"{name}: needs {need.width()}x{need.height()}")
        dialog.close()
    assert not too_big, too_big
