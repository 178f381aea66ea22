# SPDX-License-Identifier: GPL-3.0-or-later
"""What each KPI is: its key, name, unit, direction and the plain words the dashboard shows.

The words are the same as docs/kpis.md, which adds each figure's formula, scale, attribution and
source. ``{cap}``, ``{session}`` and ``{days}`` in a text are the constants below.
"""

from __future__ import annotations

from dataclasses import dataclass

from agentdesk import messages
from agentdesk.messages import translatable

HANDLING_CAP_MINUTES = 10.0
"""The most one reply or note is assumed to have taken (see average handling time)."""
CHAT_SESSION_MINUTES = 30.0
"""A chat is one session while no more than this passes between two of its messages."""
REPEAT_CONTACT_DAYS = 7
"""A customer writing again within this many days of a solve is a repeat contact."""


# -- definitions -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KpiDefinition:
    """What a KPI is: its key, name, unit (``minutes``, ``share`` 0..1, ``score``) and plain words."""

    key: str
    name: str  # a translatable text (``agentdesk.messages``): str() is the English
    unit: str
    how: str  # translatable; ``{cap}`` is the handling-time cap: read it through ``explained``
    higher_is_better: bool

    def title(self) -> str:
        """The name in the language the program runs in."""
        return messages.tr(self.name)

    def explained(self, *, english: bool = False) -> str:
        """The plain words, in the program's language (or English), their figures filled in."""
        sentence = messages.Message(
            self.how,
            cap=f"{HANDLING_CAP_MINUTES:g}",
            session=f"{CHAT_SESSION_MINUTES:g}",
            days=str(REPEAT_CONTACT_DAYS),
        )
        return sentence.english() if english else sentence.render()

    def credited(self) -> str:
        """Whom the figure credits in a split by agent, in the program's language."""
        return messages.tr(_credit_of(self.key))

    def better(self) -> str:
        """Which way is good, in the program's language."""
        return messages.tr(_HIGHER if self.higher_is_better else _LOWER)

    def described(self) -> str:
        """The plain words, whom the figure credits and which way is good: the dashboard's tooltip."""
        return f"{self.explained()}\n\n{self.credited()} {self.better()}"


_HIGHER = translatable("Kpi", "Higher is better.")
_LOWER = translatable("Kpi", "Lower is better.")
_CREDIT_FIRST_REPLY = translatable(
    "Kpi",
    "By agent, it counts for the agent who wrote the first reply; by team, tier and channel, the "
    "conversation's.",
)
_CREDIT_SOLVER = translatable(
    "Kpi",
    "By agent, it counts for the agent who solved the conversation (its assignee when nobody is recorded); "
    "by team, tier and channel, the conversation's.",
)
_CREDIT_ASSIGNEE = translatable(
    "Kpi",
    "By agent, team, tier and channel, it counts for the conversation's current assignee, team, tier "
    "and channel.",
)
_CREDIT_SURVEY = translatable(
    "Kpi",
    "It counts for the answered conversation's current assignee, team, tier and channel; an answer without a "
    "conversation counts in the overall figure only.",
)


def _credit_of(key: str) -> str:
    if key.startswith("frt"):
        return _CREDIT_FIRST_REPLY
    if key.startswith(("resolution", "full_resolution", "fcr", "one_touch", "aht", "reopen", "repeat")):
        return _CREDIT_SOLVER
    if key in ("csat", "nps", "ces"):
        return _CREDIT_SURVEY
    return _CREDIT_ASSIGNEE


KPI_DEFINITIONS: tuple[KpiDefinition, ...] = (
    KpiDefinition(
        "frt_median",
        translatable("Kpi", "First response time (median)"),
        "minutes",
        translatable(
            "Kpi",
            "For conversations whose customer first wrote in the period: the time from the customer's "
            "first message to our first public reply after it that reached the customer (internal notes "
            "and replies not delivered do not count; a logged call does). In a conversation we started, "
            "the customer's first answer starts the clock. Half were answered faster. Calendar minutes.",
        ),
        False,
    ),
    KpiDefinition(
        "frt_p90",
        translatable("Kpi", "First response time (90th percentile)"),
        "minutes",
        translatable(
            "Kpi",
            "As the median first response time, but the time within which 90% of the conversations got "
            "their first public reply. Calendar minutes.",
        ),
        False,
    ),
    KpiDefinition(
        "frt_median_business",
        translatable("Kpi", "First response time, business hours (median)"),
        "minutes",
        translatable(
            "Kpi",
            "The median first response time counting only the opening hours of the business calendar "
            "of each conversation's SLA policy (nights, weekends and holidays left out).",
        ),
        False,
    ),
    KpiDefinition(
        "frt_p90_business",
        translatable("Kpi", "First response time, business hours (90th percentile)"),
        "minutes",
        translatable(
            "Kpi",
            "The time within which 90% of the conversations got their first public reply after the "
            "customer's first message, counting only the opening hours of the SLA policy's business "
            "calendar.",
        ),
        False,
    ),
    KpiDefinition(
        "aht",
        translatable("Kpi", "Average handling time (estimated)"),
        "minutes",
        translatable(
            "Kpi",
            "Total agent working time on the conversations solved in the period, divided by their "
            "number. An estimate for written channels: each public reply and each internal note written "
            "by an agent counts the time since the previous message in the conversation, at most {cap} "
            "minutes. A logged call counts its measured duration where one was recorded.",
        ),
        False,
    ),
    KpiDefinition(
        "fcr",
        translatable("Kpi", "First-contact resolution"),
        "share",
        translatable(
            "Kpi",
            "Of the conversations solved in the period that were answered, the share solved within the "
            "first contact: one delivered reply for email and other written channels, one session for "
            "chat (no gap of more than {session} minutes), one call for phone; never reopened or "
            "escalated. Conversations closed without any reply are left out.",
        ),
        True,
    ),
    KpiDefinition(
        "one_touch",
        translatable("Kpi", "One-touch resolution"),
        "share",
        translatable(
            "Kpi",
            "Of the conversations solved in the period that were answered, the share solved with exactly "
            "one delivered public reply and never reopened, on any channel.",
        ),
        True,
    ),
    KpiDefinition(
        "resolution_median",
        translatable("Kpi", "Resolution time (median)"),
        "minutes",
        translatable(
            "Kpi",
            "For conversations solved in the period: the time from the customer's first message (in a "
            "conversation we started, their first answer) to the final solve. Half were solved faster "
            "than this. Calendar minutes, waiting time included.",
        ),
        False,
    ),
    KpiDefinition(
        "resolution_p90",
        translatable("Kpi", "Resolution time (90th percentile)"),
        "minutes",
        translatable(
            "Kpi",
            "The time within which 90% of the conversations solved in the period were solved. "
            "Calendar minutes.",
        ),
        False,
    ),
    KpiDefinition(
        "resolution_median_business",
        translatable("Kpi", "Resolution time, business hours (median)"),
        "minutes",
        translatable(
            "Kpi",
            "The median time from the customer's first message to the final solve of the conversations "
            "solved in the period, counting only the opening hours of the SLA policy's business calendar.",
        ),
        False,
    ),
    KpiDefinition(
        "resolution_p90_business",
        translatable("Kpi", "Resolution time, business hours (90th percentile)"),
        "minutes",
        translatable(
            "Kpi",
            "The time within which 90% of the conversations solved in the period were solved, counting "
            "only the opening hours of the SLA policy's business calendar.",
        ),
        False,
    ),
    KpiDefinition(
        "full_resolution_median",
        translatable("Kpi", "Full resolution time from creation (median)"),
        "minutes",
        translatable(
            "Kpi",
            "For conversations solved in the period: the time from the conversation's creation to the "
            "final solve, whoever wrote first (a conversation we started counts from our first message, "
            "answered or not). Half were solved faster than this. Calendar minutes, waiting time "
            "included.",
        ),
        False,
    ),
    KpiDefinition(
        "full_resolution_p90",
        translatable("Kpi", "Full resolution time from creation (90th percentile)"),
        "minutes",
        translatable(
            "Kpi",
            "The time from creation within which 90% of the conversations solved in the period were "
            "solved. Calendar minutes.",
        ),
        False,
    ),
    KpiDefinition(
        "full_resolution_median_business",
        translatable("Kpi", "Full resolution time from creation, business hours (median)"),
        "minutes",
        translatable(
            "Kpi",
            "The median time from creation to the final solve of the conversations solved in the "
            "period, counting only the opening hours of the SLA policy's business calendar.",
        ),
        False,
    ),
    KpiDefinition(
        "full_resolution_p90_business",
        translatable("Kpi", "Full resolution time from creation, business hours (90th percentile)"),
        "minutes",
        translatable(
            "Kpi",
            "The time from creation within which 90% of the conversations solved in the period were "
            "solved, counting only the opening hours of the SLA policy's business calendar.",
        ),
        False,
    ),
    KpiDefinition(
        "sla_first_response",
        translatable("Kpi", "SLA compliance: first response"),
        "share",
        translatable(
            "Kpi",
            "Of the first-response targets decided in the period, the share achieved: a target counts "
            "as achieved when the first public reply came in time during the period, and as breached "
            "when its due time passed during the period (answered later or not at all).",
        ),
        True,
    ),
    KpiDefinition(
        "sla_next_response",
        translatable("Kpi", "SLA compliance: next response"),
        "share",
        translatable(
            "Kpi",
            "As for first response, for every customer message that waited for an answer after our "
            "first reply: the share answered within the policy's next-response target.",
        ),
        True,
    ),
    KpiDefinition(
        "sla_resolution",
        translatable("Kpi", "SLA compliance: resolution"),
        "share",
        translatable(
            "Kpi",
            "As for first response, for the resolution target: the share of conversations solved within "
            "it (time waiting on the customer or on hold does not count against it).",
        ),
        True,
    ),
    KpiDefinition(
        "reopen_rate",
        translatable("Kpi", "Reopen rate"),
        "share",
        translatable(
            "Kpi",
            "Of the conversations solved at least once in the period, the share that went from solved "
            "back to open (or pending, or on hold) afterwards. A conversation reopened twice counts once.",
        ),
        False,
    ),
    KpiDefinition(
        "escalation_rate",
        translatable("Kpi", "Escalation rate"),
        "share",
        translatable(
            "Kpi",
            "Of the conversations created in the period, the share escalated to a higher tier at least "
            "once. Returns to a lower tier do not count.",
        ),
        False,
    ),
    KpiDefinition(
        "csat",
        translatable("Kpi", "Customer satisfaction (CSAT)"),
        "share",
        translatable(
            "Kpi",
            "The share of satisfied answers (top-two-box) among the CSAT answers received in the period: "
            "4 or 5 on the 1-5 scale, 9 or 10 on the 1-10 scale, 80 or more on the 0-100 scale. Answers "
            "on deleted conversations are left out.",
        ),
        True,
    ),
    KpiDefinition(
        "nps",
        translatable("Kpi", "Net Promoter Score (NPS)"),
        "score",
        translatable(
            "Kpi",
            "From the 0-10 answers to 'How likely are you to recommend us?' received in the period: the "
            "percentage of promoters (9-10) minus the percentage of detractors (0-6); from -100 to 100.",
        ),
        True,
    ),
    KpiDefinition(
        "ces",
        translatable("Kpi", "Customer effort score (CES)"),
        "score",
        translatable(
            "Kpi",
            "The average of the effort answers received in the period, on the 1-7 scale of 'The company "
            "made it easy to handle my issue' (7: strongly agree). Every answer is put onto it from the "
            "scale and the good end stored with it: a 1-7 answer asked with 1 as very easy is turned "
            "round (1 becomes 7), one to the 1-5 question 'How much effort did you have to put in?' (1: "
            "very low) too (1 becomes 7, 5 becomes 1).",
        ),
        True,
    ),
    KpiDefinition(
        "repeat_contact",
        translatable("Kpi", "Repeat contact rate"),
        "share",
        translatable(
            "Kpi",
            "Of the conversations solved in the period, the share whose customer wrote to us again in a "
            "new conversation within {days} days of the solve (conversations we started do not count). "
            "Lower is better; it can still rise until {days} days after the period.",
        ),
        False,
    ),
)

_BY_KEY = {d.key: d for d in KPI_DEFINITIONS}


def definition(key: str) -> KpiDefinition:
    """The definition of the KPI ``key``; ``KeyError`` for an unknown key."""
    return _BY_KEY[key]


__all__ = [
    "CHAT_SESSION_MINUTES",
    "HANDLING_CAP_MINUTES",
    "KPI_DEFINITIONS",
    "REPEAT_CONTACT_DAYS",
    "KpiDefinition",
    "definition",
]
