# SPDX-License-Identifier: GPL-3.0-or-later
"""HTML from mail: sanitized before it is stored, and turned into text for search and snippets.

The allowlist matches the timeline's display sanitizer (``agentdesk.gui.timeline``), which cleans
the stored HTML once more when it is shown; here ``cid:`` image sources are kept as well, because
inline images are stored as attachments with their Content-ID and the viewer resolves them.

**Cost.** An HTML parser that builds a tree (html5ever inside nh3) spends time on every tag in
proportion to how deep the tree is, and on every attribute in proportion to how many the tag has:
100,000 nested ``<div>``s (500 KB) took nh3 39 s. So nothing from outside reaches nh3 as written.
``bound_html`` first reads the markup once, left to right, with a few regular expressions, and
writes it again as a tree it has built itself: only allowed tags, only their allowed attributes
(from the first ``MAX_ATTRIBUTES`` of a tag), every element closed, no element deeper than
``MAX_DEPTH`` (deeper tags are left out, their text kept), comments, doctypes and the content of
``DROPPED_WITH_CONTENT`` elements gone. Everything between tags is text with no ``<`` in it. nh3
then sees a small, well-formed tree and stays the security boundary: whatever ``bound_html``
misreads can only lose formatting, never let anything through. Markup longer than
``MAX_HTML_CHARS`` is not kept as HTML at all (``parse`` keeps its text). ``html_to_text`` reads
the same way, in one linear pass. docs/mail.md states the caps.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import nh3

from agentdesk.text import clean_text

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
_URL_PREFIXES = ("http://", "https://", "mailto:", "cid:")
DROPPED_WITH_CONTENT = {"script", "style", "title", "head", "template", "noscript", "object", "iframe"}

MAX_HTML_CHARS = 2_000_000  # longer HTML is kept as text only
MAX_DEPTH = 48  # elements nested deeper are left out (their text stays)
MAX_HTML_TAGS = 30_000  # HTML with more "<" than this is kept as text only
MAX_ATTRIBUTES = 64  # attributes of one tag looked at; later ones are left out

_BLOCK = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr",
    "table", "ul", "ol", "dl", "dt", "dd",
}  # fmt: skip
_VOID = {"br", "hr", "img"}
# Elements whose content the HTML tokenizer does not read as markup; skipped to their end tag.
_RAW_TEXT = {"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"}
# Elements dropped with everything in them although their content is markup.
_SKIP_TREE = DROPPED_WITH_CONTENT - _RAW_TEXT
# A start tag of one of these closes an open <p> (HTML's "close a p element"), so sloppy mail with
# thousands of unclosed paragraphs stays flat, as a browser reads it.
_CLOSES_P = {
    "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section",
    "table", "ul", "li", "dd", "dt",
}  # fmt: skip
_SCOPE = {"table", "td", "th", "caption", "object", "template", "html"}
# start tag → (elements it closes when open, elements that end the search for them)
_IMPLIED: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol", *_SCOPE})),
    "dd": (frozenset({"dd", "dt"}), frozenset({"dl", *_SCOPE})),
    "dt": (frozenset({"dd", "dt"}), frozenset({"dl", *_SCOPE})),
    "tr": (frozenset({"tr", "td", "th"}), frozenset({"table", "tbody", "thead", "tfoot"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "tbody": (frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
    "thead": (frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
    "tfoot": (frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
    "a": (frozenset({"a"}), frozenset(_SCOPE)),
}
_P_IMPLIED = (frozenset({"p"}), frozenset({*_SCOPE, "button"}))

TEXT, START, END = 1, 2, 4
_START_REST, _STRAY = 3, 5
# The rest of a tag up to its ">": a quote opens a value only after "=" (as HTML reads it).
_TAG_REST = r"""(?:[^>"'=]++|=[\t\n\f\r ]*+(?:"[^"]*+"|'[^']*+')|=|["'])*+"""
_TOKEN = re.compile(
    rf"""([^<]++)
    |<([A-Za-z][^\t\n\f\r />]*+)({_TAG_REST})>
    |</([A-Za-z][^\t\n\f\r />]*+){_TAG_REST}>
    |<!--(?:-?>|.*?-->|.*+)
    |<[!?/][^>]*+>
    |(<)""",
    re.DOTALL | re.VERBOSE,
)
_ATTRIBUTE = re.compile(
    r"""([^\t\n\f\r />=]++)(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+(?:"([^"]*+)"|'([^']*+)'|([^\t\n\f\r >]*+)))?"""
)
# For html_to_text: each pattern consumes what it scans (an unterminated comment, dropped element
# or tag runs to the end), so none of them can go quadratic.
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_DROPPED_ELEMENT = re.compile(
    # <head> is left to the other passes: a missing </head> must not take the body with it.
    rf"<({'|'.join(sorted(DROPPED_WITH_CONTENT - {'head'}))})(?=[\t\n\f\r />])"
    rf"{_TAG_REST}(?:>(?:.*?</\1\s*>|.*+)|\Z)",
    re.DOTALL | re.IGNORECASE,
)
_BLOCK_TAG = re.compile(
    rf"</?(?:{'|'.join(sorted(_BLOCK))})(?=[\t\n\f\r />]){_TAG_REST}(?:>|\Z)", re.IGNORECASE
)
_ANY_TAG = re.compile(rf"</?[A-Za-z]{_TAG_REST}(?:>|\Z)|<[!?/][^>]*+(?:>|\Z)")
_OPEN = {name: f"<{name}>" for name in ALLOWED_TAGS}
_CLOSE = {name: f"</{name}>" for name in ALLOWED_TAGS}
_BLANKS = re.compile(r"[ \t\u00a0]+")
_LINE_EDGES = re.compile(r" ?\n ?")
_MANY_LINES = re.compile(r"\n{3,}")


def sanitize_html(markup: str) -> str:
    """Formatting only: no scripts, styles, event handlers, forms or unsafe link schemes. Linear in
    the size of ``markup`` (see the module docstring); callers cap that at ``MAX_HTML_CHARS``."""
    return nh3.clean(
        bound_html(clean_text(markup)),
        tags=ALLOWED_TAGS,
        attribute_filter=_absolute_urls,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def _absolute_urls(element: str, attribute: str, value: str) -> str | None:
    """Links and images keep only URLs with an allowed scheme: a mail has no address of its own,
    so a relative URL leads nowhere and a scheme-relative one (``//host/x.png``) is remote."""
    if attribute in ("href", "src") and not value.strip().lower().startswith(_URL_PREFIXES):
        return None
    return value


def _tokens(markup: str) -> Iterator[tuple[int, str, str]]:
    """(kind, name, rest) per piece of ``markup``: (TEXT, raw text, ""), (START, tag, the tag's
    attribute text) or (END, tag, ""). Comments, doctypes and the content of raw-text elements
    dropped with it yield nothing; a tag or comment the document ends in is dropped, as HTML does.
    One regular-expression match per piece, every match moves forward: linear."""
    pos, size = 0, len(markup)
    match = _TOKEN.match
    while pos < size:
        m = match(markup, pos)
        assert m is not None  # the last alternative matches any "<"
        kind = m.lastindex
        pos = m.end()
        if kind == TEXT:
            yield TEXT, m.group(TEXT), ""
        elif kind == _START_REST or kind == START:
            name = m.group(START).lower()
            if name in _RAW_TEXT:
                close = re.compile(rf"</{re.escape(name)}[\t\n\f\r />]", re.IGNORECASE).search(markup, pos)
                if close is None:
                    return
                if name not in DROPPED_WITH_CONTENT:
                    yield TEXT, markup[pos : close.start()].replace("<", " "), ""
                pos = close.start()
                continue
            yield START, name, m.group(_START_REST) or ""
        elif kind == END:
            yield END, m.group(END).lower(), ""
        elif kind == _STRAY:
            following = markup[pos : pos + 1]
            if following.isascii() and following.isalpha() or following in ("/", "!", "?"):
                return  # an unterminated tag, comment or declaration runs to the end
            yield TEXT, "&lt;", ""


def _attributes(tag: str, rest: str) -> str:
    allowed = ALLOWED_ATTRIBUTES.get(tag)
    if not allowed:
        return ""
    out: list[str] = []
    seen: set[str] = set()
    for count, match in enumerate(_ATTRIBUTE.finditer(rest)):
        if count >= MAX_ATTRIBUTES:
            break
        name = match.group(1).lower()
        if name in seen:
            continue  # HTML keeps the first of a repeated attribute
        seen.add(name)
        if name in allowed:
            value = next((v for v in match.group(2, 3, 4) if v is not None), "")
            out.append(f' {name}="{value.replace(chr(34), "&quot;").replace("<", "&lt;")}"')
    return "".join(out)


def _find_open(stack: list[str], wanted: frozenset[str], boundary: frozenset[str]) -> int:
    """Index of the innermost open element in ``wanted`` before any in ``boundary``, or -1."""
    for index in range(len(stack) - 1, -1, -1):
        name = stack[index]
        if name in wanted:
            return index
        if name in boundary:
            return -1
    return -1


def _skipped(skipping: list[str], kind: int, name: str) -> bool:
    """Whether a token falls inside a dropped element (``skipping``: the open ones, innermost
    last); keeps ``skipping`` up to date. A <head> left open ends where the body's content starts,
    as a browser reads it."""
    top = skipping[-1]
    if top == "head" and kind == START and (name == "body" or name in ALLOWED_TAGS):
        skipping.pop()
        return bool(skipping)
    if kind != TEXT and name == top:
        if kind == END:
            skipping.pop()
        elif len(skipping) < MAX_DEPTH:
            skipping.append(name)
    return True


def bound_html(markup: str) -> str:
    """``markup`` rewritten as a well-formed tree of allowed tags at most ``MAX_DEPTH`` deep, with
    only allowed attributes; text between tags holds no "<". Linear in ``len(markup)``."""
    out: list[str] = []
    emit = out.append
    stack: list[str] = []
    skipping: list[str] = []  # open elements of _SKIP_TREE being dropped with their content
    opened: dict[str, int] = dict.fromkeys(ALLOWED_TAGS, 0)  # how many of each are in ``stack``

    def close_to(index: int) -> None:
        while len(stack) > index:
            name = stack.pop()
            opened[name] -= 1
            emit(_CLOSE[name])

    for kind, name, rest in _tokens(markup):
        if skipping and _skipped(skipping, kind, name):
            continue
        if kind == TEXT:
            emit(name.replace(">", "&gt;"))
        elif kind == START:
            if name not in ALLOWED_TAGS:
                if name in _SKIP_TREE:
                    skipping.append(name)
                continue
            implied = _IMPLIED.get(name)
            if implied is not None:
                found = _find_open(stack, *implied)
                if found >= 0:
                    close_to(found)
            if opened["p"] and name in _CLOSES_P:
                found = _find_open(stack, *_P_IMPLIED)
                if found >= 0:
                    close_to(found)
            if name in _VOID:
                emit(f"<{name}{_attributes(name, rest)}>" if rest and name == "img" else _OPEN[name])
            elif len(stack) < MAX_DEPTH:
                emit(
                    f"<{name}{_attributes(name, rest)}>"
                    if rest and name in ALLOWED_ATTRIBUTES
                    else _OPEN[name]
                )
                stack.append(name)
                opened[name] += 1
        elif name == "br":  # "</br>" is read as "<br>"
            emit("<br>")
        elif opened.get(name):
            if stack[-1] == name:
                close_to(len(stack) - 1)
            else:
                close_to(len(stack) - 1 - stack[::-1].index(name))
    close_to(0)
    return "".join(out)


def too_costly(markup: str) -> bool:
    """Whether ``markup`` is past the caps up to which a mail keeps its HTML (``MAX_HTML_CHARS``
    characters, ``MAX_HTML_TAGS`` tags); past them only its text is kept."""
    return len(markup) > MAX_HTML_CHARS or markup.count("<") > MAX_HTML_TAGS


def html_to_text(markup: str) -> str:
    """Readable text of an HTML body (blocks become lines); for search, snippets and mail
    programs that show no HTML. A few regular-expression passes, each linear: no per-tag Python
    work, so it is also the way to read HTML past ``too_costly``."""
    text = _COMMENT.sub("", clean_text(markup))
    text = _DROPPED_ELEMENT.sub("", text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    text = _BLANKS.sub(" ", html.unescape(text).replace("\r\n", "\n").replace("\r", "\n"))
    text = _LINE_EDGES.sub("\n", text)
    return _MANY_LINES.sub("\n\n", text).strip()
