# SPDX-License-Identifier: GPL-3.0-or-later
"""Fetching the remote images of a message once the agent allowed them.

A ``QTextBrowser`` cannot fetch http itself, and must not: a remote image in a customer's mail is
often a tracking pixel that tells the sender when and where the mail was read. So the timeline
shows none until the agent asks, and then the pane fetches them here, in the background (Qt's
network access runs on the event loop, never blocking the window), and hands them to the browser
as resources.

Every fetch is bounded: http and https only, a size limit checked against the announced length
and again while the data arrives, a transfer timeout, redirects only to equally safe schemes, no
cookies kept, and the picture's dimensions read from its header before it is decoded (a small file
can announce a gigantic image).

``ImageFetcher`` is what the pane needs; tests inject a fake one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QUrl
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtNetwork import (
    QNetworkAccessManager,
    QNetworkCookie,
    QNetworkCookieJar,
    QNetworkReply,
    QNetworkRequest,
)

log = logging.getLogger("agentdesk.gui.images")

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # about 160 MB decoded; more is an attack, not a picture
TRANSFER_TIMEOUT_MS = 15_000

ImageDone = Callable[[str, QImage | None], None]


class ImageFetcher(Protocol):
    def fetch(self, url: str, done: ImageDone) -> None:
        """Fetch ``url`` and call ``done(url, image)`` later on the GUI thread; ``image`` is None
        when it could not be fetched or is not a picture. Never calls ``done`` synchronously
        from a real network; a fake may."""
        ...


def decode_image(data: bytes | QByteArray, max_pixels: int = MAX_IMAGE_PIXELS) -> QImage | None:
    """The picture in ``data``, or None when it is not one or announces too many pixels."""
    payload = QByteArray(data) if isinstance(data, bytes) else data
    buffer = QBuffer()
    buffer.setData(payload)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > max_pixels:
        return None
    image = reader.read()
    return None if image.isNull() else image


class NetworkImageFetcher(QObject):
    """``ImageFetcher`` over ``QNetworkAccessManager`` with the limits of the module docstring."""

    def __init__(self, parent: QObject | None = None, *, max_bytes: int = MAX_IMAGE_BYTES) -> None:
        super().__init__(parent)
        self.max_bytes = max_bytes
        self._manager = QNetworkAccessManager(self)
        self._manager.setCookieJar(_NoCookies(self._manager))
        self._manager.setRedirectPolicy(QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy)
        self._waiting: dict[str, list[ImageDone]] = {}

    def fetch(self, url: str, done: ImageDone) -> None:
        qurl = QUrl(url)
        if qurl.scheme().lower() not in ("http", "https") or not qurl.isValid():
            done(url, None)
            return
        if url in self._waiting:  # already on its way: answer both callers
            self._waiting[url].append(done)
            return
        self._waiting[url] = [done]
        request = QNetworkRequest(qurl)
        request.setTransferTimeout(TRANSFER_TIMEOUT_MS)
        request.setAttribute(
            QNetworkRequest.Attribute.CookieLoadControlAttribute, QNetworkRequest.LoadControl.Manual
        )
        request.setAttribute(
            QNetworkRequest.Attribute.CookieSaveControlAttribute, QNetworkRequest.LoadControl.Manual
        )
        request.setRawHeader(QByteArray(b"Accept"), QByteArray(b"image/*"))
        reply = self._manager.get(request)
        reply.metaDataChanged.connect(lambda: self._check_length(reply))
        reply.downloadProgress.connect(lambda received, _total: self._check_received(reply, received))
        reply.finished.connect(lambda: self._finished(url, reply))

    def _check_length(self, reply: QNetworkReply) -> None:
        length = reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
        if isinstance(length, int) and length > self.max_bytes:
            reply.abort()

    def _check_received(self, reply: QNetworkReply, received: int) -> None:
        if received > self.max_bytes:
            reply.abort()

    def _finished(self, url: str, reply: QNetworkReply) -> None:
        image: QImage | None = None
        if reply.error() == QNetworkReply.NetworkError.NoError:
            data = reply.readAll()
            if data.size() <= self.max_bytes:
                image = decode_image(data)
        else:
            log.info("remote image not loaded: %s", reply.errorString())
        reply.deleteLater()
        for done in self._waiting.pop(url, []):
            done(url, image)


class _NoCookies(QNetworkCookieJar):
    """A jar that keeps nothing: an image request must not carry or collect an identity."""

    def setCookiesFromUrl(self, cookieList: object, url: QUrl | str) -> bool:
        return False

    def cookiesForUrl(self, url: QUrl | str) -> list[QNetworkCookie]:
        return []
