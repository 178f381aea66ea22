# SPDX-License-Identifier: GPL-3.0-or-later
"""Knowledge-base articles: write, edit, review, delete, search and count their use.

An article has one text per language (``en``, ``de``, ``da``; at least one), each with a title
and a Markdown body (``agentdesk.kb.markdown``); tags; ``internal`` or ``public`` (public ones are
published in the help centre, ``agentdesk kb publish``); its author; and the date it was last
reviewed (set when it is written, and again by "Mark as reviewed"). An article not reviewed for
``STALE_MONTHS`` months is *stale*.

Search (``search``) goes through the same FTS5 engine as conversations: every word must start a
word of the title, the body or the tags, letters with or without accents alike ("muller" finds
"Müller"). Titles weigh more than bodies.

The service hands out frozen dataclasses, never ORM rows; each call is one session. Deleting is a
soft delete, as everywhere that syncs.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from agentdesk.clock import Clock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.store.kb_models import KbArticle, KbArticleUsage, KbArticleVariant, Visibility
from agentdesk.store.models import LANGUAGES
from agentdesk.text import clean_text

MAX_TITLE_CHARS = 200
MAX_BODY_CHARS = 100_000
MAX_TAGS = 20
MAX_TAG_CHARS = 40
MAX_QUERY_WORDS = 16
STALE_MONTHS = 6
VISIBILITIES = tuple(v.value for v in Visibility)

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Variant:
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """What the editor asks an article to be; a language left out (or blank) has no text."""

    variants: Mapping[str, Variant]
    tags: tuple[str, ...] = ()
    visibility: str = Visibility.INTERNAL.value


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: uuid.UUID
    visibility: str
    tags: tuple[str, ...]
    author_agent_id: uuid.UUID | None
    author_name: str
    reviewed_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    uses: int
    variants: dict[str, Variant] = field(default_factory=dict)

    @property
    def public(self) -> bool:
        return self.visibility == Visibility.PUBLIC.value

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGUAGES if lang in self.variants)

    def title(self, language: str) -> str:
        """The title in ``language``, else English, else the first there is."""
        for lang in (language, "en", *LANGUAGES):
            if lang in self.variants:
                return self.variants[lang].title
        return ""

    def draft(self) -> ArticleDraft:
        return ArticleDraft(variants=dict(self.variants), tags=self.tags, visibility=self.visibility)


@dataclass(frozen=True, slots=True)
class ArticleHit:
    """One line of the composer's list: the article's text in ``language``."""

    article_id: uuid.UUID
    language: str
    title: str
    body: str
    public: bool
    tags: tuple[str, ...]
    uses: int


def parse_tags(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Tags typed as "a, b" (or given as a list): trimmed, lower case, without repeats."""
    raw = value.split(",") if isinstance(value, str) else list(value)
    seen: list[str] = []
    for item in raw:
        tag = " ".join(clean_text(item).split()).casefold()
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)


def months_before(moment: dt.datetime, months: int) -> dt.datetime:
    """The same day and time ``months`` calendar months earlier (the month's last day when that
    day does not exist)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    day = moment.day
    while True:
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            day -= 1


def fts_terms(query: str) -> list[str]:
    """The words of ``query`` as FTS5 prefix terms, each quoted (nothing typed reaches FTS5 as an
    operator)."""
    words = _WORD.findall(clean_text(query).replace("_", " "))
    return [f'"{w}"*' for w in words[:MAX_QUERY_WORDS]]


class KnowledgeBase:
    """The knowledge base as seen by agent ``actor_id`` (None: a desk without an agent profile)."""

    def __init__(self, store: Store, clock: Clock, actor_id: uuid.UUID | None = None) -> None:
        self.store = store
        self.clock = clock
        self.actor_id = actor_id

    # -- reading ---------------------------------------------------------------------------

    def list_articles(self) -> list[ArticleRow]:
        """Every article, by English (else first) title."""
        with self.store.read() as session:
            rows = self._rows(
                session, session.scalars(select(KbArticle).where(KbArticle.deleted_at.is_(None)))
            )
        return sorted(rows, key=lambda r: (r.title("en").casefold(), r.id))

    def get(self, article_id: uuid.UUID) -> ArticleRow:
        with self.store.read() as session:
            return self._rows(session, [self._article(session, article_id)])[0]

    def most_used(self, limit: int = 10) -> list[ArticleRow]:
        """The articles used in most replies (unused ones left out), most first."""
        rows = [r for r in self.list_articles() if r.uses > 0]
        rows.sort(key=lambda r: (-r.uses, r.title("en").casefold()))
        return rows[: max(0, limit)]

    def stale(self, months: int = STALE_MONTHS) -> list[ArticleRow]:
        """Articles not reviewed in ``months`` months (or never), the longest unreviewed first."""
        cutoff = months_before(self.clock.now(), months)
        rows = [r for r in self.list_articles() if r.reviewed_at is None or r.reviewed_at < cutoff]
        floor = dt.datetime.min.replace(tzinfo=dt.UTC)
        rows.sort(key=lambda r: (r.reviewed_at or floor, r.title("en").casefold()))
        return rows

    def search(
        self, query: str, language: str, *, public_only: bool = False, limit: int = 20
    ) -> list[ArticleHit]:
        """Articles with a text in ``language`` whose title, body or tags hold every word of
        ``query`` (each word as the start of a word; accents optional), best first: by the search
        engine's rank with titles weighing more, lifted by how often each was used. An empty query lists the
        most used articles in that language."""
        terms = fts_terms(query)
        where = [
            "a.deleted_at IS NULL",
            "v.deleted_at IS NULL",
            "v.language = :language",
        ]
        params: dict[str, object] = {"language": language}
        if public_only:
            where.append("a.visibility = 'public'")
        for n, term in enumerate(terms):
            params[f"t{n}"] = term
            where.append(
                "(v.rowid IN (SELECT rowid FROM kb_article_variant_fts"
                f" WHERE kb_article_variant_fts MATCH :t{n})"
                f" OR a.rowid IN (SELECT rowid FROM kb_article_fts WHERE kb_article_fts MATCH :t{n}))"
            )
        ranked = ""
        rank = "0.0"
        if terms:
            # One pass of the engine over every word typed gives each matching text its rank.
            params["any"] = " OR ".join(terms)
            ranked = (
                " LEFT JOIN (SELECT rowid AS ranked_rowid, bm25(kb_article_variant_fts, 10.0, 1.0) AS score"
                " FROM kb_article_variant_fts WHERE kb_article_variant_fts MATCH :any) r"
                " ON r.ranked_rowid = v.rowid"
            )
            rank = "coalesce(r.score, 0.0)"
        sql = (
            "SELECT v.article_id, v.language, v.title, v.body, a.visibility, a.tags,"
            " coalesce(u.uses, 0) AS uses,"
            f" {rank} AS rank"
            " FROM kb_article_variant v JOIN kb_article a ON a.id = v.article_id"
            " LEFT JOIN (SELECT article_id, sum(count) AS uses FROM kb_article_usage"
            "  WHERE deleted_at IS NULL GROUP BY article_id) u ON u.article_id = a.id"
            f"{ranked}"
            f" WHERE {' AND '.join(where)}"
            " ORDER BY rank, uses DESC, v.title COLLATE NOCASE LIMIT :candidates"
        )
        params["candidates"] = max(0, limit) * 5 if terms else max(0, limit)
        with self.store.read() as session:
            found = list(session.execute(text(sql), params).all())
        # The engine's rank (negative: lower is better), strengthened by how often the article
        # helped before: of two close matches, the one agents use wins.
        found.sort(
            key=lambda r: (float(r[7]) * (1 + 0.25 * math.log1p(int(r[6]))), -int(r[6]), r[2].casefold())
        )
        return [
            ArticleHit(
                article_id=uuid.UUID(hex=str(r[0])) if not isinstance(r[0], uuid.UUID) else r[0],
                language=r[1],
                title=r[2],
                body=r[3],
                public=r[4] == Visibility.PUBLIC.value,
                tags=parse_tags(r[5]),
                uses=int(r[6]),
            )
            for r in found[: max(0, limit)]
        ]

    # -- writing ---------------------------------------------------------------------------

    def create(self, draft: ArticleDraft) -> ArticleRow:
        """A new article by the acting agent, reviewed now. ``ValidationError`` on bad input."""
        variants, tags, visibility = self.checked(draft)
        now = self.clock.now()
        with self.store.write() as session:
            article = KbArticle(
                visibility=visibility,
                tags=", ".join(tags),
                author_agent_id=self.actor_id,
                reviewed_at=now,
                created_at=now,
                updated_at=now,
            )
            session.add(article)
            session.flush()
            for language, variant in variants.items():
                session.add(
                    KbArticleVariant(
                        article_id=article.id,
                        language=language,
                        title=variant.title,
                        body=variant.body,
                        updated_at=now,
                    )
                )
            session.flush()
            return self._rows(session, [article])[0]

    def update(self, article_id: uuid.UUID, draft: ArticleDraft) -> ArticleRow:
        """Replace the article's texts, tags and visibility with ``draft``'s (a language left out
        is removed). Editing counts as a review."""
        variants, tags, visibility = self.checked(draft)
        now = self.clock.now()
        with self.store.write() as session:
            article = self._article(session, article_id)
            article.visibility = visibility
            article.tags = ", ".join(tags)
            article.reviewed_at = now
            article.updated_at = now
            existing = {
                v.language: v
                for v in session.scalars(
                    select(KbArticleVariant).where(KbArticleVariant.article_id == article_id)
                )
            }
            for language in LANGUAGES:
                row = existing.get(language)
                wanted = variants.get(language)
                if wanted is None:
                    if row is not None and row.deleted_at is None:
                        row.deleted_at = now
                    continue
                if row is None:
                    session.add(
                        KbArticleVariant(
                            article_id=article_id,
                            language=language,
                            title=wanted.title,
                            body=wanted.body,
                            updated_at=now,
                        )
                    )
                else:
                    row.title, row.body, row.deleted_at = wanted.title, wanted.body, None
            session.flush()
            return self._rows(session, [article])[0]

    def mark_reviewed(self, article_id: uuid.UUID) -> ArticleRow:
        """The article was checked and is still right: its review date becomes now."""
        with self.store.write() as session:
            article = self._article(session, article_id)
            article.reviewed_at = self.clock.now()
            session.flush()
            return self._rows(session, [article])[0]

    def delete(self, article_id: uuid.UUID) -> None:
        now = self.clock.now()
        with self.store.write() as session:
            article = self._article(session, article_id)
            article.deleted_at = now
            for variant in session.scalars(
                select(KbArticleVariant).where(
                    KbArticleVariant.article_id == article_id, KbArticleVariant.deleted_at.is_(None)
                )
            ):
                variant.deleted_at = now

    def record_use(self, article_id: uuid.UUID) -> int:
        """The acting agent put the article into a reply; returns its uses by everyone."""
        now = self.clock.now()
        with self.store.write() as session:
            self._article(session, article_id)
            agent_match = (
                KbArticleUsage.agent_id.is_(None)
                if self.actor_id is None
                else KbArticleUsage.agent_id == self.actor_id
            )
            usage = session.scalars(
                select(KbArticleUsage).where(KbArticleUsage.article_id == article_id, agent_match)
            ).first()
            if usage is None:
                usage = KbArticleUsage(article_id=article_id, agent_id=self.actor_id, count=0)
                session.add(usage)
            usage.count = (usage.count or 0) + 1
            usage.last_used_at = now
            usage.deleted_at = None
            session.flush()
            return self._uses(session, [article_id]).get(article_id, 0)

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def checked(draft: ArticleDraft) -> tuple[dict[str, Variant], tuple[str, ...], str]:
        if draft.visibility not in VISIBILITIES:
            raise ValidationError(translatable("KnowledgeBase", "An article is either internal or public."))
        variants: dict[str, Variant] = {}
        for language, variant in draft.variants.items():
            if language not in LANGUAGES:
                raise ValidationError(
                    translatable("KnowledgeBase", "Articles are written in English, German or Danish.")
                )
            title = " ".join(clean_text(variant.title).split())
            body = clean_text(variant.body).strip("\n")
            if not title and not body.strip():
                continue
            if not title:
                raise ValidationError(
                    translatable("KnowledgeBase", "Every language of an article needs a title.")
                )
            if len(title) > MAX_TITLE_CHARS:
                raise ValidationError(
                    translatable("KnowledgeBase", "A title has at most {MAX_TITLE_CHARS} characters."),
                    MAX_TITLE_CHARS=MAX_TITLE_CHARS,
                )
            if len(body) > MAX_BODY_CHARS:
                raise ValidationError(
                    translatable("KnowledgeBase", "An article has at most {MAX_BODY_CHARS} characters."),
                    MAX_BODY_CHARS=MAX_BODY_CHARS,
                )
            variants[language] = Variant(title, body)
        if not variants:
            raise ValidationError(
                translatable("KnowledgeBase", "Write the article in at least one language.")
            )
        tags = parse_tags(draft.tags)
        if len(tags) > MAX_TAGS or any(len(t) > MAX_TAG_CHARS for t in tags):
            raise ValidationError(
                translatable(
                    "KnowledgeBase", "At most {MAX_TAGS} tags, each at most {MAX_TAG_CHARS} characters."
                ),
                MAX_TAGS=MAX_TAGS,
                MAX_TAG_CHARS=MAX_TAG_CHARS,
            )
        return variants, tags, draft.visibility

    @staticmethod
    def _article(session: Session, article_id: uuid.UUID) -> KbArticle:
        article = session.get(KbArticle, article_id)
        if article is None or article.deleted_at is not None:
            raise NotFoundError(translatable("KnowledgeBase", "The article no longer exists."))
        return article

    @staticmethod
    def _uses(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
        found = session.execute(
            select(KbArticleUsage.article_id, func.sum(KbArticleUsage.count))
            .where(KbArticleUsage.article_id.in_(ids), KbArticleUsage.deleted_at.is_(None))
            .group_by(KbArticleUsage.article_id)
        ).all()
        return {r[0]: int(r[1] or 0) for r in found}

    def _rows(self, session: Session, articles: object) -> list[ArticleRow]:
        from agentdesk.store.models import Agent

        items = list(articles)  # type: ignore[call-overload]
        ids = [a.id for a in items]
        variants: dict[uuid.UUID, dict[str, Variant]] = {i: {} for i in ids}
        for v in session.scalars(
            select(KbArticleVariant).where(
                KbArticleVariant.article_id.in_(ids), KbArticleVariant.deleted_at.is_(None)
            )
        ):
            variants[v.article_id][v.language] = Variant(v.title, v.body)
        uses = self._uses(session, ids)
        authors = {a.author_agent_id for a in items if a.author_agent_id is not None}
        names = (
            dict(session.execute(select(Agent.id, Agent.name).where(Agent.id.in_(authors))).tuples().all())
            if authors
            else {}
        )
        return [
            ArticleRow(
                id=a.id,
                visibility=a.visibility,
                tags=parse_tags(a.tags),
                author_agent_id=a.author_agent_id,
                author_name=names.get(a.author_agent_id, "") if a.author_agent_id else "",
                reviewed_at=a.reviewed_at,
                created_at=a.created_at,
                updated_at=a.updated_at,
                uses=uses.get(a.id, 0),
                variants={lang: variants[a.id][lang] for lang in LANGUAGES if lang in variants[a.id]},
            )
            for a in items
        ]
