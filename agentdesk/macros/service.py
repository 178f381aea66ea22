# SPDX-License-Identifier: GPL-3.0-or-later
"""Macros: named, shared bundles of actions (``agentdesk.macros.actions``) an agent applies in one
step from the composer, the conversation menu or a selection of conversations.

Visibility follows the canned replies: ``everyone``, a ``team`` (seen by the agents who work it) or
``personal`` (the owner only). Applying is one transaction for one conversation or for a whole
selection; a macro's canned reply is rendered in each customer's language. From the composer the
reply goes into the text box for the agent to read and send (the window does that); on a
selection it becomes each conversation's draft, so nothing is sent unread. Each use counts once
per conversation (``usage_count``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from agentdesk.clock import Clock
from agentdesk.errors import NotFoundError, PermissionDenied, ValidationError
from agentdesk.ids import uuid7
from agentdesk.macros.actions import Actions, Outcome, apply, plan
from agentdesk.messages import translatable
from agentdesk.replies.library import choose_variant
from agentdesk.replies.templates import load_render_context, render
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, CannedReply, CannedReplyVariant, Conversation, Draft, Role, Team
from agentdesk.store.workflow_models import Macro

CTX = "MacroErrors"
SCOPES = ("everyone", "team", "personal")
MAX_NAME = 200
MAX_DESCRIPTION = 2000
MAX_SELECTION = 5000


@dataclass(frozen=True)
class MacroDraft:
    """What the manage dialog (or an import) asks a macro to be."""

    name: str
    actions: Actions
    description: str = ""
    scope: str = "everyone"
    team_id: uuid.UUID | None = None
    active: bool = True


@dataclass(frozen=True)
class MacroRow:
    id: uuid.UUID
    name: str
    description: str
    scope: str
    team_id: uuid.UUID | None
    owner_agent_id: uuid.UUID | None
    actions: Actions
    usage_count: int
    active: bool
    position: int

    def draft(self) -> MacroDraft:
        return MacroDraft(self.name, self.actions, self.description, self.scope, self.team_id, self.active)


@dataclass
class BulkResult:
    """What applying to a selection did: the conversations changed, those left as they were and
    why (``refused``: conversation id → reason key, see ``Outcome.skipped``)."""

    changed: list[uuid.UUID] = field(default_factory=list)
    unchanged: list[uuid.UUID] = field(default_factory=list)
    refused: dict[uuid.UUID, str] = field(default_factory=dict)
    drafts: int = 0


def _row(macro: Macro) -> MacroRow:
    try:
        actions = Actions.from_json(macro.actions or {})
    except ValidationError:
        actions = Actions()  # a macro written by a newer version: listed, doing nothing here
    return MacroRow(
        macro.id,
        macro.name,
        macro.description or "",
        macro.scope,
        macro.team_id,
        macro.owner_agent_id,
        actions,
        macro.usage_count or 0,
        bool(macro.active),
        macro.position or 0,
    )


def reply_text(
    session: Session, reply_id: uuid.UUID, language: str, agent_language: str
) -> tuple[str, str] | None:
    """(language, unrendered text) of a canned reply in ``language`` or the nearest fallback."""
    variants = {
        v.language: v.body
        for v in session.execute(
            select(CannedReplyVariant).where(
                CannedReplyVariant.canned_reply_id == reply_id, CannedReplyVariant.deleted_at.is_(None)
            )
        ).scalars()
    }
    choice = choose_variant(variants, language, agent_language)
    return (choice.language, choice.body) if choice is not None else None


class MacroService:
    """Macros as agent ``actor_id`` sees them (None: a desk without an agent profile sees all)."""

    def __init__(self, store: Store, clock: Clock, actor_id: uuid.UUID | None = None) -> None:
        self.store = store
        self.clock = clock
        self.actor_id = actor_id

    # -- reading ---------------------------------------------------------------------------------

    def _actor(self, session: Session) -> Agent | None:
        return session.get(Agent, self.actor_id) if self.actor_id is not None else None

    @staticmethod
    def _visible(actor: Agent | None) -> ColumnElement[bool]:
        if actor is None or actor.role == Role.ADMIN.value:
            return Macro.deleted_at.is_(None)
        teams = {str(t) for t in (actor.team_ids or [])}
        if actor.team_id is not None:
            teams.add(str(actor.team_id))
        team_ids = [uuid.UUID(t) for t in teams]
        return (Macro.deleted_at.is_(None)) & or_(
            Macro.scope == "everyone",
            (Macro.scope == "team") & Macro.team_id.in_(team_ids),
            (Macro.scope == "personal") & (Macro.owner_agent_id == actor.id),
        )

    def list_macros(self, *, include_inactive: bool = True) -> list[MacroRow]:
        """The macros this agent sees, in their order (position, then name)."""
        with self.store.read() as session:
            query = (
                select(Macro).where(self._visible(self._actor(session))).order_by(Macro.position, Macro.name)
            )
            rows = [_row(m) for m in session.execute(query).scalars()]
        return [r for r in rows if include_inactive or r.active]

    def search(self, query: str, limit: int = 30) -> list[MacroRow]:
        """Active macros whose name or description holds every word typed (the composer's ``/``)."""
        words = [w.casefold() for w in query.split()]
        found = []
        for row in self.list_macros(include_inactive=False):
            text = f"{row.name} {row.description}".casefold()
            if all(w in text for w in words):
                found.append(row)
        found.sort(
            key=lambda r: (
                not r.name.casefold().startswith(words[0]) if words else False,
                -r.usage_count,
                r.position,
                r.name,
            )
        )
        return found[:limit]

    def get(self, macro_id: uuid.UUID) -> MacroRow:
        with self.store.read() as session:
            return _row(self._macro(session, macro_id))

    def _macro(self, session: Session, macro_id: uuid.UUID) -> Macro:
        macro = session.scalar(select(Macro).where(Macro.id == macro_id, self._visible(self._actor(session))))
        if macro is None:
            raise NotFoundError(
                translatable("MacroErrors", "That macro does not exist (it may have been deleted).")
            )
        return macro

    # -- managing --------------------------------------------------------------------------------

    def validate(self, session: Session, draft: MacroDraft) -> MacroDraft:
        name = " ".join(draft.name.split())
        if not name:
            raise ValidationError(translatable("MacroErrors", "A macro needs a name."))
        if len(name) > MAX_NAME:
            raise ValidationError(
                translatable("MacroErrors", "The name is too long (at most {n} characters)."), n=MAX_NAME
            )
        if len(draft.description) > MAX_DESCRIPTION:
            raise ValidationError(
                translatable("MacroErrors", "The description is too long (at most {n} characters)."),
                n=MAX_DESCRIPTION,
            )
        if draft.scope not in SCOPES:
            raise ValidationError(translatable("MacroErrors", "A macro is for everyone, a team or yourself."))
        if draft.scope == "team" and draft.team_id is None:
            raise ValidationError(translatable("MacroErrors", "Choose the team this macro is for."))
        if draft.scope == "team":
            team = session.get(Team, draft.team_id)
            if team is None or team.deleted_at is not None:
                raise ValidationError(translatable("MacroErrors", "The team of this macro no longer exists."))
        if draft.scope == "personal" and self.actor_id is None:
            raise ValidationError(
                translatable("MacroErrors", "A personal macro needs an agent profile at this desk.")
            )
        if draft.actions.empty:
            raise ValidationError(translatable("MacroErrors", "A macro needs at least one action."))
        draft.actions.check_references(session)
        return MacroDraft(
            name,
            draft.actions,
            draft.description.strip(),
            draft.scope,
            draft.team_id if draft.scope == "team" else None,
            draft.active,
        )

    def create(self, draft: MacroDraft, *, macro_id: uuid.UUID | None = None) -> MacroRow:
        now = self.clock.now()
        with self.store.write() as session:
            draft = self.validate(session, draft)
            position = session.scalar(select(Macro.position).order_by(Macro.position.desc()).limit(1)) or 0
            macro = Macro(
                id=macro_id or uuid7(),
                name=draft.name,
                description=draft.description,
                scope=draft.scope,
                team_id=draft.team_id,
                owner_agent_id=self.actor_id if draft.scope == "personal" else None,
                actions=draft.actions.to_json(),
                position=position + 1,
                usage_count=0,
                active=draft.active,
                created_at=now,
                updated_at=now,
            )
            session.add(macro)
            session.flush()
            return _row(macro)

    def update(self, macro_id: uuid.UUID, draft: MacroDraft) -> MacroRow:
        now = self.clock.now()
        with self.store.write() as session:
            macro = self._macro(session, macro_id)
            draft = self.validate(session, draft)
            macro.name = draft.name
            macro.description = draft.description
            macro.scope = draft.scope
            macro.team_id = draft.team_id
            if draft.scope == "personal" and macro.owner_agent_id is None:
                macro.owner_agent_id = self.actor_id
            macro.actions = draft.actions.to_json()
            macro.active = draft.active
            macro.updated_at = now
            return _row(macro)

    def delete(self, macro_id: uuid.UUID) -> None:
        now = self.clock.now()
        with self.store.write() as session:
            macro = self._macro(session, macro_id)
            macro.deleted_at = now
            macro.updated_at = now

    def move(self, macro_id: uuid.UUID, offset: int) -> None:
        """Move a macro up (``-1``) or down (``+1``) in the list everyone sees."""
        now = self.clock.now()
        with self.store.write() as session:
            rows = list(
                session.execute(
                    select(Macro).where(Macro.deleted_at.is_(None)).order_by(Macro.position, Macro.name)
                ).scalars()
            )
            index = next((i for i, m in enumerate(rows) if m.id == macro_id), None)
            if index is None:
                raise NotFoundError(
                    translatable("MacroErrors", "That macro does not exist (it may have been deleted).")
                )
            other = index + offset
            if not 0 <= other < len(rows):
                return
            rows[index], rows[other] = rows[other], rows[index]
            for position, macro in enumerate(rows, start=1):
                if macro.position != position:
                    macro.position = position
                    macro.updated_at = now

    # -- applying --------------------------------------------------------------------------------

    def _conversation(self, session: Session, conversation_id: uuid.UUID) -> Conversation:
        conv = session.get(Conversation, conversation_id)
        if conv is None or conv.deleted_at is not None:
            raise NotFoundError(
                translatable("MacroErrors", "That conversation does not exist (it may have been deleted).")
            )
        return conv

    def preview(self, macro_id: uuid.UUID, conversation_ids: Sequence[uuid.UUID]) -> list[Outcome]:
        """What the macro would change on each conversation now (nothing is written)."""
        now = self.clock.now()
        with self.store.read() as session:
            macro = _row(self._macro(session, macro_id))
            return [
                plan(session, self._conversation(session, cid), macro.actions, self.actor_id, now)
                for cid in conversation_ids
            ]

    def apply_to(self, macro_id: uuid.UUID, conversation_id: uuid.UUID) -> Outcome:
        """Apply to one conversation (the composer, the conversation menu); the reply text is the
        window's to insert (``reply_for``)."""
        result, outcomes = self._apply(macro_id, [conversation_id], drafts=False)
        return outcomes[0]

    def apply_many(self, macro_id: uuid.UUID, conversation_ids: Iterable[uuid.UUID]) -> BulkResult:
        """Apply to a selection in one transaction; the reply becomes each conversation's draft."""
        result, _ = self._apply(macro_id, list(dict.fromkeys(conversation_ids)), drafts=True)
        return result

    def _apply(
        self, macro_id: uuid.UUID, ids: list[uuid.UUID], *, drafts: bool
    ) -> tuple[BulkResult, list[Outcome]]:
        if len(ids) > MAX_SELECTION:
            raise ValidationError(
                translatable("MacroErrors", "Apply a macro to at most {n} conversations at once."),
                n=MAX_SELECTION,
            )
        now = self.clock.now()
        result = BulkResult()
        outcomes: list[Outcome] = []
        with self.store.write() as session:
            macro = self._macro(session, macro_id)
            if not macro.active:
                raise ValidationError(
                    translatable("MacroErrors", "The macro “{name}” is switched off."), name=macro.name
                )
            actions = _row(macro).actions
            actor = self._actor(session)
            for cid in ids:
                conv = session.get(Conversation, cid)
                if conv is None or conv.deleted_at is not None:
                    result.refused[cid] = "missing"
                    continue
                if (
                    actor is not None
                    and actor.role == Role.AGENT.value
                    and conv.tier not in (actor.tiers or [])
                ):
                    result.refused[cid] = "tier"
                    outcomes.append(Outcome(cid, skipped=["tier"]))
                    continue
                outcome = apply(session, conv, actions, self.actor_id, now, {"macro": macro.name})
                outcomes.append(outcome)
                if "closed" in outcome.skipped:
                    result.refused[cid] = "closed"
                    continue
                wrote_draft = (
                    drafts
                    and actions.reply_id is not None
                    and self._draft_reply(session, conv, actions.reply_id, actor)
                )
                result.drafts += int(bool(wrote_draft))
                (result.changed if outcome.changes or wrote_draft else result.unchanged).append(cid)
            used = len(result.changed) + len(result.unchanged)
            if used:
                macro.usage_count = (macro.usage_count or 0) + used
                macro.updated_at = now
        return result, outcomes

    def _draft_reply(
        self, session: Session, conv: Conversation, reply_id: uuid.UUID, actor: Agent | None
    ) -> bool:
        reply = session.get(CannedReply, reply_id)
        if reply is None or reply.deleted_at is not None:
            return False
        chosen = reply_text(session, reply_id, conv.language, actor.language if actor else "en")
        if chosen is None:
            return False
        language, body = chosen
        session.flush()
        context = load_render_context(self.store, conv.id, self.actor_id, now=self.clock.now())
        text = render(body, context, language=language).text
        draft = session.get(Draft, conv.id)
        if draft is None:
            session.add(
                Draft(
                    conversation_id=conv.id,
                    mode="reply",
                    body=text,
                    seen_activity_at=conv.last_activity_at,
                    updated_at=self.clock.now(),
                )
            )
        elif text not in draft.body:
            draft.body = f"{draft.body.rstrip()}\n\n{text}" if draft.body.strip() else text
            draft.mode = "reply"
            draft.updated_at = self.clock.now()
        return True

    def step(self, macro_id: uuid.UUID) -> Callable[[Session, Conversation, dt.datetime], bool]:
        """The macro as one step of a bulk action (``agentdesk.inbox.bulk``: ``BulkService.run``
        checks who may change what, runs each conversation in its own savepoint and reports):
        the same changes and events as ``apply_many``, the reply as each conversation's draft, one
        use counted per conversation. Raises ``NotFoundError`` / ``ValidationError`` now for a
        macro that is gone or switched off."""
        with self.store.read() as session:
            macro = self._macro(session, macro_id)
            if not macro.active:
                raise ValidationError(
                    translatable("MacroErrors", "The macro “{name}” is switched off."), name=macro.name
                )
            row = _row(macro)

        def apply_step(session: Session, conv: Conversation, now: dt.datetime) -> bool:
            outcome = apply(session, conv, row.actions, self.actor_id, now, {"macro": row.name})
            if "closed" in outcome.skipped:
                raise ValidationError(
                    translatable("MacroErrors", "Conversation #{number} is closed or merged."),
                    number=conv.number,
                )
            drafted = row.actions.reply_id is not None and self._draft_reply(
                session, conv, row.actions.reply_id, self._actor(session)
            )
            stored = session.get(Macro, row.id)
            if stored is not None:
                stored.usage_count = (stored.usage_count or 0) + 1
                stored.updated_at = now
            return bool(outcome.changes) or drafted

        return apply_step


def require_staff(agent: Agent | None) -> None:
    """Routing rules are changed by supervisors and admins (a desk without a profile is a small
    shop's single desk and may)."""
    if agent is not None and agent.role == Role.AGENT.value:
        raise PermissionDenied(
            translatable("MacroErrors", "Only supervisors and admins change routing rules.")
        )


__all__ = [
    "BulkResult",
    "MacroDraft",
    "MacroRow",
    "MacroService",
    "SCOPES",
    "reply_text",
    "require_staff",
]
