# SPDX-License-Identifier: GPL-3.0-or-later
"""Article Markdown renders safely: nothing typed becomes a tag or an attribute of its own, and a
link is a link only to http, https or mailto."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.kb.markdown import safe_url, to_html, to_text

from ..conftest import within_cpu_seconds

OUR_TAGS = {
    "p",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "code",
    "strong",
    "em",
    "a",
}


def test_the_subset_renders() -> None:
    source = (
        "# Wo ist mein **Paket**?\n\nSehen Sie [hier](https://example.com/t?a=1&b=2) nach, *bitte*.\n\n"
        "- eins\n- zwei\n\n1. erst\n2. dann\n\n> Zitat\n\n```\n<b>x</b>\n```"
    )
    assert to_html(source, heading_offset=1).split("\n") == [
        "<h2>Wo ist mein <strong>Paket</strong>?</h2>",
        '<p>Sehen Sie <a href="https://example.com/t?a=1&amp;b=2">hier</a> nach, <em>bitte</em>.</p>',
        "<ul><li>eins</li><li>zwei</li></ul>",
        "<ol><li>erst</li><li>dann</li></ol>",
        "<blockquote><p>Zitat</p></blockquote>",
        "<pre><code>&lt;b&gt;x&lt;/b&gt;</code></pre>",
    ]
    assert to_text(source).split("\n\n") == [
        "Wo ist mein Paket?",
        "Sehen Sie hier (https://example.com/t?a=1&b=2) nach, bitte.",
        "- eins\n- zwei",
        "1. erst\n2. dann",
        "> Zitat",
        "<b>x</b>",
    ]


def test_raw_html_and_unsafe_links_stay_text() -> None:
    html = to_html(
        '<script>alert(1)</script> [x](javascript:alert) [y](data:text/html,hi) <img src=x onerror="a">'
    )
    assert "<script" not in html and "<img" not in html and "href" not in html
    assert "&lt;script&gt;" in html
    assert to_html("[mail](mailto:hilfe@example.de)") == '<p><a href="mailto:hilfe@example.de">mail</a></p>'
    assert safe_url("https://a.example/x") and not safe_url("//evil.example") and not safe_url("ftp://x")
    assert not safe_url('https://x.example/"onmouseover="a')


PIECES = st.sampled_from(
    [*"<>&\"'`*#-[]()>:/ \nahjs1.=", "javascript:", "https://", "mailto:a@b", "**", "```", "](", "- ", "1. "]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join) | st.text(max_size=80))
def test_any_input_renders_only_our_tags(source: str) -> None:
    with within_cpu_seconds():
        html = to_html(source)
        to_text(source)
    tags = re.findall(r"<(/?)([a-zA-Z0-9]+)([^>]*)>", html)
    for _, name, attributes in tags:
        assert name in OUR_TAGS, html
        if attributes:
            assert name == "a", html
            m = re.fullmatch(r' href="([^"]*)"', attributes)
            assert m is not None, html
            assert m.group(1).startswith(("http://", "https://", "mailto:")), html
    # every "<" in the output begins one of our tags: none comes from the source
    assert html.count("<") == len(tags)
