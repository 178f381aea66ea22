# SPDX-License-Identifier: GPL-3.0-or-later
"""Icons from the Material Design set bundled with qtawesome, made once per colour and cached.

qtawesome draws from an icon font, so icons stay sharp at any scale and need no files of ours.
Colours default to the current theme's muted text colour, read at call time so that a theme switch
gives new icons.
"""

from __future__ import annotations

import functools

import qtawesome
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from agentdesk.gui import theme

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


@functools.cache
def _icon(name: str, colour: str) -> QIcon:
    """The glyph drawn once per size into pixmaps: qtawesome's own icons draw the font glyph on
    every paint, which the inbox list would do for each visible row on every repaint."""
    drawn = qtawesome.icon(name, color=colour)
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(drawn.pixmap(QSize(size, size)))
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
