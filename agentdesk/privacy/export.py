# SPDX-License-Identifier: GPL-3.0-or-later
"""The data held about one customer (GDPR Art. 15 and 20) as one ZIP archive:

- ``data.json``: machine-readable: the profile, the organisation's name, the history of the record,
  every conversation of theirs with its messages (internal notes marked as such), events, survey
  answers and the list of attached files, and the messages they wrote elsewhere;
- ``files/``: every attached file of theirs, as it was received or sent;
- ``summary.html``: the same for a person to read, in the language of whoever exports it.

Nothing of anyone else: in a conversation of theirs, a message written by another customer (after
two conversations were merged) is left out, and no message's mail headers (which name the people
copied) are included.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from agentdesk.attachments.content import read_all
from agentdesk.clock import Clock
from agentdesk.errors import NotFoundError, StoreError, ValidationError
from agentdesk.messages import Message as Sentence
from agentdesk.messages import translatable
from agentdesk.record_text import customer_name
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Agent,
    Attachment,
    Conversation,
    ConversationEvent,
    Customer,
    CustomerEvent,
    Message,
    Organisation,
    SurveyResponse,
)

TITLE = translatable("Privacy", "Personal data of {name}")
EXPLAINED = translatable(
    "Privacy",
    "Exported on {date}. The file data.json holds the same in machine-readable form; "
    "attached files are in the folder files.",
)
CONVERSATIONS = translatable("Privacy", "Conversations ({count})")
ELSEWHERE = translatable("Privacy", "Messages in other conversations")
SURVEYS = translatable("Privacy", "Survey answers")
NOTE = translatable("Privacy", "Internal note")
FORMAT = "agentdesk-personal-data"
VERSION = 1


@dataclass(frozen=True)
class Exported:
    path: Path
    conversations: int
    messages: int
    files: int
    missing_files: int  # not on this desktop in full (not synced yet, or too large to keep)


def _when(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat()


def safe_name(name: str) -> str:
    """A file name that is safe inside the archive on every system."""
    cleaned = re.sub(r'[\x00-\x1f<>:"/\\|?*]+', "_", name).strip(" .")
    return cleaned[:120] or "file"


def _profile(customer: Customer, organisation: Organisation | None) -> dict[str, Any]:
    return {
        "id": str(customer.id),
        "name": customer.name,
        "email": customer.email,
        "other_emails": list(customer.other_emails or []),
        "phone": customer.phone,
        "company": customer.company,
        "organisation": organisation.name if organisation is not None else None,
        "plan": customer.plan,
        "language": customer.language,
        "vip": bool(customer.vip),
        "notes": customer.notes,
        "created_at": _when(customer.created_at),
    }


def _agents(session: Session) -> dict[uuid.UUID, str]:
    return {a.id: a.name for a in session.scalars(select(Agent))}


def collect(session: Session, customer_id: uuid.UUID) -> tuple[dict[str, Any], list[tuple[str, Attachment]]]:
    """The archive's ``data.json`` content and the files to add (archive path, attachment)."""
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise NotFoundError(translatable("Privacy", "This customer no longer exists."))
    organisation = session.get(Organisation, customer.organisation_id) if customer.organisation_id else None
    agents = _agents(session)
    files: list[tuple[str, Attachment]] = []

    def message_entry(m: Message, folder: str) -> dict[str, Any]:
        attached = []
        for a in session.scalars(
            select(Attachment).where(Attachment.message_id == m.id, Attachment.deleted_at.is_(None))
        ):
            path = f"files/{folder}/{len(files) + 1:04d}-{safe_name(a.filename)}"
            files.append((path, a))
            attached.append(
                {"filename": a.filename, "content_type": a.content_type, "size": a.size, "path": path}
            )
        return {
            "id": str(m.id),
            "direction": m.direction,
            "internal_note": m.direction == "note",
            "channel": m.channel,
            "author": m.author_name or agents.get(m.author_agent_id or uuid.UUID(int=0), ""),
            "by_customer": m.author_customer_id == customer_id,
            "created_at": _when(m.created_at),
            "text": m.body_text,
            "html": m.body_html,
            "attachments": attached,
        }

    conversations = []
    own = session.scalars(
        select(Conversation)
        .where(Conversation.customer_id == customer_id, Conversation.deleted_at.is_(None))
        .order_by(Conversation.created_at)
    ).all()
    for conv in own:
        folder = f"conversation-{conv.number}" if conv.number is not None else f"conversation-{conv.id}"
        messages = session.scalars(
            select(Message)
            .where(
                Message.conversation_id == conv.id,
                Message.deleted_at.is_(None),
                or_(Message.author_customer_id.is_(None), Message.author_customer_id == customer_id),
            )
            .order_by(Message.created_at, Message.id)
        ).all()
        events = session.scalars(
            select(ConversationEvent)
            .where(ConversationEvent.conversation_id == conv.id, ConversationEvent.deleted_at.is_(None))
            .order_by(ConversationEvent.created_at)
        ).all()
        conversations.append(
            {
                "id": str(conv.id),
                "number": conv.number,
                "subject": conv.subject,
                "channel": conv.channel,
                "status": conv.status,
                "priority": conv.priority,
                "language": conv.language,
                "tags": list(conv.tags or []),
                "created_at": _when(conv.created_at),
                "solved_at": _when(conv.solved_at),
                "messages": [message_entry(m, folder) for m in messages],
                "events": [
                    {"kind": e.kind, "created_at": _when(e.created_at), "data": e.data or {}} for e in events
                ],
            }
        )
    own_ids = [c.id for c in own]
    elsewhere = session.scalars(
        select(Message)
        .where(Message.author_customer_id == customer_id, Message.deleted_at.is_(None))
        .where(Message.conversation_id.not_in(own_ids) if own_ids else Message.id.is_not(None))
        .order_by(Message.created_at)
    ).all()
    surveys = session.scalars(
        select(SurveyResponse)
        .where(
            or_(
                SurveyResponse.customer_id == customer_id,
                SurveyResponse.conversation_id.in_(own_ids) if own_ids else SurveyResponse.id.is_(None),
            ),
            SurveyResponse.deleted_at.is_(None),
        )
        .order_by(SurveyResponse.created_at)
    ).all()
    history = session.scalars(
        select(CustomerEvent)
        .where(CustomerEvent.customer_id == customer_id, CustomerEvent.deleted_at.is_(None))
        .order_by(CustomerEvent.created_at)
    ).all()
    data = {
        "format": FORMAT,
        "version": VERSION,
        "customer": _profile(customer, organisation),
        "record_history": [
            {"kind": h.kind, "created_at": _when(h.created_at), "data": h.data or {}} for h in history
        ],
        "conversations": conversations,
        "messages_elsewhere": [message_entry(m, "elsewhere") for m in elsewhere],
        "survey_answers": [
            {
                "conversation_id": str(s.conversation_id) if s.conversation_id else None,
                "kind": s.kind,
                "score": s.score,
                "scale": [s.scale_min, s.scale_max],
                "comment": s.comment,
                "created_at": _when(s.created_at),
            }
            for s in surveys
        ],
    }
    return data, files


def _t(text: str, **params: object) -> str:
    return html.escape(Sentence(text, **params).render())


def summary_html(data: dict[str, Any], exported_at: dt.datetime) -> str:
    """A readable page of ``data`` (all values escaped)."""
    e = html.escape
    profile = data["customer"]
    name = customer_name(profile["name"])  # "Erased customer" after an erasure
    rows = [
        (translatable("Privacy", "Name"), name),
        (
            translatable("Privacy", "Email"),
            ", ".join(filter(None, [profile["email"], *profile["other_emails"]])),
        ),
        (translatable("Privacy", "Phone"), profile["phone"] or ""),
        (translatable("Privacy", "Company"), profile["company"] or profile["organisation"] or ""),
        (translatable("Privacy", "Language"), profile["language"]),
        (translatable("Privacy", "Customer since"), (profile["created_at"] or "")[:10]),
        (translatable("Privacy", "Notes"), profile["notes"]),
    ]
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{_t(TITLE, name=name)}</title>",
        "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}"
        "th{text-align:left;padding-right:1em;vertical-align:top}"
        ".m{border-left:3px solid #ccc;padding-left:.8em;margin:.8em 0}"
        ".note{border-color:#e0b000}pre{white-space:pre-wrap;font-family:inherit}</style>",
        "</head><body>",
        f"<h1>{_t(TITLE, name=name)}</h1>",
        f"<p>{_t(EXPLAINED, date=exported_at.date().isoformat())}</p>",
        "<table>",
    ]
    out += [f"<tr><th>{_t(label)}</th><td>{e(str(value))}</td></tr>" for label, value in rows]
    out.append("</table>")
    out.append(f"<h2>{_t(CONVERSATIONS, count=len(data['conversations']))}</h2>")
    for conv in data["conversations"]:
        number = f"#{conv['number']} " if conv["number"] is not None else ""
        out.append(f"<h3>{e(number)}{e(conv['subject'])}</h3>")
        out.append(f"<p>{e((conv['created_at'] or '')[:16].replace('T', ' '))} · {e(conv['status'])}</p>")
        out += _messages_html(conv["messages"])
    if data["messages_elsewhere"]:
        out.append(f"<h2>{_t(ELSEWHERE)}</h2>")
        out += _messages_html(data["messages_elsewhere"])
    if data["survey_answers"]:
        out.append(f"<h2>{_t(SURVEYS)}</h2><ul>")
        for s in data["survey_answers"]:
            comment = f" – {e(s['comment'])}" if s["comment"] else ""
            scale = f"{s['scale'][0]}–{s['scale'][1]}"
            out.append(f"<li>{e(s['kind'].upper())} {e(str(s['score']))} ({scale}){comment}</li>")
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def _messages_html(messages: Iterable[dict[str, Any]]) -> list[str]:
    e = html.escape
    out = []
    for m in messages:
        css = "m note" if m["internal_note"] else "m"
        label = _t(NOTE) + " · " if m["internal_note"] else ""
        out.append(f'<div class="{css}"><p><b>{label}{e(m["author"])}</b> · ')
        out.append(f"{e((m['created_at'] or '')[:16].replace('T', ' '))}</p><pre>{e(m['text'])}</pre>")
        for a in m["attachments"]:
            out.append(f'<p>📎 <a href="{e(a["path"])}">{e(a["filename"])}</a> ({a["size"]:,} B)</p>')
        out.append("</div>")
    return out


def archive_name(customer_id: uuid.UUID, when: dt.datetime) -> str:
    return f"personal-data-{when.date().isoformat()}-{str(customer_id)[:8]}.zip"


def export_customer(store: Store, customer_id: uuid.UUID, out_dir: Path, clock: Clock) -> Exported:
    """Write the archive of the customer's data into ``out_dir`` (made if missing); an archive of
    the same name there is replaced."""
    if out_dir.exists() and not out_dir.is_dir():
        raise ValidationError(translatable("Privacy", "{path} is a file, not a folder."), path=str(out_dir))
    now = clock.now()
    target = out_dir / archive_name(customer_id, now)
    partial = target.with_suffix(".zip.part")
    missing = 0
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with store.read() as session:
            data, files = collect(session, customer_id)
            data["exported_at"] = _when(now)
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for path, attachment in files:
                    content = read_all(session, attachment)
                    if content is None:
                        missing += 1
                        continue
                    archive.writestr(path, content)
                archive.writestr("data.json", json.dumps(data, ensure_ascii=False, indent=2))
                archive.writestr("summary.html", summary_html(data, now))
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(
            translatable("Privacy", "Could not write the export to {path}: {reason}"),
            path=str(out_dir),
            reason=exc.strerror or str(exc),
        ) from exc
    messages = sum(len(c["messages"]) for c in data["conversations"]) + len(data["messages_elsewhere"])
    return Exported(target, len(data["conversations"]), messages, len(files) - missing, missing)
