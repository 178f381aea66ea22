# SPDX-License-Identifier: GPL-3.0-or-later
"""The entities of the format and the registry of line types: which fields exist, what they hold
and how they map to columns, and which kinds of line a file may hold.

``LINES`` below is the one place a line type is registered; everything else here (``LINE_TYPES``,
``SHARED``, ``UNIQUE_KEYS``, ``ENTITIES``, ``WRITE_ORDER``) is derived from it. See the package's
docstring for how to add an entity.
"""

from __future__ import annotations

from typing import Any

from agentdesk.exchange.attachments import check_attachment
from agentdesk.exchange.customer_records import (
    CUSTOMER_ERASURE_LINE,
    CUSTOMER_EVENT_LINE,
    ORGANISATION_LINE,
)
from agentdesk.exchange.kinds import (
    BOOL,
    FLOAT,
    INT32,
    INT64,
    LANGUAGE,
    OBJECT,
    TEXT,
    TIME,
    UUID,
    BadLine,
    Base64,
    Int,
    JsonList,
    OneOf,
    Text,
)
from agentdesk.exchange.links import CONVERSATION_LINK_LINE
from agentdesk.exchange.macros import MACRO_LINE, ROUTING_RULE_LINE
from agentdesk.exchange.saved_views import SAVED_VIEW_LINE
from agentdesk.exchange.schema import Entity, Field, LineType, sync_fields
from agentdesk.metrics.surveys import ALLOWED_SCALES as SURVEY_SCALES
from agentdesk.metrics.surveys import SCALES as SURVEY_ENDS
from agentdesk.metrics.surveys import conventional_best
from agentdesk.sla.policy import MAX_TARGET_MINUTES
from agentdesk.store.models import (
    Channel,
    DeliveryState,
    Direction,
    EventKind,
    Mood,
    Plan,
    Priority,
    Role,
    Status,
    SurveyKind,
)


def _check_survey(row: dict[str, Any], where: str) -> None:
    """A score on one of the scales AgentDesk records (metrics.surveys), inside its scale."""
    scale = (row["scale_min"], row["scale_max"])
    allowed = SURVEY_SCALES[row["kind"]]
    if scale not in allowed:
        listed = " or ".join(f"{a}-{b}" for a, b in allowed)
        raise BadLine(
            f"fields '{where}scale_min' and '{where}scale_max' must give a {row['kind']} scale of "
            f"{listed} (got {scale[0]}-{scale[1]})"
        )
    if not scale[0] <= row["score"] <= scale[1]:
        raise BadLine(f"field '{where}score' must be from {scale[0]} to {scale[1]} (got {row['score']:g})")
    if row["scale_best"] is None:  # a file from before the good end was stored: its convention
        row["scale_best"] = conventional_best(row["kind"], *scale)
    ends = [best for low, high, best in SURVEY_ENDS[row["kind"]] if (low, high) == scale]
    if row["scale_best"] not in ends:
        listed = " or ".join(str(best) for best in ends)
        raise BadLine(f"field '{where}scale_best' must be {listed} on this scale (got {row['scale_best']})")


def _check_policy(row: dict[str, Any], where: str) -> None:
    """The invariants of ``sla.policy.Policy``, so an imported policy is never dropped later."""
    for name in ("first_response_minutes", "next_response_minutes", "resolution_minutes"):
        value = row[name]
        if value is not None and not 1 <= value <= MAX_TARGET_MINUTES:
            raise BadLine(f"field '{where}{name}' must be from 1 to {MAX_TARGET_MINUTES} (got {value})")
    warning = row["warning_minutes"]
    if warning is not None and warning > MAX_TARGET_MINUTES:
        raise BadLine(f"field '{where}warning_minutes' must be at most {MAX_TARGET_MINUTES} (got {warning})")
    share = row["warning_share"]
    if share is not None and not 0 < share <= 1:
        raise BadLine(f"field '{where}warning_share' must be above 0 and at most 1 (got {share:g})")


TEAM = Entity(
    "team",
    sync_fields(Field("name", Text(100)), Field("description", TEXT)),
    names=("team", "teams"),
)

BUSINESS_CALENDAR = Entity(
    "business_calendar",
    sync_fields(Field("name", Text(100)), Field("definition", OBJECT)),
    names=("business calendar", "business calendars"),
)

SLA_POLICY = Entity(
    "sla_policy",
    sync_fields(
        Field("name", Text(100)),
        Field("position", Int(*INT32)),
        Field("match", OBJECT),
        Field("first_response_minutes", Int(0, INT32[1]), nullable=True),
        Field("next_response_minutes", Int(0, INT32[1]), nullable=True),
        Field("resolution_minutes", Int(0, INT32[1]), nullable=True),
        Field("calendar_id", UUID, nullable=True, ref="business_calendar"),
        Field("warning_share", FLOAT, nullable=True),
        Field("warning_minutes", Int(0, INT32[1]), nullable=True),
        Field("active", BOOL),
        Field("auto_escalation", OBJECT, nullable=True, absent=lambda: None),
    ),
    names=("SLA policy", "SLA policies"),
    check=_check_policy,
)

AGENT = Entity(
    "agent",
    sync_fields(
        Field("name", Text(200)),
        Field("email", Text(320)),
        Field("role", OneOf(Role.values())),
        Field("tiers", JsonList("tier")),
        Field("team_id", UUID, nullable=True, ref="team"),
        Field("team_ids", JsonList("str"), absent=list),
        Field("language", LANGUAGE),
        Field("active", BOOL),
    ),
    names=("agent", "agents"),
)

CUSTOMER = Entity(
    "customer",
    sync_fields(
        Field("name", Text(200)),
        Field("email", Text(320), nullable=True),
        Field("other_emails", JsonList("str")),
        Field("phone", Text(50), nullable=True),
        Field("company", Text(200), nullable=True),
        Field("plan", OneOf(Plan.values())),
        Field("language", LANGUAGE),
        Field("notes", TEXT),
        Field("created_at", TIME),
        # customer records (agentdesk.customers); older files lack them: no VIP, no organisation
        Field("vip", BOOL, absent=lambda: 0),
        Field("organisation_id", UUID, nullable=True, ref="organisation", absent=lambda: None),
    ),
    names=("customer", "customers"),
)

ATTACHMENT = Entity(
    "attachment",
    sync_fields(
        Field("message_id", UUID),
        Field("filename", Text(255)),
        Field("content_type", Text(255)),
        Field("size", Int(0, INT64[1])),
        Field("content_id", Text(255), nullable=True),
        Field("content", Base64(), nullable=True),
        Field("sha256", Text(64), nullable=True, absent=lambda: None),
    ),
    names=("attachment", "attachments"),
    check=check_attachment,  # content in pieces: agentdesk.exchange.attachments
)

CHANNEL = OneOf(Channel.values())

MESSAGE = Entity(
    "message",
    sync_fields(
        Field("conversation_id", UUID),
        Field("direction", OneOf(Direction.values())),
        Field("channel", CHANNEL),
        Field("author_agent_id", UUID, nullable=True, ref="agent"),
        Field("author_customer_id", UUID, nullable=True, ref="customer"),
        Field("author_name", Text(200)),
        Field("body_text", TEXT),
        Field("body_html", TEXT, nullable=True),
        Field("meta", OBJECT),
        Field("external_id", Text(998), nullable=True),
        Field("delivery_state", OneOf(DeliveryState.values())),
        Field("created_at", TIME),
    ),
    children=(("attachments", ATTACHMENT),),
    names=("message", "messages"),
)

CONVERSATION_EVENT = Entity(
    "conversation_event",
    sync_fields(
        Field("conversation_id", UUID),
        Field("kind", OneOf(EventKind.values())),
        Field("actor_agent_id", UUID, nullable=True, ref="agent"),
        Field("data", OBJECT),
        Field("created_at", TIME),
    ),
    names=("event", "events"),
)

SURVEY_RESPONSE = Entity(
    "survey_response",
    sync_fields(
        Field("conversation_id", UUID, nullable=True, ref="conversation"),
        Field("customer_id", UUID, nullable=True, ref="customer"),
        Field("kind", OneOf(SurveyKind.values())),
        Field("score", FLOAT),
        Field("scale_min", Int(*INT32)),
        Field("scale_max", Int(*INT32)),
        Field("scale_best", Int(*INT32), absent=lambda: None),  # older files: the scale's convention
        Field("comment", TEXT),
        Field("created_at", TIME),
    ),
    names=("survey response", "survey responses"),
    check=_check_survey,
)

CONVERSATION = Entity(
    "conversation",
    sync_fields(
        Field("number", Int(1, INT32[1]), nullable=True),
        Field("customer_id", UUID),
        Field("channel", CHANNEL),
        Field("subject", Text(500)),
        Field("status", OneOf(Status.values())),
        Field("priority", OneOf(Priority.values())),
        Field("tier", Int(1, 3)),
        Field("team_id", UUID, nullable=True, ref="team"),
        Field("assignee_id", UUID, nullable=True, ref="agent"),
        Field("tags", JsonList("str")),
        Field("language", Text(8)),
        Field("mood", OneOf(Mood.values()), nullable=True),
        Field("created_at", TIME),
        Field("first_response_at", TIME, nullable=True),
        Field("solved_at", TIME, nullable=True),
        Field("follow_up_at", TIME, nullable=True),
        Field("last_activity_at", TIME),
        Field("waiting_since", TIME, nullable=True),
        Field("snippet", Text(300)),
        Field("message_count", Int(0, INT32[1])),
        Field("sla_policy_id", UUID, nullable=True, ref="sla_policy"),
        Field("first_response_due_at", TIME, nullable=True),
        Field("next_response_due_at", TIME, nullable=True),
        Field("resolution_due_at", TIME, nullable=True),
        Field("due_at", TIME, nullable=True),
        Field("merged_into_id", UUID, nullable=True, ref="conversation"),
        # snooze (agentdesk.inbox.snooze); older files lack them: not snoozed
        Field("snoozed_until", TIME, nullable=True, absent=lambda: None),
        Field("snoozed_at", TIME, nullable=True, absent=lambda: None),
        Field("snoozed_by", UUID, nullable=True, absent=lambda: None),  # an agent id, no foreign key
        # an SLA policy a routing rule chose (agentdesk.routing.sla_action); older files: none
        Field("sla_policy_override_id", UUID, nullable=True, ref="sla_policy", absent=lambda: None),
    ),
    names=("conversation", "conversations"),
)


# --------------------------------------------------------------------------------------------------
# The registry

# Every line type, in the order export writes them: a line type comes after every line type it
# refers to, so that a reader meets a team before the agents in it and an organisation before its
# customers. The shared rows first, then organisations, customers without a conversation, the
# conversation lines (each with its customer, messages, events and survey responses), survey
# responses that belong to no conversation, the customers' history and erasure records, and the
# rest. Import accepts the types in any order and writes the tables in this order too
# (``WRITE_ORDER``). A new line type is added here: shared rows (matched by a unique column) after
# AGENT, others after the types they refer to (usually at the end).
LINES: tuple[LineType, ...] = (
    LineType(TEAM, match_by="name"),
    LineType(BUSINESS_CALENDAR, match_by="name"),
    LineType(SLA_POLICY, match_by="name"),
    LineType(AGENT, match_by="email"),
    ORGANISATION_LINE,
    LineType(CUSTOMER, export_where="id NOT IN (SELECT customer_id FROM conversation)"),
    LineType(CONVERSATION),
    LineType(SURVEY_RESPONSE, export_where="conversation_id IS NULL", export_order="created_at, id"),
    CUSTOMER_EVENT_LINE,
    CUSTOMER_ERASURE_LINE,
    MACRO_LINE,
    ROUTING_RULE_LINE,
    CONVERSATION_LINK_LINE,
    SAVED_VIEW_LINE,
)

# The entities a conversation line holds, the line's own first; and the keys of the parts of a
# conversation line besides the "conversation" object itself.
CONVERSATION_LINE_ENTITIES = (
    CUSTOMER,
    CONVERSATION,
    MESSAGE,
    ATTACHMENT,
    CONVERSATION_EVENT,
    SURVEY_RESPONSE,
)
CONVERSATION_PARTS = ("customer", "messages", "events", "survey_responses")

# The names of the line types (a tuple: a file's "type" may be any JSON value, hashable or not).
LINE_TYPES: tuple[str, ...] = tuple(line.name for line in LINES)
LINE_TYPE: dict[str, LineType] = {line.name: line for line in LINES}

# Shared rows: kept in memory by the import's first pass and written first, matched by name.
SHARED: dict[str, LineType] = {line.name: line for line in LINES if line.match_by is not None}

# Columns that must be unique besides the id; an imported row that clashes is matched to the
# existing one (same team name, same agent e-mail) instead of being refused.
UNIQUE_KEYS: dict[str, str] = {line.name: line.match_by for line in LINES if line.match_by is not None}


def _entities() -> dict[str, Entity]:
    found: dict[str, Entity] = {}

    def add(entity: Entity) -> None:
        found.setdefault(entity.table, entity)
        for _key, child in entity.children:
            add(child)

    for line in LINES:
        for entity in CONVERSATION_LINE_ENTITIES if line.entity is CONVERSATION else (line.entity,):
            add(entity)
    return found


# Every entity (table) of the format, in the order the summaries list them.
ENTITIES: dict[str, Entity] = _entities()

# Import writes parents before children so that most foreign keys hold immediately (the shared
# rows are written before all of these).
WRITE_ORDER: tuple[str, ...] = tuple(table for table in ENTITIES if table not in SHARED)


def plural(table: str, n: int) -> str:
    """ "1 team", "2 teams": the word for ``n`` rows of ``table``."""
    entity = ENTITIES.get(table)
    if entity is None:
        return table if n == 1 else table + "s"
    return entity.plural(n)
