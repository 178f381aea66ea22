# SPDX-License-Identifier: GPL-3.0-or-later
"""Texts the system writes into a conversation's record, kept as facts and worded when read.

When AgentDesk itself writes into a conversation (today: the hand-off note of an automatic
escalation by the SLA policy) it stores *what happened* as a kind and its parameters, never an
English sentence, so two agents reading the same synced conversation each read it in their own
language. The note row (``Message``, direction ``note``, no author agent) has an empty
``body_text`` and its facts in ``meta["generated"]``::

    {"kind": "sla_escalation", "target": "first_response", "trigger": "breach",
     "at": "2026-11-23T13:05:00+00:00", "from_tier": 1, "to_tier": 2}

and the ``escalation`` event that points at it (``data["note_id"]``) carries the same fields.
Exports keep both as they are (the structured form); whoever shows the note words it:
:func:`generated_note` returns a :class:`~agentdesk.messages.Message` whose sentence is in the
catalogue (context ``RecordText``) and whose time and tiers the caller formats (the window with
its ``QLocale``: ``agentdesk.gui.record_view``). A note written before this (its English
sentence in ``body_text``) is worded from its escalation event when that is there, else shown as
it was stored.

A customer's name is the other text the record words when read: every way of making or editing
a customer needs a name, so a blank one is what a GDPR erasure left (``agentdesk.privacy``), and
:func:`customer_name` shows it as "Erased customer" in the reader's language, wherever a name
shows (the inbox list, the header, the customer panel, reports, search results).

The other texts of the record were structured from the start and are worded by the timeline
(``agentdesk.gui.timeline.event_text``): SLA warnings and breaches (``sla_warning``/``sla_breach``
events with their target) and merges (``merge`` events with both numbers).

Qt-free: the services write the facts; no sentence is made here until someone reads it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from agentdesk.messages import Message, Text, tr, translatable

SLA_ESCALATION = "sla_escalation"
"""The kind of the hand-off note of an automatic escalation by the SLA policy."""

KINDS = (SLA_ESCALATION,)
FIELDS = ("target", "trigger", "at", "from_tier", "to_tier")

_SENTENCES: dict[tuple[str, str], Text] = {
    ("first_response", "breach"): translatable(
        "RecordText",
        "First response SLA breached at {time}: moved from {from_tier} to {to_tier} automatically.",
    ),
    ("first_response", "warning"): translatable(
        "RecordText",
        "First response SLA at risk at {time}: moved from {from_tier} to {to_tier} automatically.",
    ),
    ("next_response", "breach"): translatable(
        "RecordText",
        "Next response SLA breached at {time}: moved from {from_tier} to {to_tier} automatically.",
    ),
    ("next_response", "warning"): translatable(
        "RecordText",
        "Next response SLA at risk at {time}: moved from {from_tier} to {to_tier} automatically.",
    ),
    ("resolution", "breach"): translatable(
        "RecordText",
        "Resolution SLA breached at {time}: moved from {from_tier} to {to_tier} automatically.",
    ),
    ("resolution", "warning"): translatable(
        "RecordText",
        "Resolution SLA at risk at {time}: moved from {from_tier} to {to_tier} automatically.",
    ),
}
_MOVED = translatable("RecordText", "Moved from {from_tier} to {to_tier} automatically by the SLA policy.")

ERASED_CUSTOMER = translatable("RecordText", "Erased customer")
"""How a customer whose data was erased (GDPR Art. 17) is named wherever a name shows."""


def customer_name(name: str | None) -> str:
    """The name to show for a customer: their name, or "Erased customer" (in the reader's
    language) for the blank name an erasure leaves."""
    if name and not name.isspace():
        return name
    return tr(ERASED_CUSTOMER)


def sla_escalation_facts(
    target: str, trigger: str, at: dt.datetime, from_tier: int, to_tier: int
) -> dict[str, Any]:
    """What an automatic escalation's note stores in ``meta["generated"]`` (JSON)."""
    return {
        "kind": SLA_ESCALATION,
        "target": target,
        "trigger": trigger,
        "at": at.astimezone(dt.UTC).isoformat(),
        "from_tier": from_tier,
        "to_tier": to_tier,
    }


def facts_of(meta: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The facts of a generated note from its ``meta``; None for a note a person wrote."""
    generated = (meta or {}).get("generated")
    if isinstance(generated, Mapping) and generated.get("kind") in KINDS:
        return dict(generated)
    return None


def facts_from_event(data: Mapping[str, Any]) -> dict[str, Any] | None:
    """The facts of an automatic escalation from its ``escalation`` event's data (which every
    version wrote), so that older notes read in the reader's language too; None for an
    escalation an agent made."""
    if data.get("reason") != "sla" or not data.get("note_id"):
        return None
    return {"kind": SLA_ESCALATION, **{name: data.get(name) for name in FIELDS}}


def _tier_number(value: object) -> int | None:
    try:
        tier = int(str(value))
    except ValueError:
        return None
    return tier if 1 <= tier <= 9 else None


def _moment(value: object) -> dt.datetime | None:
    """The stored moment in UTC; None for anything else (or a moment UTC cannot hold, such as
    year 1 east of Greenwich)."""
    try:
        moment = dt.datetime.fromisoformat(str(value))
        return (moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)
    except (ValueError, OverflowError):
        return None


def _plain_time(when: dt.datetime) -> str:
    return f"{when.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"


def _plain_tier(tier: int) -> str:
    return f"L{tier}"


def generated_note(
    facts: Mapping[str, Any],
    *,
    time: Callable[[dt.datetime], str] = _plain_time,
    tier: Callable[[int], str] = _plain_tier,
) -> Message | None:
    """The sentence of a generated note, rendered in the reader's language when shown
    (``str(message)``); ``time`` and ``tier`` format its moment and tiers (the window passes its
    locale's). None when the facts are not a kind this version knows (the stored text is shown)."""
    if facts.get("kind") != SLA_ESCALATION:
        return None
    from_tier, to_tier = _tier_number(facts.get("from_tier")), _tier_number(facts.get("to_tier"))
    if from_tier is None or to_tier is None:
        return None
    tiers = {"from_tier": tier(from_tier), "to_tier": tier(to_tier)}
    sentence = _SENTENCES.get((str(facts.get("target")), str(facts.get("trigger"))))
    moment = _moment(facts.get("at"))
    if sentence is None or moment is None:
        return Message(_MOVED, **tiers)
    return Message(sentence, time=time(moment), **tiers)


__all__ = [
    "ERASED_CUSTOMER",
    "FIELDS",
    "KINDS",
    "SLA_ESCALATION",
    "customer_name",
    "facts_from_event",
    "facts_of",
    "generated_note",
    "sla_escalation_facts",
]
