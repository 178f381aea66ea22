# SPDX-License-Identifier: GPL-3.0-or-later
"""The conversation timeline as HTML for a ``QTextBrowser``.

Message bodies come from outside. ``body_html`` was sanitized before it was stored, and is
sanitized here again (defence in depth: a row may come from an older version, an import or a sync
peer) to a small set of formatting tags with no styles and only http, https and mailto links.
``body_text`` is escaped. The browser showing the result loads no remote resources by itself.

**Remote images** are tracking pixels as often as they are content, so they are blocked: an image
is written into the HTML only when the agent allowed the images of its message *and* the pane has
already fetched it (``images``); until then the message shows how many it has and a link to allow
them. What is written is the URL as the ``src`` of an ``img`` whose data the browser answers from
the pane's cache, so nothing here or in Qt goes to the network.

**Long bodies** are cut at ``MAX_BODY_CHARS`` for display (laying out more rich text would freeze the
window) with a link to read the whole message in a separate viewer; runs of text without a break
opportunity are given invisible break points, because Qt lays out one unbreakable 200,000-character
line about thirty times slower than ordinary text.

**Direction**: plain-text bodies become one block per paragraph, so Qt decides left-to-right or
right-to-left per paragraph from its first strong character (Arabic and English in one message
each read the right way); HTML bodies keep their own blocks.

Each entry carries a class (``msg inbound``, ``msg outbound``, ``msg note``, ``event``) and its colours
inline, because Qt's rich-text engine supports only part of CSS. Our own links use the ``agentdesk:``
scheme (``LINK_IMAGES``, ``LINK_WHOLE``); sanitized content can never contain one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html
import re
import uuid
from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from typing import Any

import nh3
from PySide6.QtCore import QMimeDatabase

from agentdesk.gui import labels, record_view, theme
from agentdesk.gui.delivery_view import delivery_role
from agentdesk.gui.escalation_dialog import reason_label
from agentdesk.gui.labels import translate
from agentdesk.inbox.queries import AttachmentInfo, ConversationDetail, EventEntry, MessageEntry

MAX_BODY_CHARS = 100_000  # about 0.15 s of layout; the rest is one click away in the viewer
MAX_REMOTE_IMAGES = 30  # per message; more than this is not a message but a page
LONG_RUN = 1_000  # characters without a break opportunity before invisible breaks are added
BREAK_EVERY = 200
ZERO_WIDTH_SPACE = "\u200b"

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "div", "dl", "dt", "em", "h3", "h4", "h5",
    "h6", "hr", "i", "img", "li", "ol", "p", "pre", "q", "s", "small", "span", "strike", "strong",
    "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src"},  # and only while allowed and fetched: see _ImageFilter
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
URL_SCHEMES = {"http", "https", "mailto", "cid"}  # cid: only ever survives as an inline image
INLINE_SCHEME = "agentdesk-inline"  # agentdesk-inline:<attachment id>: an image sent inside the mail
REMOTE_SCHEMES = ("http://", "https://")

ICON_NOTE = "agentdesk-icon:note"
ICON_ATTACHMENT = "agentdesk-icon:attachment"
ICON_SHIELD = "agentdesk-icon:shield"
ICON_NEW = "agentdesk-icon:new"

LINK_SCHEME = "agentdesk"
LINK_IMAGES = "images"  # agentdesk:images?m=<message id>: show this message's remote images
LINK_WHOLE = "whole"  # agentdesk:whole?m=<message id>: open the whole message in a viewer
LINK_RETRY = "retry"  # agentdesk:retry?m=<message id>: send a reply that was not sent again

IMAGE_LOADING = "loading"
IMAGE_FAILED = "failed"
IMAGE_LOADED = "loaded"

_NO_SOURCE_IMG = "<img>"  # what nh3 writes for an image whose src the filter removed
_TAG_SPLIT = re.compile(r"(<[^>]*>)")
_LONG_RUN = re.compile(rf"[^\s{ZERO_WIDTH_SPACE}]{{{LONG_RUN},}}")
_PARAGRAPHS = re.compile(r"\n[ \t]*\n+")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass(frozen=True)
class TimelineOptions:
    """What the pane knows beyond the conversation itself.

    ``images_allowed``: messages whose remote images the agent allowed. ``images``: the state of
    each remote image URL the pane has been asked to fetch (``IMAGE_LOADING``, ``IMAGE_LOADED``,
    ``IMAGE_FAILED``). ``highlight``: entries (messages and events) to mark as new.
    """

    images_allowed: Set[uuid.UUID] = frozenset()
    images: Mapping[str, str] = field(default_factory=dict)
    highlight: Set[uuid.UUID] = frozenset()
    delivery: Mapping[uuid.UUID, str] = field(default_factory=dict)  # why a reply was not sent
    generated: Mapping[uuid.UUID, str] = field(default_factory=dict)  # notes AgentDesk wrote, worded


@dataclass(frozen=True)
class RenderedBody:
    html: str
    remote_images: tuple[str, ...]  # remote image URLs of the body, in order, without repeats
    truncated: bool


@dataclass(frozen=True)
class RenderedTimeline:
    html: str
    remote_images: dict[uuid.UUID, tuple[str, ...]]  # by message: what "Show images" would fetch
    truncated: frozenset[uuid.UUID]  # messages shown shortened


class _ImageFilter:
    """nh3's attribute filter: collects the remote images of a body and keeps an image's ``src``
    only when the agent allowed them and the image is already fetched."""

    def __init__(
        self, allowed: bool, images: Mapping[str, str], inline: Mapping[str, str] | None = None
    ) -> None:
        self.allowed = allowed
        self.images = images
        self.inline = inline or {}  # content id → our own URL of the attachment
        self.found: dict[str, None] = {}

    def __call__(self, element: str, attribute: str, value: str) -> str | None:
        if element != "img":
            return None if value.lower().startswith(("cid:", INLINE_SCHEME)) else value
        if attribute == "src" and value.lower().startswith("cid:"):
            # An image sent inside the mail: shown from the stored attachment (nothing is fetched).
            return self.inline.get(value[4:].strip("<>"))
        if attribute != "src" or not value.lower().startswith(REMOTE_SCHEMES):
            return None
        if len(self.found) < MAX_REMOTE_IMAGES:
            self.found[value] = None
        if self.allowed and value in self.found and self.images.get(value) == IMAGE_LOADED:
            return value
        return None


def sanitize(body_html: str, *, images_allowed: bool = False, images: Mapping[str, str] | None = None) -> str:
    """Formatting only: no scripts, styles, event handlers or unsafe link schemes, and no images
    except fetched remote ones the agent allowed (see the module docstring)."""
    return _sanitize(body_html, _ImageFilter(images_allowed, images or {}))


def _sanitize(body_html: str, image_filter: _ImageFilter) -> str:
    cleaned = nh3.clean(
        body_html,
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style", "title", "head", "template", "noscript"},
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=image_filter,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    # Images without a source (blocked, not fetched yet, or never valid) leave no trace; with every
    # other attribute filtered away nh3 writes exactly this tag for them.
    return cleaned.replace(_NO_SOURCE_IMG, "")


def remote_image_urls(body_html: str | None) -> tuple[str, ...]:
    """The remote images a body refers to (at most ``MAX_REMOTE_IMAGES``)."""
    if not body_html or "<img" not in body_html.lower():
        return ()
    image_filter = _ImageFilter(False, {})
    _sanitize(body_html, image_filter)
    return tuple(image_filter.found)


def _break_run(match: re.Match[str]) -> str:
    run = match.group(0)
    return ZERO_WIDTH_SPACE.join(run[i : i + BREAK_EVERY] for i in range(0, len(run), BREAK_EVERY))


def breakable(text: str) -> str:
    """``text`` with invisible break points in runs of ``LONG_RUN`` or more non-space characters."""
    return _LONG_RUN.sub(_break_run, text) if len(text) >= LONG_RUN else text


def _breakable_html(markup: str) -> str:
    """``breakable`` applied to the text between tags (not inside a tag, nor splitting an entity)."""
    if len(markup) < LONG_RUN or _LONG_RUN.search(markup) is None:
        return markup
    parts = _TAG_SPLIT.split(markup)
    for i in range(0, len(parts), 2):  # even parts are text, odd parts are tags
        if len(parts[i]) >= LONG_RUN:
            parts[i] = html.escape(breakable(html.unescape(parts[i])), quote=False)
    return "".join(parts)


def plain_text_html(text: str) -> str:
    """Escaped plain text, one block per paragraph (so each finds its own direction), lines kept."""
    blocks = []
    for paragraph in _PARAGRAPHS.split(text.strip("\n")):
        lines = "<br>".join(_e(line) for line in breakable(paragraph).split("\n"))
        blocks.append(f'<p dir="auto" style="margin: 0 0 8px 0">{lines}</p>')
    return "".join(blocks)


def message_body(message: MessageEntry, options: TimelineOptions | None = None) -> RenderedBody:
    options = options or TimelineOptions()
    if message.body_html:
        body = message.body_html
        cut = len(body) > MAX_BODY_CHARS
        inline = {
            a.content_id.strip("<>"): f"{INLINE_SCHEME}:{a.id.hex}"
            for a in message.attachments
            if a.content_id and a.id is not None and a.content_type.lower().startswith("image/")
        }
        image_filter = _ImageFilter(message.id in options.images_allowed, options.images, inline)
        # Break points go in before sanitizing: whatever the splitting does to hostile markup, nh3
        # sees the result and cleans it like any other input.
        rendered = _sanitize(_breakable_html(body[:MAX_BODY_CHARS]), image_filter)
        found = tuple(image_filter.found)
    else:
        text = options.generated.get(message.id, message.body_text)
        cut = len(text) > MAX_BODY_CHARS
        rendered = plain_text_html(text[:MAX_BODY_CHARS])
        found = ()
    if cut:
        total = len(message.body_html or message.body_text)
        note = (
            translate("Timeline", "Shortened for display: the first %1 of %2 characters.")
            .replace("%1", f"{MAX_BODY_CHARS:,}")
            .replace("%2", f"{total:,}")
        )
        link = f"{LINK_SCHEME}:{LINK_WHOLE}?m={message.id.hex}"
        rendered += (
            f'<p style="margin: 8px 0 0 0; color: {theme.TEXT_MUTED}"><i>{_e(note)}</i>&nbsp;&nbsp;'
            f'<a href="{link}">{_e(translate("Timeline", "Show the whole message"))}</a></p>'
        )
    return RenderedBody(rendered, found, cut)


def _images_line(message: MessageEntry, urls: tuple[str, ...], options: TimelineOptions) -> str:
    """The line under a message with remote images: blocked (with the link to allow), loading,
    or how many could not be loaded."""
    if not urls:
        return ""
    style = f'style="margin: 8px 0 0 0; color: {theme.TEXT_MUTED}; font-size: small"'
    icon = f'<img src="{ICON_SHIELD}" width="12" height="12">&nbsp;'
    if message.id not in options.images_allowed:
        count = len(urls)
        text = (
            translate("Timeline", "1 remote image blocked")
            if count == 1
            else translate("Timeline", "%1 remote images blocked")
        )
        show = _e(translate("Timeline", "Show images"))
        link = f'<a href="{LINK_SCHEME}:{LINK_IMAGES}?m={message.id.hex}">{show}</a>'
        return f"<p {style}>{icon}{_e(text.replace('%1', str(count)))}&nbsp;&nbsp;·&nbsp;&nbsp;{link}</p>"
    states = [options.images.get(url, IMAGE_LOADING) for url in urls]
    if IMAGE_LOADING in states:
        return f"<p {style}>{_e(translate('Timeline', 'Loading images…'))}</p>"
    failed = states.count(IMAGE_FAILED)
    if failed:
        text = (
            translate("Timeline", "1 image could not be loaded")
            if failed == 1
            else translate("Timeline", "%1 images could not be loaded")
        )
        return f"<p {style}>{_e(text.replace('%1', str(failed)))}</p>"
    return ""


@functools.cache
def attachment_type(content_type: str) -> str:
    """A readable name for a MIME type ("PDF document"), or the type itself when unknown."""
    mime = QMimeDatabase().mimeTypeForName(content_type.split(";")[0].strip().lower())
    if mime.isValid() and mime.comment():
        return mime.comment()
    return content_type or translate("Timeline", "file")


def attachments_html(attachments: tuple[AttachmentInfo, ...], message_id: uuid.UUID | None = None) -> str:
    """The files of a message; each name a link that opens it (``gui.conversation.files``), and
    "Save all" when there are several."""
    if not attachments:
        return ""
    dot = "&nbsp;&nbsp;·&nbsp;&nbsp;"

    def name(a: AttachmentInfo) -> str:
        if a.id is None:
            return _e(a.filename)
        return f'<a href="{LINK_SCHEME}:file?a={a.id.hex}">{_e(a.filename)}</a>'

    rows = "<br>".join(
        f'<img src="{ICON_ATTACHMENT}" width="12" height="12">&nbsp;{name(a)}'
        f'<span style="color: {theme.TEXT_FAINT}">{dot}{_e(attachment_type(a.content_type))}'
        f"{dot}{_e(labels.file_size(a.size))}</span>"
        for a in attachments
    )
    if message_id is not None and sum(a.id is not None for a in attachments) > 1:
        save_all = translate("Timeline", "Save all")
        rows += f'<br><a href="{LINK_SCHEME}:files?m={message_id.hex}">{_e(save_all)}</a>'
    return f'<p style="margin: 8px 0 0 0; color: {theme.TEXT_MUTED}">{rows}</p>'


def _message_look(direction: str) -> tuple[str, str, str, str]:
    """(css class, background, border, side mark) by direction."""
    if direction == "note":
        return "msg note", theme.NOTE_BG, theme.NOTE_BORDER, theme.NOTE_BORDER
    if direction == "outbound":
        return "msg outbound", theme.REPLY_BG, theme.REPLY_BORDER, theme.ACCENT
    return "msg inbound", theme.CUSTOMER_BG, theme.CUSTOMER_BORDER, theme.CUSTOMER_BORDER


def _message_role(message: MessageEntry, options: TimelineOptions | None = None) -> str:
    """What kind of entry this is, as HTML (escaped text, our own markup only)."""
    if options is not None and message.id in options.generated:
        return f'<img src="{ICON_NOTE}" width="12" height="12"> {_e(record_view.note_role())}'
    if message.direction == "note" and message.delivery.forward:
        pass  # worded with the replies below
    elif message.direction == "note" and not message.by_agent:
        return _e(translate("Timeline", "Automatic message (an auto-reply or a bounce; it awaits no answer)"))
    elif message.direction == "note":
        return f'<img src="{ICON_NOTE}" width="12" height="12"> {_e(translate("Timeline", "Internal note"))}'
    # Replies and forwards say how they left: sent by email, logged, or not delivered.
    reason = options.delivery.get(message.id) if options is not None else None
    told = delivery_role(message, reason, f"{LINK_SCHEME}:{LINK_RETRY}?m={message.id.hex}")
    if told is not None:
        return (
            f'<img src="{ICON_NOTE}" width="12" height="12"> {told}' if message.direction == "note" else told
        )
    return _e(translate("Timeline", "via %1").replace("%1", labels.channel_label(message.channel)))


def _time_html(when: dt.datetime) -> str:
    time = _e(labels.local_time(when))
    return f'<span style="color: {theme.TEXT_FAINT}">&nbsp;&nbsp;·&nbsp;&nbsp;{time}</span>'


def _new_badge() -> str:
    return (
        f'&nbsp;&nbsp;<span style="color: {theme.ACCENT}; font-weight: 600">'
        f"{_e(translate('Timeline', 'New since you started writing'))}</span>"
    )


def render_message(message: MessageEntry, options: TimelineOptions | None = None) -> RenderedBody:
    """One message as a tinted box: author, role and time; body; attachments; image and length notes."""
    options = options or TimelineOptions()
    css_class, background, border, mark = _message_look(message.direction)
    new = message.id in options.highlight
    if new:
        border, mark = theme.ACCENT, theme.ACCENT
    role_colour = theme.NOTE_LABEL if message.direction == "note" else theme.TEXT_FAINT
    author = message.author_name or (
        translate("Timeline", "Agent") if message.by_agent else translate("Timeline", "Customer")
    )
    body = message_body(message, options)
    markup = (
        f'<table class="{css_class}" width="100%" cellspacing="0" cellpadding="0" '
        f'style="margin-top: 4px; margin-bottom: 8px">'
        f'<tr><td width="{4 if new else 3}" bgcolor="{mark}"></td>'
        f'<td class="{css_class}" bgcolor="{background}" '
        f'style="padding: 9px 12px 10px 12px; border: 1px solid {border}; border-left: none">'
        f'<p style="margin: 0 0 6px 0"><a name="m-{message.id.hex}"></a><b>{_e(author)}</b>&nbsp;&nbsp;'
        f'<span style="color: {role_colour}">{_message_role(message, options)}</span>'
        f"{_time_html(message.created_at)}{_new_badge() if new else ''}</p>"
        f"{body.html}{_images_line(message, body.remote_images, options)}"
        f"{attachments_html(message.attachments, message.id)}"
        f"</td></tr></table>"
    )
    return RenderedBody(markup, body.remote_images, body.truncated)


def message_html(message: MessageEntry, options: TimelineOptions | None = None) -> str:
    return render_message(message, options).html


def event_text(event: EventEntry) -> str:
    """One plain sentence for an audit event ("Escalated L1 → L2 by Maja Jensen: reason")."""
    data: Mapping[str, Any] = event.data
    kind = event.kind
    if kind == "created":
        channel = labels.channel_label(str(data.get("channel", "")))
        if data.get("outreach"):  # the agent wrote first (mail.outreach)
            text = translate("Timeline", "Opened with an email to the customer")
        elif data.get("by") == "agent":
            text = translate("Timeline", "Logged by hand (%1)").replace("%1", channel)
        else:
            text = translate("Timeline", "Conversation started (%1)").replace("%1", channel)
    elif kind == "status":
        text = translate("Timeline", "Status %1 → %2").replace(
            "%1", labels.status_label(str(data.get("from", "")))
        )
        text = text.replace("%2", labels.status_label(str(data.get("to", ""))))
    elif kind == "priority":
        text = translate("Timeline", "Priority %1 → %2").replace(
            "%1", labels.priority_label(str(data.get("from", "")))
        )
        text = text.replace("%2", labels.priority_label(str(data.get("to", ""))))
    elif kind == "assignment":
        to_name = event.name_of(data.get("to"))
        from_name = event.name_of(data.get("from"))
        if data.get("to") is None:
            text = translate("Timeline", "Unassigned")
        elif from_name:
            text = translate("Timeline", "Reassigned from %1 to %2").replace("%1", from_name)
            text = text.replace("%2", to_name or translate("Timeline", "an agent"))
        else:
            text = translate("Timeline", "Assigned to %1").replace(
                "%1", to_name or translate("Timeline", "an agent")
            )
    elif kind == "escalation":
        from_tier, to_tier = int(data.get("from_tier", 0) or 0), int(data.get("to_tier", 0) or 0)
        template = (
            translate("Timeline", "Returned %1 → %2")
            if to_tier < from_tier
            else translate("Timeline", "Escalated %1 → %2")
        )
        text = template.replace("%1", labels.tier_label(from_tier)).replace("%2", labels.tier_label(to_tier))
    elif kind == "transfer":
        from_team = event.name_of(data.get("from_team")) or translate("Timeline", "no team")
        to_team = event.name_of(data.get("to_team")) or translate("Timeline", "no team")
        text = (
            translate("Timeline", "Transferred from %1 to %2").replace("%1", from_team).replace("%2", to_team)
        )
    elif kind == "tag":
        parts = []
        if data.get("added"):
            parts.append(translate("Timeline", "Tagged %1").replace("%1", ", ".join(map(str, data["added"]))))
        if data.get("removed"):
            parts.append(
                translate("Timeline", "Untagged %1").replace("%1", ", ".join(map(str, data["removed"])))
            )
        text = "; ".join(parts) or translate("Timeline", "Tags changed")
    elif kind == "merge":
        text = translate("Timeline", "Merged #%1 into #%2").replace(
            "%1", str(data.get("source_number") or "?")
        )
        text = text.replace("%2", str(data.get("target_number") or "?"))
    elif kind == "unmerge":
        text = translate("Timeline", "Merge of #%1 into #%2 undone").replace(
            "%1", str(data.get("source_number") or "?")
        )
        text = text.replace("%2", str(data.get("target_number") or "?"))
    elif kind == "split":
        text = translate("Timeline", "Split from #%1 into #%2").replace(
            "%1", str(data.get("from_number") or "?")
        )
        text = text.replace("%2", str(data.get("to_number") or "?"))
    elif kind in ("link", "unlink"):
        template = (
            translate("Timeline", "Linked to #%1")
            if kind == "link"
            else translate("Timeline", "Unlinked from #%1")
        )
        text = template.replace("%1", str(data.get("other_number") or "?"))
    elif kind in ("sla_warning", "sla_breach"):
        target = _sla_target(str(data.get("target", "")))
        template = (
            translate("Timeline", "SLA warning: %1 due soon")
            if kind == "sla_warning"
            else translate("Timeline", "SLA breached: %1")
        )
        text = template.replace("%1", target)
    elif kind == "follow_up":
        when = data.get("at")
        if when:
            moment = dt.datetime.fromisoformat(str(when))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.UTC)
            text = translate("Timeline", "Follow-up set for %1").replace("%1", labels.local_datetime(moment))
        else:
            text = translate("Timeline", "Follow-up cleared")
    elif kind == "snooze":
        when, reason = data.get("until"), data.get("reason")
        if when:
            moment = dt.datetime.fromisoformat(str(when))
            moment = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
            text = translate("Timeline", "Snoozed until %1").replace("%1", labels.local_datetime(moment))
        elif reason == "customer":
            text = translate("Timeline", "Back from snooze: the customer wrote")
        elif reason == "time":
            text = translate("Timeline", "Back from snooze at its time")
        else:
            text = translate("Timeline", "Unsnoozed")
    elif kind == "sla_policy":  # agentdesk.routing.sla_action
        if data.get("to"):
            text = translate("Timeline", "SLA policy set to %1").replace(
                "%1", str(data.get("name") or translate("Timeline", "a deleted policy"))
            )
        else:
            text = translate("Timeline", "SLA policy chosen by the policies' conditions again")
    else:
        text = kind.replace("_", " ").capitalize()
    if event.actor_name:
        text = translate("Timeline", "%1 by %2").replace("%1", text).replace("%2", event.actor_name)
    elif kind == "escalation":
        text = translate("Timeline", "%1 automatically").replace("%1", text)
    if kind == "escalation" and data.get("reason") and data.get("reason") != "returned":
        text = f"{text}: {reason_label(str(data['reason']))}"
    if data.get("rule"):  # written by a routing rule (agentdesk.routing)
        text = translate("Timeline", "%1 · rule “%2”").replace("%1", text).replace("%2", str(data["rule"]))
    elif data.get("macro"):  # part of a macro (agentdesk.macros)
        text = translate("Timeline", "%1 · macro “%2”").replace("%1", text).replace("%2", str(data["macro"]))
    return text


def _sla_target(target: str) -> str:
    return {
        "first_response": translate("Timeline", "first response"),
        "next_response": translate("Timeline", "next response"),
        "resolution": translate("Timeline", "resolution"),
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


def event_html(event: EventEntry, options: TimelineOptions | None = None) -> str:
    colour, bold = _event_colour(event)
    new = options is not None and event.id in options.highlight
    weight = "; font-weight: 600" if bold or new else ""
    mark = f'<span style="color: {theme.ACCENT}">●</span>' if new else "•"
    return (
        f'<p class="event {_e(event.kind)}" dir="auto" style="margin: 2px 0 6px 14px; color: {colour}; '
        f'font-size: small{weight}">'
        f'<a name="m-{event.id.hex}"></a>{mark}&nbsp;&nbsp;{_e(event_text(event))}'
        f"{_time_html(event.created_at)}{_new_badge() if new else ''}</p>"
    )


def day_html(day: dt.datetime) -> str:
    return (
        f'<p class="day" align="center" style="margin: 14px 0 6px 0; color: {theme.TEXT_FAINT}; '
        f'font-size: small; font-weight: 600">{_e(labels.local_day(day))}</p>'
    )


def render_timeline(detail: ConversationDetail, options: TimelineOptions | None = None) -> RenderedTimeline:
    """The whole timeline, oldest first, with a heading for each local day."""
    options = options or TimelineOptions()
    if not options.generated:
        options = dataclasses.replace(options, generated=record_view.generated_notes(detail.timeline))
    parts = []
    remote: dict[uuid.UUID, tuple[str, ...]] = {}
    truncated: set[uuid.UUID] = set()
    last_day = None
    for entry in detail.timeline:
        day = entry.created_at.astimezone().date()
        if day != last_day:
            parts.append(day_html(entry.created_at))
            last_day = day
        if isinstance(entry, MessageEntry):
            rendered = render_message(entry, options)
            parts.append(rendered.html)
            if rendered.remote_images:
                remote[entry.id] = rendered.remote_images
            if rendered.truncated:
                truncated.add(entry.id)
        else:
            parts.append(event_html(entry, options))
    if not parts:
        parts.append(
            f'<p style="color: {theme.TEXT_MUTED}">{_e(translate("Timeline", "No messages yet."))}</p>'
        )
    return RenderedTimeline(f'<body style="margin: 0">{"".join(parts)}</body>', remote, frozenset(truncated))


def timeline_html(detail: ConversationDetail, options: TimelineOptions | None = None) -> str:
    return render_timeline(detail, options).html


def link_target(url: str) -> tuple[str, uuid.UUID] | None:
    """(action, message id) for one of our own ``agentdesk:`` links, None for anything else."""
    match = re.fullmatch(rf"{LINK_SCHEME}:(\w+)\?m=([0-9a-f]{{32}})", url)
    if match is None or match.group(1) not in (LINK_IMAGES, LINK_WHOLE, LINK_RETRY):
        return None
    return match.group(1), uuid.UUID(hex=match.group(2))
