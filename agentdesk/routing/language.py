# SPDX-License-Identifier: GPL-3.0-or-later
"""A small guess at the language a customer wrote in (English, German, Danish), from the short
words every sentence has. Used for a customer the desk has never seen, so that routing by
language and the canned replies' variant follow the first mail; a known customer's language is
never overwritten."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zæøåäöüß]+")
_COMMON = {
    "en": frozenset(
        "the and is are you your my i we have has not with for this that please thanks thank "
        "hello dear would could can order invoice was were of to it".split()
    ),
    "de": frozenset(
        "der die das und ist sind ich wir sie ihr mein meine meiner nicht mit für bitte danke "
        "hallo guten tag sehr geehrte geehrter habe haben eine einen ein auf noch wo bleibt "
        "rechnung bestellung zu von".split()
    ),
    "da": frozenset(
        "og er jeg vi du din min mit ikke med for til tak venlig hilsen hej kære har en et på "
        "stadig hvor bliver faktura ordre af det den".split()
    ),
}
MIN_HITS = 2


def guess_language(text: str) -> str | None:
    """``en``, ``de`` or ``da`` when at least two common words point there and more than to any
    other; None when the text does not say."""
    words = _WORD.findall(text[:5000].casefold())
    scores = {lang: sum(1 for w in words if w in common) for lang, common in _COMMON.items()}
    best = max(scores, key=lambda lang: scores[lang])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < MIN_HITS or ranked[0] == ranked[1]:
        return None
    return best


__all__ = ["guess_language"]
