# SPDX-License-Identifier: GPL-3.0-or-later
"""Import, parsing: one line of a file, checked and turned into rows in the stored representation.

Nothing here touches the database; references to rows the line does not define are collected for
the first pass to resolve against the rest of the file and the database.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from agentdesk.errors import ImportFormatError
from agentdesk.exchange import schema
from agentdesk.exchange.entities import (
    ATTACHMENT,
    CONVERSATION,
    CONVERSATION_EVENT,
    CONVERSATION_PARTS,
    CUSTOMER,
    LINE_TYPE,
    LINE_TYPES,
    MESSAGE,
    SURVEY_RESPONSE,
)
from agentdesk.exchange.kinds import BadLine, BadValue, show, uuid_text
from agentdesk.exchange.schema import FORMAT_NAME, FORMAT_VERSION, Entity
from agentdesk.text import clean_text


@dataclass
class Record:
    """One parsed, validated line: rows ready for the database (stored representation), the ids it
    defines and the references it makes to rows that must exist in the file or the database."""

    line: int
    type: str
    rows: dict[str, list[dict[str, Any]]]
    defines: list[tuple[str, str]]
    refs: list[tuple[str, str, str]]


def _load_entity(entity: Entity, obj: Any, where: str, refs: list[tuple[str, str, str]]) -> dict[str, Any]:
    """Validate one object against ``entity`` and return its stored row (children not included)."""
    if not isinstance(obj, dict):
        raise BadLine(f"'{where.rstrip('.') or entity.table}' must be a JSON object (got {show(obj)})")
    row: dict[str, Any] = {}
    name = ""
    try:
        for name, load, nullable, ref, absent in entity.loaders:
            if absent is not None and name not in obj:
                row[name] = absent()
                continue
            value = obj[name]
            if value is None:
                if not nullable:
                    raise BadValue("must not be null")
                row[name] = None
                continue
            stored = row[name] = load(value)
            if ref is not None:
                refs.append((ref, stored, where + name))
    except KeyError:
        raise BadLine(f"field '{where}{name}' is missing") from None
    except BadValue as bad:
        raise BadLine(f"field '{where}{name}' {bad}") from None
    if len(obj) > len(entity.fields) + len(entity.children):
        unknown = sorted(set(obj) - entity.keys)
        if unknown:
            raise BadLine(f"unknown field '{where}{clean_text(unknown[0])}'")
    if entity.check is not None:
        entity.check(row, where)
    return row


def _load_list(value: Any, name: str) -> list[Any]:
    if not isinstance(value, list):
        raise BadLine(f"field '{name}' must be a list (got {show(value)})")
    return value


def _same(row: dict[str, Any], column: str, expected: str, where: str, what: str) -> None:
    if row[column] != expected:
        raise BadLine(
            f"field '{where}{column}' is {uuid_text(row[column]) if row[column] else 'null'}, "
            f"but {what} is {uuid_text(expected)}"
        )


def _reject_constant(name: str) -> Any:
    raise BadLine(f"not valid JSON ({name} is not allowed)")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise BadLine(f"the number {show(text)} is too large to store")
    return value


_decoder = json.JSONDecoder(parse_float=_finite_float, parse_constant=_reject_constant)


def parse_line(raw: bytes, line: int) -> Record | None:
    """Parse one line of the file; ``None`` for a blank line. Raises ``ImportFormatError``."""
    try:
        return _line_record(raw, line)
    except BadLine as bad:
        raise ImportFormatError(line, clean_text(str(bad))) from None
    except RecursionError:
        raise ImportFormatError(line, "not valid JSON (nested too deeply)") from None


def _line_record(raw: bytes, line: int) -> Record | None:
    if len(raw) > schema.MAX_LINE_BYTES:
        raise BadLine(f"the line is longer than {schema.MAX_LINE_BYTES // (1024 * 1024)} MB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadLine(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at byte {exc.start + 1} of the line); "
            "exchange files are UTF-8 text"
        ) from None
    if line == 1 and text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return None
    try:
        obj = _decoder.decode(text)
    except json.JSONDecodeError as exc:
        problem = exc.msg.removesuffix(" at").removesuffix(" starting").lower()
        raise BadLine(f"not valid JSON at column {exc.colno} ({problem})") from None
    except ValueError:  # Python's limit on the digits of a whole number
        raise BadLine("a whole number has too many digits to store") from None
    if not isinstance(obj, dict):
        raise BadLine("a line must be a JSON object")
    if obj.get("format") != FORMAT_NAME:
        raise BadLine(f"not an AgentDesk exchange line (field 'format' must be \"{FORMAT_NAME}\")")
    version = obj.get("version")
    if type(version) is not int:
        raise BadLine("field 'version' must be a whole number")
    if version > FORMAT_VERSION:
        raise BadLine(
            f"written by a newer AgentDesk (exchange format version {version}; "
            f"this version reads version {FORMAT_VERSION})"
        )
    if version < 1:
        raise BadLine(f"unknown exchange format version {version}")
    kind = obj.get("type")
    if kind not in LINE_TYPES:
        raise BadLine(f"field 'type' must be one of {', '.join(LINE_TYPES)} (got {show(kind)})")

    refs: list[tuple[str, str, str]] = []
    if kind == "conversation":
        expected = {"format", "version", "type", "conversation", *CONVERSATION_PARTS}
    else:
        expected = {"format", "version", "type", kind}
    unknown = sorted(set(obj) - expected)
    if unknown:
        raise BadLine(f"unknown field '{unknown[0]}'")
    missing = sorted(expected - set(obj))
    if missing:
        raise BadLine(f"field '{missing[0]}' is missing")

    if kind != "conversation":
        entity = LINE_TYPE[kind].entity
        row = _load_entity(entity, obj[kind], f"{kind}.", refs)
        return Record(line, kind, {entity.table: [row]}, [(entity.table, row["id"])], refs)
    return _parse_conversation(obj, line, refs)


def _parse_conversation(obj: dict[str, Any], line: int, refs: list[tuple[str, str, str]]) -> Record:
    conv = _load_entity(CONVERSATION, obj["conversation"], "conversation.", refs)
    cid = conv["id"]
    if conv["merged_into_id"] == cid:
        raise BadLine("field 'conversation.merged_into_id' names the conversation itself")
    customer = _load_entity(CUSTOMER, obj["customer"], "customer.", refs)
    _same(conv, "customer_id", customer["id"], "conversation.", "'customer.id'")

    messages: list[dict[str, Any]] = []
    attachments: list[dict[str, Any]] = []
    for i, m in enumerate(_load_list(obj["messages"], "messages")):
        where = f"messages[{i}]."
        msg = _load_entity(MESSAGE, m, where, refs)
        _same(msg, "conversation_id", cid, where, "the line's conversation")
        if "attachments" not in m:
            raise BadLine(f"field '{where}attachments' is missing")
        for j, a in enumerate(_load_list(m["attachments"], where + "attachments")):
            awhere = f"{where}attachments[{j}]."
            att = _load_entity(ATTACHMENT, a, awhere, refs)
            _same(att, "message_id", msg["id"], awhere, "its message")
            attachments.append(att)
        messages.append(msg)

    events: list[dict[str, Any]] = []
    for i, e in enumerate(_load_list(obj["events"], "events")):
        where = f"events[{i}]."
        ev = _load_entity(CONVERSATION_EVENT, e, where, refs)
        _same(ev, "conversation_id", cid, where, "the line's conversation")
        events.append(ev)

    surveys: list[dict[str, Any]] = []
    for i, s in enumerate(_load_list(obj["survey_responses"], "survey_responses")):
        where = f"survey_responses[{i}]."
        sv = _load_entity(SURVEY_RESPONSE, s, where, refs)
        _same(sv, "conversation_id", cid, where, "the line's conversation")
        surveys.append(sv)

    # The line itself defines its conversation and customer; references to them need no lookup.
    own = {("conversation", cid), ("customer", customer["id"])}
    refs[:] = [r for r in refs if (r[0], r[1]) not in own]
    return Record(
        line,
        "conversation",
        {
            "customer": [customer],
            "conversation": [conv],
            "message": messages,
            "attachment": attachments,
            "conversation_event": events,
            "survey_response": surveys,
        },
        [("conversation", cid), ("customer", customer["id"])],
        refs,
    )
