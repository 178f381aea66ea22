# SPDX-License-Identifier: GPL-3.0-or-later
"""The files of the timeline: Open, Save as… and Save all, by mouse and keyboard.

Each attachment in the timeline is a link (``agentdesk:file?a=<id>``; a message with several also
has ``agentdesk:files?m=<id>``, "Save all"). Tab reaches it like any link, Enter or a click opens
it, the context menu (right click, or the menu key on a focused file) offers Open, Save as… and Save
all; Ctrl+S saves the focused file and Ctrl+Shift+S all files of its message, or of the whole
conversation when no file has the focus.

The content is written to disk off the GUI thread (``agentdesk.attachments.copy_to`` reads it in
pieces), so a 25 MB file never stalls the window: opening writes a private copy (in a folder only
this user can read, removed when AgentDesk closes) and hands it to the system's application, after
a warning for programs, scripts and office documents that can carry macros.

The dialogs and the system's "open" are attributes (``ask_save_path``, ``ask_folder``,
``confirm_risky``, ``open_url``), so tests can stand in for the agent and the desktop.
"""

from __future__ import annotations

import itertools
import re
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from agentdesk.attachments import Risk, StoredFile, copy_to, describe, risk_of, safe_filename, unavailable
from agentdesk.errors import AgentDeskError
from agentdesk.gui.conversation.context import PaneContext, pane_action
from agentdesk.gui.conversation.timeline_view import SafeTextBrowser
from agentdesk.gui.tasks import TaskRunner

FILE_LINK = "agentdesk:file?a="
FILES_LINK = "agentdesk:files?m="
_LINK_RE = re.compile(r"agentdesk:(file|files)\?[am]=([0-9a-f]{32})")


def file_link(attachment_id: uuid.UUID) -> str:
    return f"{FILE_LINK}{attachment_id.hex}"


def files_link(message_id: uuid.UUID) -> str:
    return f"{FILES_LINK}{message_id.hex}"


def parse_link(url: str) -> tuple[str, uuid.UUID] | None:
    """("file", attachment id) or ("files", message id) for one of these links, else None."""
    match = _LINK_RE.fullmatch(url)
    return (match.group(1), uuid.UUID(hex=match.group(2))) if match else None


def unique_path(folder: Path, name: str, taken: set[Path]) -> Path:
    """``folder/name``, or ``name (2)``, ``name (3)``… when that exists or is ``taken``."""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    for n in itertools.count(1):
        candidate = folder / (name if n == 1 else f"{stem} ({n}){'.' + ext if ext else ''}")
        if candidate not in taken and not candidate.exists():
            return candidate
    raise AssertionError("unreachable")


class AttachmentFiles(QObject):
    """Open and save the attachments shown in ``browser`` (the pane's timeline)."""

    def __init__(self, context: PaneContext, browser: SafeTextBrowser, host: QWidget) -> None:
        super().__init__(host)
        self.context = context
        self.browser = browser
        self.host = host
        self.tasks = TaskRunner(self, threads=2)
        self._private: tempfile.TemporaryDirectory[str] | None = None
        self._jobs = itertools.count()
        self.last_folder = Path.home()
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save_path
        self.ask_folder: Callable[[], Path | None] = self._ask_folder
        self.confirm_risky: Callable[[StoredFile, Risk], bool] = self._confirm_risky
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.busy = 0  # files being written now (tests wait for 0)
        self.save_all_action = pane_action(
            host,
            self.tr("Save all attachments…"),
            self.save_all_focused,
            "mdi6.download-multiple",
            "Ctrl+Shift+S",
        )
        self.save_all_action.setStatusTip(self.tr("Save every file of this message, or of the conversation"))
        browser.internal_link.connect(self._link)
        browser.viewport().installEventFilter(self)
        browser.installEventFilter(self)

    # -- what the links say ------------------------------------------------------------------

    def _link(self, url: str) -> None:
        target = parse_link(url)
        if target is None:
            return
        kind, target_id = target
        if kind == "file":
            self.open(target_id)
        else:
            self.save_all(target_id)

    def focused_link(self) -> tuple[str, uuid.UUID] | None:
        """The file link the keyboard focus is on in the timeline (Tab moves between links)."""
        if not self.browser.hasFocus():
            return None
        return parse_link(self.browser.textCursor().charFormat().anchorHref())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            if watched is self.browser.viewport():
                target = parse_link(self.browser.anchorAt(event.pos()))
                where = event.globalPos()
            else:  # the menu key on the browser: the focused link
                target = self.focused_link()
                where = self.browser.viewport().mapToGlobal(self.browser.cursorRect().bottomLeft())
            if target is not None:
                self.menu_for(target).popup(where)
                return True
        if watched is self.browser and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            target = self.focused_link()
            if target is not None and target[0] == "file" and event.matches(QKeySequence.StandardKey.Save):
                self.save_as(target[1])
                return True
        return False

    def menu_for(self, target: tuple[str, uuid.UUID]) -> QMenu:
        kind, target_id = target
        menu = QMenu(self.browser)
        if kind == "file":
            menu.addAction(self.tr("&Open"), lambda: self.open(target_id))
            menu.addAction(
                self.tr("&Save as…"), QKeySequence.StandardKey.Save, lambda: self.save_as(target_id)
            )
            message_id = self._message_of(target_id)
            if message_id is not None and len(self._files_of(message_id)) > 1:
                menu.addAction(self.tr("Save &all of this message…"), lambda: self.save_all(message_id))
        else:
            menu.addAction(self.tr("Save &all of this message…"), lambda: self.save_all(target_id))
        return menu

    # -- the conversation's files --------------------------------------------------------------

    def _files_of(self, message_id: uuid.UUID | None) -> list[uuid.UUID]:
        detail = self.context.detail
        if detail is None:
            return []
        return [
            a.id
            for m in detail.messages
            if message_id is None or m.id == message_id
            for a in getattr(m, "attachments", ())
            if a.id is not None
        ]

    def _message_of(self, attachment_id: uuid.UUID) -> uuid.UUID | None:
        detail = self.context.detail
        for m in detail.messages if detail is not None else ():
            if any(a.id == attachment_id for a in getattr(m, "attachments", ())):
                return m.id
        return None

    def _info(self, attachment_id: uuid.UUID) -> StoredFile | None:
        try:
            with self.context.services.store.read() as session:
                info = describe(session, attachment_id)
        except AgentDeskError as exc:
            self.context.say(exc.message, "error")
            return None
        if not info.complete:
            self.context.say(unavailable(info).message, "error")
            return None
        return info

    # -- actions -------------------------------------------------------------------------------

    def open(self, attachment_id: uuid.UUID) -> None:
        """Open a file with the system's application (after a warning for risky types)."""
        info = self._info(attachment_id)
        if info is None:
            return
        risk = risk_of(info.filename, info.content_type)
        if risk is not None and not self.confirm_risky(info, risk):
            return
        if self._private is None:
            self._private = tempfile.TemporaryDirectory(prefix="agentdesk-files-")  # mode 0700
        folder = Path(self._private.name) / attachment_id.hex
        folder.mkdir(exist_ok=True)
        target = folder / safe_filename(info.filename)

        def opened(path: Path) -> None:
            if not self.open_url(QUrl.fromLocalFile(str(path))):
                self.context.say(
                    self.tr("No application on this computer opens %1. Use Save as… instead.").replace(
                        "%1", info.filename
                    ),
                    "error",
                )

        self._write([(attachment_id, target)], opened)

    def save_as(self, attachment_id: uuid.UUID) -> None:
        info = self._info(attachment_id)
        if info is None:
            return
        path = self.ask_save_path(safe_filename(info.filename))
        if path is None:
            return
        self.last_folder = path.parent

        def saved(done: Path) -> None:
            self.context.say(
                self.tr("Saved %1 to %2.").replace("%1", done.name).replace("%2", str(done.parent)), "info"
            )

        self._write([(attachment_id, path)], saved)

    def save_all_focused(self) -> None:
        """Ctrl+Shift+S: the files of the focused file's message, else of the whole conversation."""
        target = self.focused_link()
        if target is None:
            self.save_all(None)
        elif target[0] == "files":
            self.save_all(target[1])
        else:
            self.save_all(self._message_of(target[1]))

    def save_all(self, message_id: uuid.UUID | None) -> None:
        """Save every file of a message (None: of the conversation) into a folder the agent picks;
        a name already there gets " (2)" rather than replacing the file."""
        files = []
        for attachment_id in self._files_of(message_id):
            with self.context.services.store.read() as session:
                try:
                    info = describe(session, attachment_id)
                except AgentDeskError:
                    continue
            if info.complete:
                files.append(info)
        if not files:
            self.context.say(self.tr("There is no file to save here."), "info")
            return
        folder = self.ask_folder()
        if folder is None:
            return
        self.last_folder = folder
        taken: set[Path] = set()
        jobs = []
        for info in files:
            path = unique_path(folder, safe_filename(info.filename), taken)
            taken.add(path)
            jobs.append((info.id, path))

        def saved(_last: Path) -> None:
            self.context.say(
                self.tr("Saved %n file(s) to %1.", "", len(jobs)).replace("%1", str(folder)), "info"
            )

        self._write(jobs, saved)

    def _write(self, jobs: list[tuple[uuid.UUID, Path]], done: Callable[[Path], None]) -> None:
        store = self.context.services.store

        def work() -> Path:
            last = jobs[-1][1]
            for attachment_id, path in jobs:
                last = copy_to(store, attachment_id, path)
            return last

        def finished(result: object) -> None:
            self.busy -= 1
            assert isinstance(result, Path)
            done(result)

        def failed(sentence: str) -> None:
            self.busy -= 1
            self.context.say(sentence, "error")

        self.busy += 1
        self.tasks.run(f"file-{next(self._jobs)}", work, finished, failed)

    # -- the default dialogs -------------------------------------------------------------------

    def _ask_save_path(self, name: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.host, self.tr("Save attachment"), str(self.last_folder / name)
        )
        return Path(chosen) if chosen else None

    def _ask_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self.host, self.tr("Save all attachments to"), str(self.last_folder)
        )
        return Path(chosen) if chosen else None

    def _confirm_risky(self, info: StoredFile, risk: Risk) -> bool:
        box = QMessageBox(self.host)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Open this file?"))
        if risk is Risk.EXECUTABLE:
            box.setText(self.tr("%1 is a program or script.").replace("%1", info.filename))
            box.setInformativeText(
                self.tr("Opening it runs it on this computer. Open it only if you trust where it came from.")
            )
        else:
            box.setText(self.tr("%1 can contain macros.").replace("%1", info.filename))
            box.setInformativeText(
                self.tr("Macros in a document from outside can harm this computer. Do not enable them.")
            )
        open_button = box.addButton(self.tr("Open anyway"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is open_button


__all__ = ["AttachmentFiles", "file_link", "files_link", "parse_link", "unique_path"]
