# SPDX-License-Identifier: GPL-3.0-or-later
"""The SLA state of a conversation: a pure function of (policy, calendar, timeline, now).

Nothing here touches the database or the clock: ``compute_state`` gets plain data (a ``Timeline``
built from a conversation's events and public messages, see ``agentdesk.sla.load``) and the
instant to evaluate at, so the GUI can call it every second for the visible rows and the bulk
passes can call it for every active conversation. ``SlaPlan`` splits the work: everything that
does not depend on the instant is done once per timeline, and ``plan.at(now)`` finishes it in a
few microseconds per target (the countdown tick).

Targets (DESIGN.md §4)
    first response
        created → the first public reply (an outbound message; internal notes do not count).
    next response
        each customer message that awaits an answer → the agent's next public reply. A cycle
        starts with the first customer message after a public reply (the conversation's
        ``waiting_since``), and only after the first reply: before it, first response covers
        the wait. ``next_response`` is the newest cycle; ``next_response_history`` holds all.
    resolution
        created → solved (status ``solved`` or ``closed``). A reopen resumes it with the business
        time already used; it is met again at the next solve.

Which time counts
    Only business time of the policy's calendar. Resolution and next response count while the
    status is ``new`` or ``open``: ``pending`` (waiting on the customer) and ``on_hold`` pause them.
    First response does not pause for ``pending`` or ``on_hold`` (as in Zendesk: the customer
    has not had any answer yet). A solve ends first and next response too: solving without a
    reply fulfils them at the solve (counted met, in time or late as the clock says); a reopen
    without a reply in between resumes the same wait.

Phases, in the order they are decided
    met        the wait ended (reply or solve); ``met_in_time`` says whether it ended by the due
               time (a reply exactly at the due time is in time).
    breached   the due time has passed (``now > breached_at``); stays so while paused.
    paused     the clock is not counting: the status pauses it (``waiting on customer``,
               ``on hold``) or the calendar is closed (``outside business hours``).
    warning    minutes left at or below the policy's warning threshold.
    running    otherwise.

Due times
    ``due_at`` is set while the status lets the clock count (running, warning, breached, and
    paused outside business hours): the instant the target is used up if nothing changes, which
    for a target used up exactly at closing time is that closing time. While a status pause holds
    (pending, on hold) ``due_at`` is ``None``: the pause has no end to count from;
    ``remaining_minutes`` still tells how much is left. ``remaining_minutes`` is business minutes,
    negative when overdue; a target due at Friday's closing shows 0 minutes and breached over the
    weekend, and counts down into the negative from Monday's opening.

Beyond the horizon
    A target the calendar cannot provide within ``HORIZON_YEARS`` years (a calendar open a few
    minutes a week, or a closed one, and a large target) has no due time: ``beyond_horizon`` is
    set and ``due_at``/``breached_at`` are ``None`` while the clock counts; the minutes left still
    count down. The same holds for the warning threshold and ``warning_at``.

Now before the creation
    An instant before the conversation's creation (a desktop whose clock runs behind the one that
    created it, or data imported with future dates) counts as the creation: nothing has elapsed.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from agentdesk.sla.calendar import BusinessCalendar
from agentdesk.sla.policy import Policy, Target

_INF = math.inf
_UTC = dt.UTC

SOLVED_STATUSES = frozenset({"solved", "closed"})
COUNTING_FIRST = frozenset({"new", "open", "pending", "on_hold"})
"""Statuses in which first response counts."""
COUNTING_PAUSABLE = frozenset({"new", "open"})
"""Statuses in which next response and resolution count."""


class Phase(enum.StrEnum):
    RUNNING = "running"
    PAUSED = "paused"
    WARNING = "warning"
    BREACHED = "breached"
    MET = "met"


class PauseReason(enum.StrEnum):
    OUTSIDE_BUSINESS_HOURS = "outside_business_hours"
    WAITING_ON_CUSTOMER = "waiting_on_customer"
    ON_HOLD = "on_hold"


_STATUS_PAUSE = {"pending": PauseReason.WAITING_ON_CUSTOMER, "on_hold": PauseReason.ON_HOLD}

RecordedKey = tuple[str, str, int | None]
"""An SLA event already stored: (kind, target, the awaited message's time in µs since the epoch or None)."""


def time_key(when: dt.datetime) -> int:
    """An exact key for an instant (microseconds since the epoch), for the once-only checks."""
    delta = when - dt.datetime(1970, 1, 1, tzinfo=_UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


@dataclass(frozen=True, slots=True)
class StatusChange:
    at: dt.datetime
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class Timeline:
    """What the SLA state is computed from, for one conversation.

    ``status_changes``, ``inbound`` (customer messages) and ``outbound`` (public replies; notes are
    left out) are sorted by time. ``channel``, ``priority``, ``plan`` and ``tier`` are the
    conversation's current values, used to pick its policy. ``recorded`` lists the SLA warning and
    breach events already stored, for the once-only rule; it does not change the state.
    """

    conversation_id: uuid.UUID
    created_at: dt.datetime
    channel: str = "email"
    priority: str = "normal"
    plan: str = "standard"
    tier: int = 1
    status_changes: tuple[StatusChange, ...] = ()
    inbound: tuple[dt.datetime, ...] = ()
    outbound: tuple[dt.datetime, ...] = ()
    recorded: frozenset[RecordedKey] = frozenset()
    sla_policy_id: uuid.UUID | None = None
    sla_policy_override_id: uuid.UUID | None = None  # a policy chosen by a rule: it counts instead

    @property
    def status(self) -> str:
        """The status after the last recorded change (``new`` without any)."""
        return self.status_changes[-1].new if self.status_changes else "new"


@dataclass(frozen=True, slots=True)
class TargetState:
    """One target of one conversation at one instant. Minutes are business minutes.

    ``started_at`` is where the wait began (creation, or the awaited customer message).
    ``warning_at`` and ``breached_at`` are the instants the warning threshold and the target are
    (or, while the clock counts, will be) reached; ``None`` when not reached before the wait
    ended, or not reached yet while a status pause holds. ``met_at``/``met_in_time`` are set for
    met targets only.
    """

    target: Target
    phase: Phase
    target_minutes: int
    elapsed_minutes: float
    remaining_minutes: float
    started_at: dt.datetime
    due_at: dt.datetime | None = None
    pause_reason: PauseReason | None = None
    warning_at: dt.datetime | None = None
    breached_at: dt.datetime | None = None
    met_at: dt.datetime | None = None
    met_in_time: bool | None = None
    beyond_horizon: bool = False
    """The target is not used up within the calendar's horizon: no due time while it counts."""

    @property
    def running(self) -> bool:
        """Whether the clock may count on its own: not met and no status pause (``due_at`` is set)."""
        return self.due_at is not None


@dataclass(frozen=True, slots=True)
class SlaState:
    """Every target of a conversation at ``now``; a target the policy lacks is ``None``.

    ``next_response`` is ``None`` until a customer writes after the first public reply.
    """

    now: dt.datetime
    policy_id: uuid.UUID | None
    first_response: TargetState | None
    next_response: TargetState | None
    resolution: TargetState | None
    next_response_history: tuple[TargetState, ...] = ()

    def targets(self) -> tuple[TargetState, ...]:
        """The current targets, most urgent first: running ones by due time, then the rest."""
        present = [t for t in (self.first_response, self.next_response, self.resolution) if t is not None]
        return tuple(sorted(present, key=_urgency))

    def running(self) -> tuple[TargetState, ...]:
        """Targets whose clock may count (see ``TargetState.running``), most urgent first."""
        return tuple(t for t in self.targets() if t.due_at is not None)

    @property
    def due_at(self) -> dt.datetime | None:
        """The due time of the most urgent running target; what ``conversation.due_at`` caches."""
        dues = [
            t.due_at for t in (self.first_response, self.next_response, self.resolution) if t and t.due_at
        ]
        return min(dues) if dues else None

    def every_wait(self) -> tuple[TargetState, ...]:
        """First response, every next-response cycle and resolution: all that can warn or breach."""
        waits: list[TargetState] = []
        if self.first_response is not None:
            waits.append(self.first_response)
        waits.extend(self.next_response_history)
        if self.resolution is not None:
            waits.append(self.resolution)
        return tuple(waits)


def _urgency(t: TargetState) -> tuple[int, float, float]:
    if t.due_at is not None:
        return (0, t.due_at.timestamp(), 0.0)
    if t.phase is not Phase.MET:
        return (1, t.remaining_minutes, 0.0)
    return (2, 0.0, 0.0)


_LATEST = dt.datetime.max.replace(tzinfo=_UTC)
_EARLIEST = dt.datetime.min.replace(tzinfo=_UTC)


def _dt(ts: float) -> dt.datetime:
    """The instant ``ts``; float rounding at the very ends of the range is clamped to them."""
    try:
        return dt.datetime.fromtimestamp(ts, _UTC)
    except (ValueError, OverflowError):
        return _LATEST if ts > 0 else _EARLIEST


class _Runs:
    """The status history as runs ``[starts[i], starts[i+1])`` (the last one open-ended)."""

    __slots__ = ("starts", "statuses")

    def __init__(self, created: float, changes: Sequence[StatusChange], now: float) -> None:
        initial = changes[0].old if changes else "new"
        starts = [created]
        statuses = [initial]
        for change in changes:
            at = change.at.timestamp()
            if at > now:
                break
            at = max(at, created)
            if at == starts[-1]:
                statuses[-1] = change.new
            else:
                starts.append(at)
                statuses.append(change.new)
        self.starts = starts
        self.statuses = statuses

    @property
    def current(self) -> str:
        return self.statuses[-1]

    def solved_since(self) -> float:
        """When the current run of solved/closed statuses began (the current status is one)."""
        i = len(self.statuses) - 1
        while i > 0 and self.statuses[i - 1] in SOLVED_STATUSES:
            i -= 1
        return self.starts[i]


class _Wait:
    """One wait (a target from ``start`` until ``end``), measured over the status runs.

    Everything that does not depend on the instant of evaluation is worked out here, once: the
    business time counted in closed runs, where the open-ended last run starts counting (if the
    status lets it), the met time, and the instants at which the warning threshold and the target
    are used up (projections while the clock counts). ``at(now)`` then only counts the open run.
    """

    __slots__ = (
        "target",
        "minutes",
        "started_at",
        "met",
        "met_at",
        "met_in_time",
        "base",
        "open_from",
        "pause",
        "warning",
        "breached",
        "warning_at",
        "breached_at",
        "beyond_horizon",
    )

    def __init__(
        self,
        which: Target,
        policy: Policy,
        cal: BusinessCalendar,
        runs: _Runs,
        counting: frozenset[str],
        start: float,
        end: float | None,
        minutes: int,
    ) -> None:
        target = minutes * 60.0
        threshold = policy.warning_threshold(minutes) * 60.0
        warn_need = target - threshold if threshold > 0 else None
        stop = _INF if end is None else end
        starts, statuses = runs.starts, runs.statuses
        count = len(starts)
        cum = 0.0
        open_from: float | None = None
        warning: float | None = None
        breached: float | None = None
        for i in range(count):
            a = starts[i]
            b = starts[i + 1] if i + 1 < count else _INF
            if b <= start or statuses[i] not in counting:
                continue
            if a < start:
                a = start
            if b > stop:
                b = stop
            if b <= a:
                if a >= stop:
                    break
                continue
            if b == _INF:
                open_from = a
                biz = _INF
            else:
                biz = cal.seconds_between(a, b)
            if warn_need is not None and warning is None and cum + biz >= warn_need:
                warning = cal.add_seconds(a, warn_need - cum) if warn_need > cum else a
            if breached is None and cum + biz >= target:
                breached = cal.add_seconds(a, target - cum)
            if b != _INF:
                cum += biz
        # A threshold the calendar does not reach within its horizon has no instant.
        beyond = breached == _INF
        if warning == _INF:
            warning = None
        if beyond:
            breached = None
        met: float | None = end
        status = runs.current
        if met is None and status in SOLVED_STATUSES:
            met = max(runs.solved_since(), start)
        self.target = which
        self.minutes = minutes
        self.started_at = _dt(start)
        self.base = cum
        self.open_from = open_from
        self.met = met
        self.pause: PauseReason | None = None
        if met is not None:
            # Only what happened before the wait ended counts.
            self.warning = warning if warning is not None and warning < met else None
            self.breached = breached if breached is not None and breached < met else None
            self.met_at: dt.datetime | None = _dt(met)
            self.met_in_time = breached is None or breached >= met
        else:
            self.warning = warning
            self.breached = breached
            self.met_at = None
            self.met_in_time = False
            if status not in counting:
                self.pause = _STATUS_PAUSE.get(status, PauseReason.ON_HOLD)
        self.warning_at = _dt(self.warning) if self.warning is not None else None
        self.breached_at = _dt(self.breached) if self.breached is not None else None
        self.beyond_horizon = beyond and met is None and open_from is not None

    def at(self, cal: BusinessCalendar, now: float) -> TargetState:
        """The state at ``now`` (not before the newest entry of the timeline)."""
        elapsed = self.base
        open_from = self.open_from
        if open_from is not None and now > open_from:
            elapsed += cal.seconds_between(open_from, now)
        elapsed_min = elapsed / 60.0
        remaining = self.minutes - elapsed_min
        if self.met is not None:
            return TargetState(
                self.target,
                Phase.MET,
                self.minutes,
                elapsed_min,
                remaining,
                self.started_at,
                None,
                None,
                self.warning_at,
                self.breached_at,
                self.met_at,
                self.met_in_time,
            )
        pause = self.pause
        if pause is None and not cal.is_open_at(now):
            pause = PauseReason.OUTSIDE_BUSINESS_HOURS
        breached = self.breached
        if breached is not None and breached < now:
            phase = Phase.BREACHED
        elif pause is not None:
            phase = Phase.PAUSED
        elif self.warning is not None and self.warning <= now:
            phase = Phase.WARNING
        else:
            phase = Phase.RUNNING
        return TargetState(
            self.target,
            phase,
            self.minutes,
            elapsed_min,
            remaining,
            self.started_at,
            self.breached_at if open_from is not None else None,
            pause,
            self.warning_at,
            self.breached_at,
            None,
            None,
            self.beyond_horizon,
        )


def _cycles(
    inbound: Sequence[float], outbound: Sequence[float], first_reply: float
) -> list[tuple[float, float | None]]:
    """Next-response waits: (first customer message after a reply, the reply that answered it).

    Only customer messages after the first reply start a wait; a reply at the same instant as a
    customer message answers it.
    """
    cycles: list[tuple[float, float | None]] = []
    j = 0
    n_out = len(outbound)
    for t in inbound:
        if t <= first_reply:
            continue
        if cycles and cycles[-1][1] is None:
            continue  # already waiting: the wait began with an earlier message
        if cycles and t <= (cycles[-1][1] or 0.0):
            continue
        while j < n_out and outbound[j] < t:
            j += 1
        cycles.append((t, outbound[j] if j < n_out else None))
    return cycles


class SlaPlan:
    """The now-independent part of a conversation's SLA state; ``at(now)`` finishes it cheaply.

    Built once per timeline (the GUI keeps one per visible conversation until its events change)
    and evaluated every tick. ``at(now)`` for an instant before the timeline's newest entry
    rebuilds from the timeline cut at ``now``, so it is right for any instant.
    """

    __slots__ = ("policy", "calendar", "timeline", "latest", "first", "history", "resolution")

    def __init__(
        self, policy: Policy, calendar: BusinessCalendar, timeline: Timeline, cut: float = _INF
    ) -> None:
        self.policy = policy
        self.calendar = calendar
        self.timeline = timeline
        created = timeline.created_at.timestamp()
        runs = _Runs(created, timeline.status_changes, cut)
        inbound = [x for x in (t.timestamp() for t in timeline.inbound) if x <= cut]
        outbound = [x for x in (t.timestamp() for t in timeline.outbound) if x <= cut]
        self.latest = max(
            runs.starts[-1], inbound[-1] if inbound else created, outbound[-1] if outbound else created
        )
        first_reply = outbound[0] if outbound else None
        self.first: _Wait | None = None
        if policy.first_response_minutes is not None:
            self.first = _Wait(
                Target.FIRST_RESPONSE,
                policy,
                calendar,
                runs,
                COUNTING_FIRST,
                created,
                first_reply,
                policy.first_response_minutes,
            )
        self.history: list[_Wait] = []
        if policy.next_response_minutes is not None and first_reply is not None:
            for since, answered in _cycles(inbound, outbound, first_reply):
                self.history.append(
                    _Wait(
                        Target.NEXT_RESPONSE,
                        policy,
                        calendar,
                        runs,
                        COUNTING_PAUSABLE,
                        since,
                        answered,
                        policy.next_response_minutes,
                    )
                )
        self.resolution: _Wait | None = None
        if policy.resolution_minutes is not None:
            self.resolution = _Wait(
                Target.RESOLUTION,
                policy,
                calendar,
                runs,
                COUNTING_PAUSABLE,
                created,
                None,
                policy.resolution_minutes,
            )

    def at(self, now: dt.datetime) -> SlaState:
        """The state at ``now``; an instant before the conversation's creation counts as its creation.

        That happens whenever a desktop's clock runs behind the one that created the conversation,
        or for imported data dated in the future: no time has elapsed yet, which is what the state
        at the creation instant says.
        """
        n = max(now.timestamp(), self.timeline.created_at.timestamp())
        if n < self.latest:
            return SlaPlan(self.policy, self.calendar, self.timeline, n)._at(now, n)
        return self._at(now, n)

    def _at(self, now: dt.datetime, n: float) -> SlaState:
        cal = self.calendar
        history = tuple(w.at(cal, n) for w in self.history)
        return SlaState(
            now=now,
            policy_id=self.policy.id,
            first_response=self.first.at(cal, n) if self.first is not None else None,
            next_response=history[-1] if history else None,
            resolution=self.resolution.at(cal, n) if self.resolution is not None else None,
            next_response_history=history,
        )


def compute_state(
    policy: Policy, calendar: BusinessCalendar, timeline: Timeline, now: dt.datetime
) -> SlaState:
    """The SLA state of ``timeline``'s conversation at ``now`` under ``policy`` and ``calendar``.

    Entries of the timeline after ``now`` are ignored, so the state at any earlier instant can be
    rebuilt from today's timeline. Same as ``SlaPlan(policy, calendar, timeline).at(now)``.
    """
    cut = max(now.timestamp(), timeline.created_at.timestamp())
    return SlaPlan(policy, calendar, timeline, cut).at(now)


__all__ = [
    "COUNTING_FIRST",
    "COUNTING_PAUSABLE",
    "Phase",
    "PauseReason",
    "RecordedKey",
    "SOLVED_STATUSES",
    "SlaPlan",
    "SlaState",
    "StatusChange",
    "TargetState",
    "Timeline",
    "compute_state",
    "time_key",
]
