# SPDX-License-Identifier: GPL-3.0-or-later
"""Icons from the Material Design set bundled with qtawesome, made once and cached.

qtawesome draws from an icon font, so icons stay sharp at any scale and need no files of ours.
"""

from __future__ import annotations

import functools

import qtawesome
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


@functools.cache
def icon(name: str, colour: str = theme.TEXT_MUTED) -> QIcon:
    return qtawesome.icon(name, color=colour)


def channel_icon(channel: str, colour: str = theme.TEXT_MUTED) -> QIcon:
    return icon(CHANNEL_ICONS.get(channel, "mdi6.message-outline"), colour)


def priority_icon(priority: str) -> QIcon:
    return icon(
        PRIORITY_ICONS.get(priority, "mdi6.equal"), theme.PRIORITY_COLOURS.get(priority, theme.TEXT_MUTED)
    )


def mood_icon(mood: str) -> QIcon:
    return icon(MOOD_ICONS.get(mood, "mdi6.emoticon-outline"), theme.MOOD_COLOURS.get(mood, theme.TEXT_MUTED))
