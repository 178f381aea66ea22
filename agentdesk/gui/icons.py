# SPDX-License-Identifier: GPL-3.0-or-later
"""Icons from the Material Design set bundled with qtawesome, made once per colour and cached.

qtawesome draws from an icon font, so icons stay sharp at any scale and need no files of ours.
Colours default to the current theme's muted text colour, read at call time so that a theme switch
gives new icons.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from agentdesk.gui import theme
from agentdesk.gui.icon_cache import IconCache

CHANNEL_ICONS = {
    "email": "mdi6.email-outline",
    "chat": "mdi6.chat-outline",
    "phone": "mdi6.phone-outline",
    "social": "mdi6.share-variant-outline",
    "web_form": "mdi6.form-select",
    "letter": "mdi6.mailbox-outline",
    "walk_in": "mdi6.walk",
}
PRIORITY_ICONS = {
    "urgent": "mdi6.chevron-double-up",
    "high": "mdi6.chevron-up",
    "normal": "mdi6.equal",
    "low": "mdi6.chevron-down",
}
MOOD_ICONS = {
    "happy": "mdi6.emoticon-happy-outline",
    "neutral": "mdi6.emoticon-neutral-outline",
    "unhappy": "mdi6.emoticon-sad-outline",
    "angry": "mdi6.emoticon-angry-outline",
}
VIEW_ICONS = {
    "my_open": "mdi6.account-outline",
    "unassigned": "mdi6.inbox-outline",
    "tier_1": "mdi6.numeric-1-box-outline",
    "tier_2": "mdi6.numeric-2-box-outline",
    "tier_3": "mdi6.numeric-3-box-outline",
    "due_soon": "mdi6.timer-sand",
    "breached": "mdi6.alert-octagon-outline",
    "waiting_on_customer": "mdi6.pause-circle-outline",
    "follow_ups": "mdi6.calendar-clock-outline",
    "snoozed": "mdi6.alarm-snooze",
    "solved": "mdi6.check-circle-outline",
    "all": "mdi6.tray-full",
    "search": "mdi6.magnify",
}


ICON_SIZES = (16, 18, 20, 24, 32, 48)


_drawn = IconCache()  # in memory until the application names its file (use_cache)


def use_cache(path: Path | None) -> IconCache:
    """Keep the drawn icons in ``path`` from now on (read back from it on the next start); in
    memory only with None."""
    global _drawn
    _drawn = IconCache(path)
    _icon.cache_clear()
    return _drawn


def save_cache() -> bool:
    """Write the icons drawn since the cache file was read; whether it holds them all."""
    return _drawn.save()


@functools.cache
def _icon(name: str, colour: str) -> QIcon:
    """The glyph drawn once per size into pixmaps: qtawesome's own icons draw the font glyph on
    every paint, which the inbox list would do for each visible row on every repaint. Drawn
    pixmaps come from the cache file when an earlier start drew them."""
    app = QGuiApplication.instance()
    scale = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    key = f"{name}|{colour}|{scale:g}|{','.join(map(str, ICON_SIZES))}"
    pixmaps = _drawn.get(key)
    if pixmaps is None:
        import qtawesome  # the font, only for an icon no earlier start drew

        drawn = qtawesome.icon(name, color=colour)
        pixmaps = [drawn.pixmap(QSize(size, size)) for size in ICON_SIZES]
        _drawn.put(key, pixmaps)
    icon = QIcon()
    for pixmap in pixmaps:
        if pixmap.devicePixelRatio() != scale:
            pixmap = QPixmap(pixmap)
            pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon


def icon(name: str, colour: str | None = None) -> QIcon:
    return _icon(name, colour or theme.TEXT_MUTED)


def channel_icon(channel: str, colour: str | None = None) -> QIcon:
    return icon(CHANNEL_ICONS.get(channel, "mdi6.message-outline"), colour)


def priority_icon(priority: str) -> QIcon:
    return icon(
        PRIORITY_ICONS.get(priority, "mdi6.equal"), theme.PRIORITY_COLOURS.get(priority, theme.TEXT_MUTED)
    )


def mood_icon(mood: str) -> QIcon:
    return icon(MOOD_ICONS.get(mood, "mdi6.emoticon-outline"), theme.MOOD_COLOURS.get(mood, theme.TEXT_MUTED))


def view_icon(view: str, colour: str | None = None) -> QIcon:
    return icon(VIEW_ICONS.get(view, "mdi6.format-list-bulleted"), colour)
