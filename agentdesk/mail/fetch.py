# SPDX-License-Identifier: GPL-3.0-or-later
"""Fetching: IMAP → conversations.

**Never missing, never refetching.** Each folder's UIDVALIDITY and the last UID read are kept in
``mail_folder_state``; a fetch asks only for UIDs above it and moves the mark after each mail is
stored (or skipped with a logged reason). A crash between storing a mail and moving the mark reads
that one mail again, and the Message-ID check (``Message.external_id`` is unique) drops it. A
newly connected folder, or one whose UIDVALIDITY changed, is read from ``INITIAL_DAYS`` back
(years of old mail must not become years of open conversations), with the same protection.
Folders are opened read-only and bodies fetched with ``BODY.PEEK``: fetching changes nothing in
the mailbox.

**Threading.** A mail joins the conversation of the first of its In-Reply-To / References ids
that we know (our own replies carry ids we made, see ``send``); otherwise the sender's open
conversation with the same subject without "Re:", "AW:", "SV:", "Fwd:", "WG:"; otherwise it starts
a conversation, and an unknown sender becomes a customer.

**Machine mail** (auto-replies, bounces) is kept, but does not reopen a conversation or start an
SLA clock (``InboxService`` ``automatic``), and nothing ever answers it automatically.

**Bad mail** never stops a fetch: what cannot be parsed well is stored as well as possible, what
cannot be stored at all is skipped with the reason in the log, and the next mail follows. Only a
database that cannot be written stops the fetch, without moving the mark, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import imaplib
import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError

from agentdesk.clock import Clock, SystemClock
from agentdesk.customers.organisations import OrganisationService
from agentdesk.customers.records import customer_id_by_address
from agentdesk.errors import AgentDeskError, StoreError, ValidationError
from agentdesk.inbox.service import MAX_SUBJECT, InboxService
from agentdesk.mail.accounts import AccountSettings, MailAccounts, Passwords, _quote, open_imap
from agentdesk.mail.errors import MailError, explain
from agentdesk.mail.parse import SYNTHETIC_DOMAIN, ParsedMail, parse_mail, thread_subject
from agentdesk.messages import translatable
from agentdesk.routing.language import guess_language
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Channel,
    Conversation,
    MailFolderState,
    Message,
    Status,
)
from agentdesk.surveys.answers import SurveyAnswers

log = logging.getLogger("agentdesk.mail")

MAX_DOWNLOAD = 60_000_000  # bytes; a larger mail is stored from its headers alone
SUBJECT_MATCH_LIMIT = 50  # the sender's most recent conversations compared by subject

_UID = re.compile(rb"UID (\d+)")
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
INITIAL_DAYS = 30  # how far back a newly connected mailbox is read

ImapConnect = Callable[[AccountSettings, str], imaplib.IMAP4]


@dataclass
class FetchResult:
    """What one fetch of one account did."""

    account_id: uuid.UUID
    address: str
    stored: int = 0
    duplicates: int = 0
    conversations: int = 0  # new conversations among ``stored``
    skipped: list[str] = field(default_factory=list)  # one reason per skipped mail
    error: str | None = None  # why the fetch stopped early (server, password, database)

    def describe(self) -> str:
        text = f"{self.address}: {self.stored} new message(s), {self.conversations} new conversation(s)"
        if self.duplicates:
            text += f", {self.duplicates} already known"
        if self.skipped:
            text += f", {len(self.skipped)} skipped"
        if self.error:
            text += f"; stopped: {self.error}"
        return text


@dataclass(frozen=True)
class Delivered:
    message_id: uuid.UUID
    conversation_id: uuid.UUID
    new_conversation: bool
    duplicate: bool


class MailIntake:
    """Turns a parsed mail into an inbound message in the right conversation."""

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or SystemClock()
        self.inbox = InboxService(store, self.clock)
        self.surveys = SurveyAnswers(store, self.clock)

    def deliver(self, mail: ParsedMail, meta: dict[str, Any] | None = None) -> Delivered:
        with self.store.read() as session:
            known = session.execute(
                select(Message.id, Message.conversation_id).where(Message.external_id == mail.message_id)
            ).first()
        if known is not None:
            return Delivered(known.id, known.conversation_id, False, True)
        message_meta = {"mail": {**(meta or {}), **self._mail_meta(mail)}}
        automatic = mail.automatic is not None
        answer = self.surveys.recognise(
            subject=mail.subject,
            body=mail.body_text,
            from_address=mail.from_address,
            thread_ids=mail.thread_ids,
            automatic=mail.automatic,
        )
        if answer is not None and not answer.join:  # a survey answer: recorded, no new conversation
            return Delivered(answer.request_id, answer.conversation_id, False, False)
        conversation_id = answer.conversation_id if answer is not None else self._thread(mail)
        if conversation_id is not None:
            try:
                message_id = self.inbox.add_inbound_message(
                    conversation_id,
                    mail.body_text,
                    body_html=mail.body_html,
                    external_id=mail.message_id,
                    meta=message_meta,
                    attachments=mail.attachments,
                    automatic=automatic,
                )
                return Delivered(message_id, conversation_id, False, False)
            except IntegrityError:
                return self._already(mail)
            except AgentDeskError as exc:  # closed or merged meanwhile: a new conversation then
                log.info("mail %s starts a new conversation: %s", _short(mail.message_id), exc)
        customer_id = self._customer(mail)
        subject = mail.subject[:MAX_SUBJECT] or "(no subject)"
        try:
            ref = self.inbox.create_conversation(
                customer_id,
                Channel.EMAIL.value,
                subject,
                mail.body_text,
                body_html=mail.body_html,
                external_id=mail.message_id,
                meta=message_meta,
                attachments=mail.attachments,
                automatic=automatic,
                tags=[mail.automatic.replace("_", "-")] if mail.automatic else (),
            )
        except IntegrityError:
            return self._already(mail)
        with self.store.read() as session:
            first = session.scalar(select(Message.id).where(Message.external_id == mail.message_id))
        assert first is not None
        return Delivered(first, ref.id, True, False)

    def _already(self, mail: ParsedMail) -> Delivered:
        """Another fetcher stored the same mail a moment ago."""
        with self.store.read() as session:
            row = session.execute(
                select(Message.id, Message.conversation_id).where(Message.external_id == mail.message_id)
            ).one()
        return Delivered(row.id, row.conversation_id, False, True)

    @staticmethod
    def _mail_meta(mail: ParsedMail) -> dict[str, Any]:
        meta: dict[str, Any] = {
            "from": mail.from_address,
            "from_name": mail.from_name,
            "to": mail.to[:50],
            "cc": mail.cc[:50],
            "subject": mail.subject[:MAX_SUBJECT],
            "date": mail.date.isoformat() if mail.date else None,
            "size": mail.size,
        }
        if mail.reply_to and mail.reply_to != mail.from_address:
            meta["reply_to"] = mail.reply_to
        if mail.in_reply_to:
            meta["in_reply_to"] = mail.in_reply_to
        if mail.references:
            meta["references"] = mail.references
        if mail.synthetic_id:
            meta["synthetic_id"] = True
        if mail.automatic:
            meta["automatic"] = mail.automatic
        if mail.problems:
            meta["problems"] = mail.problems[:20]
        return meta

    def _thread(self, mail: ParsedMail) -> uuid.UUID | None:
        with self.store.read() as session:
            ids = [i for i in mail.thread_ids if not i.endswith("@" + SYNTHETIC_DOMAIN)]
            if ids:
                found: dict[str | None, uuid.UUID] = {
                    row.external_id: row.conversation_id
                    for row in session.execute(
                        select(Message.external_id, Message.conversation_id).where(
                            Message.external_id.in_(ids), Message.deleted_at.is_(None)
                        )
                    )
                }
                for mid in ids:
                    if mid in found:
                        return _follow_merges(session, found[mid])
            if not mail.from_address:
                return None
            customer_id = customer_id_by_address(session, mail.from_address)
            wanted = thread_subject(mail.subject)
            if customer_id is None or not wanted:
                return None
            for conv_id, subject in session.execute(
                select(Conversation.id, Conversation.subject)
                .where(
                    Conversation.customer_id == customer_id,
                    Conversation.channel == Channel.EMAIL.value,
                    Conversation.status != Status.CLOSED.value,
                    Conversation.merged_into_id.is_(None),
                    Conversation.deleted_at.is_(None),
                )
                .order_by(Conversation.last_activity_at.desc())
                .limit(SUBJECT_MATCH_LIMIT)
            ):
                if thread_subject(subject) == wanted:
                    return conv_id
        return None

    def _customer(self, mail: ParsedMail) -> uuid.UUID:
        address = mail.from_address if "@" in mail.from_address else ""
        if address:
            with self.store.read() as session:
                found = customer_id_by_address(session, address)
            if found is not None:
                return found
        name = mail.from_name or (address.split("@", 1)[0] if address else "") or "Unknown sender"
        # A first mail says which language the customer writes; routing and replies follow it.
        language = guess_language(f"{mail.subject}\n{mail.body_text}") or "en"
        try:
            customer_id = self.inbox.create_customer(name[:200], email=address or None, language=language)
        except ValidationError:  # an address we cannot keep: the customer is still worth having
            return self.inbox.create_customer(name[:200] or "Unknown sender", language=language)
        # Mail from an organisation's domain makes the new customer one of its people.
        OrganisationService(self.store, self.clock).join_by_domain(customer_id, address)
        return customer_id


def _follow_merges(session: Any, conversation_id: uuid.UUID) -> uuid.UUID:
    for _ in range(20):
        merged_into = session.scalar(
            select(Conversation.merged_into_id).where(Conversation.id == conversation_id)
        )
        if merged_into is None:
            break
        conversation_id = merged_into
    return conversation_id


def _uids(data: list[Any]) -> list[int]:
    first = data[0] if data else None
    if not isinstance(first, bytes):
        return []
    return [int(token) for token in first.split() if token.isdigit()]


def _short(message_id: str) -> str:
    """A Message-ID for logs: enough to find it, not the whole (it may name the customer)."""
    return message_id[:12] + "…" if len(message_id) > 12 else message_id


class MailFetcher:
    """Fetch new mail of the accounts of one database. Blocking: run it off the GUI thread."""

    def __init__(
        self,
        store: Store,
        passwords: Passwords,
        clock: Clock | None = None,
        connect: ImapConnect | None = None,
        max_download: int = MAX_DOWNLOAD,
        initial_days: int | None = INITIAL_DAYS,
    ) -> None:
        self.store = store
        self.passwords = passwords
        self.clock = clock or SystemClock()
        self.connect: ImapConnect = connect or (lambda settings, password: open_imap(settings, password))
        self.max_download = max_download
        self.initial_days = initial_days
        self.accounts = MailAccounts(store)
        self.intake = MailIntake(store, self.clock)

    def fetch_all(self) -> list[FetchResult]:
        return [self.fetch_account(info.id) for info in self.accounts.list(active_only=True)]

    def fetch_account(self, account_id: uuid.UUID, renew: Callable[[], bool] | None = None) -> FetchResult:
        """Fetch every watched folder of one account once. Server and password problems end up in
        ``FetchResult.error`` in plain words; a database that cannot be written raises.

        ``renew`` is called after each mail (to keep the fetch lease); when it returns False the
        fetch stops: another fetcher has the mailbox now."""
        settings = self.accounts.get(account_id)
        result = FetchResult(account_id, settings.address)
        try:
            conn = self.connect(settings, self.passwords.get(account_id, "imap"))
        except MailError as exc:
            result.error = exc.message
            log.warning("fetching %s failed: %s", settings.address, exc.message)
            return result
        try:
            for folder in settings.folders:
                self._fetch_folder(conn, account_id, settings, folder, result, renew)
        except (imaplib.IMAP4.error, OSError) as exc:
            result.error = explain(exc, settings.imap_host, settings.imap_port).message
            log.warning("fetching %s stopped: %s", settings.address, result.error)
        except MailError as exc:
            result.error = exc.message
            log.warning("fetching %s stopped: %s", settings.address, result.error)
        finally:
            try:
                conn.logout()
            except Exception:
                pass
        return result

    def _fetch_folder(
        self,
        conn: imaplib.IMAP4,
        account_id: uuid.UUID,
        settings: AccountSettings,
        folder: str,
        result: FetchResult,
        renew: Callable[[], bool] | None = None,
    ) -> None:
        typ, _ = conn.select(_quote(folder), readonly=True)
        if typ != "OK":
            raise MailError(
                translatable("MailErrors", "The folder {folder} does not exist on {imap_host}."),
                folder=folder,
                imap_host=settings.imap_host,
            )
        _, validity = conn.response("UIDVALIDITY")
        try:
            uidvalidity = int(validity[0]) if validity and validity[0] else 0
        except (TypeError, ValueError):
            uidvalidity = 0
        known = self._last_uid(account_id, folder, uidvalidity)
        if known is None:
            known = self._starting_point(conn, folder)
            self._save_mark(account_id, folder, uidvalidity, known)
        last_uid = known
        typ, data = conn.uid("FETCH", f"{last_uid + 1}:*", "(UID RFC822.SIZE)")
        if typ != "OK":
            raise MailError(
                translatable("MailErrors", "The server would not list the mail in {folder}."), folder=folder
            )
        sizes: dict[int, int] = {}
        for item in data:
            line = item[0] if isinstance(item, tuple) else item
            if not isinstance(line, bytes):
                continue
            uid_match, size_match = _UID.search(line), _SIZE.search(line)
            if uid_match:
                sizes[int(uid_match.group(1))] = int(size_match.group(1)) if size_match else 0
        # "n:*" always includes the last mail, even below n (RFC 3501 6.4.8): filter.
        for uid in sorted(u for u in sizes if u > last_uid):
            self._fetch_one(conn, account_id, settings, folder, uid, sizes[uid], result)
            self._save_mark(account_id, folder, uidvalidity, uid)
            if renew is not None and not renew():
                raise MailError(
                    translatable(
                        "MailErrors",
                        (
                            "Fetching stopped early (the program is stopping, or another fetcher took over "
                            "this mailbox); the rest follows with the next fetch."
                        ),
                    )
                )

    def _last_uid(self, account_id: uuid.UUID, folder: str, uidvalidity: int) -> int | None:
        """The last UID read, or None when the folder is to be read from its starting point."""
        with self.store.read() as session:
            state = session.get(MailFolderState, (account_id, folder))
            if state is None:
                return None
            if state.uidvalidity != uidvalidity:
                log.warning("folder %s changed its UIDVALIDITY; reading it again", folder)
                return None
            return state.last_uid

    def _starting_point(self, conn: imaplib.IMAP4, folder: str) -> int:
        """Where a folder read for the first time starts: after the mail older than
        ``initial_days`` (a mailbox with years of mail must not become years of open
        conversations), or at the beginning when ``initial_days`` is None."""
        if self.initial_days is None:
            return 0
        since = self.clock.now() - dt.timedelta(days=self.initial_days)
        date = f"{since.day:02d}-{_MONTHS[since.month - 1]}-{since.year}"  # RFC 3501 date, English
        typ, data = conn.uid("SEARCH", "SINCE", date)
        recent = _uids(data) if typ == "OK" else []
        if recent:
            return min(recent) - 1
        typ, data = conn.uid("SEARCH", "ALL")
        if typ != "OK":
            raise MailError(
                translatable("MailErrors", "The server would not list the mail in {folder}."), folder=folder
            )
        return max(_uids(data), default=0)

    def _save_mark(self, account_id: uuid.UUID, folder: str, uidvalidity: int, uid: int) -> None:
        with self.store.write() as session:
            state = session.get(MailFolderState, (account_id, folder))
            if state is None:
                session.add(
                    MailFolderState(
                        account_id=account_id, folder=folder, uidvalidity=uidvalidity, last_uid=uid
                    )
                )
            else:
                state.uidvalidity = uidvalidity
                state.last_uid = uid

    def _fetch_one(
        self,
        conn: imaplib.IMAP4,
        account_id: uuid.UUID,
        settings: AccountSettings,
        folder: str,
        uid: int,
        size: int,
        result: FetchResult,
    ) -> None:
        too_big = size > self.max_download
        typ, data = conn.uid("FETCH", str(uid), "(BODY.PEEK[HEADER])" if too_big else "(BODY.PEEK[])")
        raw = next((item[1] for item in data if isinstance(item, tuple) and len(item) > 1), None)
        if typ != "OK" or not isinstance(raw, bytes):
            reason = f"{folder} UID {uid}: the server did not return the mail"
            log.warning("skipped %s", reason)
            result.skipped.append(reason)
            return
        try:
            mail = parse_mail(raw, attachment_limit=settings.attachment_limit)
            if too_big:
                mail.problems.append(f"{size:,} bytes: too large to download; only the headers are kept")
                mail.body_text = (
                    f"[This mail is {size / 1e6:.0f} MB, too large to download; only its headers were "
                    "kept. Open it in a mail program to read it.]"
                )
                mail.size = size
                mail.body_html = None
                mail.attachments = []
            meta = {"account_id": str(account_id), "folder": folder, "uid": uid}
            delivered = self.intake.deliver(mail, meta)
        except (StoreError, OperationalError):
            raise  # the database cannot be written: stop without moving the mark
        except Exception as exc:  # a mail that cannot be stored must not stop the others
            why = exc.message if isinstance(exc, AgentDeskError) else type(exc).__name__
            reason = f"{folder} UID {uid}: {why}"
            log.warning("skipped %s", reason, exc_info=not isinstance(exc, AgentDeskError))
            result.skipped.append(reason)
            return
        if delivered.duplicate:
            result.duplicates += 1
        else:
            result.stored += 1
            result.conversations += int(delivered.new_conversation)
