# SPDX-License-Identifier: GPL-3.0-or-later
"""The kinds of notification an agent can get."""

from __future__ import annotations

import enum


class Kind(enum.StrEnum):
    ASSIGNED = "assigned"  # a colleague, a routing rule or a bulk action assigned a conversation to me
    CUSTOMER_REPLIED = "customer_replied"  # the customer wrote on a conversation I own
    FOLLOW_UP_DUE = "follow_up_due"  # a follow-up on a conversation I own is due
    MENTIONED = "mentioned"  # a colleague @mentioned me in an internal note
    SLA_WARNING = "sla_warning"  # an SLA target of a conversation I own is due soon
    SLA_BREACH = "sla_breach"  # ... is overdue
    SNOOZE_ENDED = "snooze_ended"  # a conversation I snoozed (or own) is back
    SUMMARY = "summary"  # stands for a burst ("50 changes while you were offline")


CHOOSABLE = (
    Kind.ASSIGNED,
    Kind.CUSTOMER_REPLIED,
    Kind.MENTIONED,
    Kind.FOLLOW_UP_DUE,
    Kind.SNOOZE_ENDED,
    Kind.SLA_WARNING,
    Kind.SLA_BREACH,
)
"""The kinds an agent can turn on and off, in the order the settings list them."""
