# SPDX-License-Identifier: GPL-3.0-or-later
"""What the stored values are called on screen, and how times are shown.

Every label goes through ``QCoreApplication.translate`` with a literal source text, so ``lupdate``
finds them and translations can be added without touching the views. Labels are cached (the list
asks for them on every paint); ``agentdesk.gui.i18n.install`` clears the caches when it sets the
language, which it does before the window is built. Times are stored in UTC and shown in the
machine's local zone, in the format of the chosen language's ``QLocale``.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from agentdesk.inbox.directory import DEFAULT_TIER_NAMES

translate = QCoreApplication.translate  # named so that lupdate finds the calls


def clear_caches() -> None:
    """Forget the cached labels (after the language changed)."""
    for value in list(globals().values()):
        if callable(value) and hasattr(value, "cache_clear"):
            value.cache_clear()


@functools.cache
def status_label(status: str) -> str:
    labels = {
        "new": translate("Status", "New"),
        "open": translate("Status", "Open"),
        "pending": translate("Status", "Pending"),
        "on_hold": translate("Status", "On hold"),
        "solved": translate("Status", "Solved"),
        "closed": translate("Status", "Closed"),
    }
    return labels.get(status, status)


@functools.cache
def priority_label(priority: str) -> str:
    labels = {
        "low": translate("Priority", "Low"),
        "normal": translate("Priority", "Normal"),
        "high": translate("Priority", "High"),
        "urgent": translate("Priority", "Urgent"),
    }
    return labels.get(priority, priority)


@functools.cache
def channel_label(channel: str) -> str:
    labels = {
        "email": translate("Channel", "Email"),
        "chat": translate("Channel", "Chat"),
        "phone": translate("Channel", "Phone"),
        "social": translate("Channel", "Social media"),
        "web_form": translate("Channel", "Web form"),
        "letter": translate("Channel", "Letter"),
        "walk_in": translate("Channel", "Walk-in"),
    }
    return labels.get(channel, channel)


@functools.cache
def plan_label(plan: str) -> str:
    labels = {
        "basic": translate("Plan", "Basic"),
        "standard": translate("Plan", "Standard"),
        "premium": translate("Plan", "Premium"),
        "enterprise": translate("Plan", "Enterprise"),
    }
    return labels.get(plan, plan)


@functools.cache
def language_label(language: str) -> str:
    labels = {
        "en": translate("Language", "English"),
        "de": translate("Language", "German"),
        "da": translate("Language", "Danish"),
    }
    return labels.get(language, language)


@functools.cache
def mood_label(mood: str | None) -> str:
    labels = {
        "happy": translate("Mood", "Happy"),
        "neutral": translate("Mood", "Neutral"),
        "unhappy": translate("Mood", "Unhappy"),
        "angry": translate("Mood", "Angry"),
    }
    return labels.get(mood or "", "")


@functools.cache
def view_label(view: str) -> str:
    labels = {
        "my_open": translate("View", "My open"),
        "unassigned": translate("View", "Unassigned"),
        "tier_1": translate("View", "Tier 1"),
        "tier_2": translate("View", "Tier 2"),
        "tier_3": translate("View", "Tier 3"),
        "due_soon": translate("View", "Due soon"),
        "breached": translate("View", "Breached"),
        "waiting_on_customer": translate("View", "Pending"),
        "follow_ups": translate("View", "Follow-ups"),
        "snoozed": translate("View", "Snoozed"),
        "solved": translate("View", "Solved"),
        "all": translate("View", "All"),
        "search": translate("View", "Search results"),
    }
    tier = {"tier_1": 1, "tier_2": 2, "tier_3": 3}.get(view)
    if tier is not None:
        return tier_name(tier)  # a tier's queue has the tier's one name
    return labels.get(view, view)


@functools.cache
def view_rule(view: str) -> str:
    """What a view lists and in which order: the tooltip of its entry in the sidebar."""
    urgency = translate("View", "Most urgent first: earliest SLA due time, then longest-waiting customer.")
    rules = {
        "my_open": translate("View", "Active conversations assigned to you (new, open, pending, on hold)."),
        "unassigned": translate("View", "Active conversations nobody is assigned to."),
        "tier_1": translate("View", "Active conversations at the first tier (L1)."),
        "tier_2": translate("View", "Active conversations escalated to the second tier (L2)."),
        "tier_3": translate("View", "Active conversations escalated to the third tier (L3)."),
        "due_soon": translate(
            "View", "Active conversations whose next SLA target is due within the next hour, not yet overdue."
        ),
        "breached": translate("View", "Active conversations with an SLA target past its due time."),
        "waiting_on_customer": translate("View", "Pending conversations: waiting on the customer's answer."),
        "follow_ups": translate(
            "View", "Conversations with a follow-up date, the ones that are due first (any status)."
        ),
        "snoozed": translate(
            "View", "Snoozed conversations: back at their time, or at once when the customer writes."
        ),
        "solved": translate("View", "Solved and closed conversations, most recent activity first."),
        "all": translate("View", "Every conversation, whatever its status."),
    }
    rule = rules.get(view, "")
    if view in ("solved", "follow_ups"):
        return rule
    return f"{rule}\n{urgency}" if rule else urgency


# One name per tier, in two lengths (DESIGN.md: one name per thing): the long one is the
# workspace's name for the tier ("1st level" unless a supervisor renamed it, "Engineering"), used
# for the sidebar's queue, the conversation's tier button, the dashboard and the report; the short
# one (L1, L2, L3) is for chips and paths (L1 → L2). ``tier_choice`` is what a menu lists.


@functools.cache
def tier_label(tier: int) -> str:
    """The short name: L1, L2, L3 (chips, escalation paths, narrow cells)."""
    return translate("Tier", "L%1").replace("%1", str(tier))


def tier_choice(tier: int) -> str:
    """A tier in a menu or a table row: its name ("1st level"), with the short name where the
    workspace renamed it ("Engineering (L3)"), so the level stays readable."""
    if tier in _custom_tier_names:
        return translate("Tier", "%1 (%2)").replace("%1", tier_name(tier)).replace("%2", tier_label(tier))
    return tier_name(tier)


# Names a supervisor gave the tiers ("Agents and teams"); a tier without one shows its default.
_custom_tier_names: dict[int, str] = {}


def set_tier_names(names: Sequence[str] | None) -> None:
    """Use ``names`` (tiers 1, 2, 3) from now on: call when a workspace opens and after the tier
        names change (``DirectoryService.tier_names()``). A name left at its English default, an empty
        one or ``None`` shows the translated default. A renamed tier also names its queue in the sidebar
    ("Tier 3" becomes "Engineering"); views pick the names up when they next paint or rebuild."""
    _custom_tier_names.clear()
    for tier, name in enumerate(names or (), start=1):
        cleaned = " ".join(str(name).split())
        if tier <= len(DEFAULT_TIER_NAMES) and cleaned and cleaned != DEFAULT_TIER_NAMES[tier - 1]:
            _custom_tier_names[tier] = cleaned
    tier_name.cache_clear()
    view_label.cache_clear()


@functools.cache
def tier_name(tier: int) -> str:
    """The tier's name: the one the workspace chose, else its default ("2nd level")."""
    return _custom_tier_names.get(tier) or default_tier_name(tier)


def default_tier_name(tier: int) -> str:
    """The default names in the interface's language: 1st level, 2nd level, 3rd level."""
    defaults = {
        1: translate("Tier", "1st level"),
        2: translate("Tier", "2nd level"),
        3: translate("Tier", "3rd level"),
    }
    return defaults.get(tier) or translate("Tier", "Tier %1").replace("%1", str(tier))


DAY_MINUTES = 24 * 60


def duration(minutes: float, day_minutes: int | None = DAY_MINUTES) -> str:
    """The one way a length of time is written: ``4m``, ``1h 05m``, ``2d 3h``.

    Every duration on screen goes through here: SLA countdowns in the list and the header, ages,
    waiting times on the dashboard, the key figures. Minutes round up (a countdown shows ``1m``
    until it is over). A day is ``day_minutes`` long (24 hours; the SLA editor writes policy
    targets in working days); ``None`` writes hours beyond a day (``26h 10m``).
    """
    total = math.ceil(minutes) if minutes > 0 else 0
    if total < 60:
        return translate("Duration", "%1m").replace("%1", str(total))
    days, rest = divmod(total, day_minutes) if day_minutes else (0, total)
    hours, mins = divmod(rest, 60)
    if days and hours:
        return translate("Duration", "%1d %2h").replace("%1", str(days)).replace("%2", str(hours))
    if days:
        return translate("Duration", "%1d").replace("%1", str(days))
    return translate("Duration", "%1h %2m").replace("%1", str(hours)).replace("%2", f"{mins:02d}")


def age(then: dt.datetime, now: dt.datetime) -> str:
    """How long ago ``then`` was, as a ``duration`` in whole minutes: "now", "4m", "2h 05m", "3d 4h"."""
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return translate("Age", "now")
    return duration(seconds // 60)


def _qdatetime(when: dt.datetime) -> QDateTime:
    # Through the epoch, so Qt applies the machine's zone and its DST rules itself.
    return QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000))


def local_datetime(when: dt.datetime) -> str:
    """Date and time in the local zone, in the locale's short format."""
    return QLocale().toString(_qdatetime(when), QLocale.FormatType.ShortFormat)


def local_time(when: dt.datetime) -> str:
    return QLocale().toString(_qdatetime(when).time(), QLocale.FormatType.ShortFormat)


def local_date(when: dt.datetime) -> str:
    return QLocale().toString(_qdatetime(when).date(), QLocale.FormatType.ShortFormat)


def local_day(when: dt.datetime) -> str:
    """A day heading for the timeline: "Monday, 23 November 2026" in the locale's long format."""
    return QLocale().toString(_qdatetime(when).date(), QLocale.FormatType.LongFormat)


def file_size(size: int) -> str:
    if size < 1024:
        return translate("Size", "%1 B").replace("%1", str(size))
    if size < 1024 * 1024:
        return translate("Size", "%1 KB").replace("%1", str(round(size / 1024)))
    return translate("Size", "%1 MB").replace("%1", QLocale().toString(size / (1024 * 1024), "f", 1))
