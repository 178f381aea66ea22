# SPDX-License-Identifier: GPL-3.0-or-later
"""A customer's files in the timeline: open, save as and save all, by mouse and keyboard."""

from __future__ import annotations

import stat
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.attachments import Risk, StoredFile, samples
from agentdesk.clock import FixedClock
from agentdesk.gui.conversation.files import parse_link
from agentdesk.gui.conversation_view import ConversationPane
from agentdesk.gui.theme import apply_theme
from agentdesk.inbox.service import NewAttachment
from agentdesk.services import build_services
from agentdesk.sla.presets import install_presets
from agentdesk.store.database import Store
from agentdesk.store.models import Attachment, Message

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)

PDF = samples.pdf(["Invoice 4471", "Total: 120.00 EUR"], "Invoice")
PNG = samples.png(320, 200, 1)
EXE = b"MZ\x90\x00" + b"\x00" * 60


class Desktop:
    """Stands in for the agent's dialogs and the system's "open with"."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.opened: list[Path] = []
        self.asked_risky: list[tuple[str, Risk]] = []
        self.allow_risky = False

    def open_url(self, url: QUrl) -> bool:
        self.opened.append(Path(url.toLocalFile()))
        return True

    def confirm(self, info: StoredFile, risk: Risk) -> bool:
        self.asked_risky.append((info.filename, risk))
        return self.allow_risky


@pytest.fixture
def pane(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FixedClock, tmp_path: Path
) -> ConversationPane:
    apply_theme(qapp)
    install_presets(store, now=clock.now())
    agent = build_services(store, clock).directory.create_agent("Maja Jensen", "maja@shop.example")
    services = build_services(store, clock, agent)
    customer = services.inbox.create_customer("Jens Hansen", email="jens@example.dk")
    ref = services.inbox.create_conversation(
        customer,
        "email",
        "Invoice is wrong",
        "The invoice charges me twice, see attached. A photo of the parcel too.",
        attachments=[
            NewAttachment("Rechnung 4471.pdf", "application/pdf", len(PDF), PDF),
            NewAttachment("parcel.png", "image/png", len(PNG), PNG),
            NewAttachment("tool.exe", "application/octet-stream", len(EXE), EXE),
        ],
    )
    widget = ConversationPane(services)
    qtbot.addWidget(widget)
    widget.resize(1000, 820)
    widget.show()
    widget.show_conversation(ref.id)
    return widget


def _desktop(pane: ConversationPane, tmp_path: Path) -> Desktop:
    desk = Desktop(tmp_path)
    pane.files.open_url = desk.open_url
    pane.files.confirm_risky = desk.confirm
    return desk


def _link_point(pane: ConversationPane, text: str) -> QPoint:
    cursor = pane.timeline.document().find(text)
    assert not cursor.isNull(), text
    pane.timeline.setTextCursor(cursor)
    pane.timeline.ensureCursorVisible()
    rect = pane.timeline.cursorRect(cursor)
    return QPoint(rect.left() - 4, rect.center().y())


def _focus_link(qtbot: QtBot, pane: ConversationPane, filename: str) -> None:
    """Tab through the timeline's links, as an agent does, until the file's link has the focus."""
    pane.timeline.setFocus()
    for _ in range(20):
        target = pane.files.focused_link()
        if target is not None and target[0] == "file":
            cursor = pane.timeline.textCursor()
            if cursor.selectedText() == filename:
                return
        qtbot.keyClick(pane.timeline, Qt.Key.Key_Tab)
        pane.timeline.setFocus()
    raise AssertionError(f"no link reached for {filename}")


def _wait_idle(qtbot: QtBot, pane: ConversationPane) -> None:
    qtbot.waitUntil(lambda: pane.files.busy == 0, timeout=10_000)


def test_a_click_opens_the_pdf_with_the_system_application(
    qtbot: QtBot, pane: ConversationPane, tmp_path: Path
) -> None:
    desk = _desktop(pane, tmp_path)
    assert "Rechnung 4471.pdf" in pane.timeline.toPlainText()
    point = _link_point(pane, "Rechnung 4471.pdf")
    assert parse_link(pane.timeline.anchorAt(point)) is not None
    qtbot.mouseClick(pane.timeline.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: len(desk.opened) == 1, timeout=10_000)
    opened = desk.opened[0]
    assert opened.name == "Rechnung 4471.pdf" and opened.read_bytes() == PDF
    assert stat.S_IMODE(opened.parent.parent.stat().st_mode) == 0o700  # a private folder
    assert desk.asked_risky == []


def test_a_program_asks_first_and_is_not_opened_when_declined(
    qtbot: QtBot, pane: ConversationPane, tmp_path: Path
) -> None:
    desk = _desktop(pane, tmp_path)
    _focus_link(qtbot, pane, "tool.exe")
    qtbot.keyClick(pane.timeline, Qt.Key.Key_Return)  # Enter opens the focused file
    assert desk.asked_risky == [("tool.exe", Risk.EXECUTABLE)]
    _wait_idle(qtbot, pane)
    assert desk.opened == []
    desk.allow_risky = True
    qtbot.keyClick(pane.timeline, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(desk.opened) == 1, timeout=10_000)
    assert desk.opened[0].read_bytes() == EXE


def test_ctrl_s_saves_the_focused_file_where_the_agent_chose(
    qtbot: QtBot, pane: ConversationPane, tmp_path: Path
) -> None:
    _desktop(pane, tmp_path)
    asked: list[str] = []
    target = tmp_path / "saved invoice.pdf"

    def ask(name: str) -> Path:
        asked.append(name)
        return target

    pane.files.ask_save_path = ask
    _focus_link(qtbot, pane, "Rechnung 4471.pdf")
    qtbot.keyClick(pane.timeline, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Rechnung 4471.pdf"]
    qtbot.waitUntil(target.exists, timeout=10_000)
    _wait_idle(qtbot, pane)
    assert target.read_bytes() == PDF
    assert "Saved saved invoice.pdf" in pane.strip.text.text()


def test_the_context_menu_offers_open_save_and_save_all(
    qtbot: QtBot, pane: ConversationPane, tmp_path: Path
) -> None:
    _desktop(pane, tmp_path)
    point = _link_point(pane, "parcel.png")
    viewport = pane.timeline.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    menu = QApplication.activePopupWidget()
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == ["&Open", "&Save as…", "Save &all of this message…"]
    menu.close()


def test_save_all_writes_every_file_and_never_replaces_one(
    qtbot: QtBot, pane: ConversationPane, tmp_path: Path
) -> None:
    _desktop(pane, tmp_path)
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "parcel.png").write_bytes(b"the agent's own picture")
    pane.files.ask_folder = lambda: folder
    with qtbot.waitSignal(pane.timeline.internal_link):
        point = _link_point(pane, "Save all")
        qtbot.mouseClick(pane.timeline.viewport(), Qt.MouseButton.LeftButton, pos=point)
    _wait_idle(qtbot, pane)
    assert sorted(p.name for p in folder.iterdir()) == [
        "Rechnung 4471.pdf", "parcel (2).png", "parcel.png", "tool.exe"
    ]  # fmt: skip
    assert (folder / "parcel.png").read_bytes() == b"the agent's own picture"
    assert (folder / "parcel (2).png").read_bytes() == PNG
    assert (folder / "Rechnung 4471.pdf").read_bytes() == PDF


def test_unknown_links_are_not_files() -> None:
    assert parse_link("agentdesk:file?a=" + uuid.uuid4().hex) is not None
    assert parse_link("agentdesk:file?a=../../etc") is None
    assert parse_link("https://example.com/file?a=" + "0" * 32) is None


def test_a_file_dropped_on_the_text_goes_with_an_internal_note(
    qtbot: QtBot, pane: ConversationPane, tmp_path: Path
) -> None:
    log = tmp_path / "server.log"
    log.write_bytes(b"2026-11-23 09:00 ERROR payment gateway timeout\n" * 100)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_N)
    editor = pane.composer.editor
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(log))])
    where = QPointF(editor.viewport().rect().center())
    for kind in (QEvent.Type.DragEnter, QEvent.Type.Drop):
        event_type = QDragEnterEvent if kind == QEvent.Type.DragEnter else QDropEvent
        event = event_type(
            where.toPoint() if kind == QEvent.Type.DragEnter else where,
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(editor.viewport(), event)
        assert event.isAccepted()
    qtbot.waitUntil(lambda: pane.outgoing.busy == 0 and len(pane.outgoing.ids()) == 1, timeout=10_000)
    assert pane.outgoing.isVisible()
    assert editor.toPlainText() == ""  # the file, not its path, was taken
    editor.insertPlainText("Log from the payment server attached.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    store = pane.context.services.store
    with store.read() as session:
        note = session.scalars(select(Message).where(Message.direction == "note")).one()
        files = session.scalars(select(Attachment).where(Attachment.message_id == note.id)).all()
    assert [(f.filename, f.size) for f in files] == [("server.log", log.stat().st_size)]
    assert not pane.outgoing.isVisible()
    qtbot.waitUntil(lambda: "server.log" in pane.timeline.toPlainText(), timeout=5000)
