# SPDX-License-Identifier: GPL-3.0-or-later
"""Survey policies: which solved conversations get which survey mail, after how long, how often
per customer, and in which words.

The first policy by ``position`` whose channel, plan (the customer's) and team match decides;
None in a condition matches any. Kind ``off`` sends nothing. No policy at all: no surveys (a shop
turns them on by adding one). Only supervisors and admins change policies (a desk without a
profile is a small shop's single desk and may).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.clock import Clock, SystemClock
from agentdesk.errors import NotFoundError, PermissionDenied, ValidationError
from agentdesk.ids import uuid7
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.store.models import LANGUAGES, Agent, Channel, Plan, Role, Team
from agentdesk.store.survey_models import SurveyPolicy, SurveyPolicyKind

MAX_DELAY_MINUTES = 60 * 24 * 30  # a survey a month after the fact is no longer about it
MAX_PERIOD_DAYS = 730
MAX_SUBJECT = 200
MAX_BODY = 5000
PLACEHOLDERS = ("{name}", "{number}", "{subject}")

# The built-in wording, as a support team in each country writes to its customers (German "Sie",
# Danish "du"). ``{question}`` is the kind's question, the links follow the body.
DEFAULT_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "How did we do? Your request #{number}",
        "body": (
            "Hello {name},\n\n"
            "we recently helped you with \u201c{subject}\u201d. We would love to hear how it went.\n\n"
            "{question}\n\n"
            "Just click a score below, or reply to this mail with the number. A comment is welcome too."
            "\n\nThank you!\nYour support team"
        ),
    },
    "de": {
        "subject": "Wie zufrieden waren Sie? Ihre Anfrage #{number}",
        "body": (
            "Guten Tag {name},\n\n"
            "wir haben Ihnen vor Kurzem bei \u201e{subject}\u201c geholfen. Wir würden gern wissen, wie "
            "zufrieden Sie waren.\n\n"
            "{question}\n\n"
            "Klicken Sie einfach unten auf eine Bewertung oder antworten Sie auf diese E-Mail mit der "
            "Zahl. Über einen Kommentar freuen wir uns ebenfalls.\n\n"
            "Vielen Dank!\nIhr Kundenservice"
        ),
    },
    "da": {
        "subject": "Hvordan klarede vi det? Din henvendelse #{number}",
        "body": (
            "Hej {name}\n\n"
            "Vi har for nylig hjulpet dig med \u201d{subject}\u201d. Vi vil meget gerne høre, hvordan "
            "det gik.\n\n"
            "{question}\n\n"
            "Klik på en karakter herunder, eller svar på denne mail med tallet. Du er også velkommen "
            "til at skrive en kommentar.\n\n"
            "Tak for hjælpen!\nDit supportteam"
        ),
    },
}
QUESTIONS: dict[str, dict[str, str]] = {
    "csat": {
        "en": "How satisfied are you with our help? (1 = very dissatisfied, 5 = very satisfied)",
        "de": "Wie zufrieden sind Sie mit unserer Hilfe? (1 = sehr unzufrieden, 5 = sehr zufrieden)",
        "da": "Hvor tilfreds er du med vores hjælp? (1 = meget utilfreds, 5 = meget tilfreds)",
    },
    "nps": {
        "en": "How likely is it that you would recommend us to a friend or colleague? "
        "(0 = not at all likely, 10 = extremely likely)",
        "de": "Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen? "
        "(0 = sehr unwahrscheinlich, 10 = sehr wahrscheinlich)",
        "da": "Hvor sandsynligt er det, at du vil anbefale os til en ven eller kollega? "
        "(0 = slet ikke sandsynligt, 10 = meget sandsynligt)",
    },
    "ces": {
        "en": "How easy was it to get your request solved? (1 = very difficult, 7 = very easy)",
        "de": "Wie einfach war es, Ihr Anliegen zu lösen? (1 = sehr schwierig, 7 = sehr einfach)",
        "da": "Hvor nemt var det at få løst din henvendelse? (1 = meget svært, 7 = meget nemt)",
    },
}
SCALES: dict[str, tuple[int, int, int]] = {"csat": (1, 5, 5), "nps": (0, 10, 10), "ces": (1, 7, 7)}
OPT_OUT_LABEL = {
    "en": "No more surveys, please",
    "de": "Bitte keine Umfragen mehr",
    "da": "Ingen flere undersøgelser, tak",
}


def low_score(kind: str, score: int) -> bool:
    """An answer that asks for a follow-up: CSAT 1-2, NPS 0-6 (a detractor), CES 1-3."""
    return {"csat": score <= 2, "nps": score <= 6, "ces": score <= 3}.get(kind, False)


@dataclass
class PolicyInput:
    """A policy as the dialog edits it; ``texts`` as ``SurveyPolicy.texts``."""

    name: str
    kind: str = SurveyPolicyKind.CSAT.value
    channel: str | None = Channel.EMAIL.value
    plan: str | None = None
    team_id: uuid.UUID | None = None
    delay_minutes: int = 60
    period_days: int = 30
    texts: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class PolicyRow:
    id: uuid.UUID
    position: int
    data: PolicyInput


def texts_for(policy_texts: dict[str, Any] | None, language: str) -> tuple[str, str]:
    """The subject and body in ``language``: the shop's wording where it set one, else the
    built-in one."""
    language = language if language in LANGUAGES else "en"
    own = (policy_texts or {}).get(language) or {}
    base = DEFAULT_TEXTS[language]
    subject = str(own.get("subject") or "").strip() or base["subject"]
    body = str(own.get("body") or "").strip() or base["body"]
    return subject, body


def fill(template: str, values: dict[str, str]) -> str:
    """``template`` with its ``{name}``-style placeholders replaced; anything else stays as written
    (a shop's text with a stray brace must not fail at sending time)."""
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out


class SurveyPolicies:
    def __init__(self, store: Store, clock: Clock | None = None, actor_id: uuid.UUID | None = None) -> None:
        self.store = store
        self.clock = clock or SystemClock()
        self.actor_id = actor_id

    def rows(self) -> list[PolicyRow]:
        with self.store.read() as session:
            rows = session.scalars(
                select(SurveyPolicy)
                .where(SurveyPolicy.deleted_at.is_(None))
                .order_by(SurveyPolicy.position, SurveyPolicy.created_at)
            ).all()
            return [PolicyRow(row.id, row.position, _input(row)) for row in rows]

    def teams(self) -> list[tuple[uuid.UUID, str]]:
        """The teams a policy may name, by name."""
        with self.store.read() as session:
            rows = session.execute(
                select(Team.id, Team.name).where(Team.deleted_at.is_(None)).order_by(Team.name)
            )
            return [(row.id, row.name) for row in rows]

    def save(self, data: PolicyInput, policy_id: uuid.UUID | None = None) -> uuid.UUID:
        """Add a policy (last in the order) or change one; ``ValidationError`` for what the dialog
        must ask again."""
        checked = check(data)
        now = self.clock.now()
        with self.store.write() as session:
            self._require_staff(session)
            if checked.team_id is not None and session.get(Team, checked.team_id) is None:
                raise ValidationError(translatable("SurveyErrors", "That team does not exist."))
            if policy_id is None:
                last = session.scalar(
                    select(SurveyPolicy.position)
                    .where(SurveyPolicy.deleted_at.is_(None))
                    .order_by(SurveyPolicy.position.desc())
                    .limit(1)
                )
                row = SurveyPolicy(id=uuid7(), position=(last or 0) + 1, created_at=now, updated_at=now)
                session.add(row)
            else:
                found = session.get(SurveyPolicy, policy_id)
                if found is None or found.deleted_at is not None:
                    raise NotFoundError(translatable("SurveyErrors", "That survey policy no longer exists."))
                row = found
            row.name = checked.name
            row.kind = checked.kind
            row.channel = checked.channel
            row.plan = checked.plan
            row.team_id = checked.team_id
            row.delay_minutes = checked.delay_minutes
            row.period_days = checked.period_days
            row.texts = checked.texts
            row.updated_at = now
            return row.id

    def delete(self, policy_id: uuid.UUID) -> None:
        now = self.clock.now()
        with self.store.write() as session:
            self._require_staff(session)
            row = session.get(SurveyPolicy, policy_id)
            if row is not None and row.deleted_at is None:
                row.deleted_at = now
                row.updated_at = now

    def _require_staff(self, session: Session) -> None:
        agent = session.get(Agent, self.actor_id) if self.actor_id else None
        if agent is not None and agent.role == Role.AGENT.value:
            raise PermissionDenied(
                translatable("SurveyErrors", "Only supervisors and admins change survey policies.")
            )


def check(data: PolicyInput) -> PolicyInput:
    """``data`` cleaned, or ``ValidationError`` with one plain sentence."""
    name = " ".join(str(data.name).split())
    if not name:
        raise ValidationError(translatable("SurveyErrors", "Give the survey policy a name."))
    if len(name) > 200:
        raise ValidationError(translatable("SurveyErrors", "The name is too long (at most 200 characters)."))
    if data.kind not in tuple(k.value for k in SurveyPolicyKind):
        raise ValidationError(translatable("SurveyErrors", "Choose CSAT, NPS, CES or no survey."))
    if data.channel is not None and data.channel not in Channel.values():
        raise ValidationError(translatable("SurveyErrors", "Choose a channel."))
    if data.plan is not None and data.plan not in Plan.values():
        raise ValidationError(translatable("SurveyErrors", "Choose a plan."))
    if isinstance(data.delay_minutes, bool) or not 0 <= int(data.delay_minutes) <= MAX_DELAY_MINUTES:
        raise ValidationError(translatable("SurveyErrors", "The delay must be from 0 minutes to 30 days."))
    if isinstance(data.period_days, bool) or not 0 <= int(data.period_days) <= MAX_PERIOD_DAYS:
        raise ValidationError(
            translatable("SurveyErrors", "The period must be from 0 to {days} days."), days=MAX_PERIOD_DAYS
        )
    texts: dict[str, dict[str, str]] = {}
    for language, text in (data.texts or {}).items():
        if language not in LANGUAGES or not isinstance(text, dict):
            continue
        subject = " ".join(str(text.get("subject") or "").split())
        body = str(text.get("body") or "").replace("\r\n", "\n").strip()
        if len(subject) > MAX_SUBJECT:
            raise ValidationError(
                translatable("SurveyErrors", "A subject is too long (at most {n} characters)."), n=MAX_SUBJECT
            )
        if len(body) > MAX_BODY:
            raise ValidationError(
                translatable("SurveyErrors", "A text is too long (at most {n} characters)."), n=MAX_BODY
            )
        if body and "{question}" not in body:
            raise ValidationError(
                translatable("SurveyErrors", "Each text must contain {question}, where the question goes."),
            )
        if subject or body:
            texts[language] = {"subject": subject, "body": body}
    return PolicyInput(
        name=name,
        kind=data.kind,
        channel=data.channel,
        plan=data.plan,
        team_id=data.team_id,
        delay_minutes=int(data.delay_minutes),
        period_days=int(data.period_days),
        texts=texts,
    )


def _input(row: SurveyPolicy) -> PolicyInput:
    return PolicyInput(
        name=row.name,
        kind=row.kind,
        channel=row.channel,
        plan=row.plan,
        team_id=row.team_id,
        delay_minutes=row.delay_minutes,
        period_days=row.period_days,
        texts=dict(row.texts or {}),
    )


def matching(
    policies: list[SurveyPolicy], channel: str, plan: str, team_id: uuid.UUID | None
) -> SurveyPolicy | None:
    for policy in policies:
        if policy.channel is not None and policy.channel != channel:
            continue
        if policy.plan is not None and policy.plan != plan:
            continue
        if policy.team_id is not None and policy.team_id != team_id:
            continue
        return policy
    return None


__all__ = [
    "DEFAULT_TEXTS",
    "PolicyInput",
    "PolicyRow",
    "QUESTIONS",
    "SCALES",
    "SurveyPolicies",
    "check",
    "fill",
    "low_score",
    "matching",
    "texts_for",
]
