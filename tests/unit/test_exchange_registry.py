# SPDX-License-Identifier: GPL-3.0-or-later
"""The registry of the exchange format (``agentdesk.exchange.entities.LINES``) against the schema:
an entity registered there is exported, parsed and written with no other change, so what the
registry says must hold for the tables it names. These checks catch a registration that would
only fail when someone exports or imports a real workspace."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import UniqueConstraint

from agentdesk.exchange.entities import (
    CONVERSATION,
    CONVERSATION_LINE_ENTITIES,
    ENTITIES,
    LINE_TYPE,
    LINE_TYPES,
    LINES,
    SHARED,
    UNIQUE_KEYS,
    WRITE_ORDER,
    plural,
)
from agentdesk.exchange.summary import ImportSummary, TableCounts
from agentdesk.store.models import Base

VERSION_1_LINE_TYPES = ("team", "business_calendar", "sla_policy", "agent", "customer", "conversation")
SYNC_COLUMNS = ("rev", "updated_at", "deleted_at")


def unique_columns(table: str) -> set[str]:
    t = Base.metadata.tables[table]
    single = [list(k.columns) for k in t.constraints if isinstance(k, UniqueConstraint)]
    single += [list(ix.columns) for ix in t.indexes if ix.unique]
    return {k[0].name for k in single if len(k) == 1} | {c.name for c in t.columns if c.unique}


def test_the_first_line_types_keep_their_order() -> None:
    """Files written by earlier versions list these in this order; a new line type may come
    between them only to come before a line type that refers to it (organisations before the
    customers in them), so an old file's lines keep their order on export."""
    shared = [name for name in LINE_TYPES if name in SHARED]
    assert shared[:4] == list(VERSION_1_LINE_TYPES[:4])
    first = [name for name in LINE_TYPES if name in VERSION_1_LINE_TYPES]
    assert first == list(VERSION_1_LINE_TYPES)
    others = [name for name in LINE_TYPES if name not in SHARED]
    assert others.index("survey_response") == others.index("conversation") + 1
    assert len(set(LINE_TYPES)) == len(LINE_TYPES) == len(LINES)
    assert all(LINE_TYPE[name].name == name for name in LINE_TYPES)


def test_a_line_type_comes_after_the_line_types_it_refers_to() -> None:
    """Export writes a row's dependencies first (an organisation before its customers, a customer
    before its history), so a reader of the file meets every row before the rows pointing at it."""
    position: dict[str, int] = {}
    for index, line in enumerate(LINES):
        for entity in CONVERSATION_LINE_ENTITIES if line.entity is CONVERSATION else (line.entity,):
            position.setdefault(entity.table, index)
    for table, entity in ENTITIES.items():
        for field in entity.fields:
            if field.ref is None or field.ref == table:
                continue
            if table == "survey_response" and field.ref == "conversation":
                continue  # a survey answer of no conversation may name one (written further up)
            assert position[field.ref] <= position[table], (table, field.name, field.ref)
    assert LINE_TYPES.index("organisation") < LINE_TYPES.index("customer")
    assert LINE_TYPES.index("customer_event") > LINE_TYPES.index("conversation")


def test_every_field_is_a_column_of_its_table_in_file_order() -> None:
    for table, entity in ENTITIES.items():
        columns = {c.name for c in Base.metadata.tables[table].columns}
        assert set(entity.columns) <= columns, (table, sorted(set(entity.columns) - columns))
        assert entity.columns[0] == "id", table
        assert entity.columns[-3:] == SYNC_COLUMNS, table
        assert len(set(entity.columns)) == len(entity.columns), table


# References kept without a foreign key on purpose: a routing rule's chosen SLA policy may be
# deleted later, and the SLA engine then picks by the policies' conditions again. The format still
# names the policy, and an import checks it like any other reference.
SOFT_REFERENCES = {("conversation", "sla_policy_override_id")}


def test_references_point_at_entities_of_the_format() -> None:
    """Import checks each reference against the file and the database: the referenced entity must
    be one the format knows, and the field a foreign key to that table."""
    for table, entity in ENTITIES.items():
        t = Base.metadata.tables[table]
        for field in entity.fields:
            if field.ref is None:
                continue
            assert field.ref in ENTITIES, (table, field.name, field.ref)
            targets = {fk.column.table.name for fk in t.c[field.name].foreign_keys}
            expected = set() if (table, field.name) in SOFT_REFERENCES else {field.ref}
            assert targets == expected, (table, field.name, targets)


def test_shared_rows_are_matched_by_a_unique_column() -> None:
    assert UNIQUE_KEYS == {name: line.match_by for name, line in SHARED.items()}
    for name, key in UNIQUE_KEYS.items():
        assert key in ENTITIES[name].columns, name
        assert key in unique_columns(name), f"{name}.{key} is not unique: matching by it could pick any row"


def test_every_table_is_written_and_parents_go_first() -> None:
    assert set(WRITE_ORDER) | set(SHARED) == set(ENTITIES)
    assert not set(WRITE_ORDER) & set(SHARED)
    start = WRITE_ORDER.index("customer")
    assert WRITE_ORDER[start : start + len(CONVERSATION_LINE_ENTITIES)] == tuple(
        e.table for e in CONVERSATION_LINE_ENTITIES
    )
    for position, table in enumerate(WRITE_ORDER):
        for field in ENTITIES[table].fields:
            if field.ref is None or field.ref == table or field.ref in SHARED:
                continue
            assert WRITE_ORDER.index(field.ref) < position, (table, field.name, field.ref)


def test_only_the_conversation_line_nests_rows() -> None:
    """The generic line holds one row; nested lists are read only for the conversation line."""
    for line in LINES:
        if line.entity is not CONVERSATION:
            assert line.entity.children == (), line.name


def test_every_entity_has_words_for_the_summaries() -> None:
    for table, entity in ENTITIES.items():
        assert entity.names is not None, table
        one, many = entity.names
        assert plural(table, 1) == one and plural(table, 2) == many
        assert "_" not in one + many, table
    summary = ImportSummary(path=Path("x.jsonl"), records=1)
    summary.tables = {table: TableCounts(inserted=2) for table in ENTITIES}
    listed = summary.sentences()[0]
    assert all(entity.names is not None and entity.names[1] in listed for entity in ENTITIES.values())
