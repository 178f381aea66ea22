# SPDX-License-Identifier: GPL-3.0-or-later
"""Editing SLA policies and calendars on a real database: validation, order, tombstones, and the
cached due times that must follow every edit."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.services import build_services
from agentdesk.sla import editing
from agentdesk.sla.policy import AutoEscalation, Policy, PolicyMatch
from agentdesk.sla.presets import install_presets
from agentdesk.store import models
from agentdesk.store.database import Store

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)  # a Monday, 10:00 in Berlin

WEEKDAYS_9_TO_5 = {
    "timezone": "Europe/Berlin",
    "week": {d: [["09:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
}


def _conversation(store: Store, clock: FixedClock, channel: str = "email") -> uuid.UUID:
    services = build_services(store, clock)
    customer = services.inbox.create_customer("Anna Müller", email="anna@example.com")
    return services.inbox.create_conversation(customer, channel, "Where is my parcel?", "Still nothing.").id


def _due_at(store: Store, conversation_id: uuid.UUID) -> dt.datetime | None:
    with store.read() as session:
        return session.scalar(
            select(models.Conversation.due_at).where(models.Conversation.id == conversation_id)
        )


def test_create_update_reorder_delete_policy(store: Store) -> None:
    first = editing.save_policy(store, Policy(name="Chat", first_response_minutes=5), NOW)
    second = editing.save_policy(
        store,
        Policy(name="Email", first_response_minutes=480, match=PolicyMatch(channels=frozenset({"email"}))),
        NOW,
    )
    assert [p.id for p in editing.list_policies(store)] == [first, second]

    editing.move_policy(store, second, -1, NOW)
    assert [p.name for p in editing.list_policies(store)] == ["Email", "Chat"]

    email = editing.list_policies(store)[0]
    editing.save_policy(store, dataclasses.replace(email, resolution_minutes=960), NOW)
    assert editing.list_policies(store)[0].resolution_minutes == 960

    editing.delete_policy(store, first, NOW)
    assert [p.name for p in editing.list_policies(store)] == ["Email"]
    with store.read() as session:
        row = session.get(models.SlaPolicy, first)
        assert row is not None and row.deleted_at == NOW  # a tombstone, not a hard delete

    with pytest.raises(ValidationError, match="belongs to a deleted policy"):
        editing.save_policy(store, Policy(name="Chat", first_response_minutes=5), NOW)


def test_invalid_policy_values_are_refused() -> None:
    with pytest.raises(ValidationError, match="first_response_minutes"):
        Policy(name="Bad", first_response_minutes=0)
    with pytest.raises(ValidationError, match="warning_share"):
        Policy(name="Bad", warning_share=1.5)


def test_update_calendar_and_refuse_invalid_one(store: Store) -> None:
    cal_id = editing.save_calendar(store, "Office", WEEKDAYS_9_TO_5, NOW)
    changed = {**WEEKDAYS_9_TO_5, "holidays": {"country": "DE", "subdivision": "BY"}}
    editing.save_calendar(store, "Office Munich", changed, NOW, calendar_id=cal_id)
    [entry] = editing.list_calendars(store)
    assert entry.name == "Office Munich"
    assert entry.calendar is not None and entry.calendar.holidays == ("DE", "BY")

    bad = {**WEEKDAYS_9_TO_5, "week": {"mon": [["08:00", "25:00"]]}}
    with pytest.raises(ValidationError, match=r"Calendar 'Office Munich': week.mon\[0\]: '25:00'"):
        editing.save_calendar(store, "Office Munich", bad, NOW, calendar_id=cal_id)
    with pytest.raises(ValidationError, match="not a known time zone"):
        editing.save_calendar(store, "Mars", {**WEEKDAYS_9_TO_5, "timezone": "Mars/Olympus"}, NOW)
    [entry] = editing.list_calendars(store)
    assert entry.calendar is not None and entry.calendar.to_dict() == changed


def test_calendar_in_use_cannot_be_deleted(store: Store) -> None:
    cal_id = editing.save_calendar(store, "Office", WEEKDAYS_9_TO_5, NOW)
    editing.save_policy(store, Policy(name="All", first_response_minutes=60, calendar_id=cal_id), NOW)
    with pytest.raises(ValidationError, match="is used by 1 policies"):
        editing.delete_calendar(store, cal_id, NOW)


def test_edit_moves_cached_due_times(store: Store) -> None:
    clock = FixedClock(NOW)
    cal_id = editing.save_calendar(store, "Office", WEEKDAYS_9_TO_5, NOW)
    policy_id = editing.save_policy(
        store, Policy(name="All", first_response_minutes=60, calendar_id=cal_id, warning_share=None), NOW
    )
    conversation = _conversation(store, clock)
    assert _due_at(store, conversation) == NOW + dt.timedelta(hours=1)

    [policy] = editing.list_policies(store)
    edits = editing.SlaEdits(policies=[dataclasses.replace(policy, first_response_minutes=120)])
    summary = editing.apply_edits(store, edits, NOW)
    assert summary.updated == 1
    assert _due_at(store, conversation) == NOW + dt.timedelta(hours=2)
    assert editing.list_policies(store)[0].id == policy_id

    # Closing Mondays moves the due time to Tuesday 10:00 Berlin.
    week = {d: [["09:00", "17:00"]] for d in ("tue", "wed", "thu", "fri")}
    entry = editing.list_calendars(store)[0]
    edits = editing.SlaEdits(
        calendars=[dataclasses.replace(entry, definition={**WEEKDAYS_9_TO_5, "week": week})]
    )
    editing.apply_edits(store, edits, NOW)
    assert _due_at(store, conversation) == dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)


def test_apply_edits_is_all_or_nothing(store: Store) -> None:
    install_presets(store, now=NOW)
    before = editing.list_policies(store)
    entry = editing.list_calendars(store)[0]
    broken = dataclasses.replace(entry, definition={**entry.definition, "timezone": "Nowhere/Town"})
    edits = editing.SlaEdits(
        calendars=[broken], policies=[dataclasses.replace(before[0], first_response_minutes=1)]
    )
    with pytest.raises(ValidationError, match="Nowhere/Town"):
        editing.apply_edits(store, edits, NOW)
    assert editing.list_policies(store) == before


def test_swapping_names_in_one_batch(store: Store) -> None:
    editing.save_policy(store, Policy(name="A", first_response_minutes=5), NOW)
    editing.save_policy(store, Policy(name="B", first_response_minutes=6), NOW)
    a, b = editing.list_policies(store)
    edits = editing.SlaEdits(policies=[dataclasses.replace(a, name="B"), dataclasses.replace(b, name="A")])
    editing.apply_edits(store, edits, NOW)
    assert [(p.name, p.first_response_minutes) for p in editing.list_policies(store)] == [("B", 5), ("A", 6)]


def test_automatic_escalation_is_saved_changed_and_turned_off(store: Store) -> None:
    rule = AutoEscalation.from_dict(
        {"on": "breach", "targets": ["first_response", "resolution"], "escalate": True, "notify": False}
    )
    policy_id = editing.save_policy(
        store,
        Policy(name="Chat", first_response_minutes=5, resolution_minutes=480, auto_escalation=rule),
        NOW,
    )
    [saved] = editing.list_policies(store)
    assert saved.auto_escalation == rule
    with store.read() as session:
        row = session.get(models.SlaPolicy, policy_id)
        assert row is not None
        assert row.auto_escalation == {
            "on": "breach",
            "targets": ["first_response", "resolution"],
            "escalate": True,
            "notify": False,
        }
    editing.save_policy(store, dataclasses.replace(saved, auto_escalation=None), NOW)
    assert editing.list_policies(store)[0].auto_escalation is None
    with pytest.raises(ValidationError, match="the policy has no resolution target"):
        dataclasses.replace(saved, resolution_minutes=None)


def test_a_new_policy_without_a_warning_share_keeps_none(store: Store) -> None:
    editing.save_policy(store, Policy(name="Quiet", first_response_minutes=60, warning_share=None), NOW)
    [saved] = editing.list_policies(store)
    assert saved.warning_share is None and saved.warning_minutes is None and saved.auto_escalation is None
