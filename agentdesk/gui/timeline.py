# SPDX-License-Identifier: GPL-3.0-or-later
"""The conversation timeline as HTML for a ``QTextBrowser``.

Message bodies come from outside. ``body_html`` was sanitized before it was stored, and is
sanitized here again (defence in depth: a row may come from an older version, an import or a sync
peer) to a small set of formatting tags with no styles, no images and only http, https and mailto
links. ``body_text`` is escaped. The browser showing the result loads no remote resources either.

Each entry carries a class (``msg inbound``, ``msg outbound``, ``msg note``, ``event``) and its colours
inline, because Qt's rich-text engine supports only part of CSS.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from typing import Any

import nh3

from agentdesk.gui import labels, theme
from agentdesk.gui.labels import translate
from agentdesk.inbox.queries import ConversationDetail, EventEntry, MessageEntry

MAX_BODY_CHARS = 200_000  # beyond this the rich-text layout gets slow; the rest is cut with a note

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "div", "dl", "dt", "em", "h3", "h4", "h5",
    "h6", "hr", "i", "li", "ol", "p", "pre", "q", "s", "small", "span", "strike", "strong", "sub",
    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
URL_SCHEMES = {"http", "https", "mailto"}

ICON_NOTE = "agentdesk-icon:note"
ICON_ATTACHMENT = "agentdesk-icon:attachment"


def sanitize(body_html: str) -> str:
    """Formatting only: no scripts, styles, images, event handlers or unsafe link schemes."""
    return nh3.clean(
        body_html,
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style", "title", "head", "template", "noscript"},
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _tr(text: str) -> str:
    return translate("Timeline", text)


def message_body(message: MessageEntry) -> str:
    if message.body_html:
        body = message.body_html
        cut = len(body) > MAX_BODY_CHARS
        rendered = sanitize(body[:MAX_BODY_CHARS])
    else:
        text = message.body_text
        cut = len(text) > MAX_BODY_CHARS
        rendered = f'<p style="white-space: pre-wrap; margin: 0">{_e(text[:MAX_BODY_CHARS].strip())}</p>'
    if cut:
        rendered += f'<p style="color: {theme.TEXT_FAINT}"><i>{_e(_tr("(Shortened for display.)"))}</i></p>'
    return rendered


def _message_look(direction: str) -> tuple[str, str, str, str]:
    """(css class, background, border, side mark) by direction."""
    if direction == "note":
        return "msg note", theme.NOTE_BG, theme.NOTE_BORDER, theme.NOTE_BORDER
    if direction == "outbound":
        return "msg outbound", theme.REPLY_BG, theme.REPLY_BORDER, theme.ACCENT
    return "msg inbound", theme.CUSTOMER_BG, theme.CUSTOMER_BORDER, theme.CUSTOMER_BORDER


def _message_role(message: MessageEntry) -> str:
    """What kind of entry this is, as HTML (escaped text, our own markup only)."""
    if message.direction == "note":
        return f'<img src="{ICON_NOTE}" width="12" height="12"> {_e(_tr("Internal note"))}'
    channel = labels.channel_label(message.channel)
    if message.direction != "outbound":
        return _e(_tr("via %1").replace("%1", channel))
    parts = [_e(_tr("Reply via %1").replace("%1", channel))]
    if message.delivery_state == "failed":
        parts.append(f'<span style="color: {theme.DANGER}">{_e(_tr("not delivered"))}</span>')
    elif message.delivery_state == "queued":
        parts.append(_e(_tr("sending…")))
    return " · ".join(parts)


def _time_html(when: dt.datetime) -> str:
    time = _e(labels.local_time(when))
    return f'<span style="color: {theme.TEXT_FAINT}">&nbsp;&nbsp;·&nbsp;&nbsp;{time}</span>'


def message_html(message: MessageEntry) -> str:
    css_class, background, border, mark = _message_look(message.direction)
    role_colour = theme.NOTE_LABEL if message.direction == "note" else theme.TEXT_FAINT
    author = message.author_name or (_tr("Agent") if message.by_agent else _tr("Customer"))
    attachments = ""
    if message.attachments:
        items = "".join(
            f'<img src="{ICON_ATTACHMENT}" width="12" height="12"> {_e(a.filename)} '
            f'<span style="color: {theme.TEXT_FAINT}">({_e(labels.file_size(a.size))})</span>&nbsp;&nbsp; '
            for a in message.attachments
        )
        attachments = f'<p style="margin-top: 8px; color: {theme.TEXT_MUTED}">{items}</p>'
    return (
        f'<table class="{css_class}" width="100%" cellspacing="0" cellpadding="0" '
        f'style="margin-top: 4px; margin-bottom: 8px">'
        f'<tr><td width="3" bgcolor="{mark}"></td>'
        f'<td class="{css_class}" bgcolor="{background}" '
        f'style="padding: 9px 12px 10px 12px; border: 1px solid {border}; border-left: none">'
        f'<p style="margin: 0 0 6px 0"><b>{_e(author)}</b>&nbsp;&nbsp;'
        f'<span style="color: {role_colour}">{_message_role(message)}</span>'
        f"{_time_html(message.created_at)}</p>"
        f"{message_body(message)}{attachments}"
        f"</td></tr></table>"
    )


def event_text(event: EventEntry) -> str:
    """One plain sentence for an audit event ("Escalated L1 → L2 by Maja Jensen: reason")."""
    data: Mapping[str, Any] = event.data
    kind = event.kind
    if kind == "created":
        channel = labels.channel_label(str(data.get("channel", "")))
        if data.get("by") == "agent":
            text = _tr("Logged by hand (%1)").replace("%1", channel)
        else:
            text = _tr("Conversation started (%1)").replace("%1", channel)
    elif kind == "status":
        text = _tr("Status %1 → %2").replace("%1", labels.status_label(str(data.get("from", ""))))
        text = text.replace("%2", labels.status_label(str(data.get("to", ""))))
    elif kind == "priority":
        text = _tr("Priority %1 → %2").replace("%1", labels.priority_label(str(data.get("from", ""))))
        text = text.replace("%2", labels.priority_label(str(data.get("to", ""))))
    elif kind == "assignment":
        to_name = event.name_of(data.get("to"))
        from_name = event.name_of(data.get("from"))
        if data.get("to") is None:
            text = _tr("Unassigned")
        elif from_name:
            text = _tr("Reassigned from %1 to %2").replace("%1", from_name)
            text = text.replace("%2", to_name or _tr("an agent"))
        else:
            text = _tr("Assigned to %1").replace("%1", to_name or _tr("an agent"))
    elif kind == "escalation":
        from_tier, to_tier = int(data.get("from_tier", 0) or 0), int(data.get("to_tier", 0) or 0)
        template = _tr("Returned %1 → %2") if to_tier < from_tier else _tr("Escalated %1 → %2")
        text = template.replace("%1", labels.tier_label(from_tier)).replace("%2", labels.tier_label(to_tier))
    elif kind == "transfer":
        from_team = event.name_of(data.get("from_team")) or _tr("no team")
        to_team = event.name_of(data.get("to_team")) or _tr("no team")
        text = _tr("Transferred from %1 to %2").replace("%1", from_team).replace("%2", to_team)
    elif kind == "tag":
        parts = []
        if data.get("added"):
            parts.append(_tr("Tagged %1").replace("%1", ", ".join(map(str, data["added"]))))
        if data.get("removed"):
            parts.append(_tr("Untagged %1").replace("%1", ", ".join(map(str, data["removed"]))))
        text = "; ".join(parts) or _tr("Tags changed")
    elif kind == "merge":
        text = _tr("Merged #%1 into #%2").replace("%1", str(data.get("source_number") or "?"))
        text = text.replace("%2", str(data.get("target_number") or "?"))
    elif kind in ("sla_warning", "sla_breach"):
        target = _sla_target(str(data.get("target", "")))
        template = _tr("SLA warning: %1 due soon") if kind == "sla_warning" else _tr("SLA breached: %1")
        text = template.replace("%1", target)
    elif kind == "follow_up":
        when = data.get("at")
        if when:
            moment = dt.datetime.fromisoformat(str(when))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.UTC)
            text = _tr("Follow-up set for %1").replace("%1", labels.local_datetime(moment))
        else:
            text = _tr("Follow-up cleared")
    else:
        text = kind.replace("_", " ").capitalize()
    if event.actor_name:
        text = _tr("%1 by %2").replace("%1", text).replace("%2", event.actor_name)
    if kind == "escalation" and data.get("reason"):
        text = f"{text}: {data['reason']}"
    return text


def _sla_target(target: str) -> str:
    return {
        "first_response": _tr("first response"),
        "next_response": _tr("next response"),
        "resolution": _tr("resolution"),
    }.get(target, target)


def _event_colour(event: EventEntry) -> tuple[str, bool]:
    """(colour, bold): breaches in red, tier changes in the colour of the tier they went to."""
    if event.kind == "sla_breach":
        return theme.DANGER, True
    if event.kind == "escalation":
        to_tier = event.data.get("to_tier")
        chip = theme.TIER_CHIPS.get(to_tier) if isinstance(to_tier, int) else None
        return (chip[1] if chip else theme.EVENT_TEXT), True
    return theme.EVENT_TEXT, False


def event_html(event: EventEntry) -> str:
    colour, bold = _event_colour(event)
    weight = "; font-weight: 600" if bold else ""
    return (
        f'<p class="event {_e(event.kind)}" style="margin: 2px 0 6px 14px; color: {colour}; '
        f'font-size: small{weight}">'
        f"•&nbsp;&nbsp;{_e(event_text(event))}"
        f"{_time_html(event.created_at)}</p>"
    )


def day_html(day: dt.datetime) -> str:
    return (
        f'<p class="day" align="center" style="margin: 14px 0 6px 0; color: {theme.TEXT_FAINT}; '
        f'font-size: small; font-weight: 600">{_e(labels.local_day(day))}</p>'
    )


def timeline_html(detail: ConversationDetail) -> str:
    """The whole timeline, oldest first, with a heading for each local day."""
    parts = []
    last_day = None
    for entry in detail.timeline:
        day = entry.created_at.astimezone().date()
        if day != last_day:
            parts.append(day_html(entry.created_at))
            last_day = day
        parts.append(message_html(entry) if isinstance(entry, MessageEntry) else event_html(entry))
    if not parts:
        parts.append(f'<p style="color: {theme.TEXT_MUTED}">{_e(_tr("No messages yet."))}</p>')
    return f'<body style="margin: 0">{"".join(parts)}</body>'
