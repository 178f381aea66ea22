# SPDX-License-Identifier: GPL-3.0-or-later
"""The SLA line of the conversation header: each target's state in a few characters.

``First response −7m · Next response 45m · Resolution 1d 2h``: overdue in red with a minus sign,
warning in amber, paused in grey with a pause mark (the reason in the tooltip), met targets only
when nothing runs any more. Minutes are business minutes (docs/sla.md), so a day here is a working
day of ``WORKING_DAY_MINUTES``, as in the policy table; a 24/7 calendar counts whole days.

Pure formatting over an ``SlaState``: the pane evaluates the plan every second and hands the state
here, so this must stay cheap (no database, no layout).
"""

from __future__ import annotations

import html
import math

from agentdesk.gui import labels, theme
from agentdesk.gui.labels import translate
from agentdesk.sla.calendar import HORIZON_YEARS
from agentdesk.sla.state import PauseReason, Phase, SlaState, TargetState

WORKING_DAY_MINUTES = 8 * 60
FULL_DAY_MINUTES = 24 * 60
MINUS = "\u2212"
PAUSE_MARK = "\u23f8"


def _tr(text: str) -> str:
    return translate("SlaText", text)


def duration(minutes: float, day_minutes: int = WORKING_DAY_MINUTES) -> str:
    """A compact positive duration: ``4m``, ``1h 05m``, ``2d 3h`` (days of ``day_minutes``)."""
    total = math.ceil(minutes) if minutes > 0 else 0
    if total < 60:
        return _tr("%1m").replace("%1", str(total))
    days, rest = divmod(total, day_minutes)
    hours, mins = divmod(rest, 60)
    if days and hours:
        return _tr("%1d %2h").replace("%1", str(days)).replace("%2", str(hours))
    if days:
        return _tr("%1d").replace("%1", str(days))
    return _tr("%1h %2m").replace("%1", str(hours)).replace("%2", f"{mins:02d}")


def target_name(target: TargetState) -> str:
    return {
        "first_response": _tr("First response"),
        "next_response": _tr("Next response"),
        "resolution": _tr("Resolution"),
    }.get(target.target.value, target.target.value)


def pause_reason(reason: PauseReason | None) -> str:
    return (
        {
            PauseReason.OUTSIDE_BUSINESS_HOURS: _tr("outside business hours"),
            PauseReason.WAITING_ON_CUSTOMER: _tr("waiting on customer"),
            PauseReason.ON_HOLD: _tr("on hold"),
        }.get(reason, "")
        if reason is not None
        else ""
    )


def beyond_horizon() -> str:
    """What a target has instead of a due time when its calendar cannot provide it in time."""
    return _tr("not due within %1 years: the calendar has too few opening hours").replace(
        "%1", str(HORIZON_YEARS)
    )


def countdown(target: TargetState, day_minutes: int = WORKING_DAY_MINUTES) -> tuple[str, str]:
    """(text, colour) of one target: ``−7m`` red, ``12m`` amber, ``⏸ 1h 05m`` grey, ``4h 10m``."""
    remaining = target.remaining_minutes
    if target.phase is Phase.MET:
        if target.met_in_time is False:
            return _tr("met late"), theme.CAUTION
        return _tr("met"), theme.GOOD
    if target.phase is Phase.BREACHED or remaining < 0:
        text = MINUS + duration(-remaining, day_minutes)
        if target.pause_reason is not None:
            text = f"{PAUSE_MARK} {text}"
        return text, theme.DANGER
    if target.phase is Phase.PAUSED:
        return f"{PAUSE_MARK} {duration(remaining, day_minutes)}", theme.TEXT_FAINT
    if target.phase is Phase.WARNING:
        return duration(remaining, day_minutes), theme.CAUTION
    return duration(remaining, day_minutes), theme.TEXT


def _tooltip_line(target: TargetState, day_minutes: int) -> str:
    name = target_name(target)
    if target.phase is Phase.MET and target.met_at is not None:
        when = labels.local_datetime(target.met_at)
        template = _tr("%1: met at %2") if target.met_in_time else _tr("%1: met late, at %2")
        return template.replace("%1", name).replace("%2", when)
    text, _colour = countdown(target, day_minutes)
    line = _tr("%1: %2 business time").replace("%1", name).replace("%2", text.replace(PAUSE_MARK, "").strip())
    if target.due_at is not None:
        line += " · " + _tr("due %1").replace("%1", labels.local_datetime(target.due_at))
    elif target.beyond_horizon:
        line += " · " + beyond_horizon()
    if target.pause_reason is not None:
        line += " · " + _tr("paused: %1").replace("%1", pause_reason(target.pause_reason))
    return line


def sla_line(state: SlaState | None, *, always_open: bool = False) -> tuple[str, str]:
    """(rich text, plain tooltip) for the header; empty strings when no policy applies."""
    if state is None:
        return "", ""
    day_minutes = FULL_DAY_MINUTES if always_open else WORKING_DAY_MINUTES
    targets = state.targets()
    open_targets = [t for t in targets if t.phase is not Phase.MET]
    shown = open_targets or list(targets)
    parts = []
    for target in shown:
        text, colour = countdown(target, day_minutes)
        weight = "; font-weight: 600" if colour in (theme.DANGER, theme.CAUTION) else ""
        reason = ""
        if target.phase is Phase.PAUSED and target.pause_reason is not None:
            why = html.escape(pause_reason(target.pause_reason))
            reason = f' <span style="color: {theme.TEXT_FAINT}">({why})</span>'
        parts.append(
            f'<span style="color: {theme.TEXT_MUTED}">{html.escape(target_name(target))}</span> '
            f'<span style="color: {colour}{weight}">{html.escape(text)}</span>{reason}'
        )
    separator = f'<span style="color: {theme.TEXT_FAINT}">&nbsp;&nbsp;·&nbsp;&nbsp;</span>'
    tooltip = "\n".join(_tooltip_line(t, day_minutes) for t in targets)
    return separator.join(parts), tooltip
