# SPDX-License-Identifier: GPL-3.0-or-later
"""Service-level agreements: business calendars, policies, due times and countdown state.

``calendar``  when business time runs (opening hours, holidays, closed dates)
``policy``    targets per channel, priority, plan and tier; the warning rule; ``SlaBook``
``state``     the pure SLA state of one conversation at one instant
``load``      building that state's input from the database, one or many conversations at a time
``cache``     cached due-time columns and once-only warning/breach events
``auto_escalation``  the policy's automatic escalation, made where those events are recorded
``presets``   the shipped calendars and policies, and installing them

How SLA time is counted is explained for users in ``docs/sla.md``. No Qt here.
"""

from __future__ import annotations

from agentdesk.sla.cache import (
    CachedSla,
    DueEvent,
    RefreshSummary,
    catch_up,
    due_events,
    plan_for,
    policy_for,
    record_sla_events,
    refresh_all,
    refresh_conversation_sla,
    state_for,
)
from agentdesk.sla.calendar import ALWAYS_OPEN, BusinessCalendar, ClosedDay
from agentdesk.sla.load import load_timeline, load_timelines
from agentdesk.sla.policy import Policy, PolicyMatch, SlaBook, Target, pick_policy
from agentdesk.sla.presets import install_presets, install_presets_in, preset_calendars, preset_policies
from agentdesk.sla.state import (
    PauseReason,
    Phase,
    SlaPlan,
    SlaState,
    StatusChange,
    TargetState,
    Timeline,
    compute_state,
)

__all__ = [
    "ALWAYS_OPEN",
    "BusinessCalendar",
    "CachedSla",
    "ClosedDay",
    "DueEvent",
    "Phase",
    "PauseReason",
    "Policy",
    "PolicyMatch",
    "RefreshSummary",
    "SlaBook",
    "SlaPlan",
    "SlaState",
    "StatusChange",
    "Target",
    "TargetState",
    "Timeline",
    "catch_up",
    "compute_state",
    "due_events",
    "install_presets",
    "install_presets_in",
    "load_timeline",
    "load_timelines",
    "pick_policy",
    "plan_for",
    "policy_for",
    "preset_calendars",
    "preset_policies",
    "record_sla_events",
    "refresh_all",
    "refresh_conversation_sla",
    "state_for",
]
