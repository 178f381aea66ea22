# SPDX-License-Identifier: GPL-3.0-or-later
"""Import, first pass: read the file line by line, validate every line without touching the database,
keep the shared rows in memory and spool the other rows to a temporary file."""

from __future__ import annotations

import marshal
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from agentdesk.errors import AgentDeskError, ImportFormatError
from agentdesk.exchange import schema
from agentdesk.exchange.entities import ENTITIES, SHARED
from agentdesk.exchange.parse import Record, parse_line
from agentdesk.messages import translatable
from agentdesk.store.database import Store


def _open(source: Path) -> IO[bytes]:
    try:
        return source.open("rb")
    except FileNotFoundError:
        raise AgentDeskError(
            translatable("ExchangeErrors", "{source} does not exist."), source=source
        ) from None
    except IsADirectoryError:
        raise AgentDeskError(
            translatable("ExchangeErrors", "{source} is a folder, not an exchange file."), source=source
        ) from None
    except OSError as exc:
        raise AgentDeskError(
            translatable("ExchangeErrors", "Cannot read {source}: {value}."),
            source=source,
            value=exc.strerror or exc,
        ) from None


def _raw_lines(fh: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """Numbered raw lines without their line break; a line over the limit is not read whole."""
    number = 0
    while True:
        raw = fh.readline(schema.MAX_LINE_BYTES + 2)
        if not raw:
            return
        number += 1
        if len(raw) > schema.MAX_LINE_BYTES + 1 and not raw.endswith(b"\n"):
            raise ImportFormatError(
                number, f"the line is longer than {schema.MAX_LINE_BYTES // (1024 * 1024)} MB"
            )
        if number == 1 and raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ImportFormatError(1, "the file is UTF-16 text; exchange files are UTF-8")
        if raw.endswith(b"\n"):
            raw = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1]
        yield number, raw


def records(source: Path) -> Iterator[Record]:
    with _open(source) as fh:
        try:
            for number, raw in _raw_lines(fh):
                record = parse_line(raw, number)
                if record is not None:
                    yield record
        except OSError as exc:
            raise AgentDeskError(
                translatable("ExchangeErrors", "Cannot read {source}: {value}."),
                source=source,
                value=exc.strerror or exc,
            ) from None


@dataclass
class Plan:
    """What the first pass learnt: enough to check references and numbers without a second look."""

    records: int = 0
    spooled: int = 0
    headers: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)
    # references to rows the file does not define: kind -> id -> (line, field)
    outside: dict[str, dict[str, tuple[int, str]]] = field(default_factory=dict)
    max_number: int = 0


def first_pass(source: Path, spool: IO[bytes]) -> Plan:
    """Validate every line; keep the shared rows in memory and spool the others' rows.

    The spool holds the validated rows in ``marshal`` form, so the second pass writes exactly what
    was checked (even if the file changes meanwhile) without parsing and validating it again.
    """
    plan = Plan()
    pending: list[tuple[str, str, int, str]] = []
    defined: dict[str, set[str]] = {t: set() for t in ENTITIES}
    for record in records(source):
        plan.records += 1
        for table, id_ in record.defines:
            defined[table].add(id_)
        if record.type in SHARED:
            plan.headers.append((record.line, record.type, record.rows[record.type][0]))
        else:
            if record.type == "conversation":
                number = record.rows["conversation"][0]["number"]
                if number is not None and number > plan.max_number:
                    plan.max_number = number
            blob = marshal.dumps(record.rows)
            spool.write(len(blob).to_bytes(8, "little"))
            spool.write(blob)
            plan.spooled += 1
        for kind, id_, name in record.refs:
            if id_ not in defined[kind]:
                pending.append((kind, id_, record.line, name))
    for kind, id_, line, name in pending:
        if id_ not in defined[kind]:
            plan.outside.setdefault(kind, {}).setdefault(id_, (line, name))
    return plan


def spool_file(store: Store) -> IO[bytes]:
    """An anonymous temporary file beside the database: that disk has room for the data anyway,
    whereas the system temporary folder may be a small RAM disk."""
    try:
        return tempfile.TemporaryFile(dir=store.path.parent, prefix=".agentdesk-import-")
    except OSError:
        return tempfile.TemporaryFile(prefix="agentdesk-import-")
