# SPDX-License-Identifier: GPL-3.0-or-later
"""HTML from mail: sanitized before it is stored, and turned into text for search and snippets.

The allowlist matches the timeline's display sanitizer (``agentdesk.gui.timeline``), which cleans
the stored HTML once more when it is shown; here ``cid:`` image sources are kept as well, because
inline images are stored as attachments with their Content-ID and the viewer resolves them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "div", "dl", "dt", "em", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "q", "s", "small", "span", "strike",
    "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
URL_SCHEMES = {"http", "https", "mailto", "cid"}
DROPPED_WITH_CONTENT = {"script", "style", "title", "head", "template", "noscript", "object", "iframe"}

_BLOCK = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr",
    "table", "ul", "ol", "dl", "dt", "dd",
}  # fmt: skip
_SKIP = {"script", "style", "title", "head", "template", "noscript"}
_BLANKS = re.compile(r"[ \t\u00a0]+")
_MANY_LINES = re.compile(r"\n{3,}")


def sanitize_html(markup: str) -> str:
    """Formatting only: no scripts, styles, event handlers, forms or unsafe link schemes."""
    return nh3.clean(
        markup,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Readable text of an HTML body (blocks become lines); for search, snippets and mail
    programs that show no HTML."""
    parser = _Text()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # HTMLParser is lenient, but hostile input must never stop a fetch
        return nh3.clean(markup, tags=set())
    text = "".join(parser.parts)
    lines = [_BLANKS.sub(" ", line).strip() for line in text.splitlines()]
    return _MANY_LINES.sub("\n\n", "\n".join(lines)).strip()
