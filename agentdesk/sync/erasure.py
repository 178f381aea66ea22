# SPDX-License-Identifier: GPL-3.0-or-later
"""Erasing one customer's personal data from a replica, and keeping it erased through sync.

Tombstones would keep the data, so an erasure is not a delete that travels: the record
``customer_erasure`` (the customer's id, the time, a reason code) travels instead, and every copy
carries out the same erasure itself: the desktop that erases (``agentdesk.privacy.erase``), the
server (the triggers ``privacy_erase`` of migration 0015 and ``privacy_erase_survey_links`` of
0021, as soon as the record arrives) and every other desktop when its pull brings the record
(``store_page`` calls ``erase_locally``).

What an erasure does, in this copy and on the server alike:

- **deleted**: the customer's attachments and their pieces, the history of their record
  (``customer_event``), the sync conflicts of all their rows (those hold old values);
- **anonymised**, so that counts, response times, SLA results and survey scores stay right: the
  customer row keeps only its id, plan, language and dates; their conversations keep status,
  times, team and tags but lose subject and snippet; every message of their conversations (and
  every message they wrote) keeps direction, channel, time and delivery state but loses text,
  markup, author name, headers and Message-ID; survey answers keep the score, its scale and their
  conversation but lose the comment and the link to the customer (docs/kpis.md); conversation
  events lose the text keys of their data;
- on a desktop also: the queued changes of all those rows (``sync_outbox``), drafts and their
  files, unsent mail and notifications of those conversations. The search index follows by its
  triggers and is then merged (``optimize``) so that no deleted term is left in it; SQLite
  overwrites freed pages (``secure_delete``).

A desktop that was offline during the erasure sends its queue first: the server screens every
change (``screen``, through ``privacy_screen``): a new row of an erased customer (a reply written
offline, its attachment) is dropped, a change to one of their rows loses its personal fields.
Nothing dropped is written anywhere, not even as a conflict.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

import psycopg
from psycopg.types.json import Json
from sqlalchemy import Connection, Table, delete, or_, select, update

from agentdesk.store.models import Base
from agentdesk.sync.tables import table

log = logging.getLogger("agentdesk.sync")

ServerConnection = psycopg.Connection[dict[str, Any]]

# Per table: the columns that hold personal data and the value an erasure leaves in them.
PERSONAL: dict[str, dict[str, Any]] = {
    "customer": {
        "name": "",
        "email": None,
        "other_emails": [],
        "phone": None,
        "company": None,
        "notes": "",
        "vip": False,
        "organisation_id": None,
    },
    "conversation": {"subject": "", "snippet": ""},
    "message": {"body_text": "", "body_html": None, "author_name": "", "meta": {}, "external_id": None},
    # A score without its comment and without a link to the person is no personal data: it stays,
    # on its (emptied) conversation, so the key figures are the same before and after an erasure.
    "survey_response": {"comment": "", "customer_id": None},
}
# Keys of ``conversation_event.data`` that can hold text a person wrote or a name.
EVENT_TEXT_KEYS = ("subject", "text", "note", "name", "email", "body", "snippet", "comment", "from_name")
# Tables whose rows of an erased customer are deleted, not anonymised.
DELETED = ("attachment_chunk", "attachment", "customer_event")
SEARCH_INDEXES = ("customer_fts", "conversation_fts", "message_fts")


def _ids(conn: Connection, statement: Any) -> list[uuid.UUID]:
    return list(conn.execute(statement).scalars())


def _chunks(ids: list[uuid.UUID], size: int = 500) -> list[list[uuid.UUID]]:
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def rows_of(conn: Connection, customer_id: uuid.UUID) -> dict[str, list[uuid.UUID]]:
    """The ids of every row that belongs to the customer, by table."""
    conversation, message = table("conversation"), table("message")
    attachment, chunk = table("attachment"), table("attachment_chunk")
    conversations = _ids(conn, select(conversation.c.id).where(conversation.c.customer_id == customer_id))
    messages: list[uuid.UUID] = []
    for part in _chunks(conversations) or [[]]:
        messages += _ids(
            conn,
            select(message.c.id).where(
                or_(message.c.conversation_id.in_(part), message.c.author_customer_id == customer_id)
            ),
        )
    messages = list(dict.fromkeys(messages))
    attachments: list[uuid.UUID] = []
    for part in _chunks(messages):
        attachments += _ids(conn, select(attachment.c.id).where(attachment.c.message_id.in_(part)))
    chunks: list[uuid.UUID] = []
    for part in _chunks(attachments):
        chunks += _ids(conn, select(chunk.c.id).where(chunk.c.attachment_id.in_(part)))
    rows = {
        "customer": [customer_id],
        "conversation": conversations,
        "message": messages,
        "attachment": attachments,
        "attachment_chunk": chunks,
    }
    event, survey = table("conversation_event"), table("survey_response")
    rows["conversation_event"] = []
    rows["survey_response"] = _ids(conn, select(survey.c.id).where(survey.c.customer_id == customer_id))
    for part in _chunks(conversations):
        rows["conversation_event"] += _ids(conn, select(event.c.id).where(event.c.conversation_id.in_(part)))
        rows["survey_response"] += _ids(conn, select(survey.c.id).where(survey.c.conversation_id.in_(part)))
    rows["survey_response"] = list(dict.fromkeys(rows["survey_response"]))
    history = _table("customer_event")
    rows["customer_event"] = (
        _ids(conn, select(history.c.id).where(history.c.customer_id == customer_id))
        if history is not None
        else []
    )
    return rows


def _table(name: str) -> Table | None:
    """A local table of the schema, synced or not (None: not in this version)."""
    return Base.metadata.tables.get(name)


def _has(conn: Connection, name: str) -> bool:
    found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return found.first() is not None


def _scrub_event_data(data: Any) -> Any:
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if k not in EVENT_TEXT_KEYS}


def erase_locally(conn: Connection, customer_id: uuid.UUID, *, compact: bool = True) -> int:
    """Erase the customer's personal data from this SQLite copy, on ``conn`` (in its
    transaction); records no change to send (the erasure record does that). Returns how many rows
    were deleted or anonymised; running it again finds nothing left to do but the same rows.
    ``compact=False`` leaves the search index to ``compact_search_index`` (a batch)."""
    previous = conn.exec_driver_sql("PRAGMA secure_delete").scalar()
    conn.exec_driver_sql("PRAGMA secure_delete = ON")
    try:
        touched = _erase(conn, customer_id)
        if compact:
            compact_search_index(conn)
        return touched
    finally:
        conn.exec_driver_sql(f"PRAGMA secure_delete = {int(previous or 0)}")


def _erase(conn: Connection, customer_id: uuid.UUID) -> int:
    rows = rows_of(conn, customer_id)
    touched = 0
    everything = [row_id for ids in rows.values() for row_id in ids]
    conflict, outbox = table("sync_conflict"), table("sync_outbox")
    for part in _chunks(everything):
        conn.execute(delete(conflict).where(conflict.c.row_id.in_(part)))
        conn.execute(delete(outbox).where(outbox.c.row_id.in_(part)))
    conversations, messages = rows["conversation"], rows["message"]
    draft, draft_file, draft_chunk = _table("draft"), _table("draft_file"), _table("draft_file_chunk")
    notification, mail_outbox = _table("notification"), _table("mail_outbox")
    for part in _chunks(conversations):
        if draft_chunk is not None and draft_file is not None:
            owned = select(draft_file.c.id).where(draft_file.c.conversation_id.in_(part))
            conn.execute(delete(draft_chunk).where(draft_chunk.c.draft_file_id.in_(owned)))
            conn.execute(delete(draft_file).where(draft_file.c.conversation_id.in_(part)))
        if draft is not None:
            conn.execute(delete(draft).where(draft.c.conversation_id.in_(part)))
        if notification is not None:
            conn.execute(delete(notification).where(notification.c.conversation_id.in_(part)))
    if mail_outbox is not None:
        for part in _chunks(messages):
            conn.execute(delete(mail_outbox).where(mail_outbox.c.message_id.in_(part)))
    for name in DELETED:
        t = _table(name)
        if t is None:
            continue
        for part in _chunks(rows.get(name, [])):
            touched += conn.execute(delete(t).where(t.c.id.in_(part))).rowcount
    for name, values in PERSONAL.items():
        t = table(name)
        for part in _chunks(rows[name]):
            touched += conn.execute(update(t).where(t.c.id.in_(part)).values(**values)).rowcount
    event = table("conversation_event")
    for part in _chunks(rows["conversation_event"]):
        for row_id, data in conn.execute(select(event.c.id, event.c.data).where(event.c.id.in_(part))):
            scrubbed = _scrub_event_data(data)
            if scrubbed != data:
                conn.execute(update(event).where(event.c.id == row_id).values(data=scrubbed))
                touched += 1
    return touched


def compact_search_index(conn: Connection) -> None:
    """Merge the search index into one segment: a deleted entry is only marked as deleted until
    then, and its words stay in the file. About a second per 200,000 messages; a batch of
    erasures (retention, a page of a pull) compacts once."""
    for index in SEARCH_INDEXES:
        if _has(conn, index):
            conn.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('optimize')")


def has_personal_data(conn: Connection, customer_id: uuid.UUID) -> bool:
    """Whether anything an erasure removes is there for the customer (again)."""
    rows = rows_of(conn, customer_id)
    if any(rows[name] for name in DELETED if name in rows):
        return True
    for name, values in PERSONAL.items():
        t = table(name)
        for part in _chunks(rows[name]):
            differs = or_(
                *(
                    t.c[column].is_distinct_from(value)
                    for column, value in values.items()
                    if not isinstance(value, (list, dict))
                )
            )
            if conn.execute(select(t.c.id).where(t.c.id.in_(part), differs).limit(1)).first() is not None:
                return True
    return False


def erased_customers(conn: Connection) -> set[uuid.UUID]:
    """The ids of the customers erased in this copy."""
    erasure = table("customer_erasure")
    return set(conn.execute(select(erasure.c.customer_id).where(erasure.c.deleted_at.is_(None))).scalars())


# ---- the server's side of a push -------------------------------------------------------------


def screen(
    conn: ServerConnection, table_name: str, row_id: uuid.UUID, op: str, fields: dict[str, Any]
) -> Any:
    """What of a change may reach the server: ``fields`` unchanged when the row is no erased
    customer's; ``None`` when the change is to be dropped (a new row of an erased customer, or any
    change of a row the erasure deleted); else ``fields`` without the personal ones (``None``
    when nothing else is left)."""
    found = conn.execute(
        "SELECT privacy_screen(%s::text, %s::uuid, %s::text, %s::jsonb) AS erased",
        (table_name, row_id, op, Json(fields)),
    ).fetchone()
    if found is None or not found["erased"]:
        return fields
    if op == "insert" or table_name in DELETED:
        return None
    if op == "delete":
        return fields
    personal = PERSONAL.get(table_name, {})
    kept = {name: entry for name, entry in fields.items() if name not in personal}
    if table_name == "conversation_event" and "data" in kept:
        kept["data"] = {**kept["data"], "value": _scrub_event_data(kept["data"].get("value"))}
    if not set(kept) - {"updated_at"}:
        return None
    return kept
