# SPDX-License-Identifier: GPL-3.0-or-later
"""SLA policies: matching, the warning rule, validation, presets and installing them."""

from __future__ import annotations

import itertools
import uuid

import pytest
from sqlalchemy import func, select

from agentdesk.errors import ValidationError
from agentdesk.ids import uuid7
from agentdesk.sla.calendar import ALWAYS_OPEN
from agentdesk.sla.policy import AutoEscalation, Policy, PolicyMatch, SlaBook, Target, Trigger, pick_policy
from agentdesk.sla.presets import install_presets, preset_calendars, preset_policies, tidy_minutes
from agentdesk.store import models
from agentdesk.store.database import Store

CHANNELS = models.Channel.values()
PRIORITIES = models.Priority.values()
PLANS = models.Plan.values()


def test_an_empty_match_means_any() -> None:
    anything = PolicyMatch()
    assert all(
        anything.matches(c, p, pl, t)
        for c, p, pl, t in itertools.product(CHANNELS, PRIORITIES, PLANS, (1, 2, 3))
    )
    assert PolicyMatch.from_dict({"channel": [], "priority": None}) == anything


def test_a_match_needs_every_listed_field() -> None:
    match = PolicyMatch.from_dict({"channel": ["email", "web_form"], "plan": ["premium"], "tier": [2, 3]})
    assert match.matches("email", "low", "premium", 2)
    assert match.matches("web_form", "urgent", "premium", 3)
    assert not match.matches("chat", "low", "premium", 2)
    assert not match.matches("email", "low", "standard", 2)
    assert not match.matches("email", "low", "premium", 1)
    assert match.to_dict() == {"channel": ["email", "web_form"], "plan": ["premium"], "tier": [2, 3]}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"channel": ["fax"]}, "match.channel: 'fax' is not one of"),
        ({"tier": [4]}, "match.tier: 4 is not one of 1, 2, 3"),
        ({"tier": [True]}, "match.tier: True is not one of"),
        ({"colour": ["red"]}, "match.colour: unknown key"),
        ({"plan": "premium"}, "match.plan: must be a list"),
        (["email"], "match: must be an object"),
    ],
)
def test_bad_matches_are_refused(data: object, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        PolicyMatch.from_dict(data)
    assert str(info.value).startswith(message)


def test_the_first_match_by_position_wins() -> None:
    general = Policy("General", first_response_minutes=480, position=20)
    vip = Policy(
        "VIP email", first_response_minutes=60, position=10, match=PolicyMatch(plans=frozenset({"premium"}))
    )
    urgent = Policy(
        "Urgent", first_response_minutes=30, position=5, match=PolicyMatch(priorities=frozenset({"urgent"}))
    )
    policies = [general, vip, urgent]
    assert pick_policy(policies, "email", "normal", "premium", 1) is vip
    assert pick_policy(policies, "email", "urgent", "premium", 1) is urgent
    assert pick_policy(policies, "chat", "normal", "basic", 3) is general
    # same position: the name decides, so the order never depends on how rows came out of the database
    a = Policy("A", position=1)
    b = Policy("B", position=1)
    assert pick_policy([b, a], "email", "normal", "basic", 1) is a


def test_inactive_policies_and_no_match() -> None:
    off = Policy("Off", first_response_minutes=5, active=False)
    only_chat = Policy("Chat", first_response_minutes=5, match=PolicyMatch(channels=frozenset({"chat"})))
    assert pick_policy([off, only_chat], "email", "normal", "basic", 1) is None
    assert pick_policy([off, only_chat], "chat", "normal", "basic", 1) is only_chat


def test_warning_threshold_is_the_larger_of_share_and_minutes() -> None:
    both = Policy("Both", warning_share=0.25, warning_minutes=30)
    assert both.warning_threshold(60) == 30  # 15 by share, 30 fixed
    assert both.warning_threshold(480) == 120  # 120 by share
    assert Policy("Share", warning_share=0.1, warning_minutes=None).warning_threshold(100) == 10
    assert Policy("Fixed", warning_share=None, warning_minutes=20).warning_threshold(100) == 20
    assert Policy("Never", warning_share=None, warning_minutes=None).warning_threshold(100) == 0


def test_targets_by_name() -> None:
    policy = Policy("P", first_response_minutes=1, next_response_minutes=2, resolution_minutes=None)
    assert policy.minutes_for(Target.FIRST_RESPONSE) == 1
    assert policy.minutes_for(Target.NEXT_RESPONSE) == 2
    assert policy.minutes_for(Target.RESOLUTION) is None


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"first_response_minutes": 0}, "first_response_minutes: 0 minutes is out of range"),
        ({"resolution_minutes": 10**7}, "resolution_minutes: 10000000 minutes is out of range"),
        ({"next_response_minutes": 2.5}, "next_response_minutes: 2.5 is not a whole number"),
        ({"warning_share": 1.5}, "warning_share: 1.5 must be a share between 0 and 1"),
        ({"warning_share": 0}, "warning_share: 0 must be a share"),
        ({"warning_minutes": -1}, "warning_minutes: -1 minutes is out of range"),
    ],
)
def test_bad_policies_are_refused(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        Policy("Bad", **fields)  # type: ignore[arg-type]
    assert str(info.value).startswith(message)


# -- presets ---------------------------------------------------------------------------------------


def test_preset_calendars_load() -> None:
    names = [name for name, _ in preset_calendars()]
    assert {"Germany (Bavaria) office hours", "Denmark office hours", "24/7"} <= set(names)
    cals = dict(preset_calendars())
    assert cals["24/7"].always_open
    assert cals["Germany (Bavaria) office hours"].to_dict()["holidays"] == {
        "country": "DE",
        "subdivision": "BY",
    }
    assert cals["Denmark office hours"].timezone == "Europe/Copenhagen"


def test_every_conversation_matches_exactly_one_preset() -> None:
    policies = preset_policies().policies
    assert len({p.name for p in policies}) == len(policies)
    for combo in itertools.product(CHANNELS, PRIORITIES, PLANS, (1, 2, 3)):
        assert sum(p.matches(*combo) for p in policies) == 1, combo


def first_response(channel: str, priority: str = "normal", plan: str = "standard") -> int:
    policy = pick_policy(preset_policies().policies, channel, priority, plan, 1)
    assert policy is not None and policy.first_response_minutes is not None
    return policy.first_response_minutes


def test_presets_follow_the_channel_expectations() -> None:
    day = 480  # one working day in the office-hours calendars
    assert first_response("chat") <= 5  # minutes
    assert first_response("social") == 60  # within an hour …
    assert first_response("social", "low") <= day  # … the same day at the latest
    assert day <= first_response("email") <= 2 * day  # one to two working days
    assert first_response("email", "low") == 2 * day
    assert first_response("web_form") == first_response("email")
    assert first_response("phone") <= day  # a callback within a business day
    assert first_response("walk_in") == first_response("phone")
    assert 5 * day <= first_response("letter") <= 10 * day  # one to two weeks
    assert first_response("letter", "low") == 10 * day


def test_presets_scale_by_priority_and_plan() -> None:
    for channel in CHANNELS:
        by_priority = [first_response(channel, p) for p in ("urgent", "high", "normal", "low")]
        assert by_priority == sorted(by_priority), channel
        assert by_priority[0] < by_priority[-1], channel
        for priority in PRIORITIES:
            assert first_response(channel, priority, "premium") == first_response(
                channel, priority, "enterprise"
            )
            assert first_response(channel, priority, "basic") == first_response(channel, priority, "standard")
            assert first_response(channel, priority, "premium") <= first_response(
                channel, priority, "standard"
            )
        assert first_response(channel, "normal", "premium") < first_response(channel, "normal", "standard")


def test_tidy_minutes() -> None:
    assert [tidy_minutes(v) for v in (0.2, 1.5, 7.5, 12, 37.4, 119, 130, 2400.0)] == [
        1,
        2,
        8,
        10,
        35,
        120,
        135,
        2400,
    ]


def test_install_presets_once(store: Store) -> None:
    first = install_presets(store)
    assert first.calendars == len(preset_calendars())
    assert first.policies == len(preset_policies().policies)
    assert install_presets(store) == type(first)(0, 0)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(models.SlaPolicy)) == first.policies
        book = SlaBook.load(session)
    assert book.problems == ()
    policy = book.pick("email", "urgent", "premium", 2)
    assert policy is not None and policy.first_response_minutes == 60
    calendar = book.calendar_for(policy)
    assert calendar.to_dict()["holidays"] == {"country": "DE", "subdivision": "BY"}


def test_install_presets_with_another_calendar(store: Store) -> None:
    install_presets(store, calendar="Denmark office hours")
    with store.read() as session:
        book = SlaBook.load(session)
    policy = book.pick("chat", "normal", "basic", 1)
    assert policy is not None
    assert book.calendar_for(policy).timezone == "Europe/Copenhagen"
    with pytest.raises(ValidationError, match="not a preset calendar"):
        install_presets(store, calendar="Mars office hours")


def test_a_database_with_its_own_policies_gets_none(store: Store) -> None:
    with store.write() as session:
        session.add(models.SlaPolicy(id=uuid7(), name="Ours", first_response_minutes=10, deleted_at=None))
    result = install_presets(store)
    assert result.policies == 0
    assert result.calendars == len(preset_calendars())


def test_deleted_presets_do_not_come_back(store: Store) -> None:
    install_presets(store)
    with store.write() as session:
        for row in session.scalars(select(models.SlaPolicy)):
            row.deleted_at = row.updated_at
    assert install_presets(store).policies == 0


def test_a_broken_stored_calendar_counts_around_the_clock(store: Store) -> None:
    cal_id = uuid7()
    with store.write() as session:
        session.add(
            models.BusinessCalendar(id=cal_id, name="Broken", definition={"timezone": "Mars/Olympus"})
        )
        session.add(models.SlaPolicy(id=uuid7(), name="P", first_response_minutes=10, calendar_id=cal_id))
    with store.read() as session:
        book = SlaBook.load(session)
    assert len(book.problems) == 1 and "Broken" in book.problems[0] and "Mars/Olympus" in book.problems[0]
    policy = book.pick("email", "normal", "standard", 1)
    assert policy is not None
    assert book.calendar_for(policy) is ALWAYS_OPEN
    assert book.policy(policy.id) is policy
    assert book.policy(uuid.uuid4()) is None


def test_premium_presets_escalate_on_a_first_response_breach_and_others_do_not(store: Store) -> None:
    for policy in preset_policies().policies:
        rule = policy.auto_escalation
        if policy.match.plans == {"premium", "enterprise"}:
            assert rule == AutoEscalation(Trigger.BREACH, frozenset({Target.FIRST_RESPONSE}), True, True)
        else:
            assert rule is None, policy.name
    install_presets(store)
    with store.read() as session:
        book = SlaBook.load(session)
    premium = book.pick("email", "normal", "premium", 1)
    assert premium is not None and premium.auto_escalation is not None
    assert premium.id in book.notifying_policy_ids()
    standard = book.pick("email", "normal", "standard", 1)
    assert standard is not None and standard.auto_escalation is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("breach", r"must be null \(off\) or an object"),
        (
            {"on": "late", "targets": ["first_response"], "escalate": True},
            "'late' is not 'warning' or 'breach'",
        ),
        ({"on": "breach", "targets": [], "escalate": True}, "targets: must be a list of one or more"),
        ({"on": "breach", "targets": ["reply"], "escalate": True}, "'reply' is not one of first_response"),
        (
            {"on": "breach", "targets": ["resolution"], "escalate": "yes"},
            "escalate: 'yes' is not true or false",
        ),
        ({"on": "breach", "targets": ["resolution"], "escalate": False}, "choose to escalate, to notify"),
        ({"on": "breach", "targets": ["resolution"], "notify": True, "tier": 3}, "tier: unknown key"),
    ],
)
def test_bad_automatic_escalations_are_refused(data: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        AutoEscalation.from_dict(data)


def test_an_automatic_escalation_needs_the_targets_it_watches() -> None:
    rule = AutoEscalation.from_dict({"on": "warning", "targets": ["next_response"], "notify": True})
    assert rule is not None and rule.to_dict() == {
        "on": "warning",
        "targets": ["next_response"],
        "escalate": False,
        "notify": True,
    }
    with pytest.raises(ValidationError, match="the policy has no next_response target"):
        Policy(name="P", first_response_minutes=10, auto_escalation=rule)
    assert Policy(name="P", next_response_minutes=10, auto_escalation=rule).auto_escalation == rule


def test_a_broken_stored_automatic_escalation_is_off_and_said_so(store: Store) -> None:
    with store.write() as session:
        session.add(
            models.SlaPolicy(
                id=uuid7(), name="P", first_response_minutes=10, auto_escalation={"on": "soon", "targets": []}
            )
        )
    with store.read() as session:
        book = SlaBook.load(session)
    [policy] = book.policies
    assert policy.first_response_minutes == 10 and policy.auto_escalation is None
    assert len(book.problems) == 1 and "automatic escalation is not valid" in book.problems[0]


def _span(minutes: int | None) -> str:
    """Business minutes as docs/sla.md writes them (1 d = 480 minutes)."""
    assert minutes is not None
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 480:
        hours, rest = divmod(minutes, 60)
        assert rest == 0
        return f"{hours} h"
    days, rest = divmod(minutes, 480)
    assert rest % 60 == 0
    return f"{days} d {rest // 60} h" if rest else f"{days} d"


def test_the_presets_table_in_the_docs_is_up_to_date() -> None:
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "sla.md").read_text(encoding="utf-8")
    documented = {line.strip() for line in doc.splitlines() if line.startswith("| ") and " / " in line}
    cells: dict[tuple[str, str], dict[str, str]] = {}
    for policy in preset_policies().policies:
        group, priority, plans = policy.name.split(" · ")
        targets = (policy.first_response_minutes, policy.next_response_minutes, policy.resolution_minutes)
        cells.setdefault((group, priority), {})[plans] = " / ".join(_span(m) for m in targets)
    expected = {
        f"| {group} | {priority} | {by_plan['Basic & Standard']} | {by_plan['Premium & Enterprise']} |"
        for (group, priority), by_plan in cells.items()
    }
    assert documented == expected
