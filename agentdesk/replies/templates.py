# SPDX-License-Identifier: GPL-3.0-or-later
"""Placeholders in canned replies: ``Hi {{customer.first_name | "there"}}, …{{cursor}}``.

A template is text with ``{{name}}`` or ``{{name | "fallback"}}`` marks. ``render`` replaces each
mark whose name is one of ``PLACEHOLDERS`` with a plain value from a ``RenderContext``; nothing
is ever evaluated: names are looked up in a fixed table (no ``getattr``, no ``str.format``, no
template engine), so ``{{customer.__dict__}}`` or ``{{__class__}}`` are simply unknown names.

Invariants:

- One pass, left to right. A value is inserted as text and never read as a template again, so a
  customer called ``{{agent.first_name}}`` is greeted by exactly that name.
- An unknown name, or a known one without a value and without a fallback, stays in the output
  literally and is reported with its span in the output (``Rendered.unknown`` / ``missing``), so
  the editor can flag it and the composer highlight it.
- Anything that is not a well-formed mark (a stray ``{{``, ``}}`` or ``{``) is ordinary text.
- ``{{cursor}}`` is removed; ``Rendered.cursor`` is where the first one stood (an offset in Python
  characters into ``Rendered.text``; Qt counts UTF-16 units, so the composer converts), or the
  end of the text when the template has none.
- Templates longer than ``MAX_TEMPLATE_CHARS`` are refused with a ``ValidationError``.
- The output holds no lone surrogate and no NUL: those in the template or a value become U+FFFD,
  one character for one, so spans stay valid (``agentdesk.text``).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.messages import translatable
from agentdesk.store import models
from agentdesk.store.database import Store
from agentdesk.text import clean_text

MAX_TEMPLATE_CHARS = 20_000
MAX_FALLBACK_CHARS = 200

# A mark: "{{", anything without braces, "}}". The inside is checked by ``_INSIDE``.
_MARK = re.compile(r"\{\{([^{}]{0,300})\}\}")
_INSIDE = re.compile(
    r"""^\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*
        (?:\|\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')\s*)?$""",
    re.VERBOSE,
)

CURSOR = "cursor"

#: Every placeholder a template may use, with a short description for the editor's help.
PLACEHOLDERS: dict[str, str] = {
    "customer.first_name": translatable("Replies", "The customer's first name"),
    "customer.name": translatable("Replies", "The customer's full name"),
    "agent.first_name": translatable("Replies", "Your first name"),
    "conversation.number": translatable("Replies", "The conversation's number, e.g. 1042"),
    "conversation.subject": translatable("Replies", "The conversation's subject"),
    "sla.first_response_due": translatable(
        "Replies", "When the first answer is due, e.g. 'today at 14:00', in the customer's words"
    ),
    CURSOR: translatable("Replies", "Where the cursor lands after inserting (removed from the text)"),
}

# Honorifics skipped when taking a first name ("Dr. Anna Berg" → "Anna").
_PREFIXES = frozenset(
    {"dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "herr", "frau", "hr.", "fr."}
)


def first_name(name: str) -> str:
    """The first word of ``name`` that is not a title like "Dr." or "Frau"; "" for an empty name.

    A name that is only an email address gives "" (nobody is greeted as "anna@example.com")."""
    words = [w for w in name.replace(",", " ").split() if w]
    if not words or "@" in words[0]:
        return ""
    for word in words:
        if word.casefold() not in _PREFIXES:
            return word
    return words[-1]


@dataclass(frozen=True, slots=True)
class RenderContext:
    """The values a template can use, as plain data (no ORM objects).

    ``language`` picks the wording of dates (``en``, ``de``, ``da``); ``timezone`` is the zone due
    times are shown in (the business calendar's, see ``load_render_context``); ``now``, when given,
    lets a due time say "today" or "tomorrow".
    """

    customer_name: str = ""
    agent_name: str = ""
    conversation_number: int | None = None
    conversation_subject: str = ""
    first_response_due: dt.datetime | None = None
    language: str = "en"
    customer_language: str = "en"
    agent_language: str = "en"
    timezone: dt.tzinfo = dt.UTC
    now: dt.datetime | None = None

    def value(self, name: str, language: str | None = None) -> str | None:
        """The text for placeholder ``name``; None when the name is unknown or has no value."""
        getter = _VALUES.get(name)
        if getter is None:
            return None
        text = getter(self, language or self.language)
        return clean_text(text) if text else None


def _due(ctx: RenderContext, language: str) -> str:
    if ctx.first_response_due is None:
        return ""
    try:
        return format_due(ctx.first_response_due, language, ctx.timezone, now=ctx.now)
    except (OverflowError, ValueError):  # a due time at the end of the calendar: left unfilled
        return ""


_VALUES: dict[str, Callable[[RenderContext, str], str]] = {
    "customer.first_name": lambda c, _l: first_name(c.customer_name),
    "customer.name": lambda c, _l: c.customer_name.strip(),
    "agent.first_name": lambda c, _l: first_name(c.agent_name),
    "conversation.number": lambda c, _l: "" if c.conversation_number is None else str(c.conversation_number),
    "conversation.subject": lambda c, _l: c.conversation_subject.strip(),
    "sla.first_response_due": _due,
}

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
}
_MONTHS = {
    "en": ("January February March April May June July August September October November December".split()),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
}


def format_due(when: dt.datetime, language: str, tz: dt.tzinfo, *, now: dt.datetime | None = None) -> str:
    """A due time as a customer reads it, in ``tz`` and the wording of ``language``.

    ``today at 14:00`` / ``heute um 14:00 Uhr`` / ``i dag kl. 14.00`` when ``now`` is the same day,
    ``tomorrow …`` / ``morgen …`` / ``i morgen …`` for the next, else the weekday and date:
    ``Tuesday, 24 November at 14:00`` / ``Dienstag, 24. November, um 14:00 Uhr`` /
    ``tirsdag den 24. november kl. 14.00``. Written to follow "by" / "spätestens" / "senest".
    Unknown languages get English.
    """
    if when.tzinfo is None:
        raise ValueError("format_due needs an aware datetime")
    lang = language if language in _WEEKDAYS else "en"
    local = when.astimezone(tz)
    weekday = _WEEKDAYS[lang][local.weekday()]
    month = _MONTHS[lang][local.month - 1]
    clock = f"{local.hour:02d}:{local.minute:02d}"
    relative = ""
    if now is not None:
        days = (local.date() - now.astimezone(tz).date()).days
        relative = {0: "today", 1: "tomorrow"}.get(days, "")
    if lang == "de":
        day = {"today": "heute", "tomorrow": "morgen"}.get(relative)
        if day:
            return f"{day} um {clock} Uhr"
        return f"{weekday}, {local.day}. {month}, um {clock} Uhr"
    if lang == "da":
        clock = clock.replace(":", ".")
        day = {"today": "i dag", "tomorrow": "i morgen"}.get(relative)
        if day:
            return f"{day} kl. {clock}"
        return f"{weekday} den {local.day}. {month} kl. {clock}"
    if relative:
        return f"{relative} at {clock}"
    return f"{weekday}, {local.day} {month} at {clock}"


@dataclass(frozen=True, slots=True)
class Placeholder:
    """A ``{{…}}`` mark: its name, its fallback (None without one) and its span in the template."""

    name: str
    fallback: str | None
    start: int
    end: int

    @property
    def known(self) -> bool:
        return self.name in PLACEHOLDERS


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A mark left in the output: its name (or the raw mark text when it is not a plain name),
    its span in ``Rendered.text`` and its span in the template."""

    name: str
    start: int
    end: int
    source_start: int
    source_end: int


@dataclass(frozen=True, slots=True)
class Rendered:
    """``text`` ready for the composer; ``cursor`` where the cursor goes (an offset into ``text``);
    ``unknown``: marks whose name is not a placeholder; ``missing``: known placeholders without a
    value (and without a fallback) for this conversation. Both stay in ``text`` literally."""

    text: str
    cursor: int
    unknown: tuple[Unresolved, ...] = ()
    missing: tuple[Unresolved, ...] = ()
    fallbacks_used: tuple[str, ...] = field(default=())

    @property
    def complete(self) -> bool:
        """True when nothing is left to fill in."""
        return not self.unknown and not self.missing


def check_size(template: str) -> None:
    if len(template) > MAX_TEMPLATE_CHARS:
        raise ValidationError(
            translatable(
                "RepliesErrors",
                (
                    "The reply text is {len:,} characters long; a canned reply may have at most "
                    "{MAX_TEMPLATE_CHARS:,}."
                ),
            ),
            len=len(template),
            MAX_TEMPLATE_CHARS=MAX_TEMPLATE_CHARS,
        )


def _parse_mark(inside: str) -> tuple[str, str | None] | None:
    match = _INSIDE.match(inside)
    if match is None:
        return None
    fallback = match.group("dq")
    if fallback is None:
        fallback = match.group("sq")
    if fallback is not None and len(fallback) > MAX_FALLBACK_CHARS:
        return None
    return match.group("name"), fallback


def placeholders(template: str) -> list[Placeholder]:
    """Every mark of ``template`` in order, for the editor; a mark that is not a plain name (an
    attribute chain with odd characters, a call, an unquoted fallback) is listed with its raw
    inside as name, so it shows up as unknown. Refuses over-long templates like ``render``."""
    check_size(template)
    template = clean_text(template)
    found: list[Placeholder] = []
    for match in _MARK.finditer(template):
        parsed = _parse_mark(match.group(1))
        if parsed is None:
            found.append(Placeholder(match.group(1).strip(), None, match.start(), match.end()))
        else:
            found.append(Placeholder(parsed[0], parsed[1], match.start(), match.end()))
    return found


def unknown_placeholders(template: str) -> list[Placeholder]:
    """The marks of ``template`` whose name is not a placeholder (what the editor flags)."""
    return [p for p in placeholders(template) if not p.known]


def render(template: str, context: RenderContext, *, language: str | None = None) -> Rendered:
    """``template`` with its placeholders filled from ``context`` (dates worded for ``language``,
    default ``context.language``). Pure; raises ``ValidationError`` only for an over-long template."""
    check_size(template)
    template = clean_text(template)
    lang = language or context.language
    out: list[str] = []
    length = 0
    cursor: int | None = None
    unknown: list[Unresolved] = []
    missing: list[Unresolved] = []
    fallbacks: list[str] = []
    position = 0
    for match in _MARK.finditer(template):
        literal = template[position : match.start()]
        out.append(literal)
        length += len(literal)
        position = match.end()
        raw = match.group(0)
        parsed = _parse_mark(match.group(1))
        if parsed is not None and parsed[0] == CURSOR:
            if cursor is None:
                cursor = length
            continue
        if parsed is None or parsed[0] not in PLACEHOLDERS:
            name = match.group(1).strip() if parsed is None else parsed[0]
            unknown.append(Unresolved(name, length, length + len(raw), match.start(), match.end()))
            text = raw
        else:
            name, fallback = parsed
            value = context.value(name, lang)
            if value is not None:
                text = value
            elif fallback is not None:
                text = fallback
                fallbacks.append(name)
            else:
                missing.append(Unresolved(name, length, length + len(raw), match.start(), match.end()))
                text = raw
        out.append(text)
        length += len(text)
    out.append(template[position:])
    text = "".join(out)
    return Rendered(
        text=text,
        cursor=len(text) if cursor is None else cursor,
        unknown=tuple(unknown),
        missing=tuple(missing),
        fallbacks_used=tuple(fallbacks),
    )


def sample_context(language: str = "en", *, now: dt.datetime | None = None) -> RenderContext:
    """A made-up conversation for previews in the manage dialog (every placeholder has a value)."""
    when = now or dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    return RenderContext(
        customer_name={"de": "Anna Müller", "da": "Jens Hansen"}.get(language, "Emily Carter"),
        agent_name={"de": "Lukas Becker", "da": "Mette Nielsen"}.get(language, "Sam Taylor"),
        conversation_number=1042,
        conversation_subject={
            "de": "Lieferung fehlt noch",
            "da": "Betaling fejlede ved kassen",
        }.get(language, "Payment failed at checkout"),
        first_response_due=when + dt.timedelta(hours=5),
        language=language,
        customer_language=language,
        agent_language=language,
        timezone=zoneinfo.ZoneInfo("Europe/Berlin"),
        now=when,
    )


def load_render_context(
    store: Store,
    conversation_id: uuid.UUID,
    agent_id: uuid.UUID | None,
    *,
    now: dt.datetime | None = None,
    tz: dt.tzinfo | None = None,
) -> RenderContext:
    """The values for one conversation, read in one short session.

    ``language`` and ``customer_language`` are the conversation's language (the one the thread is
    written in; the customer's profile language when the conversation has none). Due times are shown
    in ``tz`` if given, else in the zone of the business calendar of the conversation's SLA policy
    (the customer's business hours), else in this machine's zone. Raises ``NotFoundError``.
    """
    with store.read() as session:
        conv = session.get(models.Conversation, conversation_id)
        if conv is None or conv.deleted_at is not None:
            raise NotFoundError(translatable("RepliesErrors", "That conversation does not exist (any more)."))
        customer = session.get(models.Customer, conv.customer_id)
        agent = session.get(models.Agent, agent_id) if agent_id is not None else None
        zone = tz
        if zone is None and conv.sla_policy_id is not None:
            definition = session.scalar(
                select(models.BusinessCalendar.definition)
                .join(models.SlaPolicy, models.SlaPolicy.calendar_id == models.BusinessCalendar.id)
                .where(models.SlaPolicy.id == conv.sla_policy_id)
            )
            name = definition.get("timezone") if isinstance(definition, dict) else None
            if isinstance(name, str):
                try:
                    zone = zoneinfo.ZoneInfo(name)
                except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                    zone = None
        if zone is None:
            zone = dt.datetime.now().astimezone().tzinfo or dt.UTC
        language = conv.language or (customer.language if customer else "en")
        return RenderContext(
            customer_name=customer.name if customer is not None else "",
            agent_name=agent.name if agent is not None else "",
            conversation_number=conv.number,
            conversation_subject=conv.subject,
            first_response_due=conv.first_response_due_at if conv.first_response_at is None else None,
            language=language,
            customer_language=language,
            agent_language=agent.language if agent is not None else "en",
            timezone=zone,
            now=now,
        )


__all__ = [
    "MAX_TEMPLATE_CHARS",
    "PLACEHOLDERS",
    "Placeholder",
    "RenderContext",
    "Rendered",
    "Unresolved",
    "check_size",
    "first_name",
    "format_due",
    "load_render_context",
    "placeholders",
    "render",
    "sample_context",
    "unknown_placeholders",
]
