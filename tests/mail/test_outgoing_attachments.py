# SPDX-License-Identifier: GPL-3.0-or-later
"""Files on a reply from the window: attached by the dialog and by pasting a picture, shown as
chips, kept with the draft, refused above the mailbox's limit, and sent as MIME parts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.attachments import read_small, samples
from agentdesk.clock import FixedClock
from agentdesk.gui.conversation.outgoing_attachments import FileChip
from agentdesk.gui.conversation_view import ConversationPane
from agentdesk.gui.theme import apply_theme
from agentdesk.mail.fetch import MailFetcher
from agentdesk.services import build_services
from agentdesk.store.models import Attachment, DraftFile, MailAccount, Message

from .conftest import Dovecot, MailSetup, MemoryKeyring, SmtpSink
from .test_fetch import TEXT_ONLY_DE
from .test_window_mail import CTRL, conversation_of, make_window, received

pytestmark = [
    pytest.mark.server,
    pytest.mark.qt_log_ignore(
        r"This plugin does not support propagateSizeHints\(\)",
        r"This plugin does not support raise\(\)",
        r"This plugin does not support grabbing the keyboard",
    ),
]


def chips(pane: object) -> list[str]:
    strip = pane.outgoing  # type: ignore[attr-defined]
    return [c.info.filename for c in strip.chips.findChildren(FileChip) if not c.isHidden()]


def test_two_files_and_a_pasted_picture_go_out_as_mime_parts(
    qtbot: QtBot,
    qapp: QApplication,
    mail_setup: MailSetup,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    memory_keyring: MemoryKeyring,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    apply_theme(qapp)
    dovecot.append(mail_setup.user, TEXT_ONLY_DE)
    assert (
        MailFetcher(mail_setup.store, mail_setup.passwords, clock).fetch_account(mail_setup.account_id).stored
    )
    conv = conversation_of(mail_setup, "de-1@example.de")
    invoice = tmp_path / "Rechnung 4471.pdf"
    invoice.write_bytes(samples.pdf(["Rechnung 4471", "Summe: 120,00 EUR"], "Rechnung"))
    sheet = tmp_path / "Übersicht.xlsx"
    sheet.write_bytes(samples.xlsx([["Artikel", "Menge"], ["Kette", 1]]))
    window = make_window(qtbot, mail_setup, clock, memory_keyring)
    window.open_conversation(conv.id)
    pane = window.pane
    outgoing = pane.outgoing
    outgoing.ask_files = lambda: [invoice, sheet]
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    pane.composer.editor.insertPlainText("Guten Tag, anbei die korrigierte Rechnung und ein Foto.")
    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    picture = QImage.fromData(samples.png(40, 30, 2))
    QGuiApplication.clipboard().setImage(picture)
    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_V, CTRL)
    assert not picture.isNull()

    def three() -> None:
        assert outgoing.busy == 0 and len(chips(pane)) == 3, (chips(pane), pane.strip.text.text())

    qtbot.waitUntil(three, timeout=10_000)
    assert chips(pane)[:2] == ["Rechnung 4471.pdf", "Übersicht.xlsx"]
    assert chips(pane)[2].startswith("image-") and chips(pane)[2].endswith(".png")
    assert pane.composer.editor.toPlainText() == "Guten Tag, anbei die korrigierte Rechnung und ein Foto."

    # Kept with the draft: another pane on the same database (as after a crash) shows the same files.
    again = ConversationPane(build_services(mail_setup.store, clock, window.services.agent_id))
    qtbot.addWidget(again)
    again.show_conversation(conv.id)
    assert chips(again) == chips(pane)
    again.close()

    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(smtp_sink.received) == 1, timeout=15_000)
    mail = received(smtp_sink)
    assert mail.get_content_type() == "multipart/mixed"
    parts = {p.get_filename(): p for p in mail.iter_attachments()}
    assert set(parts) == {"Rechnung 4471.pdf", "Übersicht.xlsx", chips_name(parts)}
    assert parts["Rechnung 4471.pdf"].get_content_type() == "application/pdf"
    assert parts["Rechnung 4471.pdf"].get_content() == invoice.read_bytes()
    assert parts["Übersicht.xlsx"].get_content() == sheet.read_bytes()
    png = parts[chips_name(parts)]
    assert png.get_content_type() == "image/png"
    assert QImage.fromData(png.get_content()).size().width() == 40
    body = mail.get_body(("plain",))
    assert body is not None and "anbei die korrigierte Rechnung" in body.get_content()

    # Stored like the customer's files, on the reply; the draft holds none any more.
    with mail_setup.store.read() as session:
        reply = session.scalars(
            select(Message).where(Message.conversation_id == conv.id, Message.direction == "outbound")
        ).one()
        stored = {
            a.filename: a
            for a in session.scalars(select(Attachment).where(Attachment.message_id == reply.id))
        }
        assert session.scalar(select(DraftFile.id)) is None
    assert {name: a.size for name, a in stored.items() if not name.startswith("image-")} == {
        "Rechnung 4471.pdf": invoice.stat().st_size,
        "Übersicht.xlsx": sheet.stat().st_size,
    }
    assert read_small(mail_setup.store, stored["Rechnung 4471.pdf"].id, 1 << 20) == invoice.read_bytes()
    assert chips(pane) == []
    qtbot.waitUntil(lambda: "Rechnung 4471.pdf" in pane.timeline.toPlainText(), timeout=5000)
    window.close()


def chips_name(parts: dict[str | None, object]) -> str:
    names = [n for n in parts if n and n.startswith("image-")]
    assert len(names) == 1
    return names[0]


def test_files_above_the_mailbox_limit_are_refused_before_sending_and_a_chip_can_go(
    qtbot: QtBot,
    qapp: QApplication,
    mail_setup: MailSetup,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    memory_keyring: MemoryKeyring,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    apply_theme(qapp)
    with mail_setup.store.write() as session:
        account = session.get(MailAccount, mail_setup.account_id)
        assert account is not None
        account.attachment_limit = 2_000_000
    dovecot.append(mail_setup.user, TEXT_ONLY_DE)
    assert (
        MailFetcher(mail_setup.store, mail_setup.passwords, clock).fetch_account(mail_setup.account_id).stored
    )
    conv = conversation_of(mail_setup, "de-1@example.de")
    big = tmp_path / "video.mp4"
    big.write_bytes(os.urandom(3_000_000))
    small = tmp_path / "notes.txt"
    small.write_bytes(b"Seriennummer 12345\n")
    window = make_window(qtbot, mail_setup, clock, memory_keyring)
    window.open_conversation(conv.id)
    pane = window.pane
    pane.outgoing.ask_files = lambda: [big, small]
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    pane.composer.editor.insertPlainText("Anbei das Video.")
    pane.outgoing.attach_action.trigger()
    qtbot.waitUntil(lambda: pane.outgoing.busy == 0 and len(chips(pane)) == 2, timeout=10_000)
    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, CTRL)
    assert "this mailbox sends at most 2.0 MB" in pane.strip.text.text()
    with mail_setup.store.read() as session:
        assert session.scalar(select(Message.id).where(Message.direction == "outbound")) is None
    chip = next(c for c in pane.outgoing.chips.findChildren(FileChip) if c.info.filename == "video.mp4")
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Delete)
    assert chips(pane) == ["notes.txt"]
    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(smtp_sink.received) == 1, timeout=15_000)
    assert [p.get_filename() for p in received(smtp_sink).iter_attachments()] == ["notes.txt"]
    window.close()
