# SPDX-License-Identifier: GPL-3.0-or-later
"""Signing in at a desk without a team server (docs/security.md, "A shared desk").

Each active agent signs in with their own PIN or password when AgentDesk starts and whenever the
desk changes hands; what they then do is recorded as theirs. The rules kept here:

- Secrets are scrypt hashes (``agentdesk.identity.secrets``), never text; a right one resets the
  count of wrong ones and rehashes a secret made with less work than today's.
- Wrong tries in a row are counted per agent in the database, so quitting does not reset them.
  The first ``FREE_TRIES`` cost nothing; from then on the next try waits ``FIRST_WAIT`` seconds,
  doubling with every further wrong one up to ``LONGEST_WAIT``. A try during the wait is refused
  before the secret is even looked at. Every wrong try is written to the audit log (setting
  and resetting secrets are recorded by the audit's own capture, the hashes redacted).
- An agent who has no secret yet chooses one at their first sign-in; an admin sets or resets
  anyone's (a reset also ends a wait). While the workspace has no active admin, whoever sets it up
  may set them (as the directory allows).
- "Stay signed in on this computer" is for a one-person shop: it is offered only while a single
  agent is active, and it holds only while no other active agent has a secret of their own (the
  desk is shared from then on, and everyone signs in).

With a team server the agent is the server login (``server_agent``, learned by each sync);
``needs_prompt`` says no local sign-in then.
Times come from the injected clock.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agentdesk import audit
from agentdesk.clock import Clock
from agentdesk.errors import NotFoundError, PermissionDenied, ValidationError
from agentdesk.identity import secrets
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.store.identity_models import AgentSecret
from agentdesk.store.models import Agent, Role, Setting

log = logging.getLogger("agentdesk.identity")

CONTEXT = secrets.CONTEXT
STAY_KEY = "signin.stay_signed_in"  # the agent of a one-person shop who stays signed in
FREE_TRIES = 5
FIRST_WAIT = 30  # seconds after the fifth wrong try in a row
LONGEST_WAIT = 15 * 60


class SignInRefused(ValidationError):
    """A wrong PIN or password (counted)."""


class SignInWait(ValidationError):
    """Too many wrong tries: no try before ``seconds`` have passed (not counted)."""

    def __init__(self, message: str, /, seconds: int, **params: object) -> None:
        super().__init__(message, seconds=seconds, **params)
        self.seconds = seconds


@dataclass(frozen=True, slots=True)
class DeskAgent:
    """An agent as the sign-in dialog lists them."""

    id: uuid.UUID
    name: str
    email: str
    role: str
    secret_kind: str | None  # "pin", "password", or None: they choose one at their first sign-in


def wait_after(failures: int) -> int:
    """Seconds the next try waits after ``failures`` wrong tries in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(LONGEST_WAIT, FIRST_WAIT * 2 ** min(failures - FREE_TRIES, 20))


def _stored(row: AgentSecret) -> secrets.Hashed:
    return secrets.Hashed(row.kind, row.hash, row.salt, row.cost, row.block_size, row.parallel)


def server_agent(store: Store) -> uuid.UUID | None:
    """The agent this desk's server login is, as its last sync learned (None: not known yet, or
    no server). With a team server that agent works at the desk; nobody signs in locally."""
    from agentdesk.sync.login_role import server_login

    agent_id = server_login(store).agent_id
    if agent_id is None:
        return None
    with store.read() as session:
        agent = session.get(Agent, agent_id)
        return agent_id if agent is not None and agent.active and agent.deleted_at is None else None


class SignInService:
    def __init__(self, store: Store, clock: Clock, *, cost: int = secrets.DEFAULT_COST) -> None:
        self.store = store
        self.clock = clock
        self.cost = cost  # scrypt's n for new hashes (tests pass a small one)

    # -- who may sign in -------------------------------------------------------------------------

    def agents(self) -> list[DeskAgent]:
        """The active agents, by name, with the kind of secret each has."""
        with self.store.read() as session:
            rows = session.execute(
                select(Agent.id, Agent.name, Agent.email, Agent.role, AgentSecret.kind)
                .outerjoin(AgentSecret, AgentSecret.agent_id == Agent.id)
                .where(Agent.active, Agent.deleted_at.is_(None))
                .order_by(func.lower(Agent.name), Agent.email)
            ).all()
        return [DeskAgent(r.id, r.name, r.email, r.role, r.kind) for r in rows]

    def secret_kind(self, agent_id: uuid.UUID) -> str | None:
        with self.store.read() as session:
            row = session.get(AgentSecret, agent_id)
            return None if row is None else row.kind

    @staticmethod
    def _active(session: Session, agent_id: uuid.UUID) -> Agent:
        agent = session.get(Agent, agent_id)
        if agent is None or not agent.active or agent.deleted_at is not None:
            raise NotFoundError(translatable("InboxErrors", "That agent does not exist or is deactivated."))
        return agent

    # -- stay signed in --------------------------------------------------------------------------

    def offers_stay(self) -> bool:
        """Whether "Stay signed in on this computer" may be chosen: one active agent only."""
        return len(self.agents()) == 1

    def stay_signed_in(self) -> uuid.UUID | None:
        """The agent who stays signed in on this computer, while the rule above holds (read at
        every start: two small queries)."""
        with self.store.read() as session:
            value = session.scalar(select(Setting.value).where(Setting.key == STAY_KEY))
            try:
                agent_id = uuid.UUID(str(value)) if value else None
            except ValueError:
                agent_id = None
            if agent_id is None:
                return None
            others_with_secrets = (
                select(AgentSecret.agent_id)
                .join(Agent, Agent.id == AgentSecret.agent_id)
                .where(Agent.active, Agent.deleted_at.is_(None), Agent.id != agent_id)
                .exists()
            )
            found = session.scalar(
                select(Agent.id).where(
                    Agent.id == agent_id, Agent.active, Agent.deleted_at.is_(None), ~others_with_secrets
                )
            )
            return agent_id if found is not None else None

    def keep_signed_in(self, agent_id: uuid.UUID | None) -> None:
        """``agent_id`` stays signed in on this computer (None: nobody does)."""
        with self.store.write() as session:
            if agent_id is not None:
                self._active(session, agent_id)
            row = session.get(Setting, STAY_KEY)
            value = agent_id.hex if agent_id is not None else None
            if row is None:
                session.add(Setting(key=STAY_KEY, value=value))
            else:
                row.value = value

    def needs_prompt(self, *, server: bool) -> bool:
        """Whether this start asks who works here: not with a team server (the login is the
        agent), not for a workspace with no active agent yet (it is being set up), not while
        someone stays signed in."""
        if server or self.stay_signed_in() is not None:
            return False
        return bool(self.agents())

    # -- signing in ------------------------------------------------------------------------------

    def wait_seconds(self, agent_id: uuid.UUID) -> int:
        """How long ``agent_id``'s next try must wait (0: it may be made now)."""
        with self.store.read() as session:
            row = session.get(AgentSecret, agent_id)
            return 0 if row is None else self._remaining(row)

    def _remaining(self, row: AgentSecret) -> int:
        wait = wait_after(row.failures)
        if not wait or row.failed_at is None:
            return 0
        left = (row.failed_at + dt.timedelta(seconds=wait) - self.clock.now()).total_seconds()
        return max(0, int(left + 0.999))  # whole seconds, rounded up: never "0 s" while refused

    def sign_in(self, agent_id: uuid.UUID, secret: str, *, stay: bool = False) -> None:
        """Check ``agent_id``'s PIN or password. Raises ``SignInWait`` during a wait,
        ``SignInRefused`` for a wrong one (counted and logged), ``ValidationError`` for input
        that is no secret at all (not counted) or an agent without a secret yet (``choose``)."""
        with self.store.write() as session:
            agent = self._active(session, agent_id)
            row = session.get(AgentSecret, agent_id)
            if row is None:
                raise ValidationError(
                    translatable(CONTEXT, "{name} has no PIN or password yet: choose one first."),
                    name=agent.name,
                )
            left = self._remaining(row)
            if left:
                raise SignInWait(
                    translatable(CONTEXT, "Too many wrong tries: try again in {seconds} s."), seconds=left
                )
            stored = _stored(row)
            if not secrets.verify(secret, stored):
                failures = row.failures + 1
                row.failures = failures
                row.failed_at = self.clock.now()
                # The one who typed is unknown: the entry names the agent whose secret was tried.
                audit.record(
                    session,
                    "sign_in_failed",
                    table="agent",
                    row_id=agent_id,
                    before={"failures": failures - 1},
                    after={"failures": failures},
                    actor_id=agent_id,
                    label=agent.name,
                    at=row.failed_at,
                )
                name = agent.name
            else:
                failures = 0
                row.failures = 0
                row.failed_at = None
                if secrets.weaker_than(stored, self.cost):
                    self._store_hash(row, secrets.hash_secret(secret, cost=self.cost))
        if failures:
            log.warning("wrong PIN or password for agent %s (%d in a row)", agent_id, failures)
            wait = wait_after(failures)
            if wait:
                raise SignInWait(
                    translatable(
                        CONTEXT, "Wrong PIN or password for {name}. Too many wrong tries: wait {seconds} s."
                    ),
                    seconds=wait,
                    name=name,
                )
            raise SignInRefused(translatable(CONTEXT, "Wrong PIN or password for {name}."), name=name)
        log.info("agent %s signed in", agent_id)
        self._stay(agent_id, stay)

    def choose(self, agent_id: uuid.UUID, secret: str, repeated: str, *, stay: bool = False) -> None:
        """The first sign-in of an agent without a secret: they choose it (typed twice)."""
        if secret != repeated:
            raise ValidationError(translatable(CONTEXT, "The two entries differ; type the same one twice."))
        hashed = secrets.hash_secret(secret, cost=self.cost)
        with self.store.write() as session:
            self._active(session, agent_id)
            if session.get(AgentSecret, agent_id) is not None:
                raise PermissionDenied(
                    translatable(
                        CONTEXT, "This agent already has a PIN or password; only an admin can reset it."
                    )
                )
            session.add(self._new_row(agent_id, hashed, set_by=agent_id))  # audited as a change
        self._stay(agent_id, stay)

    def _stay(self, agent_id: uuid.UUID, stay: bool) -> None:
        current = self.stay_signed_in()
        if stay and self.offers_stay():
            self.keep_signed_in(agent_id)
        elif not stay and current == agent_id:
            self.keep_signed_in(None)

    # -- setting and resetting (admins) ------------------------------------------------------------

    def may_set(self, actor_id: uuid.UUID | None) -> bool:
        """Whether ``actor_id`` may set or reset other agents' secrets: an active admin, or
        anyone while the workspace has no active admin."""
        with self.store.read() as session:
            return self._may_set(session, actor_id)

    @staticmethod
    def _may_set(session: Session, actor_id: uuid.UUID | None) -> bool:
        actor = session.get(Agent, actor_id) if actor_id is not None else None
        if actor is not None and actor.active and actor.deleted_at is None and actor.role == Role.ADMIN:
            return True
        admins = session.scalar(
            select(func.count())
            .select_from(Agent)
            .where(Agent.active, Agent.deleted_at.is_(None), Agent.role == Role.ADMIN.value)
        )
        return not admins

    def set_secret(self, actor_id: uuid.UUID | None, agent_id: uuid.UUID, secret: str) -> None:
        """An admin sets or resets ``agent_id``'s PIN or password (and ends any wait)."""
        hashed = secrets.hash_secret(secret, cost=self.cost)
        with self.store.write() as session:
            if not self._may_set(session, actor_id):
                raise PermissionDenied(
                    translatable(CONTEXT, "Only an admin can set or reset another agent's PIN or password.")
                )
            self._active(session, agent_id)
            row = session.get(AgentSecret, agent_id)  # the audit capture records the change
            if row is None:
                session.add(self._new_row(agent_id, hashed, set_by=actor_id))
            else:
                self._store_hash(row, hashed)
                row.set_by = actor_id
                row.failures = 0
                row.failed_at = None

    def _new_row(
        self, agent_id: uuid.UUID, hashed: secrets.Hashed, *, set_by: uuid.UUID | None
    ) -> AgentSecret:
        row = AgentSecret(agent_id=agent_id, set_by=set_by, failures=0, failed_at=None)
        self._store_hash(row, hashed)
        return row

    def _store_hash(self, row: AgentSecret, hashed: secrets.Hashed) -> None:
        row.kind = hashed.kind
        row.hash = hashed.hash
        row.salt = hashed.salt
        row.cost = hashed.cost
        row.block_size = hashed.block_size
        row.parallel = hashed.parallel
        row.set_at = self.clock.now()
