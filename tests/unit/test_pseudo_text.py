# SPDX-License-Identifier: GPL-3.0-or-later
"""The pseudo-translation keeps everything the code and Qt read in a text: whatever the text, its
placeholders, markup, entities and accelerators come out in the same order, the rest is accented,
and the whole is about 40% longer (``agentdesk.catalogues.pseudo_text``)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.catalogues import pseudo_text

from ..conftest import within_cpu_seconds

KEPT = re.compile(r"%L?\d+|%L?n|\{[^{}]*\}|<[^>]*>|&(?:[A-Za-z]+|#\d+);|&&|&\S")
PIECES = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
    st.sampled_from(
        ["%1", "%2", "%n", "%Ln", "{name}", "{count:g}", "{url!r}", "<b>", "</b>", "&amp;", "&&"]
    ),
    st.sampled_from(["&File", "Save &as", " ", "\n", "…", "#", "·"]),
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(PIECES, max_size=8).map("".join))
def test_placeholders_markup_and_accelerators_survive(text: str) -> None:
    with within_cpu_seconds():
        shown = pseudo_text(text)
    if not text.strip():
        assert shown == text
        return
    assert KEPT.findall(shown)[: len(KEPT.findall(text))] == KEPT.findall(text)
    assert len(shown) >= len(text) + 3
    assert shown.endswith("]") or text.lstrip().startswith("<")
    for letter in re.sub(KEPT, "", text):
        if "a" <= letter.lower() <= "z":
            assert letter not in re.sub(KEPT, "", shown), (text, shown)


def test_an_example() -> None:
    assert pseudo_text("Send reply") == "[Šéñð ŕéþļý ~]"
    assert pseudo_text("&Save %1") == "[&Sáṽé %1 ~]"
