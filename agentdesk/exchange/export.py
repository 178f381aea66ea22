# SPDX-License-Identifier: GPL-3.0-or-later
"""Export: the whole workspace as an exchange file, written through plain ``sqlite3`` in one read
transaction and renamed into place at the end."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from agentdesk.errors import AgentDeskError
from agentdesk.exchange import schema
from agentdesk.exchange.attachments import fill_content
from agentdesk.exchange.entities import (
    ATTACHMENT,
    CONVERSATION,
    CONVERSATION_EVENT,
    CUSTOMER,
    ENTITIES,
    LINES,
    MESSAGE,
    SURVEY_RESPONSE,
)
from agentdesk.exchange.kinds import uuid_hex
from agentdesk.exchange.schema import Entity, envelope
from agentdesk.exchange.summary import ExportSummary
from agentdesk.messages import translatable
from agentdesk.store.database import Store, translate_sqlite_error

# Conversations exported per round of child queries: large enough that per-query overhead
# vanishes, small enough that memory stays flat.
EXPORT_CHUNK = 500


def _dumper(entity: Entity) -> Callable[[Sequence[Any]], dict[str, Any]]:
    """A function turning a row (columns in ``entity.columns`` order) into the file's object."""
    fields = [(f.name, f.kind.dump) for f in entity.fields]

    def dump(row: Sequence[Any]) -> dict[str, Any]:
        return {name: None if v is None else conv(v) for (name, conv), v in zip(fields, row, strict=True)}

    return dump


def _select(entity: Entity, alias: str = "") -> str:
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + c for c in entity.columns)


def export_jsonl(store: Store, out: Path) -> ExportSummary:
    """Write the whole workspace to ``out`` in the exchange format and return what was written.

    The file is written beside ``out`` under a temporary name and renamed at the end, so ``out`` is
    never left half-written. All reads happen in one read transaction: a consistent snapshot even
    while the app keeps writing.
    """
    out = Path(out)
    summary = ExportSummary(path=out, counts={table: 0 for table in ENTITIES})
    part = out.with_name(f".{out.name}.part")
    conn: sqlite3.Connection | None = None
    try:
        conn = store.raw()
        conn.execute("BEGIN")
        with part.open("w", encoding="utf-8", newline="\n") as fh:
            for line in _export_lines(conn, summary):
                text = json.dumps(line, ensure_ascii=False, separators=(",", ":"))
                data_len = len(text.encode("utf-8")) if len(text) * 4 > schema.MAX_LINE_BYTES else len(text)
                if data_len + 1 > schema.MAX_LINE_BYTES:
                    raise AgentDeskError(
                        translatable(
                            "ExchangeErrors",
                            (
                                "A {line} is too large for the exchange format (more than {value} MB on one "
                                "line); nothing was exported."
                            ),
                        ),
                        line=line["type"],
                        value=schema.MAX_LINE_BYTES // (1024 * 1024),
                    )
                fh.write(text)
                fh.write("\n")
                summary.lines += 1
        conn.execute("COMMIT")
        summary.bytes = part.stat().st_size
        os.replace(part, out)
    except sqlite3.Error as exc:
        part.unlink(missing_ok=True)
        translated = translate_sqlite_error(exc, store.path)
        if translated is not None:
            raise translated from exc
        raise
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise AgentDeskError(
            translatable("ExchangeErrors", "Cannot write {out}: {value}."), out=out, value=exc.strerror or exc
        ) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        if conn is not None:
            conn.close()
    return summary


def _export_lines(conn: sqlite3.Connection, summary: ExportSummary) -> Iterator[dict[str, Any]]:
    counts = summary.counts
    for line in LINES:
        if line.entity is CONVERSATION:
            yield from _export_conversations(conn, counts)
            counts["customer"] = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
            continue
        kind, entity = line.name, line.entity
        dump = _dumper(entity)
        where = f" WHERE {line.export_where}" if line.export_where else ""
        sql = f"SELECT {_select(entity)} FROM {entity.table}{where} ORDER BY {line.export_order}"
        for row in conn.execute(sql):
            counts[entity.table] += 1
            yield envelope(kind, {kind: dump(row)})


def _grouped(
    conn: sqlite3.Connection, sql: str, ids: list[str], dump: Callable[[Sequence[Any]], dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    """Rows of ``sql`` (whose last column is the grouping key) for ``ids``, dumped and grouped."""
    groups: dict[str, list[dict[str, Any]]] = {}
    marks = ",".join("?" * len(ids))
    for row in conn.execute(sql.format(marks=marks), ids):
        groups.setdefault(row[-1], []).append(dump(row[:-1]))
    return groups


def _export_conversations(conn: sqlite3.Connection, counts: dict[str, int]) -> Iterator[dict[str, Any]]:
    """Conversation lines, by number (unnumbered last) then id, children fetched per chunk."""
    dump_conversation = _dumper(CONVERSATION)
    dump_customer = _dumper(CUSTOMER)
    dump_message = _dumper(MESSAGE)
    dump_attachment = _dumper(ATTACHMENT)
    dump_event = _dumper(CONVERSATION_EVENT)
    dump_survey = _dumper(SURVEY_RESPONSE)
    customer_idx = CONVERSATION.columns.index("customer_id")

    sql_customers = f"SELECT {_select(CUSTOMER)}, id FROM customer WHERE id IN ({{marks}})"
    sql_messages = (
        f"SELECT {_select(MESSAGE)}, conversation_id FROM message "
        "WHERE conversation_id IN ({marks}) ORDER BY conversation_id, created_at, id"
    )
    sql_attachments = (
        f"SELECT {_select(ATTACHMENT, 'a')}, a.message_id FROM attachment a "
        "JOIN message m ON m.id = a.message_id WHERE m.conversation_id IN ({marks}) ORDER BY a.id"
    )
    sql_events = (
        f"SELECT {_select(CONVERSATION_EVENT)}, conversation_id FROM conversation_event "
        "WHERE conversation_id IN ({marks}) ORDER BY conversation_id, created_at, id"
    )
    sql_surveys = (
        f"SELECT {_select(SURVEY_RESPONSE)}, conversation_id FROM survey_response "
        "WHERE conversation_id IN ({marks}) ORDER BY conversation_id, created_at, id"
    )

    # A second connection-level cursor keeps the outer query streaming while the chunk queries run.
    outer = conn.execute(
        f"SELECT {_select(CONVERSATION)} FROM conversation ORDER BY number IS NULL, number, id"
    )
    while chunk := outer.fetchmany(EXPORT_CHUNK):
        ids = [row[0] for row in chunk]
        customer_ids = list({row[customer_idx] for row in chunk})
        customers = _grouped(conn, sql_customers, customer_ids, dump_customer)
        messages = _grouped(conn, sql_messages, ids, dump_message)
        attachments = _grouped(conn, sql_attachments, ids, dump_attachment)
        fill_content(conn, attachments)  # the content is kept in pieces
        events = _grouped(conn, sql_events, ids, dump_event)
        surveys = _grouped(conn, sql_surveys, ids, dump_survey)
        for row in chunk:
            cid = row[0]
            msgs = messages.get(cid, [])
            for m in msgs:
                m["attachments"] = atts = attachments.get(uuid_hex(m["id"]), [])
                counts["attachment"] += len(atts)
            evs = events.get(cid, [])
            svs = surveys.get(cid, [])
            counts["conversation"] += 1
            counts["message"] += len(msgs)
            counts["conversation_event"] += len(evs)
            counts["survey_response"] += len(svs)
            yield envelope(
                "conversation",
                {
                    "conversation": dump_conversation(row),
                    "customer": customers[row[customer_idx]][0],
                    "messages": msgs,
                    "events": evs,
                    "survey_responses": svs,
                },
            )
