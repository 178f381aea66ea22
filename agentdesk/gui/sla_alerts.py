# SPDX-License-Identifier: GPL-3.0-or-later
"""SLA notifications: tell the agent when one of their conversations turns to warning or breach.

Every ``CHECK_INTERVAL_MS`` a cheap check runs: one query for the active conversations whose cached
``due_at`` lies within the warning horizon or in the past and that are the desk agent's (assigned to
them, or unassigned in a tier they work), then the SLA state of just those, computed with
``agentdesk.sla`` from their history. A warning or breach that happened since the last check is
announced once per conversation, target and kind: the ``alert`` signal, and a system tray message
when the desktop has a tray (offscreen and some Linux desktops have none; then only the signal).
Warnings and breaches found are also recorded as events (``record_sla_events``), so the history
holds them while the app runs, not only after the next start's catch-up.

Announced once, also across restarts: a transition is announced only if it happened after this
object was made (minus one interval, so a transition just before start-up is not missed). What
happened while the app was closed is not announced; it is recorded by the start-up catch-up and
shown by the inbox (the Breached view). Within a run, announced keys are kept in memory.

Supervisors: a policy whose automatic escalation notifies (``auto_escalation.notify``) alerts the
supervisors and admins at their desks for every conversation under it, whoever works on it, when
one of the policy's targets reaches its trigger (warning or breach), once per conversation and
target. An alert about a conversation the SLA escalated automatically says so ("moved to tier 2
automatically"); the escalation itself is made by the recording step (``record_sla_events``).

The horizon: a warning fires ``threshold`` business minutes before the due time; in real time that
can be much longer (nights, weekends, holidays). It is bounded per calendar from its weekly opening
hours, plus slack for holidays, so the query never misses a conversation about to warn.

Never a frozen frame: the timer's checks read the conversations and compute their SLA states on a
worker thread (``TaskRunner``); only what follows from them (the few recordings, the announcements)
runs on the GUI thread. The first check runs ``FIRST_CHECK_MS`` after ``start()``, once the window
has painted. ``check()`` does the same at once, on the calling thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon
from sqlalchemy import ColumnElement, and_, false, or_, select

from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels
from agentdesk.gui.labels import translate
from agentdesk.gui.tasks import TaskRunner
from agentdesk.services import Services
from agentdesk.sla.cache import (
    AutoTrigger,
    auto_triggers,
    due_events,
    escalation_candidate,
    record_sla_events,
    state_for,
)
from agentdesk.sla.calendar import DAY_MINUTES, BusinessCalendar
from agentdesk.sla.load import load_timelines
from agentdesk.sla.policy import Policy, SlaBook, Target, Trigger
from agentdesk.sla.state import Phase, SlaState, time_key
from agentdesk.store.models import ACTIVE_STATUSES, Agent, Conversation, ConversationEvent, EventKind, Role

log = logging.getLogger("agentdesk.gui.sla_alerts")

CHECK_INTERVAL_MS = 30_000
FIRST_CHECK_MS = 2_000  # after the window's first paint, which it would only delay
_CHANNEL = "sla-alerts"
MESSAGE_MS = 15_000
HOLIDAY_SLACK = dt.timedelta(days=5)
MAX_HORIZON = dt.timedelta(days=90)
WARNING = EventKind.SLA_WARNING.value
BREACH = EventKind.SLA_BREACH.value

_AnnouncedKey = tuple[uuid.UUID, str, str, int | None]
_NOTIFIED = "notified"  # the kind in announced keys of supervisors' automatic-escalation alerts


@dataclass(frozen=True, slots=True)
class Alert:
    conversation_id: uuid.UUID
    kind: str  # sla_warning or sla_breach
    target: Target
    at: dt.datetime
    title: str
    text: str
    escalated_to: int | None = None
    """The tier the SLA moved the conversation to automatically for this target, if it did."""


@dataclass(frozen=True, slots=True)
class _Item:
    """One conversation of a check, as the worker thread found it."""

    cid: uuid.UUID
    number: int | None
    subject: str
    is_mine: bool
    policy: Policy | None
    state: SlaState
    triggers: list[AutoTrigger]
    record: bool  # warnings or breaches not recorded yet
    may_escalate: bool  # nothing to record, but an automatic escalation may be due


@dataclass(frozen=True)
class _Gathered:
    book: SlaBook
    notifying: frozenset[uuid.UUID]
    items: list[_Item]


@dataclass(frozen=True)
class _Found:
    cid: uuid.UUID
    number: int | None
    subject: str
    kind: str
    target: Target
    at: dt.datetime


def _target_name(target: Target) -> str:
    return {
        Target.FIRST_RESPONSE: translate("SlaText", "First response"),
        Target.NEXT_RESPONSE: translate("SlaText", "Next response"),
        Target.RESOLUTION: translate("SlaText", "Resolution"),
    }[target]


def _real_span(cal: BusinessCalendar, business_minutes: float) -> dt.timedelta:
    """An upper bound of the real time ``business_minutes`` can take in ``cal`` (without holidays)."""
    weekly = sum(end - start for day in cal.week for start, end in day)
    if weekly <= 0:
        return MAX_HORIZON
    return dt.timedelta(minutes=business_minutes * 7 * DAY_MINUTES / weekly + DAY_MINUTES)


class SlaAlerts(QObject):
    """Checks the desk agent's conversations for new SLA warnings and breaches.

    ``start()`` runs ``check()`` now and every ``interval_ms``; ``check()`` may also be called
    directly. ``tray`` is the application's tray icon if it has one; without it, one is made when
    the desktop has a system tray. ``open_requested`` is emitted when the agent clicks the last
    tray message, with the conversation it was about.
    """

    alert = Signal(uuid.UUID, str, str)
    open_requested = Signal(uuid.UUID)

    def __init__(
        self,
        services: Services,
        parent: QObject | None = None,
        *,
        tray: QSystemTrayIcon | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._since = services.clock.now() - dt.timedelta(milliseconds=interval_ms)
        self._announced: set[_AnnouncedKey] = set()
        self._horizons: dict[SlaBook, dt.timedelta] = {}
        self._last_clicked: uuid.UUID | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self._tasks = TaskRunner(self, threads=1)
        icon = QGuiApplication.windowIcon()
        # A tray entry without an icon is refused by Qt with a warning; then only the signal.
        if tray is None and QSystemTrayIcon.isSystemTrayAvailable() and not icon.isNull():
            tray = QSystemTrayIcon(icon, self)
            tray.setToolTip(self.tr("AgentDesk"))
            tray.show()
        self.tray = tray
        if tray is not None:
            tray.messageClicked.connect(self._message_clicked)
        # Set by the window's notifications: takes an alert to the bell or the desktop instead of
        # the tray message here (True: it took it).
        self.desktop: Callable[[Alert], bool] | None = None

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        self.timer.start()
        QTimer.singleShot(first_check_ms, self._tick)

    def stop(self) -> None:
        self.timer.stop()
        self._tasks.cancel(_CHANNEL)

    def close(self) -> None:
        """Stop, and wait for a check still reading (before the database closes)."""
        self.stop()
        self._tasks.close()

    def _tick(self) -> None:
        """A check in the background: read and compute on a worker, announce here."""
        if not self.timer.isActive() or self._tasks.busy(_CHANNEL):
            return  # stopped, or the last check still runs: no pile-up on a slow machine
        now = self.services.clock.now()
        self._tasks.run(
            _CHANNEL,
            lambda: self._gather(now),
            lambda gathered: self._checked(gathered, now),
            lambda sentence: log.warning("SLA check skipped: %s", sentence),
        )

    def _checked(self, gathered: _Gathered | None, now: dt.datetime) -> None:
        try:
            self._finish(gathered, now)
        except AgentDeskError as exc:
            log.warning("SLA check skipped: %s", exc)

    def _message_clicked(self) -> None:
        if self._last_clicked is not None:
            self.open_requested.emit(self._last_clicked)

    def horizon(self, book: SlaBook) -> dt.timedelta:
        """How far ahead of a due time a warning can fire, in real time, over every policy."""
        found = self._horizons.get(book)
        if found is not None:
            return found
        longest = dt.timedelta(0)
        for policy in book.policies:
            cal = book.calendar_for(policy)
            for minutes in (
                policy.first_response_minutes,
                policy.next_response_minutes,
                policy.resolution_minutes,
            ):
                if minutes:
                    span = _real_span(cal, policy.warning_threshold(minutes))
                    longest = max(longest, span)
        horizon = min(longest + HOLIDAY_SLACK, MAX_HORIZON)
        if len(self._horizons) > 8:
            self._horizons.clear()
        self._horizons[book] = horizon
        return horizon

    def check(self) -> list[Alert]:
        """Announce what turned to warning or breach since the last check; returns the alerts.

        Never raises for a database problem (a locked or vanished file): it logs and tries again
        at the next tick.
        """
        try:
            return self._check()
        except AgentDeskError as exc:
            log.warning("SLA check skipped: %s", exc)
            return []

    def _check(self) -> list[Alert]:
        now = self.services.clock.now()
        return self._finish(self._gather(now), now)

    def _gather(self, now: dt.datetime) -> _Gathered | None:
        """The reading and computing part of a check (safe on a worker thread: its own
        connection, nothing of this object changed but the horizon cache)."""
        with self.services.store.read() as session:
            book = SlaBook.load(session)
            if not book.policies:
                return None
            mine: ColumnElement[bool] = Conversation.assignee_id.is_(None)
            agent_id = self.services.agent_id
            agent = session.get(Agent, agent_id) if agent_id else None
            notifying: frozenset[uuid.UUID] = frozenset()
            if agent is not None:
                tiers = [t for t in agent.tiers if isinstance(t, int)] or [1]
                mine = or_(
                    Conversation.assignee_id == agent.id,
                    and_(Conversation.assignee_id.is_(None), Conversation.tier.in_(tiers)),
                )
                if agent.role in (Role.SUPERVISOR, Role.ADMIN):
                    notifying = book.notifying_policy_ids()
            watched: ColumnElement[bool] = (
                Conversation.sla_policy_id.in_(sorted(notifying)) if notifying else false()
            )
            rows = session.execute(
                select(Conversation.id, Conversation.number, Conversation.subject, mine.label("mine")).where(
                    Conversation.status.in_(ACTIVE_STATUSES),
                    Conversation.deleted_at.is_(None),
                    Conversation.due_at.is_not(None),
                    Conversation.due_at <= now + self.horizon(book),
                    or_(mine, watched),
                )
            ).all()
            if not rows:
                return None
            timelines = load_timelines(session, [r.id for r in rows])
        items: list[_Item] = []
        for cid, number, subject, is_mine in rows:
            timeline = timelines.get(cid)
            if timeline is None:
                continue
            policy, state = state_for(book, timeline, now)
            if state is None:
                continue
            triggers = auto_triggers(policy, state, timeline.status)
            record = bool(due_events(state, timeline.recorded))
            escalate = not record and bool(triggers) and escalation_candidate(policy, timeline.tier)
            items.append(
                _Item(cid, number, subject, bool(is_mine), policy, state, triggers, record, escalate)
            )
        return _Gathered(book, notifying, items)

    def _finish(self, gathered: _Gathered | None, now: dt.datetime) -> list[Alert]:
        """What follows from a check, on the GUI thread: fresh events announced once, warnings and
        breaches recorded, due escalations made."""
        if gathered is None:
            return []
        services, book, notifying = self.services, gathered.book, gathered.notifying
        found: list[_Found] = []
        to_record: list[uuid.UUID] = []
        may_escalate: dict[uuid.UUID, set[Target]] = {}  # nothing new to record, an escalation may be due
        for item in gathered.items:
            cid = item.cid
            if item.record:
                to_record.append(cid)
            elif item.may_escalate:
                may_escalate[cid] = {t.target for t in item.triggers}
            fresh = self._fresh(cid, item.state) if item.is_mine else []
            if item.policy is not None and item.policy.id in notifying:
                fresh = self._supervisor_fresh(cid, fresh, item.triggers)
            for event in fresh:
                found.append(_Found(cid, item.number, item.subject, event[0], event[1], event[2]))
        if may_escalate:
            made = self._escalated(set(may_escalate))
            # recording also makes the due automatic escalation (and checks it again)
            to_record.extend(
                c for c, targets in may_escalate.items() if any((c, t) not in made for t in targets)
            )
        if to_record:
            with services.store.write() as session:
                for cid in to_record:
                    record_sla_events(session, cid, now, book=book)
        escalated = self._escalated({f.cid for f in found})
        alerts = [
            self._alert(f.cid, f.number, f.subject, f.kind, f.target, f.at, escalated.get((f.cid, f.target)))
            for f in found
        ]
        for alert in alerts:
            self._announce(alert)
        return alerts

    def _fresh(self, cid: uuid.UUID, state: SlaState) -> list[tuple[str, Target, dt.datetime]]:
        """The warnings and breaches of the desk agent's conversation not announced yet."""
        open_waits = {
            (w.target, time_key(w.started_at) if w.target is Target.NEXT_RESPONSE else None)
            for w in state.every_wait()
            if w.phase is not Phase.MET
        }
        fresh = []
        for event in due_events(state):
            since = time_key(event.since) if event.since is not None else None
            key = (cid, event.kind, event.target.value, since)
            if key in self._announced:
                continue
            self._announced.add(key)
            if event.at >= self._since and (event.target, since) in open_waits:
                fresh.append(event)
        breached = {(e.target, e.since) for e in fresh if e.kind == BREACH}
        return [
            (e.kind, e.target, e.at)
            for e in fresh
            # both since the last check: the breach says it all
            if not (e.kind == WARNING and (e.target, e.since) in breached)
        ]

    def _supervisor_fresh(
        self,
        cid: uuid.UUID,
        fresh: list[tuple[str, Target, dt.datetime]],
        triggers: list[AutoTrigger],
    ) -> list[tuple[str, Target, dt.datetime]]:
        """``fresh`` plus the triggers of the policy's notifying automatic escalation not announced
        yet (once per conversation and target; not twice when ``fresh`` already has it)."""
        result = list(fresh)
        for trigger in triggers:
            key = (cid, _NOTIFIED, trigger.target.value, None)
            if key in self._announced:
                continue
            self._announced.add(key)
            kind = BREACH if trigger.trigger is Trigger.BREACH else WARNING
            if trigger.at < self._since or any(k == kind and t is trigger.target for k, t, _ in fresh):
                continue
            result.append((kind, trigger.target, trigger.at))
        return result

    def _escalated(self, ids: set[uuid.UUID]) -> dict[tuple[uuid.UUID, Target], int]:
        """(conversation, target) → the tier the SLA moved it to automatically."""
        if not ids:
            return {}
        result: dict[tuple[uuid.UUID, Target], int] = {}
        with self.services.store.read() as session:
            for cid, data in session.execute(
                select(ConversationEvent.conversation_id, ConversationEvent.data).where(
                    ConversationEvent.conversation_id.in_(ids),
                    ConversationEvent.kind == EventKind.ESCALATION.value,
                    ConversationEvent.deleted_at.is_(None),
                )
            ):
                if not isinstance(data, dict) or data.get("reason") != "sla":
                    continue
                target, to_tier = data.get("target"), data.get("to_tier")
                if target in {t.value for t in Target} and isinstance(to_tier, int):
                    result[(cid, Target(target))] = to_tier
        return result

    def _alert(
        self,
        cid: uuid.UUID,
        number: int | None,
        subject: str,
        kind: str,
        target: Target,
        at: dt.datetime,
        escalated_to: int | None = None,
    ) -> Alert:
        ref = f"#{number}" if number is not None else self.tr("New conversation")
        if kind == BREACH:
            title = self.tr("%1 is overdue").replace("%1", ref)
            text = self.tr("%1 was due at %2: %3")
        else:
            title = self.tr("%1 is due soon").replace("%1", ref)
            text = self.tr("%1 is due soon (warning since %2): %3")
        text = (
            text.replace("%1", _target_name(target))
            .replace("%2", labels.local_time(at))
            .replace("%3", subject or self.tr("(no subject)"))
        )
        if escalated_to is not None:
            text += " " + self.tr("(moved to tier %1 automatically)").replace("%1", str(escalated_to))
        return Alert(cid, kind, target, at, title, text, escalated_to)

    def _announce(self, alert: Alert) -> None:
        self.alert.emit(alert.conversation_id, alert.title, alert.text)
        if self.desktop is not None and self.desktop(alert):
            return
        if self.tray is not None and self.tray.isVisible():
            icon = (
                QSystemTrayIcon.MessageIcon.Critical
                if alert.kind == BREACH
                else QSystemTrayIcon.MessageIcon.Warning
            )
            self._last_clicked = alert.conversation_id
            self.tray.showMessage(alert.title, alert.text, icon, MESSAGE_MS)


__all__ = ["Alert", "CHECK_INTERVAL_MS", "SlaAlerts"]
