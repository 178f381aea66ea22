# SPDX-License-Identifier: GPL-3.0-or-later
"""A hint whether the customer's latest message reads as frustrated.

Deliberately simple and explainable: a short lexicon per language (English, German, Danish; all
three are checked, since customers switch language when upset) and a few typographic signals —
"!!!", repeated "?!", shouting in capitals over several words. Each phrase counts two points, each
signal one; two points make the message ``FRUSTRATED``, one makes it ``TENSE``. So "Thank you!!!"
stays calm-ish (tense), while "STILL NOT HERE!!!" or "Das ist inakzeptabel." is frustrated.

``assess`` is pure; ``latest_customer_tone`` reads the newest inbound message of a conversation.
The result says why (``reasons``), so the list can show the mark with a tooltip an agent believes.
"""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from agentdesk.store import models
from agentdesk.store.database import Store

# Phrases are matched case-insensitively on word boundaries; "*" at the end allows any ending.
LEXICON: dict[str, tuple[str, ...]] = {
    "en": (
        "unacceptable",
        "ridiculous",
        "still not",
        "still no",
        "still haven't",
        "still hasn't",
        "still waiting",
        "fed up",
        "sick of",
        "sick and tired",
        "disappointed",
        "disappointing",
        "furious",
        "angry",
        "outrageous",
        "disgrace*",
        "terrible",
        "horrible",
        "awful",
        "worst",
        "useless",
        "incompetent",
        "waste of time",
        "how many times",
        "third time",
        "yet again",
        "never again",
        "cancel my",
        "lawyer",
        "scam",
        "complaint",
    ),
    "de": (
        "inakzeptabel",
        "unakzeptabel",
        "frechheit",
        "unverschämt*",
        "immer noch nicht",
        "immer noch kein*",
        "schon wieder",
        "zum wiederholten mal",
        "zum dritten mal",
        "lächerlich",
        "enttäuscht",
        "enttäuschend",
        "verärgert",
        "sauer",
        "wütend",
        "katastrophe",
        "katastrophal",
        "unmöglich",
        "zumutung",
        "skandal*",
        "es reicht",
        "reicht mir",
        "nie wieder",
        "anwalt",
        "betrug",
        "beschwerde",
        "kündige*",
        "miserabel",
    ),
    "da": (
        "uacceptabel*",
        "latterlig*",
        "stadig ikke",
        "stadig ingen",
        "endnu ikke",
        "igen igen",
        "for tredje gang",
        "skuffet",
        "skuffende",
        "utilfreds",
        "vred",
        "sur",
        "rasende",
        "elendig*",
        "uhørt",
        "frækt",
        "skandale",
        "katastrofe",
        "nu er det nok",
        "aldrig igen",
        "advokat",
        "svindel",
        "klage",
        "opsig*",
        "hvor mange gange",
        "spild af tid",
    ),
}


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    stem = phrase.rstrip("*")
    body = r"\s+".join(re.escape(word) for word in stem.split())
    tail = r"\w*" if phrase.endswith("*") else r"(?!\w)"
    return re.compile(rf"(?<!\w){body}{tail}", re.IGNORECASE)


_PATTERNS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (language, phrase.rstrip("*"), _phrase_pattern(phrase))
    for language, phrases in LEXICON.items()
    for phrase in phrases
)
_EXCLAIM = re.compile(r"!{3,}")
_QUESTION_EXCLAIM = re.compile(r"(?:\?+!+|!+\?+)")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Quoted earlier mail ("> …") is not what the customer says now.
_QUOTED = re.compile(r"^\s*>.*$", re.MULTILINE)


class Tone(enum.Enum):
    CALM = "calm"
    TENSE = "tense"
    FRUSTRATED = "frustrated"


@dataclass(frozen=True, slots=True)
class ToneHint:
    """``tone`` and the ``reasons`` for it (phrases found, signals seen), in plain words."""

    tone: Tone
    score: int
    reasons: tuple[str, ...] = ()

    @property
    def frustrated(self) -> bool:
        return self.tone is Tone.FRUSTRATED


CALM = ToneHint(Tone.CALM, 0)


def _shouting(text: str) -> bool:
    """Three words in a row in capitals, at least one of them longer than an acronym."""
    run: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        if len(word) >= 2 and word.isupper():
            run.append(word)
            if len(run) >= 3 and any(len(w) >= 4 for w in run[-3:]):
                return True
        elif len(word) >= 2:
            run = []
    return False


def assess(text: str) -> ToneHint:
    """How ``text`` (a customer message in any of our languages) reads. Pure and cheap."""
    text = _QUOTED.sub("", text[:20_000])
    score = 0
    reasons: list[str] = []
    seen: set[str] = set()
    for _language, phrase, pattern in _PATTERNS:
        if phrase not in seen and pattern.search(text):
            seen.add(phrase)
            score += 2
            reasons.append(f'says "{phrase}"')
    if _EXCLAIM.search(text):
        score += 1
        reasons.append('uses "!!!"')
    if len(_QUESTION_EXCLAIM.findall(text)) >= 2 or re.search(r"\?!\?|!\?!", text):
        score += 1
        reasons.append('repeats "?!"')
    if _shouting(text):
        score += 1
        reasons.append("writes in capitals")
    tone = Tone.FRUSTRATED if score >= 2 else Tone.TENSE if score == 1 else Tone.CALM
    return ToneHint(tone, score, tuple(reasons))


def latest_customer_tone(store: Store, conversation_id: uuid.UUID) -> ToneHint:
    """``assess`` of the newest customer message of the conversation; calm when there is none."""
    with store.read() as session:
        body = session.scalar(
            select(models.Message.body_text)
            .where(
                models.Message.conversation_id == conversation_id,
                models.Message.direction == models.Direction.INBOUND.value,
                models.Message.deleted_at.is_(None),
            )
            .order_by(models.Message.created_at.desc(), models.Message.id.desc())
            .limit(1)
        )
    return assess(body) if body else CALM


__all__ = ["CALM", "LEXICON", "Tone", "ToneHint", "assess", "latest_customer_tone"]
