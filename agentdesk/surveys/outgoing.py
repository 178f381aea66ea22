# SPDX-License-Identifier: GPL-3.0-or-later
"""The survey mail: planned when a conversation is solved, sent after the policy's delay.

``plan`` looks at the conversations solved in the last ``LOOKBACK`` that have no survey request
since they were solved, and writes one per conversation: ``due`` at solved time plus the delay, or
``skipped`` with the reason (no policy or ``off``, merged, ended by an auto-reply or a bounce, no
address, opted out, surveyed within the period, no mailbox). ``claim`` / ``sent`` / ``failed``
carry a due survey through sending as the reply outbox does: claimed in its own transaction, so a
survey is never sent twice; a survey whose conversation was reopened meanwhile is skipped.
The mail itself is ``build``'s: made only from the database, so a retry sends the same one.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import secrets
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from html import escape
from typing import Any
from urllib.parse import quote

from sqlalchemy import exists, or_, select, true, update
from sqlalchemy.orm import Session, aliased

from agentdesk.clock import Clock, SystemClock
from agentdesk.ids import uuid7
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Conversation,
    Customer,
    Direction,
    MailAccount,
    Message,
    Status,
)
from agentdesk.store.survey_models import (
    SurveyKey,
    SurveyOptOut,
    SurveyPolicy,
    SurveyPolicyKind,
    SurveyRequest,
    SurveyState,
)
from agentdesk.surveys.policy import OPT_OUT_LABEL, QUESTIONS, SCALES, fill, matching, texts_for
from agentdesk.surveys.token import sign

REQUEST_NAMESPACE = uuid.UUID("9d3c6a1e-2f47-4b8e-a5d0-7c1b3e9f2a64")
LOOKBACK = dt.timedelta(days=14)  # conversations solved longer ago get no survey any more
PLAN_BATCH = 500
MACHINE_TAGS = ("auto-reply", "bounce")
FIRST_PAUSE = 60
LONGEST_PAUSE = 3600
STUCK_AFTER = dt.timedelta(minutes=10)

ANSWER_LINE = {"en": "My answer: {score}", "de": "Meine Bewertung: {score}", "da": "Mit svar: {score}"}
COMMENT_LINE = {
    "en": "Comment (optional):",
    "de": "Kommentar (freiwillig):",
    "da": "Kommentar (valgfri):",
}
STOP_LINE = {
    "en": "Please send me no more surveys.",
    "de": "Bitte senden Sie mir keine Umfragen mehr.",
    "da": "Send mig venligst ikke flere undersøgelser.",
}


@dataclass(frozen=True)
class SurveyMail:
    request_id: uuid.UUID
    account_id: uuid.UUID
    mail: EmailMessage
    recipient: str


def signing_key(session: Session, now: dt.datetime) -> str:
    """The workspace's signing key, made on first use."""
    key = session.scalar(
        select(SurveyKey.secret).where(SurveyKey.deleted_at.is_(None)).order_by(SurveyKey.created_at).limit(1)
    )
    if key is None:
        key = secrets.token_hex(32)
        session.add(SurveyKey(id=uuid7(), secret=key, created_at=now, updated_at=now))
        session.flush()
    return key


def signing_keys(session: Session) -> list[str]:
    return list(session.scalars(select(SurveyKey.secret).where(SurveyKey.deleted_at.is_(None))))


def opted_out(session: Session, address: str) -> bool:
    return (
        session.scalar(
            select(SurveyOptOut.id).where(
                SurveyOptOut.email == address.strip().lower(), SurveyOptOut.deleted_at.is_(None)
            )
        )
        is not None
    )


def opt_out(session: Session, address: str, source: str, now: dt.datetime) -> bool:
    """Record that ``address`` wants no more surveys (again: nothing changes); True if new."""
    address = address.strip().lower()
    if not address or "@" not in address or opted_out(session, address):
        return False
    session.add(SurveyOptOut(id=uuid7(), email=address[:320], source=source, created_at=now, updated_at=now))
    return True


class SurveyMailer:
    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or SystemClock()

    # -- planning ----------------------------------------------------------------------------

    def plan(self) -> int:
        """Write a survey request for each newly solved conversation; returns how many are due."""
        now = self.clock.now()
        with self.store.read() as session:
            has_policy = session.scalar(
                select(SurveyPolicy.id).where(SurveyPolicy.deleted_at.is_(None)).limit(1)
            )
        if has_policy is None:
            return 0
        earlier = aliased(SurveyRequest)
        with self.store.write() as session:
            policies = list(
                session.scalars(
                    select(SurveyPolicy)
                    .where(SurveyPolicy.deleted_at.is_(None))
                    .order_by(SurveyPolicy.position, SurveyPolicy.created_at)
                )
            )
            candidates = session.scalars(
                select(Conversation)
                .where(
                    Conversation.status.in_((Status.SOLVED.value, Status.CLOSED.value)),
                    Conversation.solved_at.is_not(None),
                    Conversation.solved_at >= now - LOOKBACK,
                    Conversation.solved_at <= now,
                    Conversation.deleted_at.is_(None),
                    ~exists().where(
                        earlier.conversation_id == Conversation.id,
                        earlier.created_at >= Conversation.solved_at,
                    ),
                )
                .order_by(Conversation.solved_at)
                .limit(PLAN_BATCH)
            ).all()
            due = 0
            for conv in candidates:
                request = self._request(session, conv, policies, now)
                session.add(request)
                session.flush()
                due += request.state == SurveyState.DUE.value
            return due

    def _request(
        self, session: Session, conv: Conversation, policies: list[SurveyPolicy], now: dt.datetime
    ) -> SurveyRequest:
        customer = session.get(Customer, conv.customer_id)
        plan = customer.plan if customer is not None else ""
        policy = matching(policies, conv.channel, plan, conv.team_id)
        kind = policy.kind if policy is not None else SurveyPolicyKind.OFF.value
        low, high, best = SCALES.get(kind, (1, 5, 5))
        language = (customer.language if customer is not None else "") or conv.language or "en"
        address = (customer.email or "").strip().lower() if customer is not None else ""
        assert conv.solved_at is not None
        request = SurveyRequest(
            # The same id on every desktop that plans this survey: synced, the plans are one row,
            # and a desktop that receives the other's "sent" sends no second mail.
            id=uuid.uuid5(REQUEST_NAMESPACE, f"{conv.id}:{conv.solved_at.isoformat()}"),
            conversation_id=conv.id,
            customer_id=conv.customer_id,
            policy_id=policy.id if policy is not None else None,
            kind=kind if kind != SurveyPolicyKind.OFF.value else SurveyPolicyKind.CSAT.value,
            scale_min=low,
            scale_max=high,
            scale_best=best,
            language=language,
            state=SurveyState.DUE.value,
            reason="",
            due_at=conv.solved_at + dt.timedelta(minutes=policy.delay_minutes if policy else 0),
            attempts=0,
            last_error="",
            created_at=now,
            updated_at=now,
        )
        reason = self._reason(session, conv, customer, policy, address, now)
        account = _account(session, conv.id) if not reason else None
        if not reason and account is None:
            reason = "no_mailbox"
        if reason:
            request.state = SurveyState.SKIPPED.value
            request.reason = reason
        else:
            assert account is not None
            request.account_id = account.id
        return request

    def _reason(
        self,
        session: Session,
        conv: Conversation,
        customer: Customer | None,
        policy: SurveyPolicy | None,
        address: str,
        now: dt.datetime,
    ) -> str:
        if policy is None:
            return "no_policy"
        if policy.kind == SurveyPolicyKind.OFF.value:
            return "off"
        if conv.merged_into_id is not None:
            return "merged"
        if any(tag in MACHINE_TAGS for tag in conv.tags or []) or _ended_by_machine(session, conv.id):
            return "automatic"
        if customer is None or not address or "@" not in address:
            return "no_address"
        if opted_out(session, address):
            return "opted_out"
        since = now - dt.timedelta(days=policy.period_days)
        recent = session.scalar(
            select(SurveyRequest.id)
            .where(
                SurveyRequest.customer_id == conv.customer_id,
                SurveyRequest.deleted_at.is_(None),
                or_(
                    SurveyRequest.state.in_((SurveyState.DUE.value, SurveyState.SENDING.value)),
                    (SurveyRequest.state.in_((SurveyState.SENT.value, SurveyState.ANSWERED.value)))
                    & (SurveyRequest.sent_at >= since),
                ),
            )
            .limit(1)
        )
        if recent is not None and policy.period_days > 0:
            return "period"
        return ""

    # -- sending -----------------------------------------------------------------------------

    def due(self, accounts: Collection[uuid.UUID] | None = None) -> list[uuid.UUID]:
        """The surveys to send now (stuck ones first become due again: a survey is not worth a
        reply's caution, but it is still sent at most once: see ``claim``). With ``accounts``,
        only those going out through these mailboxes (the ones whose lease this sender holds, so
        that two desktops of a team never both send one) and those with no mailbox yet."""
        now = self.clock.now()
        with self.store.write() as session:
            session.execute(
                update(SurveyRequest)
                .where(
                    SurveyRequest.state == SurveyState.SENDING.value,
                    SurveyRequest.updated_at < now - STUCK_AFTER,
                )
                .values(state=SurveyState.FAILED.value, last_error="stopped while sending", updated_at=now)
                .execution_options(synchronize_session=False)
            )
        with self.store.read() as session:
            return list(
                session.scalars(
                    select(SurveyRequest.id)
                    .where(
                        SurveyRequest.state == SurveyState.DUE.value,
                        SurveyRequest.due_at <= now,
                        true()
                        if accounts is None
                        else or_(
                            SurveyRequest.account_id.in_(list(accounts)), SurveyRequest.account_id.is_(None)
                        ),
                        SurveyRequest.deleted_at.is_(None),
                    )
                    .order_by(SurveyRequest.due_at)
                )
            )

    def claim(self, request_id: uuid.UUID) -> SurveyMail | None:
        """Take one due survey for sending and build its mail; None when another sender has it
        or it is no longer wanted (the conversation was reopened, the address opted out)."""
        now = self.clock.now()
        with self.store.write() as session:
            claimed = session.execute(
                update(SurveyRequest)
                .where(SurveyRequest.id == request_id, SurveyRequest.state == SurveyState.DUE.value)
                .values(state=SurveyState.SENDING.value, attempts=SurveyRequest.attempts + 1, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                return None
            request = session.get(SurveyRequest, request_id)
            assert request is not None
            session.refresh(request)
            conv = session.get(Conversation, request.conversation_id)
            reason = ""
            if (
                conv is None
                or conv.deleted_at is not None
                or conv.status not in (Status.SOLVED.value, Status.CLOSED.value)
                or conv.solved_at is None
                or conv.solved_at > request.created_at
            ):
                reason = "reopened"
            elif conv.merged_into_id is not None:
                reason = "merged"
            customer = session.get(Customer, request.customer_id)
            address = (customer.email or "").strip().lower() if customer is not None else ""
            if not reason and (not address or "@" not in address):
                reason = "no_address"  # removed meanwhile, or the customer was erased
            elif not reason and opted_out(session, address):
                reason = "opted_out"
            account = session.get(MailAccount, request.account_id) if request.account_id else None
            if not reason and (account is None or account.deleted_at is not None or not account.active):
                reason = "no_mailbox"
            if reason:
                request.state = SurveyState.SKIPPED.value
                request.reason = reason
                return None
            assert conv is not None and account is not None
            domain = account.address.rsplit("@", 1)[1]
            request.rfc_message_id = request.rfc_message_id or f"survey-{request.id.hex}@{domain}"
            key = signing_key(session, now)
            mail = build(session, request, conv, account, key, address)
            return SurveyMail(request.id, account.id, mail, address)

    def sent(self, request_id: uuid.UUID) -> None:
        now = self.clock.now()
        with self.store.write() as session:
            request = session.get(SurveyRequest, request_id)
            if request is not None:
                request.state = SurveyState.SENT.value
                request.sent_at = now
                request.last_error = ""
                request.updated_at = now

    def failed(self, request_id: uuid.UUID, error: str, permanent: bool) -> None:
        now = self.clock.now()
        with self.store.write() as session:
            request = session.get(SurveyRequest, request_id)
            if request is None:
                return
            request.last_error = error[:2000]
            request.updated_at = now
            if permanent or request.attempts >= 8:
                request.state = SurveyState.FAILED.value
            else:
                request.state = SurveyState.DUE.value
                pause = min(LONGEST_PAUSE, FIRST_PAUSE * 2 ** max(0, request.attempts - 1))
                request.due_at = now + dt.timedelta(seconds=pause)


def _ended_by_machine(session: Session, conversation_id: uuid.UUID) -> bool:
    """Whether the customer side's last mail in the conversation was an auto-reply or a bounce."""
    last = session.scalar(
        select(Message)
        .where(
            Message.conversation_id == conversation_id,
            Message.author_customer_id.is_not(None),
            Message.deleted_at.is_(None),
        )
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(1)
    )
    if last is None:
        return False
    mail: dict[str, Any] = (last.meta or {}).get("mail", {}) if isinstance(last.meta, dict) else {}
    return bool(mail.get("automatic"))


def _account(session: Session, conversation_id: uuid.UUID) -> MailAccount | None:
    """The mailbox the customer wrote to in this conversation, else the first active one."""
    rows = session.scalars(
        select(Message.meta)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction.in_((Direction.INBOUND.value, Direction.OUTBOUND.value)),
            Message.deleted_at.is_(None),
        )
        .order_by(Message.created_at.desc())
        .limit(20)
    )
    for meta in rows:
        account_id = ((meta or {}).get("mail") or {}).get("account_id") if isinstance(meta, dict) else None
        if account_id:
            try:
                account = session.get(MailAccount, uuid.UUID(str(account_id)))
            except ValueError:
                continue
            if account is not None and account.deleted_at is None and account.active:
                return account
    return session.scalar(
        select(MailAccount)
        .where(MailAccount.deleted_at.is_(None), MailAccount.active.is_(True))
        .order_by(MailAccount.created_at)
        .limit(1)
    )


def score_link(address: str, subject: str, request: SurveyRequest, key: str, score: int | None) -> str:
    """The ``mailto:`` link that opens a prepared answer: the token in subject and body, and an
    In-Reply-To to the survey mail (RFC 6068 allows any header)."""
    token = sign(key, request.id, score)
    language = request.language if request.language in ANSWER_LINE else "en"
    if score is None:
        body = f"{STOP_LINE[language]}\n\n[{token}]"
    else:
        body = f"{ANSWER_LINE[language].format(score=score)}\n\n{COMMENT_LINE[language]}\n\n\n[{token}]"
    query = "&".join(
        f"{name}={quote(value, safe='')}"
        for name, value in (
            ("subject", f"Re: {subject} [{token}]"),
            ("body", body),
            ("In-Reply-To", f"<{request.rfc_message_id}>"),
        )
    )
    return f"mailto:{quote(address, safe='@')}?{query}"


def build(
    session: Session, request: SurveyRequest, conv: Conversation, account: MailAccount, key: str, address: str
) -> EmailMessage:
    customer = session.get(Customer, request.customer_id)
    language = request.language
    subject_template, body_template = texts_for(_policy_texts(session, request.policy_id), language)
    question = QUESTIONS[request.kind].get(language) or QUESTIONS[request.kind]["en"]
    values = {
        "name": (customer.name if customer is not None else "") or "",
        "number": str(conv.number or ""),
        "subject": conv.subject,
        "question": question,
    }
    subject = " ".join(fill(subject_template, values).split())[:200]
    text = fill(body_template, values)
    scores = range(request.scale_min, request.scale_max + 1)
    links = {score: score_link(account.address, subject, request, key, score) for score in scores}
    stop = score_link(account.address, subject, request, key, None)
    mail = EmailMessage()
    mail["From"] = Address(display_name=account.display_name, addr_spec=account.address)
    mail["To"] = address
    mail["Subject"] = subject
    mail["Date"] = email.utils.format_datetime(request.due_at)
    mail["Message-ID"] = f"<{request.rfc_message_id}>"
    mail["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-reply should answer it
    mail["List-Unsubscribe"] = f"<{stop}>"
    mail["Content-Language"] = language
    text_links = "\n".join(f"{score}: {link}" for score, link in links.items())
    mail.set_content(f"{text}\n\n{text_links}\n\n{OPT_OUT_LABEL[language]}: {stop}\n")
    paragraphs = "".join(
        f"<p>{escape(block).replace(chr(10), '<br>')}</p>" for block in text.split("\n\n") if block.strip()
    )
    buttons = "".join(
        f'<a href="{escape(link)}" style="display:inline-block;min-width:2em;margin:0 4px 4px 0;'
        f"padding:8px 10px;border:1px solid #2b6cb0;border-radius:4px;color:#2b6cb0;"
        f'text-decoration:none;text-align:center;font-weight:bold">{score}</a>'
        for score, link in links.items()
    )
    html = (
        f'<html lang="{language}"><body>{paragraphs}<p>{buttons}</p>'
        f'<p style="font-size:small"><a href="{escape(stop)}">{escape(OPT_OUT_LABEL[language])}</a></p>'
        "</body></html>"
    )
    mail.add_alternative(html, subtype="html")
    return mail


def _policy_texts(session: Session, policy_id: uuid.UUID | None) -> dict[str, Any]:
    if policy_id is None:
        return {}
    policy = session.get(SurveyPolicy, policy_id)
    return dict(policy.texts or {}) if policy is not None else {}


__all__ = [
    "SurveyMail",
    "SurveyMailer",
    "build",
    "opt_out",
    "opted_out",
    "score_link",
    "signing_key",
    "signing_keys",
]
