# SPDX-License-Identifier: GPL-3.0-or-later
"""Sending: replies out over SMTP through an outbox.

A reply to an email conversation is written together with its ``mail_outbox`` row in one
transaction (``queue_reply``): it cannot exist without its way out. ``Message.delivery_state``
shows where it is: ``queued`` → ``sent``, or ``failed`` with the reason in
``Message.meta["delivery_error"]`` (the window shows "Not sent — reason"). A failed reply is tried
again with growing pauses (1, 2, 4 … minutes, at most an hour) unless the failure is permanent
(a refused recipient, a wrong password): then it waits for ``retry``.

**Nothing is sent twice.** Before talking to the server a sender claims the row in its own
transaction (``queued``/``failed`` → ``sending``, only if nobody else did), and records the result
in another one after. The Message-ID is made from the message's id (``<hex@domain>``) and the mail
is rebuilt byte for byte from the database, so a retry sends the same mail, never a second,
different one.

**A reply left in "sending"** (the program stopped between the server's answer and our record of
it) may or may not have gone out; nobody can know. It is *not* sent again by itself: after
``STUCK_AFTER`` it becomes ``failed`` with a reason that says so, and the agent decides (``retry``
sends the very same mail, which mail programs that dedupe by Message-ID show once). A duplicate
to a customer is worse than a reply the agent is told about.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import os
import smtplib
import socket
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from html import escape
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from agentdesk.attachments.content import stream_pieces
from agentdesk.clock import Clock, SystemClock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.inbox.service import InboxService
from agentdesk.mail.accounts import AccountSettings, MailAccounts, Passwords, open_smtp
from agentdesk.mail.errors import MailError, explain
from agentdesk.mail.forward import build_forward
from agentdesk.mail.mime_parts import FilePart, add_attachment_parts, send_mail
from agentdesk.mail.parse import SYNTHETIC_DOMAIN, thread_subject
from agentdesk.messages import translatable
from agentdesk.replies.signature import load_values, signature_block, signed_text
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Channel,
    Conversation,
    Customer,
    DeliveryState,
    Direction,
    MailAccount,
    MailOutbox,
    Message,
    OutboxState,
)

log = logging.getLogger("agentdesk.mail")

FIRST_PAUSE = 60  # seconds before the first retry; doubled each time
LONGEST_PAUSE = 3600
STUCK_AFTER = dt.timedelta(minutes=10)  # far longer than any SMTP timeout
MAX_REFERENCES = 20
UNCERTAIN = (
    "AgentDesk stopped while sending this reply, so it may or may not have gone out; check the "
    "mailbox's Sent folder or ask the customer, then send it again if needed."
)

SmtpConnect = Callable[[AccountSettings, "str | None"], smtplib.SMTP]


@dataclass(frozen=True)
class DeliveryStatus:
    """Where a reply is, for the window: ``state`` is ``Message.delivery_state``."""

    message_id: uuid.UUID
    state: str
    reason: str | None
    attempts: int
    next_attempt_at: dt.datetime | None
    sent_at: dt.datetime | None

    @property
    def label(self) -> str:
        if self.state == DeliveryState.SENT:
            return "Sent"
        if self.state == DeliveryState.QUEUED:
            return "Waiting to be sent"
        if self.state == DeliveryState.FAILED:
            text = f"Not sent — {self.reason or 'unknown reason'}"
            if self.next_attempt_at is not None:
                text += f" Trying again at {self.next_attempt_at:%H:%M} UTC."
            return text
        return ""


@dataclass(frozen=True)
class Copies:
    """What a reply carries besides its text: copies and the agent's signature template."""

    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    agent_signature: str = ""
    actor_id: uuid.UUID | None = None


@dataclass
class SendResult:
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def describe(self) -> str:
        text = f"{self.sent} sent, {self.failed} not sent"
        return text + (": " + "; ".join(dict.fromkeys(self.errors)) if self.errors else "")


def pause_after(attempts: int) -> dt.timedelta:
    return dt.timedelta(seconds=min(FIRST_PAUSE * 2 ** max(attempts - 1, 0), LONGEST_PAUSE))


def _holder() -> str:
    return f"{socket.gethostname()[:100]}:{os.getpid()}"


class MailSender:
    """Queue replies and send the outbox. ``flush`` blocks: run it off the GUI thread."""

    def __init__(
        self,
        store: Store,
        passwords: Passwords,
        clock: Clock | None = None,
        connect: SmtpConnect | None = None,
    ) -> None:
        self.store = store
        self.passwords = passwords
        self.clock = clock or SystemClock()
        self.connect: SmtpConnect = connect or (lambda settings, password: open_smtp(settings, password))
        self.accounts = MailAccounts(store)
        self.holder = _holder()

    # -- queueing ------------------------------------------------------------------------------

    def queue_reply(
        self,
        conversation_id: uuid.UUID,
        body: str,
        *,
        body_html: str | None = None,
        status_after: str | None = None,
        actor_id: uuid.UUID | None = None,
        account_id: uuid.UUID | None = None,
        cc: Sequence[str] = (),
        bcc: Sequence[str] = (),
        agent_signature: str = "",
        instead: bool = False,
        attachments: Sequence[uuid.UUID] = (),
    ) -> uuid.UUID:
        """A public reply that goes out by mail: stored and queued in one transaction. The
        account is the one the customer wrote to (else ``account_id``, else the first active).
        ``attachments``: the draft's files, sent as MIME parts (``mail.mime_parts``).

        ``cc`` and ``bcc`` are copies (already checked addresses, see ``mail.addresses``);
        ``agent_signature`` is the agent's signature template for this conversation's language
        (the block is rendered now and kept with the reply: ``replies.signature``). ``instead``
        answers by email on a conversation of another channel (the customer's address)."""
        inbox = InboxService(self.store, self.clock, actor_id)
        copies = Copies(tuple(cc), tuple(bcc), agent_signature, actor_id)

        def enqueue(session: Session, message: Message) -> None:
            self._enqueue(session, message, account_id, copies, instead=instead)

        return inbox.reply(
            conversation_id,
            body,
            body_html=body_html,
            status_after=status_after,
            on_message=enqueue,
            attachments=attachments,
        )

    def account_for(
        self, session: Session, conversation_id: uuid.UUID, account_id: uuid.UUID | None = None
    ) -> MailAccount | None:
        """The mailbox a reply in this conversation goes out from (None: there is none)."""
        last = _last_mail(session, conversation_id, uuid.UUID(int=0))
        last_mail: dict[str, Any] = (last.meta or {}).get("mail", {}) if last is not None else {}
        for candidate in (last_mail.get("account_id"), account_id):
            if candidate:
                account = session.get(MailAccount, uuid.UUID(str(candidate)))
                if account is not None and account.deleted_at is None and account.active:
                    return account
        return session.scalar(
            select(MailAccount)
            .where(MailAccount.deleted_at.is_(None), MailAccount.active.is_(True))
            .order_by(MailAccount.created_at)
            .limit(1)
        )

    def preview_signature(
        self,
        conversation_id: uuid.UUID,
        agent_signature: str,
        actor_id: uuid.UUID | None,
        *,
        body: str = "",
    ) -> str:
        """The signature block a reply with ``body`` would get now (for the composer)."""
        with self.store.read() as session:
            account = self.account_for(session, conversation_id)
            footer = account.signature if account is not None else ""
            values = load_values(session, actor_id, account)
            return signature_block(agent_signature, footer, values, body=body)

    def _enqueue(
        self,
        session: Session,
        message: Message,
        account_id: uuid.UUID | None,
        copies: Copies | None = None,
        *,
        instead: bool = False,
    ) -> None:
        copies = copies or Copies()
        conv = session.get(Conversation, message.conversation_id)
        assert conv is not None
        if conv.channel != Channel.EMAIL and not instead:
            raise ValidationError(
                translatable(
                    "MailErrors",
                    "This conversation is not an email conversation; it cannot be answered by mail.",
                )
            )
        last = _last_mail(session, conv.id, message.id)
        last_mail: dict[str, Any] = (last.meta or {}).get("mail", {}) if last is not None else {}
        account = self.account_for(session, conv.id, account_id)
        if account is None:
            raise ValidationError(
                translatable(
                    "MailErrors", "No mail account is set up to send this reply; add one in the settings."
                )
            )
        to = last_mail.get("reply_to") or last_mail.get("from")
        if not to:
            customer = session.get(Customer, conv.customer_id)
            to = customer.email if customer else None
        if not to or "@" not in to:
            raise ValidationError(
                translatable("MailErrors", "This customer has no email address to send the reply to.")
            )
        block = signature_block(
            copies.agent_signature,
            account.signature,
            load_values(session, copies.actor_id, account),
            body=message.body_text,
        )
        message.channel = Channel.EMAIL.value
        self._queue(
            session,
            message,
            account,
            {"to": [to], "cc": list(copies.cc), "bcc": list(copies.bcc), "signature": block},
        )

    def _queue(self, session: Session, message: Message, account: MailAccount, mail: dict[str, Any]) -> None:
        """Give ``message`` its Message-ID and its outbox row (to, cc and bcc from ``mail``)."""
        domain = account.address.rsplit("@", 1)[1]
        rfc_id = f"{message.id.hex}@{domain}"
        now = self.clock.now()
        recipients = list(dict.fromkeys([*mail.get("to", []), *mail.get("cc", []), *mail.get("bcc", [])]))
        message.external_id = rfc_id
        message.delivery_state = DeliveryState.QUEUED.value
        message.meta = {
            **(message.meta or {}),
            "mail": {"account_id": str(account.id), "from": account.address, **mail},
            "delivery": {"route": "email"},
        }
        session.add(
            MailOutbox(
                message_id=message.id,
                account_id=account.id,
                state=OutboxState.QUEUED.value,
                rfc_message_id=rfc_id,
                recipients=recipients,
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
        )

    # -- reading -------------------------------------------------------------------------------

    def status(self, message_id: uuid.UUID) -> DeliveryStatus:
        with self.store.read() as session:
            message = session.get(Message, message_id)
            if message is None:
                raise NotFoundError(translatable("MailErrors", "That message does not exist."))
            row = session.get(MailOutbox, message_id)
            return DeliveryStatus(
                message_id=message_id,
                state=message.delivery_state,
                reason=(message.meta or {}).get("delivery_error"),
                attempts=row.attempts if row else 0,
                next_attempt_at=row.next_attempt_at if row and row.state == OutboxState.FAILED else None,
                sent_at=row.sent_at if row else None,
            )

    def statuses(self, conversation_id: uuid.UUID) -> dict[uuid.UUID, DeliveryStatus]:
        """The delivery of every mailed reply of a conversation, for its timeline (one query)."""
        with self.store.read() as session:
            rows = session.execute(
                select(Message.id, Message.delivery_state, Message.meta, MailOutbox)
                .join(MailOutbox, MailOutbox.message_id == Message.id)
                .where(Message.conversation_id == conversation_id)
            ).all()
            return {
                message_id: DeliveryStatus(
                    message_id=message_id,
                    state=state,
                    reason=(meta or {}).get("delivery_error"),
                    attempts=row.attempts,
                    next_attempt_at=row.next_attempt_at if row.state == OutboxState.FAILED else None,
                    sent_at=row.sent_at,
                )
                for message_id, state, meta, row in rows
            }

    def pending(self) -> int:
        """Replies not sent yet (queued, being sent, or failed)."""
        with self.store.read() as session:
            return len(
                session.scalars(
                    select(MailOutbox.message_id).where(MailOutbox.state != OutboxState.SENT.value)
                ).all()
            )

    # -- sending -------------------------------------------------------------------------------

    def retry(self, message_id: uuid.UUID) -> None:
        """Send a failed reply again at the next ``flush`` (also after a permanent failure)."""
        with self.store.write() as session:
            row = session.get(MailOutbox, message_id)
            if row is None:
                raise NotFoundError(translatable("MailErrors", "That reply is not waiting to be sent."))
            if row.state == OutboxState.SENT:
                raise ValidationError(translatable("MailErrors", "That reply was sent already."))
            if row.state == OutboxState.SENDING:
                raise ValidationError(translatable("MailErrors", "That reply is being sent right now."))
            row.state = OutboxState.QUEUED.value
            row.next_attempt_at = self.clock.now()
            message = session.get(Message, message_id)
            if message is not None:
                message.delivery_state = DeliveryState.QUEUED.value

    def recover_stuck(self) -> int:
        """Replies left in "sending" for longer than ``STUCK_AFTER`` become failed with a reason
        that says they may have gone out (see the module docstring). Returns how many."""
        now = self.clock.now()
        with self.store.write() as session:
            stuck = session.scalars(
                select(MailOutbox).where(
                    MailOutbox.state == OutboxState.SENDING.value,
                    or_(MailOutbox.claimed_at.is_(None), MailOutbox.claimed_at < now - STUCK_AFTER),
                )
            ).all()
            for row in stuck:
                row.state = OutboxState.FAILED.value
                row.next_attempt_at = None
                row.last_error = UNCERTAIN
                message = session.get(Message, row.message_id)
                if message is not None:
                    message.delivery_state = DeliveryState.FAILED.value
                    message.meta = {
                        **(message.meta or {}),
                        "delivery_error": UNCERTAIN,
                        "delivery_uncertain": True,
                    }
                log.warning("a reply was left in sending; marked as uncertain")
            return len(stuck)

    def flush(self) -> SendResult:
        """Send every reply that is due, once each."""
        self.recover_stuck()
        now = self.clock.now()
        with self.store.read() as session:
            due = session.execute(
                select(MailOutbox.message_id, MailOutbox.account_id)
                .where(
                    MailOutbox.state.in_((OutboxState.QUEUED.value, OutboxState.FAILED.value)),
                    MailOutbox.next_attempt_at.is_not(None),
                    MailOutbox.next_attempt_at <= now,
                )
                .order_by(MailOutbox.created_at)
            ).all()
        by_account: dict[uuid.UUID, list[uuid.UUID]] = {}
        for message_id, account_id in due:
            by_account.setdefault(account_id, []).append(message_id)
        result = SendResult()
        for account_id, message_ids in by_account.items():
            self._flush_account(account_id, message_ids, result)
        return result

    def _flush_account(self, account_id: uuid.UUID, message_ids: list[uuid.UUID], result: SendResult) -> None:
        try:
            settings = self.accounts.get(account_id)
        except NotFoundError:
            settings = None
        conn: smtplib.SMTP | None = None
        try:
            for message_id in message_ids:
                if not self._claim(message_id):
                    continue  # another sender has it
                try:
                    if settings is None:
                        raise MailError(
                            translatable("MailErrors", "The mail account of this reply was removed."),
                            permanent=True,
                        )
                    mail, recipients, files = self._build(message_id, settings)
                    if conn is None:
                        password = self.passwords.get(account_id, "smtp") if settings.smtp_user else None
                        conn = self.connect(settings, password)
                    # large files are read and written a piece at a time
                    refused = send_mail(conn, mail, settings.address, recipients, files)
                except Exception as exc:
                    error = explain(
                        exc, settings.smtp_host if settings else "", settings.smtp_port if settings else 0
                    )
                    self._failed(message_id, error)
                    result.failed += 1
                    result.errors.append(error.message)
                    if conn is not None and not isinstance(exc, smtplib.SMTPRecipientsRefused):
                        _close(conn)
                        conn = None
                    continue
                self._sent(message_id, sorted(refused))
                result.sent += 1
        finally:
            if conn is not None:
                try:
                    conn.quit()
                except Exception:
                    _close(conn)

    def _claim(self, message_id: uuid.UUID) -> bool:
        now = self.clock.now()
        with self.store.write() as session:
            claimed = session.execute(
                update(MailOutbox)
                .where(
                    MailOutbox.message_id == message_id,
                    MailOutbox.state.in_((OutboxState.QUEUED.value, OutboxState.FAILED.value)),
                )
                .values(
                    state=OutboxState.SENDING.value,
                    claimed_at=now,
                    claimed_by=self.holder,
                    attempts=MailOutbox.attempts + 1,
                )
                .execution_options(synchronize_session=False)
            )
            return bool(claimed.rowcount == 1)  # type: ignore[attr-defined]

    def _sent(self, message_id: uuid.UUID, refused: list[str]) -> None:
        now = self.clock.now()
        with self.store.write() as session:
            row = session.get(MailOutbox, message_id)
            assert row is not None
            row.state = OutboxState.SENT.value
            row.sent_at = now
            row.next_attempt_at = None
            row.last_error = None
            message = session.get(Message, message_id)
            if message is not None:
                meta = {
                    k: v
                    for k, v in (message.meta or {}).items()
                    if k not in ("delivery_error", "delivery_uncertain")
                }
                mail = dict(meta.get("mail", {}))
                mail["sent_at"] = now.isoformat()
                if refused:
                    mail["refused"] = refused
                meta["mail"] = mail
                message.meta = meta
                message.delivery_state = DeliveryState.SENT.value
        log.info("reply sent")

    def _failed(self, message_id: uuid.UUID, error: MailError) -> None:
        now = self.clock.now()
        with self.store.write() as session:
            row = session.get(MailOutbox, message_id)
            assert row is not None
            row.state = OutboxState.FAILED.value
            row.last_error = error.message
            row.next_attempt_at = None if error.permanent else now + pause_after(row.attempts)
            message = session.get(Message, message_id)
            if message is not None:
                message.delivery_state = DeliveryState.FAILED.value
                message.meta = {**(message.meta or {}), "delivery_error": error.message}
        log.warning("reply not sent: %s", error.message)

    def _build(
        self, message_id: uuid.UUID, settings: AccountSettings
    ) -> tuple[EmailMessage, list[str], dict[str, FilePart]]:
        """The mail for one reply, made only from what the database holds (so a retry sends the
        same mail), its recipients, and its large files, which ``send_mail`` writes from their
        stored pieces (``mail.mime_parts``)."""
        files: dict[str, FilePart] = {}
        with self.store.read() as session:
            message = session.get(Message, message_id)
            row = session.get(MailOutbox, message_id)
            if message is None or row is None:
                raise MailError(translatable("MailErrors", "The reply no longer exists."), permanent=True)
            conv = session.get(Conversation, message.conversation_id)
            assert conv is not None
            parent = _last_mail(session, conv.id, message.id, before=message.created_at)
            parent_meta: dict[str, Any] = (parent.meta or {}).get("mail", {}) if parent is not None else {}
            mail = EmailMessage()
            mail["From"] = Address(display_name=settings.display_name, addr_spec=settings.address)
            own: dict[str, Any] = (message.meta or {}).get("mail", {})
            forward = (message.meta or {}).get("forward")
            if isinstance(forward, dict):
                built = build_forward(session, mail, message, conv, row.rfc_message_id, forward)
                return built, list(row.recipients), files
            to = own.get("to") or row.recipients
            mail["To"] = ", ".join(to)
            if own.get("cc"):
                mail["Cc"] = ", ".join(own["cc"])
            subject = conv.subject
            opening = _opens(session, conv.id, message.id)  # the agent writes first: no "Re:"
            if not opening and thread_subject(subject) == subject.strip().casefold():  # no "Re:" yet
                subject = f"Re: {subject}"
            mail["Subject"] = subject
            mail["Date"] = email.utils.format_datetime(message.created_at)
            mail["Message-ID"] = f"<{row.rfc_message_id}>"
            if (
                parent is not None
                and parent.external_id
                and not parent.external_id.endswith(SYNTHETIC_DOMAIN)
            ):
                references = [*parent_meta.get("references", []), parent.external_id]
                references = list(dict.fromkeys(references))
                if len(references) > MAX_REFERENCES:  # keep the first (thread root) and the newest
                    references = [references[0], *references[-(MAX_REFERENCES - 1) :]]
                mail["In-Reply-To"] = f"<{parent.external_id}>"
                mail["References"] = " ".join(f"<{r}>" for r in references)
            # The block stored when the reply was queued; replies queued before that get the
            # mailbox's footer as they always did.
            block = str(own["signature"]) if "signature" in own else settings.signature.strip()
            mail.set_content(signed_text(message.body_text, block))
            # An HTML part too (written from the text when the reply has none), so mail programs
            # that prefer HTML show paragraphs and the signature as the agent wrote them.
            html = message.body_html or _paragraphs_html(message.body_text)
            if block.strip():
                html += "<p>-- <br>" + escape(block).replace("\n", "<br>") + "</p>"
            mail.add_alternative(html, subtype="html")
            add_attachment_parts(
                session, mail, message.id, files, lambda attachment: stream_pieces(self.store, attachment)
            )
            return mail, list(row.recipients), files


def _last_mail(
    session: Session, conversation_id: uuid.UUID, exclude: uuid.UUID, before: dt.datetime | None = None
) -> Message | None:
    """The customer's latest mail in the conversation (the one a reply answers)."""
    query = (
        select(Message)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction == Direction.INBOUND.value,
            Message.external_id.is_not(None),
            Message.id != exclude,
            Message.deleted_at.is_(None),
        )
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(1)
    )
    if before is not None:
        query = query.where(Message.created_at <= before)
    return session.scalar(query)


def _opens(session: Session, conversation_id: uuid.UUID, message_id: uuid.UUID) -> bool:
    """Whether ``message_id`` is the conversation's first message (the agent wrote first)."""
    first = session.scalar(
        select(Message.id)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction != Direction.NOTE.value,
            Message.deleted_at.is_(None),
        )
        .order_by(Message.created_at, Message.id)
        .limit(1)
    )
    return first == message_id


def _paragraphs_html(text: str) -> str:
    """Plain text as HTML paragraphs, escaped; single line breaks kept."""
    blocks = [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{escape(b).replace(chr(10), '<br>')}</p>" for b in blocks if b.strip())


def _close(conn: smtplib.SMTP) -> None:
    try:
        conn.close()
    except Exception:
        pass
