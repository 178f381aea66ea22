# SPDX-License-Identifier: GPL-3.0-or-later
"""The canned reply library: create, edit, duplicate, delete, find and count use.

A reply has a title, an optional shortcut (typed after ``/`` or ``::`` in the composer), a
category from ``CATEGORIES``, one text per language (``en``, ``de``, ``da``; at least one) and a
scope that says who sees it:

- ``personal``: only its owner;
- ``team``: the agents who work that team (``Agent.team_ids`` and the home team ``Agent.team_id``);
- ``everyone``: every agent (and a desk without an agent profile).

Whoever sees a reply may use, edit, duplicate and delete it; a personal reply only its owner.
Shortcuts are unique among the replies the acting agent sees (empty shortcuts are allowed and
never clash). Deleting is a soft delete (``deleted_at``), as everywhere that syncs.

The service hands out plain frozen dataclasses (``ReplyRow``, ``SearchHit``), never ORM rows;
each call is one session. ``actor_id`` is public so the desk can switch agents.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.orm import Session

from agentdesk import messages
from agentdesk.clock import Clock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.messages import translatable
from agentdesk.replies.templates import MAX_TEMPLATE_CHARS
from agentdesk.store import models
from agentdesk.store.database import Store
from agentdesk.text import clean_text

LANGUAGES: tuple[str, ...] = models.LANGUAGES
LANGUAGE_NAMES = {"en": "English", "de": "German", "da": "Danish"}
SCOPES = ("personal", "team", "everyone")
MAX_TITLE_CHARS = 200
MAX_SHORTCUT_CHARS = 40


@dataclass(frozen=True, slots=True)
class Category:
    key: str
    label: str  # translatable (``agentdesk.messages``); shown through ``messages.tr``


#: The fixed categories, in the order an agent goes through a conversation.
CATEGORIES: tuple[Category, ...] = (
    Category("acknowledgement", translatable("Replies", "Acknowledgement")),
    Category("empathy", translatable("Replies", "Empathy")),
    Category("apology", translatable("Replies", "Apology")),
    Category("reassurance", translatable("Replies", "Reassurance")),
    Category("information", translatable("Replies", "Asking for information")),
    Category("escalation", translatable("Replies", "Escalation notice")),
    Category("waiting", translatable("Replies", "Waiting on the customer")),
    Category("follow_up", translatable("Replies", "Follow-up")),
    Category("closing", translatable("Replies", "Closing")),
)
CATEGORY_LABELS: dict[str, str] = {c.key: c.label for c in CATEGORIES}
_CATEGORY_ORDER = {c.key: i for i, c in enumerate(CATEGORIES)}
#: Offered first when the customer reads as frustrated.
SOOTHING_CATEGORIES = frozenset({"empathy", "apology"})

_SHORTCUT = re.compile(r"^[\w.-]+$")
_WORD = re.compile(r"\w+")
_MARK = re.compile(r"\{\{[^{}]*\}\}")


@dataclass(frozen=True, slots=True)
class ReplyDraft:
    """What the manage dialog (or an import) asks a reply to be. ``variants`` maps a language to
    its text; a language left out or with blank text has no variant."""

    title: str
    variants: Mapping[str, str]
    shortcut: str = ""
    category: str = "acknowledgement"
    scope: str = "everyone"
    team_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class ReplyRow:
    """One reply as the GUI shows it. ``my_uses``: how often the acting agent used it."""

    id: uuid.UUID
    title: str
    shortcut: str
    category: str
    scope: str
    owner_agent_id: uuid.UUID | None
    team_id: uuid.UUID | None
    usage_count: int
    my_uses: int
    variants: dict[str, str] = field(default_factory=dict)
    updated_at: dt.datetime | None = None

    @property
    def category_label(self) -> str:
        return messages.tr(CATEGORY_LABELS.get(self.category, self.category))  # the program's language

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGUAGES if lang in self.variants)

    def draft(self) -> ReplyDraft:
        """The reply as a draft, to edit and hand back to ``update``."""
        return ReplyDraft(
            title=self.title,
            variants=dict(self.variants),
            shortcut=self.shortcut,
            category=self.category,
            scope=self.scope,
            team_id=self.team_id,
        )


@dataclass(frozen=True, slots=True)
class VariantChoice:
    """The text that will be used: its ``language``, and ``fallback`` when that is not the
    customer's language (the composer then shows a note)."""

    language: str
    body: str
    fallback: bool


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One line of the composer's inline list. ``body`` is the chosen variant, unrendered."""

    reply_id: uuid.UUID
    title: str
    shortcut: str
    category: str
    category_label: str
    scope: str
    language: str
    body: str
    fallback: bool
    soothing: bool
    my_uses: int
    usage_count: int


def choose_variant(
    variants: Mapping[str, str], customer_language: str, agent_language: str
) -> VariantChoice | None:
    """The customer's language if there is a text for it; else the agent's, else English, else the
    first there is (all three flagged ``fallback``); None without any text."""
    if variants.get(customer_language):
        return VariantChoice(customer_language, variants[customer_language], False)
    for language in (agent_language, "en", *LANGUAGES):
        if variants.get(language):
            return VariantChoice(language, variants[language], True)
    return None


def variant_for(reply: ReplyRow, customer_language: str, agent_language: str) -> VariantChoice | None:
    """``choose_variant`` for a reply row."""
    return choose_variant(reply.variants, customer_language, agent_language)


def normalize_shortcut(shortcut: str) -> str:
    """What is stored for a typed shortcut: without a leading ``/`` or ``::``, lower case."""
    text = shortcut.strip()
    if text.startswith("::"):
        text = text[2:]
    return text.lstrip("/").strip().casefold()


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(_MARK.sub(" ", text))}


class CannedReplyService:
    """The library as seen by agent ``actor_id`` (None: a desk without an agent profile, which
    sees and manages the replies for everyone)."""

    def __init__(self, store: Store, clock: Clock, actor_id: uuid.UUID | None = None) -> None:
        self.store = store
        self.clock = clock
        self.actor_id = actor_id

    # -- reading ---------------------------------------------------------------------------

    @staticmethod
    def categories() -> tuple[Category, ...]:
        return CATEGORIES

    def list_replies(self, *, category: str | None = None) -> list[ReplyRow]:
        """Every reply the agent sees, by category (in ``CATEGORIES`` order), then title."""
        with self.store.read() as session:
            rows = self.visible_rows(session, self.acting_agent(session))
        if category is not None:
            rows = [r for r in rows if r.category == category]
        return sorted(rows, key=lambda r: (_CATEGORY_ORDER.get(r.category, 99), r.title.casefold(), r.id))

    def get(self, reply_id: uuid.UUID) -> ReplyRow:
        """One reply the agent sees; ``NotFoundError`` otherwise."""
        with self.store.read() as session:
            actor = self.acting_agent(session)
            reply = self._visible_reply(session, actor, reply_id)
            return self.rows_of(session, [reply], self.acting_agent(session))[0]

    def shortcut_owner(self, shortcut: str, *, except_id: uuid.UUID | None = None) -> str | None:
        """The title of the visible reply that already uses ``shortcut`` (for the editor's live
        check), or None when it is free."""
        key = normalize_shortcut(shortcut)
        if not key:
            return None
        with self.store.read() as session:
            clash = self._shortcut_clash(session, self.acting_agent(session), key, except_id)
        return clash.title if clash is not None else None

    def search(
        self,
        query: str,
        language: str,
        *,
        agent_language: str | None = None,
        frustrated: bool = False,
        limit: int = 20,
    ) -> list[SearchHit]:
        """Replies for the composer's inline list, best first.

        ``query`` (what follows ``/``; a leading ``/`` or ``::`` is ignored) is split into words;
        each must start a word of the shortcut, of the title or of one of the texts. An empty query
        lists everything. Order, by groups: the reply whose shortcut is exactly the query; those
        whose shortcut starts with the query; those found by words of shortcut or title; those found
        only in their texts. Within a group: empathy and apology replies first when the customer
        reads as ``frustrated``; then the acting agent's most-used; then the most-used by everyone;
        then shortcut (first two groups) or title. ``language`` is the customer's (conversation's)
        language and picks the variant (``choose_variant``); ``agent_language`` defaults to the
        acting agent's.
        """
        tokens = [t.casefold() for t in _WORD.findall(normalize_shortcut(query))]
        key = normalize_shortcut(query)
        with self.store.read() as session:
            actor = self.acting_agent(session)
            rows = self.visible_rows(session, actor)
        own_language = agent_language or (actor.language if actor is not None else "en")
        scored: list[tuple[tuple[int, int, int, int, str], SearchHit]] = []
        for row in rows:
            strength = self._match_strength(row, key, tokens)
            if strength is None:
                continue
            choice = variant_for(row, language, own_language)
            if choice is None:
                continue
            soothing = row.category in SOOTHING_CATEGORIES
            rank = (
                0 if key and row.shortcut == key else strength,
                0 if frustrated and soothing else 1,
                -row.my_uses,
                -row.usage_count,
                row.shortcut if strength == 1 else row.title.casefold(),
            )
            hit = SearchHit(
                reply_id=row.id,
                title=row.title,
                shortcut=row.shortcut,
                category=row.category,
                category_label=row.category_label,
                scope=row.scope,
                language=choice.language,
                body=choice.body,
                fallback=choice.fallback,
                soothing=soothing,
                my_uses=row.my_uses,
                usage_count=row.usage_count,
            )
            scored.append((rank, hit))
        scored.sort(key=lambda pair: pair[0])
        return [hit for _, hit in scored[: max(0, limit)]]

    @staticmethod
    def _match_strength(row: ReplyRow, key: str, tokens: list[str]) -> int | None:
        """1 when the query starts the shortcut, 2 when every word starts a word of the shortcut
        or the title, 3 when some are found only in the texts, None when a word is found nowhere."""
        if key and row.shortcut.startswith(key):
            return 1
        strong = _words(row.title) | _words(row.shortcut.replace("-", " ").replace("_", " "))
        body: set[str] | None = None
        strength = 2
        for token in tokens:
            if any(w.startswith(token) for w in strong):
                continue
            if body is None:
                body = set()
                for text in row.variants.values():
                    body |= _words(text)
            if not any(w.startswith(token) for w in body):
                return None
            strength = 3
        return strength

    @staticmethod
    def variant_for(reply: ReplyRow, customer_language: str, agent_language: str) -> VariantChoice | None:
        return variant_for(reply, customer_language, agent_language)

    # -- writing ---------------------------------------------------------------------------

    def create(self, draft: ReplyDraft) -> ReplyRow:
        """A new reply owned by the acting agent. ``ValidationError`` with a sentence on bad input."""
        with self.store.write() as session:
            reply = self.create_in(session, draft)
            return self.rows_of(session, [reply], self.acting_agent(session))[0]

    def update(self, reply_id: uuid.UUID, draft: ReplyDraft) -> ReplyRow:
        """Replace the reply's fields and texts with ``draft``'s (a language left out is removed)."""
        with self.store.write() as session:
            reply = self.update_in(session, reply_id, draft)
            return self.rows_of(session, [reply], self.acting_agent(session))[0]

    def duplicate(self, reply_id: uuid.UUID) -> ReplyRow:
        """A copy titled "… (copy)", owned by the acting agent, with a free shortcut
        ("sorry-2") and no usage yet: the way to adapt a shared reply for oneself."""
        with self.store.write() as session:
            actor = self.acting_agent(session)
            original = self.rows_of(session, [self._visible_reply(session, actor, reply_id)], actor)[0]
            shortcut = ""
            if original.shortcut:
                base = original.shortcut[: MAX_SHORTCUT_CHARS - 4]
                n = 2
                while self._shortcut_clash(session, actor, f"{base}-{n}", None) is not None:
                    n += 1
                shortcut = f"{base}-{n}"
            title = f"{original.title} (copy)"[:MAX_TITLE_CHARS]
            draft = ReplyDraft(
                title=title,
                variants=original.variants,
                shortcut=shortcut,
                category=original.category,
                scope=original.scope,
                team_id=original.team_id,
            )
            reply = self.create_in(session, draft)
            return self.rows_of(session, [reply], self.acting_agent(session))[0]

    def delete(self, reply_id: uuid.UUID) -> None:
        """Soft-delete the reply and its texts."""
        now = self.clock.now()
        with self.store.write() as session:
            reply = self._visible_reply(session, self.acting_agent(session), reply_id)
            reply.deleted_at = now
            reply.updated_at = now
            for variant in session.scalars(
                select(models.CannedReplyVariant).where(
                    models.CannedReplyVariant.canned_reply_id == reply.id,
                    models.CannedReplyVariant.deleted_at.is_(None),
                )
            ):
                variant.deleted_at = now
                variant.updated_at = now

    def record_use(self, reply_id: uuid.UUID) -> None:
        """Count one use: the reply's ``usage_count`` and the acting agent's own count (which
        orders their list). Call it when an inserted reply is sent, or when it is inserted."""
        now = self.clock.now()
        with self.store.write() as session:
            actor = self.acting_agent(session)
            reply = self._visible_reply(session, actor, reply_id)
            reply.usage_count = (reply.usage_count or 0) + 1
            reply.updated_at = now
            if actor is None:
                return
            usage = session.scalar(
                select(models.CannedReplyUsage).where(
                    models.CannedReplyUsage.canned_reply_id == reply.id,
                    models.CannedReplyUsage.agent_id == actor.id,
                )
            )
            if usage is None:
                usage = models.CannedReplyUsage(
                    canned_reply_id=reply.id, agent_id=actor.id, count=0, updated_at=now
                )
                session.add(usage)
            usage.count = (usage.count or 0) + 1
            usage.last_used_at = now
            usage.updated_at = now
            usage.deleted_at = None

    # -- session-level building blocks (also used by the exchange import) -------------------

    def create_in(
        self, session: Session, draft: ReplyDraft, *, reply_id: uuid.UUID | None = None
    ) -> models.CannedReply:
        """Validate ``draft`` and add it as a new reply in ``session``; does not commit."""
        actor = self.acting_agent(session)
        clean = self.validate(session, actor, draft, None)
        now = self.clock.now()
        reply = models.CannedReply(
            title=clean.title,
            shortcut=clean.shortcut,
            category=clean.category,
            scope=clean.scope,
            owner_agent_id=actor.id if actor is not None else None,
            team_id=clean.team_id if clean.scope == "team" else None,
            usage_count=0,
            updated_at=now,
        )
        if reply_id is not None:
            reply.id = reply_id
        session.add(reply)
        session.flush()
        self._set_variants(session, reply, clean.variants, now)
        return reply

    def update_in(self, session: Session, reply_id: uuid.UUID, draft: ReplyDraft) -> models.CannedReply:
        """Validate ``draft`` and write it over the visible reply ``reply_id``; does not commit."""
        actor = self.acting_agent(session)
        reply = self._visible_reply(session, actor, reply_id)
        clean = self.validate(session, actor, draft, reply.id)
        now = self.clock.now()
        reply.title = clean.title
        reply.shortcut = clean.shortcut
        reply.category = clean.category
        reply.scope = clean.scope
        reply.team_id = clean.team_id if clean.scope == "team" else None
        if clean.scope == "personal" and actor is not None:
            reply.owner_agent_id = actor.id
        reply.updated_at = now
        self._set_variants(session, reply, clean.variants, now)
        return reply

    def validate(
        self,
        session: Session,
        actor: models.Agent | None,
        draft: ReplyDraft,
        reply_id: uuid.UUID | None,
    ) -> ReplyDraft:
        """``draft`` cleaned (trimmed title, normalised shortcut, blank texts dropped), or a
        ``ValidationError`` naming the first problem in one sentence."""
        title = " ".join(clean_text(draft.title).split())  # typed text is repaired (agentdesk.text)
        if not title:
            raise ValidationError(translatable("RepliesErrors", "A canned reply needs a title."))
        if len(title) > MAX_TITLE_CHARS:
            raise ValidationError(
                translatable("RepliesErrors", "The title is too long: at most {MAX_TITLE_CHARS} characters."),
                MAX_TITLE_CHARS=MAX_TITLE_CHARS,
            )
        shortcut = normalize_shortcut(draft.shortcut)
        if shortcut:
            if len(shortcut) > MAX_SHORTCUT_CHARS or not _SHORTCUT.match(shortcut):
                raise ValidationError(
                    translatable(
                        "RepliesErrors",
                        (
                            "The shortcut “{strip}” may only hold letters, digits, “-”, “_” and “.” (no "
                            "spaces), at most {MAX_SHORTCUT_CHARS} of them."
                        ),
                    ),
                    strip=draft.shortcut.strip(),
                    MAX_SHORTCUT_CHARS=MAX_SHORTCUT_CHARS,
                )
            clash = self._shortcut_clash(session, actor, shortcut, reply_id)
            if clash is not None:
                raise ValidationError(
                    translatable("RepliesErrors", "The shortcut /{shortcut} is already used by “{title}”."),
                    shortcut=shortcut,
                    title=clash.title,
                )
        if draft.category not in CATEGORY_LABELS:
            raise ValidationError(
                translatable("RepliesErrors", "“{category}” is not a category; choose one of: {join}."),
                category=draft.category,
                join=", ".join(CATEGORY_LABELS),
            )
        if draft.scope not in SCOPES:
            raise ValidationError(
                translatable("RepliesErrors", "“{scope}” is not a scope; choose personal, team or everyone."),
                scope=draft.scope,
            )
        if draft.scope == "personal" and actor is None:
            raise ValidationError(
                translatable(
                    "RepliesErrors", "A personal reply needs an agent profile; choose “everyone” instead."
                )
            )
        if draft.scope == "team":
            if draft.team_id is None:
                raise ValidationError(translatable("RepliesErrors", "Choose the team this reply is for."))
            if actor is None or draft.team_id not in _team_ids(actor):
                raise ValidationError(
                    translatable("RepliesErrors", "You can only share a reply with a team you work in.")
                )
        variants: dict[str, str] = {}
        for language, typed in draft.variants.items():
            body = clean_text(typed)
            if language not in LANGUAGES:
                raise ValidationError(
                    translatable(
                        "RepliesErrors", "“{language}” is not a language AgentDesk writes in; use {join}."
                    ),
                    language=language,
                    join=", ".join(LANGUAGES),
                )
            if not body.strip():
                continue
            if len(body) > MAX_TEMPLATE_CHARS:
                raise ValidationError(
                    translatable(
                        "RepliesErrors",
                        (
                            "The {LANGUAGE_NAMES} text is {len:,} characters long; a canned reply may have at"
                            " most {MAX_TEMPLATE_CHARS:,}."
                        ),
                    ),
                    LANGUAGE_NAMES=LANGUAGE_NAMES[language],
                    len=len(body),
                    MAX_TEMPLATE_CHARS=MAX_TEMPLATE_CHARS,
                )
            variants[language] = body
        if not variants:
            raise ValidationError(
                translatable("RepliesErrors", "A canned reply needs its text in at least one language.")
            )
        return ReplyDraft(
            title=title,
            variants=variants,
            shortcut=shortcut,
            category=draft.category,
            scope=draft.scope,
            team_id=draft.team_id,
        )

    def visible_rows(self, session: Session, agent: models.Agent | None) -> list[ReplyRow]:
        """Every live reply ``agent`` sees, with texts and the agent's use counts (unordered)."""
        replies = list(
            session.scalars(
                select(models.CannedReply).where(
                    models.CannedReply.deleted_at.is_(None), _visible_clause(agent)
                )
            )
        )
        return self.rows_of(session, replies, agent)

    # -- internals ------------------------------------------------------------------------

    def acting_agent(self, session: Session) -> models.Agent | None:
        """The acting agent's row in ``session`` (None without one); ``NotFoundError`` if it is gone."""
        if self.actor_id is None:
            return None
        agent = session.get(models.Agent, self.actor_id)
        if agent is None or agent.deleted_at is not None:
            raise NotFoundError(
                translatable("RepliesErrors", "The agent working at this desk does not exist (any more).")
            )
        return agent

    def _visible_reply(
        self, session: Session, actor: models.Agent | None, reply_id: uuid.UUID
    ) -> models.CannedReply:
        reply = session.scalar(
            select(models.CannedReply).where(
                models.CannedReply.id == reply_id,
                models.CannedReply.deleted_at.is_(None),
                _visible_clause(actor),
            )
        )
        if reply is None:
            raise NotFoundError(translatable("RepliesErrors", "That canned reply does not exist (any more)."))
        return reply

    def _shortcut_clash(
        self, session: Session, actor: models.Agent | None, shortcut: str, except_id: uuid.UUID | None
    ) -> models.CannedReply | None:
        query = select(models.CannedReply).where(
            models.CannedReply.deleted_at.is_(None),
            models.CannedReply.shortcut == shortcut,
            _visible_clause(actor),
        )
        if except_id is not None:
            query = query.where(models.CannedReply.id != except_id)
        return session.scalars(query.limit(1)).first()

    def _set_variants(
        self, session: Session, reply: models.CannedReply, variants: Mapping[str, str], now: dt.datetime
    ) -> None:
        # The unique index on (reply, language) includes tombstones: revive rather than insert.
        existing = {
            v.language: v
            for v in session.scalars(
                select(models.CannedReplyVariant).where(models.CannedReplyVariant.canned_reply_id == reply.id)
            )
        }
        for language, old in existing.items():
            if language not in variants and old.deleted_at is None:
                old.deleted_at = now
                old.updated_at = now
        for language, body in variants.items():
            row = existing.get(language)
            if row is None:
                session.add(
                    models.CannedReplyVariant(
                        canned_reply_id=reply.id, language=language, body=body, updated_at=now
                    )
                )
            elif row.body != body or row.deleted_at is not None:
                row.body = body
                row.deleted_at = None
                row.updated_at = now
        session.flush()

    def rows_of(
        self,
        session: Session,
        replies: Iterable[models.CannedReply],
        agent: models.Agent | None,
    ) -> list[ReplyRow]:
        """``replies`` as rows, with their live texts and ``agent``'s use counts."""
        replies = list(replies)
        if not replies:
            return []
        ids = [r.id for r in replies]
        texts: dict[uuid.UUID, dict[str, str]] = {i: {} for i in ids}
        for chunk in _chunks(ids):
            for reply_id, language, body in session.execute(
                select(
                    models.CannedReplyVariant.canned_reply_id,
                    models.CannedReplyVariant.language,
                    models.CannedReplyVariant.body,
                ).where(
                    models.CannedReplyVariant.canned_reply_id.in_(chunk),
                    models.CannedReplyVariant.deleted_at.is_(None),
                )
            ):
                texts[reply_id][language] = body
        mine: dict[uuid.UUID, int] = {}
        if agent is not None:
            for chunk in _chunks(ids):
                for reply_id, count in session.execute(
                    select(models.CannedReplyUsage.canned_reply_id, models.CannedReplyUsage.count).where(
                        models.CannedReplyUsage.agent_id == agent.id,
                        models.CannedReplyUsage.canned_reply_id.in_(chunk),
                        models.CannedReplyUsage.deleted_at.is_(None),
                    )
                ):
                    mine[reply_id] = count or 0
        return [
            ReplyRow(
                id=r.id,
                title=r.title,
                shortcut=r.shortcut or "",
                category=r.category,
                scope=r.scope,
                owner_agent_id=r.owner_agent_id,
                team_id=r.team_id,
                usage_count=r.usage_count or 0,
                my_uses=mine.get(r.id, 0),
                variants={lang: texts[r.id][lang] for lang in LANGUAGES if lang in texts[r.id]},
                updated_at=r.updated_at,
            )
            for r in replies
        ]


def _chunks(ids: list[uuid.UUID], size: int = 500) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _team_ids(agent: models.Agent) -> set[uuid.UUID]:
    teams: set[uuid.UUID] = set()
    if agent.team_id is not None:
        teams.add(agent.team_id)
    for value in agent.team_ids or []:
        try:
            teams.add(uuid.UUID(str(value)))
        except ValueError:
            continue
    return teams


def _visible_clause(actor: models.Agent | None) -> ColumnElement[bool]:
    everyone = models.CannedReply.scope == "everyone"
    if actor is None:
        return everyone
    teams = _team_ids(actor)
    team_clause: ColumnElement[bool] = (
        (models.CannedReply.scope == "team") & models.CannedReply.team_id.in_(teams) if teams else false()
    )
    return or_(
        everyone,
        (models.CannedReply.scope == "personal") & (models.CannedReply.owner_agent_id == actor.id),
        team_clause,
    )


__all__ = [
    "CATEGORIES",
    "CATEGORY_LABELS",
    "Category",
    "CannedReplyService",
    "LANGUAGES",
    "ReplyDraft",
    "ReplyRow",
    "SCOPES",
    "SOOTHING_CATEGORIES",
    "SearchHit",
    "VariantChoice",
    "choose_variant",
    "normalize_shortcut",
    "variant_for",
]
