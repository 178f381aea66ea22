# SPDX-License-Identifier: GPL-3.0-or-later
"""The drawn icons kept in one file: read back on the next start without the icon font, drawn
afresh for another qtawesome, and a damaged or unwritable file never stops the window."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, QDataStream, QIODevice
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QApplication

from agentdesk.gui import icons
from agentdesk.gui.icon_cache import FORMAT, MAGIC, IconCache
from tests.conftest import within_cpu_seconds


@pytest.fixture
def fresh_icons() -> Iterator[None]:
    """The icons module as the tests found it: in memory, nothing drawn."""
    icons.use_cache(None)
    yield
    icons.use_cache(None)


def _pixmaps(colour: str) -> list[QPixmap]:
    drawn = []
    for size in (16, 24):
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(colour))
        drawn.append(pixmap)
    return drawn


def _header(stamp: str) -> QByteArray:
    data = QByteArray()
    out = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    out.writeQString(MAGIC)
    out.writeInt32(FORMAT)
    out.writeQString(stamp)
    return data


def test_drawn_pixmaps_come_back_from_the_file(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "cache" / "icons.bin"
    cache = IconCache(path, stamp="qtawesome 1")
    cache.put("mail|#ff0000", _pixmaps("#ff0000"))
    assert cache.unsaved == 1
    assert cache.save()
    assert cache.unsaved == 0

    again = IconCache(path, stamp="qtawesome 1")
    found = again.get("mail|#ff0000")
    assert found is not None
    assert [p.width() for p in found] == [16, 24]
    assert found[1].toImage().pixelColor(5, 5) == QColor("#ff0000")
    assert again.get("phone|#ff0000") is None


def test_another_qtawesome_draws_afresh(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "icons.bin"
    cache = IconCache(path, stamp="qtawesome 1")
    cache.put("mail|#000000", _pixmaps("#000000"))
    cache.save()
    assert IconCache(path, stamp="qtawesome 2").get("mail|#000000") is None


def test_a_damaged_file_is_ignored_and_written_again(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "icons.bin"
    cache = IconCache(path, stamp="s")
    cache.put("mail|#000000", _pixmaps("#000000"))
    cache.save()
    path.write_bytes(path.read_bytes()[:-40])  # cut short, as by a full disk

    damaged = IconCache(path, stamp="s")
    assert damaged.get("mail|#000000") is None
    damaged.put("mail|#000000", _pixmaps("#000000"))
    assert damaged.save()
    assert IconCache(path, stamp="s").get("mail|#000000") is not None


def test_an_unwritable_place_keeps_the_icons_in_memory(qapp: QApplication, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    cache = IconCache(blocker / "icons.bin", stamp="s")
    cache.put("mail|#000000", _pixmaps("#000000"))
    assert not cache.save()
    assert cache.get("mail|#000000") is not None


def test_nothing_to_write_without_a_file(qapp: QApplication) -> None:
    cache = IconCache()
    cache.put("mail|#000000", _pixmaps("#000000"))
    assert not cache.save()
    assert len(cache) == 1


def test_the_next_start_shows_its_icons_without_the_icon_font(
    qapp: QApplication, tmp_path: Path, fresh_icons: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "icons.bin"
    icons.use_cache(path)
    drawn = icons.channel_icon("email").pixmap(24, 24).toImage()
    icons.priority_icon("urgent")
    assert icons.save_cache()

    icons.use_cache(path)  # the next start
    monkeypatch.setitem(sys.modules, "qtawesome", None)  # importing it now fails
    again = icons.channel_icon("email").pixmap(24, 24).toImage()
    assert again == drawn
    assert not icons.priority_icon("urgent").isNull()
    with pytest.raises(ImportError):
        icons.channel_icon("phone")  # never drawn: this one needs the font
    assert len(IconCache(path)) == 2  # the email and the urgent icon, as the first start drew them


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=st.sampled_from(["none", "ours", "other"]),
    body=st.binary(max_size=300),
)
def test_any_file_reads_as_icons_or_as_nothing(
    qapp: QApplication, tmp_path: Path, header: str, body: bytes
) -> None:
    path = tmp_path / "icons.bin"
    prefix = {"none": QByteArray(), "ours": _header("s"), "other": _header("t")}[header]
    path.write_bytes(bytes(prefix.data()) + body)
    with within_cpu_seconds(1.0):
        cache = IconCache(path, stamp="s")
        entries = len(cache)
    assert entries == 0 or header == "ours"
    for key in list(cache._pixmaps):
        assert all(not p.isNull() for p in cache.get(key) or [])
