# SPDX-License-Identifier: GPL-3.0-or-later
"""The timeline on screen: the conversation's messages and events in a safe browser.

``timeline.render_timeline`` turns a conversation into HTML; this widget shows it. It follows the
newest entry while the document lays itself out (unless the agent scrolls), keeps the agent's
place when the same conversation is shown again, and scrolls to an entry when asked (the first
new one, after a send was stopped for review). Our own links in the HTML become signals (send
again, show images) or open the whole of a long message in a viewer.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from agentdesk.gui import icons, theme
from agentdesk.gui.message_viewer import MessageViewer
from agentdesk.gui.timeline import (
    ICON_ATTACHMENT,
    ICON_NOTE,
    ICON_SHIELD,
    INLINE_SCHEME,
    LINK_IMAGES,
    LINK_RETRY,
    LINK_SCHEME,
    LINK_WHOLE,
    RenderedTimeline,
    TimelineOptions,
    link_target,
    render_timeline,
)
from agentdesk.inbox.queries import ConversationDetail, MessageEntry

LOCAL_SCHEMES = {"agentdesk-icon"}
REMOTE_SCHEMES = {"http", "https"}
OPENABLE_SCHEMES = {"http", "https", "mailto"}
DOCUMENT_STYLE = "p { margin-top: 0px; margin-bottom: 8px; } ul, ol { margin-top: 0px; margin-bottom: 8px; }"


class SafeTextBrowser(QTextBrowser):
    """A read-only browser that never fetches anything itself: no remote images, styles or pages.

    It shows our own images (``local_images``) and remote images the pane fetched after the agent
    allowed them (``remote_images``, keyed by ``image_key``); ``loadResource`` answers nothing for
    any other URL. Links are not followed inside the browser: our own ``agentdesk:`` links go to
    ``internal_link``, an http(s) or mailto link opens in the system's browser or mail program.
    """

    internal_link = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.local_images: dict[str, QPixmap] = {}
        self.remote_images: dict[str, QImage] = {}
        # Images sent inside a mail (``cid:``), by attachment id; the pane reads them from the store.
        self.inline_loader: Callable[[str], QImage | None] | None = None
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.anchorClicked.connect(self._open_link)

    @staticmethod
    def image_key(url: QUrl | str) -> str:
        return QUrl(url).toString(QUrl.ComponentFormattingOption.FullyEncoded)

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002  (Qt's parameter name)
        url = QUrl(name)
        if type != QTextDocument.ResourceType.ImageResource:
            return None
        scheme = url.scheme().lower()
        if scheme in LOCAL_SCHEMES:
            return self.local_images.get(url.toString())
        if scheme == INLINE_SCHEME and self.inline_loader is not None:
            return self.inline_loader(url.path())
        if scheme in REMOTE_SCHEMES:
            return self.remote_images.get(self.image_key(url))
        return None

    def _open_link(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == LINK_SCHEME:
            self.internal_link.emit(url.toString())
        elif scheme in OPENABLE_SCHEMES:
            QDesktopServices.openUrl(url)


class ConversationTimeline(SafeTextBrowser):
    """The timeline of the conversation on show (``show_timeline``); ``highlight`` marks entries that are
    new since the agent started writing."""

    retry_requested = Signal(object)  # message id: "Send again" on a reply that was not sent
    images_requested = Signal(object)  # message id: "Show images" of one message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(16)
        # Mail bodies come with paragraphs spaced for a page; tighter reads better in a thread.
        self.document().setDefaultStyleSheet(DOCUMENT_STYLE)
        self.detail: ConversationDetail | None = None
        self.rendered: RenderedTimeline | None = None
        self.highlight: frozenset[uuid.UUID] = frozenset()
        self.viewers: list[MessageViewer] = []
        self._follow_end = False
        self._follow_anchor: str | None = None
        self.apply_theme()
        self.internal_link.connect(self._internal_link)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(lambda _min, _max: self._keep_position())
        bar.actionTriggered.connect(self._stop_following)

    def apply_theme(self) -> None:
        """Our icons in the current theme's colours (the HTML is rendered again by the pane)."""
        for url, name, colour in (
            (ICON_NOTE, "mdi6.lock-outline", theme.NOTE_LABEL),
            (ICON_ATTACHMENT, "mdi6.paperclip", theme.TEXT_MUTED),
            (ICON_SHIELD, "mdi6.shield-lock-outline", theme.TEXT_MUTED),
        ):
            self.local_images[url] = icons.icon(name, colour).pixmap(24, 24)

    @property
    def remote_urls(self) -> dict[uuid.UUID, tuple[str, ...]]:
        """The remote images of the messages on show, by message."""
        return dict(self.rendered.remote_images) if self.rendered is not None else {}

    def show_timeline(
        self,
        detail: ConversationDetail,
        options: TimelineOptions,
        *,
        keep_position: bool = False,
        anchor: str | None = None,
    ) -> None:
        """Lay the timeline out again: at the end (a newly opened conversation), where the agent
        was (``keep_position``, unless they were at the end), or at an entry (``anchor``)."""
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        position = bar.value()
        self.detail = detail
        self.rendered = render_timeline(detail, options)
        self._follow_anchor = anchor
        self._follow_end = anchor is None and (not keep_position or at_end)
        self.setHtml(self.rendered.html)
        if anchor is not None:
            self.scrollToAnchor(anchor)
        elif self._follow_end:
            bar.setValue(bar.maximum())
        else:
            bar.setValue(position)

    def forget(self) -> None:
        """No conversation on show any more."""
        self.detail = None
        self.rendered = None
        self.highlight = frozenset()

    def scroll_to(self, anchor: str | None) -> None:
        if anchor is not None:
            self.scrollToAnchor(anchor)

    def _keep_position(self) -> None:
        """The document lays itself out in steps after ``setHtml``; keep following the end (or the
        entry asked for) until the agent scrolls."""
        if self._follow_anchor is not None:
            self.scrollToAnchor(self._follow_anchor)
        elif self._follow_end:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())

    def _stop_following(self, _action: int) -> None:
        self._follow_end = False
        self._follow_anchor = None

    # -- our links -------------------------------------------------------------------------------

    def _internal_link(self, url: str) -> None:
        target = link_target(url)
        if target is None:
            return
        action, message_id = target
        if action == LINK_RETRY:
            self.retry_requested.emit(message_id)
        elif action == LINK_IMAGES:
            self.images_requested.emit(message_id)
        elif action == LINK_WHOLE:
            self.open_whole_message(message_id)

    def open_whole_message(self, message_id: uuid.UUID) -> MessageViewer | None:
        """A long message whole, in a viewer of its own (not blocking; it loads in slices)."""
        detail = self.detail
        message = (
            next((e for e in detail.timeline if isinstance(e, MessageEntry) and e.id == message_id), None)
            if detail is not None
            else None
        )
        if message is None:
            return None
        viewer = MessageViewer(message, self.window())
        self.viewers.append(viewer)
        viewer.finished.connect(lambda _result, v=viewer: self._forget_viewer(v))
        viewer.show()
        return viewer

    def _forget_viewer(self, viewer: MessageViewer) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)
