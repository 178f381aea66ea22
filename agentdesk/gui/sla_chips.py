# SPDX-License-Identifier: GPL-3.0-or-later
"""The SLA chips of a conversation (DESIGN.md §4): one chip per target still open, most urgent
first, in the inbox list and in the conversation header alike (``sla_text.sla_line``).

Each chip leads with its target's short name (``FR`` first response, ``NR`` next response, ``RES``
resolution; the full names are in the tooltip) and shows the **wall-clock time to the target's due
time**: ``FR 4m``, ``RES 1h 05m``, ``NR 2d 3h``; once overdue, the time since in red
(``FR −7m``). The due time itself is computed in business time (docs/sla.md), so a target due
Monday 09:30 reads ``2d 16h`` on Friday evening, and the tooltip gives the business time left.
The list is sorted by the same due times (``inbox.views``), so read from the top the chips never
jump back: overdue longest first, then the ones due soonest.

Colours: red when overdue (``views.overdue``), amber when due soon (``views.due_soon``, the rule
of the Due soon view and its count), grey while a status pause holds (pending, on hold): a paused
chip is never red, even when its target was overdue before the pause (``RES ⏸ −3d``, since the
breach); it shows the business time left (``RES ⏸ 7h 50m``) and the reason on the line below.
Outside business hours the due time still comes closer, so the chip keeps its colour and the line
below says why nothing counts just now. Met targets get no chip.

``chips_for`` runs for every visible row once a second: no database, no layout.
"""

from __future__ import annotations

from dataclasses import dataclass

from agentdesk.gui import labels
from agentdesk.gui.labels import translate
from agentdesk.gui.sla_text import (
    MINUS,
    PAUSE_MARK,
    beyond_horizon,
    pause_reason,
    target_name,
    target_short,
)
from agentdesk.inbox.views import due_soon, overdue
from agentdesk.sla.state import PauseReason, Phase, SlaState, TargetState

_STATUS_PAUSES = (PauseReason.WAITING_ON_CUSTOMER, PauseReason.ON_HOLD)


@dataclass(frozen=True, slots=True)
class SlaChip:
    """One target's chip. ``kind`` is the colour: breached, warning, running or paused.

    ``text`` is what the chip shows (``short`` and ``time``); ``name`` the target's full name;
    ``reason`` why its clock stands still. ``due_in`` is the wall-clock seconds to the due time
    (negative when overdue); None while a status pause holds (or the due time is beyond the
    calendar's horizon): ``urgency`` orders chips by it.
    """

    text: str
    kind: str
    reason: str = ""
    short: str = ""
    name: str = ""
    time: str = ""
    due_in: float | None = None

    @property
    def urgency(self) -> tuple[int, float]:
        """Smaller is more urgent: chips with a due time by it, then the ones without."""
        return (0, self.due_in) if self.due_in is not None else (1, 0.0)


def _make(
    target: TargetState, kind: str, time: str, reason: str = "", due_in: float | None = None
) -> SlaChip:
    short = target_short(target)
    return SlaChip(f"{short} {time}", kind, reason, short, target_name(target), time, due_in)


def chips_for(state: SlaState | None, always_open: bool = False) -> tuple[SlaChip, ...]:
    """The chips of the targets not yet met, most urgent first (empty without a policy)."""
    if state is None:
        return ()
    now = state.now
    chips: list[SlaChip] = []
    for target in state.targets():
        if target.phase is Phase.MET:
            continue
        reason = pause_reason(target.pause_reason)
        if target.due_at is None and target.pause_reason in _STATUS_PAUSES:
            if target.phase is Phase.BREACHED or target.remaining_minutes < 0:
                since = target.breached_at
                minutes = (
                    (now - since).total_seconds() / 60 if since is not None else -target.remaining_minutes
                )
                time = f"{PAUSE_MARK} {MINUS}{labels.duration(minutes)}"
            else:
                time = f"{PAUSE_MARK} {labels.duration(target.remaining_minutes, None)}"
            chips.append(_make(target, "paused", time, reason))
            continue
        if target.due_at is None:  # beyond the calendar's horizon: business time left
            time = labels.duration(target.remaining_minutes, None)
            chips.append(_make(target, "running", time, reason))
            continue
        due_in = (target.due_at - now).total_seconds()
        if overdue(target.due_at, now):
            chips.append(_make(target, "breached", MINUS + labels.duration(-due_in / 60), reason, due_in))
        else:
            kind = "warning" if due_soon(target.due_at, now) else "running"
            chips.append(_make(target, kind, labels.duration(due_in / 60), reason, due_in))
    return tuple(sorted(chips, key=lambda c: c.urgency))


def met_chips(state: SlaState) -> tuple[SlaChip, ...]:
    """Chips of the met targets (``FR met``, ``RES met late``), for a header with nothing open."""
    chips = []
    for target in state.targets():
        if target.phase is Phase.MET:
            late = target.met_in_time is False
            time = translate("SlaChips", "met late") if late else translate("SlaChips", "met")
            chips.append(_make(target, "met_late" if late else "met", time))
    return tuple(chips)


def _line(target: TargetState) -> str:
    name = target_name(target)
    if target.phase is Phase.MET:
        when = labels.local_datetime(target.met_at) if target.met_at is not None else ""
        template = (
            translate("SlaChips", "%1: met at %2")
            if target.met_in_time
            else translate("SlaChips", "%1: met late, at %2")
        )
        return template.replace("%1", name).replace("%2", when)
    remaining = target.remaining_minutes
    if target.phase is Phase.BREACHED or remaining < 0:
        state = translate("SlaChips", "overdue by %1 of business time").replace(
            "%1", labels.duration(-remaining, None)
        )
    else:
        state = translate("SlaChips", "%1 of business time left").replace(
            "%1", labels.duration(remaining, None)
        )
    line = f"{name}: {state}"
    if target.due_at is not None:
        line += " · " + translate("SlaChips", "due %1").replace("%1", labels.local_datetime(target.due_at))
    elif target.beyond_horizon:
        line += " · " + beyond_horizon()
    if target.pause_reason is not None:
        line += " · " + translate("SlaChips", "paused: %1").replace("%1", pause_reason(target.pause_reason))
    return line


def sla_tooltip(state: SlaState | None, always_open: bool = False) -> str:
    """Every target by its full name with its due time (local time) and the business time left,
    most urgent first."""
    if state is None:
        return translate("SlaChips", "No SLA policy applies to this conversation.")
    targets = state.targets()
    if not targets:
        return translate("SlaChips", "This conversation's SLA policy sets no targets.")
    lines = [_line(t) for t in targets]
    lines.append(
        translate(
            "SlaChips",
            "Chips count down to the due time on the clock; amber: due within the hour; red: overdue; "
            "grey: paused.",
        )
    )
    if not always_open:
        lines.append(translate("SlaChips", "Business time counts only while the calendar is open."))
    return "\n".join(lines)


__all__ = ["SlaChip", "chips_for", "met_chips", "sla_tooltip"]
