# SPDX-License-Identifier: GPL-3.0-or-later
"""The signature under a reply by email: one rule (docs/mail.md, "Signatures").

A reply by email ends with **one** signature block, after the usual ``-- `` line:

1. the agent's own signature (Settings → Signature), in the conversation's language — the one
   written for that language, else the one for every language; then
2. the mailbox's footer (Mail accounts → Signature), the team's or company's lines.

Either may be empty; when both are, the mail has no signature. A part the reply already holds (the
agent typed or pasted it, a canned reply brought it) is not added again, and a footer that is the
same text as the agent's signature appears once: never two signatures.

Placeholders are those of canned replies in form: ``{{agent.name}}``, ``{{agent.first_name}}``,
``{{agent.email}}``, ``{{team}}``, ``{{mailbox}}`` (the address the reply is sent from) and
``{{mailbox.name}}`` (its display name). An unknown name stays as written, so a mistake shows in
the composer's preview instead of vanishing.

The block is rendered when the reply is queued and stored with it, so a retry, another desktop and
the timeline all have the very text the customer received.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from agentdesk.replies.templates import first_name
from agentdesk.store.models import Agent, MailAccount, Team
from agentdesk.text import clean_text

SEPARATOR = "-- "
MAX_SIGNATURE_CHARS = 4000
_MARK = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_.]{0,60})\s*\}\}")

#: The placeholders a signature may use, with what they stand for (the settings' help).
SIGNATURE_PLACEHOLDERS: dict[str, str] = {
    "agent.name": "Your name",
    "agent.first_name": "Your first name",
    "agent.email": "Your email address",
    "team": "Your team",
    "mailbox": "The address the reply is sent from",
    "mailbox.name": "The mailbox's display name",
}


@dataclass(frozen=True, slots=True)
class SignatureValues:
    agent_name: str = ""
    agent_email: str = ""
    team: str = ""
    mailbox: str = ""
    mailbox_name: str = ""

    def value(self, name: str) -> str | None:
        values = {
            "agent.name": self.agent_name,
            "agent.first_name": first_name(self.agent_name),
            "agent.email": self.agent_email,
            "team": self.team,
            "mailbox": self.mailbox,
            "mailbox.name": self.mailbox_name,
        }
        return values.get(name)


def load_values(session: Session, agent_id: uuid.UUID | None, account: MailAccount | None) -> SignatureValues:
    """The placeholder values for ``agent_id`` writing through ``account``."""
    agent = session.get(Agent, agent_id) if agent_id is not None else None
    team = session.get(Team, agent.team_id) if agent is not None and agent.team_id is not None else None
    return SignatureValues(
        agent_name=agent.name if agent is not None else "",
        agent_email=agent.email if agent is not None else "",
        team=team.name if team is not None else "",
        mailbox=account.address if account is not None else "",
        mailbox_name=account.display_name if account is not None else "",
    )


def render_signature(template: str, values: SignatureValues) -> str:
    """``template`` with its placeholders filled (one pass; a value is never read as a template)."""
    template = clean_text(template)[:MAX_SIGNATURE_CHARS]

    def fill(match: re.Match[str]) -> str:
        value = values.value(match.group(1))
        return match.group(0) if value is None else value

    lines = _MARK.sub(fill, template).replace("\r\n", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def signature_block(agent_signature: str, footer: str, values: SignatureValues, *, body: str = "") -> str:
    """The one signature block for a reply whose text is ``body`` ("" when there is nothing to
    add): the agent's signature, then the mailbox's footer, each only once."""
    seen = _normal(body)
    parts: list[str] = []
    for template in (agent_signature, footer):
        text = render_signature(template, values)
        if not text.strip():
            continue
        key = _normal(text)
        if key in seen or any(_normal(p) == key for p in parts):
            continue
        parts.append(text)
    return "\n\n".join(parts)


def signed_text(body: str, block: str) -> str:
    """The reply's text with its signature block under the ``-- `` line."""
    if not block.strip():
        return body
    return f"{body.rstrip()}\n\n{SEPARATOR}\n{block}\n"


__all__ = [
    "MAX_SIGNATURE_CHARS",
    "SEPARATOR",
    "SIGNATURE_PLACEHOLDERS",
    "SignatureValues",
    "load_values",
    "render_signature",
    "signature_block",
    "signed_text",
]
