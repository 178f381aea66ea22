# SPDX-License-Identifier: GPL-3.0-or-later
"""Files going out with a reply or an internal note: a row of removable chips in the composer.

Attach by Ctrl+Shift+A or *Conversation → Attach files…* (a file dialog for several files; the
paperclip in the row does the same once it shows), by dropping files or a picture on the text, or
by pasting a picture or files (a screenshot, a picture copied in a browser, files copied in the file
manager) with Ctrl+V, the text box's context menu or *Edit → Paste*, or dropping a picture dragged
from a browser: all the same way (``takes``/``take``, through the text box's
``insertFromMimeData``). Each file is copied into the draft at once, off the GUI thread
(``agentdesk.attachments.drafts``), so a crash or a moved original loses none; the chips come back
with the draft. A chip says the name and size; its × (or Delete on a focused chip) removes it.

Sending asks ``for_sending`` for the files: refused with a plain sentence while a file is still
being copied in, or when a reply by email carries more than its mailbox sends (the mailbox's
attachment limit), before anything is stored.
"""

from __future__ import annotations

import io
import itertools
import uuid
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMimeData, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QFileDialog, QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from agentdesk.attachments import AttachmentError
from agentdesk.attachments.drafts import DraftFileInfo, DraftFiles, finish_sent
from agentdesk.errors import AgentDeskError
from agentdesk.gui import icons, labels, theme
from agentdesk.gui.composer import Composer
from agentdesk.gui.conversation.context import PaneContext, pane_action
from agentdesk.gui.flow_layout import FlowLayout
from agentdesk.gui.tasks import TaskRunner
from agentdesk.inbox.delivery import EMAIL
from agentdesk.messages import translatable


def encode_png(image: QImage) -> bytes:
    """A picture as PNG bytes (QImage is safe to use off the GUI thread, unlike QPixmap)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt takes text
    return bytes(buffer.data().data())


class FileChip(QFrame):
    """One attached file: its name and size, and × to remove it (Delete when it has the focus)."""

    removed = Signal(object)  # the draft file's id

    def __init__(self, info: DraftFileInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setObjectName("attachmentChip")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        size = labels.file_size(info.size)
        self.setToolTip(f"{info.filename} · {size}")
        self.setAccessibleName(
            self.tr("Attached file %1, %2").replace("%1", info.filename).replace("%2", size)
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(4)
        self.icon = QLabel()
        self.icon.setPixmap(icons.icon("mdi6.paperclip", theme.TEXT_MUTED).pixmap(12, 12))
        name = info.filename if len(info.filename) <= 40 else info.filename[:26] + "…" + info.filename[-12:]
        self.label = QLabel(f"{name}  {size}")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("attachmentChipRemove")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setIcon(icons.icon("mdi6.close", theme.TEXT_MUTED))
        self.remove_button.setToolTip(self.tr("Remove %1").replace("%1", info.filename))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the chip itself takes Delete
        self.remove_button.clicked.connect(lambda: self.removed.emit(info.id))
        layout.addWidget(self.icon)
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)
        self.setStyleSheet(
            f"QFrame#attachmentChip {{ border: 1px solid {theme.BORDER}; border-radius: 10px; }}"
            f"QFrame#attachmentChip:focus {{ border: 1px solid {theme.ACCENT}; }}"
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt's name)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removed.emit(self.info.id)
            return
        super().keyPressEvent(event)


class OutgoingAttachments(QWidget):
    """The chip row under the composer's text, for the conversation on show."""

    changed = Signal()  # the files of the draft changed (added, removed, sent)
    stored = Signal()  # sent files' pieces were copied to their attachments: a sync can take them

    def __init__(self, context: PaneContext, composer: Composer, host: QWidget) -> None:
        super().__init__(composer.frame)
        self.setObjectName("outgoingAttachments")
        self.context = context
        self.composer = composer
        services = context.services
        self.files = DraftFiles(services.store, services.drafts.clock)
        self.tasks = TaskRunner(self, threads=1)  # files go in in the order given
        self._jobs = itertools.count()
        self.conversation_id: uuid.UUID | None = None
        self.shown: list[DraftFileInfo] = []
        self.busy = 0  # files being copied in now
        self.finishing = 0  # background copies of sent files to their attachments
        self.ask_files = self._ask_files

        self.attach_button = QToolButton()
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setAutoRaise(True)
        self.attach_button.setIcon(icons.icon("mdi6.paperclip", theme.TEXT_MUTED))
        self.attach_button.clicked.connect(self.attach_files)
        self.attach_action = pane_action(
            host, self.tr("&Attach files…"), self.attach_files, "mdi6.paperclip", "Ctrl+Shift+A"
        )
        self.attach_action.setStatusTip(self.tr("Add files to the reply or note you are writing"))
        self.attach_button.setToolTip(
            self.tr("Attach files… (Ctrl+Shift+A); or drop files or paste a picture")
        )
        self.busy_label = QLabel()
        self.busy_label.setObjectName("attachmentsBusy")
        self.busy_label.hide()
        self.chips = QWidget()
        self.flow = FlowLayout(self.chips, spacing=4)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.chips, 1)
        row.addWidget(self.busy_label, 0, Qt.AlignmentFlag.AlignTop)
        layout = composer.frame.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(1, self)  # right under the text
        self.hide()
        composer.editor.takes_files = self.takes  # Ctrl+V, Paste in the menus, a drop
        composer.editor.take_files = self.take
        composer.editor.setAcceptDrops(True)
        self.finish()  # files a crash left half-moved into their sent messages

    def after_send(self) -> None:
        """The reply or note went out with the files: show the empty row, finish their copies."""
        self.reload()
        self.finish()

    def finish(self) -> None:
        """Copy the pieces of files just sent to their attachments, in the background."""
        store, clock = self.context.services.store, self.files.clock
        self.finishing += 1

        def done(count: object) -> None:
            self.finishing -= 1
            if count:
                self.stored.emit()

        def failed(sentence: str) -> None:
            self.finishing -= 1
            self.context.say(sentence, "error")

        self.tasks.run(f"finish-{next(self._jobs)}", lambda: finish_sent(store, clock.now()), done, failed)

    # -- the conversation on show ----------------------------------------------------------------

    def show_for(self, conversation_id: uuid.UUID | None) -> None:
        """The files of this conversation's draft (after a restart too)."""
        self.conversation_id = conversation_id
        self.reload()

    def reload(self) -> None:
        try:
            self.shown = self.files.files(self.conversation_id) if self.conversation_id else []
        except AgentDeskError as exc:
            self.shown = []
            self.context.say(exc.message, "error")
        while (item := self.flow.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for info in self.shown:
            chip = FileChip(info)
            chip.removed.connect(self.remove)
            self.flow.addWidget(chip)
            chip.show()
        self.chips.setVisible(bool(self.shown))
        self._fit()
        self.changed.emit()

    def _fit(self) -> None:
        """The row takes the composer's room only while it has something to show: the text keeps
        its lines otherwise (attach by Ctrl+Shift+A, the Conversation menu, a drop or a paste)."""
        self.setVisible(bool(self.shown) or self.busy > 0)

    def ids(self) -> list[uuid.UUID]:
        return [info.id for info in self.shown]

    # -- adding and removing --------------------------------------------------------------------

    def attach_files(self) -> None:
        """The file dialog (several files at once)."""
        if self.conversation_id is None:
            return
        for path in self.ask_files():
            self.add_path(path)

    def _ask_files(self) -> list[Path]:
        chosen, _filter = QFileDialog.getOpenFileNames(self.window(), self.tr("Attach files"))
        return [Path(p) for p in chosen]

    def add_path(self, path: Path) -> None:
        conversation_id = self.conversation_id
        if conversation_id is None:
            return
        self._copy(lambda: self.files.add_file(conversation_id, path), path.name)

    def add_image(self, image: QImage) -> None:
        """A pasted or dropped picture, as a PNG file named for the moment it was added."""
        conversation_id = self.conversation_id
        if conversation_id is None or image.isNull():
            return
        now = self.files.clock.now().astimezone()
        name = f"image-{now:%Y-%m-%d-%H%M%S}.png"
        picture = image.copy()

        def work() -> DraftFileInfo:
            return self.files.add(conversation_id, io.BytesIO(encode_png(picture)), name, "image/png")

        self._copy(work, name)

    def _copy(self, work: object, name: str) -> None:
        assert callable(work)
        self.busy += 1
        self._show_busy(name)

        def done(_info: object) -> None:
            self.busy -= 1
            self._show_busy(None)
            self.reload()

        def failed(sentence: str) -> None:
            self.busy -= 1
            self._show_busy(None)
            self.context.say(sentence, "error")

        self.tasks.run(f"attach-{next(self._jobs)}", work, done, failed)

    def _show_busy(self, name: str | None) -> None:
        if self.busy and name is not None:
            self.busy_label.setText(self.tr("Attaching %1…").replace("%1", name))
        self.busy_label.setVisible(self.busy > 0)
        self._fit()

    def remove(self, file_id: uuid.UUID) -> None:
        try:
            self.files.remove(file_id)
        except AgentDeskError as exc:
            self.context.say(exc.message, "error")
        self.reload()
        self.composer.editor.setFocus()

    # -- sending ---------------------------------------------------------------------------------

    def for_sending(self) -> list[uuid.UUID]:
        """The files to send with the message now being sent; an ``AgentDeskError`` (said by the
        composer's controller, nothing sent) while one is still being copied in, or when a reply by
        email carries more than its mailbox sends."""
        if self.busy:
            raise AttachmentError(translatable("AttachmentErrors", "Wait until the files are attached."))
        ids = self.ids()
        mail = self.context.mail
        detail = self.context.detail
        if ids and self.composer.route == EMAIL and mail is not None and detail is not None:
            with self.context.services.store.read() as session:
                account = mail.service.sender.account_for(session, detail.id)
                limit = account.attachment_limit if account is not None else 0
            self.files.check_limit(ids, limit)
        return ids

    # -- drop and paste ----------------------------------------------------------------------------

    def takes(self, data: QMimeData) -> bool:
        """Whether a paste or drop of ``data`` is for the files row: files from this computer, or a
        picture (a screenshot, a picture copied or dragged from a browser, which may bring its
        address as text) rather than text with a picture in it (a document's paragraph)."""
        if self.conversation_id is None:
            return False
        if data.hasUrls() and data.urls() and all(u.isLocalFile() for u in data.urls()):
            return True
        if not data.hasImage() or QImage(data.imageData()).isNull():
            return False
        text = data.text().strip() if data.hasText() else ""
        return not text or ("\n" not in text and text.startswith(_PICTURE_ADDRESSES))

    def take(self, data: QMimeData) -> None:
        """Attach what ``takes`` accepted: the files, else the picture (as a PNG)."""
        if data.hasUrls() and data.urls() and all(u.isLocalFile() for u in data.urls()):
            for url in data.urls():
                self.add_path(Path(url.toLocalFile()))
            return
        self.add_image(QImage(data.imageData()))


_PICTURE_ADDRESSES = ("http://", "https://", "data:", "file:")


__all__ = ["FileChip", "OutgoingAttachments", "encode_png"]
