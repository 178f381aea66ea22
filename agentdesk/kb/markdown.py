# SPDX-License-Identifier: GPL-3.0-or-later
"""Markdown of knowledge-base articles, rendered safely to HTML and to plain text.

The subset a help article needs: paragraphs, ``#``–``###`` headings, ``-``/``*`` and ``1.``
lists, ``>`` quotes, fenced code blocks, ``**bold**``, ``*italic*``, ```code``` and
``[text](url)`` links. Safe by construction: every character of the source is escaped, and the
only tags in the output are the ones written here. Raw HTML stays visible text. A link is a link
only when its address is ``http``, ``https`` or ``mailto``; any other (``javascript:``, ``data:``,
a relative path) stays text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

_HEADING = re.compile(r"^(#{1,3})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d{1,9}[.)]\s+(.*)$")
_QUOTE = re.compile(r"^\s*>\s?(.*)$")
_FENCE = re.compile(r"^\s*```")
_INLINE = re.compile(
    r"`(?P<code>[^`\n]+)`"
    r"|\[(?P<text>[^\]\n]+)\]\((?P<url>[^()\s]+)\)"
    r"|\*\*(?P<bold>[^*\n]+)\*\*"
    r"|(?<![\w*])\*(?P<em>[^*\n]+)\*(?![\w*])"
)
_SAFE_URL = re.compile(r"^(https?://[^\s<>\"']+|mailto:[^\s<>\"'/]+@[^\s<>\"']+)$", re.IGNORECASE)


def safe_url(url: str) -> str | None:
    """``url`` when it may be a link (http, https, mailto), else None."""
    return url if _SAFE_URL.match(url) else None


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def inline_html(text: str) -> str:
    out: list[str] = []
    pos = 0
    for m in _INLINE.finditer(text):
        out.append(_esc(text[pos : m.start()]))
        pos = m.end()
        if m.group("code") is not None:
            out.append(f"<code>{_esc(m.group('code'))}</code>")
        elif m.group("url") is not None:
            url = safe_url(m.group("url"))
            label = inline_html(m.group("text"))
            out.append(f'<a href="{_esc(url)}">{label}</a>' if url else _esc(m.group(0)))
        elif m.group("bold") is not None:
            out.append(f"<strong>{inline_html(m.group('bold'))}</strong>")
        else:
            out.append(f"<em>{inline_html(m.group('em'))}</em>")
    out.append(_esc(text[pos:]))
    return "".join(out)


def inline_text(text: str) -> str:
    def plain(m: re.Match[str]) -> str:
        if m.group("code") is not None:
            return m.group("code")
        if m.group("url") is not None:
            label = inline_text(m.group("text"))
            url = safe_url(m.group("url"))
            return f"{label} ({url.removeprefix('mailto:')})" if url and url != label else label
        return inline_text(m.group("bold") if m.group("bold") is not None else m.group("em"))

    return _INLINE.sub(plain, text)


def _blocks(source: str) -> list[tuple[str, list[str]]]:
    """The source cut into blocks: (kind, lines) with kind one of p, h1-h3, ul, ol, quote, code."""
    blocks: list[tuple[str, list[str]]] = []
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if _FENCE.match(line):
            body: list[str] = []
            i += 1
            while i < len(lines) and not _FENCE.match(lines[i]):
                body.append(lines[i])
                i += 1
            blocks.append(("code", body))
            i += 1
            continue
        heading = _HEADING.match(line)
        if heading:
            blocks.append((f"h{len(heading.group(1))}", [heading.group(2)]))
            i += 1
            continue
        for kind, pattern in (("ul", _BULLET), ("ol", _NUMBERED), ("quote", _QUOTE)):
            if pattern.match(line):
                items: list[str] = []
                while i < len(lines) and lines[i].strip():
                    m = pattern.match(lines[i])
                    if m:
                        items.append(m.group(1))
                    elif items and kind != "quote" and lines[i].startswith((" ", "\t")):
                        items[-1] += " " + lines[i].strip()
                    else:
                        break
                    i += 1
                blocks.append((kind, items))
                break
        else:
            para: list[str] = []
            while i < len(lines) and lines[i].strip():
                if para and (_FENCE.match(lines[i]) or _HEADING.match(lines[i]) or _BULLET.match(lines[i])):
                    break
                para.append(lines[i].strip())
                i += 1
            blocks.append(("p", para))
    return blocks


def to_html(source: str, *, heading_offset: int = 0) -> str:
    """The article body as an HTML fragment. ``heading_offset`` shifts heading levels (a page
    whose title is ``<h1>`` renders ``#`` as ``<h2>``)."""
    parts: list[str] = []
    for kind, lines in _blocks(source):
        if kind == "code":
            parts.append(f"<pre><code>{_esc(chr(10).join(lines))}</code></pre>")
        elif kind.startswith("h"):
            level = min(6, int(kind[1]) + heading_offset)
            parts.append(f"<h{level}>{inline_html(lines[0])}</h{level}>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{inline_html(item)}</li>" for item in lines)
            parts.append(f"<{kind}>{items}</{kind}>")
        elif kind == "quote":
            parts.append(f"<blockquote><p>{'<br>'.join(inline_html(x) for x in lines)}</p></blockquote>")
        else:
            parts.append(f"<p>{'<br>'.join(inline_html(x) for x in lines)}</p>")
    return "\n".join(parts)


def to_text(source: str) -> str:
    """The article body as plain text for a reply: markup gone, links as "text (address)",
    list items with "- " or their number."""
    parts: list[str] = []
    convert: Callable[[str], str] = inline_text
    for kind, lines in _blocks(source):
        if kind == "code":
            parts.append("\n".join(lines))
        elif kind == "ul":
            parts.append("\n".join(f"- {convert(x)}" for x in lines))
        elif kind == "ol":
            parts.append("\n".join(f"{n}. {convert(x)}" for n, x in enumerate(lines, 1)))
        elif kind == "quote":
            parts.append("\n".join(f"> {convert(x)}" for x in lines))
        else:
            parts.append("\n".join(convert(x) for x in lines))
    return "\n\n".join(parts)
