# SPDX-License-Identifier: GPL-3.0-or-later
"""Pasting a picture or files into the composer works the same every way: Ctrl+V, the text box's
context menu, Edit → Paste (also with the focus on the list), and a picture dragged from a browser
and dropped on the text. Each attaches the same PNG; text is still pasted as text."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.attachments import samples
from agentdesk.attachments.drafts import DraftFiles
from agentdesk.clock import FixedClock
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.gui.window.actions import ActionId, Menu
from agentdesk.inbox.views import View
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import DraftFile, DraftFileChunk

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
)

CTRL = Qt.KeyboardModifier.ControlModifier


def _window(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FixedClock
) -> tuple[MainWindow, uuid.UUID]:
    apply_theme(qapp)
    setup = build_services(store, clock)
    agent = setup.directory.create_agent("Maja Jensen", "maja@shop.test")
    inbox = build_services(store, clock, agent).inbox
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    conversation = inbox.create_conversation(customer, "chat", "Broken chain", "It snapped.").id
    preferences = Preferences()
    preferences.last_view = View.ALL
    window = MainWindow(build_services(store, clock, agent), MessageBridge(), preferences)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.open_conversation(conversation)
    return window, conversation


def _contents(store: Store, conversation: uuid.UUID) -> list[tuple[str, str]]:
    """(name, SHA-256 of the content) of each file of the draft, oldest first."""
    found = []
    with store.read() as session:
        files = session.scalars(
            select(DraftFile).where(DraftFile.conversation_id == conversation).order_by(DraftFile.created_at)
        ).all()
        for file in files:
            pieces = session.scalars(
                select(DraftFileChunk.data)
                .where(DraftFileChunk.draft_file_id == file.id)
                .order_by(DraftFileChunk.seq)
            ).all()
            found.append((file.filename, hashlib.sha256(b"".join(pieces)).hexdigest()))
    return found


def _attached(qtbot: QtBot, window: MainWindow, store: Store, conversation: uuid.UUID, count: int) -> None:
    outgoing = window.pane.outgoing

    def done() -> None:
        assert outgoing.busy == 0 and len(_contents(store, conversation)) == count

    qtbot.waitUntil(done, timeout=10_000)


def _edit_paste(window: MainWindow) -> QAction:
    """Edit → Paste, as listed in the menu bar's Edit menu."""
    action = window.registry[ActionId.PASTE]
    assert action in window.menus[Menu.EDIT].actions()
    assert window.menus[Menu.EDIT].title() == "&Edit"
    return action


def test_a_picture_pasted_any_way_is_attached_alike(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FixedClock
) -> None:
    window, conversation = _window(qtbot, qapp, store, clock)
    editor = window.pane.composer.editor
    picture = QImage.fromData(samples.png(40, 30, 2))
    assert not picture.isNull()
    QGuiApplication.clipboard().setImage(picture)

    # 1. Ctrl+V in the composer.
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    _attached(qtbot, window, store, conversation, 1)

    # 2. The text box's context menu: its Paste is offered for a picture and attaches it.
    menu = editor.createStandardContextMenu()
    paste = next(a for a in menu.actions() if a.objectName() == "edit-paste")
    assert paste.isEnabled()
    paste.trigger()
    menu.deleteLater()
    _attached(qtbot, window, store, conversation, 2)

    # 3. Edit → Paste, with the focus on the list: into the open conversation's composer.
    window.list.setFocus()
    _edit_paste(window).trigger()
    _attached(qtbot, window, store, conversation, 3)
    assert editor.hasFocus() or QApplication.focusWidget() is editor

    # 4. A picture dragged from a browser (its address comes along as text) and dropped.
    data = QMimeData()
    data.setImageData(picture)
    data.setText("https://shop.example/chain.png")
    data.setUrls([QUrl("https://shop.example/chain.png")])
    data.setHtml('<img src="https://shop.example/chain.png">')
    viewport = editor.viewport()
    centre = QPoint(viewport.width() // 2, viewport.height() // 2)
    enter = QDragEnterEvent(
        centre, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, drop)
    _attached(qtbot, window, store, conversation, 4)

    files = _contents(store, conversation)
    assert all(name.startswith("image-") and name.endswith(".png") for name, _digest in files)
    assert len({digest for _name, digest in files}) == 1  # the same picture, the same file, every way
    assert editor.toPlainText() == ""  # nothing went into the text
    assert len(DraftFiles(store, clock).files(conversation)) == 4
    window.close()


def test_copied_files_paste_from_the_menus_and_text_stays_text(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    window, conversation = _window(qtbot, qapp, store, clock)
    editor = window.pane.composer.editor
    invoice = tmp_path / "Rechnung 4471.pdf"
    invoice.write_bytes(samples.pdf(["Rechnung 4471"]))
    copied = QMimeData()
    copied.setUrls([QUrl.fromLocalFile(str(invoice))])
    QGuiApplication.clipboard().setMimeData(copied)
    editor.setFocus()
    _edit_paste(window).trigger()  # the focus in the composer
    _attached(qtbot, window, store, conversation, 1)
    assert _contents(store, conversation)[0][0] == "Rechnung 4471.pdf"

    # Text with a picture in it (a document's paragraph) is text: pasted at the cursor.
    paragraph = QMimeData()
    paragraph.setText("The chain snapped after a week.")
    paragraph.setImageData(QImage.fromData(samples.png(10, 10, 1)))
    QGuiApplication.clipboard().setMimeData(paragraph)
    menu = editor.createStandardContextMenu()
    next(a for a in menu.actions() if a.objectName() == "edit-paste").trigger()
    menu.deleteLater()
    assert editor.toPlainText() == "The chain snapped after a week."
    assert len(_contents(store, conversation)) == 1
    window.close()
