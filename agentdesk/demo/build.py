# SPDX-License-Identifier: GPL-3.0-or-later
"""Building the demo workspace: teams, agents, customers and months of conversations.

The demo serves two purposes: a newcomer gets a workspace that looks like a real helpdesk, and the
benchmarks get one at scale (200,000 conversations, about 2,000,000 messages). Both need the same
things: rows exactly as the services would have written them, a seed that always gives the same
workspace, and speed.

How it stays fast
    Rows are written with plain ``sqlite3`` from prepared tuples, never through the ORM. Times are
    integers (microseconds since the epoch) until the moment they become text, and the text is made
    from cached date and clock strings. UUIDv7 ids are built as hex directly (the same bits
    ``agentdesk.ids.uuid7`` makes, checked by a test).

    The search index is kept by the FTS5 triggers on ``customer``, ``conversation`` and ``message``.
    FTS5 flushes its pending index data at every statement savepoint, and inside an explicit
    transaction every single-row ``INSERT`` that fires a trigger opens one: ``executemany`` straight
    into those tables writes one tiny index segment per row and is about four times slower. So these
    rows go into connection-local staging tables first and reach the real table in one
    ``INSERT ... SELECT`` per batch: one statement, one flush, the triggers still do the indexing.

How it stays safe
    Each batch (a few thousand conversations with their customers, messages, events and surveys) is
    one transaction. Killed at any point, the database holds whole batches only: every conversation
    has all of its messages and events, and its denormalized columns are right.

How it stays believable and consistent
    Each conversation is simulated as a thread: who writes next and after how long depends on the
    channel (a chat is minutes, a letter is days). Threads that would run past the anchor ("now")
    are cut there, which is what makes the recent part of the inbox new, open and waiting while the
    older part is solved and closed. Nothing that happened lies after the anchor; only
    ``follow_up_at``, a planned time, may.

    The denormalized conversation columns are derived from the generated thread with the rules the
    inbox service keeps them by, so the demo can be used to test that service: ``number`` is 1..N
    in creation order; ``message_count`` counts every message, internal notes included;
    ``last_activity_at`` is the newest message's time; ``snippet`` the first 200 characters of the
    newest public (non-note) message with whitespace collapsed; ``waiting_since`` the oldest
    customer message after the last public reply (``None`` once answered, solved or closed);
    ``first_response_at`` the first public reply; ``solved_at`` is set on solved and closed ones.
    Every change of status, assignee, tier, team, tags and priority is also an event, so the
    history replays to the stored state.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import random
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from agentdesk.demo import corpus
from agentdesk.demo.attachments import add_demo_attachments
from agentdesk.demo.audit import add_demo_audit
from agentdesk.demo.customers import add_demo_organisations
from agentdesk.demo.kb import add_demo_kb
from agentdesk.demo.kpi_history import add_demo_kpi_history
from agentdesk.demo.links import add_demo_links
from agentdesk.demo.macros import add_demo_macros
from agentdesk.demo.outreach import add_demo_outreach
from agentdesk.demo.routing_updates import add_demo_update_rules
from agentdesk.demo.signin import add_demo_desk
from agentdesk.demo.snooze import add_demo_snoozes
from agentdesk.demo.surveys import add_demo_surveys
from agentdesk.demo.views import add_demo_views
from agentdesk.errors import ValidationError
from agentdesk.replies.exchange import install_starter_library
from agentdesk.sla.cache import catch_up, refresh_all
from agentdesk.sla.presets import install_presets
from agentdesk.store.database import Store

DEFAULT_BATCH_SIZE = 5000
HISTORY_DAYS = 182
ANCHOR_HOUR = 8
"""The default anchor is today (or yesterday, before this hour) at this hour, UTC."""

_US = 1_000_000
_MINUTE = 60 * _US
_HOUR = 60 * _MINUTE
_DAY = 24 * _HOUR
_CLOSE_AFTER = 4 * _DAY  # solved conversations close on their own after four days
_STALE_AFTER = 21 * _DAY  # conversations older than this are mostly settled by the anchor
_STALE_SHARE = 0.03  # the share of those that stay open: the backlog's long tail
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MASK62 = (1 << 62) - 1
_T = TypeVar("_T")
_UUID7_BITS = (0x7 << 76) | (0b10 << 62)

# Channel mix (weights) and thread length range (messages, before notes) per channel.
_CHANNELS: tuple[tuple[str, int, int, int], ...] = (
    ("email", 38, 3, 17),
    ("chat", 30, 6, 20),
    ("phone", 10, 2, 8),
    ("social", 8, 2, 12),
    ("web_form", 8, 3, 15),
    ("letter", 2, 2, 6),
    ("walk_in", 4, 2, 5),
)
_FORMAL = frozenset({"email", "web_form", "letter"})
_LOGGED = frozenset({"phone", "walk_in"})  # the agent writes down what was said
_BY_HAND = frozenset({"phone", "walk_in", "letter"})  # conversations an agent logs ("by": "agent")
# How often an agent sets "pending" (waiting on the customer) with a reply that asks something.
_PENDING_SHARE = {
    "email": 0.6, "web_form": 0.6, "letter": 0.6, "social": 0.5, "phone": 0.4, "walk_in": 0.3, "chat": 0.1,
}  # fmt: skip
_SENT = frozenset({"email", "chat", "social", "web_form", "letter"})

# Thread tokens.
_IN, _OUT, _NOTE, _ESC, _RET = 0, 1, 2, 3, 4

# Gaps between thread entries, per channel, in minutes: (lo, hi) for
# agent answers, customer answers, customer writing again, agent writing again, notes.
_GAPS_MIN: dict[str, tuple[tuple[float, float], ...]] = {
    "email": ((10, 1800), (30, 4320), (20, 1440), (120, 2880), (1, 45)),
    "web_form": ((15, 1800), (30, 4320), (20, 1440), (120, 2880), (1, 45)),
    "letter": ((1440, 10080), (2880, 14400), (1440, 7200), (1440, 7200), (5, 120)),
    "chat": ((0.2, 4), (0.2, 3), (0.1, 1), (0.3, 3), (0.2, 5)),
    "social": ((5, 240), (10, 1440), (2, 120), (30, 600), (1, 30)),
    "phone": ((1, 15), (60, 4320), (30, 1440), (60, 1440), (1, 20)),
    "walk_in": ((1, 10), (1440, 7200), (60, 2880), (60, 1440), (1, 20)),
}

_LANG_WHEEL = ("en",) * 45 + ("de",) * 35 + ("da",) * 20
_PLAN_WHEEL = ("basic",) * 35 + ("standard",) * 40 + ("premium",) * 18 + ("enterprise",) * 7
_COMPANY_PLAN_WHEEL = ("standard",) * 30 + ("premium",) * 40 + ("enterprise",) * 30
_NEW_CUSTOMER_SHARE = 0.34  # about one customer per three conversations

# Hour-of-day arrival profile (UTC; the customers are in Europe) and weekday factor.
_HOUR_PROFILE = (1, 1, 1, 1, 2, 4, 8, 12, 14, 15, 14, 12, 11, 12, 13, 12, 10, 8, 7, 6, 5, 3, 2, 1)
_WEEKDAY_FACTOR = (1.0, 0.95, 0.95, 0.9, 0.85, 0.45, 0.35)


@dataclass(frozen=True)
class DemoSummary:
    """What ``build_demo`` wrote, for the command line to report."""

    customers: int
    conversations: int
    messages: int
    events: int
    agents: int
    teams: int
    surveys: int
    elapsed: float  # seconds


def default_anchor(now: dt.datetime) -> dt.datetime:
    """The "now" of a demo workspace built at ``now``: the latest ``ANCHOR_HOUR``:00 UTC not after it.

    A fixed hour rather than the real time makes the same seed give the same workspace all day,
    and nothing in the workspace happens later than the moment it was built. ``now`` is the
    caller's clock (``clock.now()``), never read here, so the demo follows the injected clock.
    """
    if now.tzinfo is None:
        raise ValidationError("The demo anchor time needs a time zone.")
    now = now.astimezone(dt.UTC)
    anchor = now.replace(hour=ANCHOR_HOUR, minute=0, second=0, microsecond=0)
    if anchor > now:
        anchor -= dt.timedelta(days=1)
    return anchor


def build_demo(
    store: Store,
    conversations: int,
    seed: int = 1,
    *,
    anchor: dt.datetime,
    progress: Callable[[int, int], None] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> DemoSummary:
    """Fill the empty database of ``store`` with a demo workspace of ``conversations`` conversations.

    ``anchor`` is the workspace's "now" (nothing happens after it): ``default_anchor(clock.now())``
    for the caller's clock. The same ``seed`` and ``anchor`` always give the same rows, ids
    included. ``progress(done,
    total)`` is called after each committed batch of ``batch_size`` conversations. Raises
    ``ValidationError`` for a bad request (fewer than one conversation, a database that already
    holds conversations) and ``StoreError`` when the database cannot be written.
    """
    if isinstance(conversations, bool) or not isinstance(conversations, int) or conversations < 1:
        raise ValidationError(f"The demo needs at least one conversation (got {conversations!r}).")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValidationError(f"The batch size must be a positive number (got {batch_size!r}).")
    if anchor.tzinfo is None:
        raise ValidationError("The demo anchor time needs a time zone.")
    started = time.perf_counter()
    with store.raw_connection() as conn:
        _check_target(conn, store)
        generator = _Generator(seed, anchor.astimezone(dt.UTC), conversations)
        writer = _Writer(conn, store)
        done = 0
        for rows in generator.batches(batch_size):
            writer.write(rows)
            done += rows.conversation_count
            if progress is not None:
                progress(done, conversations)
        totals = writer.totals
    reopened = add_demo_kpi_history(store, anchor, seed)  # reopens, deletions, call lengths, scales
    # The SLA side of the workspace: preset policies and calendars, the cached due times the
    # inbox sorts by, and the warnings and breaches that happened in the history (all as of the
    # anchor, so a seed still gives the same workspace).
    install_presets(store, now=anchor)
    install_starter_library(store, now=anchor)
    refresh_all(store, anchor)
    catch_up(store, anchor)
    add_demo_macros(store, anchor)  # macros and routing rules per team; who is available
    add_demo_attachments(store, seed)  # invoices, photos and spreadsheets on a few hundred conversations
    add_demo_links(store, anchor)  # a few merged duplicates and linked conversations
    add_demo_organisations(store, anchor)  # companies with several customers as organisations; VIPs
    add_demo_views(store, anchor)  # shared views per team, a personal one per team lead
    forwards = add_demo_outreach(store, anchor, seed)  # conversations agents opened by email; forwards
    add_demo_snoozes(store, anchor)  # a few conversations waiting on the customer, snoozed
    add_demo_desk(store, anchor)  # its default agent stays signed in: the demo opens to the inbox
    add_demo_audit(store, anchor)  # weeks of administrative changes in the audit log
    add_demo_update_rules(store, anchor)  # rules on an agent's change; one chooses the SLA policy
    add_demo_kb(store, anchor)  # help articles in three languages, public and internal, used and stale
    by_mail = add_demo_surveys(store, anchor, seed)  # survey mails after solving; answers by mail
    return DemoSummary(
        customers=totals.customers,
        conversations=totals.conversations,
        messages=totals.messages + forwards + reopened,
        events=totals.events,
        agents=totals.agents,
        teams=totals.teams,
        surveys=totals.surveys + by_mail,
        elapsed=time.perf_counter() - started,
    )


def _check_target(conn: sqlite3.Connection, store: Store) -> None:
    """Refuse a database the demo would mix into: one with conversations, or with its team/agent names."""
    if conn.execute("SELECT EXISTS (SELECT 1 FROM conversation)").fetchone()[0]:
        raise ValidationError(
            f"{store.path} already holds conversations; the demo workspace is only built into an "
            "empty database. Choose a new file."
        )
    names = [name for name, _ in corpus.TEAMS]
    marks = ", ".join("?" * len(names))
    taken = conn.execute(f"SELECT name FROM team WHERE name IN ({marks})", names).fetchone()
    if taken:
        raise ValidationError(
            f"{store.path} already has a team named {taken[0]}; choose a new file for the demo."
        )
    emails = [_agent_email(name) for name, *_ in corpus.AGENTS]
    marks = ", ".join("?" * len(emails))
    taken = conn.execute(f"SELECT email FROM agent WHERE email IN ({marks})", emails).fetchone()
    if taken:
        raise ValidationError(
            f"{store.path} already has an agent {taken[0]}; choose a new file for the demo."
        )


def _agent_email(name: str) -> str:
    first, _, last = name.lower().partition(" ")
    return (
        f"{first.translate(corpus.ASCII_FOLD)}.{last.translate(corpus.ASCII_FOLD)}@{corpus.AGENT_MAIL_DOMAIN}"
    )


def _dashed(hex32: str) -> str:
    """The canonical text form of a UUID given as 32 hex digits (how ids appear inside JSON data)."""
    return f"{hex32[:8]}-{hex32[8:12]}-{hex32[12:16]}-{hex32[16:20]}-{hex32[20:]}"


def uuid7_hex(unix_ms: int, rand: int) -> str:
    """``agentdesk.ids.uuid7(unix_ms, rand).hex`` without building a ``uuid.UUID`` (hot path)."""
    return "%032x" % (
        ((unix_ms & 0xFFFF_FFFF_FFFF) << 80) | _UUID7_BITS | ((rand >> 62) & 0xFFF) << 64 | (rand & _MASK62)
    )


class _TimeText:
    """Microseconds since the epoch to the text SQLite stores (``models.sql_time``), fast.

    ``strftime`` per row would dominate generation; a date string per day and a clock string per
    second of the day are made once and joined.
    """

    def __init__(self) -> None:
        self._days: dict[int, str] = {}
        self._clock = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(86400)]

    def __call__(self, us: int) -> str:
        seconds, micro = divmod(us, _US)
        day, second = divmod(seconds, 86400)
        date = self._days.get(day)
        if date is None:
            date = self._days[day] = (_EPOCH + dt.timedelta(days=day)).strftime("%Y-%m-%d")
        return f"{date} {self._clock[second]}.{micro:06d}"


def _iso(us: int) -> str:
    return (_EPOCH + dt.timedelta(microseconds=us)).isoformat()


@dataclass
class _Rows:
    """One batch: the tuples of every table, in the column order of ``_Writer``'s statements."""

    conversation_count: int = 0
    teams: list[tuple[object, ...]] = field(default_factory=list)
    agents: list[tuple[object, ...]] = field(default_factory=list)
    customers: list[tuple[object, ...]] = field(default_factory=list)
    conversations: list[tuple[object, ...]] = field(default_factory=list)
    messages: list[tuple[object, ...]] = field(default_factory=list)
    events: list[tuple[object, ...]] = field(default_factory=list)
    surveys: list[tuple[object, ...]] = field(default_factory=list)


@dataclass
class _Totals:
    teams: int = 0
    agents: int = 0
    customers: int = 0
    conversations: int = 0
    messages: int = 0
    events: int = 0
    surveys: int = 0


@dataclass(frozen=True)
class _Agent:
    id: str
    json: str  # the id as a JSON string literal, for event data
    name: str
    first: str
    team: str
    tiers: tuple[int, ...]
    language: str
    role: str


@dataclass(frozen=True)
class _Customer:
    id: str
    name: str
    first: str
    language: str
    plan: str
    meta_in: str  # message meta of an inbound email
    meta_out: str  # message meta of a reply by email
    domain: str


class _Phrases:
    """The corpus texts of one language, looked up once instead of per message."""

    def __init__(self, lang: str) -> None:
        self.greet_in = corpus.CUSTOMER_GREETING[lang]
        self.sign_in = corpus.CUSTOMER_SIGNOFF[lang]
        self.extra_in = corpus.CUSTOMER_EXTRA[lang]
        self.follow_in = corpus.CUSTOMER_FOLLOW_UP[lang]
        self.angry_in = corpus.CUSTOMER_ANGRY[lang]
        self.thanks_in = corpus.CUSTOMER_THANKS[lang]
        self.greet_out = corpus.AGENT_GREETING[lang]
        self.chat_greet_out = corpus.AGENT_CHAT_GREETING[lang]
        self.empathy_out = corpus.AGENT_EMPATHY[lang]
        self.closing_out = corpus.AGENT_CLOSING[lang]
        self.sign_out = corpus.AGENT_SIGNOFF[lang]
        self.follow_out = corpus.AGENT_FOLLOW_UP[lang]
        self.log_in = corpus.LOG_INBOUND[lang]
        self.log_out = corpus.LOG_OUTBOUND[lang]
        self.notes = corpus.NOTES[lang]
        self.reasons = corpus.ESCALATION_REASONS[lang]
        self.handoff = corpus.HANDOFF_NOTE[lang]
        self.return_reasons = corpus.RETURN_REASONS[lang]
        self.return_note = corpus.RETURN_NOTE[lang]
        self.good = corpus.SURVEY_COMMENTS_GOOD[lang]
        self.bad = corpus.SURVEY_COMMENTS_BAD[lang]
        self.products = corpus.PRODUCTS[lang]


def _money(lang: str, cents: int) -> str:
    if lang == "en":
        return f"£{cents // 100}.{cents % 100:02d}"
    if lang == "de":
        return f"{cents // 100},{cents % 100:02d} €"
    return f"{cents // 100 * 7},{cents % 100:02d} kr."


class _Generator:
    """Makes the rows of the workspace, batch by batch, from one seeded ``random.Random``."""

    def __init__(self, seed: int, anchor: dt.datetime, total: int) -> None:
        self.rng = random.Random(seed)
        self.rnd = self.rng.random
        self.bits = self.rng.getrandbits
        self._last_uid = (-1, 0)  # the millisecond and random bits of the last id made
        self.total = total
        self.anchor_us = (anchor - _EPOCH) // dt.timedelta(microseconds=1)
        self.start_us = self.anchor_us - HISTORY_DAYS * _DAY
        self.text = _TimeText()
        self.phrases = {lang: _Phrases(lang) for lang in ("en", "de", "da")}
        self.customers: list[_Customer] = []
        self.used_emails: set[str] = set()
        self._arrivals()
        self._channels()
        self._tags: dict[tuple[str, bool], tuple[str, str]] = {}

    # -- setup ---------------------------------------------------------------------------------

    def _uid(self, us: int) -> str:
        # Rows made one after another in the same millisecond (a reply and the status change it
        # makes) must sort in the order they happened, as the live app's ids do: count up from
        # the previous id then (RFC 9562, 6.2, method 2).
        ms, rand = us // 1000, self.bits(74)
        if ms == self._last_uid[0]:
            rand = (self._last_uid[1] + 1) & ((1 << 74) - 1)
        self._last_uid = (ms, rand)
        return uuid7_hex(ms, rand)

    def _arrivals(self) -> None:
        """Cumulative arrival weights per hour of the history, for ``_created``."""
        weights = []
        for hour in range(HISTORY_DAYS * 24):
            moment = _EPOCH + dt.timedelta(microseconds=self.start_us + hour * _HOUR)
            growth = 0.8 + 0.4 * hour / (HISTORY_DAYS * 24)  # a business that grows a little
            weights.append(_HOUR_PROFILE[moment.hour] * _WEEKDAY_FACTOR[moment.weekday()] * growth)
        self.hour_weight = weights
        self.cumulative = []
        running = 0.0
        for w in weights:
            running += w
            self.cumulative.append(running)

    def _created(self, index: int) -> int:
        """Creation time of conversation ``index`` (0-based); never earlier than that of ``index - 1``.

        The ``index``-th of ``total`` evenly spaced points of the cumulative arrival curve, moved by
        a random fraction of one step; inverting the curve keeps the order, so numbers follow time.
        """
        point = (index + self.rnd()) / self.total * self.cumulative[-1]
        hour = min(bisect.bisect_right(self.cumulative, point), len(self.cumulative) - 1)
        before = self.cumulative[hour - 1] if hour else 0.0
        fraction = min(max((point - before) / self.hour_weight[hour], 0.0), 0.999999)
        return self.start_us + hour * _HOUR + int(fraction * _HOUR)

    def _channels(self) -> None:
        wheel: list[tuple[str, int, int]] = []
        for name, weight, lo, hi in _CHANNELS:
            wheel.extend([(name, lo, hi)] * weight)
        self.channel_wheel = wheel
        topics: list[corpus.Topic] = []
        inbound_topics: list[corpus.Topic] = []
        for topic in corpus.TOPICS:
            topics.extend([topic] * topic.weight)
            if not topic.agent_initiated:
                inbound_topics.extend([topic] * topic.weight)
        self.topic_wheel = topics  # email and phone: proactive outreach happens there
        self.inbound_topic_wheel = inbound_topics
        self.gaps = {
            channel: tuple((int(lo * _MINUTE), int((hi - lo) * _MINUTE)) for lo, hi in gaps)
            for channel, gaps in _GAPS_MIN.items()
        }

    def _setup(self, rows: _Rows) -> None:
        """Teams and agents; they go into the first batch so that a killed run leaves nothing half-made."""
        since = self.anchor_us - 400 * _DAY
        at = self.text(since)
        self.team_ids: dict[str, str] = {}
        for name, description in corpus.TEAMS:
            team_id = self._uid(since)
            self.team_ids[name] = team_id
            rows.teams.append((team_id, name, description, at))
        self.team_json = {name: json.dumps(_dashed(tid)) for name, tid in self.team_ids.items()}
        self.agents: list[_Agent] = []
        for name, lang, role, tiers, team in corpus.AGENTS:
            agent_id = self._uid(since)
            agent = _Agent(
                agent_id, json.dumps(_dashed(agent_id)), name, name.split()[0], team, tiers, lang, role
            )
            self.agents.append(agent)
            rows.agents.append(
                (
                    agent_id,
                    name,
                    _agent_email(name),
                    role,
                    json.dumps(list(tiers)),
                    self.team_ids[team],
                    json.dumps([_dashed(self.team_ids[team])]),
                    lang,
                    at,
                )
            )
        # candidates[(team or None, tier, language)]: same team and language first, then same team,
        # then anyone who works the tier.
        self.candidates: dict[tuple[str | None, int, str], tuple[_Agent, ...]] = {}
        teams: list[str | None] = [*self.team_ids, None]
        for routed in teams:
            for tier in (1, 2, 3):
                for lang in ("en", "de", "da"):
                    pool = tuple(a for a in self.agents if tier in a.tiers and routed in (None, a.team))
                    speaking = tuple(a for a in pool if a.language == lang)
                    self.candidates[(routed, tier, lang)] = speaking or pool
        self.supervisors = tuple(a for a in self.agents if a.role != "agent")

    def _agent(self, team: str | None, tier: int, lang: str) -> _Agent:
        pool = self.candidates[(team, tier, lang)]
        if self.rnd() < 0.2:  # not every case lands with someone who speaks the language
            pool = self.candidates[(team, tier, "en")]
        return pool[int(self.rnd() * len(pool))]

    def _customer(self, created: int, rows: _Rows) -> _Customer:
        rnd = self.rnd
        lang = _LANG_WHEEL[int(rnd() * 100)]
        first = _pick(corpus.FIRST_NAMES[lang], rnd)
        last = _pick(corpus.LAST_NAMES[lang], rnd)
        name = f"{first} {last}"
        company = _pick(corpus.COMPANIES[lang], rnd) if rnd() < 0.25 else None
        plan = (_COMPANY_PLAN_WHEEL if company else _PLAN_WHEEL)[int(rnd() * 100)]
        f_ascii, l_ascii = (
            first.lower().translate(corpus.ASCII_FOLD),
            last.lower().translate(corpus.ASCII_FOLD),
        )
        if company:
            domain = company.lower().translate(corpus.ASCII_FOLD) + ".example"
        else:
            domain = _pick(corpus.MAIL_DOMAINS[lang], rnd)
        style = int(rnd() * 4)
        local = (
            f"{f_ascii}.{l_ascii}",
            f"{f_ascii[0]}.{l_ascii}",
            f"{f_ascii}{l_ascii}",
            f"{f_ascii}_{l_ascii}",
        )[style]
        email = f"{local}@{domain}"
        while email in self.used_emails:
            email = f"{local}{int(rnd() * 1000)}@{domain}"
        self.used_emails.add(email)
        other = (
            json.dumps([f"{f_ascii}{int(rnd() * 100)}@{_pick(corpus.MAIL_DOMAINS[lang], rnd)}"])
            if rnd() < 0.05
            else "[]"
        )
        phone = None
        if rnd() < 0.7:
            digits = f"{int(rnd() * 100_000_000):08d}"
            if lang == "da":
                phone = f"+45 {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
            elif lang == "de":
                phone = f"+49 151 {digits}"
            else:
                phone = f"+44 7700 9{digits[:5]}"
        notes = _pick(corpus.CUSTOMER_NOTES[lang], rnd) if rnd() < 0.08 else ""
        # Half of them were customers long before the history starts; the rest sign up at first contact.
        since = (
            created - int(rnd() * rnd() * 730 * _DAY) if rnd() < 0.5 else created - int(rnd() * 10 * _MINUTE)
        )
        customer_id = self._uid(since)
        rows.customers.append(
            (customer_id, name, email, other, phone, company, plan, lang, notes, self.text(since))
        )
        customer = _Customer(
            customer_id,
            name,
            first,
            lang,
            plan,
            json.dumps({"from": email, "to": f"support@{corpus.AGENT_MAIL_DOMAIN}"}),
            json.dumps({"from": f"support@{corpus.AGENT_MAIL_DOMAIN}", "to": email}),
            domain,
        )
        self.customers.append(customer)
        return customer

    def _tag_json(self, topic: corpus.Topic, vip: bool) -> tuple[str, str]:
        """(tags column, tag event data) for a topic, cached: there are only a few combinations."""
        key = (topic.key, vip)
        cached = self._tags.get(key)
        if cached is None:
            tags = sorted({*topic.tags, "vip"} if vip else set(topic.tags))  # as the inbox service keeps them
            cached = self._tags[key] = (json.dumps(tags), json.dumps({"added": tags, "removed": []}))
        return cached

    # -- batches -------------------------------------------------------------------------------

    def batches(self, size: int) -> Iterator[_Rows]:
        rows = _Rows()
        self._setup(rows)
        for index in range(self.total):
            self._conversation(index, rows)
            rows.conversation_count += 1
            if rows.conversation_count == size:
                yield rows
                rows = _Rows()
        if rows.conversation_count:
            yield rows

    def _conversation(self, index: int, rows: _Rows) -> None:
        """Simulate one conversation from its first message to the anchor and append its rows."""
        rnd = self.rnd
        text = self.text
        anchor = self.anchor_us
        created = self._created(index)

        if not self.customers or rnd() < _NEW_CUSTOMER_SHARE:
            customer = self._customer(created, rows)
        else:
            customer = self.customers[int(rnd() * len(self.customers))]
        lang = customer.language
        channel, lo, hi = self.channel_wheel[int(rnd() * len(self.channel_wheel))]
        wheel = self.topic_wheel if channel in ("email", "phone") else self.inbound_topic_wheel
        topic = wheel[int(rnd() * len(wheel))]
        agent = self._agent(topic.team, 1, lang)
        mood = _pick(topic.moods, rnd)
        vip = customer.plan == "enterprise"
        r = rnd()
        if topic.key in ("praise", "proactive", "invoice_question"):
            priority = "low" if r < 0.4 else "normal"
        elif r < 0.03:
            priority = "urgent"
        elif r < (0.35 if vip or mood == "angry" else 0.15):
            priority = "high"
        else:
            priority = "normal"
        ctx = {
            "first": customer.first,
            "name": customer.name,
            "order": f"{4_100_000 + int(rnd() * 900_000)}",
            "invoice": f"INV-{int(rnd() * 90000) + 10000}",
            "amount": _money(lang, 999 + int(rnd() * 30000)),
            "product": _pick(self.phrases[lang].products, rnd),
            "agent": agent.first,
            "agent_full": agent.name,
        }
        subject = _pick(topic.subjects[lang], rnd).format_map(ctx)
        case = _Case(self, rows.events, self._uid(created), created, topic, lang, agent, vip, priority)
        by_agent = topic.agent_initiated or channel in _BY_HAND
        case.event(created, "created", agent if by_agent else None, _created_data(channel, by_agent))

        plan = self._plan(topic, lo, hi)
        times = self._schedule(plan, channel, created)
        completed = len(times) == len(plan)
        del plan[len(times) :]
        last_out = max((i for i, token in enumerate(plan) if token == _OUT), default=-1)
        solved_at = closed_at = None
        settled_late = False
        if completed and (last_out >= 0 or topic.short) and rnd() < 0.96:
            solved_at = times[-1] + _MINUTE + int(rnd() * rnd() * 4 * _HOUR)
        elif created < anchor - _STALE_AFTER and rnd() > _STALE_SHARE:
            # Old cases get settled one way or another (answered by phone, gone quiet); only a
            # small long tail stays open, as in a real backlog.
            solved_at = times[-1] + _DAY + int(rnd() * 6 * _DAY)
            settled_late = True
        if solved_at is not None:
            if solved_at > anchor:
                solved_at = None
            elif solved_at + _CLOSE_AFTER <= anchor:
                closed_at = solved_at + _CLOSE_AFTER

        # -- the thread, and what it does to the denormalized columns ---------------------------
        thread = _Thread(self, rows.messages, case, customer, channel, ctx, mood)
        pending_share = _PENDING_SHARE[channel]
        next_public = _next_public(plan)
        for i, token in enumerate(plan):
            t = times[i]
            if token == _IN:
                thread.inbound(t, thanks=solved_at is not None and not settled_late and i > last_out)
                continue
            if case.assignee is None:
                case.take(t, agent)
            if token == _OUT:
                thread.outbound(t, resolution=solved_at is not None and not settled_late and i == last_out)
                if next_public[i] == _IN and rnd() < pending_share:  # "send and set waiting"
                    case.set_status(t, "pending", case.assignee)
            else:
                thread.note(t, token)

        # -- status at the anchor ---------------------------------------------------------------
        follow_up_at = None
        if solved_at is not None:
            if case.assignee is None:  # a thank-you that needed no answer
                case.take(solved_at, agent)
            case.set_status(solved_at, "solved", case.assignee)
            if closed_at is not None:
                case.set_status(closed_at, "closed", None)
        elif case.assignee is None:  # nobody has touched it yet
            if rnd() < 0.25:  # a supervisor already routed it to someone
                supervisor = self.supervisors[int(rnd() * len(self.supervisors))]
                case.take(min(anchor, created + int(rnd() * 30 * _MINUTE)), supervisor)
        elif thread.last_direction == _OUT:
            at = times[last_out]  # set with the last reply, as "send and set waiting" does
            r = rnd()
            if case.tier == 3 and r < 0.6:
                case.set_status(at, "on_hold", case.assignee)
            elif r < 0.8:
                case.set_status(at, "pending", case.assignee)
                if rnd() < 0.35:
                    follow_up_at = times[last_out] + 2 * _DAY + int(rnd() * 3 * _DAY)
                    case.event(at, "follow_up", case.assignee, json.dumps({"at": _iso(follow_up_at)}))
        waiting_since = thread.waiting_since
        if case.status in ("solved", "closed") or thread.last_direction != _IN:
            waiting_since = None
        team = case.team
        rows.conversations.append(
            (
                case.id,
                index + 1,
                customer.id,
                channel,
                subject,
                case.status,
                case.priority,
                case.tier,
                self.team_ids[team] if team else None,
                case.assignee.id if case.assignee else None,
                case.tags,
                lang,
                mood,
                text(created),
                text(thread.first_response) if thread.first_response is not None else None,
                text(solved_at) if solved_at is not None else None,
                text(follow_up_at) if follow_up_at is not None else None,
                text(times[-1]),
                text(waiting_since) if waiting_since is not None else None,
                " ".join(thread.last_public_body.split())[:200],
                len(plan),  # message_count counts every message, internal notes included
                text(max(times[-1], case.last_event)),
            )
        )
        if solved_at is not None and rnd() < 0.3:
            self._survey(rows, case, customer, mood, solved_at)

    def _plan(self, topic: corpus.Topic, lo: int, hi: int) -> list[int]:
        """Who writes what, in order: at most 20 thread tokens (see ``_IN`` .. ``_RET``)."""
        rnd = self.rnd
        length = 1 + int(rnd() * 3) if topic.short else lo + int(rnd() * (hi - lo + 1))
        plan: list[int] = []
        direction = _OUT if topic.agent_initiated else _IN
        for _ in range(length):
            plan.append(direction)
            if direction == _IN:
                direction = _OUT if rnd() < 0.82 else _IN  # mostly answered, sometimes the customer adds more
            else:
                direction = _IN if rnd() < 0.78 else _OUT
            if rnd() < 0.07:
                plan.append(_NOTE)
        if length >= 3 and _OUT in plan and rnd() < topic.escalates:
            at = plan.index(_OUT) + 1 + int(rnd() * 2)
            plan.insert(at, _ESC)
            if rnd() < 0.35:
                plan.insert(min(len(plan), at + 2 + int(rnd() * 3)), _ESC)
            if rnd() < 0.25:
                plan.insert(min(len(plan), at + 4 + int(rnd() * 4)), _RET)
        del plan[20:]
        return plan

    def _schedule(self, plan: list[int], channel: str, created: int) -> list[int]:
        """The time of each planned entry, strictly increasing; stops at the anchor (the thread's "now")."""
        rnd = self.rnd
        anchor = self.anchor_us
        gaps = self.gaps[channel]
        times = [created]
        t = created
        previous = plan[0]
        for token in plan[1:]:
            if token >= _NOTE:
                lo, span = gaps[4]
            elif previous == _IN or (previous >= _NOTE and token == _OUT):
                lo, span = gaps[0] if token == _OUT else gaps[2]
            else:
                lo, span = gaps[1] if token == _IN else gaps[3]
            r = rnd()
            t += lo + int(span * r * r) + 1  # short gaps are common, long ones rare
            if t > anchor:
                break
            times.append(t)
            previous = token
        return times

    def _survey(
        self, rows: _Rows, case: _Case, customer: _Customer, mood: str | None, solved_at: int
    ) -> None:
        """A CSAT, NPS or CES answer a while after solving, scored by how the case went."""
        rnd = self.rnd
        at = solved_at + _HOUR + int(rnd() * 47 * _HOUR)
        if at > self.anchor_us:
            return
        quality = _MOOD_QUALITY.get(mood, 0.8) - (0.1 if case.escalated else 0.0)
        q = min(1.0, max(0.0, quality + (rnd() - 0.5) * 0.5))
        r = rnd()
        if r < 0.7:
            kind, score, low, high = "csat", float(1 + round(4 * q)), 1, 5
        elif r < 0.9:
            kind, score, low, high = "nps", float(round(10 * q)), 0, 10
        else:
            kind, score, low, high = "ces", float(1 + round(6 * q)), 1, 7  # 7 = "it was easy"
        ph = self.phrases[customer.language]
        comment = _pick(ph.good if q >= 0.6 else ph.bad, rnd) if rnd() < 0.4 else ""
        rows.surveys.append(
            (self._uid(at), case.id, customer.id, kind, score, low, high, comment, self.text(at))
        )


def _created_data(channel: str, by_agent: bool) -> str:
    by = "agent" if by_agent else "customer"
    return f'{{"channel": "{channel}", "by": "{by}"}}'


def _next_public(plan: list[int]) -> list[int]:
    """For each thread entry, the direction of the next public message after it (-1 for none)."""
    result = [-1] * len(plan)
    following = -1
    for i in range(len(plan) - 1, -1, -1):
        result[i] = following
        if plan[i] <= _OUT:
            following = plan[i]
    return result


class _Case:
    """The routing state of one conversation while its thread is generated.

    Every change is appended as a ``ConversationEvent`` row the moment it happens (data as the
    ``ConversationEvent`` docstring defines it), so the stored history replays to the stored state.
    """

    __slots__ = (
        "gen", "events", "id", "topic", "lang", "first_agent", "vip", "status", "assignee", "tags", "tier",
        "team", "priority", "last_event", "escalated",
    )  # fmt: skip

    def __init__(
        self,
        gen: _Generator,
        events: list[tuple[object, ...]],
        conversation_id: str,
        created: int,
        topic: corpus.Topic,
        lang: str,
        first_agent: _Agent,
        vip: bool,
        priority: str,
    ) -> None:
        self.gen = gen
        self.events = events
        self.id = conversation_id
        self.topic = topic
        self.lang = lang
        self.first_agent = first_agent
        self.vip = vip
        self.status = "new"
        self.assignee: _Agent | None = None
        self.tags = "[]"
        self.tier = 1
        self.team = topic.team
        self.priority = priority
        self.last_event = created
        self.escalated = False

    def event(self, at: int, kind: str, actor: _Agent | None, data: str) -> None:
        gen = self.gen
        self.events.append((gen._uid(at), self.id, kind, actor.id if actor else None, data, gen.text(at)))
        if at > self.last_event:
            self.last_event = at

    def assign(self, at: int, to: _Agent | None, actor: _Agent | None) -> None:
        before = self.assignee.json if self.assignee else "null"
        after = to.json if to else "null"
        self.event(at, "assignment", actor, f'{{"from": {before}, "to": {after}}}')
        self.assignee = to

    def set_status(self, at: int, to: str, actor: _Agent | None) -> None:
        self.event(at, "status", actor, f'{{"from": "{self.status}", "to": "{to}"}}')
        self.status = to

    def take(self, at: int, actor: _Agent | None) -> None:
        """Someone starts working on the conversation: assigned and tagged (the first reply opens it)."""
        self.assign(at, self.first_agent, actor)
        self.tags, tag_event = self.gen._tag_json(self.topic, self.vip)
        self.event(at, "tag", actor, tag_event)

    def raise_priority(self, at: int) -> None:
        if self.priority in ("low", "normal"):
            self.event(at, "priority", self.assignee, f'{{"from": "{self.priority}", "to": "high"}}')
            self.priority = "high"

    def change_tier(self, at: int, to_tier: int, reason: str, note_id: str, actor: _Agent) -> _Agent:
        """Escalate (or return) with the hand-off note ``note_id``; returns who has the case now.

        Tier 3 lives in the Technical team, so reaching it transfers the case there; a return to
        tier 1 goes back to the first team and agent.
        """
        data = {"from_tier": self.tier, "to_tier": to_tier, "reason": reason, "note_id": _dashed(note_id)}
        self.event(at, "escalation", actor, json.dumps(data))
        self.escalated = True
        team: str | None
        if to_tier == 3:
            team = "Technical"
        elif to_tier == 1:
            team = self.topic.team
        else:
            team = self.team
        if team != self.team:
            gen = self.gen
            before = gen.team_json[self.team] if self.team else "null"
            after = gen.team_json[team] if team else "null"
            self.event(at, "transfer", actor, f'{{"from_team": {before}, "to_team": {after}}}')
            self.team = team
        self.tier = to_tier
        target = self.first_agent if to_tier == 1 else self.gen._agent(team, to_tier, self.lang)
        if target is not self.assignee:
            self.assign(at, target, actor)
        return target


class _Thread:
    """Writes the messages of one conversation and tracks the columns derived from them."""

    __slots__ = (
        "gen", "messages", "case", "customer", "channel", "ctx", "mood", "ph", "formal", "logged",
        "email", "sent", "inbound_meta", "inbound_count", "answered", "first_response", "last_public_body",
        "last_direction", "waiting_since",
    )  # fmt: skip

    def __init__(
        self,
        gen: _Generator,
        messages: list[tuple[object, ...]],
        case: _Case,
        customer: _Customer,
        channel: str,
        ctx: dict[str, str],
        mood: str | None,
    ) -> None:
        self.gen = gen
        self.messages = messages
        self.case = case
        self.customer = customer
        self.channel = channel
        self.ctx = ctx
        self.mood = mood
        self.ph = gen.phrases[customer.language]
        self.formal = channel in _FORMAL
        self.logged = channel in _LOGGED
        self.email = channel == "email"
        self.sent = "sent" if channel in _SENT else "none"
        if self.email:
            self.inbound_meta = customer.meta_in
        elif channel in _BY_HAND:
            self.inbound_meta = json.dumps({"logged_by": _dashed(case.first_agent.id)})
        else:
            self.inbound_meta = "{}"
        self.inbound_count = 0
        self.answered = False
        self.first_response: int | None = None
        self.last_public_body = ""
        self.last_direction = -1
        self.waiting_since: int | None = None

    def inbound(self, t: int, *, thanks: bool) -> None:
        """A customer message; like the inbox service, it reopens a pending or on-hold conversation."""
        rnd = self.gen.rnd
        ph = self.ph
        if self.case.status in ("pending", "on_hold"):
            self.case.set_status(t, "open", None)
        if self.inbound_count == 0:
            core = _pick(self.case.topic.opening[self.customer.language], rnd)
            if self.formal:
                core = _pick(ph.greet_in, rnd) + core + _pick(ph.extra_in, rnd) + _pick(ph.sign_in, rnd)
        else:
            if thanks:
                core = _pick(ph.thanks_in, rnd)
            elif self.mood == "angry" and rnd() < 0.5:
                core = _pick(ph.angry_in, rnd)
                self.case.raise_priority(min(t + 1000, self.gen.anchor_us))
            else:
                core = _pick(ph.follow_in, rnd)
            if self.formal:
                core = _pick(ph.greet_in, rnd) + core + _pick(ph.sign_in, rnd)
        if self.logged:
            core = _pick(ph.log_in, rnd) + core
        body = core.format_map(self.ctx)
        self.inbound_count += 1
        customer = self.customer
        mid = self.gen._uid(t)
        self.messages.append(
            (
                mid,
                self.case.id,
                "inbound",
                self.channel,
                None,
                customer.id,
                customer.name,
                body,
                self.inbound_meta,
                f"<{mid}@{customer.domain}>" if self.email else None,
                "none",
                self.gen.text(t),
            )
        )
        if self.waiting_since is None:  # the oldest customer message after the last reply
            self.waiting_since = t
        self.last_public_body = body
        self.last_direction = _IN

    def outbound(self, t: int, *, resolution: bool) -> None:
        """A public reply; the first one opens a new conversation."""
        rnd = self.gen.rnd
        ph = self.ph
        topic = self.case.topic
        lang = self.customer.language
        opening = not self.answered
        if resolution:
            core = _pick(topic.resolution[lang], rnd)
        elif topic.agent_initiated and self.last_direction < 0:
            core = _pick(topic.opening[lang], rnd)
        elif opening or rnd() < 0.5:
            core = _pick(topic.replies[lang], rnd)
        else:
            core = _pick(ph.follow_out, rnd)
        empathy = _pick(ph.empathy_out, rnd) if opening and not topic.agent_initiated else ""
        if self.formal:
            core = (
                _pick(ph.greet_out, rnd)
                + empathy
                + core
                + _pick(ph.closing_out, rnd)
                + _pick(ph.sign_out, rnd)
            )
        elif self.logged:
            core = _pick(ph.log_out, rnd) + core
        elif opening:
            core = _pick(ph.chat_greet_out, rnd) + empathy + core
        self.answered = True
        body = core.format_map(self.ctx)
        agent = self.case.assignee or self.case.first_agent
        if self.case.status == "new":
            self.case.set_status(t, "open", agent)
        mid = self.gen._uid(t)
        self.messages.append(
            (
                mid,
                self.case.id,
                "outbound",
                self.channel,
                agent.id,
                None,
                agent.name,
                body,
                self.customer.meta_out if self.email else "{}",
                f"<{mid}@{corpus.AGENT_MAIL_DOMAIN}>" if self.email else None,
                self.sent,
                self.gen.text(t),
            )
        )
        if self.first_response is None:
            self.first_response = t
        self.waiting_since = None
        self.last_public_body = body
        self.last_direction = _OUT

    def note(self, t: int, token: int) -> None:
        """An internal note; for ``_ESC``/``_RET`` the hand-off note of a tier change where one can happen."""
        rnd = self.gen.rnd
        ph = self.ph
        case = self.case
        agent = case.assignee or case.first_agent
        mid = self.gen._uid(t)
        going_up = token == _ESC
        to_tier = case.tier + 1 if going_up else 1
        if token == _NOTE or to_tier == case.tier or to_tier > 3:
            body = _pick(ph.notes, rnd).format_map(self.ctx)
            reason = ""
        else:
            reason = _pick(ph.reasons if going_up else ph.return_reasons, rnd)
            template = _pick(ph.handoff if going_up else ph.return_note, rnd)
            body = (
                template.replace("{reason}", reason)
                .replace("{to_tier}", str(to_tier))
                .replace("{summary}", case.topic.summary[self.customer.language])
                .format_map(self.ctx)
            )
        self.messages.append(
            (
                mid,
                case.id,
                "note",
                self.channel,
                agent.id,
                None,
                agent.name,
                body,
                "{}",
                None,
                "none",
                self.gen.text(t),
            )
        )
        if reason:
            target = case.change_tier(min(t + 1000, self.gen.anchor_us), to_tier, reason, mid, agent)
            self.ctx["agent"], self.ctx["agent_full"] = target.first, target.name


_MOOD_QUALITY: dict[str | None, float] = {
    "happy": 0.95,
    "neutral": 0.8,
    None: 0.8,
    "unhappy": 0.6,
    "angry": 0.35,
}


def _pick(items: Sequence[_T], rnd: Callable[[], float]) -> _T:
    return items[int(rnd() * len(items))]


# -- writing ----------------------------------------------------------------------------------

_CUSTOMER_COLUMNS = "id, name, email, other_emails, phone, company, plan, language, notes, created_at"
_CONVERSATION_COLUMNS = (
    "id, number, customer_id, channel, subject, status, priority, tier, team_id, assignee_id, tags, "
    "language, mood, created_at, first_response_at, solved_at, follow_up_at, last_activity_at, "
    "waiting_since, snippet, message_count, updated_at"
)
_MESSAGE_COLUMNS = (
    "id, conversation_id, direction, channel, author_agent_id, author_customer_id, author_name, "
    "body_text, meta, external_id, delivery_state, created_at"
)
# table: (staged columns, columns filled in by the copy, their values)
_STAGED = {
    "customer": (_CUSTOMER_COLUMNS, "rev, updated_at, deleted_at", "NULL, created_at, NULL"),
    "conversation": (_CONVERSATION_COLUMNS, "rev, deleted_at", "NULL, NULL"),
    "message": (_MESSAGE_COLUMNS, "rev, updated_at, deleted_at, body_html", "NULL, created_at, NULL, NULL"),
}


def _marks(columns: str) -> str:
    return ", ".join("?" * (columns.count(",") + 1))


class _Writer:
    """Writes batches, one transaction each (see the module docstring for the staging tables)."""

    def __init__(self, conn: sqlite3.Connection, store: Store) -> None:
        self.conn = conn
        self.store = store
        self.totals = _Totals()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA cache_size = -131072")  # 128 MiB for this connection's bulk work
        # Checkpoint every 64 MiB of WAL instead of every 4 MiB: index pages that each batch touches
        # again are then copied into the database file once rather than after every commit.
        conn.execute("PRAGMA wal_autocheckpoint = 16384")
        self.stage: dict[str, str] = {}
        self.copy: dict[str, str] = {}
        for table, (columns, extra, values) in _STAGED.items():
            conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS demo_{table} ({columns})")
            conn.execute(f"DELETE FROM temp.demo_{table}")
            self.stage[table] = f"INSERT INTO temp.demo_{table} ({columns}) VALUES ({_marks(columns)})"
            self.copy[table] = (
                f"INSERT INTO main.{table} ({columns}, {extra}) "
                f"SELECT {columns}, {values} FROM temp.demo_{table} ORDER BY rowid"
            )
        self.team_sql = "INSERT INTO team (id, name, description, updated_at) VALUES (?, ?, ?, ?)"
        self.agent_sql = (
            "INSERT INTO agent (id, name, email, role, tiers, team_id, team_ids, language, updated_at, "
            "active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
        )
        self.event_sql = (
            "INSERT INTO conversation_event (id, conversation_id, kind, actor_agent_id, data, created_at, "
            "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
        )
        self.survey_sql = (
            "INSERT INTO survey_response (id, conversation_id, customer_id, kind, score, scale_min, "
            "scale_max, scale_best, comment, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
            "CASE WHEN ?4 = 'ces' AND ?6 = 1 AND ?7 = 5 THEN 1 ELSE ?7 END, ?8, ?9, ?9)"
        )

    def write(self, rows: _Rows) -> None:
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if rows.teams:
                # checked again under the write lock: nobody may have added conversations meanwhile
                _check_target(conn, self.store)
                conn.executemany(self.team_sql, rows.teams)
                conn.executemany(self.agent_sql, rows.agents)
            for table, batch in (
                ("customer", rows.customers),
                ("conversation", rows.conversations),
                ("message", rows.messages),
            ):
                if batch:
                    conn.executemany(self.stage[table], batch)
                    conn.execute(self.copy[table])
                    conn.execute(f"DELETE FROM temp.demo_{table}")
            conn.executemany(self.event_sql, rows.events)
            conn.executemany(self.survey_sql, rows.surveys)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        t = self.totals
        t.teams += len(rows.teams)
        t.agents += len(rows.agents)
        t.customers += len(rows.customers)
        t.conversations += len(rows.conversations)
        t.messages += len(rows.messages)
        t.events += len(rows.events)
        t.surveys += len(rows.surveys)
