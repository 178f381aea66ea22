# SPDX-License-Identifier: GPL-3.0-or-later
"""Routing rules: ordered rules that send a conversation to the right team, tier and agent.

A rule has ``triggers`` (``arrival``: a conversation is created; ``customer_message``: the customer
writes again; ``update``: an agent changed its status, priority, tier, team, assignee or tags),
``conditions`` (all must hold) and ``actions`` (``agentdesk.macros.actions``, no canned reply, plus
``sla_policy``: ``agentdesk.routing.sla_action``). Conditions, stored as JSON, each optional::

    {"channels": [channel, ...],         # any of
     "mailboxes": [mail_account_id, ...],# the mailbox an email came in through
     "languages": ["de", ...],           # the conversation's (the customer's) language
     "plans": ["premium", ...],          # the customer's plan
     "companies": ["Acme", ...],         # the customer's organisation (case-insensitive)
     "words": ["invoice", "rechnung"],   # any of these words in the subject or the message
     "words_in": "subject" | "message" | "both",
     "tags": [tag, ...],                 # has any of these tags
     "priorities": [priority, ...],
     "changes": [{"field": "status", "to": "solved"}, ...]}  # update only: any of these changes

``changes`` (``agentdesk.routing.changes``) look at what the agent changed; a rule with them runs
on ``update`` only (on arrival nothing has changed yet).

Words match whole words, case and accents aside (``rechnung`` matches "Rechnung", ``muller``
matches "Müller"); a word ending in ``*`` matches as a prefix (``rechnung*``: "Rechnungsnummer").
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from agentdesk.errors import ValidationError
from agentdesk.macros.actions import Actions, clean_tag
from agentdesk.messages import translatable
from agentdesk.routing import sla_action
from agentdesk.routing.changes import ChangeCondition, FieldChange, any_hit, read_changes
from agentdesk.store.models import LANGUAGES, Channel, Plan, Priority

CTX = "RoutingErrors"
TRIGGERS = ("arrival", "customer_message", "update")
WORDS_IN = ("subject", "message", "both")
MAX_ITEMS = 50
MAX_WORD = 60
KNOWN_KEYS = frozenset(
    {
        "channels",
        "mailboxes",
        "languages",
        "plans",
        "companies",
        "words",
        "words_in",
        "tags",
        "priorities",
        "changes",
    }
)
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents ("Müller" → "muller"), for matching words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


def words_of(text: str) -> set[str]:
    return set(_WORD.findall(fold(text)))


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    raw = data.get(key) or []
    if not isinstance(raw, list) or len(raw) > MAX_ITEMS:
        raise ValidationError(
            translatable("RoutingErrors", "{key} must be a list of at most {n} entries."),
            key=key,
            n=MAX_ITEMS,
        )
    return raw


def _choices(data: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    values = _list(data, key)
    for value in values:
        if value not in allowed:
            raise ValidationError(
                translatable("RoutingErrors", "{key} can hold only {join}."), key=key, join=", ".join(allowed)
            )
    return tuple(dict.fromkeys(values))


@dataclass(frozen=True)
class Conditions:
    channels: tuple[str, ...] = ()
    mailboxes: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    plans: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    words_in: str = "both"
    tags: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    changes: tuple[ChangeCondition, ...] = ()

    @classmethod
    def from_json(cls, data: object) -> Conditions:
        if not isinstance(data, Mapping):
            raise ValidationError(translatable("RoutingErrors", "The conditions must be a JSON object."))
        unknown = sorted(str(k) for k in data if k not in KNOWN_KEYS)
        if unknown:
            raise ValidationError(
                translatable("RoutingErrors", "Unknown condition: {name!r}."), name=unknown[0][:60]
            )
        mailboxes = []
        for value in _list(data, "mailboxes"):
            try:
                mailboxes.append(str(uuid.UUID(str(value))))
            except ValueError:
                raise ValidationError(
                    translatable("RoutingErrors", "A mailbox in the conditions is not a valid id.")
                ) from None
        words = []
        for value in _list(data, "words"):
            if not isinstance(value, str):
                raise ValidationError(translatable("RoutingErrors", "Words must be text."))
            prefix = value.strip().endswith("*")
            folded = " ".join(_WORD.findall(fold(value)))
            if not folded or " " in folded or len(folded) > MAX_WORD:
                raise ValidationError(
                    translatable(
                        "RoutingErrors", "{word!r} is not one word (letters and digits, at most {n})."
                    ),
                    word=value[:MAX_WORD],
                    n=MAX_WORD,
                )
            words.append(folded + ("*" if prefix else ""))
        companies = []
        for value in _list(data, "companies"):
            if not isinstance(value, str) or not value.strip() or len(value) > 200:
                raise ValidationError(
                    translatable("RoutingErrors", "An organisation must be a name of at most 200 characters.")
                )
            companies.append(" ".join(value.split()))
        words_in = data.get("words_in", "both")
        if words_in not in WORDS_IN:
            raise ValidationError(
                translatable("RoutingErrors", "Words are looked for in the subject, the message or both.")
            )
        return cls(
            channels=_choices(data, "channels", Channel.values()),
            mailboxes=tuple(dict.fromkeys(mailboxes)),
            languages=_choices(data, "languages", LANGUAGES),
            plans=_choices(data, "plans", Plan.values()),
            companies=tuple(dict.fromkeys(companies)),
            words=tuple(dict.fromkeys(words)),
            words_in=str(words_in),
            tags=tuple(dict.fromkeys(clean_tag(t) for t in _list(data, "tags"))),
            priorities=_choices(data, "priorities", Priority.values()),
            changes=read_changes(data.get("changes")),
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in (
            "channels",
            "mailboxes",
            "languages",
            "plans",
            "companies",
            "words",
            "tags",
            "priorities",
        ):
            if getattr(self, key):
                out[key] = list(getattr(self, key))
        if self.words and self.words_in != "both":
            out["words_in"] = self.words_in
        if self.changes:
            out["changes"] = [c.to_json() for c in self.changes]
        return out


@dataclass(frozen=True)
class Facts:
    """What a rule looks at: the conversation as it is at that point of the pass."""

    channel: str
    mailbox: str | None
    language: str
    plan: str
    company: str
    subject: str
    message: str
    tags: frozenset[str]
    priority: str
    changes: tuple[FieldChange, ...] = ()  # what the agent changed (the update trigger)


def _word_hit(words: tuple[str, ...], found: set[str]) -> bool:
    for word in words:
        if word.endswith("*"):
            stem = word[:-1]
            if any(w.startswith(stem) for w in found):
                return True
        elif word in found:
            return True
    return False


def matches(conditions: Conditions, facts: Facts) -> bool:
    if conditions.changes and not any_hit(conditions.changes, facts.changes):
        return False
    if conditions.channels and facts.channel not in conditions.channels:
        return False
    if conditions.mailboxes and facts.mailbox not in conditions.mailboxes:
        return False
    if conditions.languages and facts.language not in conditions.languages:
        return False
    if conditions.plans and facts.plan not in conditions.plans:
        return False
    if conditions.companies and fold(facts.company.strip()) not in {fold(c) for c in conditions.companies}:
        return False
    if conditions.tags and not facts.tags & set(conditions.tags):
        return False
    if conditions.priorities and facts.priority not in conditions.priorities:
        return False
    if conditions.words:
        text = {"subject": facts.subject, "message": facts.message}.get(
            conditions.words_in, f"{facts.subject}\n{facts.message}"
        )
        if not _word_hit(conditions.words, words_of(text)):
            return False
    return True


def split_actions(data: object) -> tuple[Actions, str | None]:
    """A rule's stored ``actions`` JSON: the macro actions and the SLA policy action (None without
    one); a plain sentence for anything wrong."""
    if isinstance(data, Mapping) and sla_action.KEY in data:
        rest = {k: v for k, v in data.items() if k != sla_action.KEY}
        return Actions.from_json(rest), sla_action.read(data[sla_action.KEY])
    return Actions.from_json(data), None


def join_actions(actions: Actions, sla_policy: str | None) -> dict[str, Any]:
    out = actions.to_json()
    if sla_policy is not None:
        out[sla_action.KEY] = sla_policy
    return out


def check_rule_actions(actions: Actions, sla_policy: str | None = None) -> Actions:
    """Rules act without an agent at the keyboard: no canned reply, no "me"."""
    if actions.reply_id is not None:
        raise ValidationError(translatable("RoutingErrors", "A routing rule cannot insert a canned reply."))
    if actions.assignee == "me":
        raise ValidationError(
            translatable(
                "RoutingErrors",
                "A routing rule cannot assign to “me”; choose an agent or automatic assignment.",
            )
        )
    if actions.empty and sla_policy is None:
        raise ValidationError(translatable("RoutingErrors", "A rule needs at least one action."))
    return actions


def check_triggers(triggers: object) -> tuple[str, ...]:
    if not isinstance(triggers, list) or not triggers or any(t not in TRIGGERS for t in triggers):
        raise ValidationError(
            translatable(
                "RoutingErrors",
                "A rule runs on arrival, on a customer's message, when an agent changes the "
                "conversation, or on several of these.",
            )
        )
    return tuple(t for t in TRIGGERS if t in triggers)


__all__ = [
    "Conditions",
    "Facts",
    "TRIGGERS",
    "WORDS_IN",
    "check_rule_actions",
    "check_triggers",
    "fold",
    "join_actions",
    "split_actions",
    "matches",
    "words_of",
]
