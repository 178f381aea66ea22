# SPDX-License-Identifier: GPL-3.0-or-later
"""How a reply left, in words: the timeline's line above each reply and forward.

"Sent by email from support@shop · to anna@example.dk · Cc …", "By email · waiting to be sent…",
"Not sent — reason · Send again", "Logged (Phone)", and in red "Not delivered — no connection for
this channel". The facts come from the message (``inbox.delivery.Delivery``); this module only
words them, in the reader's language.
"""

from __future__ import annotations

import html

from agentdesk.gui import labels, theme
from agentdesk.gui.labels import translate
from agentdesk.inbox.delivery import CONNECTOR, EMAIL, LOGGED, NONE
from agentdesk.inbox.queries import MessageEntry

CONTEXT = "Delivery"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def not_delivered_text() -> str:
    return translate("Delivery", "Not delivered — no connection for this channel")


def _recipients(message: MessageEntry) -> str:
    d = message.delivery
    parts: list[str] = []
    to = d.forward_to or d.to
    if to:
        parts.append(translate("Delivery", "to %1").replace("%1", ", ".join(to)))
    if d.cc:
        parts.append(translate("Delivery", "Cc %1").replace("%1", ", ".join(d.cc)))
    if d.bcc:
        parts.append(translate("Delivery", "Bcc %1").replace("%1", ", ".join(d.bcc)))
    return " · ".join(_e(p) for p in parts)


def _state(message: MessageEntry, reason: str | None, retry_link: str) -> list[str]:
    """The mail's state: sent, waiting, or not sent with its reason and Send again."""
    if message.delivery_state == "failed":
        text = reason or translate("Delivery", "not sent")
        return [
            f'<span style="color: {theme.DANGER}; font-weight: 600">{_e(text)}</span>'
            f' <a href="{retry_link}">{_e(translate("Delivery", "Send again"))}</a>'
        ]
    if message.delivery_state == "queued":
        return [_e(translate("Delivery", "waiting to be sent…"))]
    return []


def delivery_role(message: MessageEntry, reason: str | None, retry_link: str) -> str | None:
    """The role line of a reply or a forward as HTML (escaped); None for other entries."""
    d = message.delivery
    if message.direction == "note" and d.forward:
        parts = [_e(translate("Delivery", "Forwarded by email"))]
        if message.delivery_state == "sent":
            parts[0] = _e(translate("Delivery", "Forwarded by email, sent"))
        parts += [_recipients(message), *_state(message, reason, retry_link)]
        return " · ".join(p for p in parts if p)
    channel = labels.channel_label(message.channel)
    if message.direction == "inbound" and d.cc:  # the customer copied others: Reply all reaches them
        via = _e(translate("Delivery", "via %1").replace("%1", channel))
        return via + " · " + _e(translate("Delivery", "Cc %1").replace("%1", ", ".join(d.cc)))
    if message.direction != "outbound":
        return None
    if d.route == LOGGED:
        return _e(
            translate("Delivery", "Logged (%1): recorded by the agent, nothing was sent").replace(
                "%1", channel
            )
        )
    if d.route == CONNECTOR:  # delivered on its own channel (imported history, the demo)
        parts = [_e(translate("Delivery", "Reply via %1").replace("%1", channel))]
        if message.delivery_state == "sent":
            parts.append(_e(translate("Delivery", "sent")))
        return " · ".join([*parts, *_state(message, reason, retry_link)])
    if d.route == NONE or d.route != EMAIL:
        return (
            _e(translate("Delivery", "Reply via %1").replace("%1", channel))
            + f' · <span style="color: {theme.DANGER}; font-weight: 600">{_e(not_delivered_text())}</span>'
        )
    if message.delivery_state == "sent":
        head = (
            translate("Delivery", "Sent by email from %1").replace("%1", d.mailbox)
            if d.mailbox
            else translate("Delivery", "Sent by email")
        )
    else:
        head = (
            translate("Delivery", "By email from %1").replace("%1", d.mailbox)
            if d.mailbox
            else translate("Delivery", "By email")
        )
    parts = [_e(head), _recipients(message), *_state(message, reason, retry_link)]
    return " · ".join(p for p in parts if p)


__all__ = ["delivery_role", "not_delivered_text"]
