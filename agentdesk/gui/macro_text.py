# SPDX-License-Identifier: GPL-3.0-or-later
"""Macros, rules and their changes in words, in the agent's language: "Status: New → Pending",
"Team: Billing", "Assign: least loaded available agent"."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from agentdesk.gui import labels
from agentdesk.macros.actions import Actions, Change
from agentdesk.routing.rules import Conditions
from agentdesk.services import Services

translate = QCoreApplication.translate  # named so that lupdate finds the calls


class Names:
    """Team and agent names by id, read once (a dialog's lifetime)."""

    def __init__(self, services: Services) -> None:
        self.teams = {t.id: t.name for t in services.directory.teams()}
        self.agents = {a.id: a.name for a in services.directory.agents()}
        self.services = services
        self._replies: dict[uuid.UUID, str] | None = None

    def reply(self, reply_id: uuid.UUID) -> str | None:
        """A canned reply's title (read on first use: most lists name none)."""
        if self._replies is None:
            self._replies = {r.id: r.title for r in self.services.replies.list_replies()}
        return self._replies.get(reply_id)

    def team(self, value: object) -> str:
        if value is None:
            return translate("Macros", "no team")
        try:
            return self.teams.get(uuid.UUID(str(value)), translate("Macros", "a deleted team"))
        except ValueError:
            return str(value)

    def agent(self, value: object) -> str:
        if value is None:
            return translate("Macros", "nobody")
        try:
            return self.agents.get(uuid.UUID(str(value)), translate("Macros", "a deleted agent"))
        except ValueError:
            return str(value)


def assignee_text(word: str, names: Names) -> str:
    return {
        "me": translate("Macros", "me"),
        "nobody": translate("Macros", "nobody (back to the queue)"),
        "least_loaded": translate("Macros", "the least loaded available agent"),
        "round_robin": translate("Macros", "the next available agent in turn"),
    }.get(word) or names.agent(word)


def _when(value: object) -> str:
    if not value:
        return translate("Macros", "none")
    moment = dt.datetime.fromisoformat(str(value))
    return labels.local_datetime(moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC))


def change_text(change: Change, names: Names) -> str:
    """One line of a preview: what a field was and what it becomes."""
    arrow = "%1 → %2"
    if change.field == "status":
        value = arrow.replace("%1", labels.status_label(change.before)).replace(
            "%2", labels.status_label(change.after)
        )
        return translate("Macros", "Status: %1").replace("%1", value)
    if change.field == "priority":
        value = arrow.replace("%1", labels.priority_label(change.before)).replace(
            "%2", labels.priority_label(change.after)
        )
        return translate("Macros", "Priority: %1").replace("%1", value)
    if change.field == "tier":
        value = arrow.replace("%1", labels.tier_label(change.before)).replace(
            "%2", labels.tier_label(change.after)
        )
        return translate("Macros", "Tier: %1").replace("%1", value)
    if change.field == "team":
        value = arrow.replace("%1", names.team(change.before)).replace("%2", names.team(change.after))
        return translate("Macros", "Team: %1").replace("%1", value)
    if change.field == "assignee":
        value = arrow.replace("%1", names.agent(change.before)).replace("%2", names.agent(change.after))
        return translate("Macros", "Assignee: %1").replace("%1", value)
    if change.field == "tags_added":
        return translate("Macros", "Add tags: %1").replace("%1", ", ".join(change.after))
    if change.field == "tags_removed":
        return translate("Macros", "Remove tags: %1").replace("%1", ", ".join(change.before))
    if change.field == "follow_up":
        return translate("Macros", "Follow-up: %1").replace(
            "%1", arrow.replace("%1", _when(change.before)).replace("%2", _when(change.after))
        )
    return change.field


def skipped_text(reason: str) -> str:
    return {
        "closed": translate("Macros", "The conversation is closed or merged: nothing changes."),
        "tier": translate("Macros", "You do not work this conversation's tier."),
        "missing": translate("Macros", "The conversation no longer exists."),
        "no_team": translate("Macros", "No team to assign within: the assignment is left out."),
        "nobody_available": translate(
            "Macros", "Nobody in the team is available: the conversation stays in the queue."
        ),
        "no_agent": translate("Macros", "This desk has no agent profile: “assign to me” is left out."),
        "agent_gone": translate(
            "Macros", "The agent of this macro is no longer active: the assignment is left out."
        ),
    }.get(reason, reason)


def actions_text(actions: Actions, names: Names, reply_title: str | None = None) -> list[str]:
    """What a macro or rule does, one line per action (the manage dialogs' summary)."""
    lines = []
    if actions.reply_id is not None:
        title = reply_title or names.reply(actions.reply_id) or translate("Macros", "a deleted reply")
        lines.append(translate("Macros", "Insert reply: %1").replace("%1", title))
    if actions.status:
        lines.append(translate("Macros", "Status: %1").replace("%1", labels.status_label(actions.status)))
    if actions.priority:
        lines.append(
            translate("Macros", "Priority: %1").replace("%1", labels.priority_label(actions.priority))
        )
    if actions.add_tags:
        lines.append(translate("Macros", "Add tags: %1").replace("%1", ", ".join(actions.add_tags)))
    if actions.remove_tags:
        lines.append(translate("Macros", "Remove tags: %1").replace("%1", ", ".join(actions.remove_tags)))
    if actions.tier:
        lines.append(translate("Macros", "Tier: %1").replace("%1", labels.tier_label(actions.tier)))
    if actions.team_id:
        lines.append(translate("Macros", "Team: %1").replace("%1", names.team(actions.team_id)))
    if actions.assignee:
        lines.append(
            translate("Macros", "Assign to %1").replace("%1", assignee_text(actions.assignee, names))
        )
    if actions.follow_up_hours:
        hours = str(actions.follow_up_hours)
        lines.append(translate("Macros", "Follow-up after %1 h").replace("%1", hours))
    elif actions.follow_up_hours == 0:
        lines.append(translate("Macros", "Clear the follow-up"))
    return lines


def conditions_text(conditions: Conditions, mailboxes: Mapping[str, str]) -> list[str]:
    """What a rule looks for, one line per condition ("any" when it has none)."""
    lines = []
    if conditions.channels:
        lines.append(
            translate("Macros", "Channel: %1").replace(
                "%1", ", ".join(labels.channel_label(c) for c in conditions.channels)
            )
        )
    if conditions.mailboxes:
        lines.append(
            translate("Macros", "Mailbox: %1").replace(
                "%1", ", ".join(mailboxes.get(m, m) for m in conditions.mailboxes)
            )
        )
    if conditions.languages:
        lines.append(
            translate("Macros", "Language: %1").replace(
                "%1", ", ".join(labels.language_label(c) for c in conditions.languages)
            )
        )
    if conditions.plans:
        lines.append(
            translate("Macros", "Plan: %1").replace(
                "%1", ", ".join(labels.plan_label(c) for c in conditions.plans)
            )
        )
    if conditions.companies:
        lines.append(translate("Macros", "Organisation: %1").replace("%1", ", ".join(conditions.companies)))
    if conditions.words:
        where = {
            "subject": translate("Macros", "Words in the subject: %1"),
            "message": translate("Macros", "Words in the message: %1"),
        }.get(conditions.words_in, translate("Macros", "Words: %1"))
        lines.append(where.replace("%1", ", ".join(conditions.words)))
    if conditions.tags:
        lines.append(translate("Macros", "Tags: %1").replace("%1", ", ".join(conditions.tags)))
    if conditions.priorities:
        lines.append(
            translate("Macros", "Priority: %1").replace(
                "%1", ", ".join(labels.priority_label(p) for p in conditions.priorities)
            )
        )
    return lines or [translate("Macros", "Every conversation")]
