# SPDX-License-Identifier: GPL-3.0-or-later
"""Pictures in messages: those sent inside a mail, and remote ones the agent allowed.

A picture the customer sent inside the mail (``cid:``) is an attachment in the store: it is read
when the timeline asks for it, scaled to fit and kept. A remote picture is never fetched by the
browser: the timeline says how many are blocked, and only when the agent allows them (per message,
or "Show remote images" for the whole conversation) does this part fetch them, through the
``ImageFetcher`` (the network, or a test's stand-in). ``changed`` asks the pane to render the
timeline again: at once when images are allowed ("Loading images…"), and once for images that
arrive close together.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QWidget

from agentdesk.attachments import read_small
from agentdesk.errors import AgentDeskError
from agentdesk.gui import icons
from agentdesk.gui.conversation.timeline_view import SafeTextBrowser
from agentdesk.gui.remote_images import ImageFetcher, NetworkImageFetcher
from agentdesk.gui.timeline import IMAGE_FAILED, IMAGE_LOADED, IMAGE_LOADING
from agentdesk.services import Services
from agentdesk.store.models import Attachment

IMAGE_MAX_SIZE = QSize(520, 1600)
INLINE_MAX_BYTES = 8 << 20  # a larger picture inside a mail is shown as an attachment only
RENDER_DELAY_MS = 120  # images arriving close together make one re-render


def _fitted(image: QImage) -> QImage:
    if image.width() > IMAGE_MAX_SIZE.width() or image.height() > IMAGE_MAX_SIZE.height():
        return image.scaled(
            IMAGE_MAX_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


class MessageImages(QObject):
    """The pictures of the pane's timeline (``browser``): what is allowed, loading, loaded."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        browser: SafeTextBrowser,
        host: QWidget,
        fetcher: ImageFetcher | None = None,
    ) -> None:
        super().__init__(host)
        self.services = services
        self.browser = browser
        self.allowed: set[uuid.UUID] = set()
        self.states: dict[str, str] = {}  # url -> loading, loaded, failed
        self._fetcher = fetcher
        self._inline_cache: dict[str, QImage | None] = {}
        browser.inline_loader = self.inline_image
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.changed)
        self.images_action = QAction(icons.icon("mdi6.image-outline"), self.tr("Show remote &images"), host)
        self.images_action.setStatusTip(
            self.tr("Load the pictures the customer's messages link to (the sender can see that you did)")
        )
        self.images_action.triggered.connect(lambda _checked=False: self.allow(None))
        host.addAction(self.images_action)
        self._remote: dict[uuid.UUID, tuple[str, ...]] = {}

    def set_remote(self, remote: dict[uuid.UUID, tuple[str, ...]]) -> None:
        """The remote images of the messages on show, by message (after each render)."""
        self._remote = remote
        self.images_action.setEnabled(bool(remote))

    def inline_image(self, attachment_hex: str) -> QImage | None:
        """An image the customer sent inside the mail, from the stored attachment (scaled to fit)."""
        if attachment_hex in self._inline_cache:
            return self._inline_cache[attachment_hex]
        image: QImage | None = None
        try:
            attachment_id = uuid.UUID(hex=attachment_hex)
            with self.services.store.read() as session:
                row = session.get(Attachment, attachment_id)
                is_image = row is not None and row.content_type.lower().startswith("image/")
            data = read_small(self.services.store, attachment_id, INLINE_MAX_BYTES) if is_image else None
        except (ValueError, AgentDeskError):
            data = None
        if data:
            loaded = QImage.fromData(data)
            if not loaded.isNull():
                image = _fitted(loaded)
        self._inline_cache[attachment_hex] = image
        return image

    def allow(self, message_id: uuid.UUID | None) -> None:
        """Fetch and show the remote images of one message (None: of every message shown)."""
        ids = list(self._remote) if message_id is None else [message_id]
        for mid in ids:
            self.allowed.add(mid)
            for url in self._remote.get(mid, ()):
                if url not in self.states:
                    self.states[url] = IMAGE_LOADING
                    self._fetch(url)
        self.changed.emit()

    def _fetch(self, url: str) -> None:
        if self._fetcher is None:
            self._fetcher = NetworkImageFetcher(self)
        self._fetcher.fetch(url, self._arrived)

    def _arrived(self, url: str, image: QImage | None) -> None:
        if image is None or image.isNull():
            self.states[url] = IMAGE_FAILED
        else:
            self.browser.remote_images[SafeTextBrowser.image_key(url)] = _fitted(image)
            self.states[url] = IMAGE_LOADED
        self._render_timer.start()
