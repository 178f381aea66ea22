# SPDX-License-Identifier: GPL-3.0-or-later
"""Icons drawn once and kept in one file, so the window's first frame needs no icon font.

Drawing the window's icons takes qtawesome (and qtpy, which loads all of Qt's widget and GUI
classes) about 0.3 s and 26 MiB before the first frame. The pixmaps drawn are the same on every
start: this file keeps them (``QDataStream``, one entry per icon, colour and screen scale) and the
next start reads them back in a few milliseconds; an icon not in the file is drawn as before and
added when the file is written again (after the first paint, and when the window closes).

The file names the qtawesome it was drawn with (its installed file's size and time): another
qtawesome draws everything afresh. A file that cannot be read is ignored, one that cannot be
written is left as it was; icons never stop the window.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QSaveFile
from PySide6.QtGui import QPixmap

from agentdesk import __version__

log = logging.getLogger("agentdesk.gui.icons")

MAGIC = "agentdesk-icons"
FORMAT = 1
MAX_ENTRIES = 5_000  # more than the window ever draws; a file claiming more is not ours


def drawing_stamp() -> str:
    """What the drawings depend on besides name, colour and scale: this AgentDesk and the
    installed qtawesome (its file found on the import path as Python would find it, without
    importing it; a bundle without source files has its version say it)."""
    for entry in sys.path:
        origin = os.path.join(entry or ".", "qtawesome", "__init__.py")
        try:
            info = os.stat(origin)
        except OSError:
            continue
        return f"{__version__}|{origin}:{info.st_size}:{info.st_mtime_ns}"
    return f"{__version__}|bundled"


class IconCache:
    """Pixmaps by key, read from and written to ``path`` (kept in memory only without one)."""

    def __init__(self, path: Path | None = None, stamp: str | None = None) -> None:
        self.path = path
        self._stamp = stamp
        self._pixmaps: dict[str, list[QPixmap]] = {}
        self._loaded = path is None
        self._added = 0  # entries drawn since the file was read or written

    @property
    def stamp(self) -> str:
        if self._stamp is None:
            self._stamp = drawing_stamp()
        return self._stamp

    def __len__(self) -> int:
        self._load()
        return len(self._pixmaps)

    def get(self, key: str) -> list[QPixmap] | None:
        self._load()
        return self._pixmaps.get(key)

    def put(self, key: str, pixmaps: list[QPixmap]) -> None:
        self._load()
        if key not in self._pixmaps:
            self._added += 1
        self._pixmaps[key] = pixmaps

    @property
    def unsaved(self) -> int:
        """How many entries were drawn since the file was read or written."""
        return self._added

    def save(self) -> bool:
        """Write every entry to the file if any is new; whether the file now holds them all."""
        if self.path is None or not self._added:
            return self.path is not None
        data = QByteArray()
        out = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
        out.writeQString(MAGIC)
        out.writeInt32(FORMAT)
        out.writeQString(self.stamp)
        out.writeInt32(len(self._pixmaps))
        for key, pixmaps in self._pixmaps.items():
            out.writeQString(key)
            out.writeInt32(len(pixmaps))
            for pixmap in pixmaps:
                out << pixmap
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.info("icon cache not written (%s): %s", self.path, exc)
            return False
        file = QSaveFile(str(self.path))
        if (
            not file.open(QIODevice.OpenModeFlag.WriteOnly)
            or file.write(data) != data.size()
            or not file.commit()
        ):
            log.info("icon cache not written (%s): %s", self.path, file.errorString())
            file.cancelWriting()
            return False
        self._added = 0
        return True

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        assert self.path is not None
        try:
            raw = self.path.read_bytes()
        except OSError:
            return  # not drawn yet
        found = _read(QByteArray(raw), self.stamp)
        if found is None:
            log.info("icon cache %s is unreadable or from another qtawesome; drawing afresh", self.path)
            return
        self._pixmaps = {**found, **self._pixmaps}


def _read(data: QByteArray, stamp: str) -> dict[str, list[QPixmap]] | None:
    """The entries of a cache file, or None when it is not one, is damaged or is for ``stamp``'s
    predecessor."""
    source = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    if source.readQString() != MAGIC or source.readInt32() != FORMAT or source.readQString() != stamp:
        return None
    count = source.readInt32()
    if not 0 <= count <= MAX_ENTRIES:
        return None
    found: dict[str, list[QPixmap]] = {}
    for _ in range(count):
        key = source.readQString()
        sizes = source.readInt32()
        if not 0 < sizes <= 16 or source.status() != QDataStream.Status.Ok:
            return None
        pixmaps = []
        for _ in range(sizes):
            pixmap = QPixmap()
            source >> pixmap
            pixmaps.append(pixmap)
        if source.status() != QDataStream.Status.Ok or any(p.isNull() for p in pixmaps):
            return None
        found[key] = pixmaps
    return found
