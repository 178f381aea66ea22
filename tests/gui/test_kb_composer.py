# SPDX-License-Identifier: GPL-3.0-or-later
"""The knowledge base as an agent uses it: an article written in German in the knowledge base
window (with its live preview) is found with ``?paket`` in the composer of a German conversation
and inserted with Enter; a public article goes in as a link once the help centre has an address,
and every insertion counts as a use."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.conversation_view import ConversationPane
from agentdesk.gui.kb_dialog import KnowledgeBaseDialog
from agentdesk.gui.theme import apply_theme
from agentdesk.kb.articles import KnowledgeBase
from agentdesk.kb.help_centre import save_settings
from agentdesk.services import Services, build_services
from agentdesk.store.database import Store

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


@dataclass
class Desk:
    store: Store
    services: Services
    agent: uuid.UUID
    german: uuid.UUID  # a conversation in German
    english: uuid.UUID  # one in English


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    setup = build_services(store, clock)
    agent = setup.directory.create_agent("Maja Jensen", "maja@shop.example", language="de")
    services = build_services(store, clock, agent)
    anna = services.inbox.create_customer("Anna Müller", email="anna@example.de", language="de")
    german = services.inbox.create_conversation(
        anna, "email", "Lieferung fehlt", "Guten Tag, mein Paket ist noch nicht angekommen."
    ).id
    tom = services.inbox.create_customer("Tom Baker", email="tom@example.com", language="en")
    english = services.inbox.create_conversation(tom, "email", "Parcel missing", "Where is my parcel?").id
    clock.advance(minutes=5)
    return Desk(store, services, agent, german, english)


def write_german_article(qtbot: QtBot, desk: Desk, *, public: bool) -> KnowledgeBaseDialog:
    dialog = KnowledgeBaseDialog(desk.store, desk.services.clock, desk.agent, language="de")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)  # Deutsch
    page = dialog.pages["de"]
    qtbot.keyClicks(page.title, "Wo bleibt mein Paket?")
    page.body.setFocus()
    # keyClicks types ASCII only
    page.body.insertPlainText("Die **Sendungsnummer** finden Sie in der Versandbestätigung.")
    qtbot.waitUntil(lambda: "Versandbestätigung" in dialog.preview.toPlainText())  # the live preview
    assert "Wo bleibt mein Paket?" in dialog.preview.toPlainText()
    assert "**" not in dialog.preview.toPlainText()  # the preview shows it rendered
    qtbot.keyClicks(dialog.tags, "versand, sendung")
    dialog.visibility.setCurrentIndex(dialog.visibility.findData("public" if public else "internal"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == ""
    assert dialog.current is not None and dialog.current.languages == ("de",)
    assert dialog.articles.count() == 1 and "Wo bleibt mein Paket?" in dialog.articles.item(0).text()
    return dialog


@pytest.fixture
def pane(qtbot: QtBot, qapp: QApplication, desk: Desk) -> ConversationPane:
    apply_theme(qapp)
    pane = ConversationPane(desk.services)
    qtbot.addWidget(pane)
    pane.resize(1000, 820)
    with qtbot.waitActive(pane):
        pane.show()
        pane.activateWindow()
    return pane


def test_write_in_german_find_with_question_mark_paket_and_insert(
    qtbot: QtBot, pane: ConversationPane, desk: Desk
) -> None:
    dialog = write_german_article(qtbot, desk, public=False)
    article_id = dialog.current.id if dialog.current else None
    dialog.close()

    pane.show_conversation(desk.german)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    editor = pane.composer.editor
    completer = editor.articles
    editor.insertPlainText("Hallo Frau Müller, ")  # (keyClicks types ASCII only)
    qtbot.keyClicks(editor, "?paket")
    qtbot.waitUntil(lambda: completer.popup_visible)
    found = completer.suggestions()
    assert [(s.reply_id, s.title, s.language) for s in found] == [(article_id, "Wo bleibt mein Paket?", "de")]
    assert found[0].preview == "Die Sendungsnummer finden Sie in der Versandbestätigung."
    qtbot.keyClick(completer.popup, Qt.Key.Key_Return)
    assert not completer.popup_visible
    assert (
        editor.toPlainText() == "Hallo Frau Müller, Die Sendungsnummer finden Sie in der Versandbestätigung."
    )
    assert editor.textCursor().position() == len(editor.toPlainText())
    kb = KnowledgeBase(desk.store, desk.services.clock, desk.agent)
    assert article_id is not None and kb.get(article_id).uses == 1
    assert [a.id for a in kb.most_used()] == [article_id]

    # An English conversation does not offer the German article; Esc keeps what was typed.
    pane.show_conversation(desk.english)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    qtbot.keyClicks(editor, "?paket")
    assert not completer.popup_visible
    assert editor.toPlainText().endswith("?paket")


def test_a_public_article_goes_in_as_a_link_to_the_help_centre(
    qtbot: QtBot, pane: ConversationPane, desk: Desk
) -> None:
    save_settings(desk.services.workspace, url="https://hilfe.shop.example/")
    dialog = write_german_article(qtbot, desk, public=True)
    assert dialog.current is not None
    article_id = dialog.current.id
    dialog.close()
    pane.show_conversation(desk.german)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    editor = pane.composer.editor
    qtbot.keyClicks(editor, "?sendung")  # a tag's word finds it too
    qtbot.waitUntil(lambda: editor.articles.popup_visible)
    qtbot.keyClick(editor.articles.popup, Qt.Key.Key_Return)
    assert editor.toPlainText() == (
        f"Wo bleibt mein Paket?: https://hilfe.shop.example/de/{article_id.hex}.html"
    )


def test_the_window_lists_stale_articles_and_marks_them_reviewed(
    qtbot: QtBot, desk: Desk, clock: FixedClock
) -> None:
    dialog = write_german_article(qtbot, desk, public=False)
    clock.advance(days=100)
    dialog.filter.setCurrentIndex(dialog.filter.findData("stale"))
    assert dialog.months.isVisible() and dialog.months.value() == 6
    assert dialog.articles.count() == 0  # reviewed 100 days ago
    dialog.months.setValue(3)
    assert dialog.articles.count() == 1
    assert KnowledgeBaseDialog(desk.store, clock, desk.agent).months.value() == 3  # kept
    dialog.articles.setCurrentRow(0)
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    assert dialog.articles.count() == 0
    dialog.filter.setCurrentIndex(dialog.filter.findData("all"))
    dialog.search.setText("sendungsnummer")
    assert dialog.articles.count() == 1
    dialog.search.setText("zahlung")
    assert dialog.articles.count() == 0
    # A title left out is refused in one sentence, nothing is saved.
    dialog.new_article()
    dialog.pages["en"].body.setPlainText("No title here")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() and dialog.current is None


def test_the_help_centre_is_named_coloured_and_published_from_the_window(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    from agentdesk.gui.kb_help_centre import HelpCentreDialog
    from agentdesk.kb.help_centre import read_settings

    dialog = write_german_article(qtbot, desk, public=True)
    centre = dialog.open_help_centre()
    assert isinstance(centre, HelpCentreDialog)
    centre.colour.setText("green")
    assert centre.publish_to(tmp_path / "site") is None and centre.error.text()  # refused, nothing written
    assert not (tmp_path / "site").exists()
    centre.name.setText("Nordlicht Shop")
    centre.colour.setText("#0F766E")
    centre.url.setText("https://hilfe.nordlicht.example")
    result = centre.publish_to(tmp_path / "site")
    assert result is not None and result.pages == 1 and centre.error.text() == ""
    assert read_settings(desk.services.workspace).url == "https://hilfe.nordlicht.example"
    assert "Nordlicht Shop" in (tmp_path / "site" / "de" / "index.html").read_text("utf-8")
    centre.reject()  # Close closes it
    assert not centre.isVisible()


def test_file_knowledge_base_opens_the_window_once_in_the_agents_language(
    qtbot: QtBot, qapp: QApplication, desk: Desk
) -> None:
    from agentdesk.gui.main_window import MainWindow
    from agentdesk.gui.messages import MessageBridge
    from agentdesk.gui.preferences import Preferences
    from agentdesk.gui.window.actions import ActionId, Menu

    apply_theme(qapp)
    window = MainWindow(desk.services, MessageBridge(), Preferences())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    action = window.registry[ActionId.KNOWLEDGE_BASE]
    assert action in window.menus[Menu.FILE].actions() and action.isEnabled()
    action.trigger()
    dialog = window.kb_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, KnowledgeBaseDialog) and dialog.isVisible()
    assert dialog.language == "de" and dialog.tabs.currentIndex() == 1  # Maja writes German
    action.trigger()  # again: the same window comes to the front
    assert window.kb_dialog is dialog  # type: ignore[attr-defined]
    dialog.close()


def test_the_dashboard_lists_the_most_used_and_the_stale_articles(
    qtbot: QtBot, qapp: QApplication, desk: Desk, clock: FixedClock
) -> None:
    from agentdesk.gui.main_window import MainWindow
    from agentdesk.gui.messages import MessageBridge
    from agentdesk.gui.preferences import Preferences
    from agentdesk.kb.articles import ArticleDraft, Variant

    kb = KnowledgeBase(desk.store, clock, desk.agent)
    old = kb.create(ArticleDraft({"de": Variant("Alte Versandregeln", "x"), "en": Variant("Old rules", "x")}))
    clock.advance(days=200)
    used = kb.create(ArticleDraft({"de": Variant("Rücksendung", "y"), "en": Variant("Returns", "y")}))
    kb.record_use(used.id)
    apply_theme(qapp)
    window = MainWindow(desk.services, MessageBridge(), Preferences())
    qtbot.addWidget(window)
    window.show()
    window.show_dashboard(True)
    overview = window.dashboard.kb_overview
    qtbot.waitUntil(lambda: overview.used.count() == 1)
    qtbot.waitUntil(lambda: not window.dashboard.busy(), timeout=20_000)  # its figures read in the background
    assert overview.used.item(0).text().startswith("Rücksendung")  # in the agent's language
    assert overview.stale.count() == 1 and overview.stale.item(0).text().startswith("Alte Versandregeln")
    overview._open(overview.stale.item(0))  # a double-click opens the article
    dialog = window.kb_dialog  # type: ignore[attr-defined]
    assert dialog.current is not None and dialog.current.id == old.id
    dialog.close()
